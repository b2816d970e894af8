import { unifyRadicals } from './radicals.js';
import { tocLines } from './toc.js';

/**
 * The layout step shared by the PDF and OFD readers. Their text comes as positioned runs on a
 * page, not as paragraphs: this step groups the runs into visual lines, drops the page furniture
 * of a 公文 (page numbers 「— 3 —」「-3-」「第3页」, running heads repeated on every page), and
 * rebuilds paragraphs from the geometry (first-line indent, a short last line, a wider gap, a
 * change of type size). It also repairs what extraction gets wrong: CJK radical code points
 * become unified ideographs (radicals.ts) and the spaces some producers put between digits and
 * Chinese (「2024 年」) go.
 *
 * The result is a text with one paragraph per line (as for Word) and a map from each paragraph's
 * characters back to the page and the visual line they were printed on.
 */

/** A run of text at a position. y grows downwards from the top of the page; x, y, w in page units. */
export interface LayoutRun {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  w: number;
  /** Type size (em), in the same units. */
  size: number;
}

export interface LayoutPage {
  width: number;
  height: number;
  runs: LayoutRun[];
}

/** Where the characters of one paragraph (one line of the laid-out text) were printed. */
export interface PlacedSegment {
  /** Offset in the paragraph's text where this visual line starts. */
  start: number;
  /** 1-based page number. */
  page: number;
  /** 1-based line on the page, counting the body lines (running heads and page numbers are not counted). */
  line: number;
}

export interface LaidOut {
  /** One paragraph per line. */
  text: string;
  /** For line N of `text` (index N-1), its visual lines in order. */
  placement: PlacedSegment[][];
  /** Pages read. */
  pages: number;
  /** Body lines kept; 0 means the document has no text layer. */
  lines: number;
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  page: number;
  /** Line number among the page's body lines, set after furniture is dropped. */
  no: number;
  /** The line opens with a raised note marker (a footnote's own text at the foot of the page). */
  note?: boolean;
}

const LATIN = /[A-Za-z]/;

/** A footnote mark as its own run: 「1」「12」「*」「[3]」「①」. */
const NOTE_MARK = /^\s*(?:[0-9]{1,3}|[*＊†‡]|\[[0-9]{1,3}\]|[\u2460-\u2473])\s*$/;

/**
 * Footnote marks set raised and smaller beside the text: a reference after a word of the body (「代办点。¹」) or
 * the mark opening a footnote at the foot of the page. Grouped by baseline they would be a line of their own
 * between two lines of a paragraph, cutting it (an unpaired 「（」 and 「）」 either side). A run counts when it is
 * only a mark, at most four fifths the size of a run it touches on the left or the right, its baseline raised
 * by 0.15–0.8 of that run's size. Returns the marks, and the runs that a mark opens (the footnotes' first runs).
 */
function noteMarks(runs: LayoutRun[]): { marks: Set<LayoutRun>; opens: Set<LayoutRun> } {
  const marks = new Set<LayoutRun>();
  const opens = new Set<LayoutRun>();
  for (const r of runs) {
    if (!NOTE_MARK.test(r.text)) continue;
    for (const s of runs) {
      if (s === r || s.size * 0.8 < r.size || !s.text.trim() || NOTE_MARK.test(s.text)) continue;
      const rise = s.y - r.y;
      if (rise < s.size * 0.15 || rise > s.size * 0.8) continue;
      const after = s.x - (r.x + r.w);
      const before = r.x - (s.x + s.w);
      if (after > -s.size * 0.3 && after < s.size) {
        marks.add(r);
        opens.add(s);
        break;
      }
      if (before > -s.size * 0.3 && before < s.size) {
        marks.add(r);
        break;
      }
    }
  }
  // a mark with text on its left is a reference in the text, not the opening of a footnote
  for (const s of [...opens]) if (runs.some((o) => o !== s && !marks.has(o) && Math.abs(o.y - s.y) < s.size * 0.35 && o.x < s.x && o.text.trim())) opens.delete(s);
  return { marks, opens };
}

