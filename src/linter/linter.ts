import { toPagePositions, useNodeReaders } from './node-readers.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../rules.js';
import { ConfigError } from '../config/errors.js';
import { CONFIG_FILES, defaultConfig, findConfigFile, loadConfigFile, resolveFor, type LoadedConfig, type ResolvedConfig, type RuleEntry } from '../config/load.js';
import { withRuleOverrides } from '../config/cli-rules.js';
import { internalError, runRules, sortMessages } from '../engine/run.js';
import { prepare } from '../engine/lint.js';
import type { AnyRule, LintMessage, Locale, Severity } from '../engine/types.js';
import type { Root } from 'mdast';
import type { Report } from '../model/report.js';
import { formatOf, loadParser, parseLoaded, readDocument, ReadError, type Format, type SourceDocument } from '../parse/index.js';
import { buildReport } from '../model/report.js';
import { structureSummary } from '../model/structure-summary.js';
import { countResult, type FileResult } from './types.js';
import { PathError } from './files.js';
import { lintBatch, lintPooledStream, selectFiles, type Selected } from './batch.js';
import { DEFAULT_FILE_TIME_LIMIT, DEFAULT_MAX_FILE_SIZE, emptyFileMessage, modelTimedOut, readFailure, ruleStoppedText, structureOverBudget, tooLargeMessage } from './limits.js';
import { withDeadline, withDeadlineGroup, type Deadline, type GroupOutcome } from './watchdog.js';
import { resourcesFor } from './resources.js';
import { Notices } from './notices.js';

export type { ConfigLookup, LinterOptions } from './options.js';
import type { LinterOptions } from './options.js';

/**
 * Files → text → engine. Finds and caches configs per directory, reads and
 * decodes files, and turns unreadable ones into file-level errors so the
 * other files are still linted.
 */
export class Linter {
  private readonly cwd: string;
  private readonly rules: Record<string, AnyRule>;
  private readonly dirCache = new Map<string, string | null>();
  private readonly loaded = new Map<string, Promise<LoadedConfig>>();
  /** configFor's answer per path as asked: a file's config is looked up several times while it is linted. */
  private readonly resolved = new Map<string, Promise<ResolvedConfig>>();
  /** Every report of the current lintFiles run (and --previous), when an enabled rule compares reports. */
  private runReports: Report[] | undefined;
  private previousReports: Promise<Report[]> | undefined;
  /** What the run did not do (configs not applied, entries a walk did not check): printed by the CLI. */
  readonly notices = new Notices();

  constructor(private readonly options: LinterOptions = {}) {
    this.cwd = options.cwd ?? process.cwd();
    this.rules = options.rules ?? builtinRules;
  }

  /** The loaded config that applies to a file (throws ConfigError). */
  async loadedConfigFor(filePath: string): Promise<LoadedConfig> {
    const lookup = this.options.configLookup ?? 'files';
    const file = this.options.configFile
      ? path.resolve(this.cwd, this.options.configFile)
      : lookup === 'off'
        ? undefined
        : findConfigFile(lookup === 'cwd' ? this.cwd : path.dirname(path.resolve(this.cwd, filePath)), this.dirCache);
    const key = file ?? '<default>';
    let p = this.loaded.get(key);
    if (!p) {
      p = file ? loadConfigFile(file, this.rules) : defaultConfig(this.rules, this.cwd);
      this.loaded.set(key, p);
    }
    return p;
  }

  configFor(filePath: string): Promise<ResolvedConfig> {
    let p = this.resolved.get(filePath);
    if (!p) {
      p = (async () => {
        const loaded = await this.loadedConfigFor(filePath);
        return withRuleOverrides(resolveFor(loaded, path.resolve(this.cwd, filePath)), loaded, this.options.ruleOverrides);
      })();
      this.resolved.set(filePath, p);
    }
    return p;
  }

  /** Forget cached configs (a config file changed). */
  clearConfigCache(): void {
    this.dirCache.clear();
    this.loaded.clear();
    this.resolved.clear();
  }

  async lintFiles(inputs: string[]): Promise<FileResult[]> {
    const selected = await this.selectRun(inputs);
    const batch = await lintBatch(this, selected, this.options, this.cwd);
    if (batch) return batch;
    return this.lintSelected(selected);
  }

