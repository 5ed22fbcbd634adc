/** The suppression comment the language server inserts: comment syntax per format, target line, indentation. */
import { describe, expect, it } from 'vitest';
import { REASON_PLACEHOLDER, suppressionInsertion } from '../src/lsp/suppress.js';

const reason = `reason="${REASON_PLACEHOLDER}"`;

describe('suppressionInsertion', () => {
  it('puts a // comment above the Bicep statement (with its decorators) holding the finding', () => {
    const bicep = [
      "param principalId string",
      '',
      "@description('owner for the pipeline')",
      "resource owner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {",
      "  name: guid(principalId)",
      '  properties: {',
      "    roleDefinitionId: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635'",
      '    principalId: principalId',
      '  }',
      '}',
      '',
    ].join('\n');
    expect(suppressionInsertion('infra/main.bicep', bicep, 7, 'azure-privileged-role-assignment')).toEqual({
      line: 2,
      text: `// grantlint-ignore azure-privileged-role-assignment ${reason}\n`,
    });
  });

  it('targets the innermost HCL block or attribute, never a line inside a heredoc', () => {
    const hcl = [
      'resource "aws_iam_policy" "p" {',
      '  name   = "p"',
      '  policy = <<EOF',
      '{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}',
      'EOF',
      '}',
      '',
      'data "aws_iam_policy_document" "d" {',
      '  statement {',
      '    actions   = ["*"]',
      '    resources = ["*"]',
      '  }',
      '}',
    ].join('\r\n');
    expect(suppressionInsertion('a.tf', hcl, 4, 'aws-iam-full-admin')).toEqual({ line: 2, text: `  # grantlint-ignore aws-iam-full-admin ${reason}\r\n` });
    expect(suppressionInsertion('a.tf', hcl, 10, 'aws-iam-full-admin')).toEqual({ line: 9, text: `    # grantlint-ignore aws-iam-full-admin ${reason}\r\n` });
  });

  it('offers nothing for JSON, which has no comments', () => {
    expect(suppressionInsertion('main.tf.json', '{"resource": {}}', 1, 'aws-iam-full-admin')).toBeUndefined();
    expect(suppressionInsertion('template.json', '{"Resources": {}}', 1, 'aws-iam-full-admin')).toBeUndefined();
    expect(suppressionInsertion('stack.template', '{\n "Resources": {}}', 1, 'aws-iam-full-admin')).toBeUndefined();
  });
});
