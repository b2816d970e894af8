/**
 * Quantities and rate figures of one sentence: every figure the number reader
 * finds, with its unit, label and span; percentages (and 个百分点 changes) become
 * rates. One pass over the sentence.
 */
import { approxSuffixAt, normalizeDigits, readNumbers, type NumberToken } from '../numbers.js';
import type { FactsInput, FactsSentence, Quantity, Rate, Steps } from './types.js';
import { CLAUSE_BREAK, DATE_TAIL, MARK, OPENERS, UNIT, UNIT_FAMILY } from './vocabulary.js';
import { pointsRate, readRate, timesRate } from './rates.js';

/** 翻番, 翻了一番, 翻两番. */
const DOUBLING = /翻(?:了)?(一|两|二|三)?番/g;

export interface SentenceFigures {
  text: string;
  quantities: Quantity[];
  rates: { rate: Rate; tokenStart: number }[];
}

/** Read the counts and rate figures of sentence `si`. */
export function readSentence(input: FactsInput, s: FactsSentence, si: number, steps: Steps = { count: 0 }): SentenceFigures {
  const block = input.blocks[s.block];
  // full-width digits, ．and ％ read as ASCII; offsets are unchanged (one unit each)
  const text = normalizeDigits(s.text);
  const tokens = readNumbers(text, steps);
  const ctx = scanContext(text, tokens);
  const qs: Quantity[] = [];
  const rs: { rate: Rate; tokenStart: number }[] = [];
  const src = (i: number) => input.toSource(block, s.textStart + i);
  const srcEnd = (i: number) => (i > 0 ? input.toSource(block, s.textStart + i - 1) + 1 : src(0));

  let prevEnd = 0; // end of the previous figure, its unit included
  let prevWasCount = false;
  tokens.forEach((t, k) => {
    steps.count += 1 + (t.start - Math.min(prevEnd, t.start)); // the figure and the label before it
    const labelStart = Math.max(ctx.clauseStart[k], Math.min(prevEnd, t.start));
    const rawLabel = text.slice(labelStart, t.start);
    const afterFigure = k > 0 && labelStart === prevEnd && !prevWasCount;
    prevEnd = t.end;
    prevWasCount = false;
    if (t.percent) {
      const rate = readRate(text, t, labelStart, rawLabel, src, srcEnd, si, s.block, s.text);
      rs.push({ rate, tokenStart: t.start });
      return;
    }
    if (t.ordinal || text[t.start - 1] === '前') return; // 第三, 前三位: ranks, not counts
    if (text[t.end] === '倍') {
      // 增长2倍, 是上年的1.5倍: a growth or a multiple against last year
      const rate = timesRate(text, s.text, t, t.end + 1, rawLabel, src, srcEnd, si, s.block);
      if (rate) rs.push({ rate, tokenStart: t.start });
      return;
    }
    UNIT.lastIndex = t.end;
    const u = UNIT.exec(text);
    if (!u) return;
    let end = t.end + u[0].length;
    const markers = [...t.markers];
    const suffix = approxSuffixAt(text, end);
    if (suffix) {
      markers.push(suffix);
      end += suffix.length;
    }
    prevEnd = end;
    prevWasCount = true;
    const note = asideAt(text, end);
    // after a date figure (2023年受理…), the label starts after 年/月/日
    const lead = rawLabel.length - rawLabel.replace(afterFigure ? DATE_TAIL : /^[、\s]+/, '').length;
    const label = rawLabel.slice(lead).trimEnd();
    const q: Quantity = {
      start: src(t.start),
      end: srcEnd(end),
      value: t.value,
      exact: t.exact,
      decimals: t.decimals,
      tolerance: t.tolerance,
      unit: u[0],
      family: UNIT_FAMILY[u[0]],
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
      return;
    }
    qs.push(q);
  });
  // 翻了一番, 翻两番: a multiple of 2, 4 … (no figure token: 一番 is an idiom to the reader)
  if (text.includes('翻')) {
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
  return { text, quantities: qs, rates: rs };
}

/** For each token: where its clause starts, and how deep in brackets/titles it sits. One pass. */
function scanContext(text: string, tokens: NumberToken[]): { clauseStart: number[]; depth: number[] } {
  const clauseStart: number[] = [];
  const depth: number[] = [];
  let k = 0;
  let last = 0;
  let d = 0;
  const record = (upTo: number) => {
    for (; k < tokens.length && tokens[k].start <= upTo; k++) {
      clauseStart.push(last);
      depth.push(d);
    }
  };
  MARK.lastIndex = 0;
  while (MARK.test(text)) {
    const at = MARK.lastIndex - 1; // every mark is one character
    record(at);
    const c = text[at];
    if (CLAUSE_BREAK.has(c)) last = at + 1;
    else if (OPENERS.has(c)) d++;
    else if (d > 0) d--;
  }
  record(Infinity);
  return { clauseStart, depth };
}

/** The bracketed text right after a count, if any (bounded: asides are short). */
function asideAt(text: string, at: number): string | undefined {
  const c = text[at];
  if (c !== '(' && c !== '（') return undefined;
  for (let j = at + 1; j < text.length && j < at + 80; j++) {
    const d = text[j];
    if (d === ')' || d === '）') return text.slice(at + 1, j);
    if (d === '(' || d === '（') return undefined;
  }
  return undefined;
}
