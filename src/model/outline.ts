import type { Block, Item, NumberingKind, Section, Sentence, Span } from './types.js';
import { cnSmallToInt } from './numerals.js';
import { allSpace, isCnNumeralCode, isSentenceCloserCode, isSentenceEndCode, isSpaceCode } from './char-codes.js';

/**
 * Outline numbering of GB/T 9704-2012: 一、 → （一） → 1. → （1）.
 * Brackets may be full- or half-width, dots full- or half-width.
 * Arabic numbering must not swallow decimals (3.45亿) or years (2024.); a year right after the dot (4.2024年…) is text.
 */
const NUMBERING: { kind: Exclude<NumberingKind, 'markdown'>; rank: number; re: RegExp }[] = [
  // (a comma typed for the 、 — 「一，党政主要负责人…」 — still numbers the heading: the punctuation rules name the slip)
  { kind: 'cn', rank: 1, re: /^([一二三四五六七八九十]{1,3})\s*[、．.，,]\s*/ },
  { kind: 'paren-cn', rank: 2, re: /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*[、．.]?\s*/ },
  // a dot before a digit is a decimal (3.45亿), except before a year (4.2024年工作安排: the number, then the year)
  { kind: 'arabic', rank: 3, re: /^(\d{1,2})\s*(?:[.．](?!\d)|[.．](?=(?:19|20)\d{2}\s*年)|、)\s*/ },
  { kind: 'paren-arabic', rank: 4, re: /^[（(]\s*(\d{1,2})\s*[）)]\s*[、．.]?\s*/ },
];

export interface Numbering {
  kind: Exclude<NumberingKind, 'markdown'>;
  rank: number;
  label: string;
  number: number;
  /** Length of the marker in the text, trailing spaces included. */
  length: number;
  /** Length of the marker proper, without trailing spaces. */
  markerLength: number;
}

/**
 * The value of a marker's numeral (一 → 1, 十二 → 12), remembered: markers are a handful of short strings
 * read tens of thousands of times over a corpus.
 */
const NUMERAL_VALUES = new Map<string, number>();
function smallNumeral(label: string): number {
  let n = NUMERAL_VALUES.get(label);
  if (n === undefined) {
    n = cnSmallToInt(label);
    // labels are at most three numerals (NUMBERING, items): at most a thousand or so entries
    if (label.length <= 3) NUMERAL_VALUES.set(label, n);
  }
  return n;
}

export function matchNumbering(text: string): Numbering | undefined {
  // the first character says which of the patterns can match (a line opening 一是 or 2023年 is ruled out before any)
  if (text.length === 0) return undefined; // (charCodeAt(0) of '' reads out of bounds: V8 drops optimised code)
  const c = text.charCodeAt(0);
  if (c === 0x7b2c) return partNumbering(text); // 第
  if (isCnNumeralCode(c)) return markAfterRun(text, isCnNumeralCode, 3) ? numbering(text, NUMBERING[0]) : undefined;
  if (c >= 0x30 && c <= 0x39) return markAfterRun(text, isDigitCode, 2) ? numbering(text, NUMBERING[2]) : undefined;
  if (c === 0xff08 || c === 0x28) return numbering(text, NUMBERING[1]) ?? numbering(text, NUMBERING[3]);
  return undefined;
}

function numbering(text: string, { kind, rank, re }: (typeof NUMBERING)[number]): Numbering | undefined {
  const m = re.exec(text);
  if (!m) return undefined;
  const label = m[1];
  // ordinals listed at a line's start are text, not a marker: 一、二季度…, 三、四月份, 二、三级医院, 1、2号楼,
  // （一）至（三）项 (but 一、二〇二四年… and 1.2024年… are markers before a year)
  const after = m[0].length;
  if (kind === 'cn' ? ORDINAL_CN.test(text.slice(after, after + 2)) : kind === 'arabic' ? ORDINAL_ARABIC.test(text.slice(after, after + 3)) : RANGE_AFTER.test(text.slice(after, after + 2))) return undefined;
  const number = kind === 'cn' || kind === 'paren-cn' ? smallNumeral(label) : Number(label);
  if (!Number.isFinite(number) || number === 0) return undefined;
  return { kind, rank, label, number, length: m[0].length, markerLength: m[0].trimEnd().length };
}

