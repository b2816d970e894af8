import { pageOf } from './paragraph.js';
import type { LintMessage, Locale, Severity } from '../engine/types.js';
import type { FileResult } from '../linter/types.js';
import type { DateMention } from '../model/types.js';
import type { FormatContext } from './types.js';
import { displayPath } from './util.js';
import { structureSummary } from '../model/structure-summary.js';
import { PART_INFO, type PartNumber } from '../model/parts.js';

/**
 * The reviewer's checklist, one row per report: what 依法治县办 and 法治督察 check
 * first (厅字〔2019〕28号). Facts come from the model (report.parts, report.meta);
 * each column's mark comes from its rule's messages when that rule ran, else
 * from the model where the fact is plain, else “—” (not checked).
 * Shared by the terminal table (checklist) and the review page (html).
 */

/** ✓ checked and fine, ✗ an error, ! a warning, ? a point to verify (info), — not checked. */
export type Mark = 'pass' | 'fail' | 'warn' | 'review' | 'unknown';
export type Verdict = 'pass' | 'review' | 'fail' | 'error';

export interface Cell {
  mark: Mark;
  /** Short text for the table ('' when only the mark is known: a rule's verdict on a result without its model). */
  text: string;
  /** Sort key. */
  sort: number | string;
  /** Longer explanation: the first message of the column's rules, or how the fact was found. */
  note?: string;
}

export interface Finding {
  severity: Severity;
  /** PDF: the page, and `line` is the line on it. */
  page?: number;
  line: number;
  column: number;
  ruleId: string;
  message: string;
  url?: string;
  /** The quoted report text: the span itself and a little context on its line. */
  quote?: { before: string; text: string; after: string };
}

export interface ChecklistRow {
  filePath: string;
  file: string;
  title?: string;
  body?: string;
  year?: number;
  parts: Cell;
  /** The parts (1–5) the model recognised; absent without a model. */
  partsPresent?: number[];
  plan: Cell;
  responsible: Cell;
  publication: Cell;
  numbers: Cell;
  verdict: Verdict;
  /** 合规: the regulation's requirements (parts, plan, 第一责任人, deadlines, years, numbers). */
  compliance: Verdict;
  /** 文字: the writing (punctuation, numbering, terms, law titles, placeholders …). */
  writing: Verdict;
  errors: number;
  warnings: number;
  infos: number;
  /** A file-level error (unreadable): the row has no facts. */
  fileError?: string;
  findings: Finding[];
}

/** The rules each column reads, by id; any of them may be absent (not written yet, off, or a plugin build without it). */
export const COLUMN_RULES = {
  parts: ['require-sections'],
  plan: ['require-next-year-plan'],
  // an absent part 3 is require-sections' finding (one fault, one finding); its part-3 messages count here too
  responsible: ['require-first-responsible-person', 'require-sections'],
  publication: ['no-late-publication'],
  numbers: ['consistent-rate', 'consistent-total'],
} as const;

/**
 * Rules whose findings are about the regulation (厅字〔2019〕28号 and the report agreeing with
 * itself): a reviewer's 合规 verdict. Every other rule's findings are about the writing (文字):
 * a missing part and a stray quotation mark must not look alike.
 */
export const COMPLIANCE_RULES: ReadonlySet<string> = new Set([
  ...Object.values(COLUMN_RULES).flat(),
  'consistent-year',
  'require-plan-followup',
  'require-topic-coverage',
]);

export const MARK_SYMBOL: Record<Mark, string> = { pass: '✓', fail: '✗', warn: '!', review: '?', unknown: '—' };

export const VERDICT_LABEL: Record<Locale, Record<Verdict, string>> = {
  zh: { pass: '通过', review: '待核实', fail: '不通过', error: '无法检查' },
  en: { pass: 'pass', review: 'review', fail: 'fail', error: 'error' },
};

/** Verdict order for sorting: worst last. */
export const VERDICT_RANK: Record<Verdict, number> = { pass: 0, review: 1, fail: 2, error: 3 };
const MARK_RANK: Record<Mark, number> = { pass: 0, unknown: 1, review: 2, warn: 3, fail: 4 };

const T = {
  zh: {
    complete: '齐全',
    missingParts: (ps: number[]) => `缺 ${ps.join('、')}`,
    missing: '缺失',
    noYear: '未写年份',
    year: (y: number) => `${y}年`,
    expected: (y: number) => `（应为${y}年）`,
    heading: '有标题',
    item: '条目',
    published: '发布',
    written: '成文',
    dated: '落款',
    deadline: (d: string) => `（期限 ${d}）`,
    none: '未见',
    noDate: '未见日期',
    partsFound: (ps: string) => `识别到：${ps}`,
    planFound: (h: string) => `安排部分：「${h}」`,
    dutyFound: (h: string) => `第一责任人：「${h}」`,
    dateFound: (raw: string, src: string) => `「${raw}」（${src}）`,
  },
  en: {
    complete: 'all five',
    missingParts: (ps: number[]) => `missing ${ps.join(', ')}`,
    missing: 'missing',
    noYear: 'no year',
    year: (y: number) => `${y}`,
    expected: (y: number) => ` (expected ${y})`,
    heading: 'heading',
    item: 'item',
    published: 'published',
    written: 'written',
    dated: 'dated',
    deadline: (d: string) => ` (deadline ${d})`,
    none: 'not found',
    noDate: 'no date',
    partsFound: (ps: string) => `found: ${ps}`,
    planFound: (h: string) => `plan part: “${h}”`,
    dutyFound: (h: string) => `first responsible person: “${h}”`,
    dateFound: (raw: string, src: string) => `“${raw}” (${src})`,
  },
};

