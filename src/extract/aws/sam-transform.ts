/**
 * The part of the SAM transform (`AWS::Serverless-2016-10-31`) that creates IAM: the execution roles SAM generates for
 * `AWS::Serverless::Function` and `AWS::Serverless::StateMachine` (`<LogicalId>Role`), with the basic execution policy,
 * the policies implied by Tracing, VpcConfig and event sources, and `Policies` in every form (managed policy name,
 * ARN, inline document, SAM policy template, `Fn::If` of those). The generated roles are added to the raw template as
 * ordinary `AWS::IAM::Role` resources, evaluated and extracted like any other; they point at the SAM resource's lines.
 * Connectors become the managed policies and resource policies SAM generates for them (see sam-connectors.ts).
 */
import type { SourceSpan } from '../../model/span.js';
import { toPlain, type ObjectValue, type Value } from '../../evaluate/value.js';
import type { RawResource, RawTemplate } from '../../evaluate/cloudformation/template.js';
import { expandSamPolicyTemplate, isSamPolicyTemplate } from './sam-policy-templates.js';
import { connectorResources, list, object, text } from './sam-connectors.js';

export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

/**
 * PolicyName values of the inline policies whose document SAM itself writes (policy templates, event and destination
 * policies). SAM writes most of them without a Version, which the template's author cannot change; the extractor
 * leaves their Version unrecorded. Keyed by the name's value object, which evaluation passes through unchanged.
 */
const SAM_WRITTEN_POLICY_NAMES = new WeakSet<Value>();

/** The policy entry's PolicyName marks a document SAM wrote, not the template's author. */
export function isSamWrittenPolicy(policyName: Value | undefined): boolean {
  return policyName !== undefined && SAM_WRITTEN_POLICY_NAMES.has(policyName);
}

/** `{PolicyDocument, PolicyName}` for a document SAM writes. */
function samWrittenPolicy(document: Value, name: string, span: SourceSpan | undefined): ObjectValue {
  const nameValue = text(name, span);
  SAM_WRITTEN_POLICY_NAMES.add(nameValue);
  return object([['PolicyDocument', document], ['PolicyName', nameValue]], span);
}

export function isSamTemplate(template: RawTemplate): boolean {
  return template.transforms.includes(SAM_TRANSFORM) || template.resources.some((r) => r.type.startsWith('AWS::Serverless::'));
}

/** AWS managed policies that live under `service-role/` (SAM turns a policy name into its ARN). */
const SERVICE_ROLE_POLICIES = new Set([
  'AWSLambdaBasicExecutionRole',
  'AWSLambdaBasicDurableExecutionRolePolicy',
  'AWSLambdaRole',
  'AWSLambdaKinesisExecutionRole',
  'AWSLambdaDynamoDBExecutionRole',
  'AWSLambdaSQSQueueExecutionRole',
  'AWSLambdaMSKExecutionRole',
  'AWSLambdaVPCAccessExecutionRole',
  'AWSLambdaENIManagementAccess',
  'AWSCodeDeployRole',
  'AWSCodeDeployRoleForLambda',
  'AWSCodeDeployRoleForLambdaLimited',
  'AmazonAPIGatewayPushToCloudWatchLogs',
  'AWSConfigRulesExecutionRole',
  'AWSIoTLogging',
  'AWSIoTRuleActions',
  'AWSGlueServiceRole',
  'AWSAppSyncPushToCloudWatchLogs',
  'AmazonEC2ContainerServiceRole',
  'AmazonECSTaskExecutionRolePolicy',
]);

/** Event source types whose polling SAM grants through an AWS managed policy. */
const EVENT_SOURCE_POLICIES: Record<string, string> = {
  SQS: 'AWSLambdaSQSQueueExecutionRole',
  Kinesis: 'AWSLambdaKinesisExecutionRole',
  DynamoDB: 'AWSLambdaDynamoDBExecutionRole',
  MSK: 'AWSLambdaMSKExecutionRole',
};

/** AWS managed policies whose names do not start with `AWS` or `Amazon`. */
const OTHER_AWS_MANAGED_POLICIES = /^(AdministratorAccess|PowerUserAccess|ReadOnlyAccess|ViewOnlyAccess|SecurityAudit|Billing|SupportUser|DatabaseAdministrator|NetworkAdministrator|SystemAdministrator|DataScientist|SecretsManagerReadWrite|IAM[A-Za-z]*|CloudWatch[A-Za-z]*|CloudFront[A-Za-z]*|Comprehend[A-Za-z]*|AlexaForBusiness[A-Za-z]*|ResourceGroupsandTagEditor[A-Za-z]*)$/;

