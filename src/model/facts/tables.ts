/**
 * Pipe tables written as text (a Markdown paragraph read without table syntax, or lines of plain text):
 *
 *   | 事项 | 2024年（件） | 2025年（件） | 增长率 |
 *   | --- | --- | --- | --- |
 *   | 行政复议 | 50 | 55 | 10.0% |
 *
 * A growth column beside two year columns one year apart: each row's rate is (this year − last year)/last year.
 * Read only when the whole table is plain (every figure cell a bare number, the rate a signed percentage);
 * anything else leaves the table unread.
 */
import { exactSub, type Exact } from '../numbers.js';
import type { Quantity, Rate } from './types.js';

const YEAR_HEAD = /^((?:19|20)\d{2})\s*年/;
const GROWTH_HEAD = /^(?:同比)?(?:增长率|增长幅度|增幅|增长|增减率|增减幅度|增减|变化率)(?:[（(]%[）)])?$/;
const FIGURE = /^\d+(?:\.\d+)?$/;
/** Of the growth heads, those that do not say the figures rose (增减, 变化率): an unsigned figure may be a decline's size. */
const NEUTRAL_HEAD = /增减|变化/;
const RATE = /^([+\-−－]?)(\d+(?:\.\d+)?)(%|％)?$/;

/** One line of a table: its text, how its offsets map to the source, and where it sits. */
export interface TableLine {
  text: string;
  src: (i: number) => number;
  srcEnd: (i: number) => number;
  sentence: number;
  block: number;
}

interface Cell {
  text: string;
  start: number;
  end: number;
  line: TableLine;
}

/** The cells of one table line, or undefined when it is not a `| a | b |` line. */
function cells(line: TableLine): Cell[] | undefined {
  const t = line.text.trimEnd();
  if (isTabLine(t)) return tabCells(line, t);
  if (!t.startsWith('|') || !t.endsWith('|') || t.length < 3) return undefined;
  const out: Cell[] = [];
  let from = 1;
  for (let i = 1; i < t.length; i++) {
    if (t[i] !== '|') continue;
    const raw = t.slice(from, i);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    out.push({ text, start: from + lead, end: from + lead + text.length, line });
    from = i + 1;
  }
  return out;
}

/** A line that is a table row: | … |, or cells separated by tabs (a Word or web table copied as text). */
export const isTableLine = (text: string): boolean => (text.length >= 3 && text.charCodeAt(0) === 0x7c && text.trimEnd().endsWith('|')) || isTabLine(text);

/** Three or more cells separated by tabs, no sentence end: 「办理投诉\t9826\t8714\t18.2%」. */
function isTabLine(text: string): boolean {
  const first = text.indexOf('\t');
  if (first <= 0 || text.indexOf('\t', first + 1) < 0 || /[。；;！？]/.test(text)) return false;
  return text.trim().split(/\t+/).length >= 3;
}

/** The cells of a tab-separated line (runs of tabs are one separator). */
function tabCells(line: TableLine, t: string): Cell[] {
  const out: Cell[] = [];
  const re = /[^\t]+/g;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ text, start: m.index + lead, end: m.index + lead + text.length, line });
  }
  return out;
}

/** The lines of one text holding a table (a Markdown paragraph read without table syntax). */
export function splitLines(text: string, src: (i: number) => number, srcEnd: (i: number) => number, sentence: number, block: number): TableLine[] {
  const out: TableLine[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const from = at;
    out.push({ text: line, src: (i) => src(from + i), srcEnd: (i) => srcEnd(from + i), sentence, block });
    at += line.length + 1;
  }
  return out;
}

const exactOf = (digits: string): { exact: Exact; decimals: number } => {
  const dot = digits.indexOf('.');
  const decimals = dot < 0 ? 0 : digits.length - dot - 1;
  return { exact: { n: BigInt(digits.replace('.', '')), e: -decimals }, decimals };
};

