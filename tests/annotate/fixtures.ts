import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';

const REVIEW = { author: '审核人', date: '2024-02-01T09:00:00Z' };

/**
 * A Word draft as it comes back from review: runs split mid-sentence with different formatting,
 * a hyperlink, a tab and a soft line break, a table, an existing comment, and tracked changes
 * (an insertion and a deletion). Its text has findings inside split runs: a rate that does not
 * match its counts, an unpaired quote, a missing part.
 */
export async function reviewedDocx(): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'fzlint tests',
    comments: {
      children: [{ id: 0, author: REVIEW.author, initials: 'SH', date: new Date(REVIEW.date), children: [new Paragraph('请核实数据来源。')] }],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: '某县2023年度法治政府建设工作情况的报告', heading: HeadingLevel.TITLE }),
          new Paragraph({ children: [new TextRun('2023年，某县坚持以习近平新时代中国特色社会主义思想为指导，'), new TextRun({ text: '深入推进法治政府建设。', bold: true })] }),
          new Paragraph({ text: '一、主要举措和成效', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('（一）严格规范公正文明执法。全年受理执行案件523件，'),
              new CommentRangeStart(0),
              new TextRun({ text: '执结383件，执结', font: '仿宋_GB2312' }),
              new TextRun({ text: '率64.0', bold: true }),
              new TextRun({ text: '3%。', italics: true }),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
              new InsertedTextRun({ text: '开展“三个聚焦“专项行动。', id: 1, ...REVIEW }),
              new DeletedTextRun({ text: '此句已删除。', id: 2, ...REVIEW }),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun('（二）推进政务公开。\t详见'),
              new ExternalHyperlink({ link: 'https://example.gov.cn/zwgk', children: [new TextRun({ text: '政府信息公开专栏', style: 'Hyperlink' })] }),
              new TextRun({ text: '，全年公开信息1200条。', break: 1 }),
            ],
          }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('行政复议案件')] }), new TableCell({ children: [new Paragraph('45件')] })] }),
            ],
          }),
          new Paragraph({ text: '二、存在的不足和原因', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('基层执法力量仍然薄弱。'),
          new Paragraph({ text: '三、2024年工作安排', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('2024年，某县将继续深化法治政府建设。'),
          new Paragraph({ text: '某县人民政府', alignment: 'right' }),
          new Paragraph({ text: '2024年2月1日', alignment: 'right' }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A Markdown report with an ordered list (its third item numbered 4 by hand; Markdown renders 3) and findings in the items. */
export const LIST_MARKDOWN = [
  '# 某县2023年度法治政府建设工作报告',
  '',
  '## 一、主要举措和成效',
  '',
  '1. 严格规范公正文明执法。全年受理执行案件523件，执结383件，执结率64.03%。',
  '2. 推进政务公开。开展“三个聚焦“专项行动。',
  '4. 加强队伍建设。',
  '',
  '## 二、存在的不足和原因',
  '',
  '基层执法力量仍然薄弱。',
  '',
].join('\n');
