import { parentPort, workerData } from 'node:worker_threads';
import { Linter } from './linter.js';
import type { LinterOptions } from './options.js';
import type { WorkerTask } from './workers.js';
import { serializeResult } from './serialize.js';

/**
 * A worker thread of --concurrency: its own Linter (configs and plugins
 * loaded here), fed file bytes by the pool (a WorkerTask, workers.ts), answering with plain results.
 */

if (parentPort) {
  const port = parentPort;
  const linter = new Linter(workerData as LinterOptions);
  // Files come one or two ahead (workers.ts WORKER_DEPTH) and are linted strictly one after the other,
  // so the pool knows which file a dying worker was linting: the oldest it holds.
  const inbox: WorkerTask[] = [];
  let busy = false;
  const next = (): void => {
    const task = inbox.shift();
    if (!task) {
      busy = false;
      return;
    }
    busy = true;
    const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
    linter.lintBytes(task.filePath, bytes).then(
      (result) => port.postMessage({ index: task.index, result: serializeResult(result, 'clone') }),
      (e: unknown) => {
        const err = e instanceof Error ? e : new Error(String(e));
        port.postMessage({ index: task.index, error: { name: err.name, message: err.message, code: (err as { code?: string }).code, messageEn: (err as { messageEn?: string }).messageEn, file: (err as { file?: string }).file } });
      },
    ).finally(next);
  };
  port.on('message', (task: WorkerTask) => {
    inbox.push(task);
    if (!busy) next();
  });
}
