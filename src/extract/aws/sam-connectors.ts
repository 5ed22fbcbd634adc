/**
 * SAM connectors (`AWS::Serverless::Connector` resources, and the `Connectors` attribute embedded in a resource) turned
 * into the IAM resources SAM's translator generates for them: an `AWS::IAM::ManagedPolicy` attached to a role, or the
 * destination's resource policy (`AWS::SQS::QueuePolicy`, `AWS::SNS::TopicPolicy`, `AWS::Lambda::Permission`). The
 * profile table below was read off the translated templates of SAM's translator tests (one row per source and
 * destination kind). The generated resources point at the connector's `Permissions` and name it in `generatedFrom`.
 */
import type { SourceSpan } from '../../model/span.js';
import type { ObjectValue, Value } from '../../evaluate/value.js';
import type { RawResource, RawTemplate } from '../../evaluate/cloudformation/template.js';

export const CONNECTOR_TYPE = 'AWS::Serverless::Connector';

type Kind = 'Function' | 'StateMachine' | 'Table' | 'Queue' | 'Topic' | 'Bucket' | 'EventBus' | 'Rule' | 'RestApi' | 'HttpApi' | 'DataSource' | 'GraphQLApi' | 'PlaceIndex';

const KIND_OF_TYPE: Record<string, Kind> = {
  'AWS::Lambda::Function': 'Function',
  'AWS::Serverless::Function': 'Function',
  'AWS::StepFunctions::StateMachine': 'StateMachine',
  'AWS::Serverless::StateMachine': 'StateMachine',
  'AWS::DynamoDB::Table': 'Table',
  'AWS::Serverless::SimpleTable': 'Table',
  'AWS::SQS::Queue': 'Queue',
  'AWS::SNS::Topic': 'Topic',
  'AWS::S3::Bucket': 'Bucket',
  'AWS::Events::EventBus': 'EventBus',
  'AWS::Events::Rule': 'Rule',
  'AWS::ApiGateway::RestApi': 'RestApi',
  'AWS::Serverless::Api': 'RestApi',
  'AWS::ApiGatewayV2::Api': 'HttpApi',
  'AWS::Serverless::HttpApi': 'HttpApi',
  'AWS::AppSync::DataSource': 'DataSource',
  'AWS::AppSync::GraphQLApi': 'GraphQLApi',
  'AWS::Location::PlaceIndex': 'PlaceIndex',
};

/**
 * Where a statement applies: the ARN of the destination (`arn`) or source (`sourceArn`), a path below it, the
 * destination state machine's executions, or the EventBridge rule Step Functions manages for synchronous executions.
 */
type Shape = 'arn' | 'arn/index/*' | 'arn/*' | 'arn:*' | 'sourceArn' | 'sourceArn/stream/*' | 'executions' | 'syncExecutionRule';

/** One statement of a connector policy: its actions and resources. */
type StatementProfile = readonly [actions: readonly string[], resources: readonly Shape[]];

interface RolePolicyProfile {
  kind: 'role-policy';
  /** Whose role gets the policy: the source's, or (for pollers such as stream and queue event sources) the destination's. */
  role: 'source' | 'destination';
  Read?: readonly StatementProfile[];
  Write?: readonly StatementProfile[];
}

/** A resource policy on the destination, for `Write`, allowing the source's service when the source ARN matches. */
interface ResourcePolicyProfile {
  kind: 'queue-policy' | 'topic-policy' | 'lambda-permission';
  service: string;
}

type Profile = RolePolicyProfile | ResourcePolicyProfile;

const DYNAMODB_READ = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan', 'dynamodb:BatchGetItem', 'dynamodb:ConditionCheckItem', 'dynamodb:PartiQLSelect'];
const DYNAMODB_WRITE = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem', 'dynamodb:PartiQLDelete', 'dynamodb:PartiQLInsert', 'dynamodb:PartiQLUpdate'];
const TABLE: RolePolicyProfile = { kind: 'role-policy', role: 'source', Read: [[DYNAMODB_READ, ['arn', 'arn/index/*']]], Write: [[DYNAMODB_WRITE, ['arn', 'arn/index/*']]] };
const INVOKE = ['lambda:InvokeAsync', 'lambda:InvokeFunction'];
const STATE_MACHINE_START: RolePolicyProfile = { kind: 'role-policy', role: 'source', Write: [[['states:StartExecution'], ['arn']]] };
const PUT_EVENTS: RolePolicyProfile = { kind: 'role-policy', role: 'source', Write: [[['events:PutEvents'], ['arn']]] };

