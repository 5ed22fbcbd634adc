/**
 * JIT warm-up for scans of many files (`warmUpBicepParser()`), run once per process. V8 optimizes the lexer and parser after the first few files;
 * a branch it has never seen run (an escape, a rare operator, a type expression, an error) then throws the optimized
 * code away, and the big scanning and parsing functions get compiled again, several times over a scan. Running every
 * branch on small texts first costs a few milliseconds and saves far more on a corpus.
 */
import { lex } from './lexer.js';

export const LEXER_WARM_UP = [
  '\uFEFF// line comment\r\n/* block\ncomment */ #disable-next-line BCP001\r',
  "param p string = 'a\\n\\r\\t\\\\\\'\\$\\u{41}${x}b${ {c: 1}.c }' /* */",
  "var m = '''\nmulti\n''' + $'''\n${a}''' + $$'''$${b}${c}'''",
  'var o = a.b.?c[?0][^1]!::d ?? (e ? f : g) == h != i =~ j !~ k < l <= m > n >= o + p - q * r / s % t && u || !v',
  'x => ...y | z @w [] , ; 123 ~ & § $ #bogus',
  "'a${b\n'unterminated\n'''unterminated",
].join('\n');

/** Texts ending right after punctuation or quotes: reads one past the end take another path in optimized code. */
const LEXER_WARM_UP_ENDS = ['a}', "'''a'''", "$'''a${b}'''", '#', 'a.', "'a'", 'a/'];

/** Every declaration, expression and type form, plus a few errors and their recovery. */
export const PARSER_WARM_UP = `targetScope = 'subscription'
metadata info = { a: 1 }
import { a, b as c, 'd-e' as f } from './x.bicep'
import * as ns from 'y.bicep'
extension az
extension 'br:x/y:1' with {
  k: 'v'
} as ext
@description('d')
@sys.secure()
@allowed([
  'a'
])
param p1 string = 'x'
param p2 int?
param p3 resource 'A/b@1'
param p4
  | 'a'
  | 'b'
var v1 int = -1
var v2 = [for (x, i) in range(0, 3): if (i > 0) { k: x }]
var v3 = [
  for x in y: x
]
var v4 = cond
  ? map(xs, x => x.?a[?0][^1]!)
  : filter(xs, (a, b) => a == b && a != b || !a ?? b)
var v5 = { ...o, 'k\${x}': 1, k2: [1, 'two', true, false, null, ...a], k3: (1 + 2) * 3 / 4 % 5 - 6 }
var v6 = $'''
\${a}'''
var v7 = a =~ b || a !~ c && a < b && a <= b && a > b && a >= b
@export()
type t1 = {
  @minLength(1)
  a: string?
  'b': int[]
  c: ('x' | -1 | !true | null)[]
  *: object
}
type t2 = [
  @description('x')
  string
  int
]
type t3 = t1.a
type t4 = t2[0]
type t5 = t1.*
type t6 = t5[*]
type t7 = resourceInput<'A/b@1'>.name
type t8 = sys.resourceOutput<'A/b@1'>
type t9 = t8!
func f1(a string, b int) string => '\${a}\${b}'
@batchSize(1)
resource r1 'A/b@1' = [for x in xs: {
  name: x
  @description('c')
  resource c1 'c' = {
    name: 'c'
  }
}]
resource r2 'A/b@1' existing = {
  name: r1[0]::c1.name
}
resource r3 'A/b@1' =
  if (a) {
  scope: r2
}
module m1 'm.bicep' = {
  name: 'm'
  params: { a: az.resourceGroup().id }
}
module m2 'br/public:x:1' = [for i in range(0, 2): if (true) {}]
output o1 string = m1.outputs.x
output o2 resource 'A/b@1' = r2
test t 'x.bicep' = {}
assert a1 = true
var bad1 =
var bad2 = [1 2, )
var bad3 = { a: 1 b }
var bad4 = (
param bad5 string: 'x'
type bad6 = 'a\${b}'
@secure
param bad7 string
var ok = 1 var bad8 = 2
var bad9 = {
  a: 1
param after string
`;

export const BICEPPARAM_WARM_UP = `using './main.bicep'
extends './base.bicepparam'
import { t } from './t.bicep'
param a = 'x'
var b = a
extensionConfig k with {
  x: 1
}
resource bad 'A/b@1' = {}
using none
`;

let warmed = false;

/** Runs the lexer and `parse` over the warm-up texts, once per process. */
export function warmUp(parse: (text: string, file: string) => unknown): void {
  if (warmed) return;
  warmed = true;
  // Enough runs for V8 to allocate feedback vectors (it does so lazily, after several calls) and record every branch.
  for (let i = 0; i < 16; i++) {
    lex(LEXER_WARM_UP, []);
    for (const text of LEXER_WARM_UP_ENDS) lex(text, []);
  }
  for (let i = 0; i < 8; i++) {
    parse(PARSER_WARM_UP, 'warm-up.bicep');
    parse(BICEPPARAM_WARM_UP, 'warm-up.bicepparam');
  }
}
