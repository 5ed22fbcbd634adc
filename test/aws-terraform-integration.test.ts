/** End to end on Terraform text: HCL parser → evaluator → AWS extraction. */
import { describe, expect, it } from 'vitest';
import type { Grant } from '../src/model/grant.js';
import { evaluateTerraform } from '../src/evaluate/terraform/index.js';
import { extractAwsFromTerraform } from '../src/extract/aws/terraform.js';

function extract(files: Record<string, string>) {
  const list = Object.entries(files).map(([p, text]) => ({ absPath: `/repo/${p}`, path: p, text }));
  const all = new Map(list.map((f) => [f.path, f]));
  const evaluation = evaluateTerraform(list, all, { root: '/repo', varFiles: [], vars: {}, parameters: {}, parameterFiles: [], debug: false });
  return { evaluation, ...extractAwsFromTerraform(evaluation.resources) };
}

const at = (g: Grant) => `${g.source.file}:${g.source.line}:${g.source.column}-${g.source.endLine}:${g.source.endColumn} ${g.source.address}`;

const MAIN = `resource "aws_iam_role" "deploy" {
  name = "deploy"
  assume_role_policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Service": "lambda.amazonaws.com" },
      "Action": "sts:AssumeRole"
    }
  ]
}
EOF
}

data "aws_iam_policy_document" "read" {
  statement {
    sid       = "Read"
    actions   = ["s3:GetObject", "s3:ListBuckets"]
    resources = ["\${aws_s3_bucket.site.arn}/*"]
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalAccount"
      values   = [var.account_id]
    }
  }
}

resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}

resource "aws_iam_role_policy" "read" {
  name   = "read"
  role   = aws_iam_role.deploy.id
  policy = data.aws_iam_policy_document.read.json
}

resource "aws_iam_policy" "pass" {
  name = "pass-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["iam:PassRole"]
        Resource = "*"
      },
    ]
  })
}

resource "aws_iam_role_policy_attachment" "pass" {
  role       = aws_iam_role.deploy.name
  policy_arn = aws_iam_policy.pass.arn
}

resource "aws_iam_role_policy_attachment" "admin" {
  role       = aws_iam_role.deploy.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "\${aws_s3_bucket.site.arn}/*"
    }]
  })
}

variable "account_id" {}
`;

describe('Terraform text to AWS grants', () => {
  const { grants, errors, unresolved, evaluation } = extract({ 'iam/main.tf': MAIN });

  it('evaluates without errors', () => {
    expect(evaluation.errors).toEqual([]);
    expect(errors).toEqual([]);
    expect(unresolved).toEqual([]);
  });

  it('locates every grant at its statement', () => {
    expect(grants.map((g) => [g.kind, g.principal.type, g.principal.name, g.actions.join(' '), at(g)])).toEqual([
      ['trust-policy', 'service', 'lambda.amazonaws.com', 'sts:AssumeRole', 'iam/main.tf:7:5-11:6 aws_iam_role.deploy'],
      ['identity-policy', 'role', 'deploy', 's3:GetObject s3:ListBuckets', 'iam/main.tf:18:3-27:4 aws_iam_role_policy.read'],
      ['identity-policy', 'role', 'deploy', 'iam:PassRole', 'iam/main.tf:45:7-49:8 aws_iam_policy.pass'],
      ['identity-policy', 'role', 'deploy', '*', 'iam/main.tf:61:16-61:61 aws_iam_role_policy_attachment.admin'],
      ['resource-policy', 'public', '*', 's3:GetObject', 'iam/main.tf:67:18-72:6 aws_s3_bucket_policy.site'],
    ]);
  });

  it('keeps conditions, unresolved variables and unknown actions', () => {
    const read = grants[1]!;
    expect(read.conditions).toEqual({ StringEquals: { 'aws:PrincipalAccount': ['${var.account_id}'] } });
    expect(read.unresolved).toEqual(['var.account_id']);
    expect(read.resources).toEqual(['${aws_s3_bucket.site.arn}/*']);
    expect(read.details).toMatchObject({ sid: 'Read', policy: 'read', attachedTo: 'deploy', unknownActions: ['s3:ListBuckets'], policyDocument: 'data.aws_iam_policy_document.read' });
    expect(grants[2]!.details).toMatchObject({ attachment: 'aws_iam_role_policy_attachment.pass', policy: 'pass-role' });
    expect(grants[3]!.role).toBe('arn:aws:iam::aws:policy/AdministratorAccess');
    expect(grants[4]!.details).toMatchObject({ attachedTo: 'acme-site', resourceAddress: 'aws_s3_bucket.site' });
  });

  it('gives stable ids that do not depend on line numbers', () => {
    const shifted = extract({ 'iam/main.tf': '\n\n' + MAIN });
    expect(shifted.grants.map((g) => g.id)).toEqual(grants.map((g) => g.id));
    expect(shifted.grants[0]!.source.line).toBe(9);
  });
});

