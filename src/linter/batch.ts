import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { DEFAULT_MAX_FILE_SIZE } from './limits.js';
import path from 'node:path';
import { packageVersion } from './pkg.js';
import type { LoadedConfig, ResolvedConfig } from '../config/load.js';
import { applyDirectives } from '../engine/directives.js';
import { runRules, sortMessages } from '../engine/run.js';
import type { Severity } from '../engine/types.js';
import { formatOf, loadParser, readsAsContainer, type Format } from '../parse/index.js';
import { configKey, contentHash, LintCache, resolveCacheLocation } from './cache.js';
import { expandPaths } from './files.js';
import type { Notices } from './notices.js';
import { IgnoreFilter, ignoredFileResult } from './ignore.js';
import type { LinterOptions } from './options.js';
import type { Report } from '../model/report.js';
import { reviveResult, serializeResult, withMessages, type Rehydrate } from './serialize.js';
import type { FileResult } from './types.js';
import { lintInWorkers, TaskQueue, workerCount, type PoolTask } from './workers.js';
import type { SerializedResult } from './serialize.js';
import { resourcesFor } from './resources.js';

/**
 * The run over many files: which files (ignores), then which results can
 * be taken from the cache, then the rest linted here or in worker threads.
 * Results always come back in the order of the expanded file list.
 */

/**
 * What the run over many files asks of the Linter (linter.ts implements it). Declared here, so this file
 * does not import the Linter that imports it (the layers test allows no cycle).
 */
export interface Linter {
  loadedConfigFor(filePath: string): Promise<LoadedConfig>;
  configFor(filePath: string): Promise<ResolvedConfig>;
  lintSelected(selected: Selected[]): Promise<FileResult[]>;
  crossDocumentReports(files: string[]): Promise<Report[] | undefined>;
  lintFile(filePath: string): Promise<FileResult>;
  lintBytes(filePath: string, bytes: Uint8Array, fallback?: Format): Promise<FileResult>;
}

/** One file of the run: to lint, or already answered (ignored but named explicitly). */
export interface Selected {
  file: string;
  result?: FileResult;
}

/** Paths → files, minus ignored ones; an explicitly named ignored file keeps its place with a warning. */
export async function selectFiles(linter: Linter, inputs: string[], options: LinterOptions, cwd: string, notices?: Notices): Promise<Selected[]> {
  const filter = options.ignore === false ? undefined : new IgnoreFilter(cwd, options.ignorePatterns);
  const { files, explicit } = await expandPaths(inputs, cwd, filter ? (dir) => filter.ignoresDir(dir) : undefined, notices);
  const out: Selected[] = [];
  for (const file of files) {
    if (filter) {
      // .fzlintignore first: a file it ignores needs no config (not even a broken one)
      const why = await filter.match(file, () => linter.loadedConfigFor(file));
      if (why) {
        if (explicit.has(file) && options.warnIgnored !== false) {
          const locale = options.locale ?? (await linter.loadedConfigFor(file).catch(() => undefined))?.data.locale ?? 'zh';
          out.push({ file, result: ignoredFileResult(file, why, locale) });
        }
        continue;
      }
    }
    out.push({ file });
  }
  return out;
}

/** A file of the run that was read: what the cache, the workers and the merge need of it. */
interface Pending extends PoolTask {
  bytes: Buffer;
  format: Format | undefined;
  config: ResolvedConfig;
  loaded: LoadedConfig;
  /** Word documents: their report is built from the bytes by an async reader, so it cannot be rebuilt lazily. */
  docx: boolean;
  hash?: string;
  key?: string;
}

const crossDocument = (cfg: ResolvedConfig): boolean => [...cfg.rules.values()].some(({ rule }) => rule.meta.crossDocument);

/**
 * Lint the selected files with --cache and/or --concurrency; undefined when
 * neither applies (the caller lints file by file).
 *
 * Rules that compare reports (meta.crossDocument, e.g. require-plan-followup)
 * make a file's findings depend on every other file of the run. Then the
 * cache key of a file also covers the content of all the others (any change
 * re-lints the run), and a parallel run splits the work: the workers run the
 * per-file rules without applying directives, this thread builds every report
 * once, runs the cross-document rules with the others, merges, and applies the
 * directives — the same messages in the same order as one thread gives.
 */
