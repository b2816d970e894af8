import { packageRoot } from './pkg.js';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ConfigError } from '../config/errors.js';
import type { LinterOptions } from './options.js';
import { serializeResult, type SerializedResult } from './serialize.js';
import { countResult } from './types.js';
import { DEFAULT_FILE_TIME_LIMIT } from './limits.js';

/**
 * --concurrency: lint files in worker threads. Files go out one at a time
 * to whichever worker is free; each answer is stored at its file's index, so
 * the results come back in the order a single-threaded run gives, and as
 * plain data (see serialize.ts) that revives into the same messages.
 */

export type { Concurrency } from './options.js';
import type { Concurrency } from './options.js';

/** Below this many files per worker, starting threads costs more than it saves. */
const FILES_PER_WORKER = 16;

/** --concurrency value → number of workers for `files` files (1 = lint in this thread). */
export function workerCount(concurrency: Concurrency | undefined, files: number): number {
  if (concurrency === undefined || concurrency === 'off') return 1;
  if (concurrency === 'auto') {
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    return Math.max(1, Math.min(cores, Math.floor(files / FILES_PER_WORKER)));
  }
  return Math.max(1, Math.min(Math.floor(concurrency), files));
}

/** "auto", "off" or a positive integer; anything else is a usage error. */
export function parseConcurrency(value: string | number | undefined): Concurrency | undefined {
  if (value === undefined) return undefined;
  const s = String(value).trim();
  if (s === 'auto' || s === 'off') return s;
  if (/^\d+$/.test(s) && Number(s) >= 1) return Number(s);
  throw new TypeError(`--concurrency: expected "auto", "off" or a positive integer, got "${s}"`);
}

const here = path.dirname(fileURLToPath(import.meta.url));


/**
 * The worker script. From the published build (dist/bundle/, scripts/bundle.mjs) it is the sibling
 * worker.js, so workers run the same build as the CLI and the language server. From the TypeScript
 * sources (tests run them directly) Node cannot load worker.ts, so the built copy in dist/ is used;
 * tests make sure dist/ is fresh first (tests/helpers/dist.ts).
 */
export function workerScript(): string {
  const sibling = path.join(here, 'worker.js');
  // built: a .js module of tsc's output, or a chunk of the bundle (.cjs, scripts/bundle.mjs)
  if (/\.c?js$/.test(import.meta.url) && existsSync(sibling)) return sibling;
  // from the sources: tsc's build, which tests keep fresh
  const built = path.join(packageRoot(), 'dist/src/linter/worker.js');
  if (existsSync(built)) return built;
  throw new Error(`--concurrency needs the built worker (${built}); run "npm run build"`);
}

/** One file sent to a worker thread (worker.ts). */
export interface WorkerTask {
  index: number;
  filePath: string;
  bytes: Uint8Array;
}

export interface PoolTask {
  index: number;
  filePath: string;
  /** The file's bytes, read already; or see `read`. */
  bytes?: Uint8Array;
  /**
   * Read the file when the task is handed to a worker (not all files first); false: not a worker's
   * task after all (unreadable, a Word document), answered null for the caller to lint it.
   */
  read?: () => Uint8Array | false;
  /** This file's deadline (its config's fileTimeLimit), when not options.fileTimeLimit or the default. */
  deadline?: number;
}

/** How a pool hands work out and answers back. */
export interface PoolOptions {
  /** Transfer each file's bytes to its worker instead of copying them, when the bytes own their whole buffer (the caller keeps no use of them). */
  transfer?: boolean;
  /** Each answer as it comes (in completion order); null when the task's `read` declined it. */
  onAnswer?: (index: number, result: SerializedResult | null) => void;
  /** Stop handing out files and end the workers (the caller stopped reading the results). */
  signal?: AbortSignal;
}

interface Answer {
  index: number;
  result?: SerializedResult;
  error?: { name: string; message: string; code?: string; messageEn?: string };
}

export { DEFAULT_FILE_TIME_LIMIT };
/**
 * The pool's own deadline past the file's: inside the worker, lintText stops a rule or the model at the file's
 * deadline (watchdog.ts) and answers; the pool stops the whole worker only when that did not happen
 * (an asynchronous reader that never settles, native code).
 */
const POOL_GRACE = 5_000;
/** Heap of one worker (MB): a file that needs more kills only its worker, which is replaced. */
export const WORKER_HEAP_MB = 1536;

/**
 * Lint the tasks in `count` workers, each building a Linter from `options` (plain data); results by task index.
 * One file never sinks the run: a task that throws, a worker that dies (out of memory, process.exit in a
 * plugin) or one past the per-file deadline (options.fileTimeLimit) gives that file a fatal file error;
 * the worker is replaced and the other files go on. Only a configuration error stops the run.
 */
