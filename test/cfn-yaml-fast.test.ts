/**
 * The fast YAML reader against the `yaml` package path: identical values, spans and key spans on every YAML template
 * of the corpus it accepts, and on hand-written edge cases; whatever it declines goes to the package.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, hasCorpus } from './support/corpus.js';
import { parseYamlFast } from '../src/parse/cloudformation/yaml-fast.js';
import { parseYamlWithPackage } from '../src/parse/cloudformation/yaml.js';
import { PROPERTIES_DEPTH } from '../src/parse/cloudformation/types.js';
import type { SourceSpan } from '../src/model/span.js';
import type { ObjectValue, Value } from '../src/evaluate/value.js';

type KeySpans = WeakMap<ObjectValue, Map<string, SourceSpan>>;

const at = (s: SourceSpan | undefined) => (s ? `${s.line}:${s.column}-${s.endLine}:${s.endColumn}` : 'none');

/**
 * First difference between two parses, or undefined. Key spans are compared down to a resource's Properties (the fast
 * reader keeps them no deeper, see PROPERTIES_DEPTH), and deeper wherever the fast reader kept them.
 */
function difference(a: Value, b: Value, ka: KeySpans, kb: KeySpans, where = '', depth = 0): string | undefined {
  if (a.kind !== b.kind) return `${where}: ${a.kind} vs ${b.kind} at ${at(a.span)}`;
  if (at(a.span) !== at(b.span)) return `${where}: span ${at(a.span)} vs ${at(b.span)}`;
  if (a.kind === 'string' || a.kind === 'number' || a.kind === 'bool') {
    return Object.is(a.value, (b as typeof a).value) ? undefined : `${where}: ${JSON.stringify(a.value)} vs ${JSON.stringify((b as typeof a).value)}`;
  }
  if (a.kind === 'list' && b.kind === 'list') {
    if (a.items.length !== b.items.length) return `${where}: ${a.items.length} vs ${b.items.length} items`;
    for (let i = 0; i < a.items.length; i++) {
      const d = difference(a.items[i]!, b.items[i]!, ka, kb, `${where}/${i}`, depth + 1);
      if (d) return d;
    }
  }
  if (a.kind === 'object' && b.kind === 'object') {
    const keys = [...a.entries.keys()];
    if (keys.join('\n') !== [...b.entries.keys()].join('\n')) return `${where}: keys differ`;
    const compareKeySpans = depth <= PROPERTIES_DEPTH || ka.has(a);
    for (const k of keys) {
      if (compareKeySpans && at(ka.get(a)?.get(k)) !== at(kb.get(b)?.get(k))) return `${where}/${k}: key span ${at(ka.get(a)?.get(k))} vs ${at(kb.get(b)?.get(k))}`;
      const d = difference(a.entries.get(k)!, b.entries.get(k)!, ka, kb, `${where}/${k}`, depth + 1);
      if (d) return d;
    }
  }
  return undefined;
}

function compare(text: string, file = 'x.yaml'): string | undefined {
  const fast = parseYamlFast(text, file);
  const pkg = parseYamlWithPackage(text, file);
  if (!fast) return 'declined';
  if (pkg.error) return `package error: ${pkg.error.message}`;
  return difference(fast.value, pkg.value, fast.keySpans, pkg.keySpans) ?? 'same';
}

