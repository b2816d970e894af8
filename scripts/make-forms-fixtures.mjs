// Make the committed fixtures of tests/parse/forms.test.ts: reports in the forms reviewers receive, where the
// readers used to lose headings (eval/independent6, classes 1 and 3). Run once by hand:
//   node scripts/make-forms-fixtures.mjs
// Writes tests/__data__/forms/:
//   flush-headings.docx / .pdf       a 公文-style Word draft whose headings 一、… are flush left at the body size
//                                    (no first-line indent, bold) after paragraphs whose last line is more than
//                                    half full, and its PDF exported by LibreOffice (soffice --headless)
//   flush-headings-noplan.docx/.pdf  the same without part 四 (the plan): a planted fault
//   autonum.docx                     top-level headings numbered by Word (项目符号和编号, chineseCounting "%1、",
//                                    the 「一、」 not in the text) as bold plain paragraphs, after run-in （一）… items
//   autonum-noproblems.docx          the same without part 三 (不足和原因): a planted fault
// Needs LibreOffice for the PDFs (the .docx are made with the `docx` dev dependency). The test reads these files;
// it converts flush-headings.docx again only where soffice is installed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as D from 'docx';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'tests/__data__/forms');
mkdirSync(outDir, { recursive: true });

// 三号 (16pt) body with a two-character first-line indent, as a 公文 draft
const run = (text, o = {}) => new D.TextRun({ text, size: 32, font: { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' }, ...o });
const body = (text) => new D.Paragraph({ indent: { firstLine: 640 }, children: [run(text)] });
const flush = (text) => new D.Paragraph({ children: [run(text, { bold: true, font: { eastAsia: '黑体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' } })] });
const centred = (text, o = {}) => new D.Paragraph({ alignment: D.AlignmentType.CENTER, children: [run(text, o)] });
const right = (text) => new D.Paragraph({ alignment: D.AlignmentType.RIGHT, children: [run(text)] });
const numbered = (text) => new D.Paragraph({ numbering: { reference: 'parts', level: 0 }, children: [run(text, { bold: true })] });
const numbering = {
  config: [
    {
      reference: 'parts',
      levels: [
        { level: 0, format: D.LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: D.AlignmentType.LEFT, suffix: D.LevelSuffix.NOTHING },
        { level: 1, format: D.LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: D.AlignmentType.LEFT },
      ],
    },
  ],
};

const TITLE = '青石县司法局2024年度法治政府建设情况报告';
const OPENING = '2024年，县司法局在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，统筹推进法治政府建设各项工作。现将有关情况报告如下：';
// the paragraphs before each heading end on a line more than half full (checked on the PDF: see the test)
const PARTS = [
  {
    heading: '2024年度推进法治政府建设的主要举措和成效',
    paragraphs: [
      '（一）强化合法性审查。全年审查县政府规范性文件14件、重大行政决策事项6项，提出审查意见53条，均被采纳，未发生因合法性问题被撤销的情况。',
      '（二）规范行政执法。组织行政执法人员培训3期，参训486人次；评查行政执法案卷210卷，其中优秀案卷80卷，优秀率38.1%，发现的问题已逐项反馈整改到位。',
      '（三）化解矛盾纠纷。全县各级人民调解组织调解纠纷1532件，调解成功1509件，调解成功率98.5%，县公共法律服务中心接待群众来访咨询4210人次，办结率100%。',
    ],
  },
  {
    heading: '党政主要负责人履行推进法治建设第一责任人职责情况',
    paragraphs: ['局党组书记、局长认真履行推进法治建设第一责任人职责，全年主持召开局党组会议专题研究法治建设工作5次，带头在县委全面依法治县委员会会议上述法，审定重要执法文书和合同。'],
  },
  {
    heading: '存在的不足和原因',
    paragraphs: ['一是行政执法人员专业能力与新形势要求还有差距；二是基层法律服务力量相对薄弱，偏远乡镇覆盖不足。主要原因是培训的针对性不强，经费保障不足，队伍补充不及时，有待加强。'],
  },
  {
    heading: '2025年度推进法治政府建设的主要安排',
    paragraphs: ['2025年，县司法局将重点做好以下工作：一是加强合法性审查队伍建设；二是推进行政执法规范化建设，开展执法人员全员轮训；三是完善矛盾纠纷多元化解机制，推进公共法律服务均衡发展。'],
  },
  { heading: '其他需要报告的情况', paragraphs: ['本年度县司法局未发生行政复议被纠错和行政诉讼败诉案件。'] },
];
const CN = ['一', '二', '三', '四', '五'];

/** The report's paragraphs; `without` drops one part (0-based), `heading` makes a part's heading. */
function report(heading, without) {
  const kept = PARTS.filter((_, i) => i !== without);
  return [
    centred(TITLE, { bold: true, size: 44 }),
    body(OPENING),
    ...kept.flatMap((p, i) => [heading(p.heading, i), ...p.paragraphs.map(body)]),
    right('青石县司法局'),
    right('2025年1月20日'),
  ];
}

async function save(name, children, withNumbering = false) {
  const doc = new D.Document({ ...(withNumbering ? { numbering } : {}), sections: [{ children }] });
  writeFileSync(path.join(outDir, name), Buffer.from(await D.Packer.toBuffer(doc)));
}

await save('flush-headings.docx', report((h, i) => flush(`${CN[i]}、${h}`)));
await save('flush-headings-noplan.docx', report((h, i) => flush(`${CN[i]}、${h}`), 3));
await save('autonum.docx', report((h) => numbered(h)), true);
await save('autonum-noproblems.docx', report((h) => numbered(h), 2), true);

const tmp = mkdtempSync(path.join(tmpdir(), 'fzlint-forms-'));
try {
  for (const name of ['flush-headings', 'flush-headings-noplan']) {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp}/lo-profile`, '--convert-to', 'pdf', '--outdir', tmp, path.join(outDir, `${name}.docx`)], { stdio: 'ignore' });
    copyFileSync(path.join(tmp, `${name}.pdf`), path.join(outDir, `${name}.pdf`));
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
