/**
 * Terraform plan JSON (`terraform show -json`, format_version 0.x and 1.x) read into a typed document whose values
 * keep their positions in the plan file.
 */
import type { ToolError } from '../../model/finding.js';
import type { SourceSpan } from '../../model/span.js';
import { getAttr, type ObjectValue, type Value } from '../../evaluate/value.js';
import { parseJsonTemplate } from '../cloudformation/json.js';

export type PlanAction = 'create' | 'update' | 'delete' | 'no-op' | 'read' | 'replace';

export interface PlanResourceChange {
  address: string;
  moduleAddress: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  index?: string | number;
  actions: PlanAction[];
  before?: Value;
  after?: Value;
  /** `true` leaves mark attributes whose values are known only after apply. */
  afterUnknown?: Value;
  /** The resource_changes entry in the plan file. */
  span: SourceSpan;
}

/** A resource block of the configuration section: where its arguments point (references). */
export interface PlanConfigResource {
  /** Address inside its module: `aws_iam_role.r`. */
  address: string;
  type: string;
  name: string;
  mode: 'managed' | 'data';
  /** Argument name → the references its expression makes (`aws_iam_policy.p.arn`). */
  references: Map<string, string[]>;
}

export interface PlanModuleConfig {
  resources: PlanConfigResource[];
  /** Module call name → its source and its own configuration. */
  calls: Map<string, { source: string; module: PlanModuleConfig }>;
}

export interface PlanDocument {
  file: string;
  formatVersion: string;
  resourceChanges: PlanResourceChange[];
  /** Resources present in prior_state/planned_values only (plans without resource_changes). */
  plannedOnly: PlanResourceChange[];
  configuration?: PlanModuleConfig;
}

/** A JSON file with `format_version` and `resource_changes` or `planned_values` is a plan. Cheap text test first. */
export function looksLikePlan(text: string): boolean {
  const head = text.slice(0, 4096);
  return head.includes('"format_version"') && (text.includes('"resource_changes"') || text.includes('"planned_values"'));
}

export function parsePlan(text: string, file: string): { plan?: PlanDocument; error?: ToolError; notPlan?: boolean } {
  const parsed = parseJsonTemplate(text, file);
  if (parsed.error) return { error: { ...parsed.error, message: parsed.error.message.replace(/^invalid JSON/, 'invalid plan JSON') } };
  const root = parsed.value;
  if (root.kind !== 'object' || !root.entries.has('format_version')) return { notPlan: true };
  if (!root.entries.has('resource_changes') && !root.entries.has('planned_values')) return { notPlan: true };
  const formatVersion = stringOf(getAttr(root, 'format_version')) ?? '';
  const resourceChanges: PlanResourceChange[] = [];
  for (const rc of listOf(getAttr(root, 'resource_changes'))) {
    const change = getAttr(rc, 'change');
    const entry = resourceEntry(rc, file);
    if (!entry) continue;
    resourceChanges.push({
      ...entry,
      actions: listOf(getAttr(change, 'actions')).map((a) => stringOf(a) as PlanAction),
      ...present('before', getAttr(change, 'before')),
      ...present('after', getAttr(change, 'after')),
      ...present('afterUnknown', getAttr(change, 'after_unknown')),
    });
  }
  // Older plans and state-like files: take planned_values when resource_changes says nothing.
  const plannedOnly: PlanResourceChange[] = [];
  if (resourceChanges.length === 0) {
    const collect = (module: Value | undefined): void => {
      for (const r of listOf(getAttr(module, 'resources'))) {
        const entry = resourceEntry(r, file);
        if (entry) plannedOnly.push({ ...entry, actions: ['create'], ...present('after', getAttr(r, 'values')) });
      }
      for (const child of listOf(getAttr(module, 'child_modules'))) collect(child);
    };
    collect(getAttr(getAttr(root, 'planned_values'), 'root_module'));
  }
  const rootModule = getAttr(getAttr(root, 'configuration'), 'root_module');
  return {
    plan: {
      file,
      formatVersion,
      resourceChanges,
      plannedOnly,
      ...(rootModule ? { configuration: moduleConfig(rootModule) } : {}),
    },
  };
}

function resourceEntry(v: Value, file: string): Omit<PlanResourceChange, 'actions'> | undefined {
  const address = stringOf(getAttr(v, 'address'));
  const type = stringOf(getAttr(v, 'type'));
  const name = stringOf(getAttr(v, 'name'));
  if (!address || !type || !name) return undefined;
  const mode = stringOf(getAttr(v, 'mode')) === 'data' ? 'data' : 'managed';
  const index = getAttr(v, 'index');
  return {
    address,
    moduleAddress: stringOf(getAttr(v, 'module_address')) ?? '',
    mode,
    type,
    name,
    ...(index?.kind === 'string' || index?.kind === 'number' ? { index: index.value } : {}),
    span: v.span ?? { file, line: 1, column: 1, endLine: 1, endColumn: 1 },
  };
}

function moduleConfig(module: Value): PlanModuleConfig {
  const resources: PlanConfigResource[] = [];
  for (const r of listOf(getAttr(module, 'resources'))) {
    const address = stringOf(getAttr(r, 'address'));
    const type = stringOf(getAttr(r, 'type'));
    const name = stringOf(getAttr(r, 'name'));
    if (!address || !type || !name) continue;
    const references = new Map<string, string[]>();
    const expressions = getAttr(r, 'expressions');
    if (expressions?.kind === 'object') {
      for (const [key, expr] of expressions.entries) {
        const refs = listOf(getAttr(expr, 'references')).map(stringOf).filter((x): x is string => !!x);
        if (refs.length) references.set(key, refs);
      }
    }
    resources.push({ address, type, name, mode: stringOf(getAttr(r, 'mode')) === 'data' ? 'data' : 'managed', references });
  }
  const calls = new Map<string, { source: string; module: PlanModuleConfig }>();
  const moduleCalls = getAttr(module, 'module_calls');
  if (moduleCalls?.kind === 'object') {
    for (const [name, call] of moduleCalls.entries) {
      const child = getAttr(call, 'module');
      calls.set(name, { source: stringOf(getAttr(call, 'source')) ?? '', module: child ? moduleConfig(child) : { resources: [], calls: new Map() } });
    }
  }
  return { resources, calls };
}

function present<K extends string>(key: K, v: Value | undefined): Partial<Record<K, Value>> {
  return v && v.kind !== 'null' ? ({ [key]: v } as Record<K, Value>) : {};
}

function listOf(v: Value | undefined): Value[] {
  return v?.kind === 'list' ? v.items : [];
}

function stringOf(v: Value | undefined): string | undefined {
  return v?.kind === 'string' ? v.value : undefined;
}

export type { ObjectValue };
