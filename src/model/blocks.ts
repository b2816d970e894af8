import type { Root, Nodes, Parent } from 'mdast';
import type { Block, Segment } from './types.js';
import { isSpaceCode } from './char-codes.js';
import { matchNumbering } from './outline.js';
import { cnSmallToInt } from './numerals.js';
import { isWideCodePoint } from '../parse/width.js';

/**
 * mdast → blocks: every heading, paragraph and table cell becomes one Block
 * whose text is what a reader sees, with segments mapping it back to the source.
 */
export function collectBlocks(tree: Root): Block[] {
  const blocks: Block[] = [];

  const visit = (node: Nodes, listNumber?: number): void => {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
      case 'tableCell': {
        const b = makeBlock(node, blocks.length, node.type === 'heading' ? node.depth : undefined);
        if (b) {
          if (listNumber !== undefined) b.listNumber = listNumber;
          if (node.type !== 'paragraph') blocks.push(b);
          // (a run of headings holds 二、: a cheap test before the scan, which most long paragraphs never need)
          else if (b.text.length >= RUN_ON_MIN && b.text.indexOf('二、') !== -1) for (const piece of splitRunOn(b)) pushParagraph(blocks, piece);
          else pushParagraph(blocks, b);
        }
        return;
      }
      case 'list': {
        let n = node.start ?? 1;
        for (const item of node.children) {
          item.children.forEach((child, i) => visit(child as Nodes, node.ordered && i === 0 ? n : undefined));
          n++;
        }
        return;
      }
      case 'code':
      case 'html':
      case 'yaml' as string:
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) for (const child of (node as Parent).children) visit(child as Nodes);
    }
  };
  visit(tree);
  return blocks;
}

function pushParagraph(blocks: Block[], b: Block): void {
  if (b.text.indexOf('\n') === -1) blocks.push({ ...b, index: blocks.length });
  else for (const piece of splitAtNumberedLines(b)) blocks.push({ ...piece, index: blocks.length });
}

/** A paragraph at least this long may be a whole body whose line breaks were lost. */
const RUN_ON_MIN = 100;
/** The top-level marker a paragraph opens with (the run may go on from it). */
const RUN_ON_OPENING = /^\s*([一二三四五六七八九十]{1,2})、/;
/**
 * A top-level heading marker inside a paragraph, after a sentence's end (「…新成效。 二、存在的不足…」) or right after a
 * title's last word (「…建设情况报告一、主要举措和成效…」: the title glued to the body too).
 */
const RUN_ON_MARK = /(?:[。！？：:]|报告|总结)\s*([一二三四五六七八九十]{1,2})、/g;
/**
 * A report body flattened into one paragraph — a web page's whole text in one <p>, a copy from some viewers: 「…取得新成效。
 * 一、主要举措和成效 （一）… 二、…第一责任人职责情况 … 三、存在的不足和原因 …」. Its top-level headings run on after a
 * sentence's end, numbered in sequence; the paragraph is cut before each, as a reader sees the parts. Two markers in
 * sequence at least (一、 and 二、, or 二、 and 三、 after a paragraph opening with 一、): a 二、 alone inside a paragraph stays.
 */
function splitRunOn(b: Block): Block[] {
  const text = b.text;
  const found: { at: number; n: number }[] = [];
  RUN_ON_MARK.lastIndex = 0;
  for (let m = RUN_ON_MARK.exec(text); m; m = RUN_ON_MARK.exec(text)) found.push({ at: m.index + m[0].length - m[1].length - 1, n: cnSmallToInt(m[1]) });
  if (found.length < 2) return [b];
  // the longest run of markers numbered in sequence (n, n+1, …), starting at 一 or after a paragraph that opens with n−1
  const opening = RUN_ON_OPENING.exec(text);
  const openN = opening ? cnSmallToInt(opening[1]) : 0;
  let best: typeof found = [];
  for (let i = 0; i < found.length; i++) {
    if (found[i].n !== 1 && found[i].n !== openN + 1) continue;
    const run = [found[i]];
    for (let j = i + 1; j < found.length; j++) if (found[j].n === run[run.length - 1].n + 1) run.push(found[j]);
    if (run.length > best.length) best = run;
  }
  if (best.length < 2 && !(best.length === 1 && openN > 0)) return [b];
  const out: Block[] = [];
  let from = 0;
  for (const cut of [...best.map((x) => x.at), text.length]) {
    const piece = slicedBlock(b, from, cut);
    if (piece) out.push(from > 0 || openN > 0 ? { ...piece, runOn: true } : piece);
    from = cut;
  }
  return out;
}

