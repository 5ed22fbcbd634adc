import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  extractAwsFromTerraform,
  extractAzureFromTerraform,
  extractGcpFromTerraform
} from "./chunk-NIX622U4.mjs";
import {
  mayHoldDirective
} from "./chunk-2BA6WCB7.mjs";
import {
  azureRoleCatalog
} from "./chunk-456KF6NM.mjs";
import {
  claimsCdkSource
} from "./chunk-G6JY42Q3.mjs";
import {
  forMatching
} from "./chunk-QIIWZLEC.mjs";
import {
  babelParserPackage
} from "./chunk-FZ5EKLDY.mjs";
import {
  awsManagedPolicyFacts,
  awsManagedPolicyName,
  classifyPrincipal,
  grantsFromStatements,
  readStatement
} from "./chunk-FNZ3QBDF.mjs";
import "./chunk-S2ETVMBP.mjs";
import "./chunk-XF6FTM5H.mjs";
import {
  BudgetExhausted,
  countStep,
  runWithBudget
} from "./chunk-UAKPROPV.mjs";
import {
  makeGrant,
  reformatGrant
} from "./chunk-YZXYJYQ3.mjs";
import "./chunk-E2WJM2F3.mjs";

// src/evaluate/cdk/evaluate.ts
import path from "node:path";

// src/parse/typescript/index.ts
function parseTypeScript(text, file) {
  try {
    const ast = babelParserPackage().parse(text, {
      sourceType: "module",
      plugins: ["typescript", "decorators-legacy"],
      allowReturnOutsideFunction: false
    });
    const comments = (ast.comments ?? []).map((c) => ({
      line: c.loc.start.line,
      column: c.loc.start.column + 1,
      text: c.value.trim()
    }));
    return { program: ast.program, comments };
  } catch (e) {
    const err = e;
    const message = err.message.replace(/\s*\(\d+:\d+\)$/, "");
    return {
      comments: [],
      error: { file, line: err.loc?.line ?? 1, column: (err.loc?.column ?? 0) + 1, message: `invalid TypeScript: ${message}`, code: "parse" }
    };
  }
}
function nodeSpan(node, file, address) {
  const loc = node.loc;
  const span = { file, line: loc.start.line, column: loc.start.column + 1, endLine: loc.end.line, endColumn: loc.end.column + 1 };
  if (address !== void 0) span.address = address;
  return span;
}
function nodeText(node, text) {
  return text.slice(node.start, node.end);
}

// src/extract/cdk-facts.ts
var S3_READ = ["s3:GetObject*", "s3:GetBucket*", "s3:List*"];
var S3_PUT = ["s3:PutObject", "s3:PutObjectLegalHold", "s3:PutObjectRetention", "s3:PutObjectTagging", "s3:PutObjectVersionTagging", "s3:Abort*"];
var S3_DELETE = ["s3:DeleteObject*"];
var BUCKET_AND_OBJECTS = ["{arn}", "{arn}/{key}"];
var DDB_READ = ["dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:GetItem", "dynamodb:Scan", "dynamodb:ConditionCheckItem"];
var DDB_WRITE = ["dynamodb:BatchWriteItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"];
var DDB_STREAM_RECORDS = { actions: ["dynamodb:GetRecords", "dynamodb:GetShardIterator"], resources: ["{arn}"] };
var KMS_ENCRYPT = ["kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"];
var KMS_ADMIN = [
  "kms:Create*",
  "kms:Describe*",
  "kms:Enable*",
  "kms:List*",
  "kms:Put*",
  "kms:Update*",
  "kms:Revoke*",
  "kms:Disable*",
  "kms:Get*",
  "kms:Delete*",
  "kms:TagResource",
  "kms:UntagResource",
  "kms:ScheduleKeyDeletion",
  "kms:CancelKeyDeletion"
];
var one = (actions, resources = ["{arn}"]) => [{ actions, resources }];
var CDK_CONSTRUCTS = {
  Bucket: {
    cfnType: "AWS::S3::Bucket",
    resourcePolicyType: "AWS::S3::BucketPolicy",
    attributes: { bucketArn: "Arn", bucketName: "Ref", bucketDomainName: "DomainName", bucketRegionalDomainName: "RegionalDomainName", bucketWebsiteUrl: "WebsiteURL" },
    arnAttribute: "Arn",
    grants: {
      grantRead: one(S3_READ, BUCKET_AND_OBJECTS),
      grantWrite: one([...S3_DELETE, ...S3_PUT], BUCKET_AND_OBJECTS),
      grantReadWrite: one([...S3_READ, ...S3_DELETE, ...S3_PUT], BUCKET_AND_OBJECTS),
      grantPut: one(S3_PUT, ["{arn}/{key}"]),
      grantDelete: one(S3_DELETE, ["{arn}/{key}"]),
      grantPutAcl: one(["s3:PutObjectAcl", "s3:PutObjectVersionAcl"], ["{arn}/{key}"])
    }
  },
  Table: {
    cfnType: "AWS::DynamoDB::Table",
    attributes: { tableArn: "Arn", tableName: "Ref", tableStreamArn: "StreamArn" },
    arnAttribute: "Arn",
    grants: {
      grantReadData: [{ actions: [...DDB_READ, "dynamodb:DescribeTable"], resources: ["{arn}"] }, DDB_STREAM_RECORDS],
      grantWriteData: one([...DDB_WRITE, "dynamodb:DescribeTable"]),
      grantReadWriteData: [{ actions: [...DDB_READ, ...DDB_WRITE, "dynamodb:DescribeTable"], resources: ["{arn}"] }, DDB_STREAM_RECORDS],
      grantFullAccess: one(["dynamodb:*"])
    }
  },
  Queue: {
    cfnType: "AWS::SQS::Queue",
    resourcePolicyType: "AWS::SQS::QueuePolicy",
    attributes: { queueArn: "Arn", queueUrl: "Ref", queueName: "QueueName" },
    arnAttribute: "Arn",
    grants: {
      grantConsumeMessages: one(["sqs:ReceiveMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueUrl", "sqs:DeleteMessage", "sqs:GetQueueAttributes"]),
      grantSendMessages: one(["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"]),
      grantPurge: one(["sqs:PurgeQueue", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"])
    }
  },
  Topic: {
    cfnType: "AWS::SNS::Topic",
    resourcePolicyType: "AWS::SNS::TopicPolicy",
    attributes: { topicArn: "Ref", topicName: "TopicName" },
    arnAttribute: "Ref",
    grants: { grantPublish: one(["sns:Publish"]), grantSubscribe: one(["sns:Subscribe"]) }
  },
  Key: {
    cfnType: "AWS::KMS::Key",
    resourcePolicyType: "AWS::KMS::Key",
    attributes: { keyArn: "Arn", keyId: "Ref" },
    arnAttribute: "Arn",
    grants: {
      grantDecrypt: one(["kms:Decrypt"]),
      grantEncrypt: one(KMS_ENCRYPT),
      grantEncryptDecrypt: one(["kms:Decrypt", ...KMS_ENCRYPT]),
      grantAdmin: one(KMS_ADMIN),
      grantGenerateMac: one(["kms:GenerateMac"]),
      grantVerifyMac: one(["kms:VerifyMac"]),
      grantSign: one(["kms:Sign"]),
      grantVerify: one(["kms:Verify"])
    }
  },
  Secret: {
    cfnType: "AWS::SecretsManager::Secret",
    resourcePolicyType: "AWS::SecretsManager::ResourcePolicy",
    attributes: { secretArn: "Ref", secretName: "Ref", secretFullArn: "Ref" },
    arnAttribute: "Ref",
    grants: {
      grantRead: one(["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"]),
      grantWrite: one(["secretsmanager:PutSecretValue", "secretsmanager:UpdateSecret", "secretsmanager:UpdateSecretVersionStage"])
    }
  },
  Function: {
    cfnType: "AWS::Lambda::Function",
    attributes: { functionArn: "Arn", functionName: "Ref" },
    arnAttribute: "Arn",
    grants: {
      grantInvoke: one(["lambda:InvokeFunction"], ["{arn}", "{arn}:*"]),
      grantInvokeUrl: [
        { actions: ["lambda:InvokeFunctionUrl"], resources: ["{arn}"], conditions: { StringEquals: { "lambda:FunctionUrlAuthType": ["AWS_IAM"] } } },
        { actions: ["lambda:InvokeFunction"], resources: ["{arn}"], conditions: { Bool: { "lambda:InvokedViaFunctionUrl": ["true"] } } }
      ],
      grantInvokeLatestVersion: one(["lambda:InvokeFunction"], ["{arn}:$LATEST", "{arn}"])
    }
  },
  Role: { cfnType: "AWS::IAM::Role", attributes: { roleArn: "Arn", roleName: "Ref", roleId: "RoleId" }, arnAttribute: "Arn", grants: {} },
  User: { cfnType: "AWS::IAM::User", attributes: { userArn: "Arn", userName: "Ref" }, arnAttribute: "Arn", grants: {} },
  Group: { cfnType: "AWS::IAM::Group", attributes: { groupArn: "Arn", groupName: "Ref" }, arnAttribute: "Arn", grants: {} },
  ManagedPolicy: { cfnType: "AWS::IAM::ManagedPolicy", attributes: { managedPolicyArn: "Ref", managedPolicyName: "Ref" }, arnAttribute: "Ref", grants: {} }
};
var CDK_CLASS_ALIASES = { TableV2: "Table", SingletonFunction: "Function", NodejsFunction: "Function", PythonFunction: "Function", DockerImageFunction: "Function" };
var LAMBDA_BASIC_EXECUTION_POLICY = "service-role/AWSLambdaBasicExecutionRole";

// src/evaluate/cdk/cdktf.ts
var PROVIDERS = [
  { prefix: "@cdktf/provider-aws", type: "aws_", data: "DataAws" },
  { prefix: "@cdktf/provider-azurerm", type: "azurerm_", data: "DataAzurerm" },
  { prefix: "@cdktf/provider-google", type: "google_", data: "DataGoogle" },
  { prefix: "@cdktf/provider-google-beta", type: "google_", data: "DataGoogle" }
];
function isCdktfSource(source) {
  return source === "cdktf" || source.startsWith("@cdktf/provider-") || source.startsWith(".gen/providers/");
}
function providerOf(source) {
  return [...PROVIDERS].sort((a, b) => b.prefix.length - a.prefix.length).find((p) => source === p.prefix || source.startsWith(`${p.prefix}/`));
}
function snakeCase(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z])([A-Z][a-z])/g, "$1_$2").toLowerCase();
}
function terraformTypeOf(className, source) {
  const provider = providerOf(source);
  if (!provider || className.endsWith("Provider")) return void 0;
  if (className.startsWith(provider.data)) return { mode: "data", type: provider.type + snakeCase(className.slice(provider.data.length)) };
  return { mode: "managed", type: provider.type + snakeCase(className) };
}
function terraformName(id) {
  const text = id?.kind === "string" ? id.value : "unnamed";
  return text.replace(/[^A-Za-z0-9_-]/g, "_");
}
function body(v) {
  switch (v.kind) {
    case "record": {
      const entries = /* @__PURE__ */ new Map();
      for (const [k, x] of v.entries) entries.set(snakeCase(k), body(x));
      return { kind: "object", entries, ...v.span ? { span: v.span } : {} };
    }
    case "array":
      return { kind: "list", items: v.items.map(body), ...v.span ? { span: v.span } : {} };
    case "cdk": {
      const address = v.tfAddress;
      return address ? { kind: "unknown", expr: `${address}.id`, ref: { address, attribute: "id" }, span: v.span } : { kind: "unknown", expr: v.path || v.className, reason: "construct", span: v.span };
    }
    case "import":
      return { kind: "unknown", expr: [v.source, ...v.path].join("."), reason: "unsupported-expression", ...v.span ? { span: v.span } : {} };
    default:
      return v;
  }
}
function toTfResource(o, className, source, id) {
  const kind = terraformTypeOf(className, source);
  if (!kind) return void 0;
  const name = terraformName(id);
  const address = kind.mode === "data" ? `data.${kind.type}.${name}` : `${kind.type}.${name}`;
  const evaluated = body(o.props);
  const attrSpans = /* @__PURE__ */ new Map();
  for (const [k, s] of o.props.keySpans ?? []) attrSpans.set(snakeCase(k), { ...s, address: o.path });
  return {
    mode: kind.mode,
    type: kind.type,
    name,
    address,
    baseAddress: address,
    modulePath: "",
    span: { ...o.span, address: o.path },
    body: evaluated.kind === "object" ? evaluated.entries : /* @__PURE__ */ new Map(),
    attrSpans
  };
}

