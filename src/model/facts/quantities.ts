/**
 * Quantities and rate figures of one sentence: every figure the number reader
 * finds, with its unit, label and span; percentages (and 个百分点 changes) become
 * rates. One pass over the sentence.
 */
import { approxSuffixAt, normalizeDigits, readNumbers, type NumberToken } from '../numbers.js';
import type { FactsInput, FactsSentence, Quantity, Rate, Steps } from './types.js';
import { AVERAGE, CLAUSE_BREAK, CLOSERS, DATE_TAIL, MULTIPLE_OF_COUNT, OPENERS, UNIT_FAMILY } from './vocabulary.js';
import { averageRate, pointsRate, readRate, respectiveNames, timesRate } from './rates.js';
import { splitLines, tableRates } from './tables.js';

/** 翻番, 翻了一番, 翻两番. */
const DOUBLING = /翻(?:了)?(一|两|二|三)?番/g;
/** Separators at the start of a label. */
const LEADING_SEPARATORS = /^[、\s]+/;

const code = (c: string): number => c.charCodeAt(0);
const C_BEFORE = code('前');
const C_TIMES = code('倍');
const C_OPEN = code('(');
const C_FULL_OPEN = code('（');
const C_CLOSE = code(')');
const C_FULL_CLOSE = code('）');

interface Unit {
  word: string;
  family: string;
}
/** The measure words by their first character, longest first (the longest one that fits is the unit). */
const UNITS_BY_FIRST = new Map<number, Unit[]>();
for (const word of Object.keys(UNIT_FAMILY).sort((a, b) => b.length - a.length)) {
  const unit = { word, family: UNIT_FAMILY[word] };
  const list = UNITS_BY_FIRST.get(code(word));
  if (list) list.push(unit);
  else UNITS_BY_FIRST.set(code(word), [unit]);
}

/** The measure word starting at `at`, if any. */
function unitAt(text: string, at: number): Unit | undefined {
  if (at >= text.length) return undefined;
  const list = UNITS_BY_FIRST.get(text.charCodeAt(at));
  if (list) for (const u of list) if (text.startsWith(u.word, at)) return u;
  return undefined;
}

/** Clause breaks and brackets by code unit (0: neither), for scanContext. */
const BREAK = 1;
const OPEN = 2;
const CLOSE = 3;
const MARK_KIND = new Uint8Array(0x10000);
for (const c of CLAUSE_BREAK) MARK_KIND[code(c)] = BREAK;
for (const c of OPENERS) MARK_KIND[code(c)] = OPEN;
for (const c of CLOSERS) MARK_KIND[code(c)] = CLOSE;

export interface SentenceFigures {
  text: string;
  quantities: Quantity[];
  rates: { rate: Rate; tokenStart: number }[];
  /** Rates read whole, with their bases (a pipe table's growth column): not paired again. */
  readRates?: Rate[];
}

/** Read the counts and rate figures of sentence `si`. */
/** Source offsets of a sentence's characters (its start and just past its end), through `at` when spaces were taken out. */
export function sentenceSource(input: FactsInput, s: FactsSentence): { src: (i: number) => number; srcEnd: (i: number) => number } {
  const block = input.blocks[s.block];
  const at = s.at;
  const src = at ? (i: number) => input.toSource(block, s.textStart + (i < at.length ? at[i] : at[at.length - 1] + 1)) : (i: number) => input.toSource(block, s.textStart + i);
  const srcEnd = at
    ? (i: number) => (i > 0 ? input.toSource(block, s.textStart + at[i - 1]) + 1 : src(0))
    : (i: number) => (i > 0 ? input.toSource(block, s.textStart + i - 1) + 1 : src(0));
  return { src, srcEnd };
}

/** Spaces a PDF or web copy puts around figures: ASCII, no-break, ideographic, en/em spaces. */
function isFigureSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x3000 || (c >= 0x2002 && c <= 0x200b);
}

