import JSZip from 'jszip';
import type { Block } from '../model/types.js';
import type { Report } from '../model/report.js';
import { W, escapeXml, xmlSafe } from './ooxml.js';
import { annotateDocx, commentDate, type AnnotateOptions, type Annotated } from './docx.js';
import type { Finding } from './text.js';

/**
 * A report read from text, Markdown, HTML (any format but Word) as a new Word document: one
 * paragraph per paragraph of the report (its blocks), the title in the Title style, numbered part
 * and section headings (一、（一）) and Markdown headings as Word headings, ordered list items as
 * numbered paragraphs (Word numbering), a line break inside a paragraph as a Word line break. Then the findings go in as comments, as for a .docx input.
 */
export async function createAnnotatedDocx(report: Report, findings: readonly Finding[], options: AnnotateOptions): Promise<Annotated> {
  const { bytes, lines, toLines } = await createDocx(report, options.date);
  const moved = findings.map((f) => ({ ...f, ...toLines(f.start, f.end) }));
  return annotateDocx(bytes, lines.join('\n'), moved, options);
}

interface Entry {
  src: number;
  srcEnd: number;
  /** Offset in the new document's text (lines joined with \n). */
  out: number;
  outEnd: number;
  exact: boolean;
}

/** Style of each block: Title, heading level, or body text. */
function stylesOf(report: Report): Map<number, string> {
  const style = new Map<number, string>();
  for (const s of report.sections) {
    // a heading that runs on into body text is a paragraph; a list item stays a numbered paragraph
    if (s.inline || report.blocks[s.block]?.listNumber !== undefined) continue;
    style.set(s.block, `Heading${Math.min(Math.max(s.level, 1), 6)}`);
  }
  for (const b of report.blocks) {
    if (b.kind === 'heading' && !style.has(b.index)) style.set(b.index, `Heading${Math.min(Math.max(b.depth ?? 1, 1), 6)}`);
  }
  if (report.meta.titleBlock !== undefined) style.set(report.meta.titleBlock, 'Title');
  return style;
}

export async function createDocx(report: Report, date?: string): Promise<{ bytes: Uint8Array; lines: string[]; toLines: (start: number, end: number) => { start: number; end: number } }> {
  const styles = stylesOf(report);
  const lines: string[] = [];
  const entries: Entry[] = [];
  const paragraphs: string[] = [];
  let out = 0;
  /** Start number of each Word list (numId = index + 1). */
  const lists: number[] = [];
  let lastNumber = -1;
  let lastListBlock = -1;
  let previous = -1;
  for (const b of report.blocks) {
    const text = xmlSafe(b.text);
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (!trimmed) continue;
    const value = trimmed;
    lines.push(value.replace(/\n/g, ' '));
    addEntries(entries, b, lead, value.length, out);
    out += value.length + 1;
    const style = styles.get(b.index);
    // an ordered Markdown list item is a numbered Word paragraph (Word shows the number; the reader reads a list, as from Markdown)
    let numPr = '';
    if (b.listNumber !== undefined) {
      if (b.listNumber !== lastNumber + 1 || lastListBlock !== previous) lists.push(b.listNumber);
      numPr = `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${lists.length}"/></w:numPr>`;
      lastNumber = b.listNumber;
      lastListBlock = b.index;
    }
    previous = b.index;
    const pPr = style || numPr ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numPr}</w:pPr>` : '';
    const runs = value
      .split('\n')
      .map((piece, i) => `${i ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`)
      .join('');
    paragraphs.push(`<w:p>${pPr}<w:r>${runs}</w:r></w:p>`);
  }
  if (!paragraphs.length) paragraphs.push('<w:p/>');
  entries.sort((a, b) => a.src - b.src);

  const toLines = (start: number, end: number): { start: number; end: number } => {
    let s: number | undefined;
    let e: number | undefined;
    for (const x of entries) {
      if (s === undefined && x.srcEnd > start) s = start >= x.src && x.exact ? x.out + (start - x.src) : x.out;
      if (x.src < end) e = end <= x.srcEnd && x.exact ? x.out + (end - x.src) : x.outEnd;
    }
    s ??= 0;
    e ??= s;
    return e < s ? { start: s, end: s } : { start: s, end: e };
  };

  const zip = new JSZip();
  const at = new Date(commentDate(date));
  const put = (name: string, xml: string): void => void zip.file(name, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`, { date: at, createFolders: false });
  put(
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
      (lists.length ? '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' : '') +
      '</Types>',
  );
  put(
    '_rels/.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '</Relationships>',
  );
  put(
    'word/_rels/document.xml.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      (lists.length ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' : '') +
      '</Relationships>',
  );
  put('word/styles.xml', STYLES);
  if (lists.length) put('word/numbering.xml', numbering(lists));
  put(
    'word/document.xml',
    `<w:document xmlns:w="${W}"><w:body>${paragraphs.join('')}` +
      // A4, the margins of GB/T 9704 (党政机关公文格式)
      '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>' +
      '</w:body></w:document>',
  );
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { bytes, lines, toLines };
}

/** Source ↔ new-text pieces of one block (its exact segments, and the start of each inexact one). */
function addEntries(entries: Entry[], b: Block, lead: number, length: number, out: number): void {
  const segs = b.segments;
  segs.forEach((g, i) => {
    const from = Math.max(g.text - lead, 0);
    if (g.length > 0) {
      const to = Math.min(g.text + g.length - lead, length);
      if (to <= from) return;
      const cut = Math.max(lead - g.text, 0);
      entries.push({ src: g.source + cut, srcEnd: g.source + cut + (to - from), out: out + from, outEnd: out + to, exact: true });
    } else {
      // text the source writes differently (an entity, an escape): its source start stands for all of it
      const next = i + 1 < segs.length ? segs[i + 1].text : b.text.length;
      const to = Math.min(next - lead, length);
      if (to <= from) return;
      entries.push({ src: g.source, srcEnd: g.source + 1, out: out + from, outEnd: out + to, exact: false });
    }
  });
}

/** One decimal list format (1. 2. 3.), and a list instance per list, starting at its first number. */
function numbering(starts: number[]): string {
  return (
    `<w:numbering xmlns:w="${W}">` +
    '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>' +
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>' +
    '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl></w:abstractNum>' +
    starts
      .map((start, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="${start}"/></w:lvlOverride></w:num>`)
      .join('') +
    '</w:numbering>'
  );
}

const HEADING_FONTS = ['黑体', '楷体_GB2312', '仿宋_GB2312', '仿宋_GB2312', '仿宋_GB2312', '仿宋_GB2312'];

const STYLES =
  `<w:styles xmlns:w="${W}">` +
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/>' +
  '<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
  '<w:pPr><w:spacing w:before="240" w:after="240" w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr>' +
  '<w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>' +
  HEADING_FONTS.map(
    (font, i) =>
      `<w:style w:type="paragraph" w:styleId="Heading${i + 1}"><w:name w:val="heading ${i + 1}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
      `<w:pPr><w:keepNext/><w:outlineLvl w:val="${i}"/></w:pPr><w:rPr><w:rFonts w:eastAsia="${font}"/></w:rPr></w:style>`,
  ).join('') +
  '</w:styles>';
