import type { Block, Section, Span } from './types.js';
import type { Title } from './titles.js';
import { matchNumbering } from './outline.js';
import { YEAR_DIGITS_SOURCE, yearValue } from './numerals.js';
import { isCnNumeralCode, isSpaceCode } from './char-codes.js';

/**
 * Years named in the report: “2023年”, “2024年度”, in the title, in headings
 * and in running text. Rules that compare years (the report year, the plan's
 * year) read these instead of scanning text themselves.
 */
export type YearKind =
  /** a year on its own: 2023年, 2024年度 */
  | 'plain'
  /** a starting point: 2023年以来, 2023年至今 */
  | 'since'
  /** one end of a span of years: 2021—2025年, 2023年-2025年 */
  | 'range'
  /** part of a calendar date: 2024年3月 */
  | 'date';

export interface YearMention extends Span {
  year: number;
  /** As written, e.g. “2024年度” (the span covers exactly this). */
  raw: string;
  kind: YearKind;
  /** For kind 'range': the first and last year of the span. */
  range?: [number, number];
  where: 'title' | 'heading' | 'body';
  block: number;
  /** The section whose heading holds the mention (where = 'heading'). */
  section?: Section;
  /** Inside a title in 《》: a citation (《2023年度工作要点》), not the report's own words. */
  cited: boolean;
  /** The year opens its heading or sentence (“一、2023年度…”, “2024年,我县将…”). */
  opens: boolean;
  /** Text that precedes the mention in its sentence (trimmed, at most 30 characters). */
  before: string;
  /** Text that follows the mention up to the end of its sentence (at most 40 characters). */
  after: string;
}

// ASCII, full-width (２０２４年) and Chinese-numeral (二〇二四年) years, read in one pass
// sticky: tried only where a year can stand, four characters before a 年 and the spaces before it (every year
// form is four characters without a space or 年), so a paragraph is not searched character by character
const YEAR = new RegExp(`(?<![\\d０-９])(${YEAR_DIGITS_SOURCE})\\s*年(度)?`, 'y');
/** A year letter-spaced digit by digit (2 0 2 3 年), as text copied out of a PDF title has it; sticky like YEAR. */
const SPACED_YEAR = /(?<![\d０-９] ?)([12]) ([09]) (\d) (\d)\s*年(度)?/y;
const DASH = '[-－—–~～至到]';
const RANGE_BEFORE = new RegExp(`((?:19|20)\\d{2})\\s*年?度?\\s*${DASH}+\\s*$`);
const RANGE_AFTER = new RegExp(`^\\s*${DASH}+\\s*((?:19|20)\\d{2})(?!\\d)`);
const DATE_AFTER = /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月/;
const SINCE_AFTER = /^(?:以来|至今|起)/;
/** A sentence end, `[。！？!?]`, by UTF-16 code. */
const isSentenceEnd = (c: number): boolean => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
/** What may stand between a sentence start and a year that still “opens” it. */
const OPENER = /^(?:[一二三四五六七八九十]{1,3}是)?\s*(?:在|过去的?|回顾)?$/;

type ToSource = (b: Block, i: number) => number;

/** The first character of SINCE_AFTER's words: 以 (以来), 至 (至今), 起. */
function opensSince(c: number): boolean {
  return c === 0x4ee5 || c === 0x81f3 || c === 0x8d77;
}

/** DASH's characters by code: -－—–~～至到. */
function isDashCode(c: number): boolean {
  return c === 0x2d || c === 0xff0d || c === 0x2014 || c === 0x2013 || c === 0x7e || c === 0xff5e || c === 0x81f3 || c === 0x5230;
}

/** The first offset in [from, to) that is not `\s`, or `to`. */
function skipSpaces(t: string, from: number, to: number): number {
  while (from < to && isSpaceCode(t.charCodeAt(from))) from++;
  return from;
}

/** The offset after the last character in [from, to) that is not `\s`, or `from`. */
function skipSpacesBack(t: string, to: number, from: number): number {
  while (to > from && isSpaceCode(t.charCodeAt(to - 1))) to--;
  return to;
}

/** How far around a mention the rules look: enough for “2021年-”, “以来”, “,我县将…”. */
const BEFORE = 40;
const AFTER = 40;

