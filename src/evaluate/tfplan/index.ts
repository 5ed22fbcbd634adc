/**
 * A parsed plan turned into the evaluated-resource model the Terraform extractors already read, one side at a time
 * (before or after the change), so plans and source yield grants through the same code.
 */
import path from 'node:path';
import type { SourceFile } from '../../model/document.js';
import type { SourceSpan } from '../../model/span.js';
import { parseHcl, parseTfJson } from '../../parse/hcl/index.js';
import type { Block } from '../../parse/hcl/ast.js';
import type { PlanDocument, PlanModuleConfig, PlanResourceChange } from '../../parse/tfplan/index.js';
import type { Value } from '../value.js';
import type { TfResource } from '../terraform/model.js';
import { spanOf } from '../terraform/values.js';

export type PlanSide = 'before' | 'after';

/** Where a planned resource is declared in the configuration found beside the plan in the scanned tree. */
interface DeclaredBlock {
  span: SourceSpan;
  attrSpans: Map<string, SourceSpan>;
}

export function planResources(plan: PlanDocument, side: PlanSide, all: ReadonlyMap<string, SourceFile>): TfResource[] {
  const locate = configLocator(plan, all);
  const out: TfResource[] = [];
  for (const rc of [...plan.resourceChanges, ...plan.plannedOnly]) {
    const value = side === 'after' ? rc.after : rc.before;
    if (!value || value.kind !== 'object') continue;
    if (side === 'after' && rc.actions.length === 1 && rc.actions[0] === 'delete') continue;
    const declared = locate(rc);
    const references = referencesOf(plan.configuration, rc);
    const body = new Map<string, Value>();
    const attrSpans = new Map<string, SourceSpan>();
    const unknownAttrs = side === 'after' && rc.afterUnknown?.kind === 'object' ? rc.afterUnknown.entries : undefined;
    for (const [key, v] of value.entries) {
      const span = declared?.attrSpans.get(key) ?? v.span;
      if (span) attrSpans.set(key, span);
      body.set(key, declared ? respan(v, span ?? declared.span) : v);
    }
    // Attributes known only after apply: unknown, linked to what the configuration says they come from.
    for (const [key, flag] of unknownAttrs ?? []) {
      if (flag.kind === 'bool' && flag.value === true) {
        const ref = references.get(key)?.find((r) => /\.[a-z_]+$/.test(r) && r.split('.').length >= 3);
        const target = ref ? absoluteRef(rc.moduleAddress, ref) : undefined;
        body.set(key, {
          kind: 'unknown',
          // Not written as a reference: an unknown attribute must not read as a link to itself.
          expr: ref ?? `(known after apply: ${rc.address}.${key})`,
          reason: 'computed-attribute',
          ...(target ? { ref: target } : {}),
          ...(attrSpans.get(key) ? { span: attrSpans.get(key)! } : {}),
        });
      }
    }
    const baseAddress = rc.address.replace(/\[[^\]]*\]$/, '');
    out.push({
      mode: rc.mode,
      type: rc.type,
      name: rc.name,
      address: rc.address,
      baseAddress,
      modulePath: rc.moduleAddress,
      span: { ...(declared?.span ?? rc.span), address: rc.address },
      body,
      attrSpans,
      ...(rc.index !== undefined ? { instanceKey: rc.index } : {}),
    });
  }
  return out;
}

/** `aws_iam_policy.p.arn` inside `module.ci` → `{ address: 'module.ci.aws_iam_policy.p', attribute: 'arn' }`. */
function absoluteRef(moduleAddress: string, ref: string): { address: string; attribute: string } | undefined {
  const parts = ref.split('.');
  const isData = parts[0] === 'data';
  const need = isData ? 4 : 3;
  if (parts.length < need || parts[0] === 'var' || parts[0] === 'local' || parts[0] === 'module') return undefined;
  const address = parts.slice(0, need - 1).join('.');
  return { address: moduleAddress ? `${moduleAddress}.${address}` : address, attribute: parts.slice(need - 1).join('.') };
}

