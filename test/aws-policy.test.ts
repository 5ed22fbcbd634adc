import { describe, expect, it } from 'vitest';
import type { SourceSpan } from '../src/model/span.js';
import type { ObjectValue, StringValue, Value } from '../src/evaluate/value.js';
import { fromPlain } from '../src/evaluate/value.js';
import { classifyPrincipal, grantsFromPolicyDocument, parsePolicyDocument, type PolicyGrantContext } from '../src/extract/aws/policy.js';
import { parseJsonWithPositions, positionMapperFor } from '../src/extract/aws/policy-json.js';

const FILE = 'iam/main.tf';
const span = (line: number, column: number, endLine: number, endColumn: number): SourceSpan => ({ file: FILE, line, column, endLine, endColumn });

/** A heredoc `<<EOF` starting at (line, column): its body is the given lines, the marker on the line after. */
function heredoc(line: number, column: number, body: string[], unknowns?: string[]): StringValue {
  const v: StringValue = { kind: 'string', value: body.map((l) => l + '\n').join(''), span: span(line, column, line + body.length + 1, 4) };
  if (unknowns) v.unknowns = unknowns;
  return v;
}

const trustCtx: PolicyGrantContext = {
  kind: 'trust-policy',
  format: 'terraform',
  address: 'aws_iam_role.deploy',
  fallbackSpan: span(3, 3, 14, 4),
  attachedTo: 'deploy',
  policyName: 'deploy trust policy',
};