/**
 * A `Policies` entry written as a name: SAM replaces the names of AWS managed policies by their ARN and passes
 * anything else through. Without SAM's list of every AWS managed policy, the names are recognized by their
 * prefixes (`AWS`, `Amazon`) and a list of the others.
 */
export function isAwsManagedPolicyName(name: string): boolean {
  return /^(AWS|Amazon)[A-Za-z0-9_-]+$/.test(name) || OTHER_AWS_MANAGED_POLICIES.test(name);
}

/** The ARN SAM writes for an AWS managed policy name (default partition, as SAM's translator does). */
export function managedPolicyArn(name: string): string {
  return `arn:aws:iam::aws:policy/${SERVICE_ROLE_POLICIES.has(name) ? 'service-role/' : ''}${name}`;
}

/** SAM resolves `!Ref Parameter` to the parameter's default in the properties that decide what it generates. */
function withParameterDefault(template: RawTemplate, v: Value | undefined): Value | undefined {
  if (v?.kind !== 'object' || v.entries.size !== 1) return v;
  const ref = v.entries.get('Ref');
  if (ref?.kind !== 'string') return v;
  const fallback = template.parameters.get(ref.value)?.entries.get('Default');
  return fallback ?? v;
}

/** Policies SAM adds for where failed or finished invocations go (`DeadLetterQueue`, `DestinationConfig`). */
const DESTINATION_ACTIONS: Record<string, string> = {
  SQS: 'sqs:SendMessage',
  SNS: 'sns:publish',
  Lambda: 'lambda:InvokeFunction',
  EventBridge: 'events:PutEvents',
};

interface RoleSpec {
  /** Service that assumes the role. */
  service: string;
  /** Managed policies every role of this kind gets. */
  baseline: string[];
  /** Tag SAM puts on the role (used by the oracle test to recognize generated roles). */
  tag: string;
  globals: string;
}

const ROLE_SPECS: Record<string, RoleSpec> = {
  'AWS::Serverless::Function': { service: 'lambda.amazonaws.com', baseline: ['AWSLambdaBasicExecutionRole'], tag: 'lambda:createdBy', globals: 'Function' },
  'AWS::Serverless::StateMachine': { service: 'states.amazonaws.com', baseline: [], tag: 'stateMachine:createdBy', globals: 'StateMachine' },
};

/**
 * Adds the IAM resources SAM would generate to `template.resources` (after the resource they come from), and turns
 * an `AWS::Serverless::Api` with a resource policy into the `AWS::ApiGateway::RestApi` that carries it.
 */
export function expandSam(template: RawTemplate): void {
  const out: RawResource[] = [];
  for (const r of template.resources) {
    if (r.type === 'AWS::Serverless::Api') {
      out.push(restApiWithPolicy(template, r) ?? r);
      continue;
    }
    out.push(r);
    const spec = ROLE_SPECS[r.type];
    if (!spec) continue;
    const role = generatedRole(template, r, spec);
    if (role) out.push(role);
    if (r.type === 'AWS::Serverless::StateMachine') out.push(...stateMachineEventRoles(r));
  }
  // Connectors read the declared resources (before the API rewrite above), and add their policies at the end.
  out.push(...connectorResources(template));
  template.resources = out;
}

/** Services that start a state machine for its event sources; `ScheduleV2` names its policy without `Role`. */
const STATE_MACHINE_EVENT_SERVICES: Record<string, string> = {
  Schedule: 'events.amazonaws.com',
  CloudWatchEvent: 'events.amazonaws.com',
  EventBridgeRule: 'events.amazonaws.com',
  ScheduleV2: 'scheduler.amazonaws.com',
  Api: 'apigateway.amazonaws.com',
};

