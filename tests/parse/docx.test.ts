import { describe, expect, it } from 'vitest';
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { parseDocx } from '../../src/parse/docx.js';
import { buildReport } from '../../src/model/report.js';
import type { Report } from '../../src/model/report.js';

async function docx(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

async function report(children: (Paragraph | Table)[]): Promise<{ text: string; report: Report; paragraphs: number }> {
  const doc = await parseDocx(await docx(children));
  return { text: doc.text, paragraphs: doc.paragraphs, report: buildReport(doc.text, doc.tree, { format: 'docx' }) };
}

describe('Word documents: one paragraph per line', () => {
  it('line N of the text is paragraph N, empty paragraphs included; table-cell paragraphs count in reading order', async () => {
    const { text, paragraphs, report: r } = await report([
      new Paragraph({ text: '某县2023年度法治政府建设工作报告', heading: HeadingLevel.TITLE }),
      new Paragraph({}),
      new Paragraph({ text: '一、主要举措和成效', heading: HeadingLevel.HEADING_1 }),
      new Table({
        rows: [
          new TableRow({ children: [new TableCell({ children: [new Paragraph('案件')] }), new TableCell({ children: [new Paragraph('543件')] })] }),
        ],
      }),
      new Paragraph({ children: [new TextRun('　　（一）加强领导。'), new TextRun({ text: '一是完善制度。', bold: true })] }),
    ]);
    expect(paragraphs).toBe(6);
    expect(text.split('\n')).toEqual(['某县2023年度法治政府建设工作报告', '', '一、主要举措和成效', '案件', '543件', '（一）加强领导。一是完善制度。']);
    const item = r.items[0];
    expect(r.point(item.marker.start)).toEqual({ line: 6, column: 9, offset: item.marker.start });
    expect(r.point(r.outline[0].marker.start).line).toBe(3);
  });

  it('a footnote reference is not text (mammoth’s 「[1]」), the note is read after the body without its 「↑」 link', async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('数据来源：县统计局。')] } },
      sections: [{ children: [new Paragraph({ children: [new TextRun('全年受理案件12件。'), new FootnoteReferenceRun(1), new TextRun('审结11件。')] })] }],
    });
    const parsed = await parseDocx(new Uint8Array(await Packer.toBuffer(doc)));
    expect(parsed.text.split('\n')).toEqual(['全年受理案件12件。审结11件。', '数据来源：县统计局。']);
  });

  it('a soft line break (Shift+Enter) inside a title or a sentence joins the lines: no space between Chinese characters', async () => {
    const { text } = await report([new Paragraph({ children: [new TextRun('某县人民政府关于'), new TextRun({ text: '2024年度法治政府建设情况的报告', break: 1 })] }), new Paragraph('下一段')]);
    expect(text).toBe('某县人民政府关于2024年度法治政府建设情况的报告\n下一段');
    const latin = await report([new Paragraph({ children: [new TextRun('ISO'), new TextRun({ text: '9001认证', break: 1 })] })]);
    expect(latin.text).toBe('ISO 9001认证');
    const year = await report([new Paragraph({ children: [new TextRun('某局20'), new TextRun({ text: '24年度报告', break: 1 })] })]);
    expect(year.text).toBe('某局2024年度报告');
  });

  it('a report pasted from a <br> web page (one Word paragraph, a soft break per line) reads as its paragraphs (inputs2)', async () => {
    const lines = ['某县人民政府', '某政〔2025〕3号', '某县人民政府关于2024年度法治政府建设情况的报告', '市人民政府：', '2024年，我县深入推进法治政府建设。现将有关情况报告如下：',
      '一、2024年推进法治政府建设的主要举措和成效', '全年办理行政复议案件12件，依法化解行政争议。', '（一）严格规范公正文明执法', '推行说理式执法。',
      '二、党政主要负责人履行推进法治建设第一责任人职责情况', '县长带头学法。', '三、存在的不足和原因', '执法队伍专业化水平不高。', '四、2025年推进法治政府建设的主要安排', '深化行政执法体制改革。'];
    for (const indent of ['', '　　']) {
      const runs = lines.map((l, i) => new TextRun({ text: indent + l, break: i ? 1 : 0 }));
      const { text, paragraphs, report: r } = await report([new Paragraph({ children: runs })]);
      expect(paragraphs).toBe(1);
      expect(text).toBe(lines.join(' '));
      expect(r.meta.title).toBe('某县人民政府关于2024年度法治政府建设情况的报告');
      expect(r.parts.matches.map((p) => p.part)).toEqual([1, 3, 2, 4]);
    }
  });

  it('Word heading styles become heading depths: 标题/Title is the report title, Heading 1/2 nest', async () => {
    const { report: r } = await report([
      new Paragraph({ text: '某县2023年度法治政府建设工作报告', heading: HeadingLevel.TITLE }),
      new Paragraph({ text: '主要举措和成效', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: '坚持依法决策', heading: HeadingLevel.HEADING_2 }),
      new Paragraph('正文。'),
      new Paragraph({ text: '存在的不足和原因', heading: HeadingLevel.HEADING_1 }),
    ]);
    expect(r.meta.title).toBe('某县2023年度法治政府建设工作报告');
    expect(r.blocks.map((b) => `${b.kind}${b.depth ?? ''}`)).toEqual(['heading1', 'heading1', 'heading2', 'paragraph', 'heading1']);
    expect(r.sections.map((s) => `${s.level} ${s.kind} ${s.heading}`)).toEqual(['1 markdown 主要举措和成效', '2 markdown 坚持依法决策', '1 markdown 存在的不足和原因']);
  });

  it('numbering written in the text still wins over the heading style', async () => {
    const { report: r } = await report([
      new Paragraph({ text: '某县2023年度法治政府建设工作报告', heading: HeadingLevel.TITLE }),
      // (一) styled as Heading 1, 一、 as Heading 2: the numbering decides the outline
      new Paragraph({ text: '一、主要举措和成效', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: '（一）加强组织领导', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: '二、存在的不足和原因', heading: HeadingLevel.HEADING_2 }),
    ]);
    expect(r.sections.map((s) => `${s.level} ${s.kind} ${s.label}`)).toEqual(['1 cn 一', '2 paren-cn 一', '1 cn 二']);
  });

  it('Chinese style names (标题 1) are headings too', async () => {
    const doc = new Document({
      styles: { paragraphStyles: [{ id: 'a1', name: '标题 1', basedOn: 'Normal', run: { bold: true } }] },
      sections: [{ children: [new Paragraph({ text: '主要举措和成效', style: 'a1' }), new Paragraph('正文。')] }],
    });
    const parsed = await parseDocx(new Uint8Array(await Packer.toBuffer(doc)));
    const r = buildReport(parsed.text, parsed.tree, { format: 'docx' });
    expect(r.blocks.map((b) => `${b.kind}${b.depth ?? ''} ${b.text}`)).toEqual(['heading1 主要举措和成效', 'paragraph 正文。']);
  });

  it('an empty document is an empty report, not an error', async () => {
    const { text, report: r } = await report([]);
    expect(r.blocks).toEqual([]);
    expect(text.trim()).toBe('');
  });
});
