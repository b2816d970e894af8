import { MC, childElements, firstChildW, is, isW, attrW, textOf } from './ooxml.js';

/**
 * The Word paragraphs of a document part in the order the .docx reader
 * (mammoth) reads them, each with its visible characters and, for every
 * character, the element it comes from. Only what mammoth turns into text is
 * here: deleted text (w:del, w:delText, w:moveFrom) is not, inserted text
 * (w:ins) is, as are content controls, smart tags, hyperlinks and text boxes
 * (read after the paragraph that holds them).
 */
export interface CharRef {
  /** A w:t, or an element that stands for one character (w:tab, w:br, w:sym …). */
  node: Element;
  /** Offset within a w:t's text; 0 otherwise. */
  offset: number;
}

export interface WordParagraph {
  el: Element;
  /** The characters mammoth reads, tabs and line breaks as \t and \n. */
  text: string;
  refs: CharRef[];
  /**
   * False for a text box read from the fallback of mc:AlternateContent (as mammoth reads it): Word
   * shows the other choice, so a comment placed there would not be seen.
   */
  anchorable: boolean;
}

/** Stands for a character the reader maps through a symbol font (w:sym): matches any one character. */
export const ANY = '\uFFFC';

export function wordParagraphs(body: Element): WordParagraph[] {
  const out: WordParagraph[] = [];
  // content of paragraphs marked deleted joins the next paragraph (ECMA-376 17.13.5.15), as mammoth reads it
  let carried: { text: string; refs: CharRef[] } | undefined;

  let fallback = 0;
  const block = (el: Element): void => {
    for (const c of childElements(el)) {
      if (isW(c, 'p')) paragraph(c);
      else if (isW(c, 'tbl') || isW(c, 'tc') || isW(c, 'customXml') || isW(c, 'ins') || isW(c, 'moveTo') || isW(c, 'smartTag')) block(c);
      else if (isW(c, 'tr')) {
        const trPr = firstChildW(c, 'trPr');
        if (!(trPr && firstChildW(trPr, 'del'))) block(c);
      } else if (isW(c, 'sdt')) {
        const content = firstChildW(c, 'sdtContent');
        if (content) block(content);
      } else if (is(c, MC, 'AlternateContent')) {
        const fallback = childElements(c).find((k) => is(k, MC, 'Fallback'));
        if (fallback) block(fallback);
      }
    }
  };

  const paragraph = (p: Element): void => {
    const acc = carried ?? { text: '', refs: [] };
    carried = undefined;
    const extras: { el: Element; inFallback: boolean }[] = [];
    inline(p, acc, extras);
    const pPr = firstChildW(p, 'pPr');
    const rPr = pPr && firstChildW(pPr, 'rPr');
    if (rPr && firstChildW(rPr, 'del')) {
      carried = acc;
    } else {
      out.push({ el: p, text: acc.text, refs: acc.refs, anchorable: fallback === 0 });
    }
    // text boxes: mammoth reads their paragraphs after the one that anchors them
    for (const x of extras) {
      if (x.inFallback) fallback++;
      block(x.el);
      if (x.inFallback) fallback--;
    }
  };

  const push = (acc: { text: string; refs: CharRef[] }, ch: string, node: Element, offset = 0): void => {
    acc.text += ch;
    acc.refs.push({ node, offset });
  };

  const inline = (el: Element, acc: { text: string; refs: CharRef[] }, extras: { el: Element; inFallback: boolean }[]): void => {
    for (const c of childElements(el)) {
      if (isW(c, 'r')) run(c, acc, extras);
      else if (isW(c, 'hyperlink') || isW(c, 'ins') || isW(c, 'smartTag') || isW(c, 'customXml') || isW(c, 'moveTo')) inline(c, acc, extras);
      else if (isW(c, 'sdt')) {
        const content = firstChildW(c, 'sdtContent');
        if (content) inline(content, acc, extras);
      } else if (is(c, MC, 'AlternateContent')) {
        const fallback = childElements(c).find((k) => is(k, MC, 'Fallback'));
        if (fallback) inline(fallback, acc, extras);
      }
      // w:del, w:moveFrom, w:fldSimple (mammoth drops it), bookmarks, comment marks, pPr: no text
    }
  };

  const run = (r: Element, acc: { text: string; refs: CharRef[] }, extras: { el: Element; inFallback: boolean }[]): void => {
    for (const c of childElements(r)) {
      if (isW(c, 't')) {
        const t = textOf(c);
        for (let i = 0; i < t.length; i++) push(acc, t[i], c, i);
      } else if (isW(c, 'tab')) push(acc, '\t', c);
      else if (isW(c, 'br')) {
        const type = attrW(c, 'type');
        if (!type || type === 'textWrapping') push(acc, '\n', c);
      } else if (isW(c, 'noBreakHyphen')) push(acc, '\u2011', c);
      else if (isW(c, 'softHyphen')) push(acc, '\u00ad', c);
      else if (isW(c, 'sym')) push(acc, ANY, c);
      else if (isW(c, 'pict') || isW(c, 'object')) textBoxes(c, extras);
      else if (is(c, MC, 'AlternateContent')) {
        const fb = childElements(c).find((k) => is(k, MC, 'Fallback'));
        if (fb) textBoxes(fb, extras, true);
      }
    }
  };

  /** Paragraph containers (w:txbxContent) inside a picture, read after the paragraph. */
  const textBoxes = (el: Element, extras: { el: Element; inFallback: boolean }[], inFallback = false): void => {
    for (const c of childElements(el)) {
      if (isW(c, 'txbxContent')) extras.push({ el: c, inFallback });
      else textBoxes(c, extras, inFallback);
    }
  };

  block(body);
  return out;
}