  /**
   * lintFiles one result at a time, in the same order (the expanded file list) and with the same
   * results: `for await (const r of linter.lintFilesStream(paths))`. A caller that formats and drops
   * each result holds one file's result at a time, not the run's (issue 22). Configs are loaded before
   * the first result, so a broken config stops the run before anything is yielded. Stopping the loop
   * early (break) stops linting in this thread (worker threads finish the files they were given). In worker threads (--concurrency) results come as the next one in order
   * is ready; with --cache, or rules that compare reports, once the batch is done (batch.ts).
   */
  async *lintFilesStream(inputs: string[]): AsyncGenerator<FileResult, void, undefined> {
    const selected = await this.selectRun(inputs);
    for (const s of selected) if (!s.result) await this.configFor(s.file);
    const pooled = await lintPooledStream(this, selected, this.options, this.cwd);
    if (pooled) {
      yield* pooled;
      return;
    }
    const batch = await lintBatch(this, selected, this.options, this.cwd);
    if (batch) {
      for (let i = 0; i < batch.length; i++) {
        const r = batch[i];
        batch[i] = undefined as unknown as FileResult; // handed over: not held here
        yield r;
      }
      return;
    }
    yield* this.lintSelectedStream(selected);
  }

  /** The files of a run: ignores applied (batch.ts), folder configs noted. */
  private async selectRun(inputs: string[]): Promise<Selected[]> {
    const selected = await selectFiles(this, inputs, this.options, this.cwd, this.notices);
    if ((this.options.configLookup ?? 'files') !== 'files') noteFolderConfigs(selected.map((s) => s.file), this.cwd, this.options.configFile ? path.resolve(this.cwd, this.options.configFile) : undefined, this.notices);
    return selected;
  }

  /** Lint the selected files one by one in this thread (lintFiles without cache or workers). */
  async lintSelected(selected: Selected[]): Promise<FileResult[]> {
    const results: FileResult[] = [];
    for await (const r of this.lintSelectedStream(selected)) results.push(r);
    return results;
  }

  /** lintSelected, one result at a time. */
  private async *lintSelectedStream(selected: Selected[]): AsyncGenerator<FileResult, void, undefined> {
    // rules that compare reports (meta.crossDocument) see every report of the run: build them all first
    this.runReports = await this.crossDocumentReports(selected.filter((s) => !s.result).map((s) => s.file));
    try {
      yield* this.lintGrouped(selected);
    } finally {
      this.runReports = undefined;
    }
  }

  /**
   * Run `fn` as part of a run over these files: lintText then gives
   * cross-document rules the other files' reports (--fix re-lints fixed text
   * after lintFiles has returned, and must not lose those findings).
   */
  async withRunOf<T>(files: string[], fn: () => Promise<T>): Promise<T> {
    this.runReports = await this.crossDocumentReports(files);
    try {
      return await fn();
    } finally {
      this.runReports = undefined;
    }
  }

  /** The reports of these files and of --previous, when a rule enabled for one of them is cross-document. */
  async crossDocumentReports(files: string[]): Promise<Report[] | undefined> {
    let wanted = false;
    for (const f of files) if ((wanted = hasCrossDocumentRule(await this.configFor(f)))) break;
    if (!wanted) return undefined;
    const out: Report[] = [];
    for (const f of files) {
      const r = await this.reportOf(f);
      if (r) out.push(r);
    }
    return [...out, ...(await this.previous())];
  }

  /** Whether a cross-document rule was given the --previous reports (the CLI says so when not). */
  get previousUsed(): boolean {
    return this.previousReports !== undefined;
  }

  /** The --previous reports (read once). */
  private previous(): Promise<Report[]> {
    this.previousReports ??= (async () => {
      const out: Report[] = [];
      for (const f of this.options.previous ?? []) {
        const r = await this.reportOf(f);
        if (!r) throw new PathError(`--previous: cannot read "${f}" as a report`);
        out.push(r);
      }
      return out;
    })();
    return this.previousReports;
  }

  /** Read and model a file without linting it; undefined when it cannot be read (lintFile says why). */
  async reportOf(filePath: string): Promise<Report | undefined> {
    const abs = path.resolve(this.cwd, filePath);
    const bytes = await this.readFile(abs);
    if (typeof bytes === 'string') return undefined;
    let doc: SourceDocument;
    useNodeReaders();
    try {
      doc = await readDocument(bytes, abs);
    } catch {
      return undefined;
    }
    const config = await this.configFor(abs);
    try {
      return await prepare(doc.text, doc.format, abs, config.reportYear, doc.tree);
    } catch (e) {
      if (isRunError(e)) throw e;
      return undefined; // lintFile reports why
    }
  }