/**
 * 「第一部分 2024年推进法治政府建设的主要举措和成效」, 「第三部分：存在的不足」: a part above the 一、 level, on a line of its
 * own (short, no sentence end); 「第三部分的内容见附表」 is text.
 */
const PART = /^第([一二三四五六七八九十]{1,3})部分(?![的之中里])[\s　:：、．.]*/;
function partNumbering(text: string): Numbering | undefined {
  if (text.length > 60 || /[。；;！？!?]/.test(text)) return undefined;
  const m = PART.exec(text);
  if (!m) return undefined;
  const number = smallNumeral(m[1]);
  if (!Number.isFinite(number) || number === 0) return undefined;
  return { kind: 'part', rank: 0, label: m[1], number, length: m[0].length, markerLength: m[1].length + 3 }; // 第…部分
}

const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
/**
 * After 一、: another numeral (not a year's 二〇…) — 一、二季度, 三、四月份 — but not a number of things a heading
 * announces: 一、四项举措推动依法行政, 二、三个方面.
 */
const ORDINAL_CN = /^[一二三四五六七八九十](?![〇零○项个大条种方张支])/;
/** After 1、: another one- or two-digit number — 1、2号楼 (2024年 is a year). */
const ORDINAL_ARABIC = /^\d{1,2}(?!\d)/;
/** After （一）: a range or a list of markers — （一）至（三）项, （一）、（二）项. */
const RANGE_AFTER = /^(?:至|到|、|和|及|或|与)[（(]/;

/** Whether the text opens with at most `max` numerals and then (after spaces) 、．. : the one way 一、 and 1. markers go on. */
function markAfterRun(text: string, isNumeral: (c: number) => boolean, max: number): boolean {
  let i = 0;
  while (i < text.length && isNumeral(text.charCodeAt(i))) i++;
  if (i > max) return false;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return c === 0x3001 || c === 0xff0e || c === 0x2e || (isNumeral === isCnNumeralCode && (c === 0xff0c || c === 0x2c));
}

/** Up to and excluding the first sentence end at or after `from` (looked for before `to`), or the rest up to `to`. */
function leadLength(text: string, from: number, to = text.length): number {
  for (let i = from; i < to; i++) if (isSentenceEndCode(text.charCodeAt(i))) return i - from;
  return to - from;
}

/** How far a heading run into its text is read: to its first clause mark, at most 40 characters. */
function runOnLead(text: string, from: number): number {
  const to = Math.min(text.length, from + 40);
  for (let i = from; i < to; i++) if ('，,、；;：:'.includes(text[i])) return i - from;
  return to - from;
}

/** A heading that is a whole line is usually short; a long run-on line without 。 is body text. */
const MAX_HEADING = 120;

type ToSource = (b: Block, i: number) => number;

export function buildOutline(blocks: Block[], body: Block[], toSource: ToSource): Section[] {
  const sections: Section[] = [];
  // Unnumbered Markdown headings rank by depth relative to the shallowest one in the body
  let minDepth = Infinity;
  for (const b of body) if (b.kind === 'heading' && b.depth) minDepth = Math.min(minDepth, b.depth);
  if (minDepth === Infinity) minDepth = 1;

  // the loop over the blocks, making a section, and nesting them are functions of their own: V8 compiles the hot
  // loop apart from the rest (buildOutline runs once a report)
  for (const b of body) {
    const section = sectionOf(b, minDepth, toSource);
    if (section) sections.push(section);
  }
  nestSections(blocks, body, sections);
  return sections;
}

/** The section a body block starts, if it starts one. */
function sectionOf(b: Block, minDepth: number, toSource: ToSource): Section | undefined {
  const num = matchNumbering(b.text);
  let section: Section | undefined;
  if (num) {
    // a paragraph is read only as far as a heading may run
    let lead = leadLength(b.text, num.length, b.kind === 'heading' ? b.text.length : Math.min(b.text.length, num.length + MAX_HEADING + 1));
    // a heading run into its text on a page that lost its line breaks (「三、…职责情况县委、县政府主要负责同志…」): up to its
    // first clause mark, or as long as a heading runs
    if (b.kind !== 'heading' && lead > MAX_HEADING && b.runOn) lead = runOnLead(b.text, num.length);
    if (b.kind !== 'heading' && lead > MAX_HEADING) return undefined;
    const headEnd = num.length + lead;
    const heading = b.text.slice(num.length, headEnd).trim();
    section = newSection(b, num.kind, num.rank, num.label, num.number, { start: toSource(b, 0), end: toSource(b, num.markerLength) }, heading, {
      start: toSource(b, num.length),
      end: toSource(b, num.length + heading.length),
    }, hasTextAfter(b.text, headEnd));
  } else if (b.listNumber !== undefined) {
    const lead = leadLength(b.text, 0, Math.min(b.text.length, MAX_HEADING + 1));
    if (lead > MAX_HEADING) return undefined;
    const heading = b.text.slice(0, lead).trim();
    section = newSection(b, 'arabic', 3, String(b.listNumber), b.listNumber, { start: b.start, end: b.start }, heading, {
      start: toSource(b, 0),
      end: toSource(b, heading.length),
    }, b.text.length > lead + 1);
  } else if (b.kind === 'heading') {
    const heading = b.text.trim();
    section = newSection(b, 'markdown', (b.depth ?? 1) - minDepth + 1, '', 0, { start: b.start, end: b.start }, heading, {
      start: toSource(b, 0),
      end: toSource(b, heading.length),
    }, false);
  }
  return section;
}

/** Each section's parent, level and extent. */
function nestSections(blocks: Block[], body: Block[], sections: Section[]): void {
  // Nest: a section closes every open section of the same or a deeper rank
  const stack: Section[] = [];
  const roots: Section[] = [];
  for (const s of sections) {
    while (stack.length && stack[stack.length - 1].rank >= s.rank) stack.pop();
    const parent = stack[stack.length - 1];
    s.parent = parent;
    s.level = stack.length + 1;
    if (parent) parent.children.push(s);
    else roots.push(s);
    stack.push(s);
  }
  // Extents: up to the next section that is not a descendant, within the body blocks
  const lastBody = body.length ? body[body.length - 1].index + 1 : 0;
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    let end = lastBody;
    for (let j = i + 1; j < sections.length; j++) {
      if (sections[j].rank <= s.rank) {
        end = sections[j].firstBlock;
        break;
      }
    }
    // furniture after the report (上一篇…) is not part of the last section
    while (end > s.firstBlock + 1 && blocks[end - 1].furniture) end--;
    s.endBlock = end;
    s.span = { start: s.marker.start, end: blocks[end - 1].end };
  }
}

