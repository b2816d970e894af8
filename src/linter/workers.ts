import { packageRoot } from './pkg.js';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ConfigError } from '../config/errors.js';
import type { LinterOptions } from './linter.js';
import type { SerializedResult } from './serialize.js';
import type { WorkerTask } from './worker.js';

/**
 * --concurrency: lint files in worker threads. Files go out one at a time
 * to whichever worker is free; each answer is stored at its file's index, so
 * the results come back in the order a single-threaded run gives, and as
 * plain data (see serialize.ts) that revives into the same messages.
 */

export type Concurrency = number | 'auto' | 'off';

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
  if (import.meta.url.endsWith('.js') && existsSync(sibling)) return sibling;
  // from the sources: tsc's build, which tests keep fresh
  const built = path.join(packageRoot(), 'dist/src/linter/worker.js');
  if (existsSync(built)) return built;
  throw new Error(`--concurrency needs the built worker (${built}); run "npm run build"`);
}

export interface PoolTask {
  index: number;
  filePath: string;
  bytes: Uint8Array;
}

interface Answer {
  index: number;
  result?: SerializedResult;
  error?: { name: string; message: string; code?: string; messageEn?: string };
}

/** Lint the tasks in `count` workers, each building a Linter from `options` (plain data); results by task index. */
export async function lintInWorkers(tasks: PoolTask[], options: LinterOptions, count: number): Promise<Map<number, SerializedResult>> {
  const results = new Map<number, SerializedResult>();
  if (!tasks.length) return results;
  const script = workerScript();
  const workers: Worker[] = [];
  let next = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      let failed = false;
      const fail = (e: Error): void => {
        if (failed) return;
        failed = true;
        reject(e);
      };
      const feed = (w: Worker): void => {
        if (next >= tasks.length) return;
        const t = tasks[next++];
        const message: WorkerTask = { index: t.index, filePath: t.filePath, bytes: t.bytes };
        w.postMessage(message);
      };
      for (let i = 0; i < Math.min(count, tasks.length); i++) {
        const w = new Worker(script, { workerData: options });
        workers.push(w);
        w.on('message', (a: Answer) => {
          if (a.error) {
            const e = a.error.code === 'FZLINT_CONFIG' ? new ConfigError({ zh: a.error.message, en: a.error.messageEn ?? a.error.message }) : new Error(a.error.message);
            fail(e);
            return;
          }
          results.set(a.index, a.result!);
          if (++done === tasks.length) resolve();
          else feed(w);
        });
        w.on('error', (e) => fail(e instanceof Error ? e : new Error(String(e))));
        w.on('exit', (code) => {
          if (code !== 0 && done < tasks.length) fail(new Error(`a lint worker exited with code ${code}`));
        });
        feed(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