/** A line that can only be a report's title: short, no punctuation, ending in 报告/总结/汇报. */
const TITLE_LINE = /^[^，。；：,;:！？!?\n]{4,40}(?:报告|总结|汇报)$/;

/**
 * A Markdown paragraph whose lines each open with a number — bold run-in headings written one under the other without
 * a blank line (「**（一）…。**全年…」 / 「**（二）…。**局党组…」) — is one block per numbered line, as a reader sees them.
 */
function splitAtNumberedLines(b: Block): Block[] {
  const text = b.text;
  const cuts: number[] = [];
  const first = text.indexOf('\n');
  if (first > 0 && TITLE_LINE.test(text.slice(0, first))) cuts.push(first);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    let j = i + 1;
    while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++;
    if (i === first && cuts.length) continue;
    // a line that opens with an outline number (（二）, 二、, 2., 第二部分), as the outline reads one
    const end = text.indexOf('\n', j);
    if (matchNumbering(text.slice(j, end === -1 ? text.length : end)) !== undefined) cuts.push(i);
  }
  if (!cuts.length) return [b];
  const out: Block[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    const piece = slicedBlock(b, from, cut);
    if (piece) out.push(piece);
    from = cut + 1;
  }
  if (b.listNumber !== undefined && out.length) {
    for (const p of out) delete p.listNumber;
    out[0].listNumber = b.listNumber;
  }
  return out;
}

/** The block's text [from, to) as a block of its own (undefined when it is blank). */
function slicedBlock(b: Block, from: number, to: number): Block | undefined {
  let lead = from;
  while (lead < to && isSpaceCode(b.text.charCodeAt(lead))) lead++;
  if (lead === to) return undefined;
  const segments: Segment[] = [];
  for (const s of b.segments) {
    const a = Math.max(s.text, from);
    const z = s.length === 0 ? s.text : Math.min(s.text + s.length, to);
    if (s.length === 0 ? s.text < from || s.text >= to : z <= a) continue;
    segments.push({ text: a - from, source: s.source + (a - s.text), length: s.length === 0 ? 0 : z - a });
  }
  return { ...b, text: b.text.slice(from, to), segments, start: blockToSource(b, lead), end: blockToSource(b, to) };
}

/** A block's text and segments as they are gathered from its inline nodes. */
interface Draft {
  text: string;
  segments: Segment[];
}

function addText(d: Draft, value: string, start: number | undefined, end: number | undefined): void {
  if (!value) return;
  // a line break inside Chinese text (a wrapped Markdown line: 「…；二」/「是规范…」) is not read as a character
  if (value.indexOf('\n') !== -1 && start !== undefined && end !== undefined && end - start === value.length) {
    let from = 0;
    const paragraphStart = d.text.length === 0;
    let line = 0;
    for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) {
      line++;
      const cr = value.charCodeAt(i - 1) === 13 ? 1 : 0; // CRLF: the break is both characters
      if (!joinsAcrossBreak(value.charCodeAt(i - 1 - cr), value.charCodeAt(i + 1))) continue;
      // a line that opens with an outline number (「（二）完善…」 under 「（一）…。」, no blank line between: a web page
      // pasted as Markdown) is no wrapped line: the break is kept and the block split there (splitAtNumberedLines)
      if (opensNumberedLine(value, i + 1)) continue;
      // the paragraph's first line is a title (「红岭镇2023年法治政府建设年度报告」 with the opening right under it, no blank
      // line between), or its first two lines are (「大河乡人民政府」 / 「关于法治政府建设的情况报告」): kept apart, the block is
      // split there (splitAtNumberedLines)
      if (paragraphStart && line <= 2 && TITLE_LINE.test(d.text + value.slice(from, i - cr))) {
        if (from === 0) continue;
        // the title's second line, and the break after it as it is (the rest is read on its own)
        addText(d, value.slice(from, i - cr), start + from, start + i - cr);
        addText(d, value.slice(i - cr, i + 1), start + i - cr, start + i + 1);
        from = i + 1;
        continue;
      }
      addText(d, value.slice(from, i - cr), start + from, start + i - cr);
      from = i + 1;
    }
    if (from > 0) {
      addText(d, value.slice(from), start + from, end);
      return;
    }
  }
  // zero-width characters (a web page's U+200B, a Word copy's joiners, a stray BOM) split words and figures (2​026年,
  // 2105​件) without showing: not read as characters
  if (start !== undefined && end !== undefined && end - start === value.length && ZERO_WIDTH.test(value)) {
    let from = 0;
    for (let i = 0; i < value.length; i++) {
      if (!isZeroWidth(value.charCodeAt(i))) continue;
      if (i > from) addText(d, value.slice(from, i), start + from, start + i);
      from = i + 1;
    }
    if (from < value.length) addText(d, value.slice(from), start + from, end);
    return;
  }
  if (start !== undefined && end !== undefined && end - start === value.length) {
    d.segments.push({ text: d.text.length, source: start, length: value.length });
  } else if (start !== undefined) {
    // escapes or entities: the value differs from the source; map its start only
    d.segments.push({ text: d.text.length, source: start, length: 0 });
  }
  d.text += value;
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;

