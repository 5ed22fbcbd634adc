/**
 * `grantlint lsp`: a Language Server over stdio. Diagnostics on open, change (throttled) and save with the CLI's
 * engine and policy file; quick fixes that add a suppression comment or open a rule's documentation; hovers on
 * grants. Standard output carries the protocol only: everything else goes to the client's log.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findRepositoryRoot } from '../discover/paths.js';
import { isCandidatePath } from '../discover/index.js';
import { META_RULE_IDS } from '../analyze/suppressions.js';
import { TOOL_ERROR_RULE_PREFIX } from '../report/compact.js';
import { TOOL_NAME, TOOL_VERSION } from '../report/tool.js';
import { Analyzer, isBaselineFile, isPolicyFile, type UnitAnalysis } from './analyzer.js';
import { DIAGNOSTIC_SOURCE, rangeOf } from './diagnostics.js';
import { grantAt, grantHover } from './hover.js';
import { suppressionInsertion } from './suppress.js';

export const OPEN_RULE_DOC_COMMAND = 'grantlint.openRuleDoc';
export const DEFAULT_DEBOUNCE_MS = 150;

/** Files whose changes on disk matter: every input format and the policy files. */
const WATCHED_GLOB = '**/*.{tf,tfvars,json,yaml,yml,template,bicep,bicepparam}';

/** `initializationOptions` a client may send. */
export interface LspInitializationOptions {
  /** Quiet time between analyses of one unit while typing (default 150 ms). */
  debounceMs?: number;
  /** YYYY-MM-DD that suppression expiry dates are compared with (default: today, UTC). */
  today?: string;
}

interface UnitSchedule {
  /** The document whose unit runs (the latest one changed). */
  absPath: string;
  timer: NodeJS.Timeout | undefined;
  lastRun: number;
}