/** Keyed `<source kind>-><destination kind>`. */
const PROFILES: Record<string, Profile> = {
  'Function->Table': TABLE,
  'DataSource->Table': TABLE,
  'Function->Queue': {
    kind: 'role-policy',
    role: 'source',
    Read: [[['sqs:ReceiveMessage', 'sqs:GetQueueAttributes'], ['arn']]],
    Write: [[['sqs:DeleteMessage', 'sqs:SendMessage', 'sqs:ChangeMessageVisibility', 'sqs:PurgeQueue'], ['arn']]],
  },
  'Function->Topic': { kind: 'role-policy', role: 'source', Write: [[['sns:Publish'], ['arn']]] },
  'Function->Bucket': {
    kind: 'role-policy',
    role: 'source',
    Read: [
      [
        [
          's3:GetObject',
          's3:GetObjectAcl',
          's3:GetObjectLegalHold',
          's3:GetObjectRetention',
          's3:GetObjectTorrent',
          's3:GetObjectVersion',
          's3:GetObjectVersionAcl',
          's3:GetObjectVersionForReplication',
          's3:GetObjectVersionTorrent',
          's3:ListBucket',
          's3:ListBucketMultipartUploads',
          's3:ListBucketVersions',
          's3:ListMultipartUploadParts',
        ],
        ['arn', 'arn/*'],
      ],
    ],
    Write: [[['s3:AbortMultipartUpload', 's3:DeleteObject', 's3:DeleteObjectVersion', 's3:PutObject', 's3:PutObjectLegalHold', 's3:PutObjectRetention', 's3:RestoreObject'], ['arn', 'arn/*']]],
  },
  'Function->Function': { kind: 'role-policy', role: 'source', Write: [[INVOKE, ['arn']]] },
  'StateMachine->Function': { kind: 'role-policy', role: 'source', Write: [[INVOKE, ['arn']]] },
  'DataSource->Function': { kind: 'role-policy', role: 'source', Write: [[INVOKE, ['arn', 'arn:*']]] },
  'Function->StateMachine': {
    kind: 'role-policy',
    role: 'source',
    Read: [
      [['states:DescribeStateMachine', 'states:ListExecutions'], ['arn']],
      [['states:DescribeExecution', 'states:DescribeStateMachineForExecution', 'states:GetExecutionHistory'], ['executions']],
    ],
    Write: [
      [['states:StartExecution', 'states:StartSyncExecution'], ['arn']],
      [['states:StopExecution'], ['executions']],
    ],
  },
  // The corpus grants Read and Write together only; which of the two carries events:DescribeRule is not observable there.
  'StateMachine->StateMachine': {
    kind: 'role-policy',
    role: 'source',
    Read: [
      [['states:DescribeExecution'], ['executions']],
      [['events:DescribeRule'], ['syncExecutionRule']],
    ],
    Write: [
      [['states:StartExecution'], ['arn']],
      [['states:StopExecution'], ['executions']],
      [['events:PutTargets', 'events:PutRule'], ['syncExecutionRule']],
    ],
  },
  'Rule->StateMachine': STATE_MACHINE_START,
  'Rule->EventBus': PUT_EVENTS,
  'DataSource->EventBus': PUT_EVENTS,
  'Function->EventBus': PUT_EVENTS,
  'Function->PlaceIndex': {
    kind: 'role-policy',
    role: 'source',
    Read: [[['geo:DescribePlaceIndex', 'geo:GetPlace', 'geo:SearchPlaceIndexForPosition', 'geo:SearchPlaceIndexForSuggestions', 'geo:SearchPlaceIndexForText'], ['arn']]],
  },
  'Table->Function': { kind: 'role-policy', role: 'destination', Read: [[['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'], ['sourceArn/stream/*']]] },
  'Queue->Function': {
    kind: 'role-policy',
    role: 'destination',
    Read: [[['sqs:ReceiveMessage', 'sqs:GetQueueAttributes'], ['sourceArn']]],
    Write: [[['sqs:DeleteMessage'], ['sourceArn']]],
  },
  'Topic->Queue': { kind: 'queue-policy', service: 'sns.amazonaws.com' },
  'Rule->Queue': { kind: 'queue-policy', service: 'events.amazonaws.com' },
  'Rule->Topic': { kind: 'topic-policy', service: 'events.amazonaws.com' },
  'Topic->Function': { kind: 'lambda-permission', service: 'sns.amazonaws.com' },
  'Rule->Function': { kind: 'lambda-permission', service: 'events.amazonaws.com' },
  'Bucket->Function': { kind: 'lambda-permission', service: 's3.amazonaws.com' },
  'RestApi->Function': { kind: 'lambda-permission', service: 'apigateway.amazonaws.com' },
  'HttpApi->Function': { kind: 'lambda-permission', service: 'apigateway.amazonaws.com' },
  'GraphQLApi->Function': { kind: 'lambda-permission', service: 'appsync.amazonaws.com' },
};