/** The role SAM creates for each event source of a state machine, allowed to start its executions. */
function stateMachineEventRoles(r: RawResource): RawResource[] {
  const events = r.properties?.entries.get('Events');
  if (events?.kind !== 'object') return [];
  const out: RawResource[] = [];
  // Events start the published alias instead of the state machine when asked to.
  const alias = r.properties?.entries.get('AutoPublishAlias');
  const target = alias?.kind === 'string' && isTrue(r.properties?.entries.get('UseAliasAsEventTarget')) ? `${r.logicalId}Alias${alias.value}` : r.logicalId;
  const machineBoundary = r.properties?.entries.get('PermissionsBoundary');
  for (const [eventId, event] of events.entries) {
    if (event.kind !== 'object') continue;
    const type = event.entries.get('Type');
    const service = type?.kind === 'string' ? STATE_MACHINE_EVENT_SERVICES[type.value] : undefined;
    if (!service || type?.kind !== 'string') continue;
    const properties = event.entries.get('Properties');
    const props = properties?.kind === 'object' ? properties.entries : new Map<string, Value>();
    const givenRole = props.get('RoleArn');
    if (givenRole && givenRole.kind !== 'null') continue;
    const span = event.span ?? r.span;
    const logicalId = `${r.logicalId}${eventId}Role`;
    const policyName = type.value === 'ScheduleV2' ? `${r.logicalId}${eventId}StartExecutionPolicy` : `${logicalId}StartExecutionPolicy`;
    const statement = object(
      [
        ['Action', text('states:StartExecution', span)],
        ['Effect', text('Allow', span)],
        ['Resource', object([['Ref', text(target, span)]], span)],
      ],
      span,
    );
    const policy = (name: string, s: Value) => samWrittenPolicy(object([['Statement', list([s], span)]], span), name, span);
    const policies = [policy(policyName, statement)];
    // A scheduler dead-letter queue is written to by the schedule's role.
    const deadLetter = props.get('DeadLetterConfig');
    const deadLetterArn = deadLetter?.kind === 'object' ? deadLetter.entries.get('Arn') : undefined;
    if (type.value === 'ScheduleV2' && deadLetterArn) {
      const sendMessage = object([['Action', text('sqs:SendMessage', span)], ['Effect', text('Allow', span)], ['Resource', deadLetterArn]], span);
      policies.push(policy(`${r.logicalId}${eventId}SQSPolicy`, sendMessage));
    }
    const entries: Array<[string, Value]> = [
      ['AssumeRolePolicyDocument', serviceTrust(service, span)],
      ['Policies', list(policies, span)],
    ];
    const boundary = props.get('PermissionsBoundary') ?? machineBoundary;
    if (boundary && boundary.kind !== 'null') entries.push(['PermissionsBoundary', boundary]);
    const role: RawResource = {
      logicalId,
      address: `Resources/${logicalId}`,
      sourceAddress: r.sourceAddress,
      type: 'AWS::IAM::Role',
      span,
      properties: object(entries, span),
      propertySpans: new Map([
        ['AssumeRolePolicyDocument', span],
        ['Policies', span],
      ]),
      generatedFrom: r.address,
    };
    if (r.condition !== undefined) role.condition = r.condition;
    out.push(role);
  }
  return out;
}

/** `{"Statement": [{"Action": ["sts:AssumeRole"], "Effect": "Allow", "Principal": {"Service": [service]}}]}` as SAM writes it. */
function serviceTrust(service: string, span: SourceSpan | undefined): ObjectValue {
  return object(
    [
      ['Version', text('2012-10-17', span)],
      [
        'Statement',
        list(
          [
            object(
              [
                ['Action', list([text('sts:AssumeRole', span)], span)],
                ['Effect', text('Allow', span)],
                ['Principal', object([['Service', list([text(service, span)], span)]], span)],
              ],
              span,
            ),
          ],
          span,
        ),
      ],
    ],
    span,
  );
}

/**
 * `Auth.ResourcePolicy` of a SAM API (or of `Globals.Api`): its `CustomStatements`, and `AwsAccountWhitelist` /
 * `AwsAccountBlacklist` as an Allow / Deny of `execute-api:Invoke` on the whole API. (The IP range and VPC lists,
 * which SAM writes as Deny statements with conditions, narrow access and are not modelled.)
 */
