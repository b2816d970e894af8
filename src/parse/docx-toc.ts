/**
 * A Word table of contents (引用 → 目录) is not report text: its entries repeat the headings with page numbers
 * (「一、2024年主要举措和成效……3」), and read as text they are a second outline before the first — duplicated
 * 一、, headings naming years, a part found twice. Word and WPS write it as the result of a TOC field, most often
 * inside a content control marked as a table of contents (w:docPartGallery "Table of Contents"), its entries in
 * the styles 「toc 1」…「toc 9」 (目录 1…9) and its caption in 「TOC Heading」. Paragraphs inside such a control,
 * inside a TOC field's result, or in those styles are emptied here: the paragraph stays (so line N is still
 * paragraph N, and the annotated copy anchors as before), its text goes. No Node API.
 */

/** Style ids of the TOC entry and caption styles, by their built-in names (the same in every UI language). */
export function tocStyleIds(stylesXml: string): Set<string> {
  const ids = new Set<string>();
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    if (!/w:type="paragraph"/.test(m[1])) continue;
    const id = /w:styleId="([^"]*)"/.exec(m[1]);
    const name = /<w:name\b[^>]*\sw:val="([^"]*)"/.exec(m[2]);
    if (id && name && /^(?:toc [1-9]|toc heading)$/i.test(name[1].trim())) ids.add(id[1]);
  }
  return ids;
}

const TOKEN =
  /<w:p\b[^>]*?(\/?)>|<\/w:p>|<w:fldChar\b[^>]*?w:fldCharType="(begin|separate|end)"[^>]*>|<w:instrText\b[^>]*>([^<]*)<\/w:instrText>|<w:fldSimple\b[^>]*?w:instr="\s*TOC\b[^"]*"[^>]*?(\/?)>|<\/w:fldSimple>|<w:sdt>|<w:sdt\b[^>]*>|<\/w:sdt>|<w:docPartGallery\b[^>]*?w:val="([^"]*)"|<w:pStyle\b[^>]*?w:val="([^"]*)"/g;

/** The document with its table-of-contents paragraphs emptied, or undefined when it has none. */
export function blankTableOfContents(documentXml: string, tocStyles: Set<string>): string | undefined {
  // open fields (instruction, and whether it is a TOC once its result begins), open content controls, open paragraphs
  const fields: { instr: string; toc: boolean }[] = [];
  const sdts: boolean[] = [];
  let simpleToc = 0;
  const paras: { contentStart: number; toc: boolean; endAt?: number }[] = [];
  const blank: [number, number][] = [];
  const inToc = () => simpleToc > 0 || sdts.includes(true) || fields.some((f) => f.toc);
  for (const m of documentXml.matchAll(TOKEN)) {
    const tok = m[0];
    const at = m.index;
    if (tok.startsWith('<w:p') && !tok.startsWith('<w:pStyle')) {
      if (m[1]) continue; // <w:p/>: nothing to empty
      paras.push({ contentStart: at + tok.length, toc: inToc() });
    } else if (tok === '</w:p>') {
      const p = paras.pop();
      // Word often closes the field at the start of the paragraph after the last entry: text after the end is body
      const bodyAfterEnd = p?.endAt !== undefined && /<w:t\b/.test(documentXml.slice(p.endAt, at));
      const toc = p !== undefined && !bodyAfterEnd && (p.toc || inToc());
      if (toc && !paras.length) blank.push([p.contentStart, at]);
      else if (toc && paras.length) paras[paras.length - 1].toc = true;
    } else if (m[2] === 'begin') fields.push({ instr: '', toc: false });
    else if (m[2] === 'separate') {
      const f = fields[fields.length - 1];
      if (f) f.toc = /^\s*TOC\b/.test(f.instr);
      if (f?.toc && paras.length) paras[paras.length - 1].toc = true;
    } else if (m[2] === 'end') {
      const f = fields.pop();
      if (f?.toc && paras.length) paras[paras.length - 1].endAt = at;
    } else if (m[3] !== undefined) {
      const f = fields[fields.length - 1];
      if (f) f.instr += m[3];
    } else if (tok.startsWith('<w:fldSimple')) {
      if (!m[4]) simpleToc++;
      if (paras.length) paras[paras.length - 1].toc = true;
    } else if (tok === '</w:fldSimple>') {
      if (simpleToc) simpleToc--;
    } else if (tok === '<w:sdt>' || tok.startsWith('<w:sdt ')) sdts.push(false);
    else if (tok === '</w:sdt>') sdts.pop();
    else if (m[5] !== undefined) {
      if (m[5] === 'Table of Contents' && sdts.length) sdts[sdts.length - 1] = true;
    } else if (m[6] !== undefined) {
      if (tocStyles.has(m[6]) && paras.length) paras[paras.length - 1].toc = true;
    }
  }
  if (!blank.length) return undefined;
  let out = '';
  let last = 0;
  for (const [s, e] of blank) {
    // keep the paragraph's properties; drop its runs, fields and hyperlinks
    const body = documentXml.slice(s, e);
    const pPr = /^\s*<w:pPr\b[\s\S]*?<\/w:pPr>|^\s*<w:pPr\b[^>]*\/>/.exec(body);
    out += documentXml.slice(last, s) + (pPr ? pPr[0] : '');
    last = e;
  }
  return out + documentXml.slice(last);
}
