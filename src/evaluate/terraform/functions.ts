/**
 * Terraform's built-in functions. Each returns a Value placed at the call (values passed through, like a map entry
 * returned by lookup, keep their own spans). Unknown arguments make the result unknown unless the function can say
 * more (jsonencode, format, join, templatefile keep the known text and mark the unknown parts). Functions that only
 * exist at apply time (uuid, timestamp) are unknown; functions we do not implement are unknown with reason
 * `unsupported-function`, never a crash.
 */
import { digest } from '../../shared/hash.js';
import path from 'node:path';
import { yamlPackage } from '../../shared/packages.js';
import { minimatch } from 'minimatch';
import type { Expression, FunctionCallExpr } from '../../parse/hcl/ast.js';
import type { SourceSpan } from '../../model/span.js';
import type { ListValue, ObjectValue, Value } from '../value.js';
import { bind, evaluate, evaluateOrError, exprSpan, exprText, fail, setFunctionCaller, type Scope } from './expr.js';
import {
  EvalError,
  compareStrings,
  firstUnknown,
  formatNumber,
  fromJson,
  isWhollyKnown,
  jsonEncode,
  mkBool,
  mkList,
  mkNull,
  mkNum,
  mkObj,
  mkStr,
  mkUnknown,
  parseNumber,
  primitiveToString,
  sortedKeys,
  toSetItems,
  typeName,
  valuesEqual,
} from './values.js';

interface Call {
  node: FunctionCallExpr;
  sc: Scope;
  span: SourceSpan;
}

/**
 * strict: any argument that is unknown (or a string with unknown parts) makes the result unknown.
 * deep: the same for unknowns anywhere inside the arguments.
 * partial: the function handles unknowns itself.
 */
type UnknownPolicy = 'strict' | 'deep' | 'partial';

interface FnDef {
  min: number;
  /** Maximum argument count; Infinity for variadic. */
  max: number;
  unknowns: UnknownPolicy;
  impl: (args: Value[], c: Call) => Value;
}

const fns = new Map<string, FnDef>();
function def(names: string | string[], min: number, max: number, unknowns: UnknownPolicy, impl: FnDef['impl']): void {
  for (const n of Array.isArray(names) ? names : [names]) fns.set(n, { min, max, unknowns, impl });
}

// ---- argument helpers ------------------------------------------------------------------------------------------------

function argNode(c: Call, i: number): Expression {
  return c.node.args[Math.min(i, c.node.args.length - 1)] ?? c.node;
}
function bad(c: Call, i: number, message: string): never {
  return fail(`Invalid argument ${i + 1} of ${c.node.name}(): ${message}`, argNode(c, i), c.sc);
}
function callFail(c: Call, message: string): never {
  return fail(`${c.node.name}(): ${message}`, c.node, c.sc);
}

function asString(v: Value, c: Call, i: number): string {
  const s = v.kind === 'null' ? undefined : primitiveToString(v);
  if (s === undefined) return bad(c, i, `a string is required, got ${typeName(v)}.`);
  return s;
}
function asNumber(v: Value, c: Call, i: number): number {
  if (v.kind === 'number') return v.value;
  if (v.kind === 'string') {
    const n = parseNumber(v.value);
    if (n !== undefined) return n;
  }
  return bad(c, i, `a number is required, got ${typeName(v)}.`);
}
function asInt(v: Value, c: Call, i: number): number {
  const n = asNumber(v, c, i);
  if (!Number.isInteger(n)) return bad(c, i, `a whole number is required, got ${formatNumber(n)}.`);
  return n;
}
function asBool(v: Value, c: Call, i: number): boolean {
  if (v.kind === 'bool') return v.value;
  if (v.kind === 'string' && (v.value === 'true' || v.value === 'false')) return v.value === 'true';
  return bad(c, i, `a bool is required, got ${typeName(v)}.`);
}
function asList(v: Value, c: Call, i: number): Value[] {
  if (v.kind === 'list') return v.items;
  return bad(c, i, `a list, set or tuple is required, got ${typeName(v)}.`);
}
function asObject(v: Value, c: Call, i: number): ObjectValue {
  if (v.kind === 'object') return v;
  return bad(c, i, `a map or object is required, got ${typeName(v)}.`);
}
function stringList(v: Value, c: Call, i: number): string[] {
  return asList(v, c, i).map((x) => asString(x, c, i));
}

const S = (s: string, c: Call) => mkStr(s, c.span);
const N = (n: number, c: Call) => mkNum(n, c.span);
const B = (b: boolean, c: Call) => mkBool(b, c.span);
const L = (items: Value[], c: Call) => mkList(items, c.span);

/** Made on first use: building a segmenter costs a one-file scan ~10 ms of start-up, and most scans never need one. */
let graphemes: Intl.Segmenter | undefined;
/** Grapheme clusters, the unit Terraform's string functions (length, substr, strrev...) count in. */
const chars = (s: string): string[] => {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(s)) return s.split('');
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(graphemes.segment(s), (g) => g.segment);
};

/** When mixing strings with numbers/bools, Terraform's list/set/map conversion turns every primitive into a string. */
function unifyPrimitives(items: Value[]): Value[] {
  const hasString = items.some((i) => i.kind === 'string');
  const hasOther = items.some((i) => i.kind === 'number' || i.kind === 'bool');
  if (!hasString || !hasOther) return items;
  return items.map((i) => (i.kind === 'number' || i.kind === 'bool' ? mkStr(primitiveToString(i)!, i.span) : i));
}

function unknownResult(c: Call, cause: Value | undefined, reason?: string): Value {
  const u = cause ? firstUnknown(cause) : undefined;
  return mkUnknown(exprText(c.node, c.sc), c.span, reason ?? u?.reason ?? 'unknown');
}

function hasTopUnknown(v: Value): boolean {
  return v.kind === 'unknown' || (v.kind === 'string' && !!v.unknowns?.length);
}

// ---- RE2 → JavaScript regular expressions ------------------------------------------------------------------------

const regexCache = new Map<string, RegExp | string>();

