/**
 * fzlint in a web page: the reviewer drops reports on the page, a Web Worker
 * lints them (worker.ts), and the page shows the review table (the data of
 * `--format html`, from src/format/checklist-data.ts), each report's text
 * with its findings marked in place, and the bundled rule pages.
 *
 * Contract for automation: the file input is #files; when a batch is done,
 * document.body.dataset.state is "done" and window.fzlint.results holds the
 * results in the shape of `--format json` (filePath = the file's name).
 */
import './compat.js';
import { MARK_SYMBOL, VERDICT_LABEL, VERDICT_RANK, reportTitle, type Cell, type ChecklistRow, type Verdict } from '../format/checklist-data.js';
import type { Severity } from '../engine/types.js';
import { LINTABLE_EXTENSIONS } from '../parse/format.js';
import { PRESETS, type PresetName } from '../config/presets.js';
import { UI, type Words } from './i18n.js';
import type { FromWorker, InputFile, JsonResult, Placed, RuleInfo, Settings, ToWorker } from './protocol.js';

interface Entry {
  json: JsonResult;
  row: ChecklistRow;
  csv: { head: string; line: string };
}

/** An opened report: its text and findings placed in it (asked of the worker when opened). */
interface Detail extends Entry {
  source?: string;
  placed: Placed[];
}

/** A file given to the page, kept so a change of settings can check it again. */
interface Source {
  name: string;
  bytes: () => Promise<ArrayBuffer>;
}

declare global {
  interface Window {
    fzlint: {
      results: JsonResult[];
      version: string;
      state: string;
      /** performance.now() of the last batch: files given, first findings on screen, batch done (for bench/web.mjs). */
      timings: { given?: number; firstShown?: number; done?: number };
    };
  }
}

const STORAGE_KEY = 'fzlint.web.settings';
const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

const RULE_PAGES: Record<string, string> = JSON.parse($('fz-rule-pages').textContent ?? '{}') as Record<string, string>;

let settings: Settings = loadSettings();
let words: Words = UI[settings.locale];
let rules: RuleInfo[] = [];
let version = '';
let batch = 0;
let sources: Source[] = [];
let entries: (Entry | undefined)[] = [];
let total = 0;
let received = 0;

window.fzlint = {
  results: [],
  version: '',
  state: 'idle',
  timings: {},
};

// ---------- settings ----------

function loadSettings(): Settings {
  const fallback: Settings = { preset: 'fzlint:recommended', rules: {}, locale: 'zh' };
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return fallback;
    const s = JSON.parse(raw) as Partial<Settings>;
    return {
      preset: (PRESETS as readonly string[]).includes(s.preset ?? '') ? (s.preset as PresetName) : fallback.preset,
      rules: s.rules && typeof s.rules === 'object' ? s.rules : {},
      locale: s.locale === 'en' ? 'en' : 'zh',
      ...(typeof s.reportYear === 'number' ? { reportYear: s.reportYear } : {}),
    };
  } catch {
    return fallback; // storage off (some file:// setups) or unreadable: the defaults
  }
}

function saveSettings(): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // storage off: the settings hold for this visit only
  }
}

function ruleOn(r: RuleInfo): boolean {
  return settings.rules[r.id] ?? r.presets[settings.preset] !== 'off';
}

function renderSettings(): void {
  const preset = $<HTMLSelectElement>('preset');
  preset.replaceChildren(...PRESETS.map((p) => new Option(words.presets[p], p, false, p === settings.preset)));
  const year = $<HTMLInputElement>('report-year');
  year.value = settings.reportYear !== undefined ? String(settings.reportYear) : '';
  year.placeholder = words.reportYearAuto;
  const list = $('rule-list');
  list.replaceChildren(
    ...rules.map((r) => {
      const label = el('label', { class: 'rule-toggle' });
      const box = el('input', { type: 'checkbox', 'data-rule': r.id }) as HTMLInputElement;
      box.checked = ruleOn(r);
      const link = el('a', { href: `#rule/${r.id}` }, r.id);
      label.append(box, ' ', link, el('span', { class: 'desc' }, ` ${r.description[settings.locale]}`));
      return label;
    }),
  );
}