export async function lintInWorkers(tasks: PoolTask[], options: LinterOptions, count: number, pool: PoolOptions = {}): Promise<Map<number, SerializedResult>> {
  const results = new Map<number, SerializedResult>();
  if (!tasks.length) return results;
  const script = workerScript();
  const deadline = options.fileTimeLimit ?? DEFAULT_FILE_TIME_LIMIT;
  const locale = options.locale ?? 'zh';
  const live = new Set<Worker>();
  let next = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      let failed = false;
      const answered = new Set<number>();
      const finish = (index: number, r: SerializedResult | null): void => {
        if (answered.has(index)) return;
        answered.add(index);
        if (pool.onAnswer) pool.onAnswer(index, r);
        else if (r) results.set(index, r);
        if (++done === tasks.length) resolve();
      };
      const start = (): void => {
        if (failed || next >= tasks.length) return;
        const w = new Worker(script, { workerData: options, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
        live.add(w);
        let current: PoolTask | undefined;
        let timer: ReturnType<typeof setTimeout> | undefined;
        let gone = false;
        const feed = (): void => {
          if (failed || next >= tasks.length) {
            current = undefined;
            return;
          }
          // read now, as the file is handed out; a declined task is answered at once and the next one taken
          let bytes: Uint8Array | false | undefined;
          for (;;) {
            current = tasks[next++];
            bytes = current.bytes ?? current.read?.();
            if (bytes) break;
            finish(current.index, null);
            if (failed || next >= tasks.length) {
              current = undefined;
              return;
            }
          }
          const t = current;
          const limit = (t.deadline ?? deadline) + POOL_GRACE;
          timer = setTimeout(() => {
            // the file never finished: stop this worker (the only way to interrupt synchronous code), report, replace
            lose(t, locale === 'zh' ? `检查超时：超过 ${limit} 毫秒仍未完成，已中止（可能是规则或解析器陷入死循环）` : `time limit exceeded: not done after ${limit} ms, stopped (a rule or parser may loop forever)`);
          }, limit);
          const message: WorkerTask = { index: t.index, filePath: t.filePath, bytes };
          // a buffer the bytes own whole moves to the worker (no copy); a slice of a shared one is copied
          const own = pool.transfer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
          w.postMessage(message, own ? [bytes.buffer as ArrayBuffer] : []);
          current = { index: t.index, filePath: t.filePath, deadline: t.deadline }; // the bytes are the worker's now: not held here
        };
        /** The worker is gone or stopped while holding `t`: the file gets the error, a new worker takes over. */
        const lose = (t: PoolTask | undefined, why: string): void => {
          if (gone) return;
          gone = true;
          if (timer) clearTimeout(timer);
          live.delete(w);
          void w.terminate();
          if (t) finish(t.index, fileErrorResult(t.filePath, why));
          start();
        };
        w.on('message', (a: Answer) => {
          if (timer) clearTimeout(timer);
          if (a.error) {
            if (a.error.code === 'FZLINT_CONFIG') {
              failed = true;
              reject(new ConfigError({ zh: a.error.message, en: a.error.messageEn ?? a.error.message }));
              return;
            }
            finish(a.index, fileErrorResult(current?.filePath ?? '', locale === 'zh' ? `内部错误：${a.error.message}` : `internal error: ${a.error.message}`));
          } else finish(a.index, a.result!);
          feed();
        });
        w.on('error', (e) => {
          const msg = e instanceof Error ? e.message : String(e);
          const oom = /ERR_WORKER_OUT_OF_MEMORY|out of memory/i.test(`${(e as { code?: string }).code ?? ''} ${msg}`);
          lose(current, oom
            ? (locale === 'zh' ? `内存不足：检查本文件的工作线程超出 ${WORKER_HEAP_MB} MB 内存上限，已中止` : `out of memory: the worker checking this file exceeded its ${WORKER_HEAP_MB} MB heap and was stopped`)
            : (locale === 'zh' ? `内部错误：检查本文件的工作线程出错退出（${msg}）` : `internal error: the worker checking this file failed (${msg})`));
        });
        w.on('exit', (code) => {
          if (!gone) lose(current, locale === 'zh' ? `内部错误：检查本文件的工作线程意外退出（退出码 ${code}）` : `internal error: the worker checking this file exited unexpectedly (code ${code})`);
        });
        feed();
      };
      pool.signal?.addEventListener('abort', () => {
        failed = true;
        resolve();
      }, { once: true });
      for (let i = 0; i < Math.min(count, tasks.length); i++) start();
    });
  } finally {
    await Promise.all([...live].map((w) => w.terminate()));
  }
  return results;
}

/** A fatal file error as a worker would have answered it. */
function fileErrorResult(filePath: string, message: string): SerializedResult {
  return serializeResult(countResult({ filePath, messages: [], fileError: message }));
}
