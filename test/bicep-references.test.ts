/**
 * The module and import references read from Bicep text before parsing (src/evaluate/bicep/references.ts) are what
 * the parser finds: on tricky in-memory files and on every `.bicep` file of the shared corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../src/model/document.js';
import { parseBicep } from '../src/parse/bicep/index.js';
import { localReferences } from '../src/evaluate/bicep/evaluate.js';
import { moduleReferences } from '../src/evaluate/bicep/references.js';
import { CORPUS, hasCorpus } from './support/corpus.js';

const file = (p: string, text: string): SourceFile => ({ absPath: '/repo/' + p, path: p, text });
const parsed = (f: SourceFile) => localReferences(f.path, parseBicep(f.text, f.path).program);

describe('Bicep module references before parsing', () => {
  it('reads plain module and import declarations, in source order, without registry modules', () => {
    const f = file(
      'infra/main.bicep',
      [
        "\uFEFFmodule a './a.bicep' = {",
        "  name: 'a'",
        '  module: 1',
        '}',
        "  import {",
        '    x',
        "    y as z",
        "  } from '../shared/types.bicep'",
        "import * as ns from 'ns.bicep'",
        "module reg 'br/public:avm/res/x:1.0.0' = {}",
        "module esc 'sub\\\\dir\\'s.bicep' = {}",
        "var text = 'module fake ./nothing.bicep'",
      ].join('\n'),
    );
    expect(moduleReferences(f)).toEqual(['infra/a.bicep', 'shared/types.bicep', 'infra/ns.bicep', "infra/sub/dir's.bicep"]);
    expect(moduleReferences(f)).toEqual(parsed(f));
  });

  it('parses where the text is not plain: comments before the keyword, multi-line paths, text in strings', () => {
    const cases = [
      "/* c */ module a './a.bicep' = {}\n",
      "module a '''./a.bicep''' = {}\n",
      "var s = '''\nmodule a './a.bicep' = {}\n'''\n",
      "/*\nmodule a './a.bicep' = {}\n*/\nmodule b './b.bicep' = {}\n",
      "module './main.bicep' = {\n}\n",
      "module a 'a${x}.bicep' = {}\n",
    ];
    expect(cases.map((text) => moduleReferences(file('m.bicep', text)))).toEqual([['a.bicep'], ['a.bicep'], [], ['b.bicep'], [], []]);
    for (const text of cases) expect(moduleReferences(file('m.bicep', text))).toEqual(parsed(file('m.bicep', text)));
  });

  it.skipIf(!hasCorpus)('matches the parser on every .bicep file of the shared corpus', () => {
    const root = path.join(CORPUS, 'bicep');
    const walk = (dir: string, out: string[]): string[] => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p, out);
        else if (e.name.endsWith('.bicep')) out.push(p);
      }
      return out;
    };
    const files = walk(root, []).sort();
    expect(files.length).toBe(1406);
    const differing = files
      .map((abs) => file(path.relative(root, abs).split(path.sep).join('/'), readFileSync(abs, 'utf8')))
      .filter((f) => JSON.stringify(moduleReferences(f)) !== JSON.stringify(parsed(f)))
      .map((f) => f.path);
    expect(differing).toEqual([]);
  });
});