  async lintFile(filePath: string): Promise<FileResult> {
    const abs = path.resolve(this.cwd, filePath);
    const bytes = await this.readFile(abs);
    return typeof bytes === 'string' ? fileError(abs, bytes) : this.lintBytes(abs, bytes);
  }

  /**
   * A file's bytes, or why it is not read. Any regular file is read: its bytes say what it is (PDF,
   * image, archive, Word), and unsupported types are refused by name after. A file over maxFileSize
   * is refused by its size before reading; a device or FIFO is never opened (it could block or never end).
   */
  private async readFile(abs: string): Promise<Buffer | string> {
    const limit = (await this.configFor(abs)).maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    try {
      const st = statSync(abs);
      if (st.isDirectory()) return 'cannot read file: is a directory';
      if (!st.isFile()) return 'cannot read file: not a regular file (a device, FIFO or socket)';
      if (st.size > limit) return tooLargeMessage(st.size, limit, await this.localeFor(abs));
      return readFileSync(abs);
    } catch (e) {
      return `cannot read file: ${readFailure(e)}`;
    }
  }

  private async localeFor(abs: string): Promise<Locale> {
    return this.options.locale ?? (await this.configFor(abs)).locale ?? 'zh';
  }

  /**
   * Lint a file's bytes (read already, by the cache, a worker's caller or --stdin). The bytes decide
   * the container (text in UTF-8/GB18030/UTF-16, HTML, Word); PDF, images, archives, .doc/.wps and
   * undecodable files become a file error in the user's language. `fallback`: the format when the
   * name selects none (stdin without --stdin-filename).
   */
  async lintBytes(filePath: string, bytes: Uint8Array, fallback?: Format): Promise<FileResult> {
    const abs = path.resolve(this.cwd, filePath);
    try {
      const read = await this.readBytes(abs, bytes, fallback);
      return isRead(read) ? this.finishRead(read, withDeadline(() => this.attempt(read.job), read.job.deadline)) : read;
    } catch (e) {
      return this.failed(abs, e);
    }
  }

  /** One file's failure (stack overflow on deep nesting, a parser or rule that throws) is that file's error; a run error stops the run. */
  private async failed(abs: string, e: unknown): Promise<FileResult> {
    if (isRunError(e)) throw e;
    return fileError(abs, internalFileError(e, await this.localeFor(abs).catch(() => 'zh' as const)));
  }

  /** A file's bytes read and decoded, and its lint prepared (asynchronously); or the file's result already (refused, empty, unreadable). */
  private async readBytes(abs: string, bytes: Uint8Array, fallback?: Format): Promise<FileResult | ReadFile> {
    // bytes read elsewhere (stdin, the cache's and workers' caller) meet the same size limit as lintFile
    const limit = (await this.configFor(abs)).maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    if (bytes.length > limit) return fileError(abs, tooLargeMessage(bytes.length, limit, await this.localeFor(abs)));
    let doc: SourceDocument;
    useNodeReaders();
    try {
      doc = await readDocument(bytes, abs, fallback);
    } catch (e) {
      if (e instanceof ReadError) return fileError(abs, e.localized(await this.localeFor(abs)));
      throw e;
    }
    // an empty file is a failed export or copy, not a report missing every part
    if (!doc.text.trim()) return fileError(abs, emptyFileMessage(bytes.length, await this.localeFor(abs)));
    // memory and time grow with lines and tags, not bytes: past the budgets the file is refused by name
    const over = structureOverBudget(doc.text, doc.format, await this.localeFor(abs));
    if (over) return fileError(abs, over);
    return { doc, job: await this.prepareText(doc.text, abs, doc) };
  }

  /** The result of a read file from its first attempt (stopped rules are dropped and the file checked again). */
  private finishRead({ doc, job }: ReadFile, first: Deadline<Run>): FileResult {
    const r = this.finish(job, first);
    // assign, not spread: a spread would call the lazy `report` getter and build the model again
    if (doc.placement) toPagePositions(r.messages, doc.placement);
    return Object.assign(r, { encoding: doc.encoding }, doc.bom ? { bom: true } : {}, doc.lineUnit !== 'line' ? { lineUnit: doc.lineUnit } : {});
  }

