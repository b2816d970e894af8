import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { blankTableOfContents, tocStyleIds } from '../../src/parse/docx-toc.js';
import { blankTocLines, tocLines } from '../../src/parse/toc.js';
import { parseDocx } from '../../src/parse/docx.js';
import { layOutPages, type LayoutRun } from '../../src/parse/layout.js';
import { buildReport } from '../../src/model/report.js';

/**
 * A table of contents (目录) is navigation, not report text: read as text its entries are a second outline before
 * the first (inputs2: every .docx, .doc and .pdf with a TOC got duplicated 一、, parts found twice, headings
 * naming years). The entries are emptied, the paragraph count kept.
 */
const entry = (text: string, page: number, first = false, last = false) =>
  `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>${first ? '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' : ''}` +
  `<w:hyperlink w:anchor="_Toc1"><w:r><w:t>${text}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${page}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>` +
  `${last ? '<w:r><w:fldChar w:fldCharType="end"/></w:r>' : ''}</w:p>`;
const para = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
const texts = (xml: string) => [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map((m) => [...(m[1] ?? '').matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));

describe('Word table of contents (docx-toc.ts)', () => {
  it('a TOC in a content control marked Table of Contents: its paragraphs emptied, the paragraphs kept', () => {
    const xml = `<w:body>${para('某县2024年度法治政府建设情况报告')}<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>${para('目录')}${entry('一、主要举措和成效', 1, true)}${entry('二、存在的不足', 2, false, true)}</w:sdtContent></w:sdt>${para('一、主要举措和成效')}</w:body>`;
    const out = blankTableOfContents(xml, new Set())!;
    expect(texts(out)).toEqual(['某县2024年度法治政府建设情况报告', '', '', '', '一、主要举措和成效']);
    expect(out).toContain('<w:pStyle w:val="TOC1"/>');
  });

  it('a TOC field without a content control (WPS), and Word closing the field at the start of the next paragraph', () => {
    const xml = `<w:body>${entry('一、主要举措和成效', 1, true)}${entry('二、存在的不足', 2)}<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>县人民政府：</w:t></w:r></w:p>${para('一、主要举措和成效')}</w:body>`;
    expect(texts(blankTableOfContents(xml, new Set())!)).toEqual(['', '', '县人民政府：', '一、主要举措和成效']);
  });

  it('entries known only by their style (toc 1 … toc 9, TOC Heading), found by the styles’ built-in names', () => {
    const styles = '<w:styles><w:style w:type="paragraph" w:styleId="21"><w:name w:val="toc 1"/></w:style><w:style w:type="paragraph" w:styleId="5"><w:name w:val="TOC Heading"/></w:style><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style></w:styles>';
    const ids = tocStyleIds(styles);
    expect([...ids].sort()).toEqual(['21', '5']);
    const xml = `<w:body><w:p><w:pPr><w:pStyle w:val="5"/></w:pPr><w:r><w:t>目  录</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="21"/></w:pPr><w:r><w:t>一、主要举措和成效</w:t></w:r><w:r><w:tab/><w:t>1</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>一、主要举措和成效</w:t></w:r></w:p></w:body>`;
    expect(texts(blankTableOfContents(xml, ids)!)).toEqual(['', '', '一、主要举措和成效']);
  });

  it('a document without a TOC is left as it is; other fields (PAGE, PAGEREF in the body) are not a TOC', () => {
    const xml = `<w:body>${para('正文')}<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:body>`;
    expect(blankTableOfContents(xml, new Set())).toBeUndefined();
  });

  it('parseDocx: the TOC before the addressee reads as empty lines; the outline holds each part once', async () => {
    const doc = new Document({
      sections: [{ children: [
        new Paragraph({ text: '某县人民政府关于2024年度法治政府建设情况的报告', heading: HeadingLevel.TITLE }),
        new Paragraph('@@TOC@@'),
        new Paragraph('市人民政府：'),
        new Paragraph({ text: '一、2024年推进法治政府建设的主要举措和成效', heading: HeadingLevel.HEADING_1 }),
        new Paragraph('全年办理行政复议案件12件。'),
        new Paragraph({ text: '二、2025年推进法治政府建设的主要安排', heading: HeadingLevel.HEADING_1 }),
        new Paragraph('深化行政执法体制改革。'),
      ] }],
    });
    const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<w:p>(?:(?!<w:p>).)*?@@TOC@@.*?<\/w:p>/,
      `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>${para('目录')}${entry('一、2024年推进法治政府建设的主要举措和成效', 1, true)}${entry('二、2025年推进法治政府建设的主要安排', 2, false, true)}</w:sdtContent></w:sdt>`);
    zip.file('word/document.xml', xml);
    const parsed = await parseDocx(await zip.generateAsync({ type: 'uint8array' }));
    expect(parsed.text.split('\n').slice(0, 5)).toEqual(['某县人民政府关于2024年度法治政府建设情况的报告', '', '', '', '市人民政府：']);
    const r = buildReport(parsed.text, parsed.tree, { format: 'docx' });
    expect(r.outline.map((s) => s.heading)).toEqual(['2024年推进法治政府建设的主要举措和成效', '2025年推进法治政府建设的主要安排']);
  });
});

