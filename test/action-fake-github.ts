/**
 * A local stand-in for the GitHub REST API, for the Action's end-to-end tests. It serves the endpoints the Action
 * uses from in-memory state and checks every request against GitHub's own OpenAPI description (@octokit/openapi):
 * the path and method must be an operation, and the JSON body must satisfy the operation's request schema (ajv),
 * with no property the schema does not declare. Review comments must sit inside the pull request's diff hunks, as on
 * GitHub (HTTP 422 otherwise). Anything wrong is recorded in `violations`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import { commentableLines } from '../src/action/hunks.js';

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  params: string[];
  bodySchemaPointer: string | undefined;
}

interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: unknown }> } }>>;
}

let spec: OpenApi | undefined;
let operations: Operation[] | undefined;
const ajv = new Ajv({ strict: false, validateSchema: false, allErrors: true, validateFormats: false });
const validators = new Map<string, ValidateFunction>();

function loadSpec(): { spec: OpenApi; operations: Operation[] } {
  if (!spec || !operations) {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    spec = createRequire(import.meta.url)(file) as OpenApi;
    ajv.addSchema(spec as object, 'github');
    operations = [];
    for (const [template, item] of Object.entries(spec.paths)) {
      for (const method of Object.keys(item)) {
        if (!['get', 'post', 'patch', 'put', 'delete'].includes(method)) continue;
        const params: string[] = [];
        const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}/g, (_m, name: string) => {
          params.push(name);
          return '([^/]+)';
        });
        const hasJson = item[method]?.requestBody?.content?.['application/json']?.schema !== undefined;
        const pointer = hasJson ? `github#/paths/${template.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/requestBody/content/application~1json/schema` : undefined;
        operations.push({ method: method.toUpperCase(), template, pattern: new RegExp(`^${source}$`), params, bodySchemaPointer: pointer });
      }
    }
  }
  return { spec, operations };
}

function schemaAt(pointer: string): Record<string, unknown> {
  const [, fragment] = pointer.split('#');
  let node: unknown = spec;
  for (const raw of fragment!.split('/').slice(1)) node = (node as Record<string, unknown>)[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  return node as Record<string, unknown>;
}

function resolveRef(schema: Record<string, unknown>): Record<string, unknown> {
  let s = schema;
  while (typeof s.$ref === 'string') s = schemaAt(`github${s.$ref}`);
  return s;
}

/** Properties the schema does not declare (GitHub ignores them silently; a contract test must not). */
function undeclared(schema: Record<string, unknown>, data: unknown, at: string): string[] {
  const s = resolveRef(schema);
  const out: string[] = [];
  if (Array.isArray(data) && s.items) data.forEach((d, i) => out.push(...undeclared(s.items as Record<string, unknown>, d, `${at}/${i}`)));
  if (data && typeof data === 'object' && !Array.isArray(data) && s.properties && s.additionalProperties === undefined) {
    const props = s.properties as Record<string, Record<string, unknown>>;
    for (const [k, v] of Object.entries(data)) {
      if (!(k in props)) out.push(`${at}/${k} is not a property of the operation's schema`);
      else out.push(...undeclared(props[k]!, v, `${at}/${k}`));
    }
  }
  return out;
}

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface StoredReviewComment extends StoredComment {
  path: string;
  line: number;
  side: string;
  commit_id: string;
  pull_request_review_id: number;
  in_reply_to_id?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operation: string | undefined;
  body: unknown;
}

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  pull: number;
  token: string;
  /** Per-file patches of the pull request, as the files API returns them. */
  files: Array<{ filename: string; status: string; patch?: string }>;
}

/** An answer served instead of the normal one (see FakeGitHub.inject). */
export interface Fault {
  /** HTTP status of the answer; ignored with `hang`. */
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Never answer: the connection stays open until the client gives up (or the fake stops). */
  hang?: boolean;
  /** How many matching requests get this fault before the next one applies (default 1; Infinity: every one). */
  times?: number;
}

interface FaultRule {
  method: string | undefined;
  path: RegExp;
  faults: Fault[];
  served: number;
}