/** A connector's source or destination: its kind and the values SAM derives for it (or that the connector gives). */
interface Endpoint {
  kind: Kind | undefined;
  type: string | undefined;
  arn?: Value;
  name?: Value;
  role?: Value;
  queueUrl?: Value;
  resourceId?: Value;
  qualifier?: Value;
}

interface Connector {
  /** Logical id SAM builds the generated resources' ids from. */
  logicalId: string;
  /** Address of the connector (for `generatedFrom`). */
  address: string;
  sourceAddress: string;
  properties: ObjectValue;
  span: SourceSpan;
  condition?: string;
  /** The resource an embedded connector is declared on (its implicit source). */
  host?: RawResource;
}

/** The resources SAM generates for the template's connectors, standalone and embedded. */
export function connectorResources(template: RawTemplate): RawResource[] {
  const byId = new Map(template.resources.map((r) => [r.logicalId, r]));
  const out: RawResource[] = [];
  for (const connector of connectorsOf(template)) out.push(...expandConnector(template, byId, connector));
  return out;
}

function connectorsOf(template: RawTemplate): Connector[] {
  const out: Connector[] = [];
  const declared = template.root.entries.get('Resources');
  for (const r of template.resources) {
    if (r.type === CONNECTOR_TYPE && r.properties) {
      out.push({ logicalId: r.logicalId, address: r.address, sourceAddress: r.sourceAddress, properties: r.properties, span: r.span, ...(r.condition !== undefined ? { condition: r.condition } : {}) });
      continue;
    }
    const body = declared?.kind === 'object' ? declared.entries.get(r.logicalId) : undefined;
    const embedded = body?.kind === 'object' ? body.entries.get('Connectors') : undefined;
    if (embedded?.kind !== 'object') continue;
    for (const [name, connector] of embedded.entries) {
      const properties = connector.kind === 'object' ? connector.entries.get('Properties') : undefined;
      if (properties?.kind !== 'object') continue;
      out.push({
        logicalId: `${r.logicalId}${name}`,
        address: `${r.address}/Connectors/${name}`,
        sourceAddress: r.sourceAddress,
        properties,
        span: { ...(connector.span ?? r.span), address: r.sourceAddress },
        host: r,
        ...(r.condition !== undefined ? { condition: r.condition } : {}),
      });
    }
  }
  return out;
}

