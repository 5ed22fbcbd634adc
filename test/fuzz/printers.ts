/**
 * Printers that turn parsed trees back into source text, for round-trip properties: parse → print → parse must
 * give the same tree (positions ignored). They print what the parsers produce: parentheses exist in the trees
 * as Paren nodes, so no precedence logic is needed here.
 */
import type * as Hcl from '../../src/parse/hcl/ast.js';
import type * as Bicep from '../../src/parse/bicep/ast.js';
import type { Value } from '../../src/evaluate/value.js';
import type { PlanDocument, PlanResourceChange } from '../../src/parse/tfplan/index.js';

// ---------------------------------------------------------------------------------------------------------------
// HCL native syntax

export function printHclBody(body: Hcl.Body, indent = ''): string {
  let out = '';
  for (const item of body.items) {
    if (item.type === 'Attribute') out += `${indent}${item.name} = ${printHclExpr(item.expr)}\n`;
    else {
      const labels = item.labels.map((l) => ` "${hclTemplateText(l)}"`).join('');
      out += `${indent}${item.blockType}${labels} {\n${printHclBody(item.body, indent + '  ')}${indent}}\n`;
    }
  }
  return out;
}

function hclTemplateText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const next = s[i + 1];
    if (c === '\\') out += '\\\\';
    else if (c === '"') out += '\\"';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if ((c === '$' || c === '%') && next === '{') out += c + c;
    else {
      const code = c.charCodeAt(0);
      out += code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : c;
    }
  }
  return out;
}

function printHclParts(parts: Hcl.TemplatePart[]): string {
  return parts
    .map((p) => {
      switch (p.type) {
        case 'TemplateLiteral':
          return hclTemplateText(p.value);
        case 'TemplateInterpolation':
          return `\${${p.stripLeft ? '~' : ''}${printHclExpr(p.expr)}${p.stripRight ? '~' : ''}}`;
        case 'TemplateIf':
          return `%{ if ${printHclExpr(p.cond)} }${printHclParts(p.then)}${p.else ? `%{ else }${printHclParts(p.else)}` : ''}%{ endif }`;
        case 'TemplateFor':
          return `%{ for ${p.keyVar ? `${p.keyVar}, ` : ''}${p.valueVar} in ${printHclExpr(p.collection)} }${printHclParts(p.body)}%{ endfor }`;
      }
    })
    .join('');
}

