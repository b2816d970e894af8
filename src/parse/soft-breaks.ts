/**
 * Soft line breaks (Shift+Enter, WPS 手动换行) inside a Word paragraph: which of them a reader sees as a paragraph
 * end, and how the other lines join. Shared by the .docx reader (docx.ts) and the .doc reader (src/linter/doc.ts).
 * No Node API.
 */

/** Segments joined: nothing between Chinese characters (a title broken to fit 「…关于」/「2024年度…」) or digits, a space between Latin words. */
export function joinBroken(segs: string[]): string {
  let s = '';
  for (const seg of segs) {
    const t = seg.trim();
    if (!t) continue;
    // a space between Latin words (and a word and a number); none inside a number broken over two lines
    if (s && /[0-9A-Za-z]$/.test(s) && /^[0-9A-Za-z]/.test(t) && !(/[0-9]$/.test(s) && /^[0-9]/.test(t))) s += ' ';
    s += t;
  }
  return s;
}

/** A line that opens a paragraph of its own: an outline number 一、（一）第一部分 1.（1）, not 一是 nor 1.5万. */
const OPENS_PARAGRAPH = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}(?:部分|章|节)|[0-9]{1,2}[、．](?![0-9])|[0-9]{1,2}\.(?![0-9])|[（(][0-9]{1,2}[）)])/;
/** The end of a sentence (a closing quote or bracket may follow), of a title (…报告) or of a 文号 (〔2025〕6号). */
const ENDS_SENTENCE = /(?:[。！？；：!?;:][”’」』）)】〕]*|(?:报告|总结|汇报)|[〔\[［(（][0-9]{4}[〕\]］)）]\s*[0-9]{1,4}\s*号)$/;

/** A 文号 line of its own: 「某政〔2025〕3号」. */
const DOC_NUMBER = /^[\u3400-\u9fff]{1,12}[〔\[［(（][0-9]{4}[〕\]］)）]\s*[0-9]{1,4}\s*号$/;

/**
 * A Word paragraph cut at its soft line breaks into the paragraphs a reader sees: a line break after the end of a
 * sentence, a title (…报告) or a 文号, before an indented line (「　　」), an outline number or a 文号, after a numbered
 * heading line, or a blank line
 * (two breaks), starts a new one; any other break (a title or a sentence broken to fit the page) joins the lines.
 */
export function softBreakPieces(segs: string[]): string[] {
  if (segs.length === 1) return [joinBroken(segs)];
  const out: string[][] = [[]];
  let prev = '';
  segs.forEach((seg, k) => {
    const t = seg.trim();
    if (k > 0) {
      const blank = !t || !prev;
      const indented = /^[\u3000\s]{2,}|^\u3000/.test(seg) && !!t;
      const split = blank || indented || ENDS_SENTENCE.test(prev) || OPENS_PARAGRAPH.test(t) || DOC_NUMBER.test(t) || (OPENS_PARAGRAPH.test(out[out.length - 1].join('').trim()) && prev.length <= 40);
      if (split && out[out.length - 1].length) out.push([]);
    }
    if (t) out[out.length - 1].push(seg);
    prev = t;
  });
  return out.map(joinBroken).filter((x, i) => x || i === 0);
}
