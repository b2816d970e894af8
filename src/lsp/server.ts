import { packageRoot, packageVersion as fzlintVersion } from '../linter/pkg.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type ExecuteCommandParams,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError } from '../config/errors.js';
import { CONFIG_FILES } from '../config/load.js';
import type { LintMessage, Locale } from '../engine/types.js';
import { IGNORE_FILE, IgnoreFilter } from '../linter/ignore.js';
import { Linter } from '../linter/linter.js';
import { formatOf } from '../parse/index.js';
import { FIX_ALL_KIND, fixActions, ruleIdsOf, wants } from './actions.js';
import { clientLocale, configErrorDiagnostic, internalErrorDiagnostic, rangeOf, toDiagnostic, uriToPath } from './convert.js';
import { disableLineAction, disableRuleAction } from './disable.js';
import { hoverAt, structureHoverAt, type HoverTarget } from './hover.js';
import type { StructureSummary } from '../model/structure-summary.js';
import { DEFAULT_SETTINGS, normaliseSettings, type ServerSettings } from './settings.js';

/** What the last lint of a document left behind, for code actions and hover. */
interface DocState {
  version: number;
  filePath: string;
  linter: Linter;
  messages: LintMessage[];
  targets: HoverTarget[];
  /** How the structure was read (parts, year), for hover on headings. */
  summary?: StructureSummary;
}

/**
 * Files whose change may change a document's config: fzlint.config.json,
 * .fzlintrc.json, package.json ("fzlint" key), and any JSON file an `extends`
 * may point at — so every JSON file outside node_modules.
 */
const WATCH_GLOBS = ['**/*.json', `**/${IGNORE_FILE}`];

/** The command of the 「查看规则说明」 code action: opens the rule's page that ships with fzlint (rules/<id>.md). */
export const SHOW_RULE_DOCS = 'fzlint.showRuleDocs';

const DOCS_TITLE = { zh: (id: string) => `查看规则说明：${id}`, en: (id: string) => `Show the documentation of ${id}` } as const;

