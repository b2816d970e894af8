// Make the committed fixtures of tests/parse/inputs2.test.ts: one report (written for the test, one planted fault:
// a 全程网办率 that does not follow from its counts) as plain text and in the forms reviewers hold, each made with the
// Word features that gave false or lost findings in eval/README.md's inputs2 run. Run once by hand:
//   node scripts/make-inputs2-fixtures.mjs
// Writes tests/__data__/inputs2/:
//   report.txt    the text
//   word.docx     Word: 标题 (Title) broken with Shift+Enter, a table of contents (content control + TOC field,
//                 cached entries with page numbers), headings 标题 1/2 numbered by Word (一、（一）, chineseCounting),
//                 a footnote referenced mid-paragraph, a tracked change (the old figure deleted), a comment, a
//                 running head and a 「— N —」 page-number footer, the 落款 right-aligned
//   pasted.docx   the text pasted from a <br> web page: one Word paragraph, a soft line break per line
//   word.doc      word.docx saved by LibreOffice as Word 97–2003
//   word.pdf      word.docx exported by LibreOffice as PDF (footnote at the foot of page 1, TOC with leaders)
//   word.html     word.docx saved by LibreOffice as a web page (<ol><li><h1> headings, the TOC as a <div>)
// Needs LibreOffice (soffice) for .doc, .pdf and .html; the .docx are made with the `docx` dev dependency.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as D from 'docx';
import JSZip from 'jszip';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'tests/__data__/inputs2');
mkdirSync(outDir, { recursive: true });

const TITLE = ['青川县人民政府关于', '2024年度法治政府建设情况的报告'];
const H = [
  ['2024年推进法治政府建设的主要举措和成效', [
    ['依法全面履行政府职能', [
      '深化“放管服”改革，全面实行行政许可事项清单管理，清单之外不得违法实施行政许可。全县政务服务事项1206项，其中可全程网办事项1148项，全程网办率达98.2%。推行“高效办成一件事”，在乡镇（街道）便民服务中心和村（社区）代办点就近办理高频事项，群众办事少跑腿。',
      '持续优化法治化营商环境，严格落实《优化营商环境条例》，对新出台的涉企政策逐件开展公平竞争审查，依法平等保护各类经营主体。',
    ]],
    ['严格规范公正文明执法', [
      '全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度。全年办理行政处罚案件862件，比上年减少41件，执法决定书均载明认定事实、法律依据和裁量理由。',
      '开展行政执法案卷评查，评查案卷120卷，其中优秀31卷、合格86卷、不合格3卷，对发现的问题逐一反馈整改。组织执法人员分级分类培训，执法人员持证上岗率保持100%。',
    ]],
    ['依法化解社会矛盾纠纷', [
      '深入实施新修订的《中华人民共和国行政复议法》，县政府收到行政复议申请46件，受理44件，审结40件，其中维持27件、驳回7件、直接纠错6件，纠错率为15.0%。',
      '坚持和发展新时代“枫桥经验”，完善人民调解、行政调解、司法调解联动工作体系，矛盾纠纷调解成功率保持在较高水平。',
    ]],
  ]],
  ['县政府主要负责同志履行推进法治建设第一责任人职责情况', [[null, [
    '县政府主要负责同志认真落实《党政主要负责人履行推进法治建设第一责任人职责规定》，带头学法用法，全年主持召开政府常务会议专题研究法治政府建设工作4次，对重大行政决策事项坚持先审查后决策。',
  ]]]],
  ['2024年推进法治政府建设存在的不足和原因', [[null, [
    '对照上级要求和人民群众期待，仍存在一些不足：一是基层执法队伍专业化水平有待提高；二是行政规范性文件管理还需加强；三是法治宣传教育的针对性还不够强。主要原因是学习培训不够系统，制度落实的督促检查还有短板。',
  ]]]],
  ['2025年推进法治政府建设的主要安排', [[null, [
    '2025年，县政府将坚持以习近平法治思想为指导，一是压紧压实法治建设责任，二是深化行政执法体制改革，三是加强行政规范性文件全链条管理，四是深入开展“八五”普法总结验收。',
  ]]]],
  ['其他需要报告的情况', [[null, ['按照上级部署，按时在政府门户网站公开上一年度法治政府建设情况报告，自觉接受社会监督。']]]],
];
const ADDRESSEE = '市人民政府：';
const OPENING = '2024年，在市委、市政府和县委的坚强领导下，青川县人民政府坚持以习近平新时代中国特色社会主义思想为指导，深入践行习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：';
const SIGN = ['青川县人民政府', '2025年2月20日'];

const CN = '一二三四五六七八九十';
// ---------------------------------------------------------------- report.txt
const txt = [TITLE.join(''), '', ADDRESSEE, OPENING];
H.forEach(([h, subs], i) => {
  txt.push(`${CN[i]}、${h}`);
  subs.forEach(([s, paras], k) => {
    if (s) txt.push(`（${CN[k]}）${s}`);
    txt.push(...paras);
  });
});
txt.push('', ...SIGN);
writeFileSync(path.join(outDir, 'report.txt'), txt.join('\n') + '\n');

