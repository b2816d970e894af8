import type { Root, Nodes, Parent, Text } from 'mdast';
import type { Element, Parents as HastParents } from 'hast';
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { materialiseNumbering, readNumbering, readStyles } from './docx-numbering.js';
import { convertHtml } from './html.js';
import { blankTableOfContents, tocStyleIds } from './docx-toc.js';
import { joinBroken, softBreakPieces } from './soft-breaks.js';
import { checkZipBudget, ZipBudgetError } from './zip-budget.js';

/**
 * Word (.docx) → mammoth → HTML → the HTML path → mdast, then laid out as a
 * synthetic text with one Word paragraph per line: line N is paragraph N
 * (empty paragraphs and table-cell paragraphs count, in reading order), so
 * diagnostics give the paragraph number as their line and the column counts
 * characters from the start of the paragraph's text. Word heading styles
 * (标题/Title, 标题 1–6) become heading depths; numbering written in the text
 * (一、（一）1.) still decides the outline. Word's automatic numbering is written into the paragraphs' text
 * first, as Word displays it (docx-numbering.ts); a table of contents is emptied (docx-toc.ts).
 */
export class DocxError extends Error {
  readonly code = 'FZLINT_DOCX';
  /** The message in both languages, when there is one (a budget exceeded). */
  localized?: { zh: string; en: string };
}