/** Whether text past `from` holds more than sentence ends, closing quotes and spaces (body text run on after a heading). */
function hasTextAfter(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && (isSentenceEndCode(text.charCodeAt(i)) || isSentenceCloserCode(text.charCodeAt(i)))) i++;
  return !allSpace(text, i, text.length);
}

function newSection(
  b: Block,
  kind: NumberingKind,
  rank: number,
  label: string,
  number: number,
  marker: Span,
  heading: string,
  headingSpan: Span,
  inline: boolean,
): Section {
  return {
    level: 1,
    rank,
    kind,
    label,
    number,
    marker,
    heading,
    headingSpan,
    inline,
    block: b.index,
    firstBlock: b.index,
    endBlock: b.index + 1,
    span: { start: marker.start, end: b.end },
    parent: undefined,
    children: [],
  };
}

/**
 * 一是…二是…三是… inside paragraphs. A marker must open the paragraph or follow
 * punctuation or a space, so 统一是 or 唯一是 in running text are not items:
 * `(^|[。；;：:！？!?，,、\s”）)])([一二三四五六七八九十]{1,3})是(?![否非的])`, read from each 是 backwards.
 */
function isItemBoundaryCode(c: number): boolean {
  switch (c) {
    case 0x3002: // 。
    case 0xff1b: // ；
    case 0x3b: // ;
    case 0xff1a: // ：
    case 0x3a: // :
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0x21: // !
    case 0x3f: // ?
    case 0xff0c: // ，
    case 0x2c: // ,
    case 0x3001: // 、
    case 0x201d: // ”
    case 0xff09: // ）
    case 0x29: // )
      return true;
    default:
      return isSpaceCode(c);
  }
}