function referencesOf(config: PlanModuleConfig | undefined, rc: PlanResourceChange): Map<string, string[]> {
  const module = moduleConfigAt(config, rc.moduleAddress);
  const local = rc.address.slice(rc.moduleAddress ? rc.moduleAddress.length + 1 : 0).replace(/\[[^\]]*\]$/, '');
  return module?.resources.find((r) => r.address === local)?.references ?? new Map();
}

function moduleConfigAt(config: PlanModuleConfig | undefined, moduleAddress: string): PlanModuleConfig | undefined {
  let module = config;
  for (const name of moduleNames(moduleAddress)) module = module?.calls.get(name)?.module;
  return module;
}

/** `module.a["x"].module.b` → ['a', 'b']. */
function moduleNames(moduleAddress: string): string[] {
  const names: string[] = [];
  const re = /module\.([A-Za-z0-9_-]+)(?:\[[^\]]*\])?/g;
  for (let m = re.exec(moduleAddress); m; m = re.exec(moduleAddress)) names.push(m[1]!);
  return names;
}

/**
 * Finds each planned resource's block in the .tf files beside the plan (module calls followed through their local
 * `source`), so findings point at the line a person edits. Returns undefined when the configuration is not in the tree.
 */
function configLocator(plan: PlanDocument, all: ReadonlyMap<string, SourceFile>): (rc: PlanResourceChange) => DeclaredBlock | undefined {
  const planDir = path.posix.dirname(plan.file);
  const blocksByDir = new Map<string, Map<string, DeclaredBlock>>();
  const blocksIn = (dir: string): Map<string, DeclaredBlock> => {
    let blocks = blocksByDir.get(dir);
    if (blocks) return blocks;
    blocks = new Map();
    blocksByDir.set(dir, blocks);
    for (const file of all.values()) {
      if (path.posix.dirname(file.path) !== dir) continue;
      const isJson = file.path.endsWith('.tf.json');
      if (!isJson && !file.path.endsWith('.tf')) continue;
      const parsed = isJson ? parseTfJson(file.text, file.path) : parseHcl(file.text, file.path);
      for (const block of parsed.file.body.blocks) addBlock(blocks, block, file.path);
    }
    return blocks;
  };
  const dirOf = (moduleAddress: string): string | undefined => {
    let dir = planDir;
    let module = plan.configuration;
    for (const name of moduleNames(moduleAddress)) {
      const call = module?.calls.get(name);
      if (!call || !/^\.\.?\//.test(call.source)) return undefined;
      dir = path.posix.normalize(path.posix.join(dir, call.source));
      module = call.module;
    }
    return dir;
  };
  return (rc) => {
    const dir = dirOf(rc.moduleAddress);
    if (dir === undefined) return undefined;
    return blocksIn(dir === '.' ? '.' : dir).get(`${rc.mode}.${rc.type}.${rc.name}`);
  };
}

function addBlock(blocks: Map<string, DeclaredBlock>, block: Block, file: string): void {
  if ((block.blockType !== 'resource' && block.blockType !== 'data') || block.labels.length !== 2) return;
  const mode = block.blockType === 'data' ? 'data' : 'managed';
  const attrSpans = new Map<string, SourceSpan>();
  for (const attr of block.body.attributes) attrSpans.set(attr.name, spanOf(attr.range, file));
  for (const nested of block.body.blocks) if (!attrSpans.has(nested.blockType)) attrSpans.set(nested.blockType, spanOf(nested.range, file));
  blocks.set(`${mode}.${block.labels[0]}.${block.labels[1]}`, { span: spanOf(block.range, file), attrSpans });
}

/** The plan's positions point into JSON; when the block is found in the .tf file, every part points at its argument there. */
function respan(v: Value, span: SourceSpan): Value {
  switch (v.kind) {
    case 'list':
      return { ...v, span, items: v.items.map((i) => respan(i, span)) };
    case 'object': {
      const entries = new Map<string, Value>();
      for (const [k, x] of v.entries) entries.set(k, respan(x, span));
      return { ...v, span, entries };
    }
    default:
      return { ...v, span };
  }
}