/** Runs → visual lines of one page, top to bottom, each sorted left to right. */
function linesOf(page: LayoutPage, pageNo: number): Line[] {
  const shown = page.runs.filter((r) => r.text.length > 0 && r.text.trim() !== '' ? true : r.text === ' ');
  const { marks, opens } = noteMarks(shown);
  const runs = marks.size ? shown.filter((r) => !marks.has(r)) : shown;
  runs.sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: LayoutRun[][] = [];
  for (const r of runs) {
    const g = groups[groups.length - 1];
    // same line: baselines within a third of the type size
    if (g && Math.abs(g[0].y - r.y) <= Math.max(g[0].size, r.size) * 0.35) g.push(r);
    else groups.push([r]);
  }
  const out: Line[] = [];
  for (const g of groups) {
    g.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    let size = 0;
    for (const r of g) {
      // a gap wider than a third of an em between two runs is a space the producer did not write
      if (text && r.x - end > r.size * 0.33 && !/\s$/.test(text) && !/^\s/.test(r.text)) text += ' ';
      text += r.text;
      end = Math.max(end, r.x + r.w);
      if (r.text.trim()) size = Math.max(size, r.size);
    }
    const trimmed = text.replace(/\s+$/, '');
    const lead = text.length - text.trimStart().length;
    if (!trimmed.trim()) continue;
    const first = g.find((r) => r.text.trim()) ?? g[0];
    out.push({ text: repair(trimmed.slice(lead)), x0: first.x, x1: end, y: g[0].y, size, page: pageNo, no: 0, ...(opens.has(first) ? { note: true } : {}) });
  }
  return out;
}

const DIGIT_SPACE_CJK = /([0-9０-９%％])[ \u00a0]+(?=[\u3400-\u9fff])|([\u3400-\u9fff])[ \u00a0]+(?=[0-9０-９])/g;

/** Radicals → ideographs, and no space between a digit and a Chinese character. */
export function repair(text: string): string {
  return unifyRadicals(text).replace(DIGIT_SPACE_CJK, (_, d: string | undefined, c: string | undefined) => d ?? c ?? '');
}

const DASHES = '\\-‐‑‒–—―－−~～';
/** A line that is only a page number: 「— 3 —」「-3-」「3」「第3页」「第 3 页 共 16 页」「3/16」「Page 3 of 16」. */
const PAGE_NUMBER = new RegExp(
  `^(?:[${DASHES}\\s]*[0-9０-９]{1,4}[${DASHES}\\s]*|第\\s*[0-9]{1,4}\\s*页(?:\\s*[,，/／]?\\s*共\\s*[0-9]{1,4}\\s*页)?|[0-9]{1,4}\\s*[/／]\\s*[0-9]{1,4}|(?:page\\s*)?[0-9]{1,4}\\s*of\\s*[0-9]{1,4})$`,
  'i',
);

/** A line's text with its numbers blanked, to recognise a running head that carries the page number. */
const shape = (s: string) => s.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '');

/**
 * Page furniture: a page number in the top or bottom band of a page; a line in those bands whose
 * shape repeats on at least half of the pages (and two or more). Body text never repeats that way.
 */
