import { defineRule } from '../../src/model/rule.js';
import { attachedName, hasRestrictingConditionOn, isAwsAllow, SOURCE_CONDITION_KEYS } from '../_shared/aws.js';

/**
 * Services whose documentation tells you to put confused-deputy conditions in the trust policy of the roles they
 * assume, by the first label of their principal (`states` for `states.amazonaws.com` and
 * `states.eu-west-1.amazonaws.com`). Other services are not judged: not every service sends the source keys when it
 * assumes a role, and a condition on a key the service does not send locks the service out of the role.
 */
const SOURCE_GUARDED_SERVICES: ReadonlyMap<string, string> = new Map<string, string>([
  ['appstream', 'WorkSpaces Applications (AppStream 2.0)'],
  ['appsync', 'AWS AppSync'],
  ['bedrock', 'Amazon Bedrock'],
  ['codebuild', 'AWS CodeBuild'],
  ['config', 'AWS Config'],
  ['datasync', 'AWS DataSync'],
  ['ecs-tasks', 'Amazon ECS'],
  ['firehose', 'Amazon Data Firehose'],
  ['iot', 'AWS IoT'],
  ['logs', 'CloudWatch Logs'],
  ['personalize', 'Amazon Personalize'],
  ['pipes', 'EventBridge Pipes'],
  ['sagemaker', 'Amazon SageMaker'],
  ['scheduler', 'EventBridge Scheduler'],
  ['ssm', 'AWS Systems Manager'],
  ['states', 'AWS Step Functions'],
  ['transfer', 'AWS Transfer Family'],
]);

/** The documented guard when it is not the source keys. */
const SERVICE_FIX: ReadonlyMap<string, string> = new Map([['firehose', 'Add `sts:ExternalId` with your account id, as the Firehose documentation shows']]);

const DEFAULT_FIX = 'Add `aws:SourceAccount` with your account id, or `aws:SourceArn` with the ARN pattern of the resources that use the role';

/** Firehose documents `sts:ExternalId` set to your account id as its guard; it counts for every service. */
const TRUST_SOURCE_KEYS: ReadonlySet<string> = new Set([...SOURCE_CONDITION_KEYS, 'sts:externalid']);

/** `states` for `states.amazonaws.com`, `states.eu-west-1.amazonaws.com` or `states.amazonaws.com.cn`. */
function serviceLabel(principal: string): string | undefined {
  return /^([a-z0-9-]+)\.(?:[a-z0-9-]+\.)?amazonaws\.com(?:\.cn)?$/.exec(principal)?.[1];
}

export default defineRule({
  meta: {
    id: 'aws-trust-service-no-source',
    title: 'Service role trust without source condition',
    category: 'cross-account',
    severity: 'medium',
    description: 'Require aws:SourceArn or aws:SourceAccount in the trust policy of roles assumed by services that check them',
    docs: 'rules/aws-trust-service-no-source/README.md',
    compliance: [
      { framework: 'soc2', control: 'CC6.1' },
      { framework: 'nist-800-53', control: 'AC-3' },
    ],
    packs: ['recommended'],
    messages: {
      serviceNoSource:
        'Role `{{role}}` trusts `{{service}}` without an `aws:SourceAccount`, `aws:SourceArn` or `sts:ExternalId` condition, so {{serviceName}} can be made to assume it while acting for another AWS account (cross-service confused deputy). {{fix}}.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (!isAwsAllow(grant, ['trust-policy']) || grant.principal.type !== 'service') continue;
      const label = serviceLabel(grant.principal.name);
      const serviceName = label === undefined ? undefined : SOURCE_GUARDED_SERVICES.get(label);
      if (serviceName === undefined || hasRestrictingConditionOn(grant, TRUST_SOURCE_KEYS)) continue;
      context.report({ grant, messageId: 'serviceNoSource', data: { role: attachedName(grant), service: grant.principal.name, serviceName, fix: SERVICE_FIX.get(label!) ?? DEFAULT_FIX } });
    }
  },
});