// src/evaluate/cdk/evaluate.ts
var MAX_CALL_DEPTH = 12;
var MAX_LOOP_ITEMS = 200;
var Scope = class {
  constructor(parent, module, self) {
    this.parent = parent;
    this.module = module;
    this.self = self;
  }
  parent;
  module;
  self;
  vars = /* @__PURE__ */ new Map();
  lookup(name) {
    return this.vars.get(name) ?? this.parent?.lookup(name);
  }
  get thisObject() {
    return this.self ?? this.parent?.thisObject;
  }
};
var PSEUDO = {
  ACCOUNT_ID: "${AWS::AccountId}",
  REGION: "${AWS::Region}",
  PARTITION: "${AWS::Partition}",
  STACK_NAME: "${AWS::StackName}",
  URL_SUFFIX: "${AWS::URLSuffix}"
};
var STACK_MEMBERS = { account: "ACCOUNT_ID", region: "REGION", partition: "PARTITION", stackName: "STACK_NAME", urlSuffix: "URL_SUFFIX" };
var IDENTITY_CLASSES = /* @__PURE__ */ new Set(["Role", "User", "Group"]);
var PRINCIPAL_CLASSES = /* @__PURE__ */ new Set([
  "ServicePrincipal",
  "AccountPrincipal",
  "ArnPrincipal",
  "AnyPrincipal",
  "StarPrincipal",
  "AccountRootPrincipal",
  "FederatedPrincipal",
  "WebIdentityPrincipal",
  "OpenIdConnectPrincipal",
  "SamlPrincipal",
  "CompositePrincipal",
  "OrganizationPrincipal",
  "CanonicalUserPrincipal"
]);
function isCdkSource(source) {
  return source === "aws-cdk-lib" || source.startsWith("aws-cdk-lib/") || source.startsWith("@aws-cdk/") || source === "constructs" || isCdktfSource(source);
}
function evaluateCdk(files, all) {
  return new CdkEvaluator(all).run(files);
}
var CdkEvaluator = class {
  constructor(all) {
    this.all = all;
  }
  all;
  modules = /* @__PURE__ */ new Map();
  out = { objects: [], tfResources: [], errors: [], unresolved: [], comments: /* @__PURE__ */ new Map() };
  /** Project classes that some `new` ran; the others run once on their own. */
  instantiated = /* @__PURE__ */ new Set();
  depth = 0;
  run(files) {
    const modules = files.map((f) => this.module(f));
    for (const m of modules) this.guarded(m, () => this.runModule(m));
    for (const m of modules) {
      for (const stmt of m.program?.body ?? []) {
        const decl = classDeclarationOf(stmt);
        if (!decl || this.instantiated.has(decl) || !decl.superClass || !decl.id) continue;
        const self = this.makeObject(decl.id.name, "", decl.id.name, nodeSpan(decl, m.file.path, decl.id.name), emptyRecord(), []);
        self.stack = self;
        this.guarded(m, () => this.runClass({ kind: "local", node: decl, module: m, closure: m.scope }, self, []));
      }
    }
    return this.out;
  }
  /** A defect of the evaluator on one file is that file's error, not the end of the scan. */
  guarded(m, work) {
    try {
      const { exhausted } = runWithBudget("app", work);
      if (exhausted) this.out.errors.push(exhausted);
    } catch (e) {
      this.depth = 0;
      this.out.errors.push({ file: m.file.path, line: 1, column: 1, message: `cdk front end failed: ${e.message}`, code: "internal" });
    }
  }
  // ---------- modules ----------
  module(file) {
    let m = this.modules.get(file.path);
    if (m) return m;
    const parsed = parseTypeScript(file.text, file.path);
    m = { file, scope: void 0, imports: /* @__PURE__ */ new Map(), exports: /* @__PURE__ */ new Map(), state: "new" };
    if (parsed.program) m.program = parsed.program;
    m.scope = new Scope(void 0, m);
    if (parsed.error) this.out.errors.push(parsed.error);
    const directives = parsed.comments.filter(mayHoldDirective);
    if (directives.length > 0) this.out.comments.set(file.path, directives);
    this.modules.set(file.path, m);
    for (const stmt of parsed.program?.body ?? []) {
      if (stmt.type !== "ImportDeclaration" || stmt.importKind === "type") continue;
      for (const s of stmt.specifiers) {
        const imported = s.type === "ImportSpecifier" ? s.imported.type === "Identifier" ? s.imported.name : s.imported.value : s.type === "ImportDefaultSpecifier" ? "default" : "*";
        m.imports.set(s.local.name, { source: stmt.source.value, imported });
      }
    }
    return m;
  }
  runModule(m) {
    if (m.state !== "new") return;
    m.state = "running";
    const body2 = m.program?.body ?? [];
    for (const stmt of body2) this.hoist(stmt, m.scope);
    this.statements(body2, m.scope);
    m.state = "done";
  }
  /** The module a relative import names, when it is a file of the project. */
  relativeModule(from, source) {
    if (!source.startsWith(".")) return void 0;
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(from.file.path), source)).replace(/\.js$/, "");
    for (const candidate of [`${base}.ts`, `${base}/index.ts`, base]) {
      const file = this.all.get(candidate);
      if (file) return this.module(file);
    }
    return void 0;
  }
  importedValue(m, name, span) {
    const imp = m.imports.get(name);
    if (!imp) return void 0;
    const target = this.relativeModule(m, imp.source);
    if (target) {
      this.runModule(target);
      if (imp.imported === "*") return { kind: "record", entries: new Map([...target.exports].map(([k, v]) => [k, v])) };
      const exported = target.exports.get(imp.imported) ?? target.scope.lookup(imp.imported)?.value;
      return exported ?? { kind: "unknown", expr: name, reason: "unresolved-import", span };
    }
    if (imp.source.startsWith(".")) return { kind: "unknown", expr: name, reason: "unresolved-import", span };
    return { kind: "import", source: imp.source, path: imp.imported === "*" || imp.imported === "default" ? [] : [imp.imported], span };
  }
  // ---------- statements ----------
  hoist(stmt, scope) {
    const inner = stmt.type === "ExportNamedDeclaration" || stmt.type === "ExportDefaultDeclaration" ? stmt.declaration : stmt;
    if (!inner) return;
    if ((inner.type === "FunctionDeclaration" || inner.type === "ClassDeclaration") && inner.id) {
      const value = { kind: "local", node: inner, module: scope.module, closure: scope };
      scope.vars.set(inner.id.name, { value });
      if (stmt.type !== inner.type) scope.module.exports.set(stmt.type === "ExportDefaultDeclaration" ? "default" : inner.id.name, value);
    }
  }
  /** Runs statements; returns the value of a `return` when one is reached. */
  statements(body2, scope) {
    for (const stmt of body2) {
      const returned = this.statement(stmt, scope);
      if (returned !== void 0) return returned;
    }
    return void 0;
  }
  statement(stmt, scope) {
    switch (stmt.type) {
      case "ExpressionStatement":
        this.expr(stmt.expression, scope);
        return void 0;
      case "VariableDeclaration":
        this.declare(stmt, scope);
        return void 0;
      case "ExportNamedDeclaration":
        if (stmt.declaration?.type === "VariableDeclaration") {
          this.declare(stmt.declaration, scope);
          for (const d of stmt.declaration.declarations) {
            if (d.id.type === "Identifier") scope.module.exports.set(d.id.name, scope.lookup(d.id.name).value);
          }
        }
        for (const s of stmt.specifiers) {
          if (s.type !== "ExportSpecifier") continue;
          const exported = s.exported.type === "Identifier" ? s.exported.name : s.exported.value;
          const value = scope.lookup(s.local.name)?.value;
          if (value) scope.module.exports.set(exported, value);
        }
        return void 0;
      case "ExportDefaultDeclaration":
        if (stmt.declaration.type !== "ClassDeclaration" && stmt.declaration.type !== "FunctionDeclaration" && stmt.declaration.type !== "TSDeclareFunction") {
          scope.module.exports.set("default", this.expr(stmt.declaration, scope));
        }
        return void 0;
      case "FunctionDeclaration":
      case "ClassDeclaration":
        if (scope.parent) this.hoist(stmt, scope);
        return void 0;
      case "BlockStatement":
        return this.block(stmt.body, scope);
      case "IfStatement": {
        const a = this.statement(stmt.consequent, new Scope(scope, scope.module));
        if (a !== void 0) return a;
        return stmt.alternate ? this.statement(stmt.alternate, new Scope(scope, scope.module)) : void 0;
      }
      case "TryStatement":
        return this.block(stmt.block.body, scope);
      case "ForOfStatement":
        this.forOf(stmt, scope);
        return void 0;
      case "ReturnStatement":
        return stmt.argument ? this.expr(stmt.argument, scope) : { kind: "null" };
      default:
        return void 0;
    }
  }
  block(body2, scope) {
    const inner = new Scope(scope, scope.module);
    for (const s of body2) this.hoist(s, inner);
    return this.statements(body2, inner);
  }
  forOf(stmt, scope) {
    const iterable = this.expr(stmt.right, scope);
    if (iterable.kind !== "array" && iterable.kind !== "list") return;
    const items = iterable.kind === "array" ? iterable.items : iterable.items;
    for (const item of items.slice(0, MAX_LOOP_ITEMS)) {
      const inner = new Scope(scope, scope.module);
      const left = stmt.left.type === "VariableDeclaration" ? stmt.left.declarations[0]?.id : stmt.left;
      if (left) this.bindPattern(left, item, inner);
      this.statement(stmt.body, inner);
    }
  }
  declare(decl, scope) {
    for (const d of decl.declarations) {
      const value = d.init ? this.expr(d.init, scope) : { kind: "null" };
      this.bindPattern(d.id, value, scope);
    }
  }
  bindPattern(pattern, value, scope) {
    if (pattern.type === "Identifier") scope.vars.set(pattern.name, { value });
    else if (pattern.type === "ObjectPattern") {
      for (const p of pattern.properties) {
        if (p.type === "ObjectProperty" && p.key.type === "Identifier") {
          const member = value.kind === "record" ? value.entries.get(p.key.name) : void 0;
          this.bindPattern(p.value, member ?? { kind: "unknown", expr: p.key.name, reason: "unsupported-expression" }, scope);
        }
      }
    } else if (pattern.type === "ArrayPattern") {
      pattern.elements.forEach((el, i) => {
        if (!el) return;
        const item = value.kind === "array" ? value.items[i] : void 0;
        this.bindPattern(el, item ?? { kind: "unknown", expr: `[${i}]`, reason: "unsupported-expression" }, scope);
      });
    } else if (pattern.type === "AssignmentPattern") {
      this.bindPattern(pattern.left, value.kind === "null" ? this.expr(pattern.right, scope) : value, scope);
    }
  }
  // ---------- expressions ----------
  span(node, scope) {
    return nodeSpan(node, scope.module.file.path);
  }
  text(node, scope) {
    return nodeText(node, scope.module.file.text);
  }
  unknown(node, scope, reason = "unsupported-expression") {
    return { kind: "unknown", expr: this.text(node, scope), reason, span: this.span(node, scope) };
  }
  expr(node, scope) {
    const span = this.span(node, scope);
    if (countStep()) throw new BudgetExhausted(span.file, span);
    switch (node.type) {
      case "StringLiteral":
        return { kind: "string", value: node.value, span };
      case "NumericLiteral":
        return { kind: "number", value: node.value, span };
      case "BooleanLiteral":
        return { kind: "bool", value: node.value, span };
      case "NullLiteral":
        return { kind: "null", span };
      case "TemplateLiteral":
        return this.template(node, scope);
      case "ArrayExpression": {
        const items = [];
        for (const el of node.elements) {
          if (!el) continue;
          if (el.type === "SpreadElement") {
            const spread = this.expr(el.argument, scope);
            if (spread.kind === "array") items.push(...spread.items);
            else if (spread.kind === "list") items.push(...spread.items);
            else items.push(this.unknown(el, scope));
          } else items.push(this.expr(el, scope));
        }
        return { kind: "array", items, span };
      }
      case "ObjectExpression":
        return this.object(node, scope);
      case "Identifier":
        return this.identifier(node, scope);
      case "ThisExpression":
        return scope.thisObject ?? this.unknown(node, scope);
      case "TSAsExpression":
      case "TSSatisfiesExpression":
      case "TSNonNullExpression":
      case "TSTypeAssertion":
      case "ParenthesizedExpression":
        return this.expr(node.expression, scope);
      case "MemberExpression":
      case "OptionalMemberExpression":
        return this.member(node, scope);
      case "NewExpression":
        return this.construct(node, scope);
      case "CallExpression":
      case "OptionalCallExpression":
        return this.call(node, scope);
      case "AssignmentExpression":
        return this.assign(node, scope);
      case "ArrowFunctionExpression":
      case "FunctionExpression":
      case "ClassExpression":
        return { kind: "local", node, module: scope.module, closure: scope };
      case "BinaryExpression":
        if (node.operator === "+" && node.left.type !== "PrivateName") {
          const l = this.expr(node.left, scope);
          const r = this.expr(node.right, scope);
          if ((l.kind === "string" || l.kind === "unknown") && (r.kind === "string" || r.kind === "number" || r.kind === "unknown")) return concat([l, r], span);
        }
        return this.unknown(node, scope);
      case "LogicalExpression": {
        const l = this.expr(node.left, scope);
        if (node.operator === "??" || node.operator === "||") return l.kind === "null" || l.kind === "unknown" ? this.expr(node.right, scope) : l;
        return this.unknown(node, scope);
      }
      default:
        return this.unknown(node, scope);
    }
  }
  template(node, scope) {
    const parts = [];
    node.quasis.forEach((q, i) => {
      parts.push({ kind: "string", value: q.value.cooked ?? q.value.raw });
      const e = node.expressions[i];
      if (e && e.type !== "TSAnyKeyword" && !e.type.startsWith("TS")) {
        const v = this.expr(e, scope);
        parts.push(v.kind === "string" || v.kind === "number" || v.kind === "bool" ? v : v.kind === "unknown" ? v : this.unknown(e, scope));
      }
    });
    return concat(parts, this.span(node, scope));
  }
  object(node, scope) {
    const entries = /* @__PURE__ */ new Map();
    const keySpans = /* @__PURE__ */ new Map();
    for (const p of node.properties) {
      if (p.type === "SpreadElement") {
        const spread = this.expr(p.argument, scope);
        if (spread.kind === "record") {
          for (const [k, v] of spread.entries) entries.set(k, v);
          for (const [k, s] of spread.keySpans ?? []) keySpans.set(k, s);
        }
        continue;
      }
      if (p.type !== "ObjectProperty" && p.type !== "ObjectMethod") continue;
      const key = p.key.type === "Identifier" && !p.computed ? p.key.name : p.key.type === "StringLiteral" ? p.key.value : p.key.type === "NumericLiteral" ? String(p.key.value) : void 0;
      if (key === void 0 || p.type === "ObjectMethod") continue;
      entries.set(key, this.expr(p.value, scope));
      keySpans.set(key, this.span(p, scope));
    }
    return { kind: "record", entries, span: this.span(node, scope), keySpans };
  }
  identifier(node, scope) {
    if (node.name === "undefined") return { kind: "null", span: this.span(node, scope) };
    const bound = scope.lookup(node.name);
    if (bound) return bound.value;
    const imported = this.importedValue(scope.module, node.name, this.span(node, scope));
    if (imported) return imported;
    if (node.name === "JSON") return { kind: "import", source: "", path: ["JSON"] };
    return this.unknown(node, scope, "unknown-name");
  }
  member(node, scope) {
    const name = !node.computed && node.property.type === "Identifier" ? node.property.name : node.property.type === "StringLiteral" ? node.property.value : void 0;
    const object = this.expr(node.object, scope);
    if (name === void 0) {
      if (node.property.type === "NumericLiteral" && object.kind === "array") return object.items[node.property.value] ?? this.unknown(node, scope);
      return this.unknown(node, scope);
    }
    const span = this.span(node, scope);
    switch (object.kind) {
      case "record":
        return object.entries.get(name) ?? { kind: "null", span };
      case "import": {
        const ref = { kind: "import", source: object.source, path: [...object.path, name], span };
        return staticMember(ref) ?? ref;
      }
      case "cdk":
        return this.objectMember(object, name, node, scope);
      case "string":
        return name === "length" ? { kind: "number", value: object.value.length, span } : this.unknown(node, scope);
      default:
        return this.unknown(node, scope);
    }
  }
  /** A member of a library object: fields, known attributes (`bucket.bucketArn` → `${Stack/Bucket.Arn}`), the stack's pseudo parameters. */
  objectMember(o, name, node, scope) {
    const field = o.fields.get(name);
    if (field) return field;
    const span = this.span(node, scope);
    if (STACK_MEMBERS[name] && isStackLike(o)) {
      const account = name === "account" ? knownEnvAccount(o) : void 0;
      return { kind: "string", value: account ?? PSEUDO[STACK_MEMBERS[name]], span };
    }
    if ((name === "grantPrincipal" || name === "role") && IDENTITY_CLASSES.has(o.className)) return o;
    if (name === "grantPrincipal" && o.fields.has("role")) return o.fields.get("role");
    const fact = CDK_CONSTRUCTS[o.className];
    const attribute = fact?.attributes[name];
    if (attribute) return attributeValue(o, attribute, span);
    if (o.className === "ManagedPolicy" && name === "managedPolicyArn" && o.arn) return { kind: "string", value: o.arn, span };
    if (isCdktfSource(o.source)) return this.tfAttribute(o, name, node, scope);
    return this.unknown(node, scope);
  }
  tfAttribute(o, name, node, scope) {
    const address = o.tfAddress;
    const attr = snakeCase(name);
    if (!address) return this.unknown(node, scope);
    return { kind: "unknown", expr: `${address}.${attr}`, ref: { address, attribute: attr }, reason: "computed-attribute", span: this.span(node, scope) };
  }
  assign(node, scope) {
    const value = this.expr(node.right, scope);
    if (node.operator !== "=") return value;
    if (node.left.type === "MemberExpression" && !node.left.computed && node.left.property.type === "Identifier") {
      const target = this.expr(node.left.object, scope);
      if (target.kind === "cdk") target.fields.set(node.left.property.name, value);
      else if (target.kind === "record") target.entries.set(node.left.property.name, value);
    } else if (node.left.type === "Identifier") {
      const bound = scope.lookup(node.left.name);
      if (bound) bound.value = value;
    }
    return value;
  }
  args(nodes, scope) {
    const out = [];
    for (const a of nodes) {
      if (a.type === "SpreadElement") {
        const spread = this.expr(a.argument, scope);
        if (spread.kind === "array") out.push(...spread.items);
        else out.push(this.unknown(a, scope));
      } else out.push(this.expr(a, scope));
    }
    return out;
  }
  // ---------- new ----------
  construct(node, scope) {
    const callee = node.callee.type === "Super" ? void 0 : this.expr(node.callee, scope);
    const args = this.args(node.arguments, scope);
    const span = this.span(node, scope);
    if (callee && isLocal(callee) && (callee.node.type === "ClassDeclaration" || callee.node.type === "ClassExpression")) {
      const name = callee.node.id?.name ?? "Construct";
      const scopeObject2 = args[0]?.kind === "cdk" ? args[0] : void 0;
      const self = this.makeObject(name, "", this.childPath(scopeObject2, args[1]), span, args[2]?.kind === "record" ? args[2] : emptyRecord(), args);
      self.stack = !scopeObject2 || scopeObject2.className === "App" || scopeObject2.className === "Stage" ? self : scopeObject2.stack ?? self;
      this.instantiated.add(callee.node);
      this.runClass(callee, self, args);
      return self;
    }
    if (!callee || callee.kind !== "import" || callee.path.length === 0) return this.unknown(node, scope);
    const rawName = callee.path[callee.path.length - 1];
    const className = CDK_CLASS_ALIASES[rawName] ?? rawName;
    if (!isCdkSource(callee.source)) return this.unknown(node, scope);
    if (PRINCIPAL_CLASSES.has(className) || className === "PolicyStatement" || className === "PolicyDocument") {
      const props2 = args.find((a) => a.kind === "record") ?? emptyRecord();
      const o2 = this.makeObject(className, callee.source, "", span, props2, args);
      if (className === "PolicyStatement") o2.span = props2.span ?? span;
      if (className === "PolicyDocument") this.addStatements(o2, props2.entries.get("statements"), node);
      return o2;
    }
    const scopeObject = args[0]?.kind === "cdk" ? args[0] : void 0;
    const props = args[2]?.kind === "record" ? args[2] : emptyRecord();
    const o = this.makeObject(className, callee.source, this.childPath(scopeObject, args[1]), span, props, args);
    if (className === "App") o.path = "";
    if (className === "Stack" || className === "TerraformStack") o.stack = o;
    else if (scopeObject?.stack) o.stack = scopeObject.stack;
    this.initConstruct(o, node);
    if (isCdktfSource(callee.source)) {
      const resource = toTfResource(o, rawName, callee.source, args[1]);
      if (resource) {
        o.tfAddress = resource.mode === "data" ? `data.${resource.type}.${resource.name}` : `${resource.type}.${resource.name}`;
        this.out.tfResources.push(resource);
      }
    }
    return o;
  }
  childPath(scopeObject, id) {
    const idText = id?.kind === "string" ? id.value : id?.kind === "unknown" ? "${" + id.expr + "}" : "?";
    return scopeObject && scopeObject.path !== "" ? `${scopeObject.path}/${idText}` : idText;
  }
  makeObject(className, source, objectPath, span, props, args) {
    const o = { kind: "cdk", className, source, path: objectPath, span, props, args, fields: /* @__PURE__ */ new Map(), statements: [], resourceStatements: [], attachedTo: [], managedPolicies: [] };
    this.out.objects.push(o);
    return o;
  }
  /** What the construct's properties mean for IAM (statements given up front, a function's role, a key's default policy). */
  initConstruct(o, node) {
    const p = o.props.entries;
    switch (o.className) {
      case "Policy":
      case "ManagedPolicy": {
        this.addStatements(o, p.get("statements"), node);
        const document = p.get("document");
        if (document?.kind === "cdk") o.statements.push(...document.statements);
        if (o.className === "ManagedPolicy") {
          const name = p.get("managedPolicyName");
          o.arn = `arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy/${name?.kind === "string" ? name.value : o.path}`;
        }
        break;
      }
      case "Role":
      case "User":
      case "Group": {
        const managed = p.get("managedPolicies");
        if (managed?.kind === "array") o.managedPolicies.push(...managed.items);
        break;
      }
      case "Function": {
        const role = p.get("role");
        if (role?.kind === "cdk") o.fields.set("role", role);
        else {
          const implicit = this.makeObject("Role", "aws-cdk-lib/aws-iam", `${o.path}/ServiceRole`, o.span, emptyRecord(), []);
          implicit.stack = o.stack;
          const trust = this.makeObject("ServicePrincipal", "aws-cdk-lib/aws-iam", "", o.span, emptyRecord(), [{ kind: "string", value: "lambda.amazonaws.com", span: o.span }]);
          implicit.props.entries.set("assumedBy", trust);
          implicit.managedPolicies.push(awsManaged(LAMBDA_BASIC_EXECUTION_POLICY, o.span));
          implicit.fields.set("implicitFor", o);
          o.fields.set("role", implicit);
        }
        const initial = p.get("initialPolicy");
        const fnRole = o.fields.get("role");
        if (fnRole?.kind === "cdk") this.addStatements(fnRole, initial, node);
        break;
      }
      case "Key": {
        const account = (o.stack && knownEnvAccount(o.stack)) ?? "${AWS::AccountId}";
        const statement = objectValue(
          {
            Action: "kms:*",
            Effect: "Allow",
            Principal: objectValue({ AWS: `arn:\${AWS::Partition}:iam::${account}:root` }, o.span),
            Resource: "*"
          },
          o.span
        );
        o.resourceStatements.push({ statement: { kind: "fact", value: statement }, span: o.span, grantMethod: "Key default policy" });
        break;
      }
      default:
        break;
    }
  }
  addStatements(target, list, node) {
    if (!list) return;
    const items = list.kind === "array" ? list.items : [list];
    for (const item of items) {
      if (item.kind === "cdk" && item.className === "PolicyStatement") target.statements.push({ statement: item, span: item.span });
      else if (item.kind === "unknown") {
        this.out.unresolved.push({ span: item.span ?? nodeSpan(node, target.span.file), expr: item.expr, reason: item.reason ?? "statement could not be evaluated" });
      }
    }
  }
  runClass(cls, self, args) {
    if (this.depth >= MAX_CALL_DEPTH) return;
    const node = cls.node;
    const ctor = node.body.body.find((m) => m.type === "ClassMethod" && m.kind === "constructor");
    const scope = new Scope(cls.closure, cls.module, self);
    this.depth++;
    try {
      if (ctor) this.bindParams(ctor.params, args, scope);
      const body2 = ctor?.body.body ?? [];
      const superIndex = body2.findIndex((s) => s.type === "ExpressionStatement" && s.expression.type === "CallExpression" && s.expression.callee.type === "Super");
      const superClass = node.superClass ? this.expr(node.superClass, cls.closure) : void 0;
      if (superIndex >= 0 && superClass && isLocal(superClass)) {
        const call = body2[superIndex].expression;
        this.runClass(superClass, self, this.args(call.arguments, scope));
      } else if (!ctor && superClass && isLocal(superClass)) this.runClass(superClass, self, args);
      for (const member of node.body.body) {
        if (member.type === "ClassProperty" && member.value && !member.static && member.key.type === "Identifier") {
          self.fields.set(member.key.name, this.expr(member.value, scope));
        }
      }
      for (const s of body2) this.hoist(s, scope);
      this.statements(body2.filter((_, i) => i !== superIndex), scope);
    } finally {
      this.depth--;
    }
  }
  bindParams(params, args, scope) {
    params.forEach((param, i) => {
      let p = param;
      if (p.type === "TSParameterProperty") p = p.parameter;
      const arg = args[i] ?? { kind: "null" };
      if (p.type === "RestElement") {
        this.bindPattern(p.argument, { kind: "array", items: args.slice(i) }, scope);
        return;
      }
      this.bindPattern(p, arg.kind === "unknown" && p.type === "Identifier" ? { ...arg, expr: p.name } : arg, scope);
    });
  }
  // ---------- calls ----------
  call(node, scope) {
    const span = this.span(node, scope);
    const callee = node.callee;
    if (callee.type === "MemberExpression" || callee.type === "OptionalMemberExpression") {
      const method = !callee.computed && callee.property.type === "Identifier" ? callee.property.name : void 0;
      const object = this.expr(callee.object, scope);
      const args2 = this.args(node.arguments, scope);
      if (method === void 0) return this.unknown(node, scope);
      if (object.kind === "import") return this.staticCall(object, method, args2, node, scope);
      if (object.kind === "cdk") return this.method(object, method, args2, node, scope);
      if (object.kind === "array" && method === "concat") {
        return { kind: "array", items: [...object.items, ...args2.flatMap((a) => a.kind === "array" ? a.items : [a])], span };
      }
      if (object.kind === "array" && (method === "map" || method === "forEach" || method === "flatMap")) return this.arrayMap(object, method, node, scope);
      if (object.kind === "string" && method === "toLowerCase") return { kind: "string", value: object.value.toLowerCase(), span };
      if (object.kind === "string" && method === "toUpperCase") return { kind: "string", value: object.value.toUpperCase(), span };
      return this.unknown(node, scope);
    }
    if (callee.type === "Super") return { kind: "null" };
    const fn = this.expr(callee, scope);
    const args = this.args(node.arguments, scope);
    if (isLocal(fn) && fn.node.type !== "ClassDeclaration" && fn.node.type !== "ClassExpression") {
      const result = this.invoke(fn, args, node, scope);
      return result.kind === "unknown" && result.reason === "recursion" ? this.unknown(node, scope, "recursion") : result;
    }
    return this.unknown(node, scope);
  }
  invoke(fn, args, node, scope) {
    if (this.depth >= MAX_CALL_DEPTH) return this.unknown(node, scope, "recursion");
    const f = fn.node;
    const inner = new Scope(fn.closure, fn.module);
    this.bindParams(f.params, args, inner);
    this.depth++;
    try {
      if (f.body.type !== "BlockStatement") return this.expr(f.body, inner);
      for (const s of f.body.body) this.hoist(s, inner);
      return this.statements(f.body.body, inner) ?? { kind: "null" };
    } finally {
      this.depth--;
    }
  }
  arrayMap(array, method, node, scope) {
    const fnNode = node.arguments[0];
    const fn = fnNode && fnNode.type !== "SpreadElement" && fnNode.type !== "ArgumentPlaceholder" ? this.expr(fnNode, scope) : void 0;
    if (!fn || !isLocal(fn)) return this.unknown(node, scope);
    const items = [];
    array.items.slice(0, MAX_LOOP_ITEMS).forEach((item, i) => {
      const r = this.invoke(fn, [item, { kind: "number", value: i }], node, scope);
      if (method === "flatMap" && r.kind === "array") items.push(...r.items);
      else items.push(r);
    });
    return method === "forEach" ? { kind: "null" } : { kind: "array", items, span: this.span(node, scope) };
  }
  /** Static calls of library classes and globals. */
  staticCall(ref, method, args, node, scope) {
    const owner = ref.path[ref.path.length - 1];
    const span = this.span(node, scope);
    if (owner === "JSON" && method === "stringify" || owner === "Fn" && method === "jsonencode" && isCdktfSource(ref.source) || owner === "Token" && method === "asString") {
      const arg = args[0];
      if (!arg) return this.unknown(node, scope);
      if (owner === "Token") return arg;
      const source = toValue(arg);
      return { kind: "string", value: JSON.stringify(plainForJson(source)), source, span };
    }
    if (!isCdkSource(ref.source)) return this.unknown(node, scope);
    if (owner === "ManagedPolicy" && method === "fromAwsManagedPolicyName") {
      const name = args[0];
      if (name?.kind === "string") return awsManaged(name.value, span);
      return this.unknown(node, scope);
    }
    if (owner === "ManagedPolicy" && (method === "fromManagedPolicyArn" || method === "fromManagedPolicyName")) {
      const value = args[2];
      const o = this.makeObject("ManagedPolicy", ref.source, "", span, emptyRecord(), args);
      this.out.objects.pop();
      const text = value?.kind === "string" ? value.value : value?.kind === "unknown" ? "${" + value.expr + "}" : "?";
      o.arn = method === "fromManagedPolicyArn" ? text : `arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy/${text}`;
      return o;
    }
    if (owner === "Stack" && method === "of") return args[0]?.kind === "cdk" ? args[0].stack ?? args[0] : this.unknown(node, scope);
    if (owner === "Fn" && method === "join" && args[0]?.kind === "string" && args[1]?.kind === "array") {
      const sep = args[0].value;
      const parts = [];
      args[1].items.forEach((item, i) => {
        if (i > 0) parts.push({ kind: "string", value: sep });
        const v = toValue(item);
        parts.push(v.kind === "string" || v.kind === "unknown" || v.kind === "number" ? v : { kind: "unknown", expr: "?" });
      });
      return concat(parts, span);
    }
    if (owner === "PolicyStatement" && method === "fromJson" && args[0]) {
      const o = this.makeObject("PolicyStatement", ref.source, "", span, emptyRecord(), args);
      o.fields.set("json", args[0]);
      return o;
    }
    if ((owner === "Role" || owner === "User" || owner === "Group") && /^from/.test(method)) {
      const o = this.makeObject(owner, ref.source, this.childPath(args[0]?.kind === "cdk" ? args[0] : void 0, args[1]), span, emptyRecord(), args);
      const id = args[2];
      o.fields.set("imported", id ?? { kind: "null" });
      return o;
    }
    return this.unknown(node, scope);
  }
  /** Methods of library objects that change who may do what. */
  method(o, method, args, node, scope) {
    const span = this.span(node, scope);
    const fact = CDK_CONSTRUCTS[o.className];
    switch (method) {
      case "addToPolicy":
      case "addToPrincipalPolicy":
      case "addToRolePolicy": {
        const identity = o.className === "Function" ? o.fields.get("role") : o;
        if (identity?.kind === "cdk") this.addStatements(identity, args[0], node);
        return { kind: "null" };
      }
      case "addStatements":
        for (const a of args) this.addStatements(o, a, node);
        return { kind: "null" };
      case "addToResourcePolicy":
        if (args[0]?.kind === "cdk" && args[0].className === "PolicyStatement") o.resourceStatements.push({ statement: args[0], span: args[0].span });
        return { kind: "null" };
      case "attachInlinePolicy":
      case "addManagedPolicy": {
        const policy = args[0];
        if (policy?.kind === "cdk" && method === "attachInlinePolicy") policy.attachedTo.push(o);
        else if (policy) o.managedPolicies.push(policy);
        return { kind: "null" };
      }
      case "attachToRole":
      case "attachToUser":
      case "attachToGroup":
        if (args[0]?.kind === "cdk") o.attachedTo.push(args[0]);
        return { kind: "null" };
      case "withConditions":
      case "withSessionTags": {
        const copy = { ...o, fields: new Map(o.fields) };
        if (method === "withConditions" && args[0]) copy.fields.set("conditions", args[0]);
        if (method === "withSessionTags") copy.fields.set("sessionTags", { kind: "bool", value: true });
        return copy;
      }
      case "addActions":
      case "addNotActions":
      case "addResources":
      case "addNotResources":
      case "addPrincipals":
      case "addNotPrincipals": {
        const key = { addActions: "actions", addNotActions: "notActions", addResources: "resources", addNotResources: "notResources", addPrincipals: "principals", addNotPrincipals: "notPrincipals" }[method];
        appendProp(o, key, args);
        return { kind: "null" };
      }
      case "addAllResources":
        appendProp(o, "resources", [{ kind: "string", value: "*", span }]);
        return { kind: "null" };
      case "addAnyPrincipal":
        appendProp(o, "principals", [this.makeObject("AnyPrincipal", o.source, "", span, emptyRecord(), [])]);
        return { kind: "null" };
      case "addCondition":
      case "addConditions": {
        const conditions = o.props.entries.get("conditions") ?? { kind: "record", entries: /* @__PURE__ */ new Map() };
        if (method === "addCondition" && args[0]?.kind === "string" && args[1]) conditions.entries.set(args[0].value, args[1]);
        if (method === "addConditions" && args[0]?.kind === "record") for (const [k, v] of args[0].entries) conditions.entries.set(k, v);
        o.props.entries.set("conditions", conditions);
        return { kind: "null" };
      }
      case "arnForObjects":
        if (o.className === "Bucket") return concat([attributeValue(o, "Arn", span), { kind: "string", value: "/" }, toValue(args[0] ?? { kind: "string", value: "*" })], span);
        return this.unknown(node, scope);
      case "addPermission":
        if (o.className === "Function" && args[1]?.kind === "record") {
          const p = args[1].entries;
          const principal = p.get("principal");
          const action = p.get("action") ?? { kind: "string", value: "lambda:InvokeFunction" };
          const statement = this.makeObject("PolicyStatement", o.source, "", span, { kind: "record", entries: /* @__PURE__ */ new Map([["actions", { kind: "array", items: [action] }], ["principals", { kind: "array", items: principal ? [principal] : [] }], ["resources", { kind: "array", items: [attributeValue(o, "Arn", span)] }]]), span }, []);
          o.resourceStatements.push({ statement, span, grantMethod: "Function.addPermission" });
        }
        return { kind: "null" };
      default:
        break;
    }
    if (fact && method.startsWith("grant")) return this.grantCall(o, method, args, node, scope);
    return this.unknown(node, scope);
  }
  /** `bucket.grantRead(role)` and friends: statements from the facts table, added where CDK adds them. */
  grantCall(o, method, args, node, scope) {
    const span = this.span(node, scope);
    const fact = CDK_CONSTRUCTS[o.className];
    const grantMethod = `${o.className}.${method}`;
    if (o.className === "Bucket" && method === "grantPublicAccess") {
      const key = args[0] ?? { kind: "string", value: "*" };
      const actions = args.length > 1 ? args.slice(1) : [{ kind: "string", value: "s3:GetObject" }];
      o.resourceStatements.push({ statement: { kind: "fact", value: statementValue(actions.map(toValue), [bucketObjects(o, key, span)], span, { AWS: { kind: "string", value: "*" } }) }, span, grantMethod });
      return { kind: "null" };
    }
    let statements = fact.grants[method];
    if (!statements && method === "grant" && args.length > 1) statements = [{ actions: [], resources: ["{arn}"] }];
    if (!statements) return this.unknown(node, scope, "unsupported-grant-method");
    const grantee = args[0];
    const identity = this.granteeIdentity(grantee);
    const keyArg = args[1] ?? { kind: "string", value: "*" };
    for (const s of statements) {
      const actions = method === "grant" ? args.slice(1).map(toValue) : s.actions.map((a) => ({ kind: "string", value: a, span }));
      const resources = s.resources.map((pattern) => resourceFromPattern(o, pattern, keyArg, span));
      if (identity) {
        identity.statements.push({ statement: { kind: "fact", value: statementValue(actions, resources, span, void 0, s.conditions) }, span, grantMethod });
      } else if (grantee && grantee.kind === "cdk" && PRINCIPAL_CLASSES.has(grantee.className) && (fact.resourcePolicyType || o.className === "Function")) {
        o.resourceStatements.push({ statement: { kind: "fact", value: statementValue(actions, resources, span, void 0, s.conditions) }, span, grantMethod, principal: grantee });
      } else if (grantee) {
        this.out.unresolved.push({ span, expr: grantee.kind === "unknown" ? grantee.expr : this.text(node.arguments[0], scope), reason: "grantee could not be resolved" });
      }
    }
    return { kind: "null" };
  }
  granteeIdentity(grantee) {
    if (grantee?.kind !== "cdk") return void 0;
    if (IDENTITY_CLASSES.has(grantee.className)) return grantee;
    const role = grantee.fields.get("role") ?? grantee.fields.get("grantPrincipal");
    return role?.kind === "cdk" && IDENTITY_CLASSES.has(role.className) ? role : void 0;
  }
};
function isLocal(v) {
  return v.kind === "local";
}
function classDeclarationOf(stmt) {
  if (stmt.type === "ClassDeclaration") return stmt;
  if ((stmt.type === "ExportNamedDeclaration" || stmt.type === "ExportDefaultDeclaration") && stmt.declaration?.type === "ClassDeclaration") return stmt.declaration;
  return void 0;
}
function emptyRecord() {
  return { kind: "record", entries: /* @__PURE__ */ new Map() };
}
function isStackLike(o) {
  return o.stack === o || o.className === "Stack";
}
function knownEnvAccount(stack) {
  const env = stack.props.entries.get("env");
  const account = env?.kind === "record" ? env.entries.get("account") : void 0;
  return account?.kind === "string" && !account.unknowns?.length ? account.value : void 0;
}
function staticMember(ref) {
  const [owner, member] = ref.path.slice(-2);
  if (!isCdkSource(ref.source)) return void 0;
  if (owner === "Effect" && (member === "ALLOW" || member === "DENY")) return { kind: "string", value: member === "ALLOW" ? "Allow" : "Deny", ...ref.span ? { span: ref.span } : {} };
  if (owner === "Aws" && member && PSEUDO[member]) return { kind: "string", value: PSEUDO[member], ...ref.span ? { span: ref.span } : {} };
  return void 0;
}
function attributeValue(o, attribute, span) {
  const expr = attribute === "Ref" ? o.path : `${o.path}.${attribute}`;
  return { kind: "unknown", expr, ref: { address: o.path, attribute }, reason: "computed-attribute", ...span ? { span } : {} };
}
function awsManaged(name, span) {
  return {
    kind: "cdk",
    className: "ManagedPolicy",
    source: "aws-cdk-lib/aws-iam",
    path: "",
    span,
    props: emptyRecord(),
    args: [],
    fields: /* @__PURE__ */ new Map([["awsManaged", { kind: "bool", value: true }]]),
    statements: [],
    resourceStatements: [],
    attachedTo: [],
    managedPolicies: [],
    arn: `arn:\${AWS::Partition}:iam::aws:policy/${name}`
  };
}
function appendProp(o, key, items) {
  const current = o.props.entries.get(key);
  const list = current?.kind === "array" ? current.items : current ? [current] : [];
  o.props.entries.set(key, { kind: "array", items: [...list, ...items] });
}
function concat(parts, span) {
  let value = "";
  const unknowns = [];
  for (const p of parts) {
    if (p.kind === "string") {
      value += p.value;
      for (const u of p.unknowns ?? []) if (!unknowns.includes(u)) unknowns.push(u);
    } else if (p.kind === "number" || p.kind === "bool") value += String(p.value);
    else if (p.kind === "unknown") {
      value += "${" + p.expr + "}";
      if (!unknowns.includes(p.expr)) unknowns.push(p.expr);
    }
  }
  if (parts.length === 1 && parts[0].kind === "unknown") return { ...parts[0], span };
  const nonEmpty = parts.filter((p) => !(p.kind === "string" && p.value === ""));
  if (nonEmpty.length === 1 && nonEmpty[0].kind === "unknown") return { ...nonEmpty[0], span };
  return unknowns.length > 0 ? { kind: "string", value, unknowns, span } : { kind: "string", value, span };
}
function resourceFromPattern(o, pattern, key, span) {
  const arn = attributeValue(o, CDK_CONSTRUCTS[o.className].arnAttribute, span);
  if (pattern === "{arn}") return arn;
  if (pattern === "{arn}/{key}") return bucketObjects(o, key, span);
  return concat([arn, { kind: "string", value: pattern.slice("{arn}".length) }], span);
}
function bucketObjects(o, key, span) {
  return concat([attributeValue(o, "Arn", span), { kind: "string", value: "/" }, toValue(key)], span);
}
function objectValue(entries, span) {
  const map = /* @__PURE__ */ new Map();
  for (const [k, v] of Object.entries(entries)) map.set(k, typeof v === "string" ? { kind: "string", value: v, ...span ? { span } : {} } : v);
  return { kind: "object", entries: map, ...span ? { span } : {} };
}
function statementValue(actions, resources, span, principal, conditions) {
  const entries = {
    Action: { kind: "list", items: actions, span },
    Effect: { kind: "string", value: "Allow", span },
    Resource: { kind: "list", items: resources, span }
  };
  if (principal) entries.Principal = { kind: "object", entries: new Map(Object.entries(principal)), span };
  if (conditions) {
    const ops = /* @__PURE__ */ new Map();
    for (const [op, keys] of Object.entries(conditions)) {
      ops.set(op, { kind: "object", entries: new Map(Object.entries(keys).map(([k, vs]) => [k, { kind: "list", items: vs.map((v) => ({ kind: "string", value: v })) }])) });
    }
    entries.Condition = { kind: "object", entries: ops, span };
  }
  return objectValue(entries, span);
}
function toValue(v) {
  switch (v.kind) {
    case "array":
      return { kind: "list", items: v.items.map(toValue), ...v.span ? { span: v.span } : {} };
    case "record": {
      const entries = /* @__PURE__ */ new Map();
      for (const [k, x] of v.entries) entries.set(k, toValue(x));
      return { kind: "object", entries, ...v.span ? { span: v.span } : {} };
    }
    case "import":
      return { kind: "unknown", expr: [v.source, ...v.path].join("."), reason: "unsupported-expression", ...v.span ? { span: v.span } : {} };
    case "cdk": {
      const address = v.tfAddress;
      if (address) return { kind: "unknown", expr: address, ref: { address, attribute: "id" }, span: v.span };
      return { kind: "unknown", expr: v.path || v.className, reason: "construct", span: v.span };
    }
    default:
      return v.kind === "local" ? { kind: "unknown", expr: "function", reason: "unsupported-expression" } : v;
  }
}
function plainForJson(v) {
  switch (v.kind) {
    case "unknown":
      return "${" + v.expr + "}";
    case "list":
      return v.items.map(plainForJson);
    case "object":
      return Object.fromEntries([...v.entries].map(([k, x]) => [k, plainForJson(x)]));
    case "null":
      return null;
    default:
      return v.value;
  }
}