export interface DocxDocument {
  /** One line per Word paragraph. */
  text: string;
  tree: Root;
  /** Number of Word paragraphs (lines of `text`). */
  paragraphs: number;
}

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
  ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='标题 ${n}'] => h${n}:fresh`),
];

/**
 * mammoth's input for these bytes, under the key each of its builds reads: Node's reads `buffer`,
 * the browser build (package.json "browser") reads `arrayBuffer`. Both hand it to JSZip, which takes
 * a Uint8Array as it is, so no Node Buffer is made and the same call works in a Web Worker.
 */
function mammothInput(view: Uint8Array): Parameters<typeof mammoth.convertToHtml>[0] {
  return { buffer: view, arrayBuffer: view } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
}

export async function parseDocx(input: Uint8Array | ArrayBuffer): Promise<DocxDocument> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  let html: string;
  try {
    await checkZipBudget(bytes); // decompression budget, counted while inflating (zip-budget.ts)
  } catch (e) {
    if (!(e instanceof ZipBudgetError)) throw e;
    const err = new DocxError(e.en);
    err.localized = { zh: e.zh, en: e.en };
    throw err;
  }
  try {
    const result = await mammoth.convertToHtml(
      mammothInput(await withNumbersInText(bytes)),
      {
        styleMap: STYLE_MAP,
        ignoreEmptyParagraphs: false,
        // images are not report text; do not inline them as data URIs
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = withoutNoteMarks(result.value);
  } catch (e) {
    throw new DocxError(e instanceof Error ? e.message : String(e));
  }
  return layOut(html);
}

/**
 * mammoth's marks for footnotes and endnotes: the reference in the text (<sup><a …>[1]</a></sup>) and the link back
 * after the note (↑). Neither is in the document's text (Word draws the reference from w:footnoteReference): read as
 * text, 「行政许可。[1]全县」 held half-width brackets and a number, and the 批注版 could not find the paragraph.
 * The notes themselves are still read, after the body.
 */
function withoutNoteMarks(html: string): string {
  return html
    .replace(/<sup><a href="#(?:footnote|endnote)-[0-9]+" id="(?:footnote|endnote)-ref-[0-9]+">\[[0-9]+\]<\/a><\/sup>/g, '')
    .replace(/\s*<a href="#(?:footnote|endnote)-ref-[0-9]+">\u2191<\/a>/g, '');
}

/**
 * The .docx as fzlint reads it: the numbers of its auto-numbered paragraphs written into their text
 * (docx-numbering.ts) and its table of contents emptied (docx-toc.ts); the bytes as they are when neither applies.
 * Only word/document.xml changes; the other entries are copied as they are compressed. A part that cannot be read
 * leaves the document to mammoth, which reports it.
 */
async function withNumbersInText(bytes: Uint8Array): Promise<Uint8Array> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return bytes;
  }
  const documentPart = zip.file('word/document.xml');
  if (!documentPart) return bytes;
  let xml: string | undefined;
  let changed = false;
  try {
    xml = await documentPart.async('string');
    const stylesPart = zip.file('word/styles.xml');
    const stylesXml = stylesPart ? await stylesPart.async('string') : '';
    const numberingPart = zip.file('word/numbering.xml');
    if (numberingPart) {
      const numbering = readNumbering(await numberingPart.async('string'));
      const numbered = numbering.nums.size ? materialiseNumbering(xml, numbering, readStyles(stylesXml)) : undefined;
      if (numbered !== undefined) {
        xml = numbered;
        changed = true;
      }
    }
    const withoutToc = blankTableOfContents(xml, tocStyleIds(stylesXml));
    if (withoutToc !== undefined) {
      xml = withoutToc;
      changed = true;
    }
  } catch {
    return bytes;
  }
  if (!changed || xml === undefined) return bytes;
  zip.file('word/document.xml', xml, { compression: 'STORE' });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const PARAGRAPH_TAGS = /^(?:p|h[1-6])$/;

/** Source offsets of the elements mammoth makes of Word paragraphs, in document order. */
function paragraphStarts(node: HastParents, out: number[] = []): number[] {
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    const start = c.position?.start.offset;
    // a list item is a paragraph unless it wraps <p>s (footnotes)
    const isPara = PARAGRAPH_TAGS.test(c.tagName) || (c.tagName === 'li' && !c.children.some((k) => k.type === 'element' && k.tagName === 'p'));
    if (isPara && start !== undefined) out.push(start);
    paragraphStarts(c as Element, out);
  }
  return out;
}

/** mammoth's HTML → synthetic text (line N = paragraph N) and an mdast whose positions point into it. */
export function layOut(html: string): DocxDocument {
  const { tree, hast } = convertHtml(html, { page: false, splitBreaks: false });
  const starts = paragraphStarts(hast);
  const lines: string[] = starts.map(() => '');
  const placed: { block: Parent; line: number; column: number; value: string }[] = [];
  let lastLine = 0;

  const visit = (node: Nodes, parent?: Parent): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const at = firstOffset(node);
      let line = at === undefined ? lastLine : upperBound(starts, at) - 1;
      if (line < 0) line = 0;
      while (lines.length <= line) lines.push('');
      // a paragraph of lines ended by soft breaks (text pasted from a web page, WPS 手动换行): one block per line
      // that a reader sees as a paragraph of its own, all on the paragraph's line
      const pieces = node.type === 'paragraph' ? brokenLines(node) : [plain(node)];
      const blocks: Parent[] = [node];
      for (let k = 1; k < pieces.length; k++) blocks.push({ type: 'paragraph', children: [] } as Parent);
      if (blocks.length > 1 && parent) parent.children.splice(parent.children.indexOf(node as never) + 1, 0, ...(blocks.slice(1) as never[]));
      pieces.forEach((value, k) => {
        if (!value) return;
        if (lines[line]) lines[line] += ' ';
        placed.push({ block: blocks[k], line, column: lines[line].length, value });
        lines[line] += value;
      });
      lastLine = line;
      return;
    }
    if ('children' in node) for (const c of [...(node.children as Nodes[])]) visit(c, node as Parent);
  };
  visit(tree);

  const text = lines.join('\n');
  const lineStart: number[] = [];
  let off = 0;
  for (const l of lines) {
    lineStart.push(off);
    off += l.length + 1;
  }
  for (const p of placed) {
    const start = lineStart[p.line] + p.column;
    const position = {
      start: { line: p.line + 1, column: p.column + 1, offset: start },
      end: { line: p.line + 1, column: p.column + p.value.length + 1, offset: start + p.value.length },
    };
    const t: Text = { type: 'text', value: p.value, position };
    p.block.children = [t] as Parent['children'];
    p.block.position = { start: { ...position.start }, end: { ...position.end } };
  }
  const last = lines.length ? lines.length : 1;
  tree.position = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: last, column: (lines[lines.length - 1] ?? '').length + 1, offset: text.length },
  };
  return { text, tree, paragraphs: starts.length };
}

/** The block's text as one line: soft line breaks are joined as in a paragraph (see joinBroken). */
function plain(node: Nodes): string {
  return joinBroken(segments(node));
}

/** The block's text cut at its soft line breaks (Shift+Enter, w:br). */
function segments(node: Nodes): string[] {
  const out = [''];
  const walk = (n: Nodes): void => {
    if (n.type === 'text') out[out.length - 1] += n.value;
    else if (n.type === 'break') out.push('');
    else if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(node);
  return out.map((x) => x.replace(/\n/g, ' '));
}

/** A Word paragraph cut at its soft line breaks into the paragraphs a reader sees (soft-breaks.ts). */
function brokenLines(node: Nodes): string[] {
  return softBreakPieces(segments(node));
}

function firstOffset(node: Nodes): number | undefined {
  if (node.type === 'text' && node.position?.start.offset !== undefined) return node.position.start.offset;
  if ('children' in node) {
    for (const c of node.children as Nodes[]) {
      const o = firstOffset(c);
      if (o !== undefined) return o;
    }
  }
  return node.position?.start.offset;
}

/** Number of entries ≤ x. */
function upperBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