function expandConnector(template: RawTemplate, byId: Map<string, RawResource>, connector: Connector): RawResource[] {
  const props = connector.properties.entries;
  const permissionsValue = props.get('Permissions');
  const span = permissionsValue?.span ?? connector.span;
  const permissions = new Set((permissionsValue?.kind === 'list' ? permissionsValue.items : []).flatMap((p) => (p.kind === 'string' ? [p.value] : [])));
  // An embedded connector's source is its host, with what `SourceReference` gives (such as an API's Qualifier).
  const source = connector.host ? withGivenValues(endpointOfResource(connector.host, span), props.get('SourceReference')) : endpointOf(props.get('Source'), byId, span);
  const destinationValue = props.get('Destination');
  const destinations = destinationValue?.kind === 'list' ? destinationValue.items : destinationValue ? [destinationValue] : [];
  const out: RawResource[] = [];
  destinations.forEach((destinationItem, index) => {
    const destination = endpointOf(destinationItem, byId, span);
    const suffix = destinations.length > 1 || destinationValue?.kind === 'list' ? `Destination${index}` : '';
    const profile = source?.kind && destination?.kind ? PROFILES[`${source.kind}->${destination.kind}`] : undefined;
    if (!source || !destination || !profile) {
      const unknownEnd = !source?.kind ? 'Source' : !destination?.kind ? 'Destination' : undefined;
      template.unresolved.push({
        span: { ...span, address: connector.sourceAddress },
        expr: `${source?.type ?? '?'} -> ${destination?.type ?? '?'}`,
        reason: unknownEnd
          ? `SAM connector ${unknownEnd} is neither a resource of the template (Id) nor a known resource Type`
          : 'SAM connector between resource types it has no permissions profile for',
      });
      return;
    }
    const generated = generatedResource(connector, profile, permissions, source, destination, suffix, span);
    if (generated) out.push(generated);
  });
  return out;
}

function generatedResource(connector: Connector, profile: Profile, permissions: Set<string>, source: Endpoint, destination: Endpoint, suffix: string, span: SourceSpan): RawResource | undefined {
  const resource = (logicalId: string, type: string, entries: Array<[string, Value]>, policyProperty: string): RawResource => {
    const r: RawResource = {
      logicalId,
      address: `Resources/${logicalId}`,
      sourceAddress: connector.sourceAddress,
      type,
      span: { ...span, address: connector.sourceAddress },
      properties: object(entries, span),
      propertySpans: new Map(entries.map(([k]) => [k, span])),
      generatedFrom: connector.address,
    };
    r.propertySpans.set(policyProperty, span);
    if (connector.condition !== undefined) r.condition = connector.condition;
    return r;
  };
  const sourceCondition = (service: string, resourceArn: Value | undefined, action: string): Value =>
    object(
      [
        ['Action', text(action, span)],
        ['Condition', object([['ArnEquals', object([['aws:SourceArn', source.arn ?? missing(span)]], span)]], span)],
        ['Effect', text('Allow', span)],
        ['Principal', object([['Service', text(service, span)]], span)],
        ['Resource', resourceArn ?? missing(span)],
      ],
      span,
    );
  if (profile.kind === 'role-policy') {
    const statements: Value[] = [];
    for (const permission of ['Read', 'Write'] as const) {
      if (!permissions.has(permission)) continue;
      for (const [actions, shapes] of profile[permission] ?? []) {
        statements.push(
          object(
            [
              ['Action', list(actions.map((a) => text(a, span)), span)],
              ['Effect', text('Allow', span)],
              ['Resource', list(shapes.map((s) => resourceOfShape(s, source, destination, span)), span)],
            ],
            span,
          ),
        );
      }
    }
    if (statements.length === 0) return undefined;
    const role = (profile.role === 'source' ? source : destination).role;
    return resource(
      `${connector.logicalId}Policy${suffix}`,
      'AWS::IAM::ManagedPolicy',
      [
        ['PolicyDocument', policyDocument(statements, span)],
        ['Roles', list([role ?? missing(span)], span)],
      ],
      'PolicyDocument',
    );
  }
  if (!permissions.has('Write')) return undefined;
  if (profile.kind === 'queue-policy' || profile.kind === 'topic-policy') {
    const queue = profile.kind === 'queue-policy';
    const statement = sourceCondition(profile.service, destination.arn, queue ? 'sqs:SendMessage' : 'sns:Publish');
    return resource(
      `${connector.logicalId}${queue ? 'QueuePolicy' : 'TopicPolicy'}${suffix}`,
      queue ? 'AWS::SQS::QueuePolicy' : 'AWS::SNS::TopicPolicy',
      [
        ['PolicyDocument', policyDocument([statement], span)],
        [queue ? 'Queues' : 'Topics', list([(queue ? destination.queueUrl : destination.arn) ?? missing(span)], span)],
      ],
      'PolicyDocument',
    );
  }
  const entries: Array<[string, Value]> = [
    ['Action', text('lambda:InvokeFunction', span)],
    ['FunctionName', destination.arn ?? missing(span)],
    ['Principal', text(profile.service, span)],
    ['SourceArn', invokerArn(source, span)],
  ];
  if (source.kind === 'Bucket') entries.push(['SourceAccount', object([['Fn::Sub', text('${AWS::AccountId}', span)]], span)]);
  return resource(`${connector.logicalId}WriteLambdaPermission${suffix}`, 'AWS::Lambda::Permission', entries, 'Principal');
}