// src/extract/aws/cdk.ts
var CDK_POLICY_VERSION = "2012-10-17";
var IDENTITY_NAME_PROPS = {
  Role: { type: "role", nameProp: "roleName" },
  User: { type: "user", nameProp: "userName" },
  Group: { type: "group", nameProp: "groupName" }
};
function extractAwsFromCdk(evaluation) {
  return new CdkExtractor(evaluation).run();
}
function knownString(v) {
  return v?.kind === "string" && !v.unknowns?.length ? v.value : void 0;
}
function itemsOf(v) {
  if (!v || v.kind === "null") return [];
  return v.kind === "array" ? v.items : [v];
}
var CdkExtractor = class {
  constructor(ev) {
    this.ev = ev;
    for (const o of ev.objects) {
      if (o.path !== "" && IDENTITY_NAME_PROPS[o.className]) this.byPath.set(o.path, o);
      if (o.path !== "") this.paths.add(o.path);
    }
  }
  ev;
  grants = [];
  errors = [];
  unresolved = [];
  byPath = /* @__PURE__ */ new Map();
  /** Construct paths: their attributes are known at deployment, not worth reporting as unresolved. */
  paths = /* @__PURE__ */ new Set();
  keepUnresolved = (u) => {
    if (u.ref || this.paths.has(u.expr)) return false;
    const dot = u.expr.lastIndexOf(".");
    return dot < 0 || !this.paths.has(u.expr.slice(0, dot));
  };
  run() {
    const managedByIdentity = /* @__PURE__ */ new Set();
    for (const o of this.ev.objects) {
      if (!IDENTITY_NAME_PROPS[o.className] || o.source === "") continue;
      for (const m of o.managedPolicies) if (m.kind === "cdk") managedByIdentity.add(m);
    }
    for (const o of this.ev.objects) {
      if (o.source === "" || o.path === "" && o.className !== "Policy" && o.className !== "ManagedPolicy") continue;
      if (IDENTITY_NAME_PROPS[o.className]) this.identity(o);
      else if (o.className === "Policy" || o.className === "ManagedPolicy") this.standalonePolicy(o, managedByIdentity.has(o));
      if (o.resourceStatements.length > 0) this.resourcePolicy(o);
    }
    const seen = /* @__PURE__ */ new Set();
    return { grants: this.grants.filter((g) => !seen.has(g.id) && seen.add(g.id)), errors: this.errors, unresolved: [...this.ev.unresolved, ...this.unresolved] };
  }
  // ---------- principals ----------
  principalOf(o) {
    const spec = IDENTITY_NAME_PROPS[o.className];
    return { type: spec.type, name: knownString(o.props.entries.get(spec.nameProp)) ?? o.path, address: o.path };
  }
  resolvePrincipal = (entry) => {
    if (entry.ref) {
      const target = this.byPath.get(entry.ref.address);
      return target ? this.principalOf(target) : void 0;
    }
    if (!entry.value.includes("${AWS::")) return void 0;
    const principal = classifyPrincipal({ key: entry.key, value: forMatching(entry.value) });
    return { ...principal, name: principal.name === forMatching(entry.value) ? entry.value : principal.name };
  };
  /** The Principal element entries a principal object stands for. */
  principalParts(v) {
    if (v.kind === "array") return v.items.flatMap((i) => this.principalParts(i));
    if (v.kind !== "cdk") return [{ key: "AWS", value: toValue(v), action: "sts:AssumeRole" }];
    const arg = (i) => toValue(v.args[i] ?? { kind: "null" });
    const option = (i, key) => {
      const o = v.args[i];
      return o?.kind === "record" ? o.entries.get(key) : void 0;
    };
    const str = (value) => ({ kind: "string", value, span: v.span });
    const root = (account) => concat([str("arn:${AWS::Partition}:iam::"), account, str(":root")], v.span);
    let parts;
    switch (v.className) {
      case "ServicePrincipal": {
        const conditions = option(1, "conditions");
        parts = [{ key: "Service", value: arg(0), action: "sts:AssumeRole", ...conditions ? { conditions: toValue(conditions) } : {} }];
        break;
      }
      case "AccountPrincipal":
        parts = [{ key: "AWS", value: root(arg(0)), action: "sts:AssumeRole" }];
        break;
      case "AccountRootPrincipal":
        parts = [{ key: "AWS", value: root(str("${AWS::AccountId}")), action: "sts:AssumeRole" }];
        break;
      case "ArnPrincipal":
        parts = [{ key: "AWS", value: arg(0), action: "sts:AssumeRole" }];
        break;
      case "AnyPrincipal":
      case "StarPrincipal":
        parts = [{ key: "AWS", value: str("*"), action: "sts:AssumeRole" }];
        break;
      case "CanonicalUserPrincipal":
        parts = [{ key: "CanonicalUser", value: arg(0), action: "sts:AssumeRole" }];
        break;
      case "OrganizationPrincipal":
        parts = [{ key: "AWS", value: str("*"), action: "sts:AssumeRole", conditions: objectValue({ StringEquals: objectValue({ "aws:PrincipalOrgID": arg(0) }) }) }];
        break;
      case "FederatedPrincipal":
      case "WebIdentityPrincipal":
      case "OpenIdConnectPrincipal":
      case "SamlPrincipal": {
        const provider = v.args[0];
        const value = provider?.kind === "cdk" ? attributeValue(provider, "Ref", provider.span) : arg(0);
        const action = v.className === "FederatedPrincipal" ? knownString(v.args[2]) ?? "sts:AssumeRole" : v.className === "SamlPrincipal" ? "sts:AssumeRoleWithSAML" : "sts:AssumeRoleWithWebIdentity";
        const conditions = v.args[1];
        parts = [{ key: "Federated", value, action, ...conditions && conditions.kind !== "null" ? { conditions: toValue(conditions) } : {} }];
        break;
      }
      case "CompositePrincipal":
        return v.args.flatMap((a) => this.principalParts(a));
      default:
        if (IDENTITY_NAME_PROPS[v.className]) parts = [{ key: "AWS", value: attributeValue(v, "Arn", v.span), action: "sts:AssumeRole" }];
        else if (v.fields.get("role")?.kind === "cdk") return this.principalParts(v.fields.get("role"));
        else parts = [{ key: "?", value: toValue(v), action: "sts:AssumeRole" }];
    }
    const extra = v.fields.get("conditions");
    if (extra) parts = parts.map((p) => ({ ...p, conditions: toValue(extra) }));
    if (v.fields.has("sessionTags")) parts = parts.map((p) => ({ ...p, action: `${p.action},sts:TagSession` }));
    return parts;
  }
  /** `{AWS: [...], Service: [...]}` from principal parts. */
  principalElement(parts, span) {
    const byKey = /* @__PURE__ */ new Map();
    for (const p of parts) byKey.set(p.key, [...byKey.get(p.key) ?? [], p.value]);
    const entries = /* @__PURE__ */ new Map();
    for (const [k, vs] of byKey) entries.set(k, vs.length === 1 ? vs[0] : { kind: "list", items: vs, span });
    if (entries.size === 1 && entries.has("?")) return entries.get("?");
    return { kind: "object", entries, span };
  }
  // ---------- statements ----------
  /** A statement as the object a template would hold (AWS element names), spanning where it is written. */
  statementValue(added) {
    const s = added.statement;
    const principalGrantee = added.principal;
    if (s.kind === "fact") {
      const value = s.value;
      if (!principalGrantee) return value;
      const entries2 = new Map(value.entries);
      entries2.set("Principal", this.principalElement(this.principalParts(principalGrantee), added.span));
      return { ...value, entries: entries2 };
    }
    const json = s.fields.get("json");
    if (json) {
      const v = toValue(json);
      if (v.kind === "object") return { ...v, span: added.span };
    }
    const p = s.props.entries;
    const entries = /* @__PURE__ */ new Map();
    const set = (element, v) => {
      if (v && v.kind !== "null") entries.set(element, toValue(v));
    };
    set("Sid", p.get("sid"));
    entries.set("Effect", p.has("effect") ? toValue(p.get("effect")) : { kind: "string", value: "Allow", span: added.span });
    set("Action", p.get("actions"));
    set("NotAction", p.get("notActions"));
    set("Resource", p.get("resources"));
    set("NotResource", p.get("notResources"));
    for (const [prop, element] of [["principals", "Principal"], ["notPrincipals", "NotPrincipal"]]) {
      const list = itemsOf(p.get(prop));
      if (list.length > 0) entries.set(element, this.principalElement(list.flatMap((x) => this.principalParts(x)), added.span));
    }
    set("Condition", p.get("conditions"));
    if (!entries.has("Action") && !entries.has("NotAction")) entries.set("Action", { kind: "list", items: [], span: added.span });
    return { kind: "object", entries, span: added.span };
  }
  read(list) {
    return list.map((added, index) => ({ statement: readStatement(this.statementValue(added), index), added }));
  }
  emit(list, ctx) {
    for (const { statement, added } of this.read(list)) {
      const grants = grantsFromStatements([statement], { ...ctx, format: "cdk", policyVersion: CDK_POLICY_VERSION, resolvePrincipal: this.resolvePrincipal, keepUnresolved: this.keepUnresolved });
      for (const g of grants) this.grants.push(added.grantMethod ? { ...g, details: { ...g.details, grantMethod: added.grantMethod } } : g);
    }
  }
  // ---------- identities ----------
  identity(o) {
    const imported = o.fields.get("imported");
    if (imported) {
      const text = toValue(imported);
      const name = text.kind === "string" ? text.value : text.kind === "unknown" ? "${" + text.expr + "}" : o.path;
      const self2 = { type: IDENTITY_NAME_PROPS[o.className].type, name };
      this.emit(o.statements, { kind: "identity-policy", address: `${o.path}/Policy`, principals: [self2], policyName: `${o.path}/Policy`, fallbackSpan: o.span, details: { inline: true, imported: true } });
      return;
    }
    const self = this.principalOf(o);
    const details = {};
    const boundary = o.props.entries.get("permissionsBoundary");
    if (boundary?.kind === "cdk" && boundary.arn) details.permissionsBoundary = boundary.arn;
    else if (boundary?.kind === "cdk") details.permissionsBoundary = boundary.path;
    if (o.className === "Role") this.trust(o, self);
    const inline = o.props.entries.get("inlinePolicies");
    if (inline?.kind === "record") {
      for (const [name, doc] of inline.entries) {
        if (doc.kind !== "cdk") {
          this.unresolvedValue(doc, o, "inline policy could not be evaluated");
          continue;
        }
        this.emit(doc.statements, { kind: "identity-policy", address: o.path, principals: [self], policyName: name, fallbackSpan: doc.span, details: { ...details, inline: true } });
      }
    }
    for (const m of o.managedPolicies) this.managedPolicy(o, m, self, details);
    if (o.statements.length > 0) {
      this.emit(o.statements, { kind: "identity-policy", address: `${o.path}/DefaultPolicy`, principals: [self], policyName: `${o.path}/DefaultPolicy`, fallbackSpan: o.span, details: { ...details, inline: true } });
    }
  }
  trust(o, self) {
    const assumedBy = o.props.entries.get("assumedBy");
    if (!assumedBy) return;
    const span = o.props.keySpans?.get("assumedBy") ?? o.span;
    if (assumedBy.kind === "unknown") {
      this.unresolvedValue(assumedBy, o, "trusted principal could not be evaluated");
      return;
    }
    const parts = this.principalParts(assumedBy);
    const groups = /* @__PURE__ */ new Map();
    for (const p of parts) {
      const key = JSON.stringify([p.action, p.conditions ? toValueKey(p.conditions) : null]);
      groups.set(key, [...groups.get(key) ?? [], p]);
    }
    const statements = [];
    for (const group of groups.values()) {
      const first = group[0];
      const entries = {
        Action: { kind: "list", items: first.action.split(",").map((a) => ({ kind: "string", value: a, span })), span },
        Effect: { kind: "string", value: "Allow", span },
        Principal: this.principalElement(group, span)
      };
      if (first.conditions) entries.Condition = first.conditions;
      statements.push({ statement: { kind: "fact", value: objectValue(entries, span) }, span });
    }
    this.emit(statements, { kind: "trust-policy", address: o.path, attachedTo: self.name, policyName: `${self.name} trust policy`, fallbackSpan: span, details: { roleAddress: o.path } });
  }
  managedPolicy(o, m, self, details) {
    if (m.kind !== "cdk") {
      this.unresolvedValue(m, o, "managed policy could not be evaluated");
      return;
    }
    if (m.path !== "" && m.className === "ManagedPolicy") {
      this.emit(m.statements, { kind: "identity-policy", address: m.path, principals: [self], policyName: policyName(m), fallbackSpan: m.span, details: { ...details, attachment: o.path } });
      return;
    }
    const arn = m.arn ?? m.path;
    const managedName = awsManagedPolicyName(forMatching(arn));
    const facts = awsManagedPolicyFacts(forMatching(arn));
    for (const s of facts?.statements ?? [{ resources: [] }]) {
      const d = { ...details, policy: managedName ?? arn, attachment: o.path, attachedTo: self.name };
      if (managedName !== void 0) d.awsManaged = true;
      if (facts) d.managedPolicyLevel = facts.level;
      this.grants.push(
        makeGrant({
          cloud: "aws",
          kind: "identity-policy",
          principal: self,
          effect: "allow",
          actions: s.actions ?? [],
          notActions: s.notActions ?? [],
          resources: s.resources,
          role: arn,
          source: { ...m.span, address: o.path, format: "cdk" },
          details: d
        })
      );
    }
  }
  standalonePolicy(o, attachedByIdentity) {
    const p = o.props.entries;
    const identities = [...itemsOf(p.get("roles")), ...itemsOf(p.get("users")), ...itemsOf(p.get("groups")), ...o.attachedTo];
    const principals = [];
    for (const i of identities) {
      if (i.kind === "cdk" && IDENTITY_NAME_PROPS[i.className]) principals.push(this.principalOf(i));
      else this.unresolvedValue(i, o, "policy attachment could not be evaluated");
    }
    if (principals.length === 0 && attachedByIdentity) return;
    const managed = o.className === "ManagedPolicy";
    const details = managed ? {} : { inline: true };
    if (principals.length === 0) details.unattached = true;
    this.emit(o.statements, { kind: "identity-policy", address: o.path, principals, policyName: policyName(o), fallbackSpan: o.span, details });
  }
  resourcePolicy(o) {
    const fact = CDK_CONSTRUCTS[o.className];
    const details = { resourceType: fact?.resourcePolicyType ?? fact?.cfnType ?? o.className, resourceAddress: o.path };
    this.emit(o.resourceStatements, { kind: "resource-policy", address: o.className === "Key" ? o.path : `${o.path}/Policy`, attachedTo: o.path, policyName: `${o.path} resource policy`, fallbackSpan: o.span, details });
  }
  unresolvedValue(v, o, reason) {
    const value = toValue(v);
    const expr = value.kind === "unknown" ? value.expr : JSON.stringify(value.kind);
    this.unresolved.push({ span: { ...value.span ?? o.span, address: o.path }, expr, reason });
  }
};
function policyName(o) {
  const p = o.props.entries;
  return knownString(p.get("managedPolicyName")) ?? knownString(p.get("policyName")) ?? o.path;
}
function toValueKey(v) {
  return JSON.stringify(v, (k, x) => k === "span" ? void 0 : x instanceof Map ? [...x] : x);
}

// src/pipeline/frontends/cdk.ts
var cdkFrontEnd = {
  format: "cdk",
  claims: claimsCdkSource,
  run(files, all, options) {
    const evaluation = evaluateCdk(files, all);
    const aws = extractAwsFromCdk(evaluation);
    const tf = evaluation.tfResources;
    const fromTerraform = tf.length === 0 ? [] : [extractAwsFromTerraform(tf), extractGcpFromTerraform(tf), extractAzureFromTerraform(tf, azureRoleCatalog(options))];
    const tfGrants = fromTerraform.flatMap((x) => x.grants.map((g) => reformatGrant(g, "cdk")));
    return {
      grants: [...aws.grants, ...tfGrants],
      errors: [...evaluation.errors, ...aws.errors, ...fromTerraform.flatMap((x) => x.errors)],
      unresolved: [...aws.unresolved, ...fromTerraform.flatMap((x) => x.unresolved)],
      files: files.map((f) => f.path),
      comments: evaluation.comments
    };
  }
};
export {
  cdkFrontEnd
};
