import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  attachedPolicyGrants,
  awsManagedPolicyFacts,
  awsManagedPolicyName,
  classifyPrincipal,
  credentialGrant,
  displayText,
  grantsFromPolicyDocument,
  itemsOf,
  knownString,
  lambdaPermissionConditions,
  lambdaPermissionGrant,
  lambdaPrincipalKey,
  membershipGrant,
  unresolvedExprs
} from "./chunk-FNZ3QBDF.mjs";
import {
  toPlain
} from "./chunk-E2WJM2F3.mjs";

// src/extract/aws/sam-policy-template-codec.ts
var PARAMETER = /\$\{@([A-Za-z0-9_]+)(?:=([A-Za-z0-9_]+))?\}/g;
function lowerFirst(s) {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
function decodeText(t) {
  if (typeof t === "string") return t;
  const variables = {};
  const text2 = t[1].replace(PARAMETER, (_m, a, b) => {
    const [variable, parameter] = b === void 0 ? [lowerFirst(a), a] : [a, b];
    variables[variable] = { Ref: parameter };
    return "${" + variable + "}";
  });
  return { "Fn::Sub": Object.keys(variables).length > 0 ? [text2, variables] : text2 };
}
function decodeStatement([effect, actions, resource, condition]) {
  const statement = {
    Action: actions,
    Effect: effect === "A" ? "Allow" : "Deny",
    Resource: Array.isArray(resource) && resource[0] !== "sub" ? resource.map(decodeText) : decodeText(resource)
  };
  if (condition) {
    const decoded = {};
    for (const [operator, keys] of Object.entries(condition)) {
      const byKey = {};
      for (const [key, value] of Object.entries(keys)) byKey[key] = decodeText(value);
      decoded[operator] = byKey;
    }
    statement.Condition = decoded;
  }
  return statement;
}

// src/extract/aws/sam-policy-templates-data.ts
var SAM_POLICY_TEMPLATES = {
  AMIDescribePolicy: { "p": [], "s": [["A", ["ec2:DescribeImages"], "*"]] },
  AWSSecretsManagerGetSecretValuePolicy: { "p": ["SecretArn"], "s": [["A", ["secretsmanager:GetSecretValue"], ["sub", "${@SecretArn}"]]] },
  AWSSecretsManagerRotationPolicy: { "p": ["FunctionName"], "s": [["A", ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage"], ["sub", "arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:*"], { "StringEquals": { "secretsmanager:resource/AllowRotationLambdaArn": ["sub", "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${@FunctionName}"] } }], ["A", ["secretsmanager:GetRandomPassword"], "*"]] },
  AcmGetCertificatePolicy: { "p": ["CertificateArn"], "s": [["A", ["acm:GetCertificate"], ["sub", "${@CertificateArn}"]]] },
  AthenaQueryPolicy: { "p": ["WorkGroupName"], "s": [["A", ["athena:ListWorkGroups", "athena:GetExecutionEngine", "athena:GetExecutionEngines", "athena:GetNamespace", "athena:GetCatalogs", "athena:GetNamespaces", "athena:GetTables", "athena:GetTable"], "*"], ["A", ["athena:StartQueryExecution", "athena:GetQueryResults", "athena:DeleteNamedQuery", "athena:GetNamedQuery", "athena:ListQueryExecutions", "athena:StopQueryExecution", "athena:GetQueryResultsStream", "athena:ListNamedQueries", "athena:CreateNamedQuery", "athena:GetQueryExecution", "athena:BatchGetNamedQuery", "athena:BatchGetQueryExecution", "athena:GetWorkGroup"], ["sub", "arn:${AWS::Partition}:athena:${AWS::Region}:${AWS::AccountId}:workgroup/${@workgroupName=WorkGroupName}"]]] },
  CloudFormationDescribeStacksPolicy: { "p": [], "s": [["A", ["cloudformation:DescribeStacks"], ["sub", "arn:${AWS::Partition}:cloudformation:${AWS::Region}:${AWS::AccountId}:stack/*"]]] },
  CloudWatchDashboardPolicy: { "p": [], "s": [["A", ["cloudwatch:GetDashboard", "cloudwatch:ListDashboards", "cloudwatch:PutDashboard", "cloudwatch:ListMetrics"], "*"]] },
  CloudWatchDescribeAlarmHistoryPolicy: { "p": [], "s": [["A", ["cloudwatch:DescribeAlarmHistory"], "*"]] },
  CloudWatchPutMetricPolicy: { "p": [], "s": [["A", ["cloudwatch:PutMetricData"], "*"]] },
  CodeCommitCrudPolicy: { "p": ["RepositoryName"], "s": [["A", ["codecommit:GitPull", "codecommit:GitPush", "codecommit:CreateBranch", "codecommit:DeleteBranch", "codecommit:GetBranch", "codecommit:ListBranches", "codecommit:MergeBranchesByFastForward", "codecommit:MergeBranchesBySquash", "codecommit:MergeBranchesByThreeWay", "codecommit:UpdateDefaultBranch", "codecommit:BatchDescribeMergeConflicts", "codecommit:CreateUnreferencedMergeCommit", "codecommit:DescribeMergeConflicts", "codecommit:GetMergeCommit", "codecommit:GetMergeOptions", "codecommit:BatchGetPullRequests", "codecommit:CreatePullRequest", "codecommit:DescribePullRequestEvents", "codecommit:GetCommentsForPullRequest", "codecommit:GetCommitsFromMergeBase", "codecommit:GetMergeConflicts", "codecommit:GetPullRequest", "codecommit:ListPullRequests", "codecommit:MergePullRequestByFastForward", "codecommit:MergePullRequestBySquash", "codecommit:MergePullRequestByThreeWay", "codecommit:PostCommentForPullRequest", "codecommit:UpdatePullRequestDescription", "codecommit:UpdatePullRequestStatus", "codecommit:UpdatePullRequestTitle", "codecommit:DeleteFile", "codecommit:GetBlob", "codecommit:GetFile", "codecommit:GetFolder", "codecommit:PutFile", "codecommit:DeleteCommentContent", "codecommit:GetComment", "codecommit:GetCommentsForComparedCommit", "codecommit:PostCommentForComparedCommit", "codecommit:PostCommentReply", "codecommit:UpdateComment", "codecommit:BatchGetCommits", "codecommit:CreateCommit", "codecommit:GetCommit", "codecommit:GetCommitHistory", "codecommit:GetDifferences", "codecommit:GetObjectIdentifier", "codecommit:GetReferences", "codecommit:GetTree", "codecommit:GetRepository", "codecommit:UpdateRepositoryDescription", "codecommit:ListTagsForResource", "codecommit:TagResource", "codecommit:UntagResource", "codecommit:GetRepositoryTriggers", "codecommit:PutRepositoryTriggers", "codecommit:TestRepositoryTriggers", "codecommit:GetBranch", "codecommit:GetCommit", "codecommit:UploadArchive", "codecommit:GetUploadArchiveStatus", "codecommit:CancelUploadArchive"], ["sub", "arn:${AWS::Partition}:codecommit:${AWS::Region}:${AWS::AccountId}:${@RepositoryName}"]]] },
  CodeCommitReadPolicy: { "p": ["RepositoryName"], "s": [["A", ["codecommit:GitPull", "codecommit:GetBranch", "codecommit:ListBranches", "codecommit:BatchDescribeMergeConflicts", "codecommit:DescribeMergeConflicts", "codecommit:GetMergeCommit", "codecommit:GetMergeOptions", "codecommit:BatchGetPullRequests", "codecommit:DescribePullRequestEvents", "codecommit:GetCommentsForPullRequest", "codecommit:GetCommitsFromMergeBase", "codecommit:GetMergeConflicts", "codecommit:GetPullRequest", "codecommit:ListPullRequests", "codecommit:GetBlob", "codecommit:GetFile", "codecommit:GetFolder", "codecommit:GetComment", "codecommit:GetCommentsForComparedCommit", "codecommit:BatchGetCommits", "codecommit:GetCommit", "codecommit:GetCommitHistory", "codecommit:GetDifferences", "codecommit:GetObjectIdentifier", "codecommit:GetReferences", "codecommit:GetTree", "codecommit:GetRepository", "codecommit:ListTagsForResource", "codecommit:GetRepositoryTriggers", "codecommit:TestRepositoryTriggers", "codecommit:GetBranch", "codecommit:GetCommit", "codecommit:GetUploadArchiveStatus"], ["sub", "arn:${AWS::Partition}:codecommit:${AWS::Region}:${AWS::AccountId}:${@RepositoryName}"]]] },
  CodePipelineLambdaExecutionPolicy: { "p": [], "s": [["A", ["codepipeline:PutJobSuccessResult", "codepipeline:PutJobFailureResult"], "*"]] },
  CodePipelineReadOnlyPolicy: { "p": ["PipelineName"], "s": [["A", ["codepipeline:ListPipelineExecutions"], ["sub", "arn:${AWS::Partition}:codepipeline:${AWS::Region}:${AWS::AccountId}:${@pipelinename=PipelineName}"]]] },
  ComprehendBasicAccessPolicy: { "p": [], "s": [["A", ["comprehend:BatchDetectKeyPhrases", "comprehend:DetectDominantLanguage", "comprehend:DetectEntities", "comprehend:BatchDetectEntities", "comprehend:DetectKeyPhrases", "comprehend:DetectSentiment", "comprehend:BatchDetectDominantLanguage", "comprehend:BatchDetectSentiment"], "*"]] },
  CostExplorerReadOnlyPolicy: { "p": [], "s": [["A", ["ce:GetCostAndUsage", "ce:GetDimensionValues", "ce:GetReservationCoverage", "ce:GetReservationPurchaseRecommendation", "ce:GetReservationUtilization", "ce:GetTags"], "*"]] },
  DynamoDBBackupFullAccessPolicy: { "p": ["TableName"], "s": [["A", ["dynamodb:CreateBackup", "dynamodb:DescribeContinuousBackups"], ["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}"]], ["A", ["dynamodb:DeleteBackup", "dynamodb:DescribeBackup", "dynamodb:ListBackups"], ["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}/backup/*"]]] },
  DynamoDBCrudPolicy: { "p": ["TableName"], "s": [["A", ["dynamodb:GetItem", "dynamodb:DeleteItem", "dynamodb:PutItem", "dynamodb:Scan", "dynamodb:Query", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem", "dynamodb:BatchGetItem", "dynamodb:DescribeTable", "dynamodb:ConditionCheckItem"], [["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}"], ["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}/index/*"]]]] },
  DynamoDBReadPolicy: { "p": ["TableName"], "s": [["A", ["dynamodb:GetItem", "dynamodb:Scan", "dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:DescribeTable"], [["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}"], ["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}/index/*"]]]] },
  DynamoDBReconfigurePolicy: { "p": ["TableName"], "s": [["A", ["dynamodb:UpdateTable"], ["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}"]]] },
  DynamoDBRestoreFromBackupPolicy: { "p": ["TableName"], "s": [["A", ["dynamodb:RestoreTableFromBackup"], ["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}/backup/*"]], ["A", ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:BatchWriteItem"], ["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}"]]] },
  DynamoDBStreamReadPolicy: { "p": ["StreamName", "TableName"], "s": [["A", ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"], ["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}/stream/${@StreamName}"]], ["A", ["dynamodb:ListStreams"], ["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}/stream/*"]]] },
  DynamoDBWritePolicy: { "p": ["TableName"], "s": [["A", ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem"], [["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}"], ["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}/index/*"]]]] },
  EC2CopyImagePolicy: { "p": ["ImageId"], "s": [["A", ["ec2:CopyImage"], ["sub", "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:image/${@ImageId}"]]] },
  EC2DescribePolicy: { "p": [], "s": [["A", ["ec2:DescribeRegions", "ec2:DescribeInstances"], "*"]] },
  EFSWriteAccessPolicy: { "p": ["AccessPoint", "FileSystem"], "s": [["A", ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"], ["sub", "arn:${AWS::Partition}:elasticfilesystem:${AWS::Region}:${AWS::AccountId}:file-system/${@FileSystem=FileSystem}"], { "StringEquals": { "elasticfilesystem:AccessPointArn": ["sub", "arn:${AWS::Partition}:elasticfilesystem:${AWS::Region}:${AWS::AccountId}:access-point/${@AccessPoint=AccessPoint}"] } }]] },
  EKSDescribePolicy: { "p": [], "s": [["A", ["eks:DescribeCluster", "eks:ListClusters"], "*"]] },
  EcsRunTaskPolicy: { "p": ["TaskDefinition"], "s": [["A", ["ecs:RunTask"], ["sub", "arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:task-definition/${@TaskDefinition}"]]] },
  ElasticMapReduceAddJobFlowStepsPolicy: { "p": ["ClusterId"], "s": [["A", "elasticmapreduce:AddJobFlowSteps", ["sub", "arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${@ClusterId}"]]] },
  ElasticMapReduceCancelStepsPolicy: { "p": ["ClusterId"], "s": [["A", "elasticmapreduce:CancelSteps", ["sub", "arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${@ClusterId}"]]] },
  ElasticMapReduceModifyInstanceFleetPolicy: { "p": ["ClusterId"], "s": [["A", ["elasticmapreduce:ModifyInstanceFleet", "elasticmapreduce:ListInstanceFleets"], ["sub", "arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${@ClusterId}"]]] },
  ElasticMapReduceModifyInstanceGroupsPolicy: { "p": ["ClusterId"], "s": [["A", ["elasticmapreduce:ModifyInstanceGroups", "elasticmapreduce:ListInstanceGroups"], ["sub", "arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${@ClusterId}"]]] },
  ElasticMapReduceSetTerminationProtectionPolicy: { "p": ["ClusterId"], "s": [["A", "elasticmapreduce:SetTerminationProtection", ["sub", "arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${@ClusterId}"]]] },
  ElasticMapReduceTerminateJobFlowsPolicy: { "p": ["ClusterId"], "s": [["A", "elasticmapreduce:TerminateJobFlows", ["sub", "arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${@ClusterId}"]]] },
  ElasticsearchHttpPostPolicy: { "p": ["DomainName"], "s": [["A", ["es:ESHttpPost", "es:ESHttpPut"], ["sub", "arn:${AWS::Partition}:es:${AWS::Region}:${AWS::AccountId}:domain/${@DomainName}/*"]]] },
  EventBridgePutEventsPolicy: { "p": ["EventBusName"], "s": [["A", "events:PutEvents", ["sub", "arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/${@EventBusName}"]]] },
  FilterLogEventsPolicy: { "p": ["LogGroupName"], "s": [["A", ["logs:FilterLogEvents"], ["sub", "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${@LogGroupName}:log-stream:*"]]] },
  FirehoseCrudPolicy: { "p": ["DeliveryStreamName"], "s": [["A", ["firehose:CreateDeliveryStream", "firehose:DeleteDeliveryStream", "firehose:DescribeDeliveryStream", "firehose:PutRecord", "firehose:PutRecordBatch", "firehose:UpdateDestination"], ["sub", "arn:${AWS::Partition}:firehose:${AWS::Region}:${AWS::AccountId}:deliverystream/${@DeliveryStreamName}"]]] },
  FirehoseWritePolicy: { "p": ["DeliveryStreamName"], "s": [["A", ["firehose:PutRecord", "firehose:PutRecordBatch"], ["sub", "arn:${AWS::Partition}:firehose:${AWS::Region}:${AWS::AccountId}:deliverystream/${@DeliveryStreamName}"]]] },
  KMSDecryptPolicy: { "p": ["KeyId"], "s": [["A", "kms:Decrypt", ["sub", "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${@KeyId}"]]] },
  KMSEncryptPolicy: { "p": ["KeyId"], "s": [["A", "kms:Encrypt", ["sub", "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${@KeyId}"]]] },
  KMSEncryptPolicy_v2: { "p": ["KeyId"], "s": [["A", ["kms:Encrypt", "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext", "kms:GenerateDataKeyPair", "kms:GenerateDataKeyPairWithoutPlaintext"], ["sub", "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${@KeyId}"]]] },
  KinesisCrudPolicy: { "p": ["StreamName"], "s": [["A", ["kinesis:AddTagsToStream", "kinesis:CreateStream", "kinesis:DecreaseStreamRetentionPeriod", "kinesis:DeleteStream", "kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:GetShardIterator", "kinesis:IncreaseStreamRetentionPeriod", "kinesis:ListTagsForStream", "kinesis:MergeShards", "kinesis:PutRecord", "kinesis:PutRecords", "kinesis:SplitShard", "kinesis:RemoveTagsFromStream"], ["sub", "arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/${@StreamName}"]]] },
  KinesisStreamReadPolicy: { "p": ["StreamName"], "s": [["A", ["kinesis:ListStreams", "kinesis:DescribeLimits"], ["sub", "arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/*"]], ["A", ["kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator"], ["sub", "arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/${@StreamName}"]]] },
  LambdaInvokePolicy: { "p": ["FunctionName"], "s": [["A", ["lambda:InvokeFunction"], ["sub", "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${@FunctionName}*"]]] },
  MobileAnalyticsWriteOnlyAccessPolicy: { "p": [], "s": [["A", ["mobileanalytics:PutEvents"], "*"]] },
  OrganizationsListAccountsPolicy: { "p": [], "s": [["A", ["organizations:ListAccounts"], "*"]] },
  PinpointEndpointAccessPolicy: { "p": ["PinpointApplicationId"], "s": [["A", ["mobiletargeting:GetEndpoint", "mobiletargeting:UpdateEndpoint", "mobiletargeting:UpdateEndpointsBatch"], ["sub", "arn:${AWS::Partition}:mobiletargeting:${AWS::Region}:${AWS::AccountId}:apps/${@PinpointApplicationId}/endpoints/*"]]] },
  PollyFullAccessPolicy: { "p": ["LexiconName"], "s": [["A", ["polly:GetLexicon", "polly:DeleteLexicon"], [["sub", "arn:${AWS::Partition}:polly:${AWS::Region}:${AWS::AccountId}:lexicon/${@LexiconName}"]]], ["A", ["polly:DescribeVoices", "polly:ListLexicons", "polly:PutLexicon", "polly:SynthesizeSpeech"], [["sub", "arn:${AWS::Partition}:polly:${AWS::Region}:${AWS::AccountId}:lexicon/*"]]]] },
  RekognitionDetectOnlyPolicy: { "p": [], "s": [["A", ["rekognition:DetectFaces", "rekognition:DetectLabels", "rekognition:DetectModerationLabels", "rekognition:DetectText"], "*"]] },
  RekognitionFacesManagementPolicy: { "p": ["CollectionId"], "s": [["A", ["rekognition:IndexFaces", "rekognition:DeleteFaces", "rekognition:SearchFaces", "rekognition:SearchFacesByImage", "rekognition:ListFaces"], ["sub", "arn:${AWS::Partition}:rekognition:${AWS::Region}:${AWS::AccountId}:collection/${@CollectionId}"]]] },
  RekognitionFacesPolicy: { "p": [], "s": [["A", ["rekognition:CompareFaces", "rekognition:DetectFaces"], "*"]] },
  RekognitionLabelsPolicy: { "p": [], "s": [["A", ["rekognition:DetectLabels", "rekognition:DetectModerationLabels"], "*"]] },
  RekognitionNoDataAccessPolicy: { "p": ["CollectionId"], "s": [["A", ["rekognition:CompareFaces", "rekognition:DetectFaces", "rekognition:DetectLabels", "rekognition:DetectModerationLabels"], ["sub", "arn:${AWS::Partition}:rekognition:${AWS::Region}:${AWS::AccountId}:collection/${@CollectionId}"]]] },
  RekognitionReadPolicy: { "p": ["CollectionId"], "s": [["A", ["rekognition:ListCollections", "rekognition:ListFaces", "rekognition:SearchFaces", "rekognition:SearchFacesByImage"], ["sub", "arn:${AWS::Partition}:rekognition:${AWS::Region}:${AWS::AccountId}:collection/${@CollectionId}"]]] },
  RekognitionWriteOnlyAccessPolicy: { "p": ["CollectionId"], "s": [["A", ["rekognition:CreateCollection", "rekognition:IndexFaces"], ["sub", "arn:${AWS::Partition}:rekognition:${AWS::Region}:${AWS::AccountId}:collection/${@CollectionId}"]]] },
  Route53ChangeResourceRecordSetsPolicy: { "p": ["HostedZoneId"], "s": [["A", ["route53:ChangeResourceRecordSets"], ["sub", "arn:${AWS::Partition}:route53:::hostedzone/${@HostedZoneId=HostedZoneId}"]]] },
  S3CrudPolicy: { "p": ["BucketName"], "s": [["A", ["s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObjectVersion", "s3:PutObject", "s3:PutObjectAcl", "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration", "s3:DeleteObject"], [["sub", "arn:${AWS::Partition}:s3:::${@BucketName}"], ["sub", "arn:${AWS::Partition}:s3:::${@BucketName}/*"]]]] },
  S3FullAccessPolicy: { "p": ["BucketName"], "s": [["A", ["s3:GetObject", "s3:GetObjectAcl", "s3:GetObjectVersion", "s3:PutObject", "s3:PutObjectAcl", "s3:DeleteObject", "s3:DeleteObjectTagging", "s3:DeleteObjectVersionTagging", "s3:GetObjectTagging", "s3:GetObjectVersionTagging", "s3:PutObjectTagging", "s3:PutObjectVersionTagging"], [["sub", "arn:${AWS::Partition}:s3:::${@BucketName}/*"]]], ["A", ["s3:ListBucket", "s3:GetBucketLocation", "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration"], [["sub", "arn:${AWS::Partition}:s3:::${@BucketName}"]]]] },
  S3ReadPolicy: { "p": ["BucketName"], "s": [["A", ["s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObjectVersion", "s3:GetLifecycleConfiguration"], [["sub", "arn:${AWS::Partition}:s3:::${@BucketName}"], ["sub", "arn:${AWS::Partition}:s3:::${@BucketName}/*"]]]] },
  S3WritePolicy: { "p": ["BucketName"], "s": [["A", ["s3:PutObject", "s3:PutObjectAcl", "s3:PutLifecycleConfiguration"], [["sub", "arn:${AWS::Partition}:s3:::${@BucketName}"], ["sub", "arn:${AWS::Partition}:s3:::${@BucketName}/*"]]]] },
  SESBulkTemplatedCrudPolicy: { "p": ["IdentityName"], "s": [["A", ["ses:GetIdentityVerificationAttributes", "ses:SendEmail", "ses:SendRawEmail", "ses:SendTemplatedEmail", "ses:SendBulkTemplatedEmail", "ses:VerifyEmailIdentity"], ["sub", "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${@IdentityName}"]]] },
  SESBulkTemplatedCrudPolicy_v2: { "p": ["IdentityName", "TemplateName"], "s": [["A", ["ses:SendEmail", "ses:SendRawEmail", "ses:SendTemplatedEmail", "ses:SendBulkTemplatedEmail"], [["sub", "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${@IdentityName}"], ["sub", "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:template/${@TemplateName}"]]], ["A", ["ses:GetIdentityVerificationAttributes", "ses:VerifyEmailIdentity"], "*"]] },
  SESCrudPolicy: { "p": ["IdentityName"], "s": [["A", ["ses:GetIdentityVerificationAttributes", "ses:SendEmail", "ses:SendRawEmail", "ses:VerifyEmailIdentity"], ["sub", "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${@IdentityName}"]]] },
  SESEmailTemplateCrudPolicy: { "p": [], "s": [["A", ["ses:CreateTemplate", "ses:GetTemplate", "ses:ListTemplates", "ses:UpdateTemplate", "ses:DeleteTemplate", "ses:TestRenderTemplate"], "*"]] },
  SESSendBouncePolicy: { "p": ["IdentityName"], "s": [["A", ["ses:SendBounce"], ["sub", "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${@IdentityName}"]]] },
  SNSCrudPolicy: { "p": ["TopicName"], "s": [["A", ["sns:ListSubscriptionsByTopic", "sns:CreateTopic", "sns:SetTopicAttributes", "sns:Subscribe", "sns:Publish"], ["sub", "arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:${@TopicName}*"]]] },
  SNSPublishMessagePolicy: { "p": ["TopicName"], "s": [["A", ["sns:Publish"], ["sub", "arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:${@TopicName}"]]] },
  SQSPollerPolicy: { "p": ["QueueName"], "s": [["A", ["sqs:ChangeMessageVisibility", "sqs:ChangeMessageVisibilityBatch", "sqs:DeleteMessage", "sqs:DeleteMessageBatch", "sqs:GetQueueAttributes", "sqs:ReceiveMessage"], ["sub", "arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${@QueueName}"]]] },
  SQSSendMessagePolicy: { "p": ["QueueName"], "s": [["A", ["sqs:SendMessage*"], ["sub", "arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${@QueueName}"]]] },
  SSMParameterReadPolicy: { "p": ["ParameterName"], "s": [["A", ["ssm:DescribeParameters"], "*"], ["A", ["ssm:GetParameters", "ssm:GetParameter", "ssm:GetParametersByPath"], ["sub", "arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/${@ParameterName}"]]] },
  SSMParameterWithSlashPrefixReadPolicy: { "p": ["ParameterName"], "s": [["A", ["ssm:DescribeParameters"], "*"], ["A", ["ssm:GetParameters", "ssm:GetParameter", "ssm:GetParametersByPath"], ["sub", "arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${@ParameterName}"]]] },
  SageMakerCreateEndpointConfigPolicy: { "p": ["EndpointConfigName"], "s": [["A", ["sagemaker:CreateEndpointConfig"], ["sub", "arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:endpoint-config/${@EndpointConfigName}"]]] },
  SageMakerCreateEndpointPolicy: { "p": ["EndpointName"], "s": [["A", ["sagemaker:CreateEndpoint"], ["sub", "arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:endpoint/${@EndpointName}"]]] },
  ServerlessRepoReadWriteAccessPolicy: { "p": [], "s": [["A", ["serverlessrepo:CreateApplication", "serverlessrepo:CreateApplicationVersion", "serverlessrepo:UpdateApplication", "serverlessrepo:GetApplication", "serverlessrepo:ListApplications", "serverlessrepo:ListApplicationVersions", "serverlessrepo:ListApplicationDependencies"], [["sub", "arn:${AWS::Partition}:serverlessrepo:${AWS::Region}:${AWS::AccountId}:applications/*"]]]] },
  StepFunctionsCallbackPolicy: { "p": ["StateMachineName"], "s": [["A", ["states:SendTaskFailure", "states:SendTaskHeartbeat", "states:SendTaskSuccess"], ["sub", "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${@StateMachineName}"]]] },
  StepFunctionsExecutionPolicy: { "p": ["StateMachineName"], "s": [["A", ["states:StartExecution"], ["sub", "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${@StateMachineName}"]]] },
  StepFunctionsExecutionPolicy_v2: { "p": ["StateMachineName"], "s": [["A", ["states:StartExecution", "states:StartSyncExecution"], ["sub", "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${@StateMachineName}"]]] },
  TextractDetectAnalyzePolicy: { "p": [], "s": [["A", ["textract:DetectDocumentText", "textract:StartDocumentTextDetection", "textract:StartDocumentAnalysis", "textract:AnalyzeDocument"], "*"]] },
  TextractGetResultPolicy: { "p": [], "s": [["A", ["textract:GetDocumentTextDetection", "textract:GetDocumentAnalysis"], "*"]] },
  TextractPolicy: { "p": [], "s": [["A", ["textract:*"], "*"]] },
  VPCAccessPolicy: { "p": [], "s": [["A", ["ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DetachNetworkInterface"], "*"]] }
};

// src/extract/aws/sam-policy-templates.ts
function isSamPolicyTemplate(name) {
  return Object.hasOwn(SAM_POLICY_TEMPLATES, name);
}
function expandSamPolicyTemplate(name, parameters, span) {
  const template = SAM_POLICY_TEMPLATES[name];
  if (!template) return [];
  return template.s.map((s) => toValue(decodeStatement(s), parameters, span));
}
function toValue(x, parameters, span) {
  const at = span ? { span } : {};
  if (x === null) return { kind: "null", ...at };
  if (typeof x === "string") return { kind: "string", value: x, ...at };
  if (typeof x === "number") return { kind: "number", value: x, ...at };
  if (typeof x === "boolean") return { kind: "bool", value: x, ...at };
  if (Array.isArray(x)) return { kind: "list", items: x.map((i) => toValue(i, parameters, span)), ...at };
  const keys = Object.keys(x);
  if (keys.length === 1 && keys[0] === "Ref" && typeof x.Ref === "string") {
    const given = parameters.get(x.Ref);
    if (given) return given;
  }
  const entries = /* @__PURE__ */ new Map();
  for (const k of keys) entries.set(k, toValue(x[k], parameters, span));
  return { kind: "object", entries, ...at };
}

// src/extract/aws/sam-connectors.ts
var CONNECTOR_TYPE = "AWS::Serverless::Connector";
var KIND_OF_TYPE = {
  "AWS::Lambda::Function": "Function",
  "AWS::Serverless::Function": "Function",
  "AWS::StepFunctions::StateMachine": "StateMachine",
  "AWS::Serverless::StateMachine": "StateMachine",
  "AWS::DynamoDB::Table": "Table",
  "AWS::Serverless::SimpleTable": "Table",
  "AWS::SQS::Queue": "Queue",
  "AWS::SNS::Topic": "Topic",
  "AWS::S3::Bucket": "Bucket",
  "AWS::Events::EventBus": "EventBus",
  "AWS::Events::Rule": "Rule",
  "AWS::ApiGateway::RestApi": "RestApi",
  "AWS::Serverless::Api": "RestApi",
  "AWS::ApiGatewayV2::Api": "HttpApi",
  "AWS::Serverless::HttpApi": "HttpApi",
  "AWS::AppSync::DataSource": "DataSource",
  "AWS::AppSync::GraphQLApi": "GraphQLApi",
  "AWS::Location::PlaceIndex": "PlaceIndex"
};
var DYNAMODB_READ = ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:PartiQLSelect"];
var DYNAMODB_WRITE = ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem", "dynamodb:PartiQLDelete", "dynamodb:PartiQLInsert", "dynamodb:PartiQLUpdate"];
var TABLE = { kind: "role-policy", role: "source", Read: [[DYNAMODB_READ, ["arn", "arn/index/*"]]], Write: [[DYNAMODB_WRITE, ["arn", "arn/index/*"]]] };
var INVOKE = ["lambda:InvokeAsync", "lambda:InvokeFunction"];
var STATE_MACHINE_START = { kind: "role-policy", role: "source", Write: [[["states:StartExecution"], ["arn"]]] };
var PUT_EVENTS = { kind: "role-policy", role: "source", Write: [[["events:PutEvents"], ["arn"]]] };
var PROFILES = {
  "Function->Table": TABLE,
  "DataSource->Table": TABLE,
  "Function->Queue": {
    kind: "role-policy",
    role: "source",
    Read: [[["sqs:ReceiveMessage", "sqs:GetQueueAttributes"], ["arn"]]],
    Write: [[["sqs:DeleteMessage", "sqs:SendMessage", "sqs:ChangeMessageVisibility", "sqs:PurgeQueue"], ["arn"]]]
  },
  "Function->Topic": { kind: "role-policy", role: "source", Write: [[["sns:Publish"], ["arn"]]] },
  "Function->Bucket": {
    kind: "role-policy",
    role: "source",
    Read: [
      [
        [
          "s3:GetObject",
          "s3:GetObjectAcl",
          "s3:GetObjectLegalHold",
          "s3:GetObjectRetention",
          "s3:GetObjectTorrent",
          "s3:GetObjectVersion",
          "s3:GetObjectVersionAcl",
          "s3:GetObjectVersionForReplication",
          "s3:GetObjectVersionTorrent",
          "s3:ListBucket",
          "s3:ListBucketMultipartUploads",
          "s3:ListBucketVersions",
          "s3:ListMultipartUploadParts"
        ],
        ["arn", "arn/*"]
      ]
    ],
    Write: [[["s3:AbortMultipartUpload", "s3:DeleteObject", "s3:DeleteObjectVersion", "s3:PutObject", "s3:PutObjectLegalHold", "s3:PutObjectRetention", "s3:RestoreObject"], ["arn", "arn/*"]]]
  },
  "Function->Function": { kind: "role-policy", role: "source", Write: [[INVOKE, ["arn"]]] },
  "StateMachine->Function": { kind: "role-policy", role: "source", Write: [[INVOKE, ["arn"]]] },
  "DataSource->Function": { kind: "role-policy", role: "source", Write: [[INVOKE, ["arn", "arn:*"]]] },
  "Function->StateMachine": {
    kind: "role-policy",
    role: "source",
    Read: [
      [["states:DescribeStateMachine", "states:ListExecutions"], ["arn"]],
      [["states:DescribeExecution", "states:DescribeStateMachineForExecution", "states:GetExecutionHistory"], ["executions"]]
    ],
    Write: [
      [["states:StartExecution", "states:StartSyncExecution"], ["arn"]],
      [["states:StopExecution"], ["executions"]]
    ]
  },
  // The corpus grants Read and Write together only; which of the two carries events:DescribeRule is not observable there.
  "StateMachine->StateMachine": {
    kind: "role-policy",
    role: "source",
    Read: [
      [["states:DescribeExecution"], ["executions"]],
      [["events:DescribeRule"], ["syncExecutionRule"]]
    ],
    Write: [
      [["states:StartExecution"], ["arn"]],
      [["states:StopExecution"], ["executions"]],
      [["events:PutTargets", "events:PutRule"], ["syncExecutionRule"]]
    ]
  },
  "Rule->StateMachine": STATE_MACHINE_START,
  "Rule->EventBus": PUT_EVENTS,
  "DataSource->EventBus": PUT_EVENTS,
  "Function->EventBus": PUT_EVENTS,
  "Function->PlaceIndex": {
    kind: "role-policy",
    role: "source",
    Read: [[["geo:DescribePlaceIndex", "geo:GetPlace", "geo:SearchPlaceIndexForPosition", "geo:SearchPlaceIndexForSuggestions", "geo:SearchPlaceIndexForText"], ["arn"]]]
  },
  "Table->Function": { kind: "role-policy", role: "destination", Read: [[["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams"], ["sourceArn/stream/*"]]] },
  "Queue->Function": {
    kind: "role-policy",
    role: "destination",
    Read: [[["sqs:ReceiveMessage", "sqs:GetQueueAttributes"], ["sourceArn"]]],
    Write: [[["sqs:DeleteMessage"], ["sourceArn"]]]
  },
  "Topic->Queue": { kind: "queue-policy", service: "sns.amazonaws.com" },
  "Rule->Queue": { kind: "queue-policy", service: "events.amazonaws.com" },
  "Rule->Topic": { kind: "topic-policy", service: "events.amazonaws.com" },
  "Topic->Function": { kind: "lambda-permission", service: "sns.amazonaws.com" },
  "Rule->Function": { kind: "lambda-permission", service: "events.amazonaws.com" },
  "Bucket->Function": { kind: "lambda-permission", service: "s3.amazonaws.com" },
  "RestApi->Function": { kind: "lambda-permission", service: "apigateway.amazonaws.com" },
  "HttpApi->Function": { kind: "lambda-permission", service: "apigateway.amazonaws.com" },
  "GraphQLApi->Function": { kind: "lambda-permission", service: "appsync.amazonaws.com" }
};
function connectorResources(template) {
  const byId = new Map(template.resources.map((r) => [r.logicalId, r]));
  const out = [];
  for (const connector of connectorsOf(template)) out.push(...expandConnector(template, byId, connector));
  return out;
}
function connectorsOf(template) {
  const out = [];
  const declared = template.root.entries.get("Resources");
  for (const r of template.resources) {
    if (r.type === CONNECTOR_TYPE && r.properties) {
      out.push({ logicalId: r.logicalId, address: r.address, sourceAddress: r.sourceAddress, properties: r.properties, span: r.span, ...r.condition !== void 0 ? { condition: r.condition } : {} });
      continue;
    }
    const body = declared?.kind === "object" ? declared.entries.get(r.logicalId) : void 0;
    const embedded = body?.kind === "object" ? body.entries.get("Connectors") : void 0;
    if (embedded?.kind !== "object") continue;
    for (const [name, connector] of embedded.entries) {
      const properties = connector.kind === "object" ? connector.entries.get("Properties") : void 0;
      if (properties?.kind !== "object") continue;
      out.push({
        logicalId: `${r.logicalId}${name}`,
        address: `${r.address}/Connectors/${name}`,
        sourceAddress: r.sourceAddress,
        properties,
        span: { ...connector.span ?? r.span, address: r.sourceAddress },
        host: r,
        ...r.condition !== void 0 ? { condition: r.condition } : {}
      });
    }
  }
  return out;
}
function expandConnector(template, byId, connector) {
  const props = connector.properties.entries;
  const permissionsValue = props.get("Permissions");
  const span = permissionsValue?.span ?? connector.span;
  const permissions = new Set((permissionsValue?.kind === "list" ? permissionsValue.items : []).flatMap((p) => p.kind === "string" ? [p.value] : []));
  const source = connector.host ? withGivenValues(endpointOfResource(connector.host, span), props.get("SourceReference")) : endpointOf(props.get("Source"), byId, span);
  const destinationValue = props.get("Destination");
  const destinations = destinationValue?.kind === "list" ? destinationValue.items : destinationValue ? [destinationValue] : [];
  const out = [];
  destinations.forEach((destinationItem, index) => {
    const destination = endpointOf(destinationItem, byId, span);
    const suffix = destinations.length > 1 || destinationValue?.kind === "list" ? `Destination${index}` : "";
    const profile = source?.kind && destination?.kind ? PROFILES[`${source.kind}->${destination.kind}`] : void 0;
    if (!source || !destination || !profile) {
      const unknownEnd = !source?.kind ? "Source" : !destination?.kind ? "Destination" : void 0;
      template.unresolved.push({
        span: { ...span, address: connector.sourceAddress },
        expr: `${source?.type ?? "?"} -> ${destination?.type ?? "?"}`,
        reason: unknownEnd ? `SAM connector ${unknownEnd} is neither a resource of the template (Id) nor a known resource Type` : "SAM connector between resource types it has no permissions profile for"
      });
      return;
    }
    const generated = generatedResource(connector, profile, permissions, source, destination, suffix, span);
    if (generated) out.push(generated);
  });
  return out;
}
function generatedResource(connector, profile, permissions, source, destination, suffix, span) {
  const resource = (logicalId, type, entries2, policyProperty) => {
    const r = {
      logicalId,
      address: `Resources/${logicalId}`,
      sourceAddress: connector.sourceAddress,
      type,
      span: { ...span, address: connector.sourceAddress },
      properties: object(entries2, span),
      propertySpans: new Map(entries2.map(([k]) => [k, span])),
      generatedFrom: connector.address
    };
    r.propertySpans.set(policyProperty, span);
    if (connector.condition !== void 0) r.condition = connector.condition;
    return r;
  };
  const sourceCondition = (service, resourceArn, action) => object(
    [
      ["Action", text(action, span)],
      ["Condition", object([["ArnEquals", object([["aws:SourceArn", source.arn ?? missing(span)]], span)]], span)],
      ["Effect", text("Allow", span)],
      ["Principal", object([["Service", text(service, span)]], span)],
      ["Resource", resourceArn ?? missing(span)]
    ],
    span
  );
  if (profile.kind === "role-policy") {
    const statements = [];
    for (const permission of ["Read", "Write"]) {
      if (!permissions.has(permission)) continue;
      for (const [actions, shapes] of profile[permission] ?? []) {
        statements.push(
          object(
            [
              ["Action", list(actions.map((a) => text(a, span)), span)],
              ["Effect", text("Allow", span)],
              ["Resource", list(shapes.map((s) => resourceOfShape(s, source, destination, span)), span)]
            ],
            span
          )
        );
      }
    }
    if (statements.length === 0) return void 0;
    const role = (profile.role === "source" ? source : destination).role;
    return resource(
      `${connector.logicalId}Policy${suffix}`,
      "AWS::IAM::ManagedPolicy",
      [
        ["PolicyDocument", policyDocument(statements, span)],
        ["Roles", list([role ?? missing(span)], span)]
      ],
      "PolicyDocument"
    );
  }
  if (!permissions.has("Write")) return void 0;
  if (profile.kind === "queue-policy" || profile.kind === "topic-policy") {
    const queue = profile.kind === "queue-policy";
    const statement = sourceCondition(profile.service, destination.arn, queue ? "sqs:SendMessage" : "sns:Publish");
    return resource(
      `${connector.logicalId}${queue ? "QueuePolicy" : "TopicPolicy"}${suffix}`,
      queue ? "AWS::SQS::QueuePolicy" : "AWS::SNS::TopicPolicy",
      [
        ["PolicyDocument", policyDocument([statement], span)],
        [queue ? "Queues" : "Topics", list([(queue ? destination.queueUrl : destination.arn) ?? missing(span)], span)]
      ],
      "PolicyDocument"
    );
  }
  const entries = [
    ["Action", text("lambda:InvokeFunction", span)],
    ["FunctionName", destination.arn ?? missing(span)],
    ["Principal", text(profile.service, span)],
    ["SourceArn", invokerArn(source, span)]
  ];
  if (source.kind === "Bucket") entries.push(["SourceAccount", object([["Fn::Sub", text("${AWS::AccountId}", span)]], span)]);
  return resource(`${connector.logicalId}WriteLambdaPermission${suffix}`, "AWS::Lambda::Permission", entries, "Principal");
}
function policyDocument(statements, span) {
  return object([["Statement", list(statements, span)], ["Version", text("2012-10-17", span)]], span);
}
function invokerArn(source, span) {
  if (source.kind === "RestApi" || source.kind === "HttpApi") {
    return sub("arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${SourceResourceId}/${SourceQualifier}", [["SourceQualifier", source.qualifier ?? text("*", span)], ["SourceResourceId", source.resourceId ?? missing(span)]], span);
  }
  if (source.kind === "GraphQLApi") return sub("arn:${AWS::Partition}:appsync:${AWS::Region}:${AWS::AccountId}:apis/${SourceResourceId}", [["SourceResourceId", source.resourceId ?? missing(span)]], span);
  return source.arn ?? missing(span);
}
function resourceOfShape(shape, source, destination, span) {
  const destinationArn = destination.arn ?? missing(span);
  const sourceArn = source.arn ?? missing(span);
  switch (shape) {
    case "arn":
      return destinationArn;
    case "arn/index/*":
      return sub("${DestinationArn}/index/*", [["DestinationArn", destinationArn]], span);
    case "arn/*":
      return sub("${DestinationArn}/*", [["DestinationArn", destinationArn]], span);
    case "arn:*":
      return sub("${DestinationArn}:*", [["DestinationArn", destinationArn]], span);
    case "sourceArn":
      return sourceArn;
    case "sourceArn/stream/*":
      return sub("${SourceArn}/stream/*", [["SourceArn", sourceArn]], span);
    case "executions":
      return sub("arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:${DestinationName}:*", [["DestinationName", destination.name ?? missing(span)]], span);
    case "syncExecutionRule":
      return object([["Fn::Sub", text("arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule", span)]], span);
  }
}
function endpointOf(v, byId, span) {
  if (v?.kind !== "object") return void 0;
  const id = v.entries.get("Id");
  const declared = id?.kind === "string" ? byId.get(id.value) : void 0;
  if (id !== void 0 && !declared) return void 0;
  return withGivenValues(declared ? endpointOfResource(declared, span) : { kind: void 0, type: void 0 }, v);
}
function withGivenValues(endpoint, v) {
  if (v?.kind !== "object") return endpoint;
  const type = v.entries.get("Type");
  if (type?.kind === "string") {
    endpoint.type = type.value;
    endpoint.kind = KIND_OF_TYPE[type.value];
  }
  const given = [
    ["arn", "Arn"],
    ["name", "Name"],
    ["role", "RoleName"],
    ["queueUrl", "QueueUrl"],
    ["resourceId", "ResourceId"],
    ["qualifier", "Qualifier"]
  ];
  for (const [field, property] of given) {
    const value = v.entries.get(property);
    if (value !== void 0 && value.kind !== "null") endpoint[field] = value;
  }
  return endpoint;
}
function endpointOfResource(r, span) {
  const kind = KIND_OF_TYPE[r.type];
  const endpoint = { kind, type: r.type };
  const ref = ref_(r.logicalId, span);
  const attribute = (name) => getAtt(r.logicalId, name, span);
  const property = (name) => r.properties?.entries.get(name);
  switch (kind) {
    case "Function":
      endpoint.arn = attribute("Arn");
      endpoint.role = r.type === "AWS::Serverless::Function" ? samRole(r, span) : roleName(property("Role"));
      break;
    case "StateMachine":
      endpoint.arn = ref;
      endpoint.name = attribute("Name");
      endpoint.role = r.type === "AWS::Serverless::StateMachine" ? samRole(r, span) : roleName(property("RoleArn"));
      break;
    case "Queue":
      endpoint.arn = attribute("Arn");
      endpoint.queueUrl = ref;
      break;
    case "Topic":
      endpoint.arn = ref;
      break;
    case "Rule": {
      endpoint.arn = attribute("Arn");
      const targets = property("Targets");
      const first = targets?.kind === "list" ? targets.items[0] : void 0;
      endpoint.role = roleName(first?.kind === "object" ? first.entries.get("RoleArn") : void 0);
      break;
    }
    case "DataSource":
      endpoint.arn = attribute("DataSourceArn");
      endpoint.role = roleName(property("ServiceRoleArn"));
      break;
    case "RestApi":
    case "HttpApi":
      endpoint.resourceId = ref;
      break;
    case "GraphQLApi":
      endpoint.arn = attribute("Arn");
      endpoint.resourceId = attribute("ApiId");
      break;
    case "Table":
    case "Bucket":
    case "EventBus":
    case "PlaceIndex":
      endpoint.arn = attribute("Arn");
      break;
    case void 0:
      break;
  }
  return endpoint;
}
function samRole(r, span) {
  const given = r.properties?.entries.get("Role");
  return given && given.kind !== "null" ? roleName(given) : ref_(`${r.logicalId}Role`, span);
}
function roleName(v) {
  if (v?.kind !== "object" || v.entries.size !== 1) return v;
  const args = v.entries.get("Fn::GetAtt");
  const parts = args?.kind === "list" ? args.items : args?.kind === "string" ? args.value.split(".").map((value) => ({ kind: "string", value })) : [];
  const [resource, attribute] = parts;
  if (parts.length === 2 && resource?.kind === "string" && attribute?.kind === "string" && attribute.value === "Arn") return ref_(resource.value, v.span);
  return v;
}
function missing(span) {
  return ref_("AWS::NoValue", span);
}
function sub(template, variables, span) {
  return object([["Fn::Sub", list([text(template, span), object(variables, span)], span)]], span);
}
function ref_(logicalId, span) {
  return object([["Ref", text(logicalId, span)]], span);
}
function getAtt(logicalId, attribute, span) {
  return object([["Fn::GetAtt", list([text(logicalId, span), text(attribute, span)], span)]], span);
}
function text(value, span) {
  return span ? { kind: "string", value, span } : { kind: "string", value };
}
function object(entries, span) {
  return { kind: "object", entries: new Map(entries), ...span ? { span } : {} };
}
function list(items, span) {
  return { kind: "list", items, ...span ? { span } : {} };
}

// src/extract/aws/sam-transform.ts
var SAM_TRANSFORM = "AWS::Serverless-2016-10-31";
var SAM_WRITTEN_POLICY_NAMES = /* @__PURE__ */ new WeakSet();
function isSamWrittenPolicy(policyName) {
  return policyName !== void 0 && SAM_WRITTEN_POLICY_NAMES.has(policyName);
}
function samWrittenPolicy(document, name, span) {
  const nameValue = text(name, span);
  SAM_WRITTEN_POLICY_NAMES.add(nameValue);
  return object([["PolicyDocument", document], ["PolicyName", nameValue]], span);
}
function isSamTemplate(template) {
  return template.transforms.includes(SAM_TRANSFORM) || template.resources.some((r) => r.type.startsWith("AWS::Serverless::"));
}
var SERVICE_ROLE_POLICIES = /* @__PURE__ */ new Set([
  "AWSLambdaBasicExecutionRole",
  "AWSLambdaBasicDurableExecutionRolePolicy",
  "AWSLambdaRole",
  "AWSLambdaKinesisExecutionRole",
  "AWSLambdaDynamoDBExecutionRole",
  "AWSLambdaSQSQueueExecutionRole",
  "AWSLambdaMSKExecutionRole",
  "AWSLambdaVPCAccessExecutionRole",
  "AWSLambdaENIManagementAccess",
  "AWSCodeDeployRole",
  "AWSCodeDeployRoleForLambda",
  "AWSCodeDeployRoleForLambdaLimited",
  "AmazonAPIGatewayPushToCloudWatchLogs",
  "AWSConfigRulesExecutionRole",
  "AWSIoTLogging",
  "AWSIoTRuleActions",
  "AWSGlueServiceRole",
  "AWSAppSyncPushToCloudWatchLogs",
  "AmazonEC2ContainerServiceRole",
  "AmazonECSTaskExecutionRolePolicy"
]);
var EVENT_SOURCE_POLICIES = {
  SQS: "AWSLambdaSQSQueueExecutionRole",
  Kinesis: "AWSLambdaKinesisExecutionRole",
  DynamoDB: "AWSLambdaDynamoDBExecutionRole",
  MSK: "AWSLambdaMSKExecutionRole"
};
var OTHER_AWS_MANAGED_POLICIES = /^(AdministratorAccess|PowerUserAccess|ReadOnlyAccess|ViewOnlyAccess|SecurityAudit|Billing|SupportUser|DatabaseAdministrator|NetworkAdministrator|SystemAdministrator|DataScientist|SecretsManagerReadWrite|IAM[A-Za-z]*|CloudWatch[A-Za-z]*|CloudFront[A-Za-z]*|Comprehend[A-Za-z]*|AlexaForBusiness[A-Za-z]*|ResourceGroupsandTagEditor[A-Za-z]*)$/;
function isAwsManagedPolicyName(name) {
  return /^(AWS|Amazon)[A-Za-z0-9_-]+$/.test(name) || OTHER_AWS_MANAGED_POLICIES.test(name);
}
function managedPolicyArn(name) {
  return `arn:aws:iam::aws:policy/${SERVICE_ROLE_POLICIES.has(name) ? "service-role/" : ""}${name}`;
}
function withParameterDefault(template, v) {
  if (v?.kind !== "object" || v.entries.size !== 1) return v;
  const ref = v.entries.get("Ref");
  if (ref?.kind !== "string") return v;
  const fallback = template.parameters.get(ref.value)?.entries.get("Default");
  return fallback ?? v;
}
var DESTINATION_ACTIONS = {
  SQS: "sqs:SendMessage",
  SNS: "sns:publish",
  Lambda: "lambda:InvokeFunction",
  EventBridge: "events:PutEvents"
};
var ROLE_SPECS = {
  "AWS::Serverless::Function": { service: "lambda.amazonaws.com", baseline: ["AWSLambdaBasicExecutionRole"], tag: "lambda:createdBy", globals: "Function" },
  "AWS::Serverless::StateMachine": { service: "states.amazonaws.com", baseline: [], tag: "stateMachine:createdBy", globals: "StateMachine" }
};
function expandSam(template) {
  const out = [];
  for (const r of template.resources) {
    if (r.type === "AWS::Serverless::Api") {
      out.push(restApiWithPolicy(template, r) ?? r);
      continue;
    }
    out.push(r);
    const spec = ROLE_SPECS[r.type];
    if (!spec) continue;
    const role = generatedRole(template, r, spec);
    if (role) out.push(role);
    if (r.type === "AWS::Serverless::StateMachine") out.push(...stateMachineEventRoles(r));
  }
  out.push(...connectorResources(template));
  template.resources = out;
}
var STATE_MACHINE_EVENT_SERVICES = {
  Schedule: "events.amazonaws.com",
  CloudWatchEvent: "events.amazonaws.com",
  EventBridgeRule: "events.amazonaws.com",
  ScheduleV2: "scheduler.amazonaws.com",
  Api: "apigateway.amazonaws.com"
};
function stateMachineEventRoles(r) {
  const events = r.properties?.entries.get("Events");
  if (events?.kind !== "object") return [];
  const out = [];
  const alias = r.properties?.entries.get("AutoPublishAlias");
  const target = alias?.kind === "string" && isTrue(r.properties?.entries.get("UseAliasAsEventTarget")) ? `${r.logicalId}Alias${alias.value}` : r.logicalId;
  const machineBoundary = r.properties?.entries.get("PermissionsBoundary");
  for (const [eventId, event] of events.entries) {
    if (event.kind !== "object") continue;
    const type = event.entries.get("Type");
    const service = type?.kind === "string" ? STATE_MACHINE_EVENT_SERVICES[type.value] : void 0;
    if (!service || type?.kind !== "string") continue;
    const properties = event.entries.get("Properties");
    const props = properties?.kind === "object" ? properties.entries : /* @__PURE__ */ new Map();
    const givenRole = props.get("RoleArn");
    if (givenRole && givenRole.kind !== "null") continue;
    const span = event.span ?? r.span;
    const logicalId = `${r.logicalId}${eventId}Role`;
    const policyName = type.value === "ScheduleV2" ? `${r.logicalId}${eventId}StartExecutionPolicy` : `${logicalId}StartExecutionPolicy`;
    const statement = object(
      [
        ["Action", text("states:StartExecution", span)],
        ["Effect", text("Allow", span)],
        ["Resource", object([["Ref", text(target, span)]], span)]
      ],
      span
    );
    const policy = (name, s) => samWrittenPolicy(object([["Statement", list([s], span)]], span), name, span);
    const policies = [policy(policyName, statement)];
    const deadLetter = props.get("DeadLetterConfig");
    const deadLetterArn = deadLetter?.kind === "object" ? deadLetter.entries.get("Arn") : void 0;
    if (type.value === "ScheduleV2" && deadLetterArn) {
      const sendMessage = object([["Action", text("sqs:SendMessage", span)], ["Effect", text("Allow", span)], ["Resource", deadLetterArn]], span);
      policies.push(policy(`${r.logicalId}${eventId}SQSPolicy`, sendMessage));
    }
    const entries = [
      ["AssumeRolePolicyDocument", serviceTrust(service, span)],
      ["Policies", list(policies, span)]
    ];
    const boundary = props.get("PermissionsBoundary") ?? machineBoundary;
    if (boundary && boundary.kind !== "null") entries.push(["PermissionsBoundary", boundary]);
    const role = {
      logicalId,
      address: `Resources/${logicalId}`,
      sourceAddress: r.sourceAddress,
      type: "AWS::IAM::Role",
      span,
      properties: object(entries, span),
      propertySpans: /* @__PURE__ */ new Map([
        ["AssumeRolePolicyDocument", span],
        ["Policies", span]
      ]),
      generatedFrom: r.address
    };
    if (r.condition !== void 0) role.condition = r.condition;
    out.push(role);
  }
  return out;
}
function serviceTrust(service, span) {
  return object(
    [
      ["Version", text("2012-10-17", span)],
      [
        "Statement",
        list(
          [
            object(
              [
                ["Action", list([text("sts:AssumeRole", span)], span)],
                ["Effect", text("Allow", span)],
                ["Principal", object([["Service", list([text(service, span)], span)]], span)]
              ],
              span
            )
          ],
          span
        )
      ]
    ],
    span
  );
}
function restApiWithPolicy(template, r) {
  const globals = template.globals?.entries.get("Api");
  const auth = r.properties?.entries.get("Auth") ?? (globals?.kind === "object" ? globals.entries.get("Auth") : void 0);
  const policy = auth?.kind === "object" ? auth.entries.get("ResourcePolicy") : void 0;
  if (policy?.kind !== "object") return void 0;
  const span = policy.span ?? r.span;
  const statements = [];
  const custom = policy.entries.get("CustomStatements");
  if (custom?.kind === "list") statements.push(...custom.items);
  else if (custom && custom.kind !== "null") statements.push(custom);
  for (const [property, effect] of [
    ["AwsAccountWhitelist", "Allow"],
    ["AwsAccountBlacklist", "Deny"]
  ]) {
    const accounts = policy.entries.get(property);
    if (!accounts || accounts.kind === "null") continue;
    const at = accounts.span ?? span;
    statements.push(
      object(
        [
          ["Effect", text(effect, at)],
          ["Principal", object([["AWS", accounts]], at)],
          ["Action", text("execute-api:Invoke", at)],
          ["Resource", text("execute-api:/*", at)]
        ],
        at
      )
    );
  }
  if (statements.length === 0) return void 0;
  const entries = [["Policy", object([["Version", text("2012-10-17", span)], ["Statement", list(statements, span)]], span)]];
  const name = r.properties?.entries.get("Name");
  if (name) entries.push(["Name", name]);
  return {
    ...r,
    type: "AWS::ApiGateway::RestApi",
    properties: object(entries, r.properties?.span ?? r.span),
    propertySpans: /* @__PURE__ */ new Map([["Policy", r.propertySpans.get("Auth") ?? span]]),
    generatedFrom: r.address
  };
}
function effectiveProperties(template, r, spec) {
  const merged = /* @__PURE__ */ new Map();
  const globals = template.globals?.entries.get(spec.globals);
  if (globals?.kind === "object") for (const [k, v] of globals.entries) merged.set(k, v);
  for (const [k, v] of r.properties?.entries ?? []) merged.set(k, v);
  return merged;
}
function generatedRole(template, r, spec) {
  const props = effectiveProperties(template, r, spec);
  const givenRole = props.get("Role");
  const roleCondition = givenRole ? conditionWithoutRole(template, givenRole) : void 0;
  if (givenRole && givenRole.kind !== "null" && roleCondition === void 0) return void 0;
  const logicalId = `${r.logicalId}Role`;
  const span = r.span;
  const propertySpan = (name) => r.propertySpans.get(name) ?? span;
  const managed = spec.baseline.map((name) => text(managedPolicyArn(name), span));
  const tracing = withParameterDefault(template, props.get("Tracing"));
  const tracingOn = r.type === "AWS::Serverless::Function" ? tracing?.kind === "string" && tracing.value === "Active" : tracing?.kind === "object" && isTrue(tracing.entries.get("Enabled"));
  if (tracingOn) managed.push(text(managedPolicyArn("AWSXrayWriteOnlyAccess"), tracing?.span ?? span));
  const vpc = props.get("VpcConfig");
  if (vpc && vpc.kind !== "null" && r.type === "AWS::Serverless::Function") managed.push(text(managedPolicyArn("AWSLambdaVPCAccessExecutionRole"), vpc.span ?? span));
  const events = props.get("Events");
  if (events?.kind === "object" && r.type === "AWS::Serverless::Function") {
    for (const event of events.entries.values()) {
      const type = event.kind === "object" ? event.entries.get("Type") : void 0;
      const policy = type?.kind === "string" ? EVENT_SOURCE_POLICIES[type.value] : void 0;
      if (policy) managed.push(text(managedPolicyArn(policy), event.span ?? span));
    }
  }
  const policies = [];
  if (r.type === "AWS::Serverless::Function") policies.push(...destinationPolicies(template, r.logicalId, props, span));
  const policiesValue = props.get("Policies");
  const items = policiesValue === void 0 || policiesValue.kind === "null" ? [] : policiesValue.kind === "list" ? policiesValue.items : [policiesValue];
  items.forEach((item, index) => {
    const policyName = `${logicalId}Policy${index}`;
    const converted = convertPolicy(item, policyName);
    if (converted.kind === "managed") managed.push(converted.value);
    else if (converted.kind === "inline") policies.push(converted.value);
    else if (item.kind !== "null") {
      template.unresolved.push({
        span: { ...item.span ?? span, address: r.sourceAddress },
        expr: JSON.stringify(toPlain(item)).slice(0, 200),
        reason: "SAM Policies entry that is not a managed policy, a policy document or a known policy template"
      });
    }
  });
  const entries = [];
  const trust = props.get("AssumeRolePolicyDocument");
  entries.push(["AssumeRolePolicyDocument", trust && trust.kind !== "null" ? trust : serviceTrust(spec.service, span)]);
  entries.push(["ManagedPolicyArns", list(managed, span)]);
  if (policies.length > 0) entries.push(["Policies", list(policies, policiesValue?.span ?? span)]);
  const boundary = props.get("PermissionsBoundary");
  if (boundary && boundary.kind !== "null") entries.push(["PermissionsBoundary", boundary]);
  const rolePath = props.get("RolePath");
  if (rolePath && rolePath.kind !== "null") entries.push(["Path", rolePath]);
  const address = `Resources/${logicalId}`;
  const propertySpans = /* @__PURE__ */ new Map([
    ["AssumeRolePolicyDocument", trust ? propertySpan("AssumeRolePolicyDocument") : span],
    ["ManagedPolicyArns", span],
    ["Policies", propertySpan("Policies")],
    ["PermissionsBoundary", propertySpan("PermissionsBoundary")]
  ]);
  const role = {
    logicalId,
    address,
    sourceAddress: r.sourceAddress,
    type: "AWS::IAM::Role",
    span,
    properties: object(entries, span),
    propertySpans,
    generatedFrom: r.address
  };
  const conditions = [r.condition, roleCondition].filter((c) => c !== void 0);
  if (conditions.length === 1) role.condition = conditions[0];
  else if (conditions.length === 2) role.condition = addCondition(template, `${conditions[0]}AND${conditions[1]}`, "Fn::And", conditions);
  return role;
}
function conditionWithoutRole(template, role) {
  const args = role.kind === "object" && role.entries.size === 1 ? role.entries.get("Fn::If") : void 0;
  if (args?.kind !== "list" || args.items.length !== 3 || args.items[0].kind !== "string") return void 0;
  const name = args.items[0].value;
  if (isNoValue(args.items[2])) return addCondition(template, `NOT${name}`, "Fn::Not", [name]);
  if (isNoValue(args.items[1])) return name;
  return void 0;
}
function addCondition(template, name, operator, of) {
  if (!template.conditions.has(name)) {
    const refs = of.map((c) => ({ kind: "object", entries: /* @__PURE__ */ new Map([["Condition", { kind: "string", value: c }]]) }));
    template.conditions.set(name, { kind: "object", entries: /* @__PURE__ */ new Map([[operator, { kind: "list", items: refs }]]) });
  }
  return name;
}
function destinationPolicies(template, functionId, props, span) {
  const out = [];
  const policy = (name, action, resource, at, version) => {
    const statement = object([["Action", text(action, at)], ["Effect", text("Allow", at)], ["Resource", resource]], at);
    const document = object([...version ? [["Version", text("2012-10-17", at)]] : [], ["Statement", list([statement], at)]], at);
    return samWrittenPolicy(document, name, at);
  };
  const dlq = props.get("DeadLetterQueue");
  if (dlq?.kind === "object") {
    const type = withParameterDefault(template, dlq.entries.get("Type"));
    const target = dlq.entries.get("TargetArn");
    const action = type?.kind === "string" ? { SQS: "sqs:SendMessage", SNS: "sns:Publish" }[type.value] : void 0;
    if (action && target) out.push(policy("DeadLetterQueuePolicy", action, target, dlq.span ?? span, true));
  }
  const destinationsOf = (config, prefix, generated) => {
    if (config?.kind !== "object") return;
    for (const outcome of ["OnSuccess", "OnFailure"]) {
      const destination = config.entries.get(outcome);
      if (destination?.kind !== "object") continue;
      const type = withParameterDefault(template, destination.entries.get("Type"));
      const action = type?.kind === "string" ? DESTINATION_ACTIONS[type.value] : void 0;
      if (!action || type?.kind !== "string") continue;
      const target = withParameterDefault(template, destination.entries.get("Destination")) ?? generated(`${outcome}:${type.value}`);
      if (!target) continue;
      out.push(policy(`${prefix}${outcome === "OnSuccess" && prefix.endsWith("EventInvokeConfig") ? "OnSuccess" : outcome === "OnFailure" && prefix.endsWith("EventInvokeConfig") ? "OnFailure" : ""}${type.value}Policy`, action, target, destination.span ?? span, false));
    }
  };
  const invokeConfig = props.get("EventInvokeConfig");
  if (invokeConfig?.kind === "object") {
    destinationsOf(invokeConfig.entries.get("DestinationConfig"), `${functionId}EventInvokeConfig`, (key) => {
      const [outcome, type] = key.split(":");
      const resource = `${functionId}EventInvokeConfig${outcome}${type === "SQS" ? "Queue" : "Topic"}`;
      if (type === "SQS") return object([["Fn::GetAtt", list([text(resource, span), text("Arn", span)], span)]], span);
      if (type === "SNS") return object([["Ref", text(resource, span)]], span);
      return void 0;
    });
  }
  const events = props.get("Events");
  if (events?.kind === "object") {
    for (const [eventId, event] of events.entries) {
      const properties = event.kind === "object" ? event.entries.get("Properties") : void 0;
      if (properties?.kind !== "object") continue;
      destinationsOf(properties.entries.get("DestinationConfig"), `${functionId}${eventId}`, () => void 0);
    }
  }
  return out;
}
function isTrue(v) {
  return v?.kind === "bool" && v.value || v?.kind === "string" && v.value.toLowerCase() === "true";
}
function convertPolicy(item, policyName) {
  const span = item.span;
  if (item.kind === "string") return { kind: "managed", value: text(isAwsManagedPolicyName(item.value) ? managedPolicyArn(item.value) : item.value, span) };
  if (item.kind !== "object") return { kind: "none" };
  if (item.entries.has("Statement")) {
    return { kind: "inline", value: object([["PolicyDocument", item], ["PolicyName", text(policyName, span)]], span) };
  }
  if (item.entries.size !== 1) return { kind: "none" };
  const [key, arg] = item.entries.entries().next().value;
  if (isSamPolicyTemplate(key)) {
    const parameters = new Map(arg.kind === "object" ? arg.entries : []);
    const statements = expandSamPolicyTemplate(key, parameters, span);
    const document = object([["Statement", list(statements, span)]], span);
    return { kind: "inline", value: samWrittenPolicy(document, policyName, span) };
  }
  if (key === "Fn::If" && arg.kind === "list" && arg.items.length === 3) {
    const branches = [arg.items[1], arg.items[2]].map((b) => isNoValue(b) ? void 0 : convertPolicy(b, policyName));
    const kinds = new Set(branches.filter((b) => b !== void 0 && b.kind !== "none").map((b) => b.kind));
    if (kinds.size !== 1) return { kind: "none" };
    const kind = [...kinds][0];
    const branchValue = (b, original) => b && b.kind !== "none" ? b.value : original;
    const value = object([["Fn::If", list([arg.items[0], branchValue(branches[0], arg.items[1]), branchValue(branches[1], arg.items[2])], arg.span)]], span);
    return { kind, value };
  }
  if (key === "Ref" || key.startsWith("Fn::")) return { kind: "managed", value: item };
  return { kind: "none" };
}
function isNoValue(v) {
  if (v.kind !== "object" || v.entries.size !== 1) return false;
  const ref = v.entries.get("Ref");
  return ref?.kind === "string" && ref.value === "AWS::NoValue";
}

// src/extract/aws/cloudformation.ts
var IDENTITY_TYPES = {
  "AWS::IAM::Role": { type: "role", nameProperty: "RoleName" },
  "AWS::IAM::User": { type: "user", nameProperty: "UserName" },
  "AWS::IAM::Group": { type: "group", nameProperty: "GroupName" }
};
var INLINE_POLICIES = {
  "AWS::IAM::RolePolicy": { identity: "role", property: "RoleName" },
  "AWS::IAM::UserPolicy": { identity: "user", property: "UserName" },
  "AWS::IAM::GroupPolicy": { identity: "group", property: "GroupName" }
};
var RESOURCE_POLICIES = {
  "AWS::S3::BucketPolicy": { policy: "PolicyDocument", target: "Bucket" },
  "AWS::SQS::QueuePolicy": { policy: "PolicyDocument", target: "Queues" },
  "AWS::SNS::TopicPolicy": { policy: "PolicyDocument", target: "Topics" },
  "AWS::KMS::Key": { policy: "KeyPolicy" },
  "AWS::ECR::Repository": { policy: "RepositoryPolicyText", nameProperty: "RepositoryName" },
  "AWS::SecretsManager::ResourcePolicy": { policy: "ResourcePolicy", target: "SecretId" },
  "AWS::Logs::ResourcePolicy": { policy: "PolicyDocument", nameProperty: "PolicyName" },
  "AWS::ApiGateway::RestApi": { policy: "Policy", nameProperty: "Name" },
  "AWS::OpenSearchService::Domain": { policy: "AccessPolicies", nameProperty: "DomainName" },
  "AWS::Elasticsearch::Domain": { policy: "AccessPolicies", nameProperty: "DomainName" }
};
function forMatching(text2) {
  return text2.replaceAll("${AWS::Partition}", "aws").replace(/\$\{AWS::([A-Za-z]+)\}/g, "$${AWS_$1}");
}
var CLOUDFORMATION_IAM_TYPES = /* @__PURE__ */ new Set([
  ...Object.keys(IDENTITY_TYPES),
  ...Object.keys(INLINE_POLICIES),
  ...Object.keys(RESOURCE_POLICIES),
  "AWS::IAM::Policy",
  "AWS::IAM::ManagedPolicy",
  "AWS::IAM::UserToGroupAddition",
  "AWS::IAM::AccessKey",
  "AWS::SSO::PermissionSet",
  "AWS::Lambda::Permission"
]);
function identityKey(type, name) {
  return `${type}:${name}`;
}
function extractAwsFromCloudFormation(evaluation) {
  return new CloudFormationExtractor(evaluation).run();
}
var CloudFormationExtractor = class {
  constructor(ev) {
    this.ev = ev;
    this.logicalIds = new Set(ev.logicalIds);
    for (const r of ev.resources) {
      this.byAddress.set(r.address, r);
      const identity = IDENTITY_TYPES[r.type];
      const name = identity ? knownString(r.properties.get(identity.nameProperty)) : void 0;
      if (identity && name !== void 0) {
        const key = identityKey(identity.type, name);
        if (!this.identitiesByName.has(key)) this.identitiesByName.set(key, r);
      }
      const policyName = r.type === "AWS::IAM::ManagedPolicy" ? knownString(r.properties.get("ManagedPolicyName")) : void 0;
      if (policyName !== void 0 && !this.managedPoliciesByName.has(policyName)) this.managedPoliciesByName.set(policyName, r);
    }
  }
  ev;
  grants = [];
  errors = [];
  unresolved = [];
  byAddress = /* @__PURE__ */ new Map();
  /** Every logical id of the template, including resources a false condition removed. */
  logicalIds;
  /** Managed policies of the template that some role, user or group lists in ManagedPolicyArns. */
  attachedManagedPolicies = /* @__PURE__ */ new Set();
  /** The first role, user or group of each type with a known name, and the first managed policy of each name. */
  identitiesByName = /* @__PURE__ */ new Map();
  managedPoliciesByName = /* @__PURE__ */ new Map();
  run() {
    for (const r of this.ev.resources) {
      if (!IDENTITY_TYPES[r.type]) continue;
      for (const arn of itemsOf(r.properties.get("ManagedPolicyArns"))) {
        const declared = this.declaredManagedPolicy(arn);
        if (declared) this.attachedManagedPolicies.add(declared.address);
      }
    }
    for (const r of this.ev.resources) {
      const identity = IDENTITY_TYPES[r.type];
      if (identity) this.identity(r, identity.type);
      else if (r.type === "AWS::IAM::Policy" || r.type === "AWS::IAM::ManagedPolicy") this.standalonePolicy(r);
      else if (INLINE_POLICIES[r.type]) this.inlinePolicy(r);
      else if (r.type === "AWS::IAM::UserToGroupAddition") this.userToGroupAddition(r);
      else if (r.type === "AWS::IAM::AccessKey") this.accessKey(r);
      else if (r.type === "AWS::SSO::PermissionSet") this.permissionSet(r);
      else if (r.type === "AWS::Lambda::Permission") this.lambdaPermission(r);
      else if (RESOURCE_POLICIES[r.type]) this.resourcePolicy(r);
    }
    const seen = /* @__PURE__ */ new Set();
    const grants = this.grants.filter((g) => !seen.has(g.id) && seen.add(g.id));
    const errorKeys = /* @__PURE__ */ new Set();
    const errors = this.errors.filter((e) => {
      const key = `${e.line}:${e.column}:${e.message}`;
      return !errorKeys.has(key) && errorKeys.add(key);
    });
    const unresolvedKeys = /* @__PURE__ */ new Set();
    const unresolved = this.unresolved.filter((u) => {
      const key = `${u.span.line}:${u.span.column}:${u.expr}`;
      return !unresolvedKeys.has(key) && unresolvedKeys.add(key);
    });
    return { grants, errors, unresolved };
  }
  // ---------- principals ----------
  principalOf(r, type) {
    const nameProperty = IDENTITY_TYPES[r.type]?.nameProperty;
    const name = nameProperty ? knownString(r.properties.get(nameProperty)) : void 0;
    return { type, name: name ?? r.logicalId, address: r.address };
  }
  /** A role/user/group named by a property: a Ref/GetAtt to a declared identity, its name, or the text as written. */
  identityNamed(v, type) {
    if (v.kind === "unknown" && v.ref) {
      const target = this.byAddress.get(v.ref.address);
      const identity = target ? IDENTITY_TYPES[target.type] : void 0;
      if (target && identity) return this.principalOf(target, identity.type);
      return { type, name: "${" + v.expr + "}" };
    }
    const text2 = displayText(v);
    if (text2 === void 0) return void 0;
    const named = this.identitiesByName.get(identityKey(type, text2));
    return named ? this.principalOf(named, type) : { type, name: text2 };
  }
  identitiesNamed(v, type) {
    return itemsOf(v).flatMap((item) => this.identityNamed(item, type) ?? []);
  }
  /** Principal entries of trust and resource policies that designate a declared role or user. */
  resolvePrincipal = (entry) => {
    if (!entry.ref) {
      if (!entry.value.includes("${AWS::")) return void 0;
      const principal = classifyPrincipal({ key: entry.key, value: forMatching(entry.value) });
      return { ...principal, name: principal.name === forMatching(entry.value) ? entry.value : principal.name };
    }
    const target = this.byAddress.get(entry.ref.address);
    const identity = target ? IDENTITY_TYPES[target.type] : void 0;
    return target && identity ? this.principalOf(target, identity.type) : void 0;
  };
  /** Expressions worth reporting: not the attributes of resources declared in the template (computed at deployment). */
  keepUnresolved = (u) => {
    if (u.ref) return false;
    const root = u.expr.split(".")[0];
    return !this.logicalIds.has(root);
  };
  unresolvedOf(v) {
    return unresolvedExprs(v, this.keepUnresolved, false);
  }
  // ---------- policy documents ----------
  propertySpan(r, property) {
    return { ...r.propertySpans.get(property) ?? r.span, address: r.sourceAddress };
  }
  /** Grants of one policy document; conditional when the resource, the policy entry or the statement is. */
  emitPolicy(r, property, doc, ctx, container, toolWritten = false) {
    if (!doc || doc.kind === "null") return;
    if (doc.kind === "list" && this.isConditional(doc)) {
      for (const alternative of doc.items) this.emitPolicy(r, property, alternative, ctx, doc, toolWritten);
      return;
    }
    const fallbackSpan = this.propertySpan(r, property);
    if (doc.kind === "unknown" && !doc.ref) {
      this.unresolved.push({ span: { ...doc.span ?? fallbackSpan, address: r.sourceAddress }, expr: doc.expr, reason: doc.reason ?? "policy document could not be evaluated" });
      return;
    }
    const result = grantsFromPolicyDocument(
      doc,
      {
        ...ctx,
        format: "cloudformation",
        address: r.sourceAddress,
        fallbackSpan,
        keepUnresolved: this.keepUnresolved,
        resolvePrincipal: this.resolvePrincipal
      },
      toolWritten
    );
    this.errors.push(...result.errors);
    this.unresolved.push(...result.unresolved);
    const wholeConditional = r.conditional || this.isConditional(doc) || container !== void 0 && this.isConditional(container);
    const statements = doc.kind === "object" ? doc.entries.get("Statement") : void 0;
    const statementValues = statements?.kind === "list" ? statements.items : statements ? [statements] : [];
    const conditionalStatements = /* @__PURE__ */ new Map();
    const statementIsConditional = (index) => {
      let conditional = conditionalStatements.get(index);
      if (conditional === void 0) {
        const statement = statementValues[index];
        conditional = statement !== void 0 && this.isConditionalDeep(statement);
        conditionalStatements.set(index, conditional);
      }
      return conditional;
    };
    for (const g of result.grants) {
      const index = g.details?.statementIndex;
      if (wholeConditional || typeof index === "number" && statementIsConditional(index)) this.grants.push(markConditional(g));
      else this.grants.push(g);
    }
  }
  isConditional(v) {
    return this.ev.conditional.has(v);
  }
  isConditionalDeep(v) {
    if (this.ev.conditional.has(v)) return true;
    if (v.kind === "list") return v.items.some((i) => this.isConditionalDeep(i));
    if (v.kind === "object") {
      for (const x of v.entries.values()) if (this.isConditionalDeep(x)) return true;
    }
    return false;
  }
  /** `Policies: [{PolicyName, PolicyDocument}]` of a role, user or group. */
  inlinePolicies(r, principal, details) {
    for (const entry of itemsOf(r.properties.get("Policies"))) {
      if (entry.kind === "unknown") {
        this.unresolved.push({ span: { ...entry.span ?? this.propertySpan(r, "Policies"), address: r.sourceAddress }, expr: entry.expr, reason: entry.reason ?? "policy could not be evaluated" });
        continue;
      }
      if (entry.kind !== "object") continue;
      const name = displayText(entry.entries.get("PolicyName")) ?? `${r.logicalId} inline policy`;
      const policyName = entry.entries.get("PolicyName");
      const ctx = { kind: "identity-policy", policyName: name, principals: [principal], details: { ...details, inline: true } };
      this.emitPolicy(r, "Policies", entry.entries.get("PolicyDocument"), ctx, entry, isSamWrittenPolicy(policyName));
    }
  }
  /** A managed policy of the template designated by an ARN value (`!Ref Policy`, or its name in an ARN). */
  declaredManagedPolicy(v) {
    if (v.kind === "unknown" && v.ref) {
      const target = this.byAddress.get(v.ref.address);
      return target?.type === "AWS::IAM::ManagedPolicy" ? target : void 0;
    }
    const text2 = knownString(v);
    if (!text2 || awsManagedPolicyName(forMatching(text2)) !== void 0) return void 0;
    const name = /:policy\/(?:.*\/)?([^/]+)$/.exec(text2)?.[1];
    if (!name) return void 0;
    return this.managedPoliciesByName.get(name);
  }
  /** `ManagedPolicyArns`: template policies expand to their statements; others are attachments of an ARN. */
  managedPolicyArns(r, property, principal, details) {
    for (const arnValue of itemsOf(r.properties.get(property))) {
      const declared = this.declaredManagedPolicy(arnValue);
      if (declared) {
        this.emitPolicy(declared, "PolicyDocument", declared.properties.get("PolicyDocument"), {
          kind: "identity-policy",
          policyName: this.managedPolicyName(declared),
          principals: [principal],
          details: { ...details, attachment: r.sourceAddress }
        });
        continue;
      }
      this.externalPolicy(r, property, arnValue, principal, details);
    }
  }
  managedPolicyName(r) {
    return knownString(r.properties.get("ManagedPolicyName")) ?? knownString(r.properties.get("PolicyName")) ?? r.logicalId;
  }
  /** Attachment of a policy not declared in the template (AWS-managed, another stack's, a parameter). */
  externalPolicy(r, property, arnValue, principal, extra) {
    const arn = displayText(arnValue);
    if (arn === void 0) return;
    const span = { ...arnValue.span ?? this.propertySpan(r, property), address: r.sourceAddress };
    const matchable = forMatching(arn);
    const managedName = awsManagedPolicyName(matchable);
    const facts = awsManagedPolicyFacts(matchable);
    const details = { ...extra, policy: managedName ?? arn, attachment: r.sourceAddress, attachedTo: principal.name };
    if (managedName !== void 0) details.awsManaged = true;
    if (facts) details.managedPolicyLevel = facts.level;
    if (r.conditional || this.isConditional(arnValue)) details.conditional = true;
    this.grants.push(...attachedPolicyGrants(principal, arn, facts, { ...span, format: "cloudformation" }, this.unresolvedOf(arnValue), details));
  }
  // ---------- resources ----------
  identity(r, type) {
    const self = this.principalOf(r, type);
    const details = {};
    const boundary = displayText(r.properties.get("PermissionsBoundary"));
    if (boundary !== void 0) details.permissionsBoundary = boundary;
    if (r.generatedFrom !== void 0) details.generatedFrom = r.generatedFrom;
    if (type === "role") {
      this.emitPolicy(r, "AssumeRolePolicyDocument", r.properties.get("AssumeRolePolicyDocument"), {
        kind: "trust-policy",
        attachedTo: self.name,
        policyName: `${self.name} trust policy`,
        details: { roleAddress: r.address, ...r.generatedFrom !== void 0 ? { generatedFrom: r.generatedFrom } : {} }
      });
    }
    this.inlinePolicies(r, self, details);
    this.managedPolicyArns(r, "ManagedPolicyArns", self, details);
    if (type === "user") {
      for (const group of this.identitiesNamed(r.properties.get("Groups"), "group")) this.membership(r, "Groups", self, group);
      const login = r.properties.get("LoginProfile");
      if (login && login.kind !== "null") {
        const extra = {};
        const reset = login.kind === "object" ? login.entries.get("PasswordResetRequired") : void 0;
        if (reset?.kind === "bool" || reset?.kind === "string") extra.passwordResetRequired = String(reset.value) === "true";
        this.credential(r, "LoginProfile", self, "login-profile", extra, []);
      }
    }
  }
  standalonePolicy(r) {
    const principals = [
      ...this.identitiesNamed(r.properties.get("Roles"), "role"),
      ...this.identitiesNamed(r.properties.get("Users"), "user"),
      ...this.identitiesNamed(r.properties.get("Groups"), "group")
    ];
    const managed = r.type === "AWS::IAM::ManagedPolicy";
    if (principals.length === 0 && managed && this.attachedManagedPolicies.has(r.address)) return;
    const details = managed ? {} : { inline: true };
    if (principals.length === 0) details.unattached = true;
    if (r.generatedFrom !== void 0) details.generatedFrom = r.generatedFrom;
    this.emitPolicy(r, "PolicyDocument", r.properties.get("PolicyDocument"), {
      kind: "identity-policy",
      policyName: this.managedPolicyName(r),
      principals,
      details
    });
  }
  inlinePolicy(r) {
    const spec = INLINE_POLICIES[r.type];
    const principals = this.identitiesNamed(r.properties.get(spec.property), spec.identity);
    this.emitPolicy(r, "PolicyDocument", r.properties.get("PolicyDocument"), {
      kind: "identity-policy",
      policyName: knownString(r.properties.get("PolicyName")) ?? r.logicalId,
      principals,
      details: { inline: true }
    });
  }
  userToGroupAddition(r) {
    const group = this.identityNamed(r.properties.get("GroupName") ?? { kind: "null" }, "group");
    if (!group) return;
    for (const user of this.identitiesNamed(r.properties.get("Users"), "user")) this.membership(r, "Users", user, group);
  }
  membership(r, property, user, group) {
    const unresolved = [...this.unresolvedOf(r.properties.get("Groups")), ...this.unresolvedOf(r.properties.get("GroupName")), ...this.unresolvedOf(r.properties.get("Users"))];
    this.grants.push(membershipGrant(user, group, { ...this.propertySpan(r, property), format: "cloudformation" }, unresolved, {}, r.conditional));
  }
  accessKey(r) {
    const userValue = r.properties.get("UserName");
    const user = (userValue && this.identityNamed(userValue, "user")) ?? { type: "user", name: r.logicalId };
    const extra = {};
    const status = knownString(r.properties.get("Status"));
    if (status) extra.status = status;
    this.credential(r, void 0, user, "access-key", extra, this.unresolvedOf(userValue));
  }
  credential(r, property, user, credentialType, extra, unresolved) {
    const details = { credentialType, ...extra };
    if (r.conditional) details.conditional = true;
    const span = property ? this.propertySpan(r, property) : { ...r.span, address: r.sourceAddress };
    this.grants.push(credentialGrant(user, { ...span, format: "cloudformation" }, unresolved, details));
  }
  /** IAM Identity Center permission sets: the role each assigned account gets. */
  permissionSet(r) {
    const name = displayText(r.properties.get("Name")) ?? r.logicalId;
    const self = { type: "role", name, address: r.address };
    const details = { permissionSet: true };
    const boundary = r.properties.get("PermissionsBoundary");
    if (boundary?.kind === "object") {
      const arn = displayText(boundary.entries.get("ManagedPolicyArn"));
      const ref = boundary.entries.get("CustomerManagedPolicyReference");
      const refName = ref?.kind === "object" ? displayText(ref.entries.get("Name")) : void 0;
      if (arn ?? refName) details.permissionsBoundary = arn ?? refName;
    }
    this.emitPolicy(r, "InlinePolicy", r.properties.get("InlinePolicy"), { kind: "identity-policy", policyName: `${name} inline policy`, principals: [self], details: { ...details, inline: true } });
    this.managedPolicyArns(r, "ManagedPolicies", self, details);
    for (const reference of itemsOf(r.properties.get("CustomerManagedPolicyReferences"))) {
      if (reference.kind !== "object") continue;
      const policyName = displayText(reference.entries.get("Name"));
      if (policyName === void 0) continue;
      const path = displayText(reference.entries.get("Path")) ?? "/";
      const arnValue = { kind: "string", value: `arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy${path}${policyName}`, ...reference.span ? { span: reference.span } : {} };
      this.externalPolicy(r, "CustomerManagedPolicyReferences", arnValue, self, { ...details, customerManaged: true });
    }
  }
  resourcePolicy(r) {
    const spec = RESOURCE_POLICIES[r.type];
    let policy = r.properties.get(spec.policy);
    if (!policy && r.type === "AWS::ApiGateway::RestApi") {
      const body = r.properties.get("Body");
      policy = body?.kind === "object" ? body.entries.get("x-amazon-apigateway-policy") : void 0;
    }
    if (!policy || policy.kind === "null") return;
    const target = spec.target ? this.targetOf(r.properties.get(spec.target)) : void 0;
    const ownName = spec.nameProperty ? knownString(r.properties.get(spec.nameProperty)) : void 0;
    const name = target?.name ?? ownName ?? r.logicalId;
    const details = { resourceType: r.type, resourceAddress: target?.address ?? r.address };
    if (r.generatedFrom !== void 0) details.generatedFrom = r.generatedFrom;
    this.emitPolicy(r, spec.policy, policy, { kind: "resource-policy", attachedTo: name, policyName: `${name} resource policy`, details });
  }
  /** What a policy resource protects: a declared resource (by Ref/GetAtt) or the names as written. */
  targetOf(v) {
    const items = itemsOf(v);
    if (items.length === 0) return void 0;
    const names = [];
    let address;
    for (const item of items) {
      if (item.kind === "unknown" && item.ref) {
        const target = this.byAddress.get(item.ref.address);
        address ??= target?.address;
        names.push(target?.logicalId ?? item.expr);
      } else {
        const text2 = displayText(item);
        if (text2 !== void 0) names.push(text2);
      }
    }
    return { name: names.join(", "), ...address ? { address } : {} };
  }
  /** `AWS::Lambda::Permission` is one statement of the function's resource policy. */
  lambdaPermission(r) {
    const principalValue = r.properties.get("Principal");
    if (!principalValue || principalValue.kind === "null") return;
    const text2 = displayText(principalValue) ?? "";
    const entry = { key: lambdaPrincipalKey(text2), value: text2, ...principalValue.kind === "unknown" && principalValue.ref ? { ref: principalValue.ref } : {} };
    const principal = this.resolvePrincipal(entry) ?? classifyPrincipal(entry);
    const conditions = lambdaPermissionConditions("cloudformation", (name) => r.properties.get(name));
    const target = this.targetOf(r.properties.get("FunctionName")) ?? { name: r.logicalId };
    const action = displayText(r.properties.get("Action"));
    const details = { resourceType: r.type, attachedTo: target.name, policy: `${target.name} resource policy`, resourceAddress: target.address ?? r.address };
    if (principal.name !== text2) details.principalText = text2;
    if (r.conditional) details.conditional = true;
    if (r.generatedFrom !== void 0) details.generatedFrom = r.generatedFrom;
    const unresolved = [.../* @__PURE__ */ new Set([...this.unresolvedOf(principalValue), ...this.unresolvedOf(r.properties.get("Action")), ...this.unresolvedOf(r.properties.get("SourceArn"))])];
    this.grants.push(lambdaPermissionGrant(principal, action, target.name, conditions, { ...r.span, address: r.sourceAddress, format: "cloudformation" }, unresolved, details));
  }
};
function markConditional(g) {
  return { ...g, details: { ...g.details, conditional: true } };
}

export {
  isSamTemplate,
  expandSam,
  forMatching,
  CLOUDFORMATION_IAM_TYPES,
  extractAwsFromCloudFormation
};
