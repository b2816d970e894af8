/**
 * The page's Web Worker: all parsing and linting happens here, so the page
 * stays responsive while a hundred reports are checked.
 */
import './compat.js';
import { annotateBytes } from '../annotate/bytes.js';
import type { LintMessage } from '../engine/types.js';
import { annotatedName, bundledLaws, lintBatch, RULES, ruleInfos } from './lint.js';
import type { FromWorker, InputFile, Placed, Settings, ToWorker } from './protocol.js';

interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: { data: ToWorker }) => void): void;
}
const scope = self as unknown as WorkerScope;

let latest = 0;
/**
 * The text and placed findings of the latest batch's reports, sent only when the reader opens one:
 * a hundred reports' texts need not cross to the page (and be copied on its thread) while it shows the table.
 */
let details = new Map<number, { source?: string; placed: Placed[]; messages: LintMessage[] }>();
/** The latest batch's files and settings: the 批注版 is made from the bytes the findings came from. */
let files: InputFile[] = [];
let current: Settings | undefined;

/** The 批注版 of one report: the CLI's --annotate path (annotate/bytes.ts), the copy handed to the page. */
async function annotate(batch: number, index: number): Promise<void> {
  const file = files[index];
  const d = details.get(index);
  const name = annotatedName(file?.name ?? '');
  const zh = current?.locale !== 'en';
  if (!file || !d || d.source === undefined || !current) {
    scope.postMessage({ type: 'annotated', batch, index, name, error: zh ? '此文件未能检查，无法生成批注版' : 'this file was not checked: no annotated copy' });
    return;
  }
  const locale = current.locale;
  try {
    const made = await annotateBytes(new Uint8Array(file.bytes), file.name, d.source, d.messages, { locale, describe: (id) => RULES[id]?.meta.description[locale] });
    if (!made) throw new Error(zh ? '文件内容与检查时不同' : 'the file differs from what was checked');
    const bytes = made.bytes.buffer.slice(made.bytes.byteOffset, made.bytes.byteOffset + made.bytes.byteLength) as ArrayBuffer;
    scope.postMessage({ type: 'annotated', batch, index, name, bytes, comments: made.comments }, [bytes]);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    scope.postMessage({ type: 'annotated', batch, index, name, error: zh ? `无法生成批注版：${why}` : `cannot make the annotated copy: ${why}` });
  }
}

scope.addEventListener('message', (event) => {
  const msg = event.data;
  if (msg.type === 'detail') {
    const d = details.get(msg.index);
    if (msg.batch === latest) scope.postMessage({ type: 'detail', batch: msg.batch, index: msg.index, placed: d?.placed ?? [], ...(d?.source !== undefined ? { source: d.source } : {}) });
    return;
  }
  if (msg.type === 'annotate') {
    if (msg.batch === latest) void annotate(msg.batch, msg.index);
    return;
  }
  latest = msg.batch;
  details = new Map();
  files = msg.files;
  current = msg.settings;
  const batch = msg.batch;
  const started = performance.now();
  scope.postMessage({ type: 'start', batch, count: msg.files.length });
  lintBatch(
    msg.files,
    msg.settings,
    (index, r) => {
      details.set(index, { source: r.source, placed: r.placed, messages: r.messages });
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