function settingsChanged(): void {
  saveSettings();
  if (sources.length) void lint(sources);
}

// ---------- the worker ----------

const worker = startWorker();

function startWorker(): Worker {
  const code = $('fz-worker').textContent ?? '';
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  const w = new Worker(url);
  w.addEventListener('message', (e: MessageEvent<FromWorker>) => onWorker(e.data));
  w.addEventListener('error', (e) => setState('error', words.failed(e.message || 'worker')));
  return w;
}

function onWorker(msg: FromWorker): void {
  if (msg.type === 'ready') {
    rules = msg.rules;
    version = msg.version;
    window.fzlint.version = version;
    $('version').textContent = `fzlint ${version}`;
    renderSettings();
    return;
  }
  if (msg.batch !== batch) return; // an older batch, replaced by a newer one
  if (msg.type === 'start') {
    total = msg.count;
  } else if (msg.type === 'result') {
    const entry: Entry = { json: msg.json, row: msg.row, csv: msg.csv };
    entries[msg.index] = entry;
    received++;
    renderRow(msg.index, entry);
  } else if (msg.type === 'detail') {
    const e = entries[msg.index];
    if (e && msg.index === opening) renderReport({ ...e, source: msg.source, placed: msg.placed });
  } else if (msg.type === 'annotated') {
    const b = $<HTMLButtonElement>('annotate');
    b.disabled = false;
    if (msg.bytes) {
      download(msg.name, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', [msg.bytes]);
      $('annotate-status').textContent = words.annotated(msg.name, msg.comments ?? 0);
    } else $('annotate-status').textContent = msg.error ?? '';
  } else if (msg.type === 'done') {
    flushRows();
    window.fzlint.timings.done = performance.now();
    window.fzlint.results = entries.filter((e): e is Entry => e !== undefined).map((e) => e.json);
    setState('done', words.done(received, msg.ms));
    renderCounts();
  } else if (msg.type === 'error') {
    setState('error', words.failed(msg.message));
  }
}

function setState(state: string, status: string): void {
  document.body.dataset.state = state;
  window.fzlint.state = state;
  $('status').textContent = status;
  const exportable = state === 'done' && entries.length > 0;
  $<HTMLButtonElement>('export-csv').disabled = !exportable;
  $<HTMLButtonElement>('export-json').disabled = !exportable;
}

async function lint(given: Source[]): Promise<void> {
  window.fzlint.timings = { given: performance.now() };
  batch++;
  const mine = batch;
  sources = given;
  entries = [];
  received = 0;
  total = given.length;
  showSummary();
  $('rows').replaceChildren();
  pendingRows = [];
  lastFlush = 0;
  window.fzlint.results = [];
  setState('running', words.running(0, total));
  // read every file at once (the browser reads them off this thread), then hand them all to the worker
  const files: InputFile[] = await Promise.all(
    given.map(async (s) => {
      try {
        return { name: s.name, bytes: await s.bytes() };
      } catch (e) {
        return { name: s.name, bytes: new ArrayBuffer(0), readError: e instanceof Error ? e.message : String(e) };
      }
    }),
  );
  if (mine !== batch) return;
  const msg: ToWorker = { type: 'lint', batch: mine, settings, files };
  worker.postMessage(msg, files.map((f) => f.bytes));
}

// ---------- input: files, folders, drops, paste ----------

const lintable = (name: string) => LINTABLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
const fromFile = (f: File, name = f.name): Source => ({ name, bytes: () => f.arrayBuffer() });

/** Files of a folder: those fzlint reads, as the CLI walks a directory; sorted by path. */
function fromFolder(files: File[]): Source[] {
  return files
    .filter((f) => lintable(f.name))
    .map((f) => fromFile(f, f.webkitRelativePath || f.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

async function entryFiles(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    Object.defineProperty(file, 'webkitRelativePath', { value: entry.fullPath.replace(/^\//, '') });
    out.push(file);
  } else if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    for (;;) {
      const batchOf = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (!batchOf.length) break;
      for (const e of batchOf) await entryFiles(e, out);
    }
  }
}

async function onDrop(e: DragEvent): Promise<void> {
  e.preventDefault();
  document.body.classList.remove('dragging');
  const dt = e.dataTransfer;
  if (!dt) return;
  const direct: Source[] = [];
  const inFolders: File[] = [];
  const entriesOf = [...dt.items].map((i) => (i.kind === 'file' ? i.webkitGetAsEntry?.() : null));
  if (entriesOf.some((x) => x?.isDirectory)) {
    for (const [i, entry] of entriesOf.entries()) {
      if (entry?.isDirectory) await entryFiles(entry, inFolders);
      else {
        const f = dt.files[i] ?? dt.items[i].getAsFile();
        if (f) direct.push(fromFile(f));
      }
    }
  } else {
    for (const f of dt.files) direct.push(fromFile(f));
  }
  const all = [...direct, ...fromFolder(inFolders)];
  if (all.length) await lint(all);
}

function wireInputs(): void {
  const files = $<HTMLInputElement>('files');
  files.accept = LINTABLE_EXTENSIONS.join(',');
  files.addEventListener('change', () => {
    const list = [...(files.files ?? [])].map((f) => fromFile(f));
    if (list.length) void lint(list);
    files.value = '';
  });
  const folder = $<HTMLInputElement>('folder');
  folder.addEventListener('change', () => {
    const list = fromFolder([...(folder.files ?? [])]);
    if (list.length) void lint(list);
    folder.value = '';
  });
  document.addEventListener('dragover', (e) => {
    e.preventDefault();
    document.body.classList.add('dragging');
  });
  document.addEventListener('dragleave', (e) => {
    if (e.relatedTarget === null) document.body.classList.remove('dragging');
  });
  document.addEventListener('drop', (e) => void onDrop(e));
  $('check-paste').addEventListener('click', () => {
    const text = $<HTMLTextAreaElement>('paste').value;
    if (!text.trim()) return;
    void lint([{ name: words.pastedName, bytes: async () => new TextEncoder().encode(text).buffer as ArrayBuffer }]);
  });
  $('open-settings').addEventListener('click', () => $<HTMLDialogElement>('settings').showModal());
  $('close-settings').addEventListener('click', () => $<HTMLDialogElement>('settings').close());
  $('preset').addEventListener('change', (e) => {
    settings.preset = (e.target as HTMLSelectElement).value as PresetName;
    settings.rules = {};
    renderSettings();
    settingsChanged();
  });
  $('rule-list').addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const id = box.dataset.rule;
    const info = rules.find((r) => r.id === id);
    if (!id || !info) return;
    const inPreset = info.presets[settings.preset] !== 'off';
    if (box.checked === inPreset) delete settings.rules[id];
    else settings.rules[id] = box.checked;
    settingsChanged();
  });
  $('report-year').addEventListener('change', (e) => {
    const v = Number((e.target as HTMLInputElement).value);
    if (Number.isInteger(v) && v >= 1990 && v <= 2100) settings.reportYear = v;
    else delete settings.reportYear;
    settingsChanged();
  });
  $('reset-settings').addEventListener('click', () => {
    settings = { preset: 'fzlint:recommended', rules: {}, locale: settings.locale };
    renderSettings();
    settingsChanged();
  });
  $('language').addEventListener('click', () => {
    settings.locale = settings.locale === 'zh' ? 'en' : 'zh';
    words = UI[settings.locale];
    applyWords();
    renderSettings();
    settingsChanged();
  });
  $('export-csv').addEventListener('click', exportCsv);
  $('export-json').addEventListener('click', exportJson);
  $('print').addEventListener('click', () => window.print());
  $('back').addEventListener('click', showSummary);
  $('rows').addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-index]');
    if (button) showReport(Number(button.dataset.index));
  });
  document.addEventListener('click', (e) => {
    const a = (e.target as HTMLElement).closest<HTMLAnchorElement>('a[href^="#rule/"]');
    if (!a) return;
    e.preventDefault();
    showRule(a.getAttribute('href')!.slice('#rule/'.length));
  });
  $('close-rule').addEventListener('click', () => $<HTMLDialogElement>('rule-dialog').close());
}