export function findYears(
  blocks: readonly Block[],
  /** Blocks of the title (a wrapped title has two). */
  titleBlocks: ReadonlySet<number>,
  sections: readonly Section[],
  titles: readonly Title[],
  toSource: ToSource,
): YearMention[] {
  const out: YearMention[] = [];
  // sections (one per heading block, in block order) and titles walked in order: linear over the report
  let nextSection = 0;
  const cited = titleSweeper(titles);
  for (const b of blocks) {
    if (b.furniture) continue;
    const t = b.text;
    while (nextSection < sections.length && sections[nextSection].block < b.index) nextSection++;
    // the section whose heading this block holds
    const section = nextSection < sections.length && sections[nextSection].block === b.index ? sections[nextSection] : undefined;
    let sentenceStart = 0;
    let scanned = 0;
    for (let nian = t.indexOf('年'); nian !== -1; nian = t.indexOf('年', nian + 1)) {
      // matches come in the order of their 年 and never overlap: the year of each 年 is where a global search
      // for YEAR would find it
      const back = skipSpacesBack(t, nian, 0);
      YEAR.lastIndex = back - 4;
      if (YEAR.lastIndex < 0) continue;
      let m = YEAR.exec(t);
      let value: string | undefined = m?.[1];
      if (!m && back >= 7) {
        // letter-spaced, as a PDF title copies out: 「关于2 0 2 3 年法治政府建设情况的报告」
        SPACED_YEAR.lastIndex = back - 7;
        m = SPACED_YEAR.exec(t);
        value = m ? m[1] + m[2] + m[3] + m[4] : undefined;
      }
      if (!m || value === undefined) continue;
      const at = m.index;
      const endText = at + m[0].length;
      const year = yearValue(value);
      if (!(year >= 1900 && year <= 2100)) continue;
      const start = toSource(b, at);
      const end = toSource(b, endText);
      // the text after the year (50 characters) and before it (40) are sliced only where a pattern reads them
      const restEnd = Math.min(t.length, endText + AFTER + 10);
      let rest: string | undefined;
      const headStart = Math.max(0, at - BEFORE);
      let head: string | undefined;

      // what follows and precedes the year decides its kind; each pattern is tried only where the character
      // next to the year (past spaces) can start it: most years stand alone (「2023年，」「2023年度法治…」)
      let kind: YearKind = 'plain';
      let range: [number, number] | undefined;
      const nextAt = skipSpaces(t, endText, restEnd);
      const next = nextAt < restEnd ? t.charCodeAt(nextAt) : -1;
      const lastBefore = skipSpacesBack(t, at, headStart);
      const rb = lastBefore > headStart && isDashCode(t.charCodeAt(lastBefore - 1)) ? RANGE_BEFORE.exec((head = t.slice(headStart, at))) : null;
      const ra = isDashCode(next) ? RANGE_AFTER.exec((rest ??= t.slice(endText, restEnd))) : null;
      if (rb) {
        kind = 'range';
        range = [Number(rb[1]), year];
      } else if (ra) {
        kind = 'range';
        range = [year, Number(ra[1])];
      } else if (((next >= 0x30 && next <= 0x39) || isCnNumeralCode(next)) && DATE_AFTER.test((rest ??= t.slice(endText, restEnd)))) kind = 'date';
      else if (endText < t.length && opensSince(t.charCodeAt(endText)) && SINCE_AFTER.test((rest ??= t.slice(endText, restEnd)))) kind = 'since';

      const inHeading = section !== undefined && start >= section.headingSpan.start && end <= section.headingSpan.end;
      const where = titleBlocks.has(b.index) ? 'title' : inHeading ? 'heading' : 'body';

      // the sentence (or heading) the mention sits in: the last sentence end before it, each character looked at once per block
      for (let k = at - 1; k >= scanned; k--) {
        if (isSentenceEnd(t.charCodeAt(k))) {
          sentenceStart = k + 1;
          break;
        }
      }
      scanned = Math.max(scanned, at);
      let prefix = at - sentenceStart > BEFORE ? undefined : t.slice(sentenceStart, at);
      if (prefix !== undefined && sentenceStart === 0) {
        const num = matchNumbering(prefix.trimStart());
        if (num) prefix = prefix.trimStart().slice(num.length);
      }
      // up to the sentence end, at most AFTER characters
      let stop = endText;
      while (stop < restEnd && stop < endText + AFTER && !isSentenceEnd(t.charCodeAt(stop))) stop++;
      const after = t.slice(endText, stop);

      out.push({
        year,
        raw: m[0],
        kind,
        range,
        where,
        block: b.index,
        section: where === 'heading' ? section : undefined,
        cited: cited(start, end),
        opens: prefix !== undefined && OPENER.test(prefix.trim()),
        before: (prefix ?? head ?? t.slice(headStart, at)).trim().slice(-30),
        after,
        start,
        end,
      });
    }
  }
  return out;
}

/** Whether [start, end) lies in a title in 《》, for spans given in document order. */
export function titleSweeper(titles: readonly Title[]): (start: number, end: number) => boolean {
  let i = 0;
  return (start, end) => {
    while (i < titles.length && titles[i].end <= start) i++;
    return i < titles.length && titles[i].start <= start && end <= titles[i].end;
  };
}

/** Whether a mention speaks of year `y`: the year itself, or a range that includes it. */
export function namesYear(m: YearMention, y: number): boolean {
  if (m.kind === 'range' && m.range) return m.range[0] <= y && y <= m.range[1];
  return m.year === y;
}
