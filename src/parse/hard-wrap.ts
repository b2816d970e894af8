import type { Paragraph } from 'mdast';
import { displayWidth } from './width.js';

/**
 * Text copied out of a PDF viewer (or saved from a fixed-width editor) breaks every line at the same width,
 * inside sentences, numbers and item markers: 「审结68」/「件，审结率91.9%」, 「…工作要点；二」/「是规范…」. Read
 * line by line, each piece would be a paragraph of its own: a total cut to its last digits (6/28件) is checked
 * against its parts, a marker 「二是」 goes missing. Such a document is recognised by its lines: most of them
 * end at one width and none runs far past it (a report written one paragraph per line has lines of every
 * length, many longer than any common width). There, a line that reaches the width and does not end a
 * sentence is continued by the next line when that line is not indented and does not start a heading or a
 * page's furniture; the paragraph keeps one text node per line (exact positions), read as one text.
 * A line that ends a sentence (。；：！？) is never joined: a paragraph cut in two is the old reading, a
 * paragraph glued to a heading would lose the heading.
 */
export function joinHardWraps(text: string, paragraphs: Paragraph[]): Paragraph[] {
  const n = paragraphs.length;
  if (n < 8) return paragraphs;
  // cheap first: a line of over 204 characters is wider than any wrap width (a report written one paragraph
  // per line has many), so most documents are ruled out without measuring a line
  let long = 0;
  for (const p of paragraphs) if (p.position!.end.offset! - p.position!.start.offset! > 204 && ++long > n * 0.05) return paragraphs;
  const widths = new Array<number>(n);
  const indented = new Array<boolean>(n);
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i].position!;
    const lineStart = p.start.offset! - (p.start.column - 1);
    widths[i] = displayWidth(text, lineStart, p.end.offset!);
    indented[i] = p.start.column > 1;
  }
  const width = wrapWidth(widths);
  if (width === undefined) return paragraphs;
  const out: Paragraph[] = [];
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i];
    const last = out[out.length - 1];
    if (last && continues(text, paragraphs[i - 1], widths[i - 1], width, p, indented[i])) {
      last.children.push(...p.children);
      last.position!.end = p.position!.end;
    } else {
      out.push(p);
    }
  }
  return out;
}

/** Ends a sentence or a clause that may end a paragraph: 。；：！？ (before closing quotes and brackets). */
const FINAL = new Set([...'。；：！？!?;:…']);
const CLOSERS = new Set([...'”’」』)）】》"\'']);
/** Starts a heading (一、 （一） 1. 第一部分) or a page's furniture (— 3 —, 第3页, - 3 -). */
const HEADING_START = /^(?:[（(]?[一二三四五六七八九十]{1,3}[、）)．.]|[（(]?\d{1,2}[)）]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十\d]+(?:部分|章|节|条|页)|[—\-－–]+\s*\d+\s*[—\-－–]+|附件|抄送|印发)/;
/** A page number or a line with no Chinese and no letters (furniture between pages). */
const NOT_TEXT = /^[\s\d—\-－–_./·|第页共]*$/;

function continues(text: string, prev: Paragraph, prevWidth: number, width: number, next: Paragraph, nextIndented: boolean): boolean {
  if (nextIndented || prevWidth < width - 4) return false;
  const end = prev.position!.end.offset!;
  let k = end - 1;
  while (k > 0 && CLOSERS.has(text[k])) k--;
  if (FINAL.has(text[k])) return false;
  // the two lines must meet: nothing but the line break between them
  const gap = text.slice(end, next.position!.start.offset!);
  if (gap !== '\n' && gap !== '\r\n' && gap !== '\r') return false;
  const start = next.position!.start.offset!;
  const head = text.slice(start, Math.min(start + 24, next.position!.end.offset!));
  return !HEADING_START.test(head) && !NOT_TEXT.test(head);
}

/**
 * The width most lines end at, when the document is wrapped: at least 6 lines and a quarter of all lines end
 * within 4 columns below it (a paragraph's last line and the headings do not), and at most 5% run past it
 * by more than 4 columns. Undefined otherwise.
 */
function wrapWidth(widths: number[]): number | undefined {
  const sorted = [...widths].sort((a, b) => a - b);
  const n = sorted.length;
  let best: number | undefined;
  let bestCount = 0;
  // candidates: each width; the count of lines in [w − 4, w] by two pointers
  let lo = 0;
  for (let hi = 0; hi < n; hi++) {
    while (sorted[lo] < sorted[hi] - 4) lo++;
    const count = hi - lo + 1;
    if (count >= bestCount) {
      bestCount = count;
      best = sorted[hi];
    }
  }
  // a page's line holds 28–40 Chinese characters (三号 to 小四 on A4): 56–80 columns; a width under 50 is a list of short lines
  if (best === undefined || best < 50 || best > 200) return undefined;
  if (bestCount < 6 || bestCount < n * 0.25) return undefined;
  let longer = 0;
  for (const w of sorted) if (w > best + 4) longer++;
  return longer <= n * 0.05 ? best : undefined;
}