describe('Terraform edge cases', () => {
  it('reports invalid JSON in a heredoc at its file position', () => {
    const { grants, errors } = extract({
      'main.tf': `resource "aws_iam_user_policy" "u" {
  user   = "bob"
  policy = <<POLICY
{
  "Statement": [
    { "Effect": "Allow", "Action": "s3:*" "Resource": "*" }
  ]
}
POLICY
}
`,
    });
    expect(grants).toEqual([]);
    expect(errors).toEqual([{ file: 'main.tf', line: 6, column: 43, message: 'invalid policy JSON: expected \',\' or \'}\' after a property value, found \'"\'', code: 'parse' }]);
  });

  it('maps lines (not columns) of indented heredocs, whose stripped indent is not known', () => {
    const { grants } = extract({
      'main.tf': `resource "aws_iam_role" "r" {
  name = "r"
  assume_role_policy = <<-EOT
    {
      "Statement": [
        {
          "Effect": "Allow",
          "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
          "Action": "sts:AssumeRole"
        }
      ]
    }
  EOT
}
`,
    });
    expect(grants.map((g) => [g.principal, g.source.line, g.source.endLine])).toEqual([[{ type: 'account', name: 'arn:aws:iam::111122223333:root' }, 6, 10]]);
  });

  it('follows references across a local module and group memberships', () => {
    const { grants, unresolved } = extract({
      'main.tf': `module "ci" {
  source = "./modules/ci"
  name   = "ci"
}

resource "aws_iam_group" "ops" {
  name = "ops"
}

resource "aws_iam_user" "bob" {
  name = "bob"
}

resource "aws_iam_user_group_membership" "bob" {
  user   = aws_iam_user.bob.name
  groups = [aws_iam_group.ops.name]
}

resource "aws_iam_group_policy_attachment" "ops" {
  group      = aws_iam_group.ops.name
  policy_arn = "arn:aws:iam::aws:policy/PowerUserAccess"
}

resource "aws_iam_access_key" "bob" {
  user = aws_iam_user.bob.name
}
`,
      'modules/ci/main.tf': `variable "name" {}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:acme/*"]
    }
  }
}

resource "aws_iam_role" "this" {
  name               = var.name
  assume_role_policy = data.aws_iam_policy_document.trust.json
}
`,
    });
    expect(unresolved).toEqual([]);
    expect(grants.map((g) => [g.kind, g.principal.type, g.principal.name, g.role ?? '', g.source.address, g.source.line])).toEqual([
      ['membership', 'user', 'bob', 'ops', 'aws_iam_user_group_membership.bob', 14],
      ['identity-policy', 'group', 'ops', 'arn:aws:iam::aws:policy/PowerUserAccess', 'aws_iam_group_policy_attachment.ops', 21],
      ['credential', 'user', 'bob', '', 'aws_iam_access_key.bob', 24],
      ['trust-policy', 'federated', 'token.actions.githubusercontent.com', '', 'module.ci.aws_iam_role.this', 4],
    ]);
    expect(grants[1]!.notActions).toEqual(['iam:*', 'organizations:*', 'account:*']);
    expect(grants[1]!.details).toMatchObject({ members: ['bob'], managedPolicyLevel: 'admin' });
    expect(grants[3]!.source.file).toBe('modules/ci/main.tf');
    expect(grants[3]!.conditions).toEqual({ StringLike: { 'token.actions.githubusercontent.com:sub': ['repo:acme/*'] } });
    expect(grants[3]!.details).toMatchObject({ attachedTo: 'ci', trustedBy: 'sts:AssumeRoleWithWebIdentity' });
  });
});