function dropFurniture(pages: Line[][], heights: number[]): Line[][] {
  const band = (l: Line, i: number) => l.y < heights[i] * 0.12 || l.y > heights[i] * 0.88;
  const edge = (ls: Line[], l: Line, i: number) => band(l, i) || l === ls[0] || l === ls[ls.length - 1];
  const counts = new Map<string, number>();
  pages.forEach((ls, i) => {
    const seen = new Set<string>();
    for (const l of ls) if (band(l, i)) seen.add(shape(l.text));
    for (const s of seen) counts.set(s, (counts.get(s) ?? 0) + 1);
  });
  const repeated = (s: string) => pages.length >= 2 && (counts.get(s) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((ls, i) => ls.filter((l) => !(edge(ls, l, i) && PAGE_NUMBER.test(l.text.trim())) && !(band(l, i) && repeated(shape(l.text)))));
}

/** A page's lines less its footnotes: from a line opened by a note mark in the lower part of the page, to the page's end. */
function withoutFootnotes(ls: Line[], height: number): Line[] {
  const at = ls.findIndex((l) => l.note && l.y > height * 0.6);
  return at > 0 ? ls.slice(0, at) : ls;
}

/** A page's lines less its table-of-contents entries (「一、……主要举措和成效……3」, toc.ts): navigation, not text. */
function withoutToc(ls: Line[]): Line[] {
  const toc = tocLines(ls.map((l) => l.text));
  return toc.size ? ls.filter((_, i) => !toc.has(i)) : ls;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  let best = values[0] ?? 0;
  let n = 0;
  for (const v of values) {
    const k = Math.round(v);
    const c = (counts.get(k) ?? 0) + 1;
    counts.set(k, c);
    if (c > n || (c === n && k < best)) {
      best = k;
      n = c;
    }
  }
  return best;
}

/** The end of a sentence at the end of a line: 。！？；： (a closing quote or bracket may follow). */
const SENTENCE_END = /[。！？；：!?;:][”’」』）)】〕]*$/;
/**
 * A line that starts with a heading number: 一、 （一） (一) 第一部分/章/节 1. 1、 1．（1） — not 一是 (run-in items
 * go on in the text) and not a number that goes on (1.5万).
 */
const HEADING_MARKER = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}(?:部分|章|节)|[0-9]{1,2}[、．.](?![0-9])|[（(][0-9]{1,2}[）)])/;
/** Latin letters, digits and what goes with them: a token a line break does not split (91.6%, 2024, ISO9001). */
const UNBREAKABLE = /^[0-9A-Za-z０-９.．%％‰,:/+\-]+/;

/**
 * A line left short because the token that starts the next one did not fit in the rest of it (「受理率」 then
 * 「91.6%」 on the next line): not a paragraph end. Only a line that does not end a sentence; the token's width
 * is estimated at half an em a character (the Latin glyphs of 公文 fonts), with half an em to spare.
 */
function tokenDidNotFit(prev: Line, l: Line, right: number): boolean {
  if (SENTENCE_END.test(prev.text)) return false;
  const token = UNBREAKABLE.exec(l.text);
  if (!token) return false;
  const em = l.size || prev.size;
  return right - prev.x1 < (token[0].length * 0.5 + 0.5) * em;
}