export async function lintBatch(linter: Linter, selected: Selected[], options: LinterOptions, cwd: string): Promise<FileResult[] | undefined> {
  // Plugins given as objects (options.rules) cannot be sent to a worker: those runs stay in this thread
  const threads = options.rules ? 1 : workerCount(options.concurrency, selected.length);
  // --concurrency N (even 1): every file in a worker, which a per-file deadline can stop (workers.ts)
  const isolated = !options.rules && typeof options.concurrency === 'number';
  const pool = threads > 1 || isolated;
  if (!options.cache && !pool) return undefined;

  const results: (FileResult | undefined)[] = selected.map((s) => s.result);
  const files: Pending[] = [];
  for (let index = 0; index < selected.length; index++) {
    if (results[index]) continue;
    const file = selected[index].file;
    const config = await linter.configFor(file);
    // not a regular file (a FIFO would block), or over maxFileSize: never read here; lintFile words the error
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(file);
    } catch {
      st = undefined;
    }
    if (!st?.isFile() || st.size > (config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE)) {
      results[index] = await linter.lintFile(file);
      continue;
    }
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(file);
    } catch {
      results[index] = await linter.lintFile(file); // unreadable: lintFile words the error
      continue;
    }
    const format = formatOf(file);
    files.push({ index, filePath: file, bytes, format, config, loaded: await linter.loadedConfigFor(file), docx: format === 'docx' || readsAsContainer(bytes), deadline: options.fileTimeLimit ?? config.fileTimeLimit });
  }
  const cross = files.some((f) => crossDocument(f.config));

  const cache = options.cache ? new LintCache(resolveCacheLocation(cwd, options.cacheLocation), packageVersion()) : undefined;
  let pending = files;
  if (cache) {
    for (const f of files) {
      f.hash = contentHash(f.bytes);
      f.key = configKey(f.config, f.loaded, {
        locale: options.locale ?? f.config.locale ?? 'zh',
        inlineConfig: options.inlineConfig !== false,
        reportUnusedDirectives: options.reportUnusedDirectives ?? false,
      });
    }
    if (cross) {
      const run = runKey(files, options.previous ?? [], cwd);
      for (const f of files) if (crossDocument(f.config)) f.key = createHash('sha256').update(f.key!).update(run).digest('hex');
    }
    pending = [];
    for (const f of files) {
      const hit = f.docx ? undefined : cache.get(f.filePath, f.hash!, f.key!);
      if (hit) results[f.index] = reviveResult(hit, rehydrate(f));
      else pending.push(f);
    }
  }

  if (cross && !pending.length && options.previous?.length) {
    // all from the cache, whose keys cover --previous: read those reports anyway so the Linter knows they served
    // (the CLI warns that --previous had no effect otherwise); that costs one report of the run besides them
    const one = files.find((f) => crossDocument(f.config));
    if (one) await linter.crossDocumentReports([one.filePath]);
  }
  if (pending.length) {
    if (cross) {
      // a cross-document rule sees every report of the run: after any change, the whole run is linted again
      pending = files;
      if (pool) await lintSplit(linter, selected, files, options, cwd, threads, results);
      else {
        const all = await linter.lintSelected(selected);
        for (const f of files) results[f.index] = all[f.index];
      }
    } else {
      // Word documents stay here: a revived result could not rebuild their report
      const away = pool ? pending.filter((f) => !f.docx) : [];
      const count = workerCount(options.concurrency, away.length);
      if (count > 1 || (isolated && away.length)) {
        const answers = await lintInWorkers(away, workerOptions(options, cwd), Math.max(1, count));
        // keepText: false (the CLI, for formatters that quote nothing): the result does not hold the bytes to rebuild its text
        for (const f of away) results[f.index] = reviveResult(answers.get(f.index)!, options.keepText === false ? undefined : rehydrate(f));
      }
      for (const f of pending) results[f.index] ??= await linter.lintBytes(f.filePath, f.bytes);
    }
  }

  if (cache) {
    for (const f of pending) {
      const r = results[f.index]!;
      // a rule crash or an unreadable file is not a result worth keeping; Word documents are not kept (see above)
      if (r.fatalErrorCount === 0 && !f.docx) cache.set(f.filePath, f.hash!, f.key!, serializeResult(r));
    }
    cache.save();
  }
  // revived results build their report on first use, synchronously: load the parsers they need now
  for (const format of new Set(files.map((f) => f.format))) if (format) await loadParser(format);
  return results as FileResult[];
}