describe('fast YAML reader, hand-written cases', () => {
  const cases: Record<string, string> = {
    'block collections': 'a: 1\nb:\n  - x\n  - y: 2\n    z: [3, {q: r}]\nc:\n- compact\n- seq\n',
    'tags on the next line': 'A: !If\n  - C\n  - !Ref X\n  - !Ref AWS::NoValue\nB: !GetAZs\nC: !Sub\n  - "${a}"\n  - a: !Ref P\n',
    'quoted scalars with folding and escapes': `a: "x\\ty \\"q\\" \\u00e9"\nb: 'it''s'\nc: "one\n  two\n\n  three"\nd: 'x\n  y'\n`,
    'block scalars and chomping': 'a: |\n  line1\n    indented\n\n  line3\nb: >-\n  folded\n  text\n\n  para\nc: |+\n  keep\n\nd: |2\n    two\ne: x\n',
    'anchors and aliases': 'base: &b\n  k: v\nuse: *b\nlist: [&s one, *s]\n',
    'comments everywhere': '# head\na: 1 # one\n# mid\nb:\n  # inside\n  - x # ex\n',
    'null values and empty keys': 'a:\nb: ~\nc: null\nd: \ne:\n  f:\n',
    'document markers': '---\na: 1\n...\n',
    'scalars of the core schema': 'a: 0123\nb: 1.50\nc: 0x1F\nd: .inf\ne: -12\nf: 1e3\ng: TRUE\nh: yes\ni: 12:30\n',
    'keys of other types': '1: a\ntrue: b\n"quoted key": c\n',
    'collections followed by comments': 'A: !If\n  - C\n  - x # c\n# trailing\nB:\n  k: v # c\n  # more\nC: [1, 2] # c\n',
    'flow collections over lines, left of their block': 'R:\n  L: [\n  "a",\n  !Sub "b" ]\n',
    'tag alone on its line, then a sequence at the key indentation': 'A: !Join\n- x\n- y\nB:\n  C: !Sub\n  - "${a}"\n  - a: 1\n  D: &n\n  - z\nE: *n\n',
    'plain scalars over several lines': 'a: one\n  two\n\n  three\n\n\n   four # c\nb:\n    value\n  more\nc:\n  - first\n    second\n  - !Sub ${a}\n    ${b}\nd: x  \r\n  y\r\n',
    'folded scalars with more-indented lines': 'a: >\n  one\n  two\n    more\n    more2\n  three\n\n  four\n\n    five\n  six\nb: >-\n  x\n\n\n    y\n\n  z\nc: >\n\n\n  leading\n  empty\nd: >+\n  k\n   l\n\n\ne:\n- >2\n    x\n   y\n  z\n',
    'one-pair mappings in flow sequences': 'a: [x, k: v, "q": !Ref z, k2: [1], k3: {a: b}, k4: [a,\n b]]\nb: !Sub [\n  "p-${ID}",\n  ID: !Select [2, !Split ["/", !Ref AWS::StackId]],\n] # c\n',
    'tags on empty text in flow collections': 'b: !Select [ 0, !GetAZs ]\nc: [!GetAZs,!Ref ,x]\nd: {a: !GetAZs }\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      expect(compare(text)).toBe('same');
    });
  }

  it('declines what it does not read (the package reads it or words the error)', () => {
    const invalid = [
      'a: b\n  c: d\n',
      'a: - x\n',
      'a: x # c\n  y\n',
      // Quoted text continued at or left of its block's indentation, or a quoted key over two lines.
      'a:\n  b: "x\n  y"\n',
      '- "x\ny"\n',
      'a: ["x\ny"]\n',
      'a: "x\n"\n',
      'a: 1\n"x\n  y": 1\n',
      'a: "x\nResources:\n  B:\n    Type: AWS::S3::Bucket\n"\n',
    ];
    for (const text of invalid) expect(parseYamlWithPackage(text, 'x.yaml').error?.message, JSON.stringify(text)).toMatch(/^invalid YAML: /);
    for (const text of [...invalid, 'e: [!GetAZs\n]\n', '? complex\n: key\n', 'a: !!int "1"\n', '%YAML 1.2\n---\na: 1\n', 'a: 1\n---\nb: 2\n', 'a:\n\t- x\n', 'a: [1, 2\n']) {
      expect(parseYamlFast(text, 'x.yaml'), JSON.stringify(text)).toBeUndefined();
    }
  });
});

describe.skipIf(!hasCorpus)('fast YAML reader over the corpus', () => {
  it('reads every template it accepts exactly as the yaml package does', () => {
    const root = path.join(CORPUS, 'cloudformation');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(ya?ml|template)$/.test(e.name)) files.push(p);
      }
    };
    walk(root);
    let same = 0;
    let declined = 0;
    const differences: string[] = [];
    for (const f of files) {
      const result = compare(readFileSync(f, 'utf8'), path.relative(root, f));
      if (result === 'same') same++;
      else if (result === 'declined') declined++;
      else differences.push(`${path.relative(root, f)}: ${result}`);
    }
    process.stdout.write(`fast YAML reader: ${files.length} files, ${same} identical, ${declined} declined (read by the yaml package)\n`);
    expect(differences).toEqual([]);
    // Declining is always safe; a rise means a regression in what the fast reader covers.
    expect(declined).toBeLessThanOrEqual(3);
  }, 300_000);
});
