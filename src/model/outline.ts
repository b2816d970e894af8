import type { Block, Item, NumberingKind, Section, Sentence, Span } from './types.js';
import { cnSmallToInt } from './numerals.js';

/**
 * Outline numbering of GB/T 9704-2012: 一、 → （一） → 1. → （1）.
 * Brackets may be full- or half-width, dots full- or half-width.
 * Arabic numbering must not swallow decimals (3.45亿) or years (2024.); a year right after the dot (4.2024年…) is text.
 */
const NUMBERING: { kind: Exclude<NumberingKind, 'markdown'>; rank: number; re: RegExp }[] = [
  { kind: 'cn', rank: 1, re: /^([一二三四五六七八九十]{1,3})\s*[、．.]\s*/ },
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

export function matchNumbering(text: string): Numbering | undefined {
  for (const { kind, rank, re } of NUMBERING) {
    const m = re.exec(text);
    if (!m) continue;
    const label = m[1];
    const number = kind === 'cn' || kind === 'paren-cn' ? cnSmallToInt(label) : Number(label);
    if (!Number.isFinite(number) || number === 0) continue;
    return { kind, rank, label, number, length: m[0].length, markerLength: m[0].trimEnd().length };
  }
  return undefined;
}

/** Sentence ends: 。！？ and their half-width forms; closing quotes stay with their sentence. */
const SENTENCE_END = /[。！？!?]+[”’」』)）]*/g;

/** Up to and excluding the first sentence end, or the whole text. */
function leadLength(text: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  const m = SENTENCE_END.exec(text);
  return m ? m.index - from : text.length - from;
}

/** A heading that is a whole line is usually short; a long run-on line without 。 is body text. */
const MAX_HEADING = 120;

type ToSource = (b: Block, i: number) => number;

export function buildOutline(blocks: Block[], body: Block[], toSource: ToSource): Section[] {
  const sections: Section[] = [];
  // Unnumbered Markdown headings rank by depth relative to the shallowest one in the body
  const mdDepths = body.filter((b) => b.kind === 'heading' && b.depth).map((b) => b.depth as number);
  const minDepth = mdDepths.length ? Math.min(...mdDepths) : 1;

  for (const b of body) {
    const num = matchNumbering(b.text);
    let section: Section | undefined;
    if (num) {
      const lead = leadLength(b.text, num.length);
      if (b.kind !== 'heading' && lead > MAX_HEADING) continue;
      const headEnd = num.length + lead;
      const heading = b.text.slice(num.length, headEnd).trim();
      section = newSection(b, num.kind, num.rank, num.label, num.number, { start: toSource(b, 0), end: toSource(b, num.markerLength) }, heading, {
        start: toSource(b, num.length),
        end: toSource(b, num.length + heading.length),
      }, b.text.slice(headEnd).replace(/^[。！？!?”’」』)）]+/, '').trim().length > 0);
    } else if (b.listNumber !== undefined) {
      const lead = leadLength(b.text, 0);
      if (lead > MAX_HEADING) continue;
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
    if (section) sections.push(section);
  }

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
  return sections;
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
 * punctuation or a space, so 统一是 or 唯一是 in running text are not items.
 */
const ITEM = /(^|[。；;：:！？!?，,、\s”）)])([一二三四五六七八九十]{1,3})是(?![否非的])/g;

export function findItems(body: Block[], toSource: ToSource, sectionAt: (offset: number) => Section | undefined): Item[] {
  const items: Item[] = [];
  let group = 0;
  let prevBlockEndedInItems = -2;
  for (const b of body) {
    const text = b.text;
    ITEM.lastIndex = 0;
    const found: { label: string; number: number; at: number; len: number }[] = [];
    for (let m = ITEM.exec(text); m; m = ITEM.exec(text)) {
      const number = cnSmallToInt(m[2]);
      if (!Number.isFinite(number) || number === 0) continue;
      const at = m.index + m[1].length;
      found.push({ label: m[2], number, at, len: m[2].length + 1 });
    }
    if (!found.length) {
      prevBlockEndedInItems = -2;
      continue;
    }
    // a list that continues paragraph by paragraph (each opening with N是) is one group
    const opensBlock = found[0].at === 0 || /^\s*$/.test(text.slice(0, found[0].at));
    if (!(opensBlock && prevBlockEndedInItems === b.index - 1 && found[0].number !== 1)) group++;
    found.forEach((f, i) => {
      const endText = i + 1 < found.length ? found[i + 1].at : text.length;
      const leadStart = f.at + f.len;
      const leadLen = Math.min(leadLength(text, leadStart), endText - leadStart);
      const lead = text.slice(leadStart, leadStart + leadLen);
      const start = toSource(b, f.at);
      items.push({
        number: f.number,
        label: f.label,
        block: b.index,
        marker: { start, end: toSource(b, f.at + f.len) },
        lead,
        leadSpan: { start: toSource(b, leadStart), end: toSource(b, leadStart + leadLen) },
        span: { start, end: toSource(b, endText) },
        group,
        section: sectionAt(start),
      });
    });
    prevBlockEndedInItems = b.index;
  }
  return items;
}

export function splitSentences(body: Block[], toSource: ToSource): Sentence[] {
  const out: Sentence[] = [];
  for (const b of body) {
    const text = b.text;
    let from = 0;
    SENTENCE_END.lastIndex = 0;
    const push = (s: number, e: number): void => {
      // trim whitespace on both sides
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      if (e > s) out.push({ text: text.slice(s, e), block: b.index, textStart: s, start: toSource(b, s), end: toSource(b, e) });
    };
    for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
      const end = m.index + m[0].length;
      push(from, end);
      from = end;
    }
    push(from, text.length);
  }
  return out;
}