function isDigitish(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0x25 /* % */ || c === 0xff05 /* ％ */ || c === 0x2030; /* ‰ */
}

/** Chinese characters and the full-width marks around figures (（，、：；。). */
function isCjkSide(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff1f) || (c >= 0x3001 && c <= 0x3011);
}

/**
 * A sentence whose figures stand apart from their words — 「排查纠纷 2416 件」「化解率 96.1 %」「（上年 100 件）」, as text
 * copied out of a PDF or a web page has them — read without those spaces (a run of spaces between a digit, % or ‰ and a
 * Chinese character or full-width mark, either way round, or between a digit and %), with `at` mapping back. Other
 * sentences are returned as they are.
 */
export function tightenFigures(s: FactsSentence): FactsSentence {
  const t = s.text;
  let first = -1;
  for (let i = 1; i < t.length - 1; i++) {
    if (!isFigureSpace(t.charCodeAt(i))) continue;
    if (spaceRunToGo(t, i) > 0) {
      first = i;
      break;
    }
  }
  if (first < 0) return s;
  const at = new Int32Array(t.length);
  let out = '';
  let n = 0;
  let from = 0;
  for (let i = first; i < t.length - 1; i++) {
    if (!isFigureSpace(t.charCodeAt(i))) continue;
    const run = spaceRunToGo(t, i);
    if (run <= 0) {
      // skip the rest of this run of spaces: it stays
      while (i + 1 < t.length && isFigureSpace(t.charCodeAt(i + 1))) i++;
      continue;
    }
    out += t.slice(from, i);
    for (let k = from; k < i; k++) at[n++] = k;
    from = i + run;
    i = from - 1;
  }
  out += t.slice(from);
  for (let k = from; k < t.length; k++) at[n++] = k;
  return { text: out, textStart: s.textStart, block: s.block, at: at.subarray(0, n) };
}

/** The length of the run of spaces at i when it stands between a figure and Chinese text (to be taken out), else 0. */
function spaceRunToGo(t: string, i: number): number {
  if (i > 0 && isFigureSpace(t.charCodeAt(i - 1))) return 0; // not the run's start
  let j = i;
  while (j < t.length && isFigureSpace(t.charCodeAt(j))) j++;
  if (j >= t.length || i === 0) return 0;
  const a = t.charCodeAt(i - 1);
  const b = t.charCodeAt(j);
  const digitA = isDigitish(a) && a !== 0x25 && a !== 0xff05 && a !== 0x2030;
  const digitB = isDigitish(b);
  // 2416 件, 96.1 %, 纠纷 2416, 率 96.1%, （上年 100 件）; never between two digits (1 2 could be two figures)
  if ((isDigitish(a) && isCjkSide(b)) || (isCjkSide(a) && digitB && b !== 0x25 && b !== 0xff05 && b !== 0x2030) || (digitA && (b === 0x25 || b === 0xff05 || b === 0x2030))) return j - i;
  return 0;
}

