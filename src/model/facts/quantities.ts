/**
 * Quantities and rate figures of one sentence: every figure the number reader
 * finds, with its unit, label and span; percentages (and 个百分点 changes) become
 * rates. One pass over the sentence.
 */
import { approxSuffixAt, isFigureStart, normalizeDigits, readNumberAt, type Exact, type NumberToken } from '../numbers.js';
import { isSpaceCode } from '../char-codes.js';
import type { FactsInput, FactsSentence, Quantity, Rate, Span, Steps } from './types.js';
import { AVERAGE, CLAUSE_BREAK, CLOSERS, DATE_TAIL, MULTIPLE_OF_COUNT, OPENERS, UNIT_FAMILY } from './vocabulary.js';
import { allHundredNames, averageRate, pointsRate, readRate, respectiveNames, timesRate } from './rates.js';
import { splitLines, tableRates } from './tables.js';

/** 翻番, 翻了一番, 翻两番. */
const DOUBLING = /翻(?:了)?(一|两|二|三)?番/g;

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
/**
 * The measure words by their first character, longest first (the longest one that fits is the unit): UNIT_LISTS[
 * UNIT_SLOT[code unit] − 1] (a table by code unit: one load for a character that starts none).
 */
const UNIT_LISTS: Unit[][] = [];
const UNIT_SLOT = new Uint8Array(0x10000);
for (const word of Object.keys(UNIT_FAMILY).sort((a, b) => b.length - a.length)) {
  const unit = { word, family: UNIT_FAMILY[word] };
  const c = code(word);
  if (UNIT_SLOT[c] === 0) UNIT_SLOT[c] = UNIT_LISTS.push([]);
  UNIT_LISTS[UNIT_SLOT[c] - 1].push(unit);
}

/** The measure word starting at `at`, if any. */
function unitAt(text: string, at: number): Unit | undefined {
  if (at >= text.length) return undefined;
  const slot = UNIT_SLOT[text.charCodeAt(at)];
  if (slot === 0) return undefined;
  for (const u of UNIT_LISTS[slot - 1]) if (text.startsWith(u.word, at)) return u;
  return undefined;
}

/**
 * What each code unit is to the sentence scan (0: nothing to it): where a figure can start, a clause break, an
 * opening or closing bracket, or a character that asks for more (full-width ．％ and digits: the sentence is read
 * again with them as ASCII; 翻 of 翻番; | of a table written as text).
 */
const FIGURE = 1;
const BREAK = 2;
const OPEN = 3;
const CLOSE = 4;
const FULL_WIDTH = 5; // ．％
const FULL_WIDTH_DIGIT = 6; // ０-９: also where a figure can start
const FAN = 7;
const PIPE = 8;
const SCAN = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (isFigureStart(c)) SCAN[c] = FIGURE;
for (const c of CLAUSE_BREAK) SCAN[code(c)] = BREAK;
for (const c of OPENERS) SCAN[code(c)] = OPEN;
for (const c of CLOSERS) SCAN[code(c)] = CLOSE;
for (let c = 0xff10; c <= 0xff19; c++) SCAN[c] = FULL_WIDTH_DIGIT;
SCAN[code('．')] = FULL_WIDTH;
SCAN[code('％')] = FULL_WIDTH;
SCAN[code('翻')] = FAN;
SCAN[code('|')] = PIPE;
/** What the scan saw besides figures (bits). */
const SAW_FULL_WIDTH = 1;
const SAW_FAN = 2;
const SAW_PIPE = 4;

/**
 * The figures of a sentence (readNumberAt at every character where one can start) and, for each, where its clause
 * starts and how deep in brackets/titles it sits (`clauseStart`, `depth`: filled, one entry a figure), in one pass
 * over the characters. Returns what else it saw (SAW_*); on full-width characters it stops early (the caller reads
 * the sentence again with them as ASCII).
 */