// ---------- rendering ----------

function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

function applyWords(): void {
  document.documentElement.lang = words.lang;
  document.title = words.title;
  for (const node of document.querySelectorAll<HTMLElement>('[data-t]')) {
    const v = words[node.dataset.t as keyof Words];
    if (typeof v === 'string') node.textContent = v;
  }
  $<HTMLTextAreaElement>('paste').placeholder = words.pastePlaceholder;
  // the formats src/parse reads (formats added there appear here without a change to the page)
  $('formats').textContent = words.formats(LINTABLE_EXTENSIONS);
  const head = $('head-row');
  head.replaceChildren(
    ...words.columns.map((c, i) => {
      const th = el('th', { scope: 'col', 'data-key': SORT_KEYS[i] }, el('button', { type: 'button', class: 'sort' }, c));
      if (sortBy?.key === SORT_KEYS[i]) th.setAttribute('aria-sort', sortBy.dir);
      return th;
    }),
  );
  const filters = $('filters');
  filters.setAttribute('aria-label', words.filter);
  filters.replaceChildren(
    ...(['all', 'pass', 'review', 'fail', 'error'] as const).map((v) =>
      el('button', { type: 'button', 'data-filter': v, 'aria-pressed': String(filter === v) }, v === 'all' ? words.all : VERDICT_LABEL[settings.locale][v]),
    ),
  );
  if (document.body.dataset.state === 'idle') $('status').textContent = words.idle;
}

