/**
 * fast-check arbitraries that write valid documents of each input format as source text. They cover the syntax
 * the scanners meet in practice (nested values, strings with any character, interpolation, operators, loops),
 * not every corner of each grammar.
 */
import fc from 'fast-check';

const IDENTIFIERS = ['a', 'b', 'name', 'role_arn', 'policy', 'x1', 'items', 'value'];
const identifier = fc.constantFrom(...IDENTIFIERS);
/** Any text: printable ASCII, full Unicode (astral planes, controls) and the characters each syntax escapes. */
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.stringMatching(/^[\\"'$%{}\n\t\r]{0,6}$/),
);

// ---------------------------------------------------------------------------------------------------------------
// HCL

function hclQuoted(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const code = c.charCodeAt(0);
    if (c === '\\' || c === '"') out += `\\${c}`;
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if ((c === '$' || c === '%') && s[i + 1] === '{') out += c + c;
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += c;
  }
  return `"${out}"`;
}

const hclTraversal = fc
  .tuple(fc.constantFrom('var', 'local', 'aws_iam_role', 'each', 'x1'), fc.array(fc.oneof(identifier.map((n) => `.${n}`), fc.nat(9).map((n) => `[${n}]`)), { maxLength: 3 }))
  .map(([root, steps]) => root + steps.join(''));

const hclExpr: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('true', 'false', 'null'),
    fc.nat().map(String),
    fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }).map(String),
    text.map(hclQuoted),
    fc.tuple(text, hclTraversal, text).map(([a, t, b]) => `${hclQuoted(a).slice(0, -1)}\${${t}}${hclQuoted(b).slice(1)}`),
    hclTraversal,
    fc.array(tie('expr'), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
    fc.uniqueArray(fc.tuple(fc.oneof(identifier, text.map(hclQuoted)), tie('expr')), { maxLength: 4, selector: ([k]) => k }).map((kv) => `{${kv.map(([k, v]) => `${k} = ${v}`).join('\n')}}`),
    fc.tuple(fc.constantFrom('jsonencode', 'concat', 'merge', 'lookup', 'format'), fc.array(tie('expr'), { maxLength: 3 })).map(([f, args]) => `${f}(${args.join(', ')})`),
    fc.tuple(tie('expr'), fc.constantFrom('||', '&&', '==', '!=', '<', '>=', '+', '-', '*', '/', '%'), tie('expr')).map(([l, op, r]) => `(${l} ${op} ${r})`),
    fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([c, t, e]) => `(${c} ? ${t} : ${e})`),
    fc.tuple(fc.constantFrom('!', '-'), tie('expr')).map(([op, e]) => `${op}(${e})`),
    fc.tuple(identifier, tie('expr'), tie('expr')).map(([v, c, e]) => `[for ${v} in ${c} : ${e}]`),
    fc.tuple(identifier, tie('expr'), tie('expr'), tie('expr')).map(([v, c, k, e]) => `{for i, ${v} in ${c} : ${k} => ${e} if ${v} != null}`),
    fc.tuple(hclTraversal, identifier).map(([t, n]) => `${t}[*].${n}`),
  ),
})).expr;

const hclBody: fc.Arbitrary<string> = fc.letrec<{ body: string }>((tie) => ({
  body: fc
    .uniqueArray(
      fc.oneof(
        { depthSize: 'small' },
        fc.tuple(identifier, hclExpr).map(([n, e]) => ({ name: n, source: `${n} = ${e}\n` })),
        fc.tuple(fc.constantFrom('resource', 'data', 'locals', 'statement', 'dynamic'), fc.array(text.map(hclQuoted), { maxLength: 2 }), tie('body')).map(([t, labels, b]) => ({ name: '', source: `${t} ${labels.join(' ')} {\n${b}}\n` })),
      ),
      // An attribute name appears once per body (a second one is an error); blocks repeat freely.
      { maxLength: 5, selector: (item) => item.name || item, comparator: 'SameValue' },
    )
    .map((items) => items.map((i) => i.source).join('')),
})).body;

/** A Terraform file in native syntax. */
export const hclDocument = hclBody;

// ---------------------------------------------------------------------------------------------------------------
// JSON data (CloudFormation, plans, Terraform JSON)

export const jsonData: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(text.filter((k) => k !== '__proto__'), tie('value'), { maxKeys: 4 }),
  ),
})).value;

const logicalId = fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,12}$/);

