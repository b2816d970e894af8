import { existsSync } from 'node:fs';
import path from 'node:path';
import { commands, window, workspace, type ExtensionContext, type OutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/**
 * A small client: it finds the fzlint language server (the fzlint package the
 * workspace installed, so the editor runs exactly what CI runs), starts it
 * over stdio with the user's Node.js, and hands it the "fzlint" settings.
 * Diagnostics, quick fixes and hover all come from the server.
 */

let client: LanguageClient | undefined;
let output: OutputChannel;

const SERVER_BIN = path.join('bin', 'fzlint-lsp.js');

/** The server script: fzlint.serverPath, else the workspace's node_modules/fzlint, else the fzlint repository this extension sits in. */
function findServer(context: ExtensionContext): string | undefined {
  const configured = workspace.getConfiguration('fzlint').get<string | null>('serverPath');
  if (configured) {
    const abs = path.resolve(workspace.workspaceFolders?.[0]?.uri.fsPath ?? process.cwd(), configured);
    const candidate = abs.endsWith('.js') ? abs : path.join(abs, SERVER_BIN);
    if (existsSync(candidate)) return candidate;
    output.appendLine(`fzlint.serverPath: ${candidate} does not exist`);
    return undefined;
  }
  for (const folder of workspace.workspaceFolders ?? []) {
    try {
      const pkg = require.resolve('fzlint/package.json', { paths: [folder.uri.fsPath] });
      const candidate = path.join(path.dirname(pkg), SERVER_BIN);
      if (existsSync(candidate)) return candidate;
    } catch {
      // not installed in this folder
    }
  }
  // Development: editors/vscode inside the fzlint repository
  const repo = path.resolve(context.extensionPath, '..', '..', SERVER_BIN);
  return existsSync(repo) ? repo : undefined;
}

/** The server's settings as plain data (for clients that cannot answer workspace/configuration, the server reads these). */
function settingsSnapshot(): Record<string, unknown> {
  const c = workspace.getConfiguration('fzlint');
  return { enable: c.get('enable'), configPath: c.get('configPath'), run: c.get('run'), ignore: c.get('ignore') };
}

async function start(context: ExtensionContext): Promise<void> {
  const server = findServer(context);
  if (!server) {
    const msg = 'fzlint: the fzlint package was not found. Install it in the workspace (npm install --save-dev fzlint) or set "fzlint.serverPath".';
    output.appendLine(msg);
    void window.showWarningMessage(msg);
    return;
  }
  const node = workspace.getConfiguration('fzlint').get<string>('nodePath') || 'node';
  output.appendLine(`fzlint: starting ${node} ${server}`);
  const serverOptions: ServerOptions = {
    command: node,
    args: [server],
    transport: TransportKind.stdio,
    options: { cwd: workspace.workspaceFolders?.[0]?.uri.fsPath },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    // The server pulls settings per document (workspace/configuration); this tells it when they change
    synchronize: { configurationSection: 'fzlint' },
    initializationOptions: { settings: settingsSnapshot() },
    outputChannel: output,
  };
  client = new LanguageClient('fzlint', 'fzlint', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (e) {
    client = undefined;
    const msg = `fzlint: the language server did not start (${e instanceof Error ? e.message : String(e)}). Is "${node}" a Node.js ≥ 20.19? See "fzlint: Show Output".`;
    output.appendLine(msg);
    void window.showErrorMessage(msg);
  }
}

async function stop(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}

export async function activate(context: ExtensionContext): Promise<void> {
  output = window.createOutputChannel('fzlint');
  context.subscriptions.push(
    output,
    commands.registerCommand('fzlint.restartServer', async () => {
      await stop();
      await start(context);
    }),
    commands.registerCommand('fzlint.showOutput', () => output.show()),
    workspace.onDidChangeConfiguration(async (e) => {
      // Where the server comes from is the client's business: restart on those settings
      if (e.affectsConfiguration('fzlint.serverPath') || e.affectsConfiguration('fzlint.nodePath')) {
        await stop();
        await start(context);
      }
    }),
  );
  await start(context);
}

export function deactivate(): Promise<void> {
  return stop();
}