export function readSentence(input: FactsInput, s: FactsSentence, si: number, steps: Steps = { count: 0 }): SentenceFigures {
  const block = input.blocks[s.block];
  // full-width digits, ．and ％ read as ASCII; offsets are unchanged (one unit each)
  const text = normalizeDigits(s.text);
  const tokens = readNumbers(text, steps);
  const qs: Quantity[] = [];
  const rs: { rate: Rate; tokenStart: number }[] = [];
  const doubling = text.includes('翻');
  if (tokens.length === 0 && !doubling) return { text, quantities: qs, rates: rs }; // a sentence without figures
  const ctx = scanContext(text, tokens);
  const { src, srcEnd } = sentenceSource(input, s);

  let namedLists: Map<Rate, string> | undefined; // shared percentages and their labels (参考率、合格率分别为…)
  let yearRates: { rate: Rate; year: number }[] | undefined;
  let prevEnd = 0; // end of the previous figure, its unit included
  let prevWasCount = false;
  // a plain loop, not forEach: prevEnd and prevWasCount stay locals, not a closure's context
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    steps.count += 1 + (t.start - Math.min(prevEnd, t.start)); // the figure and the label before it
    const labelStart = Math.max(ctx.clauseStart[k], Math.min(prevEnd, t.start));
    const afterFigure = k > 0 && labelStart === prevEnd && !prevWasCount;
    // 是上年19卷的2倍, 是上年158件的125.3%: the count right before is last year's, the figure its multiple
    const ofCount = prevWasCount && labelStart === prevEnd && qs.length > 0 && MULTIPLE_OF_COUNT.test(qs[qs.length - 1].label);
    prevEnd = t.end;
    prevWasCount = false;
    if (t.percent) {
      const rawLabel = text.slice(labelStart, t.start);
      const rate = readRate(text, t, labelStart, rawLabel, src, srcEnd, si, s.block, s.text, ofCount);
      if (ofCount) widenToLastYear(rate, qs[qs.length - 1], s.text, src, t.end);
      if (rate.shared) (namedLists ??= new Map()).set(rate, rawLabel);
      // 2025年…出庭应诉率为91.4%，2024年为86.8%: a rate introduced by its year
      if (afterFigure && rawLabel.startsWith('年') && isYear(tokens[k - 1])) (yearRates ??= []).push({ rate, year: Number(tokens[k - 1].exact.n) });
      rs.push({ rate, tokenStart: t.start });
      continue;
    }
    if (t.ordinal || (t.start > 0 && text.charCodeAt(t.start - 1) === C_BEFORE)) continue; // 第三, 前三位: ranks, not counts
    if (text.charCodeAt(t.end) === C_TIMES) {
      // 增长2倍, 是上年的1.5倍: a growth or a multiple against last year
      const rate = timesRate(text, s.text, t, t.end + 1, text.slice(labelStart, t.start), src, srcEnd, si, s.block, undefined, ofCount);
      if (rate && ofCount) widenToLastYear(rate, qs[qs.length - 1], s.text, src, t.end + 1);
      if (rate) rs.push({ rate, tokenStart: t.start });
      continue;
    }
    const unit = unitAt(text, t.end);
    if (!unit) continue; // a year, a date, a figure without a measure word
    const rawLabel = text.slice(labelStart, t.start);
    let end = t.end + unit.word.length;
    // the token is dropped after this sentence and nothing else reads its markers: the quantity takes them
    const markers = t.markers;
    const suffix = approxSuffixAt(text, end);
    if (suffix) {
      markers.push(suffix);
      end += suffix.length;
    }
    prevEnd = end;
    prevWasCount = true;
    const note = asideAt(text, end);
    // after a date figure (2023年受理…), the label starts after 年/月/日
    const lead = (afterFigure ? DATE_TAIL : LEADING_SEPARATORS).exec(rawLabel)?.[0].length ?? 0;
    const label = rawLabel.slice(lead).trimEnd();
    const q: Quantity = {
      start: src(t.start),
      end: srcEnd(end),
      value: t.value,
      exact: t.exact,
      decimals: t.decimals,
      tolerance: t.tolerance,
      unit: unit.word,
      family: unit.family,
      label,
      labelSpan: { start: src(labelStart + lead), end: srcEnd(labelStart + lead + label.length) },
      inexact: t.inexact || markers.length > 0,
      markers,
      raw: s.text.slice(t.start, end),
      sentence: si,
      block: s.block,
      nested: ctx.depth[k] > 0,
      inSentence: { start: t.start, end, labelStart: labelStart + lead },
    };
    if (note !== undefined) q.note = note;
    if (q.family === 'point') {
      // 提高2.3个百分点: a change of a rate, read as a rate of its own
      const rate = pointsRate(s.text, q, t, src, srcEnd); // quoted as written
      if (rate) rs.push({ rate, tokenStart: t.start });
      continue;
    }
    if (!q.nested && AVERAGE.test(q.label)) {
      // 人均49.6学时: a quotient of two counts, read as a rate of its own
      rs.push({ rate: averageRate(s.text, q, src, srcEnd), tokenStart: t.start });
      continue;
    }
    qs.push(q);
  }
  // 翻了一番, 翻两番: a multiple of 2, 4 … (no figure token: 一番 is an idiom to the reader)
  if (doubling) {
    DOUBLING.lastIndex = 0;
    for (let m = DOUBLING.exec(text); m; m = DOUBLING.exec(text)) {
      steps.count++;
      const k = m[1] === '两' || m[1] === '二' ? 2 : m[1] === '三' ? 3 : 1;
      const at = m.index;
      const token = { start: at, end: at + m[0].length, exact: { n: 2n ** BigInt(k), e: 0 }, decimals: 0 };
      const rate = timesRate(text, s.text, token, token.end, '', src, srcEnd, si, s.block, m[0]);
      if (rate) rs.push({ rate, tokenStart: at });
    }
    rs.sort((a, b) => a.tokenStart - b.tokenStart);
  }
  if (namedLists && rs.length >= 2) respectiveNames(text, s.text, rs, namedLists, src);
  // two rates for two years one apart: the earlier year's is the earlier figure (for 提高N个百分点)
  if (yearRates?.length === 2 && Math.abs(yearRates[0].year - yearRates[1].year) === 1) {
    const [a, b] = yearRates;
    (a.year < b.year ? a : b).rate.lastYear = true;
  }
  // | 事项 | 2024年 | 2025年 | 增长率 |: a table written as text
  if (text.includes('|\n|')) return { text, quantities: qs, rates: rs, readRates: tableRates(splitLines(text, src, srcEnd, si, s.block)) };
  return { text, quantities: qs, rates: rs };
}