describe('a table of contents as text (.doc, PDF: toc.ts)', () => {
  it('tab entries whose texts come back later as headings (a .doc TOC field result), with the 目录 line', () => {
    const lines = ['某县2024年度法治政府建设情况报告', '目录', '一、主要举措和成效\t1', '二、存在的不足\t3', '三、2025年工作安排\t4', '县人民政府：', '一、主要举措和成效', '正文。', '二、存在的不足', '三、2025年工作安排'];
    expect([...tocLines(lines)]).toEqual([2, 3, 4, 1]);
    expect(blankTocLines(lines.join('\n')).split('\n')).toHaveLength(lines.length);
  });

  it('a two-column table of counts (.doc rows are tab-separated) is not a TOC', () => {
    const lines = ['行政复议\t12', '行政诉讼\t30', '行政处罚\t543', '全年办理行政复议案件12件。'];
    expect(tocLines(lines).size).toBe(0);
    // nor are entries whose page numbers go down
    expect(tocLines(['一、举措……………3', '二、不足……………1']).size).toBe(0);
  });

  it('PDF: a page of leader entries (「……3」) is dropped from the laid-out text', () => {
    const run = (text: string, x: number, y: number, size = 16): LayoutRun => ({ text, x, y, w: [...text].length * size, size });
    const body = '全年办理行政复议案件12件，审结11件，纠错2件，纠错率为18.2%，依法化解行政争议。';
    const page = {
      width: 595, height: 842,
      runs: [
        run('目 录', 260, 120),
        run('一、2024年主要举措和成效....................................1', 80, 160),
        run('二、2025年主要安排............................................2', 80, 190),
        run('一、2024年主要举措和成效', 80, 240),
        run(body.slice(0, 27), 112, 270), run(body.slice(27), 80, 298),
      ],
    };
    const out = layOutPages([page]);
    expect(out.text.split('\n')).toEqual(['一、2024年主要举措和成效', body]);
  });
});

describe('a leader entry wrapped over two lines (a long heading in a PDF TOC)', () => {
  it('the wrapped first line goes with its entry; a body line after the TOC stays', () => {
    const lines = ['目录', '一、2023年度推进法治政府建设的主要措施和成效.......1', '二、2023年度党政主要负责人履行推进法治政府建设第一责任人职责,加强', '法治政府建设的有关情况.......................3', '三、2024年度主要安排...........5', '2023年,在地委、行署的坚强领导下,叶城县坚持以习近平法治思想为指导。'];
    expect([...tocLines(lines)].sort()).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('.doc: a heading whose Word list number was not decoded takes the number its TOC entry shows', () => {
  it('「四、2025年…安排\\t2」 in the TOC, 「2025年…安排」 below: the heading reads 「四、2025年…安排」; numbered ones are left', () => {
    const text = ['目录', '一、主要举措和成效\t1', '四、2025年推进法治政府建设的主要安排\t2', '县人民政府：', '一、主要举措和成效', '正文。', '2025年推进法治政府建设的主要安排', '深化改革。'].join('\n');
    expect(blankTocLines(text, true).split('\n')).toEqual(['', '', '', '县人民政府：', '一、主要举措和成效', '正文。', '四、2025年推进法治政府建设的主要安排', '深化改革。']);
    // without the option (PDF), nothing is added
    expect(blankTocLines(text).split('\n')[6]).toBe('2025年推进法治政府建设的主要安排');
  });
});