/** The mark of a column from its rules' messages; undefined when none of its rules ran (or it is unknown whether they did). */
function ruleMark(ids: readonly string[], messages: LintMessage[], enabled: ReadonlySet<string> | undefined): { mark: Mark; first?: LintMessage; count: Record<Severity, number> } | undefined {
  const own = messages.filter((m) => ids.includes(m.ruleId) && !m.internal);
  const ran = enabled ? ids.some((id) => enabled.has(id)) : own.length > 0;
  if (!ran) return undefined;
  const count: Record<Severity, number> = { error: 0, warn: 0, info: 0 };
  for (const m of own) count[m.severity]++;
  const mark: Mark = count.error ? 'fail' : count.warn ? 'warn' : count.info ? 'review' : 'pass';
  const first = own.find((m) => m.severity === 'error') ?? own.find((m) => m.severity === 'warn') ?? own[0];
  return { mark, first, count };
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const isoDate = (d: { year: number; month: number; day: number }) => `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;

export function checklistRow(r: FileResult, ctx: FormatContext): ChecklistRow {
  const t = T[ctx.locale];
  const enabled = ctx.enabledRules?.[r.filePath] ? new Set(ctx.enabledRules[r.filePath]) : undefined;
  const report = r.report;
  const unknown = (text = '—'): Cell => ({ mark: 'unknown', text, sort: '' });
  const verdict: Verdict = r.fileError || r.fatalErrorCount ? 'error' : r.errorCount ? 'fail' : r.warningCount ? 'review' : 'pass';
  const verdictOf = (keep: (ruleId: string) => boolean): Verdict => {
    if (r.fileError) return 'error';
    const own = r.messages.filter((m) => keep(m.ruleId));
    return own.some((m) => m.internal) ? 'error' : own.some((m) => m.severity === 'error') ? 'fail' : own.some((m) => m.severity === 'warn') ? 'review' : 'pass';
  };
  const row: ChecklistRow = {
    filePath: r.filePath,
    file: displayPath(r.filePath, ctx.cwd),
    title: report?.meta.title,
    body: report?.meta.body,
    year: report?.meta.year,
    parts: unknown(),
    plan: unknown(),
    responsible: unknown(),
    publication: unknown(),
    numbers: unknown(),
    verdict,
    compliance: verdictOf((id) => COMPLIANCE_RULES.has(id)),
    writing: verdictOf((id) => !COMPLIANCE_RULES.has(id)),
    errors: r.errorCount,
    warnings: r.warningCount,
    infos: r.infoCount,
    ...(r.fileError ? { fileError: r.fileError } : {}),
    findings: findings(r, ctx),
  };

  // require-sections speaks for the parts column, and for the 第一责任人 column with its part-3 finding only
  const own = (key: keyof typeof COLUMN_RULES) => (key === 'responsible' ? r.messages.filter((m) => m.ruleId !== 'require-sections' || m.data?.part === 3) : r.messages);
  const fromRule = (key: keyof typeof COLUMN_RULES) => ruleMark(COLUMN_RULES[key], own(key), enabled);

  // The five parts
  const summary = report ? (r.summary ?? structureSummary(report)) : undefined;
  {
    const rm = fromRule('parts');
    if (report && summary) {
      const present = new Set(summary.parts.map((m) => m.part));
      const missing = ([1, 2, 3, 4, 5] as PartNumber[]).filter((p) => !present.has(p));
      const modelMark: Mark = missing.some((p) => p < 5) ? 'fail' : missing.length ? 'review' : 'pass';
      row.partsPresent = [...present].sort();
      row.parts = {
        mark: rm?.mark ?? modelMark,
        text: missing.length ? t.missingParts(missing) : t.complete,
        sort: missing.filter((p) => p < 5).length * 10 + missing.length,
        note: rm?.first?.reason ?? t.partsFound([...present].sort().map((p) => `${p} ${PART_INFO[p].short[ctx.locale]}`).join(', ') || '—'),
      };
    } else if (rm) row.parts = { mark: rm.mark, text: '', sort: MARK_RANK[rm.mark], note: rm.first?.reason };
  }

  // The next-year plan and its year
  {
    const rm = fromRule('plan');
    if (report) {
      const matches = report.parts.matches.filter((m) => m.part === 4);
      const expected = report.meta.year !== undefined ? report.meta.year + 1 : undefined;
      const year = summary?.planYear ?? undefined;
      let text: string;
      let modelMark: Mark;
      if (!matches.length) {
        text = t.missing;
        modelMark = 'fail';
      } else if (year === undefined) {
        text = t.noYear;
        modelMark = 'review';
      } else {
        text = t.year(year) + (expected !== undefined && year !== expected ? t.expected(expected) : '');
        modelMark = expected === undefined || year === expected ? 'pass' : 'review';
      }
      row.plan = { mark: rm?.mark ?? modelMark, text, sort: year ?? (matches.length ? 1 : 0), note: rm?.first?.reason ?? (matches[0] ? t.planFound(matches[0].text) : undefined) };
    } else if (rm) row.plan = { mark: rm.mark, text: '', sort: MARK_RANK[rm.mark], note: rm.first?.reason };
  }

  // The 第一责任人 part
  {
    const rm = fromRule('responsible');
    if (report) {
      const matches = report.parts.matches.filter((m) => m.part === 3);
      const headed = matches.find((m) => m.how !== 'item');
      const first = headed ?? matches[0];
      const text = headed ? t.heading : first ? t.item : t.none;
      row.responsible = {
        mark: rm?.mark ?? (first ? 'pass' : 'fail'),
        text,
        sort: headed ? 2 : first ? 1 : 0,
        note: rm?.first?.reason ?? (first ? t.dutyFound(first.text) : undefined),
      };
    } else if (rm) row.responsible = { mark: rm.mark, text: '', sort: MARK_RANK[rm.mark], note: rm.first?.reason };
  }

  // The publication date against the deadline (第二十四条: made public by 4月1日 of the next year)
  {
    const rm = fromRule('publication');
    const date = report ? pickDate(report.meta.dates) : undefined;
    if (date) {
      const published = date.kind === 'published';
      const deadline = published && report?.meta.year !== undefined ? `${report.meta.year + 1}-04-01` : undefined;
      const iso = isoDate(date);
      const word = published ? t.published : date.kind === 'written' ? t.written : t.dated;
      const modelMark: Mark = deadline ? (iso > deadline ? 'fail' : 'pass') : 'unknown';
      row.publication = {
        mark: rm?.mark ?? modelMark,
        text: `${iso} ${word}${deadline ? t.deadline(deadline) : ''}`,
        sort: iso,
        note: rm?.first?.reason ?? t.dateFound(date.raw, date.source),
      };
    } else if (report) {
      // No date on the page or under the text: a silent rule could not check either
      row.publication = { mark: rm && rm.mark !== 'pass' ? rm.mark : 'unknown', text: t.noDate, sort: '', note: rm?.first?.reason };
    } else if (rm) row.publication = { mark: rm.mark, text: '', sort: '', note: rm.first?.reason };
  }

  // Numeric inconsistencies (rates against counts, totals against parts)
  {
    const rm = fromRule('numbers');
    if (rm) {
      const n = rm.count.error + rm.count.warn;
      const q = rm.count.info;
      row.numbers = { mark: rm.mark, text: `${n}${q ? ` +${q}?` : ''}`, sort: n * 1000 + q, note: rm.first?.reason };
    }
  }
  return row;
}

/** The date that shows when a report was made public: 发布时间 first, then 成文日期, then the closing date. */
function pickDate(dates: DateMention[]): DateMention | undefined {
  const order = ['published', 'written', 'closing', 'date'];
  return [...dates].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))[0];
}

const QUOTE_CONTEXT = 24;
const QUOTE_MAX = 120;

function findings(r: FileResult, ctx: FormatContext): Finding[] {
  return r.messages.map((m) => {
    const f: Finding = { severity: m.severity, ...(pageOf(m) ? { page: pageOf(m)!.page } : {}), line: m.line, column: m.column, ruleId: m.ruleId, message: m.reason };
    const url = ctx.rulesMeta[m.ruleId]?.url;
    if (url) f.url = url;
    if (r.source !== undefined && m.end > m.start) f.quote = quote(r.source, m.start, m.end);
    return f;
  });
}

/** The span and up to QUOTE_CONTEXT characters either side, within its line. */
export function quote(source: string, start: number, end: number): { before: string; text: string; after: string } {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = source.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = source.length;
  const from = Math.max(lineStart, start - QUOTE_CONTEXT);
  const to = Math.min(lineEnd, end + QUOTE_CONTEXT);
  let text = source.slice(start, end).replace(/\r/g, '');
  if (text.length > QUOTE_MAX) text = text.slice(0, QUOTE_MAX) + '…';
  return {
    before: (from > lineStart ? '…' : '') + source.slice(from, start),
    text,
    after: source.slice(end, Math.max(end, to)).replace(/\r$/, '') + (to < lineEnd ? '…' : ''),
  };
}

export function checklistRows(results: FileResult[], ctx: FormatContext): ChecklistRow[] {
  return results.map((r) => checklistRow(r, ctx));
}

export function verdictCounts(rows: ChecklistRow[]): Record<Verdict, number> {
  const out: Record<Verdict, number> = { pass: 0, review: 0, fail: 0, error: 0 };
  for (const row of rows) out[row.verdict]++;
  return out;
}

export function reportTitle(row: ChecklistRow): string {
  return row.title ?? row.body ?? row.file;
}