// ---------- sorting and filtering the table (as the review page of --format html does) ----------

const SORT_KEYS = ['file', 'year', 'parts', 'plan', 'responsible', 'publication', 'numbers', 'problems', 'compliance', 'writing', 'verdict'] as const;
type SortKey = (typeof SORT_KEYS)[number];
const TEXT_KEYS: ReadonlySet<SortKey> = new Set(['file', 'publication']);
let sortBy: { key: SortKey; dir: 'ascending' | 'descending' } | undefined;
let filter: 'all' | Verdict = 'all';

/** A row's sort value; '' for “no value”, which goes last in either direction. */
function sortValue(row: ChecklistRow, key: SortKey): string | number {
  switch (key) {
    case 'file':
      return row.file;
    case 'year':
      return row.year ?? '';
    case 'problems':
      return row.errors * 1e6 + row.warnings * 1e3 + row.infos;
    case 'verdict':
    case 'compliance':
    case 'writing':
      return VERDICT_RANK[row[key]];
    default: {
      const c = row[key];
      return c.mark === 'unknown' && c.sort === '' ? '' : c.sort;
    }
  }
}

function applyOrder(): void {
  const rows = $('rows');
  const trs = [...rows.children] as HTMLElement[];
  const index = (tr: HTMLElement) => Number(tr.dataset.index);
  if (sortBy) {
    const { key, dir } = sortBy;
    const sign = dir === 'ascending' ? 1 : -1;
    trs.sort((a, b) => {
      const x = sortValue(entries[index(a)]!.row, key);
      const y = sortValue(entries[index(b)]!.row, key);
      if (x === '' || y === '') {
        if (x !== y) return x === '' ? 1 : -1;
      } else {
        const c = TEXT_KEYS.has(key) ? String(x).localeCompare(String(y), 'zh-CN') : Number(x) - Number(y);
        if (c) return sign * c;
      }
      return index(a) - index(b);
    });
    rows.append(...trs);
  }
  for (const tr of trs) tr.hidden = filter !== 'all' && entries[index(tr)]?.row.verdict !== filter;
}