function scanSentence(text: string, steps: Steps, tokens: NumberToken[]): number {
  let saw = 0;
  let last = 0; // after the last clause break
  let d = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const kind = SCAN[text.charCodeAt(i)];
    if (kind === 0) {
      i++;
      continue;
    }
    if (kind === FIGURE) {
      const k = tokens.length;
      const next = readNumberAt(text, i, tokens, steps);
      if (tokens.length > k) {
        // the marks before the figure's start are behind (its prefix, 近/超过, holds none)
        if (k >= clauseStarts.length) grow();
        clauseStarts[k] = last;
        depths[k] = d;
        // marks inside the figure (the comma of 1,234) count for the figures after it
        for (let j = i + 1; j < next; j++) {
          const m = SCAN[text.charCodeAt(j)];
          if (m === BREAK) last = j + 1;
          else if (m === OPEN) d++;
          else if (m === CLOSE && d > 0) d--;
        }
      }
      i = next;
      continue;
    }
    if (kind === BREAK) last = i + 1;
    else if (kind === OPEN) d++;
    else if (kind === CLOSE) {
      if (d > 0) d--;
    } else if (kind === FAN) saw |= SAW_FAN;
    else if (kind === PIPE) saw |= SAW_PIPE;
    else return saw | SAW_FULL_WIDTH; // ．％０-９
    i++;
  }
  return saw;
}

/** For the k-th figure of the sentence last scanned: where its clause starts, its depth in brackets (scratch, reused). */
let clauseStarts = new Int32Array(256);
let depths = new Int32Array(256);
function grow(): void {
  const c = new Int32Array(clauseStarts.length * 2);
  c.set(clauseStarts);
  clauseStarts = c;
  const d = new Int32Array(depths.length * 2);
  d.set(depths);
  depths = d;
}
/** The figures and rates of a sentence without any: one shared list (never written to). */
const NONE: never[] = [];

/** 、 and spaces before a label (`^[、\s]+`). */
const isLabelLead = (c: number): boolean => c === 0x3001 || isSpaceCode(c);

/** Where a count was read (symbols: no field a reader lists). */
const INPUT: unique symbol = Symbol('input');
const BLOCK: unique symbol = Symbol('block');
const SENTENCE: unique symbol = Symbol('sentence');

/**
 * A count read from a sentence. What only the rules' messages read — its source offsets, its label's span and the
 * figure as written — is worked out when read, from the sentence it was read in (most counts are never quoted).
 */
class SentenceQuantity implements Quantity {
  // declared only: fields with initializers (or private ones) make V8 call an initializer function per instance
  declare value: number;
  declare exact: Exact;
  declare decimals: number;
  declare tolerance: Exact;
  declare unit: string;
  declare family: string;
  declare label: string;
  declare inexact: boolean;
  declare markers: string[];
  declare sentence: number;
  declare block: number;
  declare nested: boolean;
  declare note: string | undefined;
  declare inSentence: { start: number; end: number; labelStart: number };
  /** Where the count was read: the facts' input, the block and the sentence (for the offsets worked out when read). */
  declare readonly [INPUT]: FactsInput;
  declare readonly [BLOCK]: object;
  declare readonly [SENTENCE]: FactsSentence;

  constructor(input: FactsInput, block: object, s: FactsSentence, t: NumberToken, unit: Unit, label: string, markers: string[], nested: boolean, si: number, inSentence: { start: number; end: number; labelStart: number }) {
    this.value = t.value;
    this.exact = t.exact;
    this.decimals = t.decimals;
    this.tolerance = t.tolerance;
    this.unit = unit.word;
    this.family = unit.family;
    this.label = label;
    this.inexact = t.inexact || markers.length > 0;
    this.markers = markers;
    this.sentence = si;
    this.block = s.block;
    this.nested = nested;
    this.note = undefined;
    this.inSentence = inSentence;
    this[INPUT] = input;
    this[BLOCK] = block;
    this[SENTENCE] = s;
  }

  /** The source offset of an offset in the sentence. */
  private src(i: number): number {
    return this[INPUT].toSource(this[BLOCK], blockOffset(this[SENTENCE], i));
  }
  /** The source offset just after the character ending at an offset in the sentence (an end). */
  private srcEnd(i: number): number {
    return i > 0 ? this.src(i - 1) + 1 : this.src(0);
  }
  get start(): number {
    return this.src(this.inSentence.start);
  }
  get end(): number {
    return this.srcEnd(this.inSentence.end);
  }
  get labelSpan(): Span {
    const at = this.inSentence.labelStart;
    // (an empty label where a space was taken out: its end must not fall before its start)
    const start = this.src(at);
    return { start, end: Math.max(start, this.srcEnd(at + this.label.length)) };
  }
  get raw(): string {
    const s = this[SENTENCE];
    const { start, end } = this.inSentence;
    // as written: through the spaces taken out around figures (「2416 件」)
    if (s.at && s.written !== undefined && end > start) return s.written.slice(s.at[start], s.at[end - 1] + 1);
    return s.text.slice(start, end);
  }
}

