import type { Grant } from '../../src/model/grant.js';
import { defineRule } from '../../src/model/rule.js';
import { isAwsManagedPolicyGrant } from '../_shared/aws.js';
import { listForMessage } from '../_shared/text.js';

/** The policy language versions IAM knows; without a Version element it applies the old one. */
const CURRENT_VERSION = '2012-10-17';
const OLD_VERSION = '2008-10-17';

/**
 * An IAM policy variable: `${aws:username}`, `${aws:PrincipalTag/team}`, `${www.amazon.com:user_id}` (a key with a
 * service prefix and no spaces), or one of the escapes `${*}`, `${?}`, `${$}`. CloudFormation pseudo parameters left
 * unevaluated (`${AWS::AccountId}`) are not variables.
 */
const POLICY_VARIABLE = /\$\{(?:[\w.-]+:[\w/-][\w./:-]*|[*?$])\}/g;

/** The policy variables written in a grant's resources and condition values (not the expressions grantlint left unevaluated). */
function policyVariables(grant: Grant): string[] {
  const unevaluated = new Set(grant.unresolved.map((u) => '${' + u + '}'));
  const texts = [...grant.resources, ...grant.notResources, ...Object.values(grant.conditions).flatMap((byKey) => Object.values(byKey).flat())];
  return texts.flatMap((t) => t.match(POLICY_VARIABLE) ?? []).filter((v) => !unevaluated.has(v));
}

/** One key per policy document: the grants of all its statements, for every principal it reaches, share it. */
function documentKey(grant: Grant): string {
  const d = grant.details ?? {};
  return JSON.stringify([grant.kind, grant.source.file, grant.source.address ?? '', d.policy ?? '', d.policyDocument ?? '', grant.kind === 'identity-policy' ? '' : (d.attachedTo ?? '')]);
}

function statementOrder(a: Grant, b: Grant): number {
  const index = (g: Grant) => (typeof g.details?.statementIndex === 'number' ? g.details.statementIndex : 0);
  return index(a) - index(b) || a.source.line - b.source.line || a.source.column - b.source.column;
}

export default defineRule({
  meta: {
    id: 'aws-iam-policy-version',
    title: 'Policy without Version 2012-10-17',
    category: 'malformed',
    severity: 'low',
    description: 'Require AWS policy documents to state Version 2012-10-17, without which policy variables are literal text',
    docs: 'rules/aws-iam-policy-version/README.md',
    compliance: [{ framework: 'nist-800-53', control: 'CM-6' }],
    packs: ['strict'],
    messages: {
      noVersion:
        '`{{policy}}` has no `Version` element, so IAM reads it with the 2008-10-17 language, where policy variables such as `${aws:username}` are not replaced. Add `"Version": "2012-10-17"`.',
      unknownVersion:
        '`{{policy}}` states `Version` {{version}}, which is not a policy language version: IAM rejects the document (MalformedPolicyDocument). Use `"Version": "2012-10-17"`.',
      oldVersion:
        '`{{policy}}` states `Version` {{version}}: in that language policy variables such as `${aws:username}` are not replaced. Use `"Version": "2012-10-17"`.',
      literalVariables:
        '`{{policy}}` uses {{variables}} but {{versionText}}, so IAM reads it with the 2008-10-17 language and compares against that text literally: the statement does not do what it says. Add `"Version": "2012-10-17"`.',
    },
  },
  check(context) {
    const documents = new Map<string, Grant[]>();
    for (const grant of context.grants) {
      if (grant.cloud !== 'aws' || isAwsManagedPolicyGrant(grant)) continue;
      const version = grant.details?.policyVersion;
      // Absent: not a policy document, not evaluated, or written by a tool.
      if (version === undefined || version === CURRENT_VERSION) continue;
      const key = documentKey(grant);
      const grants = documents.get(key);
      if (grants) grants.push(grant);
      else documents.set(key, [grant]);
    }
    for (const grants of documents.values()) {
      const first = [...grants].sort(statementOrder)[0]!;
      const version = first.details?.policyVersion;
      const policy = typeof first.details?.policy === 'string' ? first.details.policy : (first.source.address ?? first.source.file);
      const variables = [...new Set(grants.flatMap(policyVariables))];
      if (typeof version === 'string' && version !== OLD_VERSION) {
        context.report({ grant: first, messageId: 'unknownVersion', data: { policy, version: `\`${version}\`` }, severity: 'medium' });
      } else if (variables.length > 0) {
        const versionText = version === OLD_VERSION ? `states \`Version\` ${version}` : 'has no `Version` element';
        context.report({ grant: first, messageId: 'literalVariables', data: { policy, variables: listForMessage(variables), versionText }, severity: 'medium' });
      } else if (version === OLD_VERSION) context.report({ grant: first, messageId: 'oldVersion', data: { policy, version: `\`${version}\`` } });
      else context.report({ grant: first, messageId: 'noVersion', data: { policy } });
    }
  },
});