/** A policy document of the statements, as SAM writes one. */
function policyDocument(statements: Value[], span: SourceSpan): Value {
  return object([['Statement', list(statements, span)], ['Version', text('2012-10-17', span)]], span);
}

/** The ARN a Lambda permission names as its caller: the API's execute-api path, the GraphQL API, or the source's ARN. */
function invokerArn(source: Endpoint, span: SourceSpan): Value {
  if (source.kind === 'RestApi' || source.kind === 'HttpApi') {
    return sub('arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${SourceResourceId}/${SourceQualifier}', [['SourceQualifier', source.qualifier ?? text('*', span)], ['SourceResourceId', source.resourceId ?? missing(span)]], span);
  }
  if (source.kind === 'GraphQLApi') return sub('arn:${AWS::Partition}:appsync:${AWS::Region}:${AWS::AccountId}:apis/${SourceResourceId}', [['SourceResourceId', source.resourceId ?? missing(span)]], span);
  return source.arn ?? missing(span);
}

function resourceOfShape(shape: Shape, source: Endpoint, destination: Endpoint, span: SourceSpan): Value {
  const destinationArn = destination.arn ?? missing(span);
  const sourceArn = source.arn ?? missing(span);
  switch (shape) {
    case 'arn':
      return destinationArn;
    case 'arn/index/*':
      return sub('${DestinationArn}/index/*', [['DestinationArn', destinationArn]], span);
    case 'arn/*':
      return sub('${DestinationArn}/*', [['DestinationArn', destinationArn]], span);
    case 'arn:*':
      return sub('${DestinationArn}:*', [['DestinationArn', destinationArn]], span);
    case 'sourceArn':
      return sourceArn;
    case 'sourceArn/stream/*':
      return sub('${SourceArn}/stream/*', [['SourceArn', sourceArn]], span);
    case 'executions':
      return sub('arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:${DestinationName}:*', [['DestinationName', destination.name ?? missing(span)]], span);
    case 'syncExecutionRule':
      return object([['Fn::Sub', text('arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule', span)]], span);
  }
}

/** `{Id: X}` (a resource of the template, with optional overrides) or `{Type, Arn, Name, RoleName, QueueUrl, ResourceId, Qualifier}`. */
function endpointOf(v: Value | undefined, byId: Map<string, RawResource>, span: SourceSpan): Endpoint | undefined {
  if (v?.kind !== 'object') return undefined;
  const id = v.entries.get('Id');
  const declared = id?.kind === 'string' ? byId.get(id.value) : undefined;
  if (id !== undefined && !declared) return undefined;
  return withGivenValues(declared ? endpointOfResource(declared, span) : { kind: undefined, type: undefined }, v);
}

/** The endpoint with the values a connector writes out (`Type`, `Arn`, `RoleName`...) in place of derived ones. */
function withGivenValues(endpoint: Endpoint, v: Value | undefined): Endpoint {
  if (v?.kind !== 'object') return endpoint;
  const type = v.entries.get('Type');
  if (type?.kind === 'string') {
    endpoint.type = type.value;
    endpoint.kind = KIND_OF_TYPE[type.value];
  }
  const given: Array<[Exclude<keyof Endpoint, 'kind' | 'type'>, string]> = [
    ['arn', 'Arn'],
    ['name', 'Name'],
    ['role', 'RoleName'],
    ['queueUrl', 'QueueUrl'],
    ['resourceId', 'ResourceId'],
    ['qualifier', 'Qualifier'],
  ];
  for (const [field, property] of given) {
    const value = v.entries.get(property);
    if (value !== undefined && value.kind !== 'null') endpoint[field] = value;
  }
  return endpoint;
}