function restApiWithPolicy(template: RawTemplate, r: RawResource): RawResource | undefined {
  const globals = template.globals?.entries.get('Api');
  const auth = r.properties?.entries.get('Auth') ?? (globals?.kind === 'object' ? globals.entries.get('Auth') : undefined);
  const policy = auth?.kind === 'object' ? auth.entries.get('ResourcePolicy') : undefined;
  if (policy?.kind !== 'object') return undefined;
  const span = policy.span ?? r.span;
  const statements: Value[] = [];
  const custom = policy.entries.get('CustomStatements');
  if (custom?.kind === 'list') statements.push(...custom.items);
  else if (custom && custom.kind !== 'null') statements.push(custom);
  for (const [property, effect] of [
    ['AwsAccountWhitelist', 'Allow'],
    ['AwsAccountBlacklist', 'Deny'],
  ] as const) {
    const accounts = policy.entries.get(property);
    if (!accounts || accounts.kind === 'null') continue;
    const at = accounts.span ?? span;
    statements.push(
      object(
        [
          ['Effect', text(effect, at)],
          ['Principal', object([['AWS', accounts]], at)],
          ['Action', text('execute-api:Invoke', at)],
          ['Resource', text('execute-api:/*', at)],
        ],
        at,
      ),
    );
  }
  if (statements.length === 0) return undefined;
  const entries: Array<[string, Value]> = [['Policy', object([['Version', text('2012-10-17', span)], ['Statement', list(statements, span)]], span)]];
  const name = r.properties?.entries.get('Name');
  if (name) entries.push(['Name', name]);
  return {
    ...r,
    type: 'AWS::ApiGateway::RestApi',
    properties: object(entries, r.properties?.span ?? r.span),
    propertySpans: new Map([['Policy', r.propertySpans.get('Auth') ?? span]]),
    generatedFrom: r.address,
  };
}

/** The SAM resource's properties over the template's Globals for its kind (maps merged, the resource winning). */
function effectiveProperties(template: RawTemplate, r: RawResource, spec: RoleSpec): Map<string, Value> {
  const merged = new Map<string, Value>();
  const globals = template.globals?.entries.get(spec.globals);
  if (globals?.kind === 'object') for (const [k, v] of globals.entries) merged.set(k, v);
  for (const [k, v] of r.properties?.entries ?? []) merged.set(k, v);
  return merged;
}

function generatedRole(template: RawTemplate, r: RawResource, spec: RoleSpec): RawResource | undefined {
  const props = effectiveProperties(template, r, spec);
  const givenRole = props.get('Role');
  // `Role: !If [C, arn, !Ref AWS::NoValue]`: SAM generates the role for when no role is given.
  const roleCondition = givenRole ? conditionWithoutRole(template, givenRole) : undefined;
  if (givenRole && givenRole.kind !== 'null' && roleCondition === undefined) return undefined;
  const logicalId = `${r.logicalId}Role`;
  const span = r.span;
  const propertySpan = (name: string): SourceSpan => r.propertySpans.get(name) ?? span;

  const managed: Value[] = spec.baseline.map((name) => text(managedPolicyArn(name), span));
  const tracing = withParameterDefault(template, props.get('Tracing'));
  const tracingOn =
    r.type === 'AWS::Serverless::Function'
      ? tracing?.kind === 'string' && tracing.value === 'Active'
      : tracing?.kind === 'object' && isTrue(tracing.entries.get('Enabled'));
  if (tracingOn) managed.push(text(managedPolicyArn('AWSXrayWriteOnlyAccess'), tracing?.span ?? span));
  const vpc = props.get('VpcConfig');
  if (vpc && vpc.kind !== 'null' && r.type === 'AWS::Serverless::Function') managed.push(text(managedPolicyArn('AWSLambdaVPCAccessExecutionRole'), vpc.span ?? span));
  const events = props.get('Events');
  if (events?.kind === 'object' && r.type === 'AWS::Serverless::Function') {
    for (const event of events.entries.values()) {
      const type = event.kind === 'object' ? event.entries.get('Type') : undefined;
      const policy = type?.kind === 'string' ? EVENT_SOURCE_POLICIES[type.value] : undefined;
      if (policy) managed.push(text(managedPolicyArn(policy), event.span ?? span));
    }
  }

  const policies: Value[] = [];
  if (r.type === 'AWS::Serverless::Function') policies.push(...destinationPolicies(template, r.logicalId, props, span));
  const policiesValue = props.get('Policies');
  const items = policiesValue === undefined || policiesValue.kind === 'null' ? [] : policiesValue.kind === 'list' ? policiesValue.items : [policiesValue];
  items.forEach((item, index) => {
    const policyName = `${logicalId}Policy${index}`;
    const converted = convertPolicy(item, policyName);
    if (converted.kind === 'managed') managed.push(converted.value);
    else if (converted.kind === 'inline') policies.push(converted.value);
    else if (item.kind !== 'null') {
      template.unresolved.push({
        span: { ...(item.span ?? span), address: r.sourceAddress },
        expr: JSON.stringify(toPlain(item)).slice(0, 200),
        reason: 'SAM Policies entry that is not a managed policy, a policy document or a known policy template',
      });
    }
  });

  const entries: Array<[string, Value]> = [];
  const trust = props.get('AssumeRolePolicyDocument');
  entries.push(['AssumeRolePolicyDocument', trust && trust.kind !== 'null' ? trust : serviceTrust(spec.service, span)]);
  entries.push(['ManagedPolicyArns', list(managed, span)]);
  if (policies.length > 0) entries.push(['Policies', list(policies, policiesValue?.span ?? span)]);
  const boundary = props.get('PermissionsBoundary');
  if (boundary && boundary.kind !== 'null') entries.push(['PermissionsBoundary', boundary]);
  const rolePath = props.get('RolePath');
  if (rolePath && rolePath.kind !== 'null') entries.push(['Path', rolePath]);

  const address = `Resources/${logicalId}`;
  const propertySpans = new Map<string, SourceSpan>([
    ['AssumeRolePolicyDocument', trust ? propertySpan('AssumeRolePolicyDocument') : span],
    ['ManagedPolicyArns', span],
    ['Policies', propertySpan('Policies')],
    ['PermissionsBoundary', propertySpan('PermissionsBoundary')],
  ]);
  const role: RawResource = {
    logicalId,
    address,
    sourceAddress: r.sourceAddress,
    type: 'AWS::IAM::Role',
    span,
    properties: object(entries, span),
    propertySpans,
    generatedFrom: r.address,
  };
  const conditions = [r.condition, roleCondition].filter((c): c is string => c !== undefined);
  if (conditions.length === 1) role.condition = conditions[0]!;
  else if (conditions.length === 2) role.condition = addCondition(template, `${conditions[0]}AND${conditions[1]}`, 'Fn::And', conditions);
  return role;
}

