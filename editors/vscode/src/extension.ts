/**
 * The grantlint extension: starts `grantlint lsp` and lets it do the work (diagnostics, quick fixes, hovers).
 * Terraform and Bicep language ids belong to HashiCorp's and Microsoft's extensions: documents are selected by
 * file pattern, so grantlint only adds diagnostics next to theirs.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Every input the CLI reads; JSON and YAML documents that are not templates get no diagnostics from the server. */
const DOCUMENT_PATTERNS = ['**/*.tf', '**/*.tf.json', '**/*.tfvars', '**/*.tfvars.json', '**/*.bicep', '**/*.bicepparam', '**/*.json', '**/*.yaml', '**/*.yml', '**/*.template'];

/** Files whose changes on disk the server re-reads: inputs of open modules, the policy file and the baseline. */
const WATCHED_FILES = '**/{*.tf,*.tfvars,*.json,*.yaml,*.yml,*.template,*.bicep,*.bicepparam}';

let client: LanguageClient | undefined;

/** `grantlint.path`, else the workspace's own install, else `grantlint` on the PATH. */
function grantlintCommand(): string {
  const configured = workspace.getConfiguration('grantlint').get<string>('path', '').trim();
  if (configured) return configured;
  for (const folder of workspace.workspaceFolders ?? []) {
    const local = path.join(folder.uri.fsPath, 'node_modules', '.bin', process.platform === 'win32' ? 'grantlint.cmd' : 'grantlint');
    if (fs.existsSync(local)) return local;
  }
  return 'grantlint';
}

export async function activate(context: ExtensionContext): Promise<void> {
  const command = grantlintCommand();
  const run = { command, args: ['lsp'], transport: TransportKind.stdio, options: { shell: process.platform === 'win32' && command.endsWith('.cmd') } };
  const serverOptions: ServerOptions = { run, debug: run };
  const watcher = workspace.createFileSystemWatcher(WATCHED_FILES);
  context.subscriptions.push(watcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_PATTERNS.map((pattern) => ({ scheme: 'file', pattern })),
    synchronize: { fileEvents: watcher },
    initializationOptions: { debounceMs: workspace.getConfiguration('grantlint').get<number>('debounceMs', 150) },
  };
  client = new LanguageClient('grantlint', 'grantlint', serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