/** What SAM derives from a resource of the template: its ARN, name, role (as a role name), queue URL or API id. */
function endpointOfResource(r: RawResource, span: SourceSpan): Endpoint {
  const kind = KIND_OF_TYPE[r.type];
  const endpoint: Endpoint = { kind, type: r.type };
  const ref = ref_(r.logicalId, span);
  const attribute = (name: string) => getAtt(r.logicalId, name, span);
  const property = (name: string) => r.properties?.entries.get(name);
  switch (kind) {
    case 'Function':
      endpoint.arn = attribute('Arn');
      endpoint.role = r.type === 'AWS::Serverless::Function' ? samRole(r, span) : roleName(property('Role'));
      break;
    case 'StateMachine':
      endpoint.arn = ref;
      endpoint.name = attribute('Name');
      endpoint.role = r.type === 'AWS::Serverless::StateMachine' ? samRole(r, span) : roleName(property('RoleArn'));
      break;
    case 'Queue':
      endpoint.arn = attribute('Arn');
      endpoint.queueUrl = ref;
      break;
    case 'Topic':
      endpoint.arn = ref;
      break;
    case 'Rule': {
      endpoint.arn = attribute('Arn');
      const targets = property('Targets');
      const first = targets?.kind === 'list' ? targets.items[0] : undefined;
      endpoint.role = roleName(first?.kind === 'object' ? first.entries.get('RoleArn') : undefined);
      break;
    }
    case 'DataSource':
      endpoint.arn = attribute('DataSourceArn');
      endpoint.role = roleName(property('ServiceRoleArn'));
      break;
    case 'RestApi':
    case 'HttpApi':
      endpoint.resourceId = ref;
      break;
    case 'GraphQLApi':
      endpoint.arn = attribute('Arn');
      endpoint.resourceId = attribute('ApiId');
      break;
    case 'Table':
    case 'Bucket':
    case 'EventBus':
    case 'PlaceIndex':
      endpoint.arn = attribute('Arn');
      break;
    case undefined:
      break;
  }
  return endpoint;
}

/** The role of a SAM function or state machine: the one given, or the `<LogicalId>Role` SAM generates. */
function samRole(r: RawResource, span: SourceSpan): Value | undefined {
  const given = r.properties?.entries.get('Role');
  return given && given.kind !== 'null' ? roleName(given) : ref_(`${r.logicalId}Role`, span);
}

/** A role given by ARN, as the role name a managed policy's `Roles` takes: `!GetAtt R.Arn` becomes `!Ref R`. */
function roleName(v: Value | undefined): Value | undefined {
  if (v?.kind !== 'object' || v.entries.size !== 1) return v;
  const args = v.entries.get('Fn::GetAtt');
  const parts = args?.kind === 'list' ? args.items : args?.kind === 'string' ? args.value.split('.').map((value) => ({ kind: 'string', value }) as Value) : [];
  const [resource, attribute] = parts;
  if (parts.length === 2 && resource?.kind === 'string' && attribute?.kind === 'string' && attribute.value === 'Arn') return ref_(resource.value, v.span);
  return v;
}

/** A value SAM would need but the connector does not give: left as an unresolvable reference. */
function missing(span: SourceSpan): Value {
  return ref_('AWS::NoValue', span);
}

function sub(template: string, variables: Array<[string, Value]>, span: SourceSpan): Value {
  return object([['Fn::Sub', list([text(template, span), object(variables, span)], span)]], span);
}

function ref_(logicalId: string, span: SourceSpan | undefined): Value {
  return object([['Ref', text(logicalId, span)]], span);
}

function getAtt(logicalId: string, attribute: string, span: SourceSpan): Value {
  return object([['Fn::GetAtt', list([text(logicalId, span), text(attribute, span)], span)]], span);
}

export function text(value: string, span: SourceSpan | undefined): Value {
  return span ? { kind: 'string', value, span } : { kind: 'string', value };
}

export function object(entries: Array<[string, Value]>, span: SourceSpan | undefined): ObjectValue {
  return { kind: 'object', entries: new Map(entries), ...(span ? { span } : {}) };
}

export function list(items: Value[], span: SourceSpan | undefined): Value {
  return { kind: 'list', items, ...(span ? { span } : {}) };
}