/** Translates the RE2 syntax Terraform accepts into a JS RegExp; a string result is the error. */
function compileRegex(pattern: string, global: boolean): RegExp | string {
  const cacheKey = (global ? 'g' : '-') + pattern;
  const cached = regexCache.get(cacheKey);
  if (cached !== undefined) return cached;
  let flags = global ? 'g' : '';
  let body = pattern;
  const lead = /^\(\?([imsU]+)\)/.exec(body);
  if (lead) {
    for (const f of lead[1]!) if (f !== 'U' && !flags.includes(f)) flags += f;
    body = body.slice(lead[0].length);
  }
  body = body.replace(/\(\?P</g, '(?<').replace(/\\A/g, '^').replace(/\\z/g, '$(?![\\s\\S])');
  let result: RegExp | string;
  try {
    result = new RegExp(body, flags);
  } catch (err) {
    result = `invalid regular expression: ${(err as Error).message}`;
  }
  regexCache.set(cacheKey, result);
  return result;
}

function regexResult(m: RegExpExecArray, c: Call): Value {
  if (m.groups && Object.keys(m.groups).length > 0) {
    const entries = new Map<string, Value>();
    for (const [k, v] of Object.entries(m.groups)) entries.set(k, v === undefined ? mkNull(c.span) : S(v, c));
    return mkObj(entries, c.span);
  }
  if (m.length > 1) return L(m.slice(1).map((g) => (g === undefined ? mkNull(c.span) : S(g, c))), c);
  return S(m[0], c);
}

// ---- format ------------------------------------------------------------------------------------------------------

const VERB = /%([-+# 0]*)(\[\d+\])?(\d+)?(?:\.(\d+))?([a-zA-Z%])/g;

/** Terraform's format(): Go-like verbs. Unknown arguments under %s/%v are kept as `${expr}` marks. */
function formatString(fmt: string, args: Value[], c: Call, firstArg: number): Value {
  const unknowns: string[] = [];
  let next = 0;
  let used = 0;
  let whollyUnknown: Value | undefined;
  const text = fmt.replace(VERB, (_m, flags: string, explicit: string | undefined, width: string | undefined, prec: string | undefined, verb: string) => {
    if (verb === '%') return '%';
    const idx = explicit ? Number(explicit.slice(1, -1)) - 1 : next;
    next = idx + 1;
    used = Math.max(used, next);
    const v = args[idx];
    if (!v) return callFail(c, `not enough arguments for the "%${verb}" verb at position ${idx + 1}.`);
    let out: string;
    if (hasTopUnknown(v) || ((verb === 'v' || verb === 'q') && !isWhollyKnown(v))) {
      if (verb !== 's' && verb !== 'v') {
        whollyUnknown = v;
        return '';
      }
      if (v.kind === 'string') {
        for (const u of v.unknowns ?? []) if (!unknowns.includes(u)) unknowns.push(u);
        out = v.value;
      } else {
        const u = firstUnknown(v)!;
        if (!unknowns.includes(u.expr)) unknowns.push(u.expr);
        out = '${' + u.expr + '}';
      }
    } else out = formatVerb(v, verb, flags, prec, c, firstArg + idx);
    if (width && out.length < Number(width)) {
      const pad = (flags.includes('0') && !flags.includes('-') ? '0' : ' ').repeat(Number(width) - out.length);
      if (flags.includes('-')) out += pad;
      else if (pad[0] === '0' && /^[-+]/.test(out)) out = out[0] + pad + out.slice(1);
      else out = pad + out;
    }
    return out;
  });
  if (whollyUnknown) return unknownResult(c, whollyUnknown);
  if (used < args.length) return callFail(c, `too many arguments; the format string uses ${used}, ${args.length} given.`);
  return mkStr(text, c.span, unknowns);
}

function formatVerb(v: Value, verb: string, flags: string, prec: string | undefined, c: Call, argIndex: number): string {
  const plus = (n: number, s: string) => (flags.includes('+') && n >= 0 ? '+' + s : flags.includes(' ') && n >= 0 ? ' ' + s : s);
  switch (verb) {
    case 'v':
      if (flags.includes('#')) return jsonEncode(v).text;
      if (v.kind === 'null') return 'null';
      return primitiveToString(v) ?? jsonEncode(v).text;
    case 's':
      return asString(v, c, argIndex);
    case 'q':
      return JSON.stringify(asString(v, c, argIndex));
    case 't':
      return String(asBool(v, c, argIndex));
    case 'd': {
      const n = asNumber(v, c, argIndex);
      if (!Number.isInteger(n)) return bad(c, argIndex, `%d needs a whole number, got ${formatNumber(n)}.`);
      return plus(n, formatNumber(n));
    }
    case 'f':
    case 'F': {
      const n = asNumber(v, c, argIndex);
      return plus(n, n.toFixed(prec === undefined ? 6 : Number(prec)));
    }
    case 'e':
    case 'E': {
      const n = asNumber(v, c, argIndex);
      const s = n.toExponential(prec === undefined ? 6 : Number(prec)).replace(/e([+-])(\d)$/, 'e$10$2');
      return plus(n, verb === 'E' ? s.toUpperCase() : s);
    }
    case 'g':
    case 'G': {
      const n = asNumber(v, c, argIndex);
      const s = goFormatG(n, prec === undefined ? undefined : Number(prec));
      return plus(n, verb === 'G' ? s.toUpperCase() : s);
    }
    case 'b':
      return asInt(v, c, argIndex).toString(2);
    case 'o':
      return asInt(v, c, argIndex).toString(8);
    case 'x':
    case 'X': {
      if (v.kind === 'string') {
        const hex = Buffer.from(v.value, 'utf8').toString('hex');
        return verb === 'X' ? hex.toUpperCase() : hex;
      }
      const hex = asInt(v, c, argIndex).toString(16);
      return verb === 'X' ? hex.toUpperCase() : hex;
    }
    default:
      return callFail(c, `unsupported format verb "%${verb}".`);
  }
}

/** Go's %g: shortest (or `prec` significant) digits, exponent form when the exponent is < -4 or >= the precision. */
function goFormatG(n: number, prec: number | undefined): string {
  if (n === 0) return '0';
  const expForm = prec === undefined ? n.toExponential() : n.toExponential(Math.max(prec, 1) - 1);
  const [mantissa, expText] = expForm.split('e') as [string, string];
  const exp = Number(expText);
  const digits = mantissa.replace('-', '').replace('.', '').replace(/0+$/, '') || '0';
  let eprec = prec === undefined ? 6 : Math.max(prec, 1);
  if (prec !== undefined && eprec > digits.length && digits.length >= exp + 1) eprec = digits.length;
  if (exp < -4 || exp >= eprec) {
    const m = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const fixed = n.toFixed(Math.max(0, digits.length - 1 - exp));
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

// ---- yamlencode ---------------------------------------------------------------------------------------------------

/**
 * Terraform's yamlencode layout: block style, keys sorted and double-quoted, strings double-quoted (multi-line ones
 * as literal blocks), lists under a key not indented, a collection inside a list item starting on the dash line.
 */
function yamlEncode(v: Value): string {
  const block = (x: Value): boolean => (x.kind === 'list' && x.items.length > 0) || (x.kind === 'object' && x.entries.size > 0);
  const scalar = (x: Value, contentIndent: number): string => {
    switch (x.kind) {
      case 'string': {
        if (!x.value.includes('\n')) return JSON.stringify(x.value);
        const trailing = /\n*$/.exec(x.value)![0].length;
        const indicator = trailing === 0 ? '|-' : trailing === 1 ? '|' : '|+';
        const body = trailing === 1 ? x.value.slice(0, -1) : trailing === 0 ? x.value : x.value.slice(0, -1);
        const pad = ' '.repeat(contentIndent);
        return indicator + '\n' + body.split('\n').map((l) => (l === '' ? '' : pad + l)).join('\n');
      }
      case 'number':
        return formatNumber(x.value);
      case 'bool':
        return String(x.value);
      case 'list':
        return '[]';
      case 'object':
        return '{}';
      default:
        return 'null';
    }
  };
  const node = (x: Value, indent: number): string => {
    const pad = ' '.repeat(indent);
    if (x.kind === 'object' && x.entries.size > 0) {
      return sortedKeys(x)
        .map((k) => {
          const child = x.entries.get(k)!;
          const head = pad + JSON.stringify(k) + ':';
          if (!block(child)) return head + ' ' + scalar(child, indent + 2);
          return head + '\n' + node(child, child.kind === 'list' ? indent : indent + 2);
        })
        .join('\n');
    }
    if (x.kind === 'list' && x.items.length > 0) {
      return x.items
        .map((item) => {
          if (!block(item)) return pad + '- ' + scalar(item, indent + 2);
          // The nested collection starts on the dash line: render it one level deeper, then put the dash in front.
          return pad + '- ' + node(item, indent + 2).slice(indent + 2);
        })
        .join('\n');
    }
    return pad + scalar(x, indent + 2);
  };
  return node(v, 0) + '\n';
}

// ---- network address functions ----------------------------------------------------------------------------------

interface Cidr {
  addr: bigint;
  prefix: number;
  bits: 32 | 128;
}

function parseIp(text: string): { addr: bigint; bits: 32 | 128 } | undefined {
  if (text.includes(':')) {
    const halves = text.split('::');
    if (halves.length > 2) return undefined;
    const group = (s: string) => (s === '' ? [] : s.split(':'));
    const head = group(halves[0]!);
    const tail = halves.length === 2 ? group(halves[1]!) : [];
    const fill = 8 - head.length - tail.length;
    if ((halves.length === 1 && fill !== 0) || fill < 0) return undefined;
    const all = [...head, ...Array(halves.length === 2 ? fill : 0).fill('0'), ...tail];
    let addr = 0n;
    for (const g of all) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      addr = (addr << 16n) | BigInt(parseInt(g, 16));
    }
    return { addr, bits: 128 };
  }
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return { addr: parts.reduce((a, p) => (a << 8n) | BigInt(Number(p)), 0n), bits: 32 };
}

function formatIp(addr: bigint, bits: 32 | 128): string {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((s) => String((addr >> s) & 255n)).join('.');
  const groups: number[] = [];
  for (let s = 112n; s >= 0n; s -= 16n) groups.push(Number((addr >> s) & 0xffffn));
  // Longest run of two or more zero groups becomes "::" (first one on ties), like Go's net.IP.String.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return hex.slice(0, best).join(':') + '::' + hex.slice(best + bestLen).join(':');
}

function parseCidr(text: string, c: Call, i: number): Cidr {
  const slash = text.indexOf('/');
  const ip = slash < 0 ? undefined : parseIp(text.slice(0, slash));
  const prefix = slash < 0 ? NaN : Number(text.slice(slash + 1));
  if (!ip || !Number.isInteger(prefix) || prefix < 0 || prefix > ip.bits) return bad(c, i, `invalid CIDR address "${text}".`);
  const hostBits = BigInt(ip.bits - prefix);
  return { addr: (ip.addr >> hostBits) << hostBits, prefix, bits: ip.bits };
}

function subnet(base: Cidr, newbits: number, netnum: bigint, c: Call): string {
  const prefix = base.prefix + newbits;
  if (newbits < 0 || prefix > base.bits) return callFail(c, `insufficient address space to extend prefix of ${base.prefix} by ${newbits}.`);
  if (netnum < 0n || netnum >= 1n << BigInt(newbits)) return callFail(c, `prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}.`);
  const addr = base.addr | (netnum << BigInt(base.bits - prefix));
  return `${formatIp(addr, base.bits)}/${prefix}`;
}

// ---- files ---------------------------------------------------------------------------------------------------------

function readFileArg(args: Value[], c: Call): { path: string; text: string } | undefined {
  return c.sc.host.readFile(asString(args[0]!, c, 0), argNode(c, 0), c.sc);
}

// ---- the library ---------------------------------------------------------------------------------------------------

// Strings
def('lower', 1, 1, 'strict', (a, c) => S(asString(a[0]!, c, 0).toLowerCase(), c));
def('upper', 1, 1, 'strict', (a, c) => S(asString(a[0]!, c, 0).toUpperCase(), c));
// Go's strings.Title: a letter is capitalized after a separator (space, or ASCII other than letters, digits and _).
def('title', 1, 1, 'strict', (a, c) => S(asString(a[0]!, c, 0).replace(/(^|[\s\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f])(\p{L})/gu, (_m, p: string, l: string) => p + l.toUpperCase()), c));
def('trimspace', 1, 1, 'strict', (a, c) => S(asString(a[0]!, c, 0).trim(), c));
def('chomp', 1, 1, 'strict', (a, c) => S(asString(a[0]!, c, 0).replace(/(\r\n|\n|\r)+$/, ''), c));
def('strrev', 1, 1, 'strict', (a, c) => S(chars(asString(a[0]!, c, 0)).reverse().join(''), c));
def('trim', 2, 2, 'strict', (a, c) => {
  const s = chars(asString(a[0]!, c, 0));
  const cut = new Set(chars(asString(a[1]!, c, 1)));
  let i = 0;
  let j = s.length;
  while (i < j && cut.has(s[i]!)) i++;
  while (j > i && cut.has(s[j - 1]!)) j--;
  return S(s.slice(i, j).join(''), c);
});
def('trimprefix', 2, 2, 'strict', (a, c) => {
  const s = asString(a[0]!, c, 0);
  const p = asString(a[1]!, c, 1);
  return S(s.startsWith(p) ? s.slice(p.length) : s, c);
});
def('trimsuffix', 2, 2, 'strict', (a, c) => {
  const s = asString(a[0]!, c, 0);
  const p = asString(a[1]!, c, 1);
  return S(p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s, c);
});
def('substr', 3, 3, 'strict', (a, c) => {
  const s = chars(asString(a[0]!, c, 0));
  let offset = asInt(a[1]!, c, 1);
  const length = asInt(a[2]!, c, 2);
  if (offset < 0) offset = Math.max(0, s.length + offset);
  if (offset > s.length) return bad(c, 1, 'offset is beyond the end of the string.');
  return S(s.slice(offset, length < 0 ? undefined : offset + length).join(''), c);
});
def('startswith', 2, 2, 'strict', (a, c) => B(asString(a[0]!, c, 0).startsWith(asString(a[1]!, c, 1)), c));
def('endswith', 2, 2, 'strict', (a, c) => B(asString(a[0]!, c, 0).endsWith(asString(a[1]!, c, 1)), c));
def('strcontains', 2, 2, 'strict', (a, c) => B(asString(a[0]!, c, 0).includes(asString(a[1]!, c, 1)), c));
def('indent', 2, 2, 'strict', (a, c) => S(asString(a[1]!, c, 1).replace(/\n/g, '\n' + ' '.repeat(asInt(a[0]!, c, 0))), c));
def('split', 2, 2, 'strict', (a, c) => {
  const sep = asString(a[0]!, c, 0);
  const s = asString(a[1]!, c, 1);
  if (s === '') return L([S('', c)], c);
  return L((sep === '' ? chars(s) : s.split(sep)).map((p) => S(p, c)), c);
});
def('join', 2, Infinity, 'partial', (a, c) => {
  const sep = a[0]!;
  if (hasTopUnknown(sep)) return unknownResult(c, sep);
  const sepText = asString(sep, c, 0);
  const parts: string[] = [];
  const unknowns: string[] = [];
  for (let i = 1; i < a.length; i++) {
    const list = a[i]!;
    if (list.kind === 'unknown') return unknownResult(c, list);
    for (const item of asList(list, c, i)) {
      if (item.kind === 'unknown') {
        parts.push('${' + item.expr + '}');
        if (!unknowns.includes(item.expr)) unknowns.push(item.expr);
        continue;
      }
      if (item.kind === 'null') return bad(c, i, 'the list contains a null element.');
      parts.push(asString(item, c, i));
      if (item.kind === 'string') for (const u of item.unknowns ?? []) if (!unknowns.includes(u)) unknowns.push(u);
    }
  }
  return mkStr(parts.join(sepText), c.span, unknowns);
});
def('replace', 3, 3, 'strict', (a, c) => {
  const s = asString(a[0]!, c, 0);
  const search = asString(a[1]!, c, 1);
  const rep = asString(a[2]!, c, 2);
  if (search.length > 1 && search.startsWith('/') && search.endsWith('/')) {
    const re = compileRegex(search.slice(1, -1), true);
    if (typeof re === 'string') return bad(c, 1, re);
    // Go's ${1} / ${name} become JS $1 / $<name>; "$$" stays a literal dollar in both.
    const jsRep = rep.replace(/\$\{(\d+)\}/g, '$$$1').replace(/\$\{(\w+)\}/g, '$$<$1>');
    return S(s.replace(re, jsRep), c);
  }
  return S(search === '' ? s : s.split(search).join(rep), c);
});
def('format', 1, Infinity, 'partial', (a, c) => {
  if (hasTopUnknown(a[0]!)) return unknownResult(c, a[0]);
  return formatString(asString(a[0]!, c, 0), a.slice(1), c, 1);
});
def('formatlist', 1, Infinity, 'deep', (a, c) => {
  const fmt = asString(a[0]!, c, 0);
  let n = -1;
  for (let i = 1; i < a.length; i++) {
    if (a[i]!.kind !== 'list') continue;
    const len = (a[i] as ListValue).items.length;
    if (n >= 0 && len !== n) return bad(c, i, `all lists must have the same length (${n} and ${len}).`);
    n = len;
  }
  if (n < 0) n = 1;
  const out: Value[] = [];
  for (let k = 0; k < n; k++) out.push(formatString(fmt, a.slice(1).map((x) => (x.kind === 'list' ? x.items[k]! : x)), c, 1));
  return L(out, c);
});
def('regex', 2, 2, 'strict', (a, c) => {
  const re = compileRegex(asString(a[0]!, c, 0), false);
  if (typeof re === 'string') return bad(c, 0, re);
  const m = re.exec(asString(a[1]!, c, 1));
  if (!m) return callFail(c, 'the pattern did not match any part of the given string.');
  return regexResult(m, c);
});
def('regexall', 2, 2, 'strict', (a, c) => {
  const re = compileRegex(asString(a[0]!, c, 0), true);
  if (typeof re === 'string') return bad(c, 0, re);
  const s = asString(a[1]!, c, 1);
  re.lastIndex = 0;
  const out: Value[] = [];
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(regexResult(m, c));
    if (m[0] === '') re.lastIndex++;
  }
  return L(out, c);
});

// Encodings and hashes
const hash = (alg: string, enc: 'hex' | 'base64') => (a: Value[], c: Call) => S(digest(alg, asString(a[0]!, c, 0), enc), c);
def('md5', 1, 1, 'strict', hash('md5', 'hex'));
def('sha1', 1, 1, 'strict', hash('sha1', 'hex'));
def('sha256', 1, 1, 'strict', hash('sha256', 'hex'));
def('sha512', 1, 1, 'strict', hash('sha512', 'hex'));
def('base64sha256', 1, 1, 'strict', hash('sha256', 'base64'));
def('base64sha512', 1, 1, 'strict', hash('sha512', 'base64'));
def('base64encode', 1, 1, 'strict', (a, c) => S(Buffer.from(asString(a[0]!, c, 0), 'utf8').toString('base64'), c));
def('base64decode', 1, 1, 'strict', (a, c) => {
  const s = asString(a[0]!, c, 0);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) return bad(c, 0, 'the string is not valid base64.');
  return S(Buffer.from(s, 'base64').toString('utf8'), c);
});
def('urlencode', 1, 1, 'strict', (a, c) =>
  S(encodeURIComponent(asString(a[0]!, c, 0)).replace(/[!'()*]/g, (ch) => '%' + ch.charCodeAt(0).toString(16).toUpperCase()).replace(/%20/g, '+'), c),
);
def('jsonencode', 1, 1, 'partial', (a, c) => {
  const v = a[0]!;
  if (v.kind === 'unknown') return unknownResult(c, v);
  const { text, unknowns } = jsonEncode(v);
  return { ...mkStr(text, c.span, unknowns), source: v };
});
def('yamlencode', 1, 1, 'deep', (a, c) => ({ ...S(yamlEncode(a[0]!), c), source: a[0]! }));
def('jsondecode', 1, 1, 'strict', (a, c) => {
  const text = asString(a[0]!, c, 0);
  try {
    return fromJson(JSON.parse(text), c.span);
  } catch (err) {
    return bad(c, 0, `the string is not valid JSON: ${(err as Error).message}.`);
  }
});
def('yamldecode', 1, 1, 'strict', (a, c) => {
  try {
    // Terraform resolves YAML scalars with YAML 1.1 rules (y, yes, on... are booleans).
    return fromJson(yamlPackage().parse(asString(a[0]!, c, 0), { version: '1.1' }) ?? null, c.span);
  } catch (err) {
    if (err instanceof EvalError) throw err;
    return bad(c, 0, `the string is not valid YAML: ${(err as Error).message.split('\n')[0]}.`);
  }
});
def('tostring', 1, 1, 'partial', (a, c) => {
  const v = a[0]!;
  if (v.kind === 'unknown' || v.kind === 'string' || v.kind === 'null') return v;
  const s = primitiveToString(v);
  if (s === undefined) return bad(c, 0, `cannot convert ${typeName(v)} to string.`);
  return S(s, c);
});
def('tonumber', 1, 1, 'strict', (a, c) => (a[0]!.kind === 'null' ? a[0]! : N(asNumber(a[0]!, c, 0), c)));
def('tobool', 1, 1, 'strict', (a, c) => (a[0]!.kind === 'null' ? a[0]! : B(asBool(a[0]!, c, 0), c)));
def(['sensitive', 'nonsensitive'], 1, 1, 'partial', (a) => a[0]!);

// Collections
def('length', 1, 1, 'strict', (a, c) => {
  const v = a[0]!;
  if (v.kind === 'string') return N(chars(v.value).length, c);
  if (v.kind === 'list') return N(v.items.length, c);
  if (v.kind === 'object') return N(v.entries.size, c);
  return bad(c, 0, `a collection or string is required, got ${typeName(v)}.`);
});
def('concat', 1, Infinity, 'strict', (a, c) => L(a.flatMap((x, i) => asList(x, c, i)), c));
def('merge', 0, Infinity, 'strict', (a, c) => {
  const entries = new Map<string, Value>();
  a.forEach((x, i) => {
    if (x.kind === 'null') return;
    for (const [k, v] of asObject(x, c, i).entries) {
      entries.delete(k);
      entries.set(k, v);
    }
  });
  return mkObj(entries, c.span);
});
def('flatten', 1, 1, 'strict', (a, c) => {
  let unknown: Value | undefined;
  const out: Value[] = [];
  const walk = (items: Value[]) => {
    for (const i of items) {
      if (i.kind === 'list') walk(i.items);
      else if (i.kind === 'unknown') unknown ??= i;
      else out.push(i);
    }
  };
  walk(asList(a[0]!, c, 0));
  return unknown ? unknownResult(c, unknown) : L(out, c);
});
def('distinct', 1, 1, 'deep', (a, c) => {
  const out: Value[] = [];
  for (const i of asList(a[0]!, c, 0)) if (!out.some((o) => valuesEqual(o, i))) out.push(i);
  return L(out, c);
});
def('compact', 1, 1, 'deep', (a, c) => L(asList(a[0]!, c, 0).filter((i) => !(i.kind === 'null' || (i.kind === 'string' && i.value === ''))), c));
def('coalesce', 1, Infinity, 'partial', (a, c) => {
  for (const v of a) {
    if (v.kind === 'unknown') return unknownResult(c, v);
    if (v.kind === 'null' || (v.kind === 'string' && v.value === '' && !v.unknowns?.length)) continue;
    return v;
  }
  return callFail(c, 'no non-null, non-empty-string arguments.');
});
def('coalescelist', 1, Infinity, 'strict', (a, c) => {
  for (let i = 0; i < a.length; i++) if (asList(a[i]!, c, i).length > 0) return a[i]!;
  return callFail(c, 'no non-empty list arguments.');
});
def('lookup', 2, 3, 'strict', (a, c) => {
  const m = a[0]!;
  const key = asString(a[1]!, c, 1);
  if (m.kind === 'object') {
    const got = m.entries.get(key);
    if (got) return got;
  } else if (m.kind !== 'null') return bad(c, 0, `a map or object is required, got ${typeName(m)}.`);
  if (a.length === 3) return a[2]!;
  return callFail(c, `the map has no key "${key}" and no default was given.`);
});
def('element', 2, 2, 'strict', (a, c) => {
  const items = asList(a[0]!, c, 0);
  const i = asInt(a[1]!, c, 1);
  if (items.length === 0) return bad(c, 0, 'cannot use element() with an empty list.');
  // Negative indexes count from the end (Terraform 1.11 crashes on them; later releases count from the end).
  return items[((i % items.length) + items.length) % items.length]!;
});
def('index', 2, 2, 'deep', (a, c) => {
  const i = asList(a[0]!, c, 0).findIndex((x) => valuesEqual(x, a[1]!));
  if (i < 0) return callFail(c, 'the given value is not in the list.');
  return N(i, c);
});
def('contains', 2, 2, 'deep', (a, c) => B(asList(a[0]!, c, 0).some((x) => valuesEqual(x, a[1]!)), c));
def('keys', 1, 1, 'strict', (a, c) => {
  const o = asObject(a[0]!, c, 0);
  return L(
    sortedKeys(o).map((k) => S(k, c)),
    c,
  );
});
def('values', 1, 1, 'strict', (a, c) => {
  const o = asObject(a[0]!, c, 0);
  return L(
    sortedKeys(o).map((k) => o.entries.get(k)!),
    c,
  );
});
def('zipmap', 2, 2, 'partial', (a, c) => {
  if (!isWhollyKnown(a[0]!)) return unknownResult(c, a[0]);
  if (a[1]!.kind === 'unknown') return unknownResult(c, a[1]);
  const keys = stringList(a[0]!, c, 0);
  const vals = asList(a[1]!, c, 1);
  if (keys.length !== vals.length) return callFail(c, `the keys and values lists have different lengths (${keys.length} and ${vals.length}).`);
  const entries = new Map<string, Value>();
  keys.forEach((k, i) => entries.set(k, vals[i]!));
  return mkObj(entries, c.span);
});
def('range', 1, 3, 'strict', (a, c) => {
  const nums = a.map((x, i) => asNumber(x, c, i));
  const [start, limit, step] = nums.length === 1 ? [0, nums[0]!, 1] : [nums[0]!, nums[1]!, nums[2] ?? (nums[1]! >= nums[0]! ? 1 : -1)];
  if (step === 0) return bad(c, 2, 'the step must not be zero.');
  if ((step > 0 && limit < start) || (step < 0 && limit > start)) return bad(c, 2, 'the step moves away from the limit.');
  const count = Math.ceil((limit - start) / step);
  if (count > 1024) return callFail(c, `more than 1024 values (${count}).`);
  const out: Value[] = [];
  for (let i = 0; i < count; i++) out.push(N(start + i * step, c));
  return L(out, c);
});
def('slice', 3, 3, 'strict', (a, c) => {
  const items = asList(a[0]!, c, 0);
  const start = asInt(a[1]!, c, 1);
  const end = asInt(a[2]!, c, 2);
  if (start < 0 || start > items.length) return bad(c, 1, `start index ${start} is out of range.`);
  if (end < start || end > items.length) return bad(c, 2, `end index ${end} is out of range.`);
  return L(items.slice(start, end), c);
});
def('reverse', 1, 1, 'strict', (a, c) => L([...asList(a[0]!, c, 0)].reverse(), c));
def('sort', 1, 1, 'deep', (a, c) => L(stringList(a[0]!, c, 0).sort(compareStrings).map((s) => S(s, c)), c));
def('toset', 1, 1, 'deep', (a, c) => L(toSetItems(unifyPrimitives(asList(a[0]!, c, 0))), c));
def('tolist', 1, 1, 'strict', (a, c) => L(unifyPrimitives(asList(a[0]!, c, 0)), c));
def('tomap', 1, 1, 'strict', (a, c) => {
  const o = asObject(a[0]!, c, 0);
  const keys = sortedKeys(o);
  const vals = unifyPrimitives(keys.map((k) => o.entries.get(k)!));
  return mkObj(new Map(keys.map((k, i) => [k, vals[i]!])), c.span);
});
def('setunion', 1, Infinity, 'deep', (a, c) => L(toSetItems(unifyPrimitives(a.flatMap((x, i) => asList(x, c, i)))), c));
/** setintersection/setsubtract compare every pair: bounded so two million-element lists cannot stall a scan. */
const MAX_SET_COMPARISONS = 10_000_000;
const checkComparisons = (lists: Value[][], c: Parameters<typeof callFail>[0]): void => {
  const pairs = lists[0]!.length * lists.slice(1).reduce((n, l) => n + l.length, 0);
  if (pairs > MAX_SET_COMPARISONS) callFail(c, `comparing ${pairs} pairs of elements; limit 10,000,000.`);
};
def('setintersection', 1, Infinity, 'deep', (a, c) => {
  const lists = a.map((x, i) => asList(x, c, i));
  checkComparisons(lists, c);
  return L(toSetItems(lists[0]!.filter((v) => lists.every((l) => l.some((o) => valuesEqual(o, v))))), c);
});
def('setsubtract', 2, 2, 'deep', (a, c) => {
  const other = asList(a[1]!, c, 1);
  checkComparisons([asList(a[0]!, c, 0), other], c);
  return L(toSetItems(asList(a[0]!, c, 0).filter((v) => !other.some((o) => valuesEqual(o, v)))), c);
});
def('setproduct', 1, Infinity, 'deep', (a, c) => {
  const lists = a.map((x, i) => asList(x, c, i));
  // Sized before it is built: three ranges of a thousand would be a billion tuples.
  const size = lists.reduce((n, l) => n * l.length, 1);
  if (size > 100_000) return callFail(c, `the product has ${size} elements; limit 100,000.`);
  let out: Value[][] = [[]];
  for (const items of lists) out = out.flatMap((prefix) => items.map((item) => [...prefix, item]));
  return L(
    out.map((t) => L(t, c)),
    c,
  );
});
def('one', 1, 1, 'strict', (a, c) => {
  const items = asList(a[0]!, c, 0);
  if (items.length > 1) return bad(c, 0, `must be a list with no more than one element, got ${items.length}.`);
  return items[0] ?? mkNull(c.span);
});
def('alltrue', 1, 1, 'deep', (a, c) => B(asList(a[0]!, c, 0).every((x) => asBool(x, c, 0)), c));
def('anytrue', 1, 1, 'deep', (a, c) => B(asList(a[0]!, c, 0).some((x) => asBool(x, c, 0)), c));
def('chunklist', 2, 2, 'strict', (a, c) => {
  const items = asList(a[0]!, c, 0);
  const size = asInt(a[1]!, c, 1);
  if (size < 0) return bad(c, 1, 'the chunk size must not be negative.');
  if (size === 0) return L([a[0]!], c);
  const out: Value[] = [];
  for (let i = 0; i < items.length; i += size) out.push(L(items.slice(i, i + size), c));
  return L(out, c);
});
def('transpose', 1, 1, 'deep', (a, c) => {
  const o = asObject(a[0]!, c, 0);
  const out = new Map<string, Value[]>();
  for (const k of sortedKeys(o)) for (const v of stringList(o.entries.get(k)!, c, 0)) (out.get(v) ?? out.set(v, []).get(v)!).push(S(k, c));
  return mkObj(new Map([...out].sort(([x], [y]) => compareStrings(x, y)).map(([k, v]) => [k, L(v, c)])), c.span);
});
def('matchkeys', 3, 3, 'deep', (a, c) => {
  const vals = asList(a[0]!, c, 0);
  const keys = asList(a[1]!, c, 1);
  const search = asList(a[2]!, c, 2);
  if (vals.length !== keys.length) return callFail(c, 'the values and keys lists must have the same length.');
  return L(
    vals.filter((_, i) => search.some((s) => valuesEqual(s, keys[i]!))),
    c,
  );
});

// Numbers
def('min', 1, Infinity, 'strict', (a, c) => N(Math.min(...a.map((x, i) => asNumber(x, c, i))), c));
def('max', 1, Infinity, 'strict', (a, c) => N(Math.max(...a.map((x, i) => asNumber(x, c, i))), c));
def('sum', 1, 1, 'deep', (a, c) => {
  const items = asList(a[0]!, c, 0);
  if (items.length === 0) return bad(c, 0, 'cannot sum an empty list.');
  return N(
    items.reduce((s, x) => s + asNumber(x, c, 0), 0),
    c,
  );
});
def('abs', 1, 1, 'strict', (a, c) => N(Math.abs(asNumber(a[0]!, c, 0)), c));
def('ceil', 1, 1, 'strict', (a, c) => N(Math.ceil(asNumber(a[0]!, c, 0)), c));
def('floor', 1, 1, 'strict', (a, c) => N(Math.floor(asNumber(a[0]!, c, 0)), c));
def('signum', 1, 1, 'strict', (a, c) => N(Math.sign(asNumber(a[0]!, c, 0)), c));
def('pow', 2, 2, 'strict', (a, c) => N(Math.pow(asNumber(a[0]!, c, 0), asNumber(a[1]!, c, 1)), c));
def('log', 2, 2, 'strict', (a, c) => N(Math.log(asNumber(a[0]!, c, 0)) / Math.log(asNumber(a[1]!, c, 1)), c));
def('parseint', 2, 2, 'strict', (a, c) => {
  const s = asString(a[0]!, c, 0);
  const base = asInt(a[1]!, c, 1);
  if (base < 2 || base > 62) return bad(c, 1, 'the base must be between 2 and 62.');
  const n = parseInt(s, base);
  if (Number.isNaN(n) || !new RegExp(`^[-+]?[0-9a-zA-Z]+$`).test(s) || n.toString(base) !== s.replace(/^\+/, '').toLowerCase().replace(/^(-?)0+(?=.)/, '$1'))
    return bad(c, 0, `cannot parse "${s}" as a base ${base} integer.`);
  return N(n, c);
});

// Network addresses
def('cidrsubnet', 3, 3, 'strict', (a, c) => {
  const base = parseCidr(asString(a[0]!, c, 0), c, 0);
  return S(subnet(base, asInt(a[1]!, c, 1), BigInt(asInt(a[2]!, c, 2)), c), c);
});
def('cidrsubnets', 1, Infinity, 'strict', (a, c) => {
  const base = parseCidr(asString(a[0]!, c, 0), c, 0);
  const out: Value[] = [];
  let next = base.addr;
  const end = base.addr + (1n << BigInt(base.bits - base.prefix));
  for (let i = 1; i < a.length; i++) {
    const newbits = asInt(a[i]!, c, i);
    const prefix = base.prefix + newbits;
    if (newbits < 1 || prefix > base.bits) return bad(c, i, `cannot extend prefix /${base.prefix} by ${newbits} bits.`);
    const size = 1n << BigInt(base.bits - prefix);
    const start = ((next + size - 1n) / size) * size;
    if (start + size > end) return bad(c, i, 'not enough remaining address space for a subnet of this size.');
    out.push(S(`${formatIp(start, base.bits)}/${prefix}`, c));
    next = start + size;
  }
  return L(out, c);
});
def('cidrhost', 2, 2, 'strict', (a, c) => {
  const base = parseCidr(asString(a[0]!, c, 0), c, 0);
  const size = 1n << BigInt(base.bits - base.prefix);
  let host = BigInt(asInt(a[1]!, c, 1));
  if (host < 0n) host += size;
  if (host < 0n || host >= size) return bad(c, 1, `prefix of ${base.prefix} does not accommodate a host numbered ${a[1]!.kind === 'number' ? a[1]!.value : ''}.`);
  return S(formatIp(base.addr + host, base.bits), c);
});
def('cidrnetmask', 1, 1, 'strict', (a, c) => {
  const base = parseCidr(asString(a[0]!, c, 0), c, 0);
  if (base.bits !== 32) return bad(c, 0, 'only IPv4 prefixes have a netmask.');
  return S(formatIp(((1n << 32n) - 1n) ^ ((1n << BigInt(32 - base.prefix)) - 1n), 32), c);
});

// Files and paths
def('file', 1, 1, 'strict', (a, c) => {
  const f = readFileArg(a, c);
  return f ? mkStr(f.text, { file: f.path, line: 1, column: 1, endLine: 1, endColumn: 1 }) : unknownResult(c, undefined, 'missing-file');
});
def('filebase64', 1, 1, 'strict', (a, c) => {
  const f = readFileArg(a, c);
  return f ? S(Buffer.from(f.text, 'utf8').toString('base64'), c) : unknownResult(c, undefined, 'missing-file');
});
for (const [name, alg, enc] of [
  ['filemd5', 'md5', 'hex'],
  ['filesha1', 'sha1', 'hex'],
  ['filesha256', 'sha256', 'hex'],
  ['filesha512', 'sha512', 'hex'],
  ['filebase64sha256', 'sha256', 'base64'],
  ['filebase64sha512', 'sha512', 'base64'],
] as const) {
  def(name, 1, 1, 'strict', (a, c) => {
    const f = readFileArg(a, c);
    return f ? S(digest(alg, f.text, enc), c) : unknownResult(c, undefined, 'missing-file');
  });
}
def('fileexists', 1, 1, 'strict', (a, c) => B(readFileArg(a, c) !== undefined, c));
def('fileset', 2, 2, 'strict', (a, c) => {
  const { dir, files } = c.sc.host.filesUnder(asString(a[0]!, c, 0), argNode(c, 0), c.sc);
  const pattern = asString(a[1]!, c, 1);
  const matched = files.map((f) => path.posix.relative(dir, f)).filter((rel) => minimatch(rel, pattern, { dot: true }));
  return L(
    matched.sort(compareStrings).map((m) => S(m, c)),
    c,
  );
});
def('templatefile', 2, 2, 'partial', (a, c) => {
  if (hasTopUnknown(a[0]!)) return unknownResult(c, a[0]);
  const vars = a[1]!;
  if (vars.kind === 'unknown') return unknownResult(c, vars);
  const f = readFileArg(a, c);
  if (!f) return unknownResult(c, undefined, 'missing-file');
  const template = c.sc.host.parseTemplate(f.text, f.path, c.node, c.sc);
  let inner: Scope = { host: c.sc.host, file: f.path, text: f.text, vars: undefined };
  for (const [k, v] of asObject(vars, c, 1).entries) inner = bind(inner, k, v);
  const result = evaluate(template, inner);
  if (result.kind !== 'string' && result.kind !== 'unknown') {
    const s = primitiveToString(result);
    return s === undefined ? callFail(c, `the template produced a ${typeName(result)}, not a string.`) : S(s, c);
  }
  return result;
});
def('templatestring', 2, 2, 'partial', (a, c) => {
  if (hasTopUnknown(a[0]!)) return unknownResult(c, a[0]);
  if (a[1]!.kind === 'unknown') return unknownResult(c, a[1]);
  const text = asString(a[0]!, c, 0);
  const template = c.sc.host.parseTemplate(text, c.sc.file, c.node, c.sc);
  // The template text lives in a string, not at a place of its own: the result is placed at the call.
  let inner: Scope = { host: c.sc.host, file: c.sc.file, text, vars: undefined };
  for (const [k, v] of asObject(a[1]!, c, 1).entries) inner = bind(inner, k, v);
  const result = evaluate(template, inner);
  return result.kind === 'string' ? { ...result, span: c.span } : result;
});
def('basename', 1, 1, 'strict', (a, c) => S(path.posix.basename(asString(a[0]!, c, 0)), c));
def('dirname', 1, 1, 'strict', (a, c) => S(path.posix.dirname(asString(a[0]!, c, 0)), c));
def('abspath', 1, 1, 'strict', (a, c) => {
  const cwd = c.sc.host.namedValue('path', 'cwd', c.node, c.sc);
  return S(path.posix.resolve(cwd.kind === 'string' ? cwd.value : '/', asString(a[0]!, c, 0)), c);
});
def('pathexpand', 1, 1, 'strict', (a, c) => {
  const p = asString(a[0]!, c, 0);
  return p.startsWith('~') ? unknownResult(c, undefined, 'environment') : S(p, c);
});

// Known only at apply time.
for (const name of ['uuid', 'timestamp', 'bcrypt', 'uuidv5', 'plantimestamp']) def(name, 0, Infinity, 'partial', (_a, c) => unknownResult(c, undefined, 'apply-time-function'));

/** try/can evaluate their arguments themselves: an error in one argument is the signal, not a failure. */
function callTry(node: FunctionCallExpr, sc: Scope): Value {
  if (node.args.length === 0) return fail('try(): at least one argument is required.', node, sc);
  const errors: string[] = [];
  for (const arg of node.args) {
    try {
      const v = evaluateOrError(arg, sc);
      if (!(v instanceof EvalError)) return v;
      errors.push(v.message);
    } catch (err) {
      if (!(err instanceof EvalError)) throw err;
      errors.push(err.message);
    }
  }
  return fail(`try(): no argument could be evaluated without errors: ${errors.join(' / ')}`, node, sc);
}

function callCan(node: FunctionCallExpr, sc: Scope): Value {
  if (node.args.length !== 1) return fail('can(): exactly one argument is required.', node, sc);
  try {
    const v = evaluateOrError(node.args[0]!, sc);
    if (v instanceof EvalError) return mkBool(false, exprSpan(node, sc));
    if (v.kind === 'unknown') return mkUnknown(exprText(node, sc), exprSpan(node, sc), v.reason ?? 'unknown');
    return mkBool(true, exprSpan(node, sc));
  } catch (err) {
    if (!(err instanceof EvalError)) throw err;
    return mkBool(false, exprSpan(node, sc));
  }
}

export function callFunction(node: FunctionCallExpr, sc: Scope): Value {
  if (node.name === 'try') return callTry(node, sc);
  if (node.name === 'can') return callCan(node, sc);
  const span = exprSpan(node, sc);
  const fn = fns.get(node.name);
  if (!fn) return mkUnknown(exprText(node, sc), span, 'unsupported-function');
  let args = node.args.map((a) => evaluate(a, sc));
  if (node.expandFinal && args.length > 0) {
    const last = args[args.length - 1]!;
    if (last.kind === 'unknown') return mkUnknown(exprText(node, sc), span, last.reason ?? 'unknown');
    if (last.kind !== 'list') return fail(`${node.name}(): the argument before "..." must be a list, got ${typeName(last)}.`, node.args[node.args.length - 1]!, sc);
    args = [...args.slice(0, -1), ...last.items];
  }
  if (args.length < fn.min || args.length > fn.max) {
    const expected = fn.min === fn.max ? `${fn.min}` : fn.max === Infinity ? `at least ${fn.min}` : `${fn.min} to ${fn.max}`;
    return fail(`${node.name}(): ${expected} argument${fn.max === 1 ? '' : 's'} expected, got ${args.length}.`, node, sc);
  }
  const c: Call = { node, sc, span };
  if (fn.unknowns !== 'partial') {
    for (const a of args) {
      if (fn.unknowns === 'strict' ? hasTopUnknown(a) : !isWhollyKnown(a)) return unknownResult(c, a);
    }
  }
  return fn.impl(args, c);
}

/** Names of the implemented functions (for tests and the unresolved report). */
export function functionNames(): string[] {
  return [...fns.keys(), 'try', 'can'].sort(compareStrings);
}

setFunctionCaller(callFunction);
