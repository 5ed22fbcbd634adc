/**
 * Facts about AWS CDK v2 L2 constructs (as of aws-cdk-lib 2.276): what each `grant*` method grants, which CloudFormation
 * resource a construct becomes, and which of its attributes are `Ref`s or `Fn::GetAtt`s. Kept as data so a new
 * method is one line.
 *
 * Resource patterns: `{arn}` is the construct's ARN attribute; other text is kept as written.
 */

export interface GrantStatementFact {
  actions: string[];
  /** Resource patterns, `{arn}` standing for the construct's ARN, `{arn}/{key}` for an S3 object key pattern argument. */
  resources: string[];
  conditions?: Record<string, Record<string, string[]>>;
}

export interface CdkConstructFact {
  /** CloudFormation type of the construct's main resource. */
  cfnType: string;
  /** CloudFormation type of the resource policy `addToResourcePolicy` creates (absent: none). */
  resourcePolicyType?: string;
  /** Attribute property -> CloudFormation attribute (`Ref` for a `!Ref`). */
  attributes: Record<string, string>;
  /** The attribute that is the construct's ARN. */
  arnAttribute: string;
  grants: Record<string, GrantStatementFact[]>;
}

const S3_READ = ['s3:GetObject*', 's3:GetBucket*', 's3:List*'];
const S3_PUT = ['s3:PutObject', 's3:PutObjectLegalHold', 's3:PutObjectRetention', 's3:PutObjectTagging', 's3:PutObjectVersionTagging', 's3:Abort*'];
const S3_DELETE = ['s3:DeleteObject*'];
const BUCKET_AND_OBJECTS = ['{arn}', '{arn}/{key}'];
const DDB_READ = ['dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:Scan', 'dynamodb:ConditionCheckItem'];
const DDB_WRITE = ['dynamodb:BatchWriteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'];
const DDB_STREAM_RECORDS = { actions: ['dynamodb:GetRecords', 'dynamodb:GetShardIterator'], resources: ['{arn}'] };
const KMS_ENCRYPT = ['kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'];
const KMS_ADMIN = [
  'kms:Create*', 'kms:Describe*', 'kms:Enable*', 'kms:List*', 'kms:Put*', 'kms:Update*', 'kms:Revoke*', 'kms:Disable*', 'kms:Get*', 'kms:Delete*',
  'kms:TagResource', 'kms:UntagResource', 'kms:ScheduleKeyDeletion', 'kms:CancelKeyDeletion',
];
const one = (actions: string[], resources = ['{arn}']): GrantStatementFact[] => [{ actions, resources }];