/** 否, 非, 的 after 是: 是否, 是非, 是的 are not item markers. */
function isNotItemAfter(c: number): boolean {
  return c === 0x5426 || c === 0x975e || c === 0x7684;
}

export function findItems(body: Block[], toSource: ToSource, sectionAt: (offset: number) => Section | undefined): Item[] {
  const items: Item[] = [];
  let group = 0;
  let prevBlockEndedInItems = -2;
  for (const b of body) {
    const text = b.text;
    // the marker found last in this block: its item is pushed when the next marker (or the block's end) ends it
    let last = -1;
    let lastLabel = '';
    let lastNumber = 0;
    for (let p = text.indexOf('是'); p !== -1; p = text.indexOf('是', p + 1)) {
      // one to three numerals right before 是, after the start of the paragraph or a mark
      let at = p;
      while (at > 0 && p - at < 4 && isCnNumeralCode(text.charCodeAt(at - 1))) at--;
      const n = p - at;
      if (n === 0 || n > 3 || (at > 0 && !isItemBoundaryCode(text.charCodeAt(at - 1)))) continue;
      if (p + 1 < text.length && isNotItemAfter(text.charCodeAt(p + 1))) continue;
      const label = text.slice(at, p);
      const number = smallNumeral(label);
      if (!Number.isFinite(number) || number === 0) continue;
      if (last === -1) {
        // a list that continues paragraph by paragraph (each opening with N是) is one group
        const opensBlock = allSpace(text, 0, at);
        if (!(opensBlock && prevBlockEndedInItems === b.index - 1 && number !== 1)) group++;
      } else pushItem(items, b, lastLabel, lastNumber, last, at, group, toSource, sectionAt);
      last = at;
      lastLabel = label;
      lastNumber = number;
    }
    if (last === -1) {
      prevBlockEndedInItems = -2;
      continue;
    }
    pushItem(items, b, lastLabel, lastNumber, last, text.length, group, toSource, sectionAt);
    prevBlockEndedInItems = b.index;
  }
  return items;
}

/** The item whose marker (label and 是) starts at text offset `at` of the block and which runs to `endText`. */
function pushItem(
  items: Item[],
  b: Block,
  label: string,
  number: number,
  at: number,
  endText: number,
  group: number,
  toSource: ToSource,
  sectionAt: (offset: number) => Section | undefined,
): void {
  const text = b.text;
  const markerEnd = at + label.length + 1;
  const leadLen = leadLength(text, markerEnd, endText);
  const start = toSource(b, at);
  items.push({
    number,
    label,
    block: b.index,
    marker: { start, end: toSource(b, markerEnd) },
    lead: text.slice(markerEnd, markerEnd + leadLen),
    leadSpan: { start: toSource(b, markerEnd), end: toSource(b, markerEnd + leadLen) },
    span: { start, end: toSource(b, endText) },
    group,
    section: sectionAt(start),
  });
}

/** Sentence ends: 。！？ and their half-width forms; closing quotes stay with their sentence. */
const SENTENCE_END = /[。！？!?]+[”’」』)）]*/g;

export function splitSentences(body: Block[], toSource: ToSource): Sentence[] {
  const out: Sentence[] = [];
  for (const b of body) {
    const text = b.text;
    let from = 0;
    // a regular expression finds the ends: it scans a long paragraph faster than a loop over char codes; test()
    // leaves the end of each match in lastIndex without making a match array per sentence
    SENTENCE_END.lastIndex = 0;
    while (SENTENCE_END.test(text)) {
      const end = SENTENCE_END.lastIndex;
      pushSentence(out, b, from, end, toSource);
      from = end;
    }
    pushSentence(out, b, from, text.length, toSource);
  }
  return out;
}

/** The sentence b.text[s, e), spaces trimmed on both sides, unless nothing is left. */
function pushSentence(out: Sentence[], b: Block, s: number, e: number, toSource: ToSource): void {
  const text = b.text;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ text: text.slice(s, e), block: b.index, textStart: s, start: toSource(b, s), end: toSource(b, e) });
}
