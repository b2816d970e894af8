/**
 * The page's Web Worker: all parsing and linting happens here, so the page
 * stays responsive while a hundred reports are checked.
 */
import './compat.js';
import { bundledLaws, lintBatch, ruleInfos } from './lint.js';
import type { FromWorker, Placed, ToWorker } from './protocol.js';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: { data: ToWorker }) => void): void;
}
const scope = self as unknown as WorkerScope;

let latest = 0;
/**
 * The text and placed findings of the latest batch's reports, sent only when the reader opens one:
 * a hundred reports' texts need not cross to the page (and be copied on its thread) while it shows the table.
 */
let details = new Map<number, { source?: string; placed: Placed[] }>();

scope.addEventListener('message', (event) => {
  const msg = event.data;
  if (msg.type === 'detail') {
    if (msg.batch === latest) scope.postMessage({ type: 'detail', batch: msg.batch, index: msg.index, placed: [], ...details.get(msg.index) });
    return;
  }
  latest = msg.batch;
  details = new Map();
  const batch = msg.batch;
  const started = performance.now();
  scope.postMessage({ type: 'start', batch, count: msg.files.length });
  lintBatch(
    msg.files,
    msg.settings,
    (index, r) => {
      details.set(index, { source: r.source, placed: r.placed });
      scope.postMessage({ type: 'result', batch, index, json: r.json, row: r.row, csv: r.csv });
    },
    () => batch !== latest,
  ).then(
    () => {
      if (batch === latest) scope.postMessage({ type: 'done', batch, ms: performance.now() - started });
    },
    (e: unknown) => scope.postMessage({ type: 'error', batch, message: e instanceof Error ? e.message : String(e) }),
  );
});

scope.postMessage({ type: 'ready', rules: ruleInfos(), version: __FZLINT_VERSION__ });
// parse the law list while the user picks files, so the first report does not wait for it
setTimeout(() => bundledLaws(), 0);