  /**
   * Lint text as if it were the file at filePath (its name picks format and config).
   * `parsed`: the format and tree when reading produced them (a Word document's paragraph-per-line text).
   */
  async lintText(text: string, filePath: string, parsed?: { format: Format; tree?: Root }): Promise<FileResult> {
    const job = await this.prepareText(text, filePath, parsed);
    return this.finish(job, withDeadline(() => this.attempt(job), job.deadline));
  }

  /** Everything lintText resolves asynchronously (config, parser, other reports), so what runs under a deadline is synchronous. */
  private async prepareText(text: string, filePath: string, parsed?: { format: Format; tree?: Root }): Promise<LintJob> {
    const abs = path.resolve(this.cwd, filePath);
    const config = localRulesOnly(await this.configFor(abs), this.options.skipCrossDocument);
    const format = parsed?.format ?? formatOf(abs) ?? 'text';
    const built = this.runReports?.find((r) => r.filePath === abs && r.text === text);
    return {
      abs,
      text,
      tree: parsed?.tree,
      format,
      config,
      locale: this.options.locale ?? config.locale ?? 'zh',
      built,
      // the parser is loaded (asynchronously) first
      parse: built || parsed?.tree ? undefined : await loadParser(format),
      // the other reports of the run only for cross-document rules: the rest stay per file
      others: hasCrossDocumentRule(config) ? (this.runReports ?? (await this.previous())).filter((r) => r.filePath !== abs) : undefined,
      knownRules: knownRuleIds(await this.loadedConfigFor(abs)),
      deadline: this.options.fileTimeLimit ?? config.fileTimeLimit ?? DEFAULT_FILE_TIME_LIMIT,
      rules: config.rules,
    };
  }

  /** One synchronous attempt at a file: parse, model, the job's rules (run under the file's deadline by the caller). */
  private attempt(job: LintJob): Run {
    job.running = undefined;
    const report = (job.model = job.built ?? buildReport(job.text, job.tree ?? job.parse!(job.text), { format: job.format, filePath: job.abs, reportYear: job.config.reportYear }));
    const messages = runRules(report, job.rules, {
      locale: job.locale,
      others: job.others?.filter((r) => r !== report),
      inlineConfig: this.options.inlineConfig,
      reportUnusedDirectives: this.options.reportUnusedDirectives,
      knownRules: job.knownRules,
      ruleTimeLimit: job.config.ruleTimeLimit,
      resources: resourcesFor(job.rules.values()),
      now: () => performance.now(),
      beforeRule: (id) => (job.running = id),
    });
    // the model is kept only where the result keeps it (finish): a group of files must not hold theirs
    return { report: keepsModel(job) ? report : undefined, messages, summary: structureSummary(report) };
  }

  /**
   * A file's result from its first attempt. The parse, the model and the rules run under the file's deadline
   * (watchdog.ts): a rule still running there is stopped, reported as an internal error of that rule, and the
   * file is checked again without it (from a fresh model: the stopped rule may have left a lazily computed part
   * of it half built).
   */
  private finish(job: LintJob, first: Deadline<Run>): FileResult {
    const { abs, text, format, config, locale, deadline } = job;
    const stopped: LintMessage[] = [];
    for (let run = first; ; run = withDeadline(() => this.attempt(job), deadline)) {
      if (!run.done) {
        if (job.running === undefined || !job.model) return fileError(abs, modelTimedOut(deadline, locale));
        stopped.push(internalError(job.model, job.running, new Error(ruleStoppedText(deadline, locale)), locale));
        const without = job.running;
        job.rules = new Map([...job.rules].filter(([id]) => id !== without));
        continue;
      }
      const { report, summary } = run.value;
      job.model = undefined;
      const messages = stopped.length ? sortMessages([...run.value.messages, ...stopped]) : run.value.messages;
      // Keep the model only for formatters that read it (checklist, html): a Report is ~40× its text,
      // and a run over a thousand reports must not hold a thousand of them. Rebuilt on first read;
      // a Word document's tree came from mammoth (async), so its model is kept as built.
      if (report) return countResult({ filePath: abs, messages, summary, source: text, report });
      if (this.options.keepText === false) return countResult({ filePath: abs, messages, summary });
      return lazyReport(countResult({ filePath: abs, messages, summary, source: text }), text, format, config.reportYear);
    }
  }