/** Lay out pages of runs as paragraphs. */
export function layOutPages(pages: LayoutPage[]): LaidOut {
  const kept = dropFurniture(
    pages.map((p, i) => linesOf(p, i + 1)),
    pages.map((p) => p.height),
  ).map((ls, i) => withoutToc(withoutFootnotes(ls, pages[i].height)));
  for (const ls of kept) ls.forEach((l, i) => (l.no = i + 1));
  const all = kept.flat();
  if (!all.length) return { text: '', placement: [], pages: pages.length, lines: 0 };

  // the text block: body size, left edge, right edge and line pitch, as most lines have them
  const body = mode(all.map((l) => l.size));
  const bodyLines = all.filter((l) => Math.abs(l.size - body) < 1);
  const left = mode(bodyLines.map((l) => l.x0));
  const rights = bodyLines.map((l) => l.x1).sort((a, b) => a - b);
  let right = rights[Math.floor(rights.length * 0.9)] ?? rights[rights.length - 1];
  // too few lines to find the right edge of the text block: take the margins as symmetric
  if (bodyLines.length < 6) right = Math.max(right, (pages[0]?.width ?? 0) - left);
  const pitches: number[] = [];
  for (let i = 1; i < all.length; i++) if (all[i].page === all[i - 1].page) pitches.push(all[i].y - all[i - 1].y);
  const pitch = mode(pitches.filter((p) => p > 0)) || body * 1.5;

  const shortLine = (l: Line, em: number) => l.x1 < right - Math.max(l.size, em) * 1.5;
  const isIndented = (l: Line) => l.x0 > left + (l.size || body) * 0.8;
  // How this document starts paragraphs: where nearly every line after a short one is indented (a 公文), a
  // line that is not indented continues the paragraph unless the line before ends before mid-width — a
  // number or a Latin word too long for the rest of a line leaves it short without ending the paragraph
  let afterShort = 0;
  let indentedAfterShort = 0;
  for (let i = 1; i < all.length; i++) {
    if (!shortLine(all[i - 1], all[i].size || body)) continue;
    afterShort++;
    if (isIndented(all[i])) indentedAfterShort++;
  }
  const byIndent = afterShort >= 5 && indentedAfterShort >= afterShort * 0.8;

  // A numbered heading set without indent after a paragraph that ends in a full or nearly full line (公文 一级标题
  // in 黑体 at the body size, flush left): a marker line after a sentence's end, heading-length — the line is short,
  // the next starts a paragraph, or the next is the short end of a heading over two lines
  const headingLength = (i: number) => {
    const l = all[i];
    const next = all[i + 1];
    if (!next || shortLine(l, l.size || body) || isIndented(next) || Math.abs(next.size - l.size) > body * 0.1) return true;
    const after = all[i + 2];
    return shortLine(next, next.size || body) && (!after || isIndented(after) || shortLine(after, after.size || body) || HEADING_MARKER.test(after.text));
  };

  const paragraphs: { text: string; segs: PlacedSegment[] }[] = [];
  let prev: Line | undefined;
  all.forEach((l, i) => {
    const em = l.size || body;
    const indented = isIndented(l);
    const heading = l.size > body * 1.15;
    let starts = !prev;
    if (prev) {
      const samePage = prev.page === l.page;
      const prevShort = shortLine(prev, em) && (!byIndent || prev.x1 < left + (right - left) / 2) && !tokenDidNotFit(prev, l, right);
      const pitchHere = heading ? Math.max(pitch, l.size * 1.25) : pitch;
      const gap = samePage && l.y - prev.y > pitchHere * 1.6;
      const sizeChange = Math.abs(prev.size - l.size) > body * 0.1;
      // a title set larger than the body wraps onto centred lines (further apart than body lines): those continue it
      const titleGoesOn = heading && !sizeChange && samePage && !gap;
      const headingAfterSentence = !indented && SENTENCE_END.test(prev.text) && HEADING_MARKER.test(l.text) && headingLength(i);
      // a centred or right-aligned line (an issuer, a 落款 date) ends its paragraph when the next line is flush left
      const afterAligned = prev.x0 > left + (right - left) * 0.25 && l.x0 < left + (right - left) * 0.25;
      starts = titleGoesOn ? false : indented || prevShort || gap || sizeChange || headingAfterSentence || afterAligned;
    }
    if (starts) paragraphs.push({ text: '', segs: [] });
    const p = paragraphs[paragraphs.length - 1];
    // two Latin words broken across lines keep a space between them
    if (p.text && LATIN.test(p.text[p.text.length - 1]) && LATIN.test(l.text[0])) p.text += ' ';
    p.segs.push({ start: p.text.length, page: l.page, line: l.no });
    p.text += l.text;
    prev = l;
  });
  return {
    text: paragraphs.map((p) => p.text).join('\n'),
    placement: paragraphs.map((p) => p.segs),
    pages: pages.length,
    lines: all.length,
  };
}

/** A position in the laid-out text (1-based line = paragraph, 1-based column) → page, line on the page, column. */
export function pagePosition(placement: PlacedSegment[][], line: number, column: number): { page: number; line: number; column: number } {
  const segs = placement[line - 1];
  if (!segs?.length) return { page: 1, line: 1, column };
  let seg = segs[0];
  for (const s of segs) if (s.start <= column - 1) seg = s;
  return { page: seg.page, line: seg.line, column: column - seg.start };
}