function isZeroWidth(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** Does the line that starts at value[at] open with an outline number (（二）, 二、, 2., 第二部分), past its indent? */
function opensNumberedLine(value: string, at: number): boolean {
  let j = at;
  while (j < value.length && isSpaceCode(value.charCodeAt(j))) j++;
  const end = value.indexOf('\n', j);
  return matchNumbering(value.slice(j, end === -1 ? value.length : end)) !== undefined;
}

/** Whether the characters either side of a soft line break run on without it: Chinese text, or a number cut in two. */
function joinsAcrossBreak(before: number, after: number): boolean {
  if (Number.isNaN(before) || Number.isNaN(after)) return false;
  const digit = (c: number) => c >= 48 && c <= 57;
  return wideUnit(before) || wideUnit(after) || (digit(before) && digit(after));
}

/** A code unit of a wide character; either half of a surrogate pair counts (the astral ideographs). */
function wideUnit(c: number): boolean {
  return isWideCodePoint(c) || (c >= 0xd800 && c <= 0xdfff);
}

function addInline(d: Draft, n: Nodes): void {
  const p = n.position;
  if (n.type === 'text' || n.type === 'inlineCode') {
    const v = n.value;
    if (n.type === 'inlineCode' && p) {
      // `code`: the value sits inside the backticks
      const srcLen = (p.end.offset ?? 0) - (p.start.offset ?? 0);
      const tick = Math.max(0, Math.floor((srcLen - v.length) / 2));
      addText(d, v, (p.start.offset ?? 0) + tick, (p.start.offset ?? 0) + tick + v.length);
    } else {
      addText(d, v, p?.start.offset, p?.end.offset);
    }
  } else if (n.type === 'break') {
    addText(d, '\n', p?.start.offset, p?.start.offset !== undefined ? p.start.offset + 1 : undefined);
  } else if ('children' in n) {
    for (const c of (n as Parent).children) addInline(d, c as Nodes);
  }
}

function makeBlock(node: Nodes & Parent, index: number, depth: number | undefined): Block | undefined {
  const d: Draft = { text: '', segments: [] };
  for (const c of node.children) addInline(d, c as Nodes);
  const { text, segments } = d;
  // leading spaces (String#trim's and \s's are one set), read without making the trimmed copies
  let trimmedStart = 0;
  while (trimmedStart < text.length && isSpaceCode(text.charCodeAt(trimmedStart))) trimmedStart++;
  if (trimmedStart === text.length) return undefined;
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const block: Block = {
    index,
    kind: node.type === 'heading' ? 'heading' : 'paragraph',
    text,
    segments,
    start,
    end,
    furniture: false,
    node,
  };
  if (depth !== undefined) block.depth = depth;
  if (trimmedStart > 0) block.start = blockToSource(block, trimmedStart);
  return block;
}

/** Map an offset in a block's text to a source offset. */
export function blockToSource(block: Block, textOffset: number): number {
  const segs = block.segments;
  if (segs.length === 0) return block.start;
  // most blocks of plain text are one segment
  if (segs.length === 1) return segs[0].source + Math.min(Math.max(textOffset - segs[0].text, 0), segs[0].length);
  // binary search for the last segment starting at or before textOffset
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].text <= textOffset) lo = mid;
    else hi = mid - 1;
  }
  const s = segs[lo];
  const within = Math.min(Math.max(textOffset - s.text, 0), s.length);
  return s.source + within;
}