/** The condition under which a `Role: !If [...]` with an `AWS::NoValue` branch leaves the function without a role. */
function conditionWithoutRole(template: RawTemplate, role: Value): string | undefined {
  const args = role.kind === 'object' && role.entries.size === 1 ? role.entries.get('Fn::If') : undefined;
  if (args?.kind !== 'list' || args.items.length !== 3 || args.items[0]!.kind !== 'string') return undefined;
  const name = (args.items[0] as { value: string }).value;
  if (isNoValue(args.items[2]!)) return addCondition(template, `NOT${name}`, 'Fn::Not', [name]);
  if (isNoValue(args.items[1]!)) return name;
  return undefined;
}

/** Adds a condition combining named conditions (as SAM names them) and returns its name. */
function addCondition(template: RawTemplate, name: string, operator: 'Fn::Not' | 'Fn::And', of: string[]): string {
  if (!template.conditions.has(name)) {
    const refs: Value[] = of.map((c) => ({ kind: 'object', entries: new Map([['Condition', { kind: 'string', value: c }]]) }));
    template.conditions.set(name, { kind: 'object', entries: new Map([[operator, { kind: 'list', items: refs }]]) });
  }
  return name;
}

/** Inline policies for a function's dead-letter queue and its invocation and stream-failure destinations. */
function destinationPolicies(template: RawTemplate, functionId: string, props: Map<string, Value>, span: SourceSpan | undefined): Value[] {
  const out: Value[] = [];
  const policy = (name: string, action: string, resource: Value, at: SourceSpan | undefined, version: boolean): Value => {
    const statement = object([['Action', text(action, at)], ['Effect', text('Allow', at)], ['Resource', resource]], at);
    const document = object([...(version ? [['Version', text('2012-10-17', at)] as [string, Value]] : []), ['Statement', list([statement], at)]], at);
    return samWrittenPolicy(document, name, at);
  };
  const dlq = props.get('DeadLetterQueue');
  if (dlq?.kind === 'object') {
    const type = withParameterDefault(template, dlq.entries.get('Type'));
    const target = dlq.entries.get('TargetArn');
    const action = type?.kind === 'string' ? { SQS: 'sqs:SendMessage', SNS: 'sns:Publish' }[type.value] : undefined;
    if (action && target) out.push(policy('DeadLetterQueuePolicy', action, target, dlq.span ?? span, true));
  }
  const destinationsOf = (config: Value | undefined, prefix: string, generated: (kind: string) => Value | undefined) => {
    if (config?.kind !== 'object') return;
    for (const outcome of ['OnSuccess', 'OnFailure']) {
      const destination = config.entries.get(outcome);
      if (destination?.kind !== 'object') continue;
      const type = withParameterDefault(template, destination.entries.get('Type'));
      const action = type?.kind === 'string' ? DESTINATION_ACTIONS[type.value] : undefined;
      if (!action || type?.kind !== 'string') continue;
      const target = withParameterDefault(template, destination.entries.get('Destination')) ?? generated(`${outcome}:${type.value}`);
      if (!target) continue;
      out.push(policy(`${prefix}${outcome === 'OnSuccess' && prefix.endsWith('EventInvokeConfig') ? 'OnSuccess' : outcome === 'OnFailure' && prefix.endsWith('EventInvokeConfig') ? 'OnFailure' : ''}${type.value}Policy`, action, target, destination.span ?? span, false));
    }
  };
  const invokeConfig = props.get('EventInvokeConfig');
  if (invokeConfig?.kind === 'object') {
    // Without a Destination, SAM creates the queue or topic itself (`<Function>EventInvokeConfig<Outcome>Queue|Topic`).
    destinationsOf(invokeConfig.entries.get('DestinationConfig'), `${functionId}EventInvokeConfig`, (key) => {
      const [outcome, type] = key.split(':') as [string, string];
      const resource = `${functionId}EventInvokeConfig${outcome}${type === 'SQS' ? 'Queue' : 'Topic'}`;
      if (type === 'SQS') return object([['Fn::GetAtt', list([text(resource, span), text('Arn', span)], span)]], span);
      if (type === 'SNS') return object([['Ref', text(resource, span)]], span);
      return undefined;
    });
  }
  const events = props.get('Events');
  if (events?.kind === 'object') {
    for (const [eventId, event] of events.entries) {
      const properties = event.kind === 'object' ? event.entries.get('Properties') : undefined;
      if (properties?.kind !== 'object') continue;
      destinationsOf(properties.entries.get('DestinationConfig'), `${functionId}${eventId}`, () => undefined);
    }
  }
  return out;
}