/**
 * lintBatch for a streamed run (Linter.lintFilesStream) in worker threads, without --cache: each file is
 * read when it is handed to a worker, its bytes are transferred there, and the results are yielded in the
 * order of the file list as soon as the next one is in (issue 22). Undefined when the run is not that
 * case (no pool, the cache, plugins given as objects, results that keep their text, or a cross-document
 * rule, which needs every report at once): the caller takes lintBatch's array.
 */
export async function lintPooledStream(linter: Linter, selected: Selected[], options: LinterOptions, cwd: string): Promise<AsyncGenerator<FileResult, void, undefined> | undefined> {
  if (options.cache || options.rules || options.keepText !== false) return undefined;
  const isolated = typeof options.concurrency === 'number';
  if (workerCount(options.concurrency, selected.length) <= 1 && !isolated) return undefined;
  const limits = new Map<number, { size: number; deadline: number | undefined }>();
  for (let index = 0; index < selected.length; index++) {
    if (selected[index].result) continue;
    const config = await linter.configFor(selected[index].file);
    if (crossDocument(config)) return undefined;
    limits.set(index, { size: config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, deadline: options.fileTimeLimit ?? config.fileTimeLimit });
  }
  // not a regular file (a FIFO would block) or over maxFileSize: never read here; lintFile words the error
  const tasks: PoolTask[] = [];
  const here = new Map<number, Buffer | undefined>(); // files this thread lints after all, with their bytes when read
  for (const [index, limit] of limits) {
    const filePath = selected[index].file;
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(filePath);
    } catch {
      st = undefined;
    }
    if (!st?.isFile() || st.size > limit.size) {
      here.set(index, undefined);
      continue;
    }
    const format = formatOf(filePath);
    tasks.push({
      index,
      filePath,
      deadline: limits.get(index)!.deadline,
      read: () => {
        let bytes: Buffer;
        try {
          bytes = readFileSync(filePath);
        } catch {
          here.set(index, undefined); // unreadable: lintFile words the error
          return false;
        }
        // Word documents stay here, as in lintBatch
        if (format === 'docx' || readsAsContainer(bytes)) {
          here.set(index, bytes);
          return false;
        }
        return bytes;
      },
    });
  }
  const lanes = workerCount(options.concurrency, tasks.length);
  if (lanes <= 1 && !(isolated && tasks.length)) return undefined;
  // "auto": this thread is one of the lanes — it takes files from the same queue between writing results,
  // so one core needs no worker of its own (its start-up, warm-up and copies of results); --concurrency N
  // keeps every file in a worker, which a deadline can stop whatever happens
  const local = options.concurrency === 'auto' && lanes > 1;
  const answers = new Map<number, Deferred>();
  for (const t of tasks) answers.set(t.index, deferred());
  const stop = new AbortController();
  const queue = new TaskQueue(tasks);
  const run = lintInWorkers(tasks, workerOptions(options, cwd), Math.max(1, local ? lanes - 1 : lanes), { transfer: true, queue, signal: stop.signal, onAnswer: (i, r) => answers.get(i)!.resolve(r) });
  // a configuration error in a worker stops the run: every answer still awaited fails with it
  run.catch((e: unknown) => {
    for (const d of answers.values()) d.reject(e);
  });
  const lane = local ? localLane() : Promise.resolve();
  lane.catch((e: unknown) => {
    stop.abort();
    for (const d of answers.values()) d.reject(e);
  });
  return (async function* inOrder(): AsyncGenerator<FileResult, void, undefined> {
    let done = false;
    try {
      yield* answersInOrder();
      done = true;
    } finally {
      // the caller stopped early (break, an output error): the workers stop too, the process is not kept alive
      if (!done) stop.abort();
      await Promise.all([run.catch(() => undefined), lane.catch(() => undefined)]);
    }
    await run;
  })();

  /** This thread's lane: a file at a time from the queue, letting the workers' answers (and their next files) in between. */
  async function localLane(): Promise<void> {
    for (;;) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (stop.signal.aborted) return;
      const t = queue.take();
      if (!t) return;
      const bytes = t.read?.();
      const d = answers.get(t.index)!;
      if (!bytes) d.resolve(null);
      else d.resolve(new Local(await linter.lintBytes(t.filePath, bytes as Buffer)));
    }
  }

  async function* answersInOrder(): AsyncGenerator<FileResult, void, undefined> {
    for (let index = 0; index < selected.length; index++) {
      const s = selected[index];
      if (s.result) {
        yield s.result;
        continue;
      }
      const d = answers.get(index);
      const a = d ? await d.promise : null;
      answers.delete(index);
      if (a) {
        yield a instanceof Local ? a.result : reviveResult(a);
        continue;
      }
      const bytes = here.get(index);
      here.delete(index);
      yield bytes ? await linter.lintBytes(s.file, bytes) : await linter.lintFile(s.file);
    }
  }
}