  /**
   * The selected files linted in this thread, one result at a time, in order. Files are read a group at a
   * time and the group's synchronous work runs under one watchdog (withDeadlineGroup), each file still with
   * its own deadline.
   */
  private async *lintGrouped(selected: Selected[]): AsyncGenerator<FileResult, void, undefined> {
    for (let i = 0; i < selected.length; ) {
      const group: (FileResult | ReadFile)[] = [];
      let held = 0;
      while (i < selected.length && group.length < GROUP_FILES && held < GROUP_CHARS) {
        const s = selected[i++];
        const item = s.result ?? (await this.readFileForGroup(s.file));
        group.push(item);
        if (isRead(item)) held += item.job.text.length;
      }
      const reads = group.filter(isRead);
      const outcomes = new Map<ReadFile, GroupOutcome<Run>>();
      for (let k = 0; k < reads.length; ) {
        // a group's works share one deadline: a file with another one starts a group of its own
        const deadline = reads[k].job.deadline;
        let end = k + 1;
        while (end < reads.length && reads[end].job.deadline === deadline) end++;
        const ran = withDeadlineGroup(reads.slice(k, end).map((r) => () => this.attempt(r.job)), deadline, Math.min(GROUP_WINDOW, deadline));
        for (const o of ran) outcomes.set(reads[k++], o);
      }
      for (let g = 0; g < group.length; g++) {
        const item = group[g];
        group[g] = undefined as unknown as FileResult; // handed over: not held here
        if (!isRead(item)) {
          yield item;
          continue;
        }
        const o = outcomes.get(item)!;
        try {
          if (o.done && 'error' in o) throw o.error;
          yield this.finishRead(item, o as Deadline<Run>);
        } catch (e) {
          yield await this.failed(item.job.abs, e);
        }
      }
    }
  }

  /** lintFile up to the synchronous part. */
  private async readFileForGroup(filePath: string): Promise<FileResult | ReadFile> {
    const abs = path.resolve(this.cwd, filePath);
    const bytes = await this.readFile(abs);
    if (typeof bytes === 'string') return fileError(abs, bytes);
    try {
      return await this.readBytes(abs, bytes);
    } catch (e) {
      return this.failed(abs, e);
    }
  }
}

/**
 * Files read ahead and checked under one watchdog (lintGrouped), at most. Few: a group's results are held
 * until its last file is checked, and results held across several scavenges are copied by each and then
 * promoted to the old space (16 files a group measured +75 MiB peak and +0.4 s CPU on the bench corpus;
 * 8 files +70 ms of scavenges against 4). Four files already share one watchdog thread instead of four.
 */
const GROUP_FILES = 4;
/** …and at most this many characters of their text held at once. */
const GROUP_CHARS = 1_000_000;
/** A file of a group starts only within this many ms of the group's start (withDeadlineGroup). */
const GROUP_WINDOW = 500;

/** A file whose lint is prepared: what lintText resolves before the synchronous attempt, and what that attempt leaves. */
interface LintJob {
  abs: string;
  text: string;
  tree?: Root;
  format: Format;
  config: ResolvedConfig;
  locale: Locale;
  built?: Report;
  parse?: (text: string) => Root;
  others?: Report[];
  knownRules: ReadonlySet<string>;
  deadline: number;
  /** The rules to run: a rule stopped at the deadline is dropped for the next attempt. */
  rules: ResolvedConfig['rules'];
  /** The rule running now (what the deadline stopped) and the model of the attempt. */
  running?: string;
  model?: Report;
}

/** A file read and decoded, with its prepared lint. */
interface ReadFile {
  doc: SourceDocument;
  job: LintJob;
}

/** A read file still to be checked, as opposed to a file's result already (refused, empty, unreadable). */
function isRead(x: FileResult | ReadFile): x is ReadFile {
  return 'job' in x;
}

/** Whether a file's result keeps the model it was checked with (finish). */
function keepsModel(job: LintJob): boolean {
  return job.format === 'docx' || job.format === 'doc' || job.format === 'pdf' || job.built !== undefined;
}

interface Run {
  report: Report | undefined;
  messages: LintMessage[];
  summary: ReturnType<typeof structureSummary>;
}

/**
 * Give a result a `report` built on first read. A function of its own, so the getter's closure holds
 * only these arguments: a closure made inside lintText would share its scope, and with it the Report.
 */