// ---------------------------------------------------------------- word.docx
const run = (text, o = {}) => new D.TextRun({ text, size: 28, font: { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' }, ...o });
const body = (children) => new D.Paragraph({ indent: { firstLine: 560 }, children });
const kids = [
  new D.Paragraph({ heading: D.HeadingLevel.TITLE, alignment: D.AlignmentType.CENTER, children: [run(TITLE[0], { size: 40 }), run(TITLE[1], { size: 40, break: 1 })] }),
  new D.Paragraph('@@TOC@@'),
  new D.Paragraph({ children: [run(ADDRESSEE)] }),
  body([run(OPENING)]),
];
let footnote = false;
let tracked = false;
let comment = false;
H.forEach(([h, subs]) => {
  kids.push(new D.Paragraph({ heading: D.HeadingLevel.HEADING_1, numbering: { reference: 'outline', level: 0 }, children: [run(h, { bold: true })] }));
  subs.forEach(([s, paras]) => {
    if (s) kids.push(new D.Paragraph({ heading: D.HeadingLevel.HEADING_2, numbering: { reference: 'outline', level: 1 }, children: [run(s)] }));
    for (const p of paras) {
      const cut = p.indexOf('。') + 1;
      if (!footnote) {
        footnote = true;
        // the reference after the first sentence, the paragraph going on for lines after it
        kids.push(body([run(p.slice(0, cut)), new D.FootnoteReferenceRun(1), run(p.slice(cut))]));
      } else if (!tracked && /纠错率为15.0%/.test(p)) {
        tracked = true;
        const at = p.indexOf('审结40件');
        const date = '2025-02-10T09:00:00Z';
        kids.push(body([run(p.slice(0, at)), new D.DeletedTextRun({ text: '审结38件', id: 11, author: '审核人', date, size: 28 }), new D.InsertedTextRun({ text: '审结40件', id: 12, author: '审核人', date, size: 28 }), run(p.slice(at + '审结40件'.length))]));
      } else if (!comment && /第一责任人职责规定/.test(p)) {
        comment = true;
        kids.push(body([new D.CommentRangeStart(0), run(p.slice(0, cut)), new D.CommentRangeEnd(0), new D.TextRun({ children: [new D.CommentReference(0)] }), run(p.slice(cut))]));
      } else kids.push(body([run(p)]));
    }
  });
});
kids.push(new D.Paragraph(''), ...SIGN.map((s) => new D.Paragraph({ alignment: D.AlignmentType.RIGHT, children: [run(s)] })));

const doc = new D.Document({
  numbering: { config: [{ reference: 'outline', levels: [
    { level: 0, format: D.LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: D.AlignmentType.LEFT },
    { level: 1, format: D.LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: D.AlignmentType.LEFT },
  ] }] },
  styles: { paragraphStyles: [{ id: 'TOC1', name: 'toc 1', basedOn: 'Normal' }, { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal' }] },
  footnotes: { 1: { children: [new D.Paragraph('数据来源：县政务服务中心统计，统计口径为全年。')] } },
  comments: { children: [{ id: 0, author: '审核人', date: new Date('2025-02-10T09:00:00Z'), children: [new D.Paragraph('请补充会议次数的依据。')] }] },
  sections: [{
    headers: { default: new D.Header({ children: [new D.Paragraph({ alignment: D.AlignmentType.CENTER, children: [run('青川县人民政府法治政府建设情况报告', { size: 18 })] })] }) },
    footers: { default: new D.Footer({ children: [new D.Paragraph({ alignment: D.AlignmentType.CENTER, children: [new D.TextRun({ children: ['— ', D.PageNumber.CURRENT, ' —'], size: 28 })] })] }) },
    children: kids,
  }],
});
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const tocEntries = H.map(([h], i) =>
  `<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8300"/></w:tabs></w:pPr>` +
  (i === 0 ? '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' : '') +
  `<w:hyperlink w:anchor="_Toc${100 + i}" w:history="1"><w:r><w:t xml:space="preserve">${CN[i]}、${esc(h)}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc${100 + i} \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${i < 3 ? 1 : 2}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>` +
  (i === H.length - 1 ? '<w:r><w:fldChar w:fldCharType="end"/></w:r>' : '') + '</w:p>').join('');
const toc = `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent><w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>目录</w:t></w:r></w:p>${tocEntries}</w:sdtContent></w:sdt>`;
const zip = await JSZip.loadAsync(await D.Packer.toBuffer(doc));
const xml = await zip.file('word/document.xml').async('string');
zip.file('word/document.xml', xml.replace(/<w:p>(?:(?!<w:p>).)*?@@TOC@@.*?<\/w:p>/, toc));
// fixed dates inside the package so that a rerun gives the same bytes
for (const f of Object.keys(zip.files)) zip.files[f].date = new Date('2025-01-01T00:00:00Z');
writeFileSync(path.join(outDir, 'word.docx'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

// ---------------------------------------------------------------- pasted.docx
const pasted = new D.Document({ sections: [{ children: [new D.Paragraph({ children: txt.filter((l) => l).map((l, i) => run(l, { break: i ? 1 : 0 })) })] }] });
const pz = await JSZip.loadAsync(await D.Packer.toBuffer(pasted));
for (const f of Object.keys(pz.files)) pz.files[f].date = new Date('2025-01-01T00:00:00Z');
writeFileSync(path.join(outDir, 'pasted.docx'), await pz.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

// ---------------------------------------------------------------- LibreOffice: .doc, .pdf, .html
const tmp = mkdtempSync(path.join(tmpdir(), 'inputs2-fixtures-'));
try {
  for (const to of ['doc', 'pdf', 'html']) {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp}/lo-profile`, '--convert-to', to, '--outdir', tmp, path.join(outDir, 'word.docx')], { stdio: 'ignore' });
    copyFileSync(path.join(tmp, `word.${to}`), path.join(outDir, `word.${to}`));
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log('wrote', outDir);