/** A CloudFormation template as data: resources whose properties are any JSON. */
export const cfnTemplateData = fc.dictionary(logicalId, fc.record({ Type: fc.constantFrom('AWS::IAM::Role', 'AWS::IAM::Policy', 'AWS::S3::Bucket', 'Custom::Thing'), Properties: fc.dictionary(logicalId, jsonData, { maxKeys: 4 }) }), { minKeys: 1, maxKeys: 4 }).map(
  (resources) => ({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources }),
);

/** A Terraform plan as data: resource_changes with before/after values. */
export const planData = fc
  .array(
    fc.record({
      type: fc.constantFrom('aws_iam_role', 'aws_iam_policy', 'azurerm_role_assignment'),
      name: identifier,
      index: fc.option(fc.oneof(fc.nat(5), identifier), { nil: undefined }),
      actions: fc.subarray(['create', 'update', 'delete', 'no-op'] as const, { minLength: 1 }),
      before: jsonData,
      after: fc.dictionary(identifier, jsonData, { maxKeys: 4 }),
    }),
    { maxLength: 4 },
  )
  .map((changes) => ({
    format_version: '1.2',
    resource_changes: changes.map((c) => ({
      address: `${c.type}.${c.name}${c.index === undefined ? '' : `[${JSON.stringify(c.index)}]`}`,
      mode: 'managed',
      type: c.type,
      name: c.name,
      ...(c.index === undefined ? {} : { index: c.index }),
      change: { actions: c.actions, before: c.before, after: c.after },
    })),
  }));

// ---------------------------------------------------------------------------------------------------------------
// Bicep

function bicepQuoted(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' || c === "'") out += `\\${c}`;
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (c === '$' && s[i + 1] === '{') out += '\\$';
    else out += c;
  }
  return `'${out}'`;
}

const bicepRef = fc.tuple(identifier, fc.array(fc.oneof(identifier.map((n) => `.${n}`), fc.nat(9).map((n) => `[${n}]`)), { maxLength: 3 })).map(([r, s]) => r + s.join(''));

const bicepExpr: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('true', 'false', 'null'),
    fc.nat().map(String),
    text.map(bicepQuoted),
    fc.tuple(text, bicepRef, text).map(([a, r, b]) => `${bicepQuoted(a).slice(0, -1)}\${${r}}${bicepQuoted(b).slice(1)}`),
    bicepRef,
    fc.array(tie('expr'), { maxLength: 4 }).map((items) => `[\n${items.join('\n')}\n]`),
    fc.uniqueArray(fc.tuple(fc.oneof(identifier, text.map(bicepQuoted)), tie('expr')), { maxLength: 4, selector: ([k]) => k }).map((kv) => `{\n${kv.map(([k, v]) => `${k}: ${v}`).join('\n')}\n}`),
    fc.tuple(fc.constantFrom('concat', 'union', 'guid', 'resourceId', 'subscriptionResourceId'), fc.array(tie('expr'), { maxLength: 3 })).map(([f, args]) => `${f}(${args.join(', ')})`),
    fc.tuple(tie('expr'), fc.constantFrom('||', '&&', '??', '==', '!=', '=~', '<', '>=', '+', '-', '*', '/', '%'), tie('expr')).map(([l, op, r]) => `(${l} ${op} ${r})`),
    fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([c, t, e]) => `(${c} ? ${t} : ${e})`),
    fc.tuple(fc.constantFrom('!', '-'), tie('expr')).map(([op, e]) => `${op}(${e})`),
    fc.tuple(identifier, tie('expr'), tie('expr')).map(([v, c, e]) => `[for (${v}, i) in ${c}: ${e}]`),
  ),
})).expr;

const bicepStatement = fc.oneof(
  fc.tuple(identifier, fc.constantFrom('string', 'int', 'bool', 'object', 'array'), fc.option(bicepExpr, { nil: undefined })).map(
    ([n, t, v]) => `@description(${bicepQuoted(n)})\nparam ${n} ${t}${v === undefined ? '' : ` = ${v}`}`,
  ),
  fc.tuple(identifier, bicepExpr).map(([n, v]) => `var ${n} = ${v}`),
  fc.tuple(identifier, fc.constantFrom('Microsoft.Authorization/roleAssignments@2022-04-01', 'Microsoft.Storage/storageAccounts@2023-01-01'), fc.boolean(), bicepExpr).map(
    ([n, t, existing, v]) => `resource ${n} '${t}'${existing ? ' existing' : ''} = ${v.startsWith('{') || v.startsWith('[for') ? v : `{\nname: ${v}\n}`}`,
  ),
  fc.tuple(identifier, bicepExpr).map(([n, v]) => `output ${n} string = ${v}`),
);

/** A Bicep file: declarations one per line. */
export const bicepDocument = fc.array(bicepStatement, { maxLength: 5 }).map((s) => s.join('\n') + '\n');