export interface SentenceFigures {
  text: string;
  quantities: Quantity[];
  rates: { rate: Rate; tokenStart: number }[];
  /** Rates read whole, with their bases (a pipe table's growth column): not paired again. */
  readRates?: Rate[];
}

/** The words between a whole named in a 占 phrase and its share: 的, 的比例为, 的比重达 …. */
/** A figure's clause with no name but a connector: 「，达92.71%」. */
const BARE_CONNECTOR = /^\s*(?:达到|达|为|是)?\s*$/;
/** The clause before it naming a share with a superlative: 「占受理案件数比例最高，」「占比最高，」. */
const SUPERLATIVE_SHARE = /(?:(占[^，,；;。占\d%]{0,16}?)(?:的)?(?:比例|比重)?|占比|比重)最(?:高|大|多)\s*[，,]\s*$/;
const OF_WHOLE_TAIL = /^的(?:比例|比重)?(?:为|是|达|达到)?$/;
/** A count named as the whole of a share: 占政务服务事项总数1932项, 所占…. */
const SHARE_LEAD = /^(?:所占|占)/;

/** Read the counts and rate figures of sentence `si`. */
/** Source offsets of a sentence's characters (its start and just past its end), through `at` when spaces were taken out. */
export function sentenceSource(input: FactsInput, s: FactsSentence): { src: (i: number) => number; srcEnd: (i: number) => number } {
  const block = input.blocks[s.block];
  const src = (i: number) => input.toSource(block, blockOffset(s, i));
  const srcEnd = (i: number) => (i > 0 ? src(i - 1) + 1 : src(0));
  return { src, srcEnd };
}

/** The block-text offset of offset `i` of a sentence's text, through `at` when spaces were taken out (past the end: one past its last). */
function blockOffset(s: FactsSentence, i: number): number {
  const at = s.at;
  return s.textStart + (at === undefined ? i : i < at.length ? at[i] : at[at.length - 1] + 1);
}