/** The page of a built-in rule, shipped in the package; undefined for a rule without one (a plugin's). */
function rulePagePath(ruleId: string): string | undefined {
  if (!/^[a-z0-9-]+$/.test(ruleId)) return undefined;
  try {
    const file = path.join(packageRoot(), 'rules', `${ruleId}.md`);
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

function packageVersion(): string | undefined {
  try {
    return fzlintVersion();
  } catch {
    return undefined;
  }
}

/**
 * The language server: the CLI's Linter (same engine, same config search,
 * same --config semantics through fzlint.configPath) over the editor's
 * in-memory text.
 */
export class FzlintServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly state = new Map<string, DocState>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Per-document lint sequence: a result is published only if no later lint started. */
  private readonly seq = new Map<string, number>();
  private readonly linters = new Map<string, Linter>();
  private readonly ignoreFilters = new Map<string, IgnoreFilter>();
  private readonly settingsCache = new Map<string, Promise<ServerSettings>>();
  /** Config files (and .fzlintignore files) that applied to some document, with the mtime seen (-1: absent), for clients that do not watch files. */
  private readonly configMtimes = new Map<string, number>();
  private globalSettings: ServerSettings = DEFAULT_SETTINGS;
  private folders: string[] = [];
  private serverLocale: Locale = 'zh';
  private caps = { configuration: false, watchFiles: false, documentChanges: false, createFiles: false, dynamicConfiguration: false, workspaceFolders: false, showDocument: false };

  constructor(private readonly connection: Connection) {
    connection.onInitialize((p) => this.initialize(p));
    connection.onInitialized(() => {
      this.initialized().catch((e: unknown) => connection.console.error(`fzlint: ${e instanceof Error ? e.message : String(e)}`));
    });
    connection.onDidChangeConfiguration((p) => {
      const s = (p.settings as Record<string, unknown> | undefined)?.fzlint;
      if (s !== undefined) this.globalSettings = normaliseSettings(s, this.globalSettings);
      this.settingsCache.clear();
      this.linters.clear();
      this.relintAll();
    });
    connection.onDidChangeWatchedFiles((p) => {
      const relevant = p.changes.some((c) => {
        const f = uriToPath(c.uri);
        return f !== undefined && (f.endsWith('.json') || path.basename(f) === IGNORE_FILE) && !f.split(path.sep).includes('node_modules');
      });
      if (relevant) {
        this.clearConfigs();
        this.relintAll();
      }
    });
    connection.onCodeAction((p) => this.codeActions(p));
    connection.onHover((p) => this.hover(p));
    connection.onExecuteCommand((p) => this.executeCommand(p));
    connection.onShutdown(() => {
      for (const t of this.timers.values()) clearTimeout(t);
      this.timers.clear();
    });

    const seen = new Set<string>();
    this.documents.onDidChangeContent(({ document }) => {
      if (!seen.has(document.uri)) {
        // Opened: lint at once
        seen.add(document.uri);
        void this.validate(document.uri);
        return;
      }
      void this.settingsFor(document.uri).then((s) => {
        if (s.run === 'onType') this.schedule(document.uri, s.debounce);
      });
    });
    this.documents.onDidSave(({ document }) => {
      // Saving text that was already linted (run: onType) changes nothing; a config change re-lints through the watcher
      if (this.state.get(document.uri)?.version === document.version && !this.timers.has(document.uri) && !this.configsChanged()) return;
      void this.validate(document.uri);
    });
    this.documents.onDidClose(({ document }) => {
      seen.delete(document.uri);
      this.cancel(document.uri);
      this.state.delete(document.uri);
      // Bump the sequence (never reset it): a lint still running for the closed document must not publish
      this.seq.set(document.uri, (this.seq.get(document.uri) ?? 0) + 1);
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    });
    this.documents.listen(connection);
  }

  listen(): void {
    this.connection.listen();
  }

  private initialize(p: InitializeParams): InitializeResult {
    const c = p.capabilities ?? {};
    this.caps = {
      configuration: Boolean(c.workspace?.configuration),
      watchFiles: Boolean(c.workspace?.didChangeWatchedFiles?.dynamicRegistration),
      documentChanges: Boolean(c.workspace?.workspaceEdit?.documentChanges),
      createFiles: Boolean(c.workspace?.workspaceEdit?.resourceOperations?.includes('create')),
      dynamicConfiguration: Boolean(c.workspace?.didChangeConfiguration?.dynamicRegistration),
      workspaceFolders: Boolean(c.workspace?.workspaceFolders),
      showDocument: Boolean(c.window?.showDocument?.support),
    };
    this.serverLocale = clientLocale(p.locale);
    const init = p.initializationOptions as Record<string, unknown> | undefined;
    this.globalSettings = normaliseSettings(init?.settings ?? init, DEFAULT_SETTINGS);
    const folders = p.workspaceFolders?.map((f) => uriToPath(f.uri)) ?? [p.rootUri ? uriToPath(p.rootUri) : (p.rootPath ?? undefined)];
    this.folders = folders.filter((f): f is string => Boolean(f));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        executeCommandProvider: { commands: [SHOW_RULE_DOCS] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'fzlint', version: packageVersion() },
    };
  }

  private async initialized(): Promise<void> {
    if (this.caps.watchFiles) {
      await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCH_GLOBS.map((globPattern) => ({ globPattern })) });
    }
    if (this.caps.dynamicConfiguration) {
      await this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'fzlint' });
    }
    if (this.caps.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
        this.folders = this.folders.filter((f) => !removed.has(f));
        for (const f of e.added) {
          const p = uriToPath(f.uri);
          if (p) this.folders.push(p);
        }
        this.settingsCache.clear();
        this.linters.clear();
        this.relintAll();
      });
    }
  }

  private settingsFor(uri: string): Promise<ServerSettings> {
    if (!this.caps.configuration) return Promise.resolve(this.globalSettings);
    let s = this.settingsCache.get(uri);
    if (!s) {
      s = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'fzlint' }).then(
        (raw) => normaliseSettings(raw, this.globalSettings),
        () => this.globalSettings,
      );
      this.settingsCache.set(uri, s);
    }
    return s;
  }

  /** The workspace folder holding a file (the deepest), or the file's directory. */
  private rootOf(filePath: string): string {
    let best: string | undefined;
    for (const f of this.folders) {
      const rel = path.relative(f, filePath);
      if (!rel.startsWith('..') && !path.isAbsolute(rel) && (!best || f.length > best.length)) best = f;
    }
    return best ?? path.dirname(filePath);
  }

  /** The path a document is linted as: its .txt/.md file, or for an unsaved buffer a name in its workspace that picks the format. */
  private filePathOf(doc: TextDocument): string | undefined {
    const p = uriToPath(doc.uri);
    if (p) {
      // Text and Markdown only: an editor holds .html as markup and cannot hold .docx as text at all
      const f = formatOf(p);
      return f === 'text' || f === 'markdown' ? p : undefined;
    }
    const ext = doc.languageId === 'markdown' ? '.md' : doc.languageId === 'plaintext' ? '.txt' : undefined;
    if (!ext) return undefined;
    return path.join(this.folders[0] ?? process.cwd(), `untitled${ext}`);
  }

  private linterFor(settings: ServerSettings, filePath: string): Linter {
    const root = this.rootOf(filePath);
    const configFile = settings.configPath ? path.resolve(root, settings.configPath) : undefined;
    const key = configFile ?? '';
    let l = this.linters.get(key);
    if (!l) {
      l = new Linter({ cwd: root, configFile });
      this.linters.set(key, l);
    }
    return l;
  }

  private clearConfigs(): void {
    for (const l of this.linters.values()) l.clearConfigCache();
    this.configMtimes.clear();
    this.ignoreFilters.clear();
  }

  /** The CLI reads .fzlintignore from its working directory; an editor's is the workspace folder. */
  private ignoreFilter(root: string): IgnoreFilter {
    let f = this.ignoreFilters.get(root);
    if (!f) {
      f = new IgnoreFilter(root);
      this.ignoreFilters.set(root, f);
      // Watched like a config file: created, edited or deleted, it is read again
      this.remember(path.join(root, IGNORE_FILE));
    }
    return f;
  }

  /** Has a config file that applied to some document changed on disk since it was read? */
  private configsChanged(): boolean {
    for (const [file, mtime] of this.configMtimes) {
      let now: number;
      try {
        now = statSync(file).mtimeMs;
      } catch {
        now = -1;
      }
      if (now !== mtime) return true;
    }
    return false;
  }

  /** Without file watching, a config edited on disk is noticed by its mtime at the next lint. */
  private checkConfigMtimes(): void {
    if (this.configsChanged()) this.clearConfigs();
  }

  /**
   * Every place a config for this file could appear, from its folder up to the config in use
   * (or the file system's root when there is none), so that a config created later — by hand or
   * by the 「新建 fzlint.config.json」 quick fix — is noticed at the next lint by clients that do
   * not watch files. Files that do not exist are remembered as absent (mtime -1).
   */
  private rememberCandidates(filePath: string, used: string | undefined): void {
    const stop = used ? path.dirname(used) : undefined;
    for (let dir = path.dirname(filePath); ; dir = path.dirname(dir)) {
      for (const name of [...CONFIG_FILES, 'package.json']) this.remember(path.join(dir, name));
      if (dir === stop || path.dirname(dir) === dir) break;
    }
    this.remember(used);
  }

  private remember(file: string | undefined): void {
    if (!file || this.configMtimes.has(file)) return;
    try {
      this.configMtimes.set(file, statSync(file).mtimeMs);
    } catch {
      this.configMtimes.set(file, -1);
    }
  }

  private schedule(uri: string, delay: number): void {
    this.cancel(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.validate(uri);
      }, delay),
    );
  }

  private cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
  }

  private relintAll(): void {
    for (const d of this.documents.all()) void this.validate(d.uri);
  }

  /** Lint the document's current text and publish the diagnostics (unless a later lint overtook this one). */
  async validate(uri: string): Promise<void> {
    this.cancel(uri);
    const n = (this.seq.get(uri) ?? 0) + 1;
    this.seq.set(uri, n);
    const current = () => this.seq.get(uri) === n && this.documents.get(uri) !== undefined;
    try {
      const doc = this.documents.get(uri);
      if (!doc) return;
      const settings = await this.settingsFor(uri);
      const filePath = this.filePathOf(doc);
      if (!settings.enable || !filePath) {
        this.state.delete(uri);
        if (current()) await this.connection.sendDiagnostics({ uri, diagnostics: [] });
        return;
      }
      const version = doc.version;
      const text = doc.getText();
      const linter = this.linterFor(settings, filePath);
      this.checkConfigMtimes();
      let diagnostics: Diagnostic[];
      try {
        // Files the CLI skips (.fzlintignore in the workspace folder, the config's ignorePatterns) show nothing
        const ignored = settings.ignore ? await this.ignoreFilter(this.rootOf(filePath)).match(filePath, () => linter.loadedConfigFor(filePath)) : undefined;
        if (ignored) {
          if (!current()) return;
          this.state.delete(uri);
          await this.connection.sendDiagnostics({ uri, version, diagnostics: [] });
          return;
        }
        const result = await linter.lintText(text, filePath);
        this.rememberCandidates(filePath, (await linter.loadedConfigFor(filePath)).file);
        if (!current()) return;
        diagnostics = result.messages.map((m) => toDiagnostic(m, uri));
        this.state.set(uri, {
          version,
          filePath,
          linter,
          messages: result.messages,
          summary: result.summary,
          targets: result.messages.map((m) => ({
            ruleId: m.ruleId,
            range: rangeOf(m),
            message: m.reason,
            ...(m.related?.length ? { related: m.related.map((r) => ({ message: r.message, line: r.line })) } : {}),
          })),
        });
      } catch (e) {
        if (!current()) return;
        this.state.delete(uri);
        if (e instanceof ConfigError) {
          this.remember(e.file);
          diagnostics = [configErrorDiagnostic(text, e, this.serverLocale)];
        } else {
          this.connection.console.error(`fzlint: linting ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
          diagnostics = [internalErrorDiagnostic(text, e, this.serverLocale)];
        }
      }
      await this.connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (e) {
      this.connection.console.error(`fzlint: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }

  private async localeOf(st: DocState): Promise<Locale> {
    try {
      return (await st.linter.configFor(st.filePath)).locale ?? 'zh';
    } catch {
      return this.serverLocale;
    }
  }

  private async codeActions(p: CodeActionParams): Promise<CodeAction[]> {
    const uri = p.textDocument.uri;
    const doc = this.documents.get(uri);
    if (!doc) return [];
    // Fixes need offsets into the current text: lint now if the last lint is older (typing, then Ctrl+. or save)
    if (this.state.get(uri)?.version !== doc.version) await this.validate(uri);
    const st = this.state.get(uri);
    if (!st) return [];
    const locale = await this.localeOf(st);
    const only = p.context.only;
    const out: CodeAction[] = [];
    if (wants(only, CodeActionKind.QuickFix) || wants(only, FIX_ALL_KIND)) {
      const actions = fixActions({
        uri,
        document: doc,
        messages: st.messages,
        lintedVersion: st.version,
        range: p.range,
        diagnostics: p.context.diagnostics,
        locale,
        documentChanges: this.caps.documentChanges,
      });
      out.push(...actions.filter((a) => wants(only, a.kind!)));
    }
    if (wants(only, CodeActionKind.QuickFix)) {
      let loaded;
      try {
        loaded = await st.linter.loadedConfigFor(st.filePath);
      } catch {
        return out; // a broken config: nothing to add an override to
      }
      const markdown = formatOf(st.filePath) === 'markdown';
      for (const { ruleId, diagnostic } of ruleIdsOf(p.context.diagnostics)) {
        // Only real rules can be turned off (not the directives' own findings)
        if (!loaded.rules[ruleId]) continue;
        if (rulePagePath(ruleId)) {
          const title = DOCS_TITLE[locale](ruleId);
          out.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: SHOW_RULE_DOCS, arguments: [ruleId] } });
        }
        if (markdown) out.push(disableLineAction({ uri, document: doc, ruleId, diagnostic, locale, documentChanges: this.caps.documentChanges }));
        // An unsaved buffer has no file name an override could match
        if (!uriToPath(uri)) continue;
        const a = disableRuleAction({
          ruleId,
          filePath: st.filePath,
          configFile: loaded.file,
          root: this.rootOf(st.filePath),
          diagnostic,
          locale,
          canCreateFiles: this.caps.createFiles,
          documentChanges: this.caps.documentChanges,
        });
        if (a) out.push(a);
      }
    }
    return out;
  }

  /** 「查看规则说明」: the client opens the rule's page (window/showDocument), or is told where it is. */
  private async executeCommand(p: ExecuteCommandParams): Promise<void> {
    if (p.command !== SHOW_RULE_DOCS) return;
    const ruleId = String(p.arguments?.[0] ?? '');
    const file = rulePagePath(ruleId);
    if (!file) {
      void this.connection.window.showWarningMessage(this.serverLocale === 'zh' ? `fzlint：规则 ${ruleId} 没有说明页面` : `fzlint: rule ${ruleId} has no page`);
      return;
    }
    const uri = pathToFileURL(file).href;
    if (this.caps.showDocument) {
      const shown = await this.connection.window.showDocument({ uri, takeFocus: true });
      if (shown.success) return;
    }
    void this.connection.window.showInformationMessage(this.serverLocale === 'zh' ? `fzlint：规则 ${ruleId} 的说明在 ${file}` : `fzlint: the page of ${ruleId} is ${file}`);
  }

  private async hover(p: HoverParams) {
    const st = this.state.get(p.textDocument.uri);
    if (!st) return null;
    let rules;
    try {
      rules = (await st.linter.loadedConfigFor(st.filePath)).rules;
    } catch {
      return null;
    }
    const locale = await this.localeOf(st);
    // a finding first; else, on a heading, the part it was read as and why
    return hoverAt(st.targets, p.position, rules, locale) ?? structureHoverAt(st.summary, p.position.line, locale);
  }
}

/** Start a server on a connection (tests and embedders may pass their own streams). */
export function startServer(connection: Connection): FzlintServer {
  const server = new FzlintServer(connection);
  server.listen();
  return server;
}

/**
 * `fzlint --lsp` and `fzlint-lsp`: LSP over stdin/stdout. Console output is
 * sent to the client's log, since stdout carries the protocol. The process
 * ends on the LSP exit notification (code 0 after shutdown, 1 otherwise) or
 * when stdin closes, so the returned promise does not settle.
 */
export function runStdioServer(): Promise<number> {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  console.log = console.info = console.debug = (...a: unknown[]) => connection.console.log(format(...a));
  console.warn = (...a: unknown[]) => connection.console.warn(format(...a));
  console.error = (...a: unknown[]) => connection.console.error(format(...a));
  startServer(connection);
  return new Promise<number>(() => {});
}
