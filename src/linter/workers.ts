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
  /** Transfer the bytes a task's `read` gives to its worker instead of copying them (the caller keeps no use of them). */
  transfer?: boolean;
  /** Each answer as it comes (in completion order); null when the task's `read` declined it. */
  onAnswer?: (index: number, result: SerializedResult | null) => void;
  /** Stop handing out files and end the workers (the caller stopped reading the results). */
  signal?: AbortSignal;
  /** The queue the workers take their files from, when a lane in this thread takes from it too (batch.ts). */
  queue?: TaskQueue;
}

/**
 * The files not yet handed out. Workers (and a lane in the calling thread, if any) take from the front;
 * a file held by a worker that died while linting another one goes back, to be taken first.
 */
export class TaskQueue {
  private next = 0;
  private readonly back: PoolTask[] = [];
  constructor(private readonly tasks: readonly PoolTask[]) {}
  take(): PoolTask | undefined {
    return this.back.pop() ?? (this.next < this.tasks.length ? this.tasks[this.next++] : undefined);
  }
  putBack(task: PoolTask): void {
    this.back.push(task);
  }
  get empty(): boolean {
    return !this.back.length && this.next >= this.tasks.length;
  }
}

/**
 * Files a worker holds at once: the one it lints and the next, already in its inbox, so it never waits a
 * round trip for work (worker.ts lints them strictly one after the other, so the first is the one running).
 */
const WORKER_DEPTH = 2;

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
 * the worker is replaced (the file it held next goes back to the queue) and the other files go on. Only a
 * configuration error stops the run. With `pool.queue`, the pool ends when that queue is empty and no worker
 * holds a file (the tasks another lane took are that lane's to answer).
 */
export async function lintInWorkers(tasks: PoolTask[], options: LinterOptions, count: number, pool: PoolOptions = {}): Promise<Map<number, SerializedResult>> {
  const results = new Map<number, SerializedResult>();
  if (!tasks.length) return results;
  const script = workerScript();
  const deadline = options.fileTimeLimit ?? DEFAULT_FILE_TIME_LIMIT;
  const locale = options.locale ?? 'zh';
  const queue = pool.queue ?? new TaskQueue(tasks);
  const live = new Set<Worker>();
  /** Files held by live workers. */
  let held = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      let ended = false;
      const answered = new Set<number>();
      const end = (): void => {
        if (!ended && (failed || (queue.empty && held === 0))) {
          ended = true;
          resolve();
        }
      };
      const finish = (index: number, r: SerializedResult | null): void => {
        if (answered.has(index)) return;
        answered.add(index);
        if (pool.onAnswer) pool.onAnswer(index, r);
        else if (r) results.set(index, r);
      };
      const start = (): void => {
        if (failed || queue.empty) return end();
        const w = new Worker(script, { workerData: options, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
        live.add(w);
        /** What this worker holds, oldest (the one it lints) first; the bytes are the worker's, not kept here. */
        const holding: PoolTask[] = [];
        let timer: ReturnType<typeof setTimeout> | undefined;
        let gone = false;
        /** The deadline runs for the file the worker lints now: the oldest it holds. */
        const watch = (): void => {
          if (timer) clearTimeout(timer);
          timer = undefined;
          const t = holding[0];
          if (!t) return;
          const limit = (t.deadline ?? deadline) + POOL_GRACE;
          timer = setTimeout(() => {
            // the file never finished: stop this worker (the only way to interrupt synchronous code), report, replace
            lose(locale === 'zh' ? `检查超时：超过 ${limit} 毫秒仍未完成，已中止（可能是规则或解析器陷入死循环）` : `time limit exceeded: not done after ${limit} ms, stopped (a rule or parser may loop forever)`);
          }, limit);
        };
        const feed = (): void => {
          while (!failed && holding.length < WORKER_DEPTH) {
            // read now, as the file is handed out; a declined task is answered at once and the next one taken
            const t = queue.take();
            if (!t) break;
            const read = t.bytes ? undefined : t.read?.();
            const bytes = t.bytes ?? read;
            if (!bytes) {
              finish(t.index, null);
              continue;
            }
            const message: WorkerTask = { index: t.index, filePath: t.filePath, bytes };
            // bytes read for this hand-off, owning their whole buffer, move to the worker (no copy); others are copied
            const own = pool.transfer && read && read.byteOffset === 0 && read.byteLength === read.buffer.byteLength && read.buffer instanceof ArrayBuffer;
            w.postMessage(message, own ? [read.buffer as ArrayBuffer] : []);
            holding.push(t);
            held++;
            if (holding.length === 1) watch();
          }
          end();
        };
        /** The worker is gone or stopped while linting its oldest file: that file gets the error, the others go back, a new worker takes over. */
        const lose = (why: string): void => {
          if (gone) return;
          gone = true;
          if (timer) clearTimeout(timer);
          live.delete(w);
          void w.terminate();
          const [t, ...rest] = holding.splice(0);
          held -= (t ? 1 : 0) + rest.length;
          for (const r of rest.reverse()) queue.putBack(r);
          if (t) finish(t.index, fileErrorResult(t.filePath, why));
          start();
        };
        w.on('message', (a: Answer) => {
          const at = holding.findIndex((t) => t.index === a.index);
          const t = at >= 0 ? holding.splice(at, 1)[0] : undefined;
          if (t) held--;
          if (at === 0) watch();
          if (a.error) {
            if (a.error.code === 'FZLINT_CONFIG') {
              failed = true;
              reject(new ConfigError({ zh: a.error.message, en: a.error.messageEn ?? a.error.message }));
              return;
            }
            finish(a.index, fileErrorResult(t?.filePath ?? '', locale === 'zh' ? `内部错误：${a.error.message}` : `internal error: ${a.error.message}`));
          } else finish(a.index, a.result!);
          feed();
        });
        w.on('error', (e) => {
          const msg = e instanceof Error ? e.message : String(e);
          const oom = /ERR_WORKER_OUT_OF_MEMORY|out of memory/i.test(`${(e as { code?: string }).code ?? ''} ${msg}`);
          lose(oom
            ? (locale === 'zh' ? `内存不足：检查本文件的工作线程超出 ${WORKER_HEAP_MB} MB 内存上限，已中止` : `out of memory: the worker checking this file exceeded its ${WORKER_HEAP_MB} MB heap and was stopped`)
            : (locale === 'zh' ? `内部错误：检查本文件的工作线程出错退出（${msg}）` : `internal error: the worker checking this file failed (${msg})`));
        });
        w.on('exit', (code) => {
          if (!gone) lose(locale === 'zh' ? `内部错误：检查本文件的工作线程意外退出（退出码 ${code}）` : `internal error: the worker checking this file exited unexpectedly (code ${code})`);
        });
        feed();
      };
      pool.signal?.addEventListener('abort', () => {
        failed = true;
        end();
      }, { once: true });
      for (let i = 0; i < Math.min(count, tasks.length); i++) start();
      end();
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