function wireTable(): void {
  $('head-row').addEventListener('click', (e) => {
    const th = (e.target as HTMLElement).closest<HTMLElement>('th[data-key]');
    if (!th) return;
    const key = th.dataset.key as SortKey;
    sortBy = { key, dir: sortBy?.key === key && sortBy.dir === 'ascending' ? 'descending' : 'ascending' };
    for (const h of document.querySelectorAll('#head-row th')) h.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', sortBy.dir);
    applyOrder();
  });
  $('filters').addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest<HTMLElement>('button[data-filter]');
    if (!b) return;
    filter = b.dataset.filter as typeof filter;
    for (const x of document.querySelectorAll('#filters button')) x.setAttribute('aria-pressed', String(x === b));
    applyOrder();
  });
}

function cell(c: Cell): HTMLElement {
  const td = el('td', { class: `m-${c.mark}` });
  if (c.note) td.title = c.note;
  if (c.mark === 'unknown' && c.text === '—') td.textContent = '—';
  else td.append(el('span', { class: 'sym' }, MARK_SYMBOL[c.mark]), c.text ? ` ${c.text}` : '');
  return td;
}

function renderRow(index: number, e: Entry): void {
  const r = e.row;
  const tr = el('tr', { class: `row v-${r.verdict}`, 'data-index': String(index) });
  const name = el('td', { class: 'file' });
  name.append(el('button', { type: 'button', 'data-index': String(index), class: 'open' }, words.open), ' ', el('span', { class: 'title' }, reportTitle(r)));
  if (r.title && r.title !== r.file) name.append(el('div', { class: 'path' }, r.file));
  if (r.fileError) name.append(el('div', { class: 'file-error' }, r.fileError));
  tr.append(
    name,
    el('td', {}, r.year !== undefined ? String(r.year) : '—'),
    cell(r.parts),
    cell(r.plan),
    cell(r.responsible),
    cell(r.publication),
    cell(r.numbers),
    el('td', { class: 'problems' }, words.problems(r.errors, r.warnings, r.infos)),
    el('td', { class: `verdict compliance v-${r.compliance}` }, VERDICT_LABEL[settings.locale][r.compliance]),
    el('td', { class: `verdict writing v-${r.writing}` }, VERDICT_LABEL[settings.locale][r.writing]),
    el('td', { class: `verdict final v-${r.verdict}` }, VERDICT_LABEL[settings.locale][r.verdict]),
  );
  pendingRows.push(tr);
  // The first row at the next frame (first findings at once); after that the table grows a few times a
  // second, not once a result: each update is laid out and painted on this thread, and a hundred of
  // them in a row would keep it busy while the worker lints.
  if (pendingRows.length === 1) {
    const wait = lastFlush ? Math.max(0, FLUSH_INTERVAL - (performance.now() - lastFlush)) : 0;
    setTimeout(() => requestAnimationFrame(flushRows), wait);
  }
}

const FLUSH_INTERVAL = 250;
let pendingRows: HTMLElement[] = [];
let lastFlush = 0;

function flushRows(): void {
  const rows = $('rows');
  const batchOf = pendingRows;
  pendingRows = [];
  if (!batchOf.length) return;
  lastFlush = performance.now();
  if (document.body.dataset.state === 'running') $('status').textContent = words.running(received, total);
  const last = rows.lastElementChild as HTMLElement | null;
  const inOrder = batchOf.every((tr, i) => Number(tr.dataset.index) > (i ? Number(batchOf[i - 1].dataset.index) : Number(last?.dataset.index ?? -1)));
  window.fzlint.timings.firstShown ??= performance.now();
  if (inOrder) rows.append(...batchOf);
  else {
    for (const tr of batchOf) {
      const index = Number(tr.dataset.index);
      const after = [...rows.children].find((c) => Number((c as HTMLElement).dataset.index) > index);
      rows.insertBefore(tr, after ?? null);
    }
  }
  if (sortBy || filter !== 'all') applyOrder();
}

