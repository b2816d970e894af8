import { ANY, type WordParagraph } from './paragraphs.js';

/**
 * The linted text of a Word document has one line per paragraph (src/parse/docx.ts): mammoth's
 * HTML, read back, with runs of whitespace collapsed, the ends trimmed, line breaks and tabs as
 * spaces, and a table cell's paragraphs joined on the line of the first. This maps every character
 * of every line back onto the paragraph character it was read from.
 */
export interface LineMap {
  /** Index into the flat character stream (all paragraphs, in order) per character of the line; -1 where none. */
  at: Int32Array;
  /** Paragraph the line was read from, or -1 when no paragraph matches it. */
  paragraph: number;
}

export interface Stream {
  paragraphs: WordParagraph[];
  /** Every paragraph's text, each followed by \n. */
  text: string;
  /** Offset of paragraph i in `text`. */
  starts: number[];
  /** Paragraph of each offset of `text`. */
  owner: Int32Array;
}

export function streamOf(paragraphs: WordParagraph[]): Stream {
  const starts: number[] = [];
  let text = '';
  for (const p of paragraphs) {
    starts.push(text.length);
    text += p.text + '\n';
  }
  const owner = new Int32Array(text.length);
  paragraphs.forEach((p, i) => owner.fill(i, starts[i], starts[i] + p.text.length + 1));
  return { paragraphs, text, starts, owner };
}

const WS = /[\s\u00a0\u2000-\u200b\u3000]/;
const isWs = (c: string): boolean => WS.test(c);
/** Characters the HTML path drops or turns into nothing visible. */
const IGNORABLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/;
const LOOKAHEAD = 64;

/**
 * Align one line with the stream from `from`, the line's first `skip` characters left unmapped (a list number the
 * document does not hold as text); returns the map and how many non-space characters matched exactly.
 */
export function alignLine(line: string, s: Stream, from: number, skip = 0): { at: Int32Array; exact: number } {
  const at = new Int32Array(line.length).fill(-1);
  let exact = 0;
  let j = from;
  const text = s.text;
  for (let i = skip; i < line.length; ) {
    const c = line[i];
    if (j >= text.length) break;
    const d = text[j];
    if (c === d || (d === ANY && !isWs(c))) {
      at[i++] = j++;
      if (!isWs(c)) exact++;
      continue;
    }
    if (isWs(c)) {
      if (isWs(d)) at[i] = j++;
      // a space the reader made (collapsed run, a separator between table-cell paragraphs)
      i++;
      continue;
    }
    if (isWs(d) || IGNORABLE.test(d)) {
      j++;
      continue;
    }
    let k = j + 1;
    const stop = Math.min(text.length, j + 1 + LOOKAHEAD);
    while (k < stop && text[k] !== c) k++;
    if (k < stop) {
      j = k;
      continue;
    }
    // a character the reader produced that the document does not hold as such
    i++;
  }
  return { at, exact };
}

function nonSpace(line: string): number {
  let n = 0;
  for (const c of line) if (!isWs(c)) n++;
  return n;
}

/**
 * The number the Word reader wrote before an auto-numbered paragraph (「四、」「（一）」「1.」, docx-numbering.ts): not
 * in the paragraph's characters, so not counted among those the paragraph must hold (a short heading, 「（一）依法全面
 * 履行政府职能」, would otherwise miss nine tenths by its number alone and lose its comments).
 */
const LIST_NUMBER = /^(?:[一二三四五六七八九十百零〇]{1,4}[、．.]|[（(][一二三四五六七八九十百零〇]{1,4}[）)]|[0-9]{1,3}[.．、)）]|[（(][0-9]{1,3}[）)]|第[一二三四五六七八九十]{1,3}(?:部分|章|节))\s*/;

/** Whether the paragraph from `at` holds the number as typed text (spaces and line breaks before or inside it aside). */
function typedAt(number: string, text: string, at: number): boolean {
  let j = at;
  for (const c of number) {
    if (isWs(c)) continue;
    while (j < text.length && isWs(text[j])) j++;
    if (text[j] !== c) return false;
    j++;
  }
  return true;
}

/**
 * Lines of the linted text → paragraphs. Line N is paragraph N when the document is read as
 * mammoth reads it (checked by its text); where it is not (a construct the two read differently),
 * the next paragraph that holds the line is taken, in order.
 */
export function mapLines(lines: string[], s: Stream): LineMap[] {
  const out: LineMap[] = [];
  let next = 0;
  const good = (line: string, p: number): { at: Int32Array; exact: number } | undefined => {
    if (p < 0 || p >= s.paragraphs.length) return undefined;
    const number = LIST_NUMBER.exec(line);
    const numbered = number !== null && !typedAt(number[0], s.text, s.starts[p]);
    const a = alignLine(line, s, s.starts[p], numbered ? number[0].length : 0);
    const need = nonSpace(line) - (numbered ? nonSpace(number[0]) : 0);
    // the line's own characters, nearly all of them, from this paragraph on
    return a.exact >= Math.max(1, Math.ceil(need * 0.9)) ? a : undefined;
  };
  lines.forEach((line, n) => {
    if (!line.trim()) {
      out.push({ at: new Int32Array(line.length).fill(-1), paragraph: n < s.paragraphs.length && !s.paragraphs[n].text.trim() ? n : -1 });
      return;
    }
    let p = n;
    let a = good(line, n);
    if (!a) {
      // not paragraph N: the next paragraph (in a bounded window) that holds the line
      for (p = next; p < s.paragraphs.length && p < next + 500; p++) if ((a = good(line, p))) break;
    }
    if (!a) {
      out.push({ at: new Int32Array(line.length).fill(-1), paragraph: -1 });
      return;
    }
    out.push({ at: a.at, paragraph: p });
    next = p + 1;
  });
  return out;
}