/** A figure that is a year: 2024 (then 年). */
const isYear = (t: NumberToken): boolean => t.exact.e === 0 && t.exact.n >= 1900n && t.exact.n <= 2099n && !t.percent;

/** 是上年19卷的2倍: the rate as a reader names it starts at 是上年, before last year's count (`end`: the figure's end). */
function widenToLastYear(rate: Rate, last: Quantity, written: string, src: (i: number) => number, end: number): void {
  const m = MULTIPLE_OF_COUNT.exec(last.label);
  if (!m) return;
  const at = last.inSentence.labelStart + m.index;
  rate.start = src(at);
  rate.label = m[0];
  rate.labelSpan = { start: src(at), end: last.labelSpan.end };
  rate.text = written.slice(at, end);
}

/**
 * For each token: where its clause starts, and how deep in brackets/titles it sits. One pass,
 * up to the last token (marks after it change nothing).
 */
function scanContext(text: string, tokens: NumberToken[]): { clauseStart: number[]; depth: number[] } {
  const clauseStart: number[] = [];
  const depth: number[] = [];
  let k = 0;
  let last = 0;
  let d = 0;
  for (let at = 0; at < text.length && k < tokens.length; at++) {
    const kind = MARK_KIND[text.charCodeAt(at)];
    if (kind === 0) continue;
    for (; k < tokens.length && tokens[k].start <= at; k++) {
      clauseStart.push(last);
      depth.push(d);
    }
    if (kind === BREAK) last = at + 1;
    else if (kind === OPEN) d++;
    else if (d > 0) d--;
  }
  for (; k < tokens.length; k++) {
    clauseStart.push(last);
    depth.push(d);
  }
  return { clauseStart, depth };
}

/** The bracketed text right after a count, if any (bounded: asides are short). */
function asideAt(text: string, at: number): string | undefined {
  const c = text.charCodeAt(at);
  if (c !== C_OPEN && c !== C_FULL_OPEN) return undefined;
  for (let j = at + 1; j < text.length && j < at + 80; j++) {
    const d = text.charCodeAt(j);
    if (d === C_CLOSE || d === C_FULL_CLOSE) return text.slice(at + 1, j);
    if (d === C_OPEN || d === C_FULL_OPEN) return undefined;
  }
  return undefined;
}