function renderCounts(): void {
  const counts = { pass: 0, review: 0, fail: 0, error: 0 };
  for (const e of entries) if (e) counts[e.row.verdict]++;
  const label = VERDICT_LABEL[settings.locale];
  $('counts').textContent = (Object.keys(counts) as (keyof typeof counts)[]).map((k) => `${label[k]} ${counts[k]}`).join(' · ');
}

function showSummary(): void {
  opening = -1;
  delete document.body.dataset.report;
  $('detail').hidden = true;
  $('summary').hidden = false;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warn: 1, error: 2 };

/** The text cut where findings start and end; each piece marked with the findings that cover it. */
function highlighted(source: string, placed: Placed[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  const cuts = new Set<number>([0, source.length]);
  for (const p of placed) {
    cuts.add(Math.max(0, Math.min(source.length, p.start)));
    cuts.add(Math.max(0, Math.min(source.length, p.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const empties = new Map<number, number[]>();
  placed.forEach((p, i) => {
    if (p.end <= p.start) empties.set(p.start, [...(empties.get(p.start) ?? []), i]);
  });
  const pointMark = (at: number) => {
    for (const i of empties.get(at) ?? []) {
      frag.append(el('mark', { class: `point sev-${placed[i].severity}`, 'data-f': String(i), title: placed[i].message }, '⁁'));
    }
  };
  for (let k = 0; k < points.length - 1; k++) {
    const a = points[k];
    const b = points[k + 1];
    pointMark(a);
    const text = source.slice(a, b);
    const covering = placed.map((p, i) => [p, i] as const).filter(([p]) => p.end > p.start && p.start <= a && p.end >= b);
    if (!covering.length) {
      frag.append(text);
      continue;
    }
    const worst = covering.reduce((w, [p]) => (SEVERITY_RANK[p.severity] > SEVERITY_RANK[w] ? p.severity : w), 'info' as Severity);
    frag.append(el('mark', { class: `sev-${worst}`, 'data-f': covering.map(([, i]) => i).join(' '), title: covering.map(([p]) => p.message).join('\n') }, text));
  }
  pointMark(source.length);
  return frag;
}

function findingItem(e: Detail, p: Placed, i: number): HTMLElement {
  const paragraph = e.json.lineUnit === 'paragraph';
  const where = paragraph ? words.paragraph(p.line, p.column) : words.line(p.line, p.column);
  const li = el('li', { class: `finding sev-${p.severity}`, id: `f-${i}`, 'data-f': String(i) });
  li.append(
    el('span', { class: 'badge' }, words.severity[p.severity]),
    ' ',
    el('button', { type: 'button', class: 'pos', 'data-goto': String(i) }, where),
    ' ',
    el('a', { href: `#rule/${p.ruleId}`, class: 'rule' }, p.ruleId),
    el('div', { class: 'msg' }, p.message),
  );
  const quoted = e.row.findings[i]?.quote;
  if (quoted) {
    const q = el('blockquote', { class: 'evidence' });
    q.append(el('span', { class: 'label' }, `${words.evidence}：`), quoted.before, el('mark', { class: `sev-${p.severity}` }, quoted.text), quoted.after);
    li.append(q);
  }
  if (p.related.length) {
    const ul = el('ul', { class: 'related' });
    for (const r of p.related) {
      const w = paragraph ? words.paragraph(r.line, r.column) : words.line(r.line, r.column);
      const snippet = e.source ? e.source.slice(r.start, Math.min(r.end, r.start + 60)) : '';
      ul.append(el('li', {}, `${w}：${r.message}${snippet ? `「${snippet}」` : ''}`));
    }
    li.append(el('div', { class: 'label' }, words.related), ul);
  }
  for (const s of p.suggestions) li.append(el('div', { class: 'suggestion' }, `${words.suggestion}：${s}`));
  return li;
}

/** The report being opened: its text comes from the worker (a 'detail' message). */
let opening = -1;

function showReport(index: number): void {
  if (!entries[index]) return;
  opening = index;
  const ask: ToWorker = { type: 'detail', batch, index };
  worker.postMessage(ask);
}

function renderReport(e: Detail): void {
  delete document.body.dataset.report;
  $('summary').hidden = true;
  const detail = $('detail');
  detail.hidden = false;
  $('detail-title').textContent = reportTitle(e.row);
  $('detail-file').textContent = `${e.row.file} · ${VERDICT_LABEL[settings.locale][e.row.verdict]} · ${words.problems(e.row.errors, e.row.warnings, e.row.infos)}`;
  const list = $('finding-list');
  const fileError = e.row.fileError;
  list.replaceChildren(
    ...(fileError ? [el('li', { class: 'finding sev-error' }, el('span', { class: 'badge' }, words.fileError), el('div', { class: 'msg' }, fileError))] : []),
    ...e.placed.map((p, i) => findingItem(e, p, i)),
  );
  if (!fileError && !e.placed.length) list.append(el('li', { class: 'none' }, words.noFindings));
  const text = $('source');
  text.replaceChildren(e.source !== undefined ? highlighted(e.source, e.placed) : '');
  $('source-section').hidden = e.source === undefined;
  // the 批注版 needs the text the findings were computed on: not for a file that could not be read
  const annotate = $<HTMLButtonElement>('annotate');
  annotate.hidden = e.source === undefined || Boolean(fileError);
  annotate.disabled = false;
  annotate.title = words.annotateTitle;
  $('annotate-status').textContent = '';
  window.scrollTo(0, 0);
  document.body.dataset.report = 'shown';
}

function focusFinding(i: number, scrollText: boolean): void {
  for (const x of document.querySelectorAll('.selected')) x.classList.remove('selected');
  const item = document.getElementById(`f-${i}`);
  item?.classList.add('selected');
  const marks = [...document.querySelectorAll<HTMLElement>('#source mark')].filter((m) => (m.dataset.f ?? '').split(' ').includes(String(i)));
  for (const m of marks) m.classList.add('selected');
  if (scrollText) marks[0]?.scrollIntoView({ block: 'center' });
  else item?.scrollIntoView({ block: 'nearest' });
}

function wireDetail(): void {
  $('annotate').addEventListener('click', () => {
    if (opening < 0) return;
    $<HTMLButtonElement>('annotate').disabled = true;
    $('annotate-status').textContent = words.annotating;
    const ask: ToWorker = { type: 'annotate', batch, index: opening };
    worker.postMessage(ask);
  });
  $('finding-list').addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest<HTMLElement>('[data-goto]');
    if (b) focusFinding(Number(b.dataset.goto), true);
  });
  $('source').addEventListener('click', (e) => {
    const m = (e.target as HTMLElement).closest<HTMLElement>('mark[data-f]');
    if (m) focusFinding(Number(m.dataset.f!.split(' ')[0]), false);
  });
}

function showRule(id: string): void {
  const html = RULE_PAGES[id];
  if (html === undefined) return;
  const body = $('rule-body');
  body.innerHTML = html;
  const dialog = $<HTMLDialogElement>('rule-dialog');
  if (!dialog.open) dialog.showModal();
  body.scrollTop = 0;
}

// ---------- export ----------

function download(name: string, type: string, parts: BlobPart[]): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = el('a', { href: url, download: name }) as HTMLAnchorElement;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The 汇总表 of `--format csv` (UTF-8 with BOM, CRLF: Excel and WPS 表格 open it as it is), one line per report. */
function exportCsv(): void {
  const list = entries.filter((e): e is Entry => !!e);
  if (!list.length) return;
  const text = '\uFEFF' + [list[0].csv.head, ...list.map((e) => e.csv.line)].join('\r\n') + '\r\n';
  download('fzlint-summary.csv', 'text/csv;charset=utf-8', [text]);
}

function exportJson(): void {
  download('fzlint-results.json', 'application/json', [JSON.stringify(window.fzlint.results, null, 2)]);
}

// ---------- start ----------

document.body.dataset.state = 'idle';
applyWords();
wireInputs();
wireTable();
wireDetail();
setState('idle', words.idle);