export function printHclExpr(e: Hcl.Expression): string {
  switch (e.type) {
    case 'Literal':
      return typeof e.value === 'string' ? `"${hclTemplateText(e.value)}"` : String(e.value);
    case 'Template':
      return `"${printHclParts(e.parts)}"`;
    case 'Tuple':
      return `[${e.items.map(printHclExpr).join(', ')}]`;
    case 'Object':
      return `{${e.items.map((i) => `${printHclExpr(i.key)} = ${printHclExpr(i.value)}`).join(', ')}}`;
    case 'Variable':
      return e.name;
    case 'GetAttr':
      return `${printHclExpr(e.object)}.${e.name}`;
    case 'Index':
      return e.legacy && e.key.type === 'Literal' ? `${printHclExpr(e.object)}.${String(e.key.value)}` : `${printHclExpr(e.object)}[${printHclExpr(e.key)}]`;
    case 'Splat':
      return `${printHclExpr(e.object)}${e.kind === 'full' ? '[*]' : '.*'}${printHclExpr(e.each)}`;
    case 'SplatItem':
      return '';
    case 'FunctionCall':
      return `${e.name}(${e.args.map(printHclExpr).join(', ')}${e.expandFinal ? '...' : ''})`;
    case 'Conditional':
      return `${printHclExpr(e.cond)} ? ${printHclExpr(e.then)} : ${printHclExpr(e.else)}`;
    case 'Binary':
      return `${printHclExpr(e.left)} ${e.op} ${printHclExpr(e.right)}`;
    case 'Unary':
      return `${e.op}${printHclExpr(e.operand)}`;
    case 'Paren':
      return `(${printHclExpr(e.expr)})`;
    case 'For': {
      const head = `for ${e.keyVar ? `${e.keyVar}, ` : ''}${e.valueVar} in ${printHclExpr(e.collection)} : `;
      const cond = e.cond ? ` if ${printHclExpr(e.cond)}` : '';
      return e.kind === 'tuple'
        ? `[${head}${printHclExpr(e.valueExpr)}${cond}]`
        : `{${head}${printHclExpr(e.keyExpr!)} => ${printHclExpr(e.valueExpr)}${e.group ? '...' : ''}${cond}}`;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Bicep

function bicepStringText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') out += '\\\\';
    else if (c === "'") out += "\\'";
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (c === '$' && s[i + 1] === '{') out += '\\$';
    else out += c;
  }
  return out;
}

function printBicepString(e: Bicep.StringExpr): string {
  if (e.multiline) return `'''${e.segments.join('')}'''`;
  let out = "'";
  e.segments.forEach((segment, i) => {
    out += bicepStringText(segment);
    const expr = e.expressions[i];
    if (expr) out += `\${${printBicepExpr(expr)}}`;
  });
  return out + "'";
}

function printDecorators(ds: Bicep.Decorator[], indent: string): string {
  return ds.map((d) => `${indent}@${printBicepExpr(d.expr)}\n`).join('');
}

export function printBicepType(t: Bicep.TypeExpression): string {
  switch (t.type) {
    case 'TypeName':
      return t.name;
    case 'ArrayType':
      return `${printBicepType(t.element)}[]`;
    case 'NullableType':
      return `${printBicepType(t.inner)}?`;
    case 'ParenType':
      return `(${printBicepType(t.inner)})`;
    case 'TypeLiteral':
      return typeof t.value === 'string' ? `'${bicepStringText(t.value)}'` : String(t.value);
    case 'UnionType':
      return t.members.map(printBicepType).join(' | ');
    default:
      throw new Error(`printBicepType: ${t.type} is not generated by the fuzzers`);
  }
}

export function printBicepProgram(p: Bicep.BicepProgram): string {
  return p.statements.map((s) => printBicepStatement(s)).join('\n') + '\n';
}

function printBicepStatement(s: Bicep.Statement): string {
  const d = printDecorators(s.decorators, '');
  switch (s.type) {
    case 'TargetScope':
      return `${d}targetScope = ${printBicepExpr(s.value)}`;
    case 'Metadata':
      return `${d}metadata ${s.name.name} = ${printBicepExpr(s.value)}`;
    case 'Param':
      return `${d}param ${s.name.name}${s.paramType ? ` ${printBicepType(s.paramType)}` : ''}${s.value ? ` = ${printBicepExpr(s.value)}` : ''}`;
    case 'Var':
      return `${d}var ${s.name.name}${s.varType ? ` ${printBicepType(s.varType)}` : ''} = ${printBicepExpr(s.value)}`;
    case 'Resource':
      return `${d}resource ${s.name.name} ${printBicepString(s.resourceType)}${s.existing ? ' existing' : ''} = ${printBicepExpr(s.value)}`;
    case 'Module':
      return `${d}module ${s.name.name} ${printBicepString(s.path)} = ${printBicepExpr(s.value)}`;
    case 'Output':
      return `${d}output ${s.name.name} ${s.outputType ? printBicepType(s.outputType) : `resource ${printBicepString(s.resourceType!)}`} = ${printBicepExpr(s.value)}`;
    default:
      throw new Error(`printBicepStatement: ${s.type} is not generated by the fuzzers`);
  }
}

export function printBicepExpr(e: Bicep.Expression): string {
  switch (e.type) {
    case 'Literal':
      return String(e.value);
    case 'String':
      return printBicepString(e);
    case 'Array':
      return `[\n${e.items.map((i) => (i.type === 'Spread' ? `...${printBicepExpr(i.expr)}` : printBicepExpr(i))).join('\n')}\n]`;
    case 'Object':
      return `{\n${e.properties
        .map((p) => (p.type === 'Spread' ? `...${printBicepExpr(p.expr)}` : `${p.key.type === 'Identifier' ? p.key.name : printBicepString(p.key)}: ${printBicepExpr(p.value)}`))
        .join('\n')}\n}`;
    case 'Variable':
      return e.name;
    case 'PropertyAccess':
      return `${printBicepExpr(e.object)}${e.safe ? '.?' : '.'}${e.property.name}`;
    case 'IndexAccess':
      return `${printBicepExpr(e.object)}[${e.safe ? '?' : ''}${e.fromEnd ? '^' : ''}${printBicepExpr(e.index)}]`;
    case 'ResourceAccess':
      return `${printBicepExpr(e.object)}::${e.resource.name}`;
    case 'Call':
      return `${e.object ? `${printBicepExpr(e.object)}.` : ''}${e.name.name}(${e.args.map(printBicepExpr).join(', ')})`;
    case 'NonNull':
      return `${printBicepExpr(e.expr)}!`;
    case 'Unary':
      return `${e.operator}${printBicepExpr(e.operand)}`;
    case 'Binary':
      return `${printBicepExpr(e.left)} ${e.operator} ${printBicepExpr(e.right)}`;
    case 'Ternary':
      return `${printBicepExpr(e.condition)} ? ${printBicepExpr(e.then)} : ${printBicepExpr(e.else)}`;
    case 'Paren':
      return `(${printBicepExpr(e.expr)})`;
    case 'Lambda':
      return `(${e.params.map((p) => p.name).join(', ')}) => ${printBicepExpr(e.body)}`;
    case 'For':
      return `[for ${e.index ? `(${e.item.name}, ${e.index.name})` : e.item.name} in ${printBicepExpr(e.iterable)}: ${printBicepExpr(e.body)}]`;
    case 'If':
      return `if (${printBicepExpr(e.condition)}) ${printBicepExpr(e.body)}`;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Values (CloudFormation JSON/YAML, plan JSON)

/** A Value as plain JSON data (spans dropped); unknowns cannot come out of a JSON/YAML document without tags. */
export function valueToPlain(v: Value): unknown {
  switch (v.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return v.value;
    case 'null':
      return null;
    case 'list':
      return v.items.map(valueToPlain);
    case 'object':
      return Object.fromEntries([...v.entries].map(([k, x]) => [k, valueToPlain(x)]));
    case 'unknown':
      return { unknown: v.expr };
  }
}

/** Block-style YAML with every scalar double-quoted (JSON escapes are valid YAML double-quoted escapes). */
export function printYaml(data: unknown, indent = ''): string {
  if (Array.isArray(data)) {
    if (data.length === 0) return `${indent}[]\n`;
    return data.map((item) => (isCollection(item) && !isEmpty(item) ? `${indent}-\n${printYaml(item, indent + '  ')}` : `${indent}- ${scalarYaml(item)}\n`)).join('');
  }
  if (data !== null && typeof data === 'object') {
    const entries = Object.entries(data);
    if (entries.length === 0) return `${indent}{}\n`;
    return entries
      .map(([k, v]) => (isCollection(v) && !isEmpty(v) ? `${indent}${JSON.stringify(k)}:\n${printYaml(v, indent + '  ')}` : `${indent}${JSON.stringify(k)}: ${scalarYaml(v)}\n`))
      .join('');
  }
  return `${indent}${scalarYaml(data)}\n`;
}

const isCollection = (v: unknown): v is object => v !== null && typeof v === 'object';
const isEmpty = (v: object): boolean => (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0);

function scalarYaml(v: unknown): string {
  if (Array.isArray(v)) return '[]';
  if (v !== null && typeof v === 'object') return '{}';
  if (typeof v === 'string') return JSON.stringify(v);
  return v === null ? 'null' : String(v);
}

/** A parsed plan back as plan JSON (the fields parsePlan reads). */
export function printPlan(plan: PlanDocument): string {
  const change = (c: PlanResourceChange) => ({
    address: c.address,
    ...(c.moduleAddress ? { module_address: c.moduleAddress } : {}),
    mode: c.mode,
    type: c.type,
    name: c.name,
    ...(c.index !== undefined ? { index: c.index } : {}),
    change: {
      actions: c.actions,
      ...(c.before ? { before: valueToPlain(c.before) } : {}),
      ...(c.after ? { after: valueToPlain(c.after) } : {}),
      ...(c.afterUnknown ? { after_unknown: valueToPlain(c.afterUnknown) } : {}),
    },
  });
  return JSON.stringify({ format_version: plan.formatVersion, resource_changes: plan.resourceChanges.map(change) }, null, 1);
}

/** Drops positions (ranges, spans, offsets) so trees parsed from differently laid out text compare equal. */
export function withoutPositions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutPositions);
  if (node instanceof Map) return new Map([...node].map(([k, v]) => [k, withoutPositions(v)]));
  if (node !== null && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      if (POSITION_KEYS.has(k)) continue;
      out[k] = withoutPositions(v);
    }
    return out;
  }
  return node;
}

const POSITION_KEYS = new Set(['range', 'nameRange', 'typeRange', 'labelRanges', 'span', 'comments', 'offset', 'startOffset', 'endOffset']);