export const CDK_CONSTRUCTS: Readonly<Record<string, CdkConstructFact>> = {
  Bucket: {
    cfnType: 'AWS::S3::Bucket',
    resourcePolicyType: 'AWS::S3::BucketPolicy',
    attributes: { bucketArn: 'Arn', bucketName: 'Ref', bucketDomainName: 'DomainName', bucketRegionalDomainName: 'RegionalDomainName', bucketWebsiteUrl: 'WebsiteURL' },
    arnAttribute: 'Arn',
    grants: {
      grantRead: one(S3_READ, BUCKET_AND_OBJECTS),
      grantWrite: one([...S3_DELETE, ...S3_PUT], BUCKET_AND_OBJECTS),
      grantReadWrite: one([...S3_READ, ...S3_DELETE, ...S3_PUT], BUCKET_AND_OBJECTS),
      grantPut: one(S3_PUT, ['{arn}/{key}']),
      grantDelete: one(S3_DELETE, ['{arn}/{key}']),
      grantPutAcl: one(['s3:PutObjectAcl', 's3:PutObjectVersionAcl'], ['{arn}/{key}']),
    },
  },
  Table: {
    cfnType: 'AWS::DynamoDB::Table',
    attributes: { tableArn: 'Arn', tableName: 'Ref', tableStreamArn: 'StreamArn' },
    arnAttribute: 'Arn',
    grants: {
      grantReadData: [{ actions: [...DDB_READ, 'dynamodb:DescribeTable'], resources: ['{arn}'] }, DDB_STREAM_RECORDS],
      grantWriteData: one([...DDB_WRITE, 'dynamodb:DescribeTable']),
      grantReadWriteData: [{ actions: [...DDB_READ, ...DDB_WRITE, 'dynamodb:DescribeTable'], resources: ['{arn}'] }, DDB_STREAM_RECORDS],
      grantFullAccess: one(['dynamodb:*']),
    },
  },
  Queue: {
    cfnType: 'AWS::SQS::Queue',
    resourcePolicyType: 'AWS::SQS::QueuePolicy',
    attributes: { queueArn: 'Arn', queueUrl: 'Ref', queueName: 'QueueName' },
    arnAttribute: 'Arn',
    grants: {
      grantConsumeMessages: one(['sqs:ReceiveMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueUrl', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes']),
      grantSendMessages: one(['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl']),
      grantPurge: one(['sqs:PurgeQueue', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl']),
    },
  },
  Topic: {
    cfnType: 'AWS::SNS::Topic',
    resourcePolicyType: 'AWS::SNS::TopicPolicy',
    attributes: { topicArn: 'Ref', topicName: 'TopicName' },
    arnAttribute: 'Ref',
    grants: { grantPublish: one(['sns:Publish']), grantSubscribe: one(['sns:Subscribe']) },
  },
  Key: {
    cfnType: 'AWS::KMS::Key',
    resourcePolicyType: 'AWS::KMS::Key',
    attributes: { keyArn: 'Arn', keyId: 'Ref' },
    arnAttribute: 'Arn',
    grants: {
      grantDecrypt: one(['kms:Decrypt']),
      grantEncrypt: one(KMS_ENCRYPT),
      grantEncryptDecrypt: one(['kms:Decrypt', ...KMS_ENCRYPT]),
      grantAdmin: one(KMS_ADMIN),
      grantGenerateMac: one(['kms:GenerateMac']),
      grantVerifyMac: one(['kms:VerifyMac']),
      grantSign: one(['kms:Sign']),
      grantVerify: one(['kms:Verify']),
    },
  },
  Secret: {
    cfnType: 'AWS::SecretsManager::Secret',
    resourcePolicyType: 'AWS::SecretsManager::ResourcePolicy',
    attributes: { secretArn: 'Ref', secretName: 'Ref', secretFullArn: 'Ref' },
    arnAttribute: 'Ref',
    grants: {
      grantRead: one(['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret']),
      grantWrite: one(['secretsmanager:PutSecretValue', 'secretsmanager:UpdateSecret', 'secretsmanager:UpdateSecretVersionStage']),
    },
  },
  Function: {
    cfnType: 'AWS::Lambda::Function',
    attributes: { functionArn: 'Arn', functionName: 'Ref' },
    arnAttribute: 'Arn',
    grants: {
      grantInvoke: one(['lambda:InvokeFunction'], ['{arn}', '{arn}:*']),
      grantInvokeUrl: [
        { actions: ['lambda:InvokeFunctionUrl'], resources: ['{arn}'], conditions: { StringEquals: { 'lambda:FunctionUrlAuthType': ['AWS_IAM'] } } },
        { actions: ['lambda:InvokeFunction'], resources: ['{arn}'], conditions: { Bool: { 'lambda:InvokedViaFunctionUrl': ['true'] } } },
      ],
      grantInvokeLatestVersion: one(['lambda:InvokeFunction'], ['{arn}:$LATEST', '{arn}']),
    },
  },
  Role: { cfnType: 'AWS::IAM::Role', attributes: { roleArn: 'Arn', roleName: 'Ref', roleId: 'RoleId' }, arnAttribute: 'Arn', grants: {} },
  User: { cfnType: 'AWS::IAM::User', attributes: { userArn: 'Arn', userName: 'Ref' }, arnAttribute: 'Arn', grants: {} },
  Group: { cfnType: 'AWS::IAM::Group', attributes: { groupArn: 'Arn', groupName: 'Ref' }, arnAttribute: 'Arn', grants: {} },
  ManagedPolicy: { cfnType: 'AWS::IAM::ManagedPolicy', attributes: { managedPolicyArn: 'Ref', managedPolicyName: 'Ref' }, arnAttribute: 'Ref', grants: {} },
};

/** Other names of the same L2 classes (TableV2 grants like Table). */
export const CDK_CLASS_ALIASES: Readonly<Record<string, string>> = { TableV2: 'Table', SingletonFunction: 'Function', NodejsFunction: 'Function', PythonFunction: 'Function', DockerImageFunction: 'Function' };

/** The AWS managed policy every Lambda function role gets by default. */
export const LAMBDA_BASIC_EXECUTION_POLICY = 'service-role/AWSLambdaBasicExecutionRole';
