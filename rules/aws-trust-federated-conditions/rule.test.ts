import { RuleTester } from '../../src/testing/rule-tester.js';
import { federated, service, testGrant } from '../../src/testing/grants.js';
import rule from './rule.js';

const trust = (principal: ReturnType<typeof federated>, conditions: Record<string, Record<string, string[]>>, line = 5) =>
  testGrant({ kind: 'trust-policy', principal, actions: ['sts:AssumeRoleWithWebIdentity'], conditions, details: { attachedTo: 'deploy' }, line, column: 5 });

new RuleTester().run(rule, {
  valid: [
    {
      name: 'EKS IRSA scoped to one service account',
      grants: [
        trust(federated('oidc.eks.eu-west-1.amazonaws.com/id/ABC123'), {
          StringEquals: { 'oidc.eks.eu-west-1.amazonaws.com/id/ABC123:sub': ['system:serviceaccount:payments:api'] },
        }),
      ],
    },
    {
      name: 'HCP Terraform scoped to a workspace',
      grants: [trust(federated('app.terraform.io'), { StringLike: { 'app.terraform.io:sub': ['organization:acme:project:infra:workspace:prod:run_phase:*'] } })],
    },
    {
      name: 'GitHub Actions is left to aws-trust-github-oidc-sub',
      grants: [trust(federated('token.actions.githubusercontent.com'), {})],
    },
    {
      name: 'SAML with an audience',
      grants: [trust(federated('arn:aws:iam::123456789012:saml-provider/okta'), { StringEquals: { 'SAML:aud': ['https://signin.aws.amazon.com/saml'] } })],
    },
    {
      name: 'Pod Identity scoped to a namespace',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: service('pods.eks.amazonaws.com'),
          actions: ['sts:AssumeRole', 'sts:TagSession'],
          conditions: { StringEquals: { 'aws:RequestTag/kubernetes-namespace': ['payments'] } },
          details: { attachedTo: 'deploy' },
          line: 5,
          column: 5,
        }),
      ],
    },
  ],
  invalid: [
    {
      name: 'EKS IRSA without a subject',
      grants: [trust(federated('oidc.eks.eu-west-1.amazonaws.com/id/ABC123'), { StringEquals: { 'oidc.eks.eu-west-1.amazonaws.com/id/ABC123:aud': ['sts.amazonaws.com'] } })],
      errors: [
        {
          messageId: 'missingClaim',
          data: {
            role: 'deploy',
            provider: 'EKS IRSA',
            issuer: 'oidc.eks.eu-west-1.amazonaws.com/id/ABC123',
            key: 'oidc.eks.eu-west-1.amazonaws.com/id/ABC123:sub',
            example: 'system:serviceaccount:<namespace>:<serviceaccount>',
          },
          line: 5,
          column: 5,
        },
      ],
    },
    {
      name: 'HCP Terraform accepting every workspace of any organization',
      grants: [trust(federated('app.terraform.io'), { StringLike: { 'app.terraform.io:sub': ['organization:*'] } }, 9)],
      errors: [
        {
          messageId: 'unscopedClaim',
          data: {
            role: 'deploy',
            provider: 'HCP Terraform',
            issuer: 'app.terraform.io',
            key: 'app.terraform.io:sub',
            example: 'organization:<org>:project:<project>:workspace:<ws>:run_phase:apply',
            value: 'organization:*',
          },
          line: 9,
          column: 5,
        },
      ],
    },
    {
      name: 'SAML without an audience',
      grants: [trust(federated('arn:aws:iam::123456789012:saml-provider/okta'), {})],
      errors: [{ messageId: 'missingSamlAudience', data: { role: 'deploy', issuer: 'arn:aws:iam::123456789012:saml-provider/okta' }, line: 5, column: 5, severity: 'medium' }],
    },
    {
      name: 'Pod Identity without conditions',
      grants: [testGrant({ kind: 'trust-policy', principal: service('pods.eks.amazonaws.com'), actions: ['sts:AssumeRole'], details: { attachedTo: 'deploy' }, line: 7, column: 3 })],
      errors: [{ messageId: 'podIdentityUnscoped', data: { role: 'deploy' }, line: 7, column: 3, severity: 'medium' }],
    },
    {
      name: 'an unknown OIDC issuer without any of its claims',
      grants: [trust(federated('oidc.example.com'), {})],
      errors: [
        {
          messageId: 'missingClaim',
          data: { role: 'deploy', provider: 'the OIDC provider', issuer: 'oidc.example.com', key: 'oidc.example.com:sub', example: '<the workload identifier>' },
          line: 5,
          column: 5,
        },
      ],
    },
  ],
});