function lazyReport(result: FileResult, text: string, format: Format, reportYear: number | undefined): FileResult {
  let rebuilt: Report | undefined;
  Object.defineProperty(result, 'report', {
    enumerable: true,
    configurable: true,
    get: () => (rebuilt ??= buildReport(text, parseLoaded(text, format), { format, filePath: result.filePath, reportYear })),
  });
  return result;
}

const known = new WeakMap<LoadedConfig, ReadonlySet<string>>();
/** Rule ids a config knows (built-in and plugin, on or off): directives naming others are reported. */
function knownRuleIds(loaded: LoadedConfig): ReadonlySet<string> {
  let ids = known.get(loaded);
  if (!ids) known.set(loaded, (ids = new Set(Object.keys(loaded.rules))));
  return ids;
}

/** The config without its cross-document rules, when `skip` (a worker of a parallel run). */
function localRulesOnly(config: ResolvedConfig, skip: boolean | undefined): ResolvedConfig {
  if (!skip || !hasCrossDocumentRule(config)) return config;
  return { ...config, rules: new Map([...config.rules].filter(([, { rule }]) => !rule.meta.crossDocument)) };
}

function hasCrossDocumentRule(config: ResolvedConfig): boolean {
  for (const { rule } of config.rules.values()) if (rule.meta.crossDocument) return true;
  return false;
}

/** Errors about the run itself (a bad config, a missing path), which stop it, as opposed to one file's failure. */
function isRunError(e: unknown): boolean {
  return e instanceof ConfigError || e instanceof PathError;
}

/** The file-level error for a file whose reading, parsing or linting failed: named, in the user's language, no stack. */
export function internalFileError(e: unknown, locale: Locale): string {
  const msg = e instanceof Error ? e.message : String(e);
  const overflow = e instanceof RangeError && /call stack/i.test(msg);
  if (locale === 'zh') {
    return overflow
      ? `内部错误：检查本文件时调用栈溢出（结构嵌套过深），本文件未能检查，其他文件照常检查`
      : `内部错误：检查本文件时出错（${msg}），本文件未能检查，其他文件照常检查`;
  }
  return overflow
    ? 'internal error: the call stack overflowed while checking this file (nesting too deep); this file was not checked, the others were'
    : `internal error while checking this file (${msg}); this file was not checked, the others were`;
}

/**
 * --config-lookup cwd / off: configs inside the linted folders (below the working directory, or anywhere
 * under a folder outside it) are not applied; each is reported once (「已忽略 …」).
 */
function noteFolderConfigs(files: string[], cwd: string, explicit: string | undefined, notices: Notices): void {
  const seen = new Set<string>();
  const stopAt = path.resolve(cwd);
  for (const f of files) {
    let dir = path.dirname(f);
    for (;;) {
      if (dir === stopAt || isInside(stopAt, dir) || seen.has(dir)) break; // cwd and above: the lookup's own ground
      seen.add(dir);
      for (const name of [...CONFIG_FILES, 'package.json']) {
        const p = path.join(dir, name);
        if (p === explicit || !existsSync(p)) continue;
        if (name === 'package.json' && !hasFzlintKey(p)) continue;
        const shown = path.relative(cwd, p) || p;
        notices.add({
          kind: 'ignored-config',
          file: p,
          zh: `已忽略 ${shown}：位于被检查的文件夹中的配置不会被应用，其插件也不会加载（它可能来自报告的发送方；确需使用请以 --config 指定）`,
          en: `ignored ${shown}: a config inside a linted folder is not applied and its plugins are not loaded (it may come from the sender; pass it with --config to use it)`,
        });
      }
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
}

/** Whether `dir` is `ancestor`'s ancestor (cwd lies inside dir). */
function isInside(inner: string, dir: string): boolean {
  const rel = path.relative(dir, inner);
  return !rel.startsWith('..') && !path.isAbsolute(rel);
}

function hasFzlintKey(pkg: string): boolean {
  try {
    const st = statSync(pkg);
    if (!st.isFile() || st.size > DEFAULT_MAX_FILE_SIZE) return false;
    const json = JSON.parse(readFileSync(pkg, 'utf8')) as Record<string, unknown>;
    return Boolean(json && typeof json === 'object' && Object.prototype.hasOwnProperty.call(json, 'fzlint'));
  } catch {
    return false;
  }
}

function fileError(filePath: string, message: string): FileResult {
  return countResult({ filePath, messages: [], fileError: message });
}
