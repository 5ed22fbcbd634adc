import { defineRule } from '../../src/model/rule.js';
import { attachedName, hasRestrictingConditionOn, isAwsAllow, literalElements, SOURCE_CONDITION_KEYS } from '../_shared/aws.js';
import { listForMessage } from '../_shared/text.js';

/** Besides the global source keys: Lambda's event source token for Alexa and similar callers. */
const SOURCE_KEYS: ReadonlySet<string> = new Set([...SOURCE_CONDITION_KEYS, 'lambda:eventsourcetoken']);

/** KMS key policies scope service principals with the encryption context (`kms:EncryptionContext:aws:logs:arn`). */
const SOURCE_KEY_PREFIXES = ['kms:encryptioncontext:'];

export default defineRule({
  meta: {
    id: 'aws-resource-policy-service-no-source',
    title: 'Service principal without source condition',
    category: 'cross-account',
    severity: 'medium',
    description: 'Require aws:SourceArn or aws:SourceAccount when a resource policy allows an AWS service principal',
    docs: 'rules/aws-resource-policy-service-no-source/README.md',
    compliance: [
      { framework: 'soc2', control: 'CC6.1' },
      { framework: 'nist-800-53', control: 'AC-3' },
    ],
    packs: ['recommended'],
    messages: {
      serviceNoSource:
        'The policy of `{{resource}}` allows service `{{service}}` to use {{actions}} on behalf of any AWS account, because no `aws:SourceArn` or `aws:SourceAccount` condition names yours: another customer can point the service at this resource (cross-service confused deputy). Add `aws:SourceArn` (or at least `aws:SourceAccount`) naming the resource or account that uses the service.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (!isAwsAllow(grant, ['resource-policy']) || grant.principal.type !== 'service') continue;
      if (literalElements(grant.actions).length === 0 && literalElements(grant.notActions).length === 0) continue;
      if (hasRestrictingConditionOn(grant, SOURCE_KEYS, SOURCE_KEY_PREFIXES)) continue;
      const actions = grant.notActions.length > 0 ? `every action except ${listForMessage(grant.notActions)}` : listForMessage(grant.actions);
      context.report({ grant, messageId: 'serviceNoSource', data: { resource: attachedName(grant), service: grant.principal.name, actions } });
    }
  },
});