/** A result linted by this thread's lane (the other answers are a worker's plain data). */
class Local {
  constructor(readonly result: FileResult) {}
}

interface Deferred {
  promise: Promise<SerializedResult | Local | null>;
  resolve: (r: SerializedResult | Local | null) => void;
  reject: (e: unknown) => void;
}

function deferred(): Deferred {
  let resolve!: Deferred['resolve'];
  let reject!: Deferred['reject'];
  const promise = new Promise<SerializedResult | Local | null>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined); // a failed run is reported once, by the loop below
  return { promise, resolve, reject };
}

function rehydrate(f: Pending): Rehydrate | undefined {
  return f.format && !f.docx ? { bytes: f.bytes, format: f.format, reportYear: f.config.reportYear } : undefined;
}

/** What the others of a cross-document rule are made of: every file of the run (and --previous), by content and config. */
function runKey(files: Pending[], previous: string[], cwd: string): string {
  const h = createHash('sha256');
  for (const f of files) h.update(`${f.filePath}\0${f.hash}\0${f.key}\n`);
  for (const p of previous) {
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(path.resolve(cwd, p));
    } catch {
      bytes = undefined;
    }
    h.update(`previous\0${path.resolve(cwd, p)}\0${bytes ? contentHash(bytes) : 'unreadable'}\n`);
  }
  return h.digest('hex');
}

/**
 * A parallel run with cross-document rules: per-file rules in the workers
 * (raw messages, no directives), cross-document rules here over every
 * report of the run, then the merge and the directives.
 */
async function lintSplit(linter: Linter, selected: Selected[], files: Pending[], options: LinterOptions, cwd: string, threads: number, results: (FileResult | undefined)[]): Promise<void> {
  const workerRun = lintInWorkers(files, { ...workerOptions(options, cwd), skipCrossDocument: true, inlineConfig: false }, Math.max(1, Math.min(threads, files.length)));
  // the same list, in the same order, as lintSelected builds: the others are found in this order
  const run = (await linter.crossDocumentReports(selected.filter((s) => !s.result).map((s) => s.file))) ?? [];
  const answers = await workerRun;
  for (const f of files) {
    const local = reviveResult(answers.get(f.index)!);
    const report = run.find((r) => r.filePath === f.filePath);
    if (!report || local.fileError) {
      results[f.index] = local;
      continue;
    }
    const locale = options.locale ?? f.config.locale ?? 'zh';
    const crossRules = [...f.config.rules].filter(([, { rule }]) => rule.meta.crossDocument);
    const others = run.filter((r) => r !== report && r.filePath !== f.filePath);
    const crossMessages = runRules(report, crossRules, { locale, others, inlineConfig: false, resources: resourcesFor(crossRules.map(([, c]) => c)) });
    const messages = applyDirectives(report, sortMessages([...local.messages, ...crossMessages]), {
      inlineConfig: options.inlineConfig,
      reportUnused: options.reportUnusedDirectives,
      knownRules: new Set(Object.keys(f.loaded.rules)),
      locale,
    });
    const merged = withMessages(local, messages);
    Object.assign(merged, { source: report.text, report });
    results[f.index] = merged;
  }
}

/** What a worker needs to build the same Linter: plain data only. */
function workerOptions(options: LinterOptions, cwd: string): LinterOptions {
  const out: LinterOptions = { cwd };
  if (options.configFile !== undefined) out.configFile = options.configFile;
  if (options.configLookup !== undefined) out.configLookup = options.configLookup;
  if (options.fileTimeLimit !== undefined) out.fileTimeLimit = options.fileTimeLimit;
  if (options.locale !== undefined) out.locale = options.locale;
  if (options.inlineConfig !== undefined) out.inlineConfig = options.inlineConfig;
  if (options.reportUnusedDirectives !== undefined) out.reportUnusedDirectives = options.reportUnusedDirectives as Severity | false;
  if (options.ruleOverrides !== undefined) out.ruleOverrides = options.ruleOverrides;
  return out;
}
