import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ROOT } from './seeds.js';

export interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

/**
 * The server runs from the built dist/ (`npm run build` runs in `prepare`, so
 * CI has it); when dist/ lacks the server, build it once.
 */
export function ensureBuilt(): void {
  if (existsSync(path.join(ROOT, 'dist/src/lsp/server.js')) && existsSync(path.join(ROOT, 'dist/src/cli/index.js'))) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.json')], { stdio: 'inherit', timeout: 180_000 });
}

/** A JSON-RPC client talking LSP to the server as a child process, recording what it publishes. */
export class LspClient {
  readonly child: ChildProcess;
  readonly connection: MessageConnection;
  readonly published: Published[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  readonly stderr: string[] = [];
  /** URIs the server asked the client to open (window/showDocument). */
  readonly shownDocuments: string[] = [];
  /** Messages the server showed (window/showMessage). */
  readonly messages: string[] = [];
  /** Answers workspace/configuration items (section "fzlint") by scope URI. */
  settings: (scopeUri: string | undefined) => unknown = () => ({});
  readonly exited: Promise<number | null>;
  private waiters: { uri: string; pred: (p: Published) => boolean; from: number; resolve: (p: Published) => void }[] = [];

  constructor(args: string[], cwd: string) {
    this.child = spawn(process.execPath, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.child.stderr!.on('data', (b: Buffer) => this.stderr.push(b.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => {
        const hit = this.published.slice(w.from).find((q) => q.uri === w.uri && w.pred(q));
        if (hit) w.resolve(hit);
        return !hit;
      });
    });
    this.connection.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) =>
      p.items.map((i) => (i.section === 'fzlint' ? this.settings(i.scopeUri) : null)),
    );
    this.connection.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    this.connection.onRequest('window/showDocument', (p: { uri: string }) => {
      this.shownDocuments.push(p.uri);
      return { success: true };
    });
    this.connection.onNotification('window/showMessage', (p: { message: string }) => this.messages.push(p.message));
    this.connection.onNotification('window/logMessage', () => {});
    this.connection.listen();
  }

  /** Index to pass to `diagnostics` so only later publications count. */
  mark(): number {
    return this.published.length;
  }

  /** The first publication for `uri` at or after `from` that satisfies `pred`. */
  diagnostics(uri: string, from: number, pred: (p: Published) => boolean = () => true, timeoutMs = 10_000): Promise<Published> {
    const hit = this.published.slice(from).find((q) => q.uri === uri && pred(q));
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr.join('')}`)), timeoutMs);
      this.waiters.push({ uri, pred, from, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** shutdown + exit; resolves to the process exit code. */
  async stop(): Promise<number | null> {
    await this.request('shutdown', null);
    await this.notify('exit', null);
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    if (this.child.exitCode === null && !this.child.killed) this.child.kill();
  }
}