export function startLanguageServer(
  connection: Connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout)),
): Connection {
  // Anything a dependency prints must not corrupt the protocol stream.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.info = console.log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));

  const documents = new TextDocuments(TextDocument);
  let analyzer: Analyzer | undefined;
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  let watchDynamically = false;
  /** Client URIs of open documents by absolute path (diagnostics are published under the URI the client used). */
  const openUris = new Map<string, string>();
  const schedules = new Map<string, UnitSchedule>();
  /** Files each unit published diagnostics for, to clear the ones a new analysis no longer reads. */
  const publishedByUnit = new Map<string, Set<string>>();
  let policyPublished = new Set<string>();

  const pathOf = (uri: string): string | undefined => {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  };
  const uriOf = (absPath: string) => openUris.get(absPath) ?? pathToFileURL(absPath).href;
  /** What was last published per file: a unit's other files rarely change with one edit, and are not sent again. */
  const lastSent = new Map<string, string>();
  const send = (absPath: string, diagnostics: Diagnostic[]) => {
    const uri = uriOf(absPath);
    const key = `${uri}\n${JSON.stringify(diagnostics)}`;
    if (lastSent.get(absPath) === key) return;
    lastSent.set(absPath, key);
    void connection.sendDiagnostics({ uri, diagnostics });
  };

  const fail = (what: string, e: unknown) => connection.console.error(`${what}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);

  const publish = (analysis: UnitAnalysis) => {
    const root = analyzer!.root;
    const now = new Set<string>();
    for (const [rel, diagnostics] of analysis.diagnostics) {
      const abs = path.join(root, ...rel.split('/'));
      now.add(abs);
      send(abs, diagnostics);
    }
    const previous = publishedByUnit.get(analysis.unit.key) ?? [];
    publishedByUnit.set(analysis.unit.key, now);
    // A file this unit no longer reads is cleared, unless another unit has published for it since.
    const elsewhere = (abs: string) => [...publishedByUnit.values()].some((files) => files !== now && files.has(abs));
    for (const abs of previous) if (!now.has(abs) && !elsewhere(abs)) send(abs, []);
  };

  const publishPolicy = () => {
    const byFile = analyzer!.policyDiagnostics();
    for (const abs of policyPublished) if (!byFile.has(abs)) send(abs, []);
    for (const [abs, diagnostics] of byFile) send(abs, diagnostics);
    policyPublished = new Set(byFile.keys());
  };

  const run = async (key: string) => {
    const schedule = schedules.get(key);
    if (!schedule || !analyzer) return;
    schedule.timer = undefined;
    try {
      const analysis = await analyzer.analyze(schedule.absPath);
      publish(analysis);
    } catch (e) {
      fail(`analysis of ${schedule.absPath} failed`, e);
    }
    schedule.lastRun = performance.now();
  };

  /** Runs the document's unit now (`immediate`) or at most once per debounce period while it keeps changing. */
  const schedule = (absPath: string, immediate: boolean) => {
    if (!analyzer || isPolicyFile(absPath) || isBaselineFile(absPath) || !isCandidatePath(absPath)) return;
    const key = analyzer.workspace.unitOf(absPath).key;
    let s = schedules.get(key);
    if (!s) schedules.set(key, (s = { absPath, timer: undefined, lastRun: -Infinity }));
    s.absPath = absPath;
    if (immediate) {
      clearTimeout(s.timer);
      s.timer = setTimeout(() => void run(key), 0);
      return;
    }
    if (s.timer) return; // a run is already due and will read the latest buffers
    const wait = Math.max(0, debounceMs - (performance.now() - s.lastRun));
    s.timer = setTimeout(() => void run(key), wait);
  };

  /** Every open document again (the policy changed, or a file on disk that open units read). */
  const refresh = (filter: (absPath: string) => boolean) => {
    if (!analyzer) return;
    const done = new Set<string>();
    for (const abs of openUris.keys()) {
      if (!filter(abs) || isPolicyFile(abs) || isBaselineFile(abs) || !isCandidatePath(abs)) continue;
      const key = analyzer.workspace.unitOf(abs).key;
      if (done.has(key)) continue;
      done.add(key);
      schedule(abs, true);
    }
  };

  connection.onInitialize((params: InitializeParams) => {
    const folderUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    const folder = (folderUri ? pathOf(folderUri) : undefined) ?? process.cwd();
    const options = (params.initializationOptions ?? {}) as LspInitializationOptions;
    if (typeof options.debounceMs === 'number' && options.debounceMs >= 0) debounceMs = options.debounceMs;
    analyzer = new Analyzer(findRepositoryRoot(folder) ?? folder, folder, options.today ? { today: options.today } : {});
    watchDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
        executeCommandProvider: { commands: [OPEN_RULE_DOC_COMMAND] },
      },
      serverInfo: { name: TOOL_NAME, version: TOOL_VERSION },
    };
  });

  connection.onInitialized(() => {
    if (!analyzer) return;
    connection.console.info(`${TOOL_NAME} ${TOOL_VERSION}: root ${analyzer.root}, policy ${analyzer.policy().file ?? '(built-in recommended)'}`);
    if (watchDynamically) {
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCHED_GLOB }] }).catch((e: unknown) => fail('file watcher registration failed', e));
    }
    publishPolicy();
  });

  documents.onDidChangeContent((event) => {
    const abs = pathOf(event.document.uri);
    if (!abs || !analyzer) return;
    openUris.set(abs, event.document.uri);
    analyzer.workspace.setBuffer(abs, event.document.getText());
    schedule(abs, false);
  });

  documents.onDidSave((event) => {
    const abs = pathOf(event.document.uri);
    if (!abs || !analyzer) return;
    if (isPolicyFile(abs) || isBaselineFile(abs)) {
      analyzer.reloadPolicy();
      publishPolicy();
      refresh(() => true);
      return;
    }
    analyzer.workspace.fileChanged(abs);
    schedule(abs, true);
  });

  documents.onDidClose((event) => {
    const abs = pathOf(event.document.uri);
    if (!abs || !analyzer) return;
    openUris.delete(abs);
    analyzer.workspace.closeBuffer(abs);
    // The disk's text counts again: show what a scan would report for it.
    schedule(abs, true);
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (!analyzer) return;
    let policyChanged = false;
    const dirs = new Set<string>();
    for (const change of params.changes) {
      const abs = pathOf(change.uri);
      if (!abs) continue;
      if (isPolicyFile(abs) || isBaselineFile(abs)) policyChanged = true;
      else if (isCandidatePath(abs) && !openUris.has(abs)) {
        analyzer.workspace.fileChanged(abs);
        analyzer.forget(analyzer.workspace.relative(abs));
        dirs.add(path.dirname(abs));
      }
    }
    if (policyChanged) {
      analyzer.reloadPolicy();
      publishPolicy();
      refresh(() => true);
    } else if (dirs.size > 0) {
      refresh((abs) => analyzer!.workspace.unitOf(abs).dirs.some((d) => dirs.has(d)));
    }
  });

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    const abs = pathOf(params.textDocument.uri);
    if (!document || !abs || !analyzer) return [];
    const rel = analyzer.workspace.relative(abs);
    const actions: CodeAction[] = [];
    for (const diagnostic of params.context.diagnostics) {
      const ruleId = diagnostic.code;
      if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof ruleId !== 'string' || ruleId.startsWith(TOOL_ERROR_RULE_PREFIX)) continue;
      if (!META_RULE_IDS.includes(ruleId)) {
        const insertion = suppressionInsertion(rel, document.getText(), diagnostic.range.start.line + 1, ruleId);
        if (insertion) {
          actions.push({
            title: `Suppress ${ruleId} here (grantlint-ignore with a reason)`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: { changes: { [params.textDocument.uri]: [{ range: { start: { line: insertion.line, character: 0 }, end: { line: insertion.line, character: 0 } }, newText: insertion.text }] } },
          });
        }
      }
      const href = diagnostic.codeDescription?.href;
      if (href) {
        actions.push({
          title: `Open the documentation of ${ruleId}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: `Open the documentation of ${ruleId}`, command: OPEN_RULE_DOC_COMMAND, arguments: [href] },
        });
      }
    }
    return actions;
  });

  connection.onExecuteCommand(async (params) => {
    const href = params.arguments?.[0];
    if (params.command !== OPEN_RULE_DOC_COMMAND || typeof href !== 'string' || !/^https?:\/\//.test(href)) return;
    try {
      await connection.window.showDocument({ uri: href, external: true });
    } catch (e) {
      fail(`cannot open ${href}`, e);
    }
  });

  connection.onHover((params) => {
    const abs = pathOf(params.textDocument.uri);
    if (!abs || !analyzer) return null;
    const rel = analyzer.workspace.relative(abs);
    const analysis = analyzer.analysisOf(rel);
    if (!analysis) return null;
    const grant = grantAt(analysis.result.grants, rel, params.position.line + 1, params.position.character + 1);
    if (!grant) return null;
    return { contents: { kind: 'markdown', value: grantHover(grant, analysis.result.grants) }, range: rangeOf(grant.source) };
  });

  connection.onShutdown(() => {
    for (const s of schedules.values()) clearTimeout(s.timer);
    schedules.clear();
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