/** The growth rates of a pipe table (its lines in order, header first), with their bases. */
export function tableRates(tableLines: readonly TableLine[]): Rate[] {
  const lines: { cells: Cell[] }[] = [];
  for (const line of tableLines) {
    const c = cells(line);
    if (c) lines.push({ cells: c });
    else if (lines.length) break; // the table ends
  }
  const head = lines[0]?.cells;
  // the separator row (| --- |) of Markdown; a table pasted into plain text may have none
  const first = lines.length > 1 && lines[1].cells.every((c) => /^:?-{3,}:?$/.test(c.text)) ? 2 : 1;
  if (!head || lines.length <= first) return [];
  const years = head.map((c) => YEAR_HEAD.exec(c.text)).map((m, i) => (m ? { i, year: Number(m[1]) } : undefined)).filter((x) => x !== undefined);
  const growth = head.map((c, i) => (GROWTH_HEAD.test(c.text) ? i : -1)).filter((i) => i >= 0);
  if (years.length !== 2 || growth.length !== 1 || Math.abs(years[0].year - years[1].year) !== 1) return [];
  const [prevCol, curCol] = years[0].year < years[1].year ? [years[0].i, years[1].i] : [years[1].i, years[0].i];
  const g = growth[0];
  const percentHead = /%/.test(head[g].text);
  const rates: Rate[] = [];
  for (const { cells: row } of lines.slice(first)) {
    if (row.length !== head.length) return []; // a ragged table: unread
    const p = row[prevCol];
    const c = row[curCol];
    const r = row[g];
    const m = RATE.exec(r.text);
    if (!FIGURE.test(p.text) || !FIGURE.test(c.text) || !m || (!m[3] && !percentHead)) return [];
    const name = row[0] && row[0] !== p && row[0] !== c && row[0] !== r ? row[0].text : '';
    const prev = quantity(p, `${name}${head[prevCol].text}`);
    const cur = quantity(c, `${name}${head[curCol].text}`);
    const { src, srcEnd, sentence, block } = r.line;
    if (prev.exact.n <= 0n) continue;
    const { exact: abs, decimals } = exactOf(m[2]);
    const negative = m[1] !== '' && m[1] !== '+';
    const exact = negative ? { n: -abs.n, e: abs.e } : abs;
    const diff = exactSub(cur.exact, prev.exact);
    // an unsigned rate where the count fell: under a neutral head (增减, 变化率) it may be the size of a decline, unclear;
    // under 增长/增幅 it states a rise (「同比增长 2.5%」 where 398 fell to 389: the sign is wrong)
    if (!negative && diff.n < 0n && NEUTRAL_HEAD.test(head[g].text)) continue;
    rates.push({
      start: src(r.start),
      end: srcEnd(r.end),
      label: head[g].text,
      labelSpan: { start: src(r.start), end: src(r.start) },
      kind: 'growth',
      stem: '',
      modifier: '',
      qualified: false,
      completion: false,
      value: Number(exact.n) * 10 ** exact.e,
      exact,
      decimals,
      unit: 'percent',
      inexact: false,
      shared: false,
      lastYear: false,
      raw: r.text,
      text: r.text,
      valueSpan: { start: src(r.start), end: srcEnd(r.end) },
      bases: [{ formula: 'change', numerator: cur, denominator: prev, part: diff, partTolerance: { n: 0n, e: 0 }, base: prev.exact, baseTolerance: { n: 0n, e: 0 }, expression: `(${c.text}−${p.text})/${p.text}` }],
      sentence,
      block,
    });
  }
  return rates;
}

function quantity(c: Cell, label: string): Quantity {
  const { exact, decimals } = exactOf(c.text);
  const { src, srcEnd, sentence, block } = c.line;
  return {
    start: src(c.start),
    end: srcEnd(c.end),
    value: Number(c.text),
    exact,
    decimals,
    tolerance: { n: 0n, e: 0 },
    unit: '',
    family: 'table',
    label,
    labelSpan: { start: src(c.start), end: src(c.start) },
    inexact: false,
    markers: [],
    raw: c.text,
    sentence,
    block,
    nested: false,
    inSentence: { start: c.start, end: c.end, labelStart: c.start },
  };
}

/** A column of counts, its unit in brackets: 案件数（件）, 数量(件). */
const COUNT_HEAD = /[（(]\s*([件起宗项个家人名次份条])\s*[）)]$/;
/** A row that closes the kinds: 其他, 其它. */
const OTHER_ROW = /^(?:其他|其它)/;
/** A row of the table's own total: 合计, 总计, 小计, 共计. */
const SUM_ROW = /合计|总计|小计|共计|总数/;

/**
 * A table of kinds (| 违法类型 | 案件数（件） | …, rows 大气污染 58, …, 其他 18): the count cells of its one count column,
 * named by their row, and the column's unit — when the rows are closed by 其他, the table has no total row of its own,
 * and every count cell is a whole number. Undefined otherwise.
 */
export function tableKinds(tableLines: readonly TableLine[]): { unit: string; parts: Quantity[] } | undefined {
  const lines: Cell[][] = [];
  for (const line of tableLines) {
    const c = cells(line);
    if (c) lines.push(c);
    else if (lines.length) break;
  }
  const head = lines[0];
  const first = lines.length > 1 && lines[1].every((c) => /^:?-{3,}:?$/.test(c.text)) ? 2 : 1;
  if (!head || head.length < 2 || lines.length - first < 2) return undefined;
  const countCols = head.map((c, i) => (COUNT_HEAD.test(c.text) ? i : -1)).filter((i) => i > 0);
  if (countCols.length !== 1) return undefined;
  const col = countCols[0];
  const unit = COUNT_HEAD.exec(head[col].text)![1];
  const rows = lines.slice(first);
  const parts: Quantity[] = [];
  for (const row of rows) {
    if (row.length !== head.length || !row[0].text || /\d/.test(row[0].text) || SUM_ROW.test(row[0].text) || !/^\d+$/.test(row[col].text)) return undefined;
    parts.push(quantity(row[col], row[0].text));
  }
  if (!OTHER_ROW.test(rows[rows.length - 1][0].text)) return undefined;
  return { unit, parts };
}
