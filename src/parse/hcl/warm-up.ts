/**
 * A sample with every construct of HCL native syntax, parsed once per process before its eighth file.
 *
 * V8 optimizes the parser's hot functions with the type feedback it has seen so far. When a construct first turns up
 * after that (the first splat, for expression or heredoc template of a scan), the optimized code is thrown away and
 * the function runs unoptimized until it is compiled again; on two cores that recompilation queue is what a cold
 * scan waits for. With every construct seen first, a cold parse of the Terraform corpus has about 20
 * deoptimizations instead of about 43 and takes 10-15% less time (ten alternated runs of each build; the cold pass of
 * `npm run bench` includes this warm-up). Only optimization choices change: the sample's trees are dropped.
 */

/** Every node type of ast.ts, both heredoc forms, template directives with strip markers, escapes, CRLF, comments. */
export const WARM_UP_SAMPLE = [
  '# line comment',
  '// line comment',
  '/* block',
  '   comment */',
  'variable "names" {',
  '  type    = list(string)',
  '  default = ["a", "b",]',
  '}',
  'locals {',
  '  n      = -1.5e3 + 2 * (3 - 1) / 4 % 5',
  '  s      = "x-${var.a}-$${lit}-%%{lit} \\"q\\" \\n \\u00e9"',
  '  cond   = var.enabled && !var.off || var.x == 1 ? "yes" : null',
  '  cmp    = [1 < 2, 2 > 1, 3 <= 3, 4 >= 4, 5 != 6, true, false]',
  '  splat  = aws_instance.web[*].id',
  '  attrs  = aws_instance.web.*.id',
  '  legacy = var.list.0',
  '  index  = var.map["key"][0].attr',
  '  list   = [for i, v in var.list : upper(v) if v != ""]',
  '  map    = { for k, v in var.map : k => v... if k != "x" }',
  '  object = { a = 1, "b" = 2, (var.k) = 3, c : 4 }',
  '  empty  = {}',
  '  call   = merge(var.a, { b = 1 }, concat([1], [2])...)',
  '  scoped = provider::aws::arn_parse("arn:aws:iam::123456789012:root")',
  '  text   = <<EOT',
  'hello ${var.name}',
  '%{ for x in var.list ~}',
  'item ${x}',
  '%{ endfor ~}',
  '%{ if var.a }yes%{ else }no%{ endif }',
  'EOT',
  '  indent = <<-EOT',
  '    indented ${var.x}',
  '      more',
  '    EOT',
  '}\r',
  'resource "aws_iam_role" "r" {',
  '  name = "r"',
  '  dynamic "inline_policy" {',
  '    for_each = var.policies',
  '    content {',
  '      name   = inline_policy.key',
  '      policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "*" }] })',
  '    }',
  '  }',
  '}',
  'data aws_iam_policy_document d { version = "2012-10-17" }',
  '',
].join('\n');

/** How often the sample is parsed: V8 gives a function its feedback slots only after it has run a little. */
const WARM_UP_PASSES = 3;

/**
 * The sample is parsed before the parse of this many files: a run over a handful of files (one file, an editor
 * buffer) does not pay for it, and V8 optimizes none of the parser's functions this early.
 */
const FILES_BEFORE_WARM_UP = 8;

let filesParsed = 0;

/** Called before each parse of a file: parses the sample with `parse` (the parser's own path) once per process. */
export function warmUpBeforeParse(parse: (text: string) => void): void {
  if (++filesParsed !== FILES_BEFORE_WARM_UP) return;
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) parse(WARM_UP_SAMPLE);
}