export class FakeGitHub {
  readonly issueComments: StoredComment[] = [];
  readonly reviewComments: StoredReviewComment[] = [];
  readonly reviews: Array<{ id: number; user: { login: string }; state: string; body: string; commit_id: string }> = [];
  readonly teamMembers = new Map<string, string[]>();
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  /** When set, writes to issue comments and reviews answer 403 as for a fork's read-only token. */
  readOnly = false;
  files: FakeGitHubOptions['files'];
  /** Faults to serve, by request; each rule serves its faults in order, then lets requests through. */
  private readonly faultRules: FaultRule[] = [];
  private nextId = 1000;
  private server: http.Server | undefined;
  url = '';

  constructor(readonly options: FakeGitHubOptions) {
    this.files = options.files;
    loadSpec();
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          this.handle(req, Buffer.concat(chunks).toString('utf8'), res);
        } catch (e) {
          this.violations.push(`server error: ${(e as Error).message}`);
          this.send(res, 500, { message: (e as Error).message });
        }
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server?.close(() => resolve()));
    // Requests left hanging by a `hang` fault would keep the server open.
    this.server?.closeAllConnections();
    await closed;
  }

  /**
   * Serves `faults`, in order, to the requests with this method (any when undefined) whose path matches, before
   * answering normally again. Faulted requests are recorded like the others.
   */
  inject(method: string | undefined, path: RegExp, ...faults: Fault[]): void {
    this.faultRules.push({ method, path, faults, served: 0 });
  }

  /** Requests (method and path) whose path matches, in order. */
  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  /** The fault for this request, if a rule still has one to serve. */
  private nextFault(method: string, pathname: string): Fault | undefined {
    for (const rule of this.faultRules) {
      if ((rule.method !== undefined && rule.method !== method) || !rule.path.test(pathname)) continue;
      let n = rule.served;
      for (const fault of rule.faults) {
        const times = fault.times ?? 1;
        if (n < times) {
          rule.served++;
          return fault;
        }
        n -= times;
      }
    }
    return undefined;
  }

  /** Write requests (anything but GET) since index `from`. */
  writesSince(from: number): RecordedRequest[] {
    return this.requests.slice(from).filter((r) => r.method !== 'GET');
  }

  private send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  }

  private handle(req: http.IncomingMessage, rawBody: string, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const { operations: ops } = loadSpec();
    const op = ops.find((o) => o.method === method && o.pattern.test(url.pathname));
    let body: unknown;
    if (rawBody) {
      try {
        body = JSON.parse(rawBody);
      } catch {
        this.violations.push(`${method} ${url.pathname}: body is not JSON`);
      }
    }
    this.requests.push({ method, path: url.pathname, operation: op?.template, body });
    const fault = this.nextFault(method, url.pathname);
    if (fault?.hang) return;
    if (fault) return this.send(res, fault.status ?? 500, fault.body ?? { message: 'Server Error' }, fault.headers);
    if (req.headers.authorization !== `token ${this.options.token}`) {
      this.violations.push(`${method} ${url.pathname}: missing or wrong authorization`);
      return this.send(res, 401, { message: 'Bad credentials' });
    }
    if (!op) {
      this.violations.push(`${method} ${url.pathname}: no such operation in GitHub's OpenAPI description`);
      return this.send(res, 404, { message: 'Not Found' });
    }
    if (op.bodySchemaPointer && body !== undefined) {
      let validate = validators.get(op.bodySchemaPointer);
      if (!validate) {
        validate = ajv.compile({ $ref: op.bodySchemaPointer });
        validators.set(op.bodySchemaPointer, validate);
      }
      if (!validate(body)) this.violations.push(`${method} ${op.template}: ${ajv.errorsText(validate.errors)}`);
      for (const v of undeclared(schemaAt(op.bodySchemaPointer), body, '')) this.violations.push(`${method} ${op.template}: ${v}`);
    } else if (method !== 'GET' && body !== undefined && !op.bodySchemaPointer) {
      this.violations.push(`${method} ${op.template}: the operation takes no JSON body`);
    }
    const values = op.pattern.exec(url.pathname)!.slice(1).map(decodeURIComponent);
    const p = Object.fromEntries(op.params.map((name, i) => [name, values[i]!]));
    if ((p.owner !== undefined && p.owner !== this.options.owner) || (p.repo !== undefined && p.repo !== this.options.repo)) {
      this.violations.push(`${method} ${url.pathname}: wrong repository`);
      return this.send(res, 404, { message: 'Not Found' });
    }
    const pullNumber = Number(p.pull_number ?? p.issue_number);
    if ((p.pull_number ?? p.issue_number) !== undefined && pullNumber !== this.options.pull) {
      this.violations.push(`${method} ${url.pathname}: wrong pull request number`);
      return this.send(res, 404, { message: 'Not Found' });
    }
    const key = `${method} ${op.template}`;
    const b = (body ?? {}) as Record<string, unknown>;
    const forbidden = () => this.send(res, 403, { message: 'Resource not accessible by integration', status: '403' });
    switch (key) {
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments':
        return this.page(res, url, this.issueComments);
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        if (this.readOnly) return forbidden();
        const comment: StoredComment = { id: this.nextId++, body: String(b.body), user: { login: 'github-actions[bot]', type: 'Bot' } };
        this.issueComments.push(comment);
        return this.send(res, 201, comment);
      }
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        if (this.readOnly) return forbidden();
        const comment = this.issueComments.find((c) => c.id === Number(p.comment_id));
        if (!comment) return this.send(res, 404, { message: 'Not Found' });
        comment.body = String(b.body);
        return this.send(res, 200, comment);
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files':
        return this.page(res, url, this.files);
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments':
        return this.page(res, url, this.reviewComments);
      case 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews': {
        if (this.readOnly) return forbidden();
        const comments = (b.comments ?? []) as Array<{ path: string; line: number; side?: string; body: string }>;
        for (const c of comments) {
          const file = this.files.find((f) => f.filename === c.path);
          if (!file?.patch || !commentableLines(file.patch).has(c.line)) {
            this.violations.push(`review comment on ${c.path}:${c.line} outside the diff`);
            return this.send(res, 422, { message: 'Unprocessable Entity', errors: ['Pull request review thread line must be part of the diff'] });
          }
        }
        const reviewId = this.nextId++;
        this.reviews.push({ id: reviewId, user: { login: 'github-actions[bot]' }, state: 'COMMENTED', body: String(b.body ?? ''), commit_id: String(b.commit_id) });
        for (const c of comments) {
          this.reviewComments.push({
            id: this.nextId++,
            body: c.body,
            path: c.path,
            line: c.line,
            side: c.side ?? 'RIGHT',
            commit_id: String(b.commit_id),
            pull_request_review_id: reviewId,
            user: { login: 'github-actions[bot]', type: 'Bot' },
          });
        }
        return this.send(res, 200, { id: reviewId, state: 'COMMENTED', body: b.body });
      }
      case 'PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}': {
        if (this.readOnly) return forbidden();
        const comment = this.reviewComments.find((c) => c.id === Number(p.comment_id));
        if (!comment) return this.send(res, 404, { message: 'Not Found' });
        comment.body = String(b.body);
        return this.send(res, 200, comment);
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews':
        return this.page(res, url, this.reviews);
      case 'GET /orgs/{org}/teams/{team_slug}/memberships/{username}': {
        const members = this.teamMembers.get(`${p.org}/${p.team_slug}`) ?? [];
        if (!members.includes(p.username!)) return this.send(res, 404, { message: 'Not Found' });
        return this.send(res, 200, { state: 'active', role: 'member', url: `${this.url}${url.pathname}` });
      }
      default:
        this.violations.push(`${key}: a real operation the fake does not serve`);
        return this.send(res, 501, { message: 'not served by the fake' });
    }
  }

  /** Pagination as GitHub does it: page/per_page and a Link header with rel="next". */
  private page(res: http.ServerResponse, url: URL, items: readonly unknown[]): void {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(page + 1));
      next.searchParams.set('per_page', String(perPage));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    this.send(res, 200, slice, headers);
  }
}