/** A space beside a digit or a % sign (a candidate for tightenFigures; isFigureSpace's set). */
const FIGURE_SPACE = /[0-9０-９%％‰][ \u00a0\u3000\u2002-\u200b]|[ \u00a0\u3000\u2002-\u200b][0-9０-９]/;

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
  // most sentences have no space beside a digit: one native search rules them out
  const near = FIGURE_SPACE.exec(t);
  if (!near) return s;
  let first = -1;
  for (let i = Math.max(1, near.index); i < t.length - 1; i++) {
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
  return { text: out, textStart: s.textStart, block: s.block, at: at.subarray(0, n), written: t };
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

/** Measure words that, after a Chinese numeral and before a noun, rank a kind (一类司法所, 二级医院, 三档). */
const RANK_UNIT = new Set(['类', '级', '档', '等']);
/** After a rank and its noun: the kind's own count, in the same clause (司法所5个, 水体12处). */
const RANK_THEN_COUNT = /^[\u4e00-\u9fff]{0,8}[0-9０-９]/;

export function readSentence(input: FactsInput, s: FactsSentence, si: number, steps: Steps = { count: 0 }): SentenceFigures {
  const block = input.blocks[s.block];
  let text = s.text;
  let tokens: NumberToken[] = [];
  let saw = scanSentence(text, steps, tokens);
  if (saw & SAW_FULL_WIDTH) {
    // full-width digits, ．and ％ read as ASCII; offsets are unchanged (one unit each)
    text = normalizeDigits(text);
    tokens = [];
    saw = scanSentence(text, steps, tokens);
    if (text.includes('翻')) saw |= SAW_FAN; // the first scan may have stopped before either
    if (text.includes('|')) saw |= SAW_PIPE;
  }
  const doubling = (saw & SAW_FAN) !== 0;
  if (tokens.length === 0 && !doubling) return { text, quantities: NONE, rates: NONE }; // a sentence without figures
  // made when first needed (most figures are years, dates or items: no count, no rate); no closure here, so the
  // function needs no context of its own
  let qs: Quantity[] = NONE;
  let rs: { rate: Rate; tokenStart: number }[] = NONE;
  let map: Mapping | undefined; // source offsets, for rates (a count works out its own)

  let namedLists: Map<Rate, string> | undefined; // shared percentages and their labels (参考率、合格率分别为…)
  let yearRates: { rate: Rate; year: number }[] | undefined;
  let prevEnd = 0; // end of the previous figure, its unit included
  let prevWasCount = false;
  // a plain loop, not forEach: prevEnd and prevWasCount stay locals, not a closure's context
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    steps.count += 1 + (t.start - Math.min(prevEnd, t.start)); // the figure and the label before it
    const labelStart = Math.max(clauseStarts[k], Math.min(prevEnd, t.start));
    const afterFigure = k > 0 && labelStart === prevEnd && !prevWasCount;
    // 是上年19卷的2倍, 是上年158件的125.3%: the count right before is last year's, the figure its multiple
    const ofCount = prevWasCount && labelStart === prevEnd && qs.length > 0 && qs[qs.length - 1].label.includes('年') && MULTIPLE_OF_COUNT.test(qs[qs.length - 1].label);
    const prevWasCountBefore: boolean = prevWasCount;
    const prevEndBefore: number = prevEnd;
    prevEnd = t.end;
    prevWasCount = false;
    if (t.percent) {
      const rawLabel = text.slice(labelStart, t.start);
      map ??= sentenceSource(input, s);
      const rate = readRate(text, t, labelStart, rawLabel, map.src, map.srcEnd, si, s.block, s.text, ofCount);
      if (ofCount) widenToLastYear(rate, qs[qs.length - 1], s.text, map.src, t.end);
      // 1845项，占政务服务事项总数1932项的95.8%: a share whose whole is the count inside its 占 phrase
      else if (rate.kind === 'bare' && prevWasCountBefore && labelStart === prevEndBefore && OF_WHOLE_TAIL.test(rawLabel) && qs.length > 0 && SHARE_LEAD.test(qs[qs.length - 1].label)) {
        // quoted and placed from the 占 on: 「占政务服务事项总数1932项的95.8%」
        const whole = qs[qs.length - 1];
        rate.kind = 'share';
        rate.text = whole.label + whole.raw + rate.text;
        rate.start = whole.labelSpan.start;
      }
      // 140件，占受理案件数比例最高，达92.71%: a share named with a superlative before its figure's clause
      else if (rate.kind === 'bare' && BARE_CONNECTOR.test(rawLabel)) {
        const lead = SUPERLATIVE_SHARE.exec(text.slice(Math.max(0, labelStart - 24), labelStart));
        if (lead) {
          const from = labelStart - lead[0].length;
          rate.kind = 'share';
          rate.label = lead[1] ? '占比' : lead[0].startsWith('比重') ? '比重' : '占比';
          rate.text = s.text.slice(from, t.end);
          rate.start = map.src(from);
          rate.labelSpan = { start: rate.start, end: map.srcEnd(labelStart) };
        }
      }
      if (rs === NONE) rs = [];
      if (rate.shared) (namedLists ??= new Map()).set(rate, rawLabel);
      // 2025年…出庭应诉率为91.4%，2024年为86.8%: a rate introduced by its year
      if (afterFigure && rawLabel.startsWith('年') && isYear(tokens[k - 1])) (yearRates ??= []).push({ rate, year: Number(tokens[k - 1].exact.n) });
      rs.push({ rate, tokenStart: t.start });
      continue;
    }
    if (t.ordinal || (t.start > 0 && text.charCodeAt(t.start - 1) === C_BEFORE)) continue; // 第三, 前三位: ranks, not counts
    if (text.charCodeAt(t.end) === C_TIMES) {
      // 增长2倍, 是上年的1.5倍: a growth or a multiple against last year
      map ??= sentenceSource(input, s);
      const rate = timesRate(text, s.text, t, t.end + 1, text.slice(labelStart, t.start), map.src, map.srcEnd, si, s.block, undefined, ofCount);
      if (rate && ofCount) widenToLastYear(rate, qs[qs.length - 1], s.text, map.src, t.end + 1);
      if (rate) (rs === NONE ? (rs = []) : rs).push({ rate, tokenStart: t.start });
      continue;
    }
    const unit = unitAt(text, t.end);
    if (!unit) continue; // a year, a date, a figure without a measure word
    // 一类司法所5个、二类司法所8个, 一类5件: a rank written in Chinese numerals right before (its noun and) a count of its
    // own is a kind's name, not a count (办理三类案件, with no figure after it in the clause, stays a count; in 梳理三类问题
    // 45个 the 三类 is dropped too, which takes nothing from the 45)
    if (t.form === 'chinese' && RANK_UNIT.has(unit.word) && RANK_THEN_COUNT.test(text.slice(t.end + unit.word.length, t.end + unit.word.length + 16))) {
      prevEnd = prevEndBefore;
      prevWasCount = prevWasCountBefore;
      continue;
    }
    let end = t.end + unit.word.length;
    // the token is dropped after this sentence and nothing else reads its markers: the quantity takes them
    let markers = t.markers;
    const suffix = approxSuffixAt(text, end);
    if (suffix) {
      markers = markers.length ? [...markers, suffix] : [suffix];
      end += suffix.length;
    }
    prevEnd = end;
    prevWasCount = true;
    // after a date figure (2023年受理…), the label starts after 年/月/日; else after 、 and spaces
    let from = labelStart;
    if (afterFigure) from += DATE_TAIL.exec(text.slice(labelStart, t.start))?.[0].length ?? 0;
    else while (from < t.start && isLabelLead(text.charCodeAt(from))) from++;
    let to = t.start;
    while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
    const q = new SentenceQuantity(input, block, s, t, unit, text.slice(from, to), markers, depths[k] > 0, si, { start: t.start, end, labelStart: from });
    q.note = asideAt(text, end);
    if (q.family === 'point') {
      // 提高2.3个百分点: a change of a rate, read as a rate of its own
      map ??= sentenceSource(input, s);
      const rate = pointsRate(s.text, q, t, map.src, map.srcEnd); // quoted as written
      if (rate) (rs === NONE ? (rs = []) : rs).push({ rate, tokenStart: t.start });
      continue;
    }
    if (!q.nested && q.label.includes('均') && AVERAGE.test(q.label)) {
      // 人均49.6学时: a quotient of two counts, read as a rate of its own
      map ??= sentenceSource(input, s);
      (rs === NONE ? (rs = []) : rs).push({ rate: averageRate(s.text, q, map.src, map.srcEnd), tokenStart: t.start });
      continue;
    }
    (qs === NONE ? (qs = []) : qs).push(q);
  }
  // 翻了一番, 翻两番: a multiple of 2, 4 … (no figure token: 一番 is an idiom to the reader)
  if (doubling) {
    DOUBLING.lastIndex = 0;
    for (let m = DOUBLING.exec(text); m; m = DOUBLING.exec(text)) {
      steps.count++;
      const k = m[1] === '两' || m[1] === '二' ? 2 : m[1] === '三' ? 3 : 1;
      const at = m.index;
      const token = { start: at, end: at + m[0].length, exact: { n: 2n ** BigInt(k), e: 0 }, decimals: 0 };
      map ??= sentenceSource(input, s);
      const rate = timesRate(text, s.text, token, token.end, '', map.src, map.srcEnd, si, s.block, m[0]);
      if (rate) (rs === NONE ? (rs = []) : rs).push({ rate, tokenStart: at });
    }
    rs.sort((a, b) => a.tokenStart - b.tokenStart);
  }
  if (namedLists && rs.length >= 2) respectiveNames(text, s.text, rs, namedLists, (map ??= sentenceSource(input, s)).src);
  if (namedLists) {
    const added = allHundredNames(text, s.text, rs, namedLists, (map ??= sentenceSource(input, s)).src);
    if (added.length) {
      rs.push(...added);
      rs.sort((a, b) => a.tokenStart - b.tokenStart || a.rate.start - b.rate.start);
    }
  }
  // two rates for two years one apart: the earlier year's is the earlier figure (for 提高N个百分点)
  if (yearRates?.length === 2 && Math.abs(yearRates[0].year - yearRates[1].year) === 1) {
    const [a, b] = yearRates;
    (a.year < b.year ? a : b).rate.lastYear = true;
  }
  // | 事项 | 2024年 | 2025年 | 增长率 |: a table written as text
  if (saw & SAW_PIPE && text.includes('|\n|')) {
    map ??= sentenceSource(input, s);
    return { text, quantities: qs, rates: rs, readRates: tableRates(splitLines(text, map.src, map.srcEnd, si, s.block)) };
  }
  return { text, quantities: qs, rates: rs };
}

/** Source offsets of offsets in a sentence: of a character (src), and just after one ending there (srcEnd). */
interface Mapping {
  src: (i: number) => number;
  srcEnd: (i: number) => number;
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