function isTrue(v: Value | undefined): boolean {
  return (v?.kind === 'bool' && v.value) || (v?.kind === 'string' && v.value.toLowerCase() === 'true');
}

type ConvertedPolicy = { kind: 'managed'; value: Value } | { kind: 'inline'; value: Value } | { kind: 'none' };

/** One entry of `Policies`: a managed policy (name, ARN or intrinsic), an inline document, a policy template, or `Fn::If` of those. */
function convertPolicy(item: Value, policyName: string): ConvertedPolicy {
  const span = item.span;
  if (item.kind === 'string') return { kind: 'managed', value: text(isAwsManagedPolicyName(item.value) ? managedPolicyArn(item.value) : item.value, span) };
  if (item.kind !== 'object') return { kind: 'none' };
  if (item.entries.has('Statement')) {
    return { kind: 'inline', value: object([['PolicyDocument', item], ['PolicyName', text(policyName, span)]], span) };
  }
  if (item.entries.size !== 1) return { kind: 'none' };
  const [key, arg] = item.entries.entries().next().value as [string, Value];
  if (isSamPolicyTemplate(key)) {
    const parameters = new Map(arg.kind === 'object' ? arg.entries : []);
    const statements = expandSamPolicyTemplate(key, parameters, span);
    const document = object([['Statement', list(statements, span)]], span);
    return { kind: 'inline', value: samWrittenPolicy(document, policyName, span) };
  }
  if (key === 'Fn::If' && arg.kind === 'list' && arg.items.length === 3) {
    const branches = [arg.items[1]!, arg.items[2]!].map((b) => (isNoValue(b) ? undefined : convertPolicy(b, policyName)));
    const kinds = new Set(branches.filter((b) => b !== undefined && b.kind !== 'none').map((b) => b!.kind));
    if (kinds.size !== 1) return { kind: 'none' };
    const kind = [...kinds][0] as 'managed' | 'inline';
    const branchValue = (b: ConvertedPolicy | undefined, original: Value): Value => (b && b.kind !== 'none' ? b.value : original);
    const value = object([['Fn::If', list([arg.items[0]!, branchValue(branches[0], arg.items[1]!), branchValue(branches[1], arg.items[2]!)], arg.span)]], span);
    return { kind, value };
  }
  // Any other intrinsic (`!Ref PolicyArnParameter`, `!Sub ...`, `!ImportValue ...`) names a managed policy.
  if (key === 'Ref' || key.startsWith('Fn::')) return { kind: 'managed', value: item };
  return { kind: 'none' };
}

function isNoValue(v: Value): boolean {
  if (v.kind !== 'object' || v.entries.size !== 1) return false;
  const ref = v.entries.get('Ref');
  return ref?.kind === 'string' && ref.value === 'AWS::NoValue';
}