describe('policy JSON in a heredoc', () => {
  // Lines 4-13 of the file; `assume_role_policy = <<EOF` is on line 3 at column 24.
  const body = [
    '{',
    '  "Version": "2012-10-17",',
    '  "Statement": [',
    '    {',
    '      "Effect": "Allow",',
    '      "Principal": {"Service": "lambda.amazonaws.com"},',
    '      "Action": "sts:AssumeRole"',
    '    }',
    '  ]',
    '}',
  ];

  it('maps statement spans to the statement braces in the file', () => {
    const { grants, errors, unresolved } = grantsFromPolicyDocument(heredoc(3, 24, body), trustCtx);
    expect(errors).toEqual([]);
    expect(unresolved).toEqual([]);
    expect(grants).toHaveLength(1);
    const g = grants[0]!;
    expect(g.source).toEqual({ file: FILE, line: 7, column: 5, endLine: 11, endColumn: 6, address: 'aws_iam_role.deploy', format: 'terraform' });
    expect(g.kind).toBe('trust-policy');
    expect(g.principal).toEqual({ type: 'service', name: 'lambda.amazonaws.com' });
    expect(g.actions).toEqual(['sts:AssumeRole']);
    expect(g.details).toEqual({ statementIndex: 0, policy: 'deploy trust policy', attachedTo: 'deploy', trustedBy: 'sts:AssumeRole', policyVersion: '2012-10-17' });
    expect(g.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('reports invalid JSON at its line and column', () => {
    const broken = [...body];
    broken[4] = '      "Effect": "Allow"'; // missing comma
    const { grants, errors } = grantsFromPolicyDocument(heredoc(3, 24, broken), trustCtx);
    expect(grants).toEqual([]);
    expect(errors).toEqual([
      { file: FILE, line: 9, column: 7, message: "invalid policy JSON: expected ',' or '}' after a property value, found '\"'", code: 'parse' },
    ]);
  });

  it('accepts unevaluated interpolations as values and inside strings', () => {
    const text = [
      '{',
      '  "Statement": [{',
      '    "Effect": "Allow",',
      '    "Action": ["s3:GetObject"],',
      '    "Resource": ["${aws_s3_bucket.b.arn}/*", ${jsonencode(var.extra)}]',
      '  }]',
      '}',
    ];
    const parsed = parsePolicyDocument(heredoc(20, 12, text, ['aws_s3_bucket.b.arn', 'jsonencode(var.extra)']), trustCtx.fallbackSpan);
    expect(parsed.errors).toEqual([]);
    expect(parsed.statements).toHaveLength(1);
    const s = parsed.statements[0]!;
    expect(s.resources).toEqual(['${aws_s3_bucket.b.arn}/*', '${jsonencode(var.extra)}']);
    expect(s.unresolved).toEqual([{ expr: 'aws_s3_bucket.b.arn' }, { expr: 'jsonencode(var.extra)' }]);
    expect(s.span).toEqual(span(22, 17, 26, 4));
  });
});

describe('position mapping', () => {
  it('maps a quoted one-line string after its opening quote', () => {
    const v: StringValue = { kind: 'string', value: '{"a": 1}', span: span(5, 12, 5, 22) };
    const map = positionMapperFor(v);
    expect(map(0)).toEqual({ line: 5, column: 13 });
    expect(map(6)).toEqual({ line: 5, column: 19 });
  });

  it('maps a rendered file from its first character', () => {
    const v: StringValue = { kind: 'string', value: '{\n  "a": 1\n}', span: { file: 'policy.json', line: 1, column: 1, endLine: 3, endColumn: 2 } };
    const map = positionMapperFor(v);
    expect(map(4)).toEqual({ line: 2, column: 3 });
  });

  it('refuses layouts it cannot map (compact jsonencode output over a multi-line call)', () => {
    const v: StringValue = { kind: 'string', value: '{"Statement":[]}', span: span(3, 12, 9, 4) };
    expect(positionMapperFor(v)(2)).toBeUndefined();
    const parsed = parseJsonWithPositions(v.value, positionMapperFor(v), v.span!);
    expect(parsed.value?.span).toEqual(v.span);
  });

  it('locates errors at the end of the text', () => {
    const v: StringValue = { kind: 'string', value: '{"Statement": [', span: span(5, 12, 5, 29) };
    expect(parseJsonWithPositions(v.value, positionMapperFor(v), v.span!).error).toEqual({
      message: 'invalid policy JSON: expected a JSON value, found end of text',
      line: 5,
      column: 28,
    });
  });
});

describe('policy documents as objects', () => {
  const obj = (entries: Record<string, Value>, s?: SourceSpan): ObjectValue => ({ kind: 'object', entries: new Map(Object.entries(entries)), ...(s ? { span: s } : {}) });
  const s = (value: string): StringValue => ({ kind: 'string', value });
  const list = (...items: Value[]): Value => ({ kind: 'list', items });

  it('normalizes every element and keeps statement spans', () => {
    const statement = obj(
      {
        Sid: s('ReadBucket'),
        Effect: s('Deny'),
        NotAction: list(s('s3:Get*')),
        NotResource: s('arn:aws:s3:::b/*'),
        NotPrincipal: obj({ AWS: list(s('arn:aws:iam::123456789012:root'), s('123456789012')), CanonicalUser: s('79a59df900b949e55d96a1e698fbaced') }),
        Condition: obj({ Bool: obj({ 'aws:SecureTransport': { kind: 'bool', value: false } }), NumericLessThan: obj({ 's3:TlsVersion': { kind: 'number', value: 1.2 } }) }),
      },
      span(8, 5, 20, 6),
    );
    const parsed = parsePolicyDocument(obj({ Version: s('2012-10-17'), Statement: statement }, span(6, 12, 22, 5)), span(6, 3, 22, 5));
    expect(parsed.version).toBe('2012-10-17');
    expect(parsed.statements).toEqual([
      {
        index: 0,
        sid: 'ReadBucket',
        effect: 'deny',
        actions: [],
        notActions: ['s3:Get*'],
        resources: [],
        notResources: ['arn:aws:s3:::b/*'],
        notPrincipals: [
          { key: 'AWS', value: 'arn:aws:iam::123456789012:root' },
          { key: 'AWS', value: '123456789012' },
          { key: 'CanonicalUser', value: '79a59df900b949e55d96a1e698fbaced' },
        ],
        conditions: { Bool: { 'aws:SecureTransport': ['false'] }, NumericLessThan: { 's3:TlsVersion': ['1.2'] } },
        unresolved: [],
        malformed: [],
        span: span(8, 5, 20, 6),
      },
    ]);
  });

  it('gives one grant per principal, and NotPrincipal as everyone-except', () => {
    const doc = fromPlain({
      Statement: [
        { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::111122223333:root', 'arn:aws:iam::111122223333:role/ci'] }, Action: 'sqs:SendMessage', Resource: '*' },
        { Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:user/admin' }, Action: 'sqs:*', Resource: '*' },
        { Effect: 'Allow', Principal: '*', Action: 'sqs:ReceiveMessage', Resource: '*', Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } },
      ],
    }, span(30, 12, 40, 3));
    const ctx: PolicyGrantContext = { kind: 'resource-policy', format: 'terraform', address: 'aws_sqs_queue_policy.q', fallbackSpan: span(30, 3, 40, 3), attachedTo: 'jobs' };
    const { grants } = grantsFromPolicyDocument(doc, ctx);
    expect(grants.map((g) => [g.principal, g.actions, g.details?.notPrincipals, g.conditions])).toEqual([
      [{ type: 'account', name: 'arn:aws:iam::111122223333:root' }, ['sqs:SendMessage'], undefined, {}],
      [{ type: 'role', name: 'arn:aws:iam::111122223333:role/ci' }, ['sqs:SendMessage'], undefined, {}],
      [{ type: 'public', name: '*' }, ['sqs:*'], ['arn:aws:iam::111122223333:user/admin'], {}],
      [{ type: 'public', name: '*' }, ['sqs:ReceiveMessage'], undefined, { StringEquals: { 'aws:SourceAccount': ['111122223333'] } }],
    ]);
    expect(new Set(grants.map((g) => g.id)).size).toBe(4);
    expect(grants.every((g) => g.details?.attachedTo === 'jobs')).toBe(true);
  });

  it('uses the pre-encoding value of a jsonencode result for spans', () => {
    const source = obj({ Statement: list(obj({ Effect: s('Allow'), Action: s('s3:ListAllMyBuckets'), Resource: s('*') }, span(12, 7, 16, 8))) }, span(10, 21, 18, 5));
    const encoded = { kind: 'string', value: '{"Statement":[{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"*"}]}', span: span(10, 12, 18, 6), source } as StringValue;
    const { grants } = grantsFromPolicyDocument(encoded, { kind: 'identity-policy', format: 'terraform', address: 'aws_iam_policy.p', fallbackSpan: span(10, 3, 18, 6), principals: [] });
    expect(grants).toHaveLength(1);
    expect(grants[0]!.source).toEqual({ ...span(12, 7, 16, 8), address: 'aws_iam_policy.p', format: 'terraform' });
    expect(grants[0]!.principal).toEqual({ type: 'unknown', name: '(unattached)' });
  });

  it('records malformed statements and unknown actions without failing', () => {
    const doc = fromPlain({
      Statement: [
        { effect: 'allow', Action: ['s3:GetObjcet', 'iam:PassRole'], NotAction: 'ec2:*', Resource: '*', Principal: '*', Foo: 1 },
      ],
    }, span(1, 1, 1, 2));
    const { grants } = grantsFromPolicyDocument(doc, { kind: 'identity-policy', format: 'terraform', fallbackSpan: span(1, 1, 1, 2), principals: [{ type: 'role', name: 'ci', address: 'aws_iam_role.ci' }] });
    expect(grants).toHaveLength(1);
    expect(grants[0]!.effect).toBe('allow');
    expect(grants[0]!.details).toEqual({
      statementIndex: 0,
      attachedTo: 'ci',
      policyVersion: null,
      unknownActions: ['s3:GetObjcet'],
      malformed: [
        'element "effect" must be spelled "Effect"',
        'unknown statement element "Foo"',
        'Effect "allow" must be "Allow" or "Deny"',
        'Action and NotAction in one statement',
        'Principal in an identity policy',
      ],
    });
  });

  it('reports unevaluated documents and statements as unresolved items', () => {
    const fallback = span(4, 3, 4, 30);
    const whole = parsePolicyDocument({ kind: 'unknown', expr: 'var.policy', reason: 'input-variable', span: span(4, 12, 4, 22) }, fallback);
    expect(whole.unresolved).toEqual([{ span: span(4, 12, 4, 22), expr: 'var.policy', reason: 'input-variable' }]);
    const partly = parsePolicyDocument(obj({ Statement: list({ kind: 'unknown', expr: 'local.statement' }) }), fallback);
    expect(partly.unresolved).toEqual([{ span: fallback, expr: 'local.statement', reason: 'statement could not be evaluated' }]);
    const missing = parsePolicyDocument(obj({ Version: s('2012-10-17') }, span(4, 12, 4, 40)), fallback);
    expect(missing.errors).toEqual([{ file: FILE, line: 4, column: 12, message: 'invalid policy document: missing Statement element', code: 'parse' }]);
    const notObject = parsePolicyDocument({ kind: 'string', value: '[1]', span: span(4, 12, 4, 17) }, fallback);
    expect(notObject.errors).toEqual([{ file: FILE, line: 4, column: 13, message: 'invalid policy document: expected a JSON object with a Statement element', code: 'parse' }]);
  });
});

describe('classifyPrincipal', () => {
  it.each([
    ['*', '*', { type: 'public', name: '*' }],
    ['AWS', '*', { type: 'public', name: '*' }],
    ['AWS', '123456789012', { type: 'account', name: '123456789012' }],
    ['AWS', 'arn:aws:iam::123456789012:root', { type: 'account', name: 'arn:aws:iam::123456789012:root' }],
    ['AWS', 'arn:aws:iam::*:root', { type: 'public', name: 'arn:aws:iam::*:root' }],
    ['AWS', 'arn:aws:iam::123456789012:role/path/ci', { type: 'role', name: 'arn:aws:iam::123456789012:role/path/ci' }],
    ['AWS', 'arn:aws:sts::123456789012:assumed-role/ci/session', { type: 'role', name: 'arn:aws:sts::123456789012:assumed-role/ci/session' }],
    ['AWS', 'arn:aws-cn:iam::123456789012:user/bob', { type: 'user', name: 'arn:aws-cn:iam::123456789012:user/bob' }],
    ['AWS', '${var.principal}', { type: 'unknown', name: '${var.principal}' }],
    ['Service', 'ec2.amazonaws.com', { type: 'service', name: 'ec2.amazonaws.com' }],
    ['Federated', 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com', { type: 'federated', name: 'token.actions.githubusercontent.com' }],
    ['Federated', 'arn:aws:iam::123456789012:saml-provider/okta', { type: 'federated', name: 'arn:aws:iam::123456789012:saml-provider/okta' }],
    ['Federated', 'cognito-identity.amazonaws.com', { type: 'federated', name: 'cognito-identity.amazonaws.com' }],
    ['CanonicalUser', 'abc123', { type: 'account', name: 'abc123' }],
  ])('%s %s', (key, value, expected) => {
    expect(classifyPrincipal({ key, value })).toEqual(expected);
  });
});

describe('malformed input never throws', () => {
  const ctx: PolicyGrantContext = { kind: 'resource-policy', format: 'terraform', fallbackSpan: span(1, 1, 1, 10) };
  it.each([
    ['{"Statement": "x"}', 'invalid policy document: Statement 0 must be an object'],
    ['{"Statement": [1, null]}', 'invalid policy document: Statement 0 must be an object'],
    ['{"Statement": [{"Effect": "Allow", "Action": "s3:*", "Principal": {"AWS": "x"}, "Resource": "*", "Sid": "ab}', 'invalid policy JSON: expected \'"\' to close the string, found \'"\''],
    ['{"Statement": ${var.statements', 'invalid policy JSON: expected \'}\' to close the interpolation, found \'$\''],
    ['{"a": 1,}', 'invalid policy JSON: expected a property name in double quotes, found \'}\''],
    ['{"a": tru}', "invalid policy JSON: expected a JSON value, found 't'"],
    ['{"a": "\\q"}', "invalid policy JSON: expected a valid escape sequence, found 'q'"],
    ['{} {}', "invalid policy JSON: expected end of the document, found '{'"],
  ])('%s', (text, message) => {
    const result = grantsFromPolicyDocument({ kind: 'string', value: text, span: span(1, 1, 1, text.length + 3) }, ctx);
    expect(result.grants).toEqual([]);
    expect(result.errors.map((e) => e.message)).toEqual([message]);
  });

  it('an empty policy string grants nothing and says so as unresolved, not as a parse error', () => {
    const result = grantsFromPolicyDocument({ kind: 'string', value: '  ', span: span(1, 1, 1, 5) }, ctx);
    expect(result.grants).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.unresolved.map((u) => [u.expr, u.reason, u.span.line, u.span.column])).toEqual([['""', 'empty policy document: it grants nothing', 1, 1]]);
  });

  it('reports wrong shapes inside statements as malformed', () => {
    const doc = fromPlain({ Statement: [{ Effect: 'Allow', Action: { a: 1 }, Principal: 5, Condition: 'x', Resource: [['*']] }, { Effect: 'Allow', Action: 's3:GetObject', Principal: '*', Condition: { StringEquals: 'x' } }] }, span(2, 1, 2, 5));
    const { grants, errors } = grantsFromPolicyDocument(doc, ctx);
    expect(errors).toEqual([]);
    expect(grants.map((g) => [g.principal.name, g.actions, g.resources, g.details?.malformed])).toEqual([
      [
        '(none)',
        [],
        [],
        [
          'Action must be a string or a list of strings',
          'Resource must be a string or a list of strings',
          'Condition must be an object of operators',
          'Principal must be "*" or an object such as {"AWS": ...}',
          'missing Principal in a resource policy statement',
        ],
      ],
      ['*', ['s3:GetObject'], [], ['Condition operator StringEquals must map condition keys to values']],
    ]);
  });
});
