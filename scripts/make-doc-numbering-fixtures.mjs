// Make the committed fixtures of tests/parse/doc-numbering.test.ts: Word 97–2003 (.doc) reports whose numbers
// 一、（一）1. are Word automatic numbering (项目符号和编号), not typed — the numbers word-extractor does not give.
// Run once by hand (needs LibreOffice; the tests read the outputs, and convert again only where soffice is installed):
//   node scripts/make-doc-numbering-fixtures.mjs
// Writes tests/__data__/doc-numbering/:
//   seed-000.docx/.doc   seed 000 (../shared/corpus/seeds) with its headings 一、… auto-numbered (level 0)
//   seed-002.docx/.doc   seed 002 with 一、/(一)/1. auto-numbered on three levels (1. restarts under each (一))
//   seed-002-cut.docx/.doc  the same without part 二 (工作存在的问题; part 三 becomes 二): a planted fault
//   seed-004.docx/.doc   seed 004 with its headings 一、… auto-numbered
//   features.docx/.doc   what else the decoder reads: a list whose start is 3, 「%1.%2」 (two levels in one
//                        number), （%1） and ① formats, a list that begins at its second level (whose
//                        numbers Word may count otherwise: none is given), bullets (no number), a
//                        heading style linked to a list (the paragraphs carry no numbering of their own) and
//                        a numbered paragraph in a table cell
//   formats.docx/.doc    number formats (I. a) １． 壹拾贰、 甲. 十二), 第%1章 with %1.%2 marked legal and (%3) marked
//                        never to restart (LibreOffice keeps neither in the .doc), numbers hidden by w:vanish
//   headings.docx/.doc   the list linked to the Heading 1/Heading 2 styles, not to the paragraphs (Word's 多级列表)
//   autonum.docx/.doc    tests/__data__/forms/autonum.docx (bold plain headings numbered by Word after run-in
//                        （一） items): word-extractor's text alone gave it a false missingPlan error
// The .docx are made with the `docx` dev dependency, the .doc from them by LibreOffice (--convert-to doc). The
// `docx` package writes <w:startOverride w:val="1"/> into every list instance; LibreOffice saves such a list as
// .doc with its first paragraph in a list of its own (LibreOffice then shows 一、一、二、… itself), so the
// overrides are taken out of numbering.xml first: the .doc then holds the numbering the .docx shows.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as D from 'docx';
import JSZip from 'jszip';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = path.resolve(root, '../shared/corpus/seeds');
const outDir = path.join(root, 'tests/__data__/doc-numbering');
mkdirSync(outDir, { recursive: true });

const CN = '一二三四五六七八九十';
/** The w:numId the docx package gives the one list of headingsDocument (its default bullet list is 1). */
const HEADINGS_NUM = 2;
const cn = (n) => (n <= 10 ? CN[n - 1] : n < 20 ? '十' + CN[n - 11] : String(n));

function seedText(n) {
  const base = n.replace(/-cut$/, '');
  const name = readdirSync(seedsDir).find((f) => f.startsWith(base));
  let text = readFileSync(path.join(seedsDir, name), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (n.endsWith('-cut')) {
    const ls = text.split('\n');
    const from = ls.findIndex((l) => l.startsWith('二、'));
    const to = ls.findIndex((l) => l.startsWith('三、'));
    // the later parts move up: Word renumbers them (三、 → 二、), and so does the text compared with
    text = [...ls.slice(0, from), ...ls.slice(to).map((l) => l.replace(/^三、/, '二、'))].join('\n');
  }
  return text.replace(/\n+$/, '');
}

/** The three levels of a report outline; the level-1 parentheses as the seed types them (ASCII or full width). */
function outlineLevels(open, close) {
  return [
    { level: 0, format: D.LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: D.AlignmentType.LEFT, suffix: D.LevelSuffix.NOTHING },
    { level: 1, format: D.LevelFormat.CHINESE_COUNTING, text: `${open}%2${close}`, alignment: D.AlignmentType.LEFT, suffix: D.LevelSuffix.NOTHING },
    { level: 2, format: D.LevelFormat.DECIMAL, text: '%3.', alignment: D.AlignmentType.LEFT, suffix: D.LevelSuffix.NOTHING },
  ];
}

/**
 * A seed as a Word draft whose typed numbers are Word's list numbers: each typed number is taken out of the text
 * and the paragraph numbered at its level. The numbers Word will show are checked against the typed ones (a
 * seed whose numbers are not what Word would count is refused: it would not read the same).
 */
function seedDocument(seed) {
  const lines = seedText(seed).split('\n');
  const paren = lines.map((l) => /^([(（])[一二三四五六七八九十]+([)）])/.exec(l)).find(Boolean);
  const [open, close] = paren ? [paren[1], paren[2]] : ['（', '）'];
  const patterns = [
    [0, /^([一二三四五六七八九十]+)、/, (n) => `${cn(n)}、`],
    [1, new RegExp(`^\\${open}([一二三四五六七八九十]+)\\${close}`), (n) => `${open}${cn(n)}${close}`],
    [2, /^(\d+)\.(?!\d)/, (n) => `${n}.`],
  ];
  const counters = [];
  const children = lines.map((line) => {
    for (const [level, re, show] of patterns) {
      const m = re.exec(line);
      if (!m) continue;
      counters[level] = (counters[level] ?? 0) + 1;
      counters.length = level + 1;
      const typed = m[0];
      if (show(counters[level]) !== typed) throw new Error(`${seed}: typed ${typed} where Word counts ${show(counters[level])}`);
      return new D.Paragraph({ numbering: { reference: 'outline', level }, children: [run(line.slice(typed.length))] });
    }
    return new D.Paragraph({ children: [run(line)] });
  });
  return new D.Document({ numbering: { config: [{ reference: 'outline', levels: outlineLevels(open, close) }] }, sections: [{ children }] });
}

const run = (text, o = {}) => new D.TextRun({ text, size: 32, font: { eastAsia: '仿宋_GB2312' }, ...o });
const para = (text, numbering) => new D.Paragraph({ numbering, children: [run(text)] });

function featuresDocument() {
  const config = [
    { reference: 'outline', levels: outlineLevels('（', '）') },
    {
      reference: 'from-three',
      levels: [
        { level: 0, format: D.LevelFormat.DECIMAL, start: 3, text: '%1.', alignment: D.AlignmentType.LEFT, suffix: D.LevelSuffix.NOTHING },
        { level: 1, format: D.LevelFormat.DECIMAL, text: '%1.%2', alignment: D.AlignmentType.LEFT, suffix: D.LevelSuffix.SPACE },
      ],
    },
    {
      reference: 'circled',
      levels: [{ level: 0, format: D.LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: '%1', alignment: D.AlignmentType.LEFT, suffix: D.LevelSuffix.NOTHING }],
    },
    {
      reference: 'deep-first',
      levels: [
        { level: 0, format: D.LevelFormat.DECIMAL, text: '%1.', alignment: D.AlignmentType.LEFT, suffix: D.LevelSuffix.NOTHING },
        { level: 1, format: D.LevelFormat.DECIMAL, text: '%1.%2', alignment: D.AlignmentType.LEFT, suffix: D.LevelSuffix.SPACE },
        { level: 2, format: D.LevelFormat.LOWER_LETTER, text: '%3)', alignment: D.AlignmentType.LEFT, suffix: D.LevelSuffix.NOTHING },
      ],
    },
    { reference: 'bullets', levels: [{ level: 0, format: D.LevelFormat.BULLET, text: '●', alignment: D.AlignmentType.LEFT }] },
    {
      reference: 'by-style',
      levels: [
        { level: 0, format: D.LevelFormat.CHINESE_COUNTING, text: '第%1部分', alignment: D.AlignmentType.LEFT, suffix: D.LevelSuffix.SPACE },
      ],
    },
  ];
  const n = (reference, level = 0) => ({ reference, level });
  const children = [
    para('某县2024年度法治政府建设情况报告'),
    para('主要举措和成效', n('outline', 0)),
    para('强化合法性审查', n('outline', 1)),
    para('审查规范性文件14件', n('outline', 2)),
    para('审查重大行政决策6项', n('outline', 2)),
    para('规范行政执法', n('outline', 1)),
    para('培训执法人员486人次', n('outline', 2)),
    para('存在的不足和原因', n('outline', 0)),
    para('执法力量不足', n('outline', 1)),
    para('第三项起的清单', n('from-three', 0)),
    para('两级编号的一项', n('from-three', 1)),
    para('两级编号的二项', n('from-three', 1)),
    para('第四项', n('from-three', 0)),
    para('先有二级的一项', n('deep-first', 1)),
    para('其后的一级', n('deep-first', 0)),
    para('再后的一级', n('deep-first', 0)),
    para('其下的三级', n('deep-first', 2)),
    para('带圈一', n('circled')),
    para('带圈二', n('circled')),
    para('圆点项目甲', n('bullets')),
    para('圆点项目乙', n('bullets')),
    new D.Paragraph({ style: 'PartHeading', numbering: n('by-style'), children: [run('由样式编号的标题')] }),
    para('正文'),
    new D.Paragraph({ style: 'PartHeading', numbering: n('by-style'), children: [run('由样式编号的另一标题')] }),
    new D.Table({
      rows: [
        new D.TableRow({ children: [new D.TableCell({ children: [para('表内编号项', n('circled'))] }), new D.TableCell({ children: [para('说明')] })] }),
      ],
    }),
    para('下一年度工作安排', n('outline', 0)),
  ];
  return new D.Document({
    numbering: { config },
    styles: { paragraphStyles: [{ id: 'PartHeading', name: 'Part Heading', basedOn: 'Normal', next: 'Normal', run: { bold: true } }] },
    sections: [{ children }],
  });
}

/** Number formats, legal numbering, a level that never restarts, a hidden number (patched into numbering.xml). */
function formatsDocument() {
  const L = (level, format, text) => ({ level, format, text, alignment: D.AlignmentType.LEFT, suffix: D.LevelSuffix.NOTHING });
  const config = [
    { reference: 'chapters', levels: [L(0, D.LevelFormat.CHINESE_COUNTING, '第%1章'), L(1, D.LevelFormat.DECIMAL, '%1.%2'), L(2, D.LevelFormat.DECIMAL, '(%3)')] },
    { reference: 'roman', levels: [L(0, D.LevelFormat.UPPER_ROMAN, '%1.'), L(1, D.LevelFormat.LOWER_LETTER, '%2)'), L(2, D.LevelFormat.DECIMAL_FULL_WIDTH, '%3．')] },
    { reference: 'legal', levels: [L(0, D.LevelFormat.CHINESE_LEGAL_SIMPLIFIED, '%1、'), L(1, D.LevelFormat.IDEOGRAPH_TRADITIONAL, '%2.'), L(2, D.LevelFormat.CHINESE_COUNTING_THOUSAND, '%3')] },
    { reference: 'hidden', levels: [L(0, D.LevelFormat.DECIMAL, '%1.')] },
  ];
  const p = (text, reference, level = 0) => para(text, { reference, level });
  return new D.Document({
    numbering: { config },
    sections: [
      {
        children: [
          p('总则', 'chapters', 0), p('目的', 'chapters', 1), p('依据', 'chapters', 2), p('范围', 'chapters', 2), p('原则', 'chapters', 1), p('分工', 'chapters', 2),
          p('职责', 'chapters', 0), p('机构', 'chapters', 1), p('人员', 'chapters', 2),
          p('罗马一', 'roman', 0), p('字母一', 'roman', 1), p('字母二', 'roman', 1), p('全角一', 'roman', 2), p('罗马二', 'roman', 0),
          ...Array.from({ length: 12 }, (_, i) => p(`大写${i + 1}`, 'legal', 0)),
          p('天干一', 'legal', 1), p('天干二', 'legal', 1),
          ...Array.from({ length: 12 }, (_, i) => p(`小写${i + 1}`, 'legal', 2)),
          p('隐藏编号一', 'hidden'), p('隐藏编号二', 'hidden'),
        ],
      },
    ],
  });
}

/** Word's 多级列表 linked to 标题 1/标题 2: the list is in the heading styles, the paragraphs have only their style. */
function headingsDocument() {
  const h = (heading, text) => new D.Paragraph({ heading, numbering: { reference: 'outline', level: heading === D.HeadingLevel.HEADING_1 ? 0 : 1 }, children: [run(text)] });
  return new D.Document({
    numbering: { config: [{ reference: 'outline', levels: outlineLevels('（', '）') }] },
    sections: [
      {
        children: [
          para('某县2024年度法治政府建设情况报告'),
          h(D.HeadingLevel.HEADING_1, '主要举措和成效'), h(D.HeadingLevel.HEADING_2, '强化合法性审查'), para('全年审查规范性文件14件。'),
          h(D.HeadingLevel.HEADING_2, '规范行政执法'), para('组织培训3期。'),
          h(D.HeadingLevel.HEADING_1, '存在的不足和原因'), h(D.HeadingLevel.HEADING_2, '执法力量不足'), para('基层力量薄弱。'),
        ],
      },
    ],
  });
}

/** The .docx without the docx package's startOverride, and with style PartHeading numbered by list by-style. */
async function save(name, doc, patchXml) {
  const zip = await JSZip.loadAsync(doc instanceof D.Document ? await D.Packer.toBuffer(doc) : doc);
  let numbering = await zip.file('word/numbering.xml').async('string');
  // the docx package's overrides repeat each level's own start (w:start): taking them out changes no number
  numbering = numbering.replace(/<w:lvlOverride w:ilvl="\d+"><w:startOverride w:val="\d+"\/><\/w:lvlOverride>/g, '');
  zip.file('word/numbering.xml', numbering);
  if (patchXml) {
    for (const part of ['word/numbering.xml', 'word/styles.xml', 'word/document.xml']) zip.file(part, patchXml(part, await zip.file(part).async('string')));
  }
  const byStyle = /<w:abstractNum\b[^>]*>(?:(?!<\/w:abstractNum>)[\s\S])*?第%1部分/.exec(numbering);
  if (byStyle) {
    // the w:num of the by-style list, linked from the style (the paragraphs have no numPr of their own)
    const abstractId = /w:abstractNumId="(\d+)"/.exec(byStyle[0])[1];
    const numId = new RegExp(`<w:num w:numId="(\\d+)"[^>]*><w:abstractNumId w:val="${abstractId}"/>`).exec(numbering)[1];
    let styles = await zip.file('word/styles.xml').async('string');
    styles = styles.replace(/(<w:style\b[^>]*w:styleId="PartHeading"[^>]*>[\s\S]*?)(<w:pPr>|<w:rPr>)/, (m, head, next) =>
      next === '<w:pPr>' ? `${head}<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>` : `${head}<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${next}`,
    );
    zip.file('word/styles.xml', styles);
    // … and the paragraphs of that style lose their own numbering
    let document = await zip.file('word/document.xml').async('string');
    document = document.replace(/(<w:pStyle w:val="PartHeading"\/>)<w:numPr>[\s\S]*?<\/w:numPr>/g, '$1');
    zip.file('word/document.xml', document);
  }
  writeFileSync(path.join(outDir, `${name}.docx`), await zip.generateAsync({ type: 'nodebuffer' }));
}

for (const seed of ['000', '002', '002-cut', '004']) await save(`seed-${seed}`, seedDocument(seed));
await save('features', featuresDocument());
await save('autonum', readFileSync(path.join(root, 'tests/__data__/forms/autonum.docx')));
await save('formats', formatsDocument(), (part, xml) => {
  if (part !== 'word/numbering.xml') return xml;
  return (
    xml
      // 第%1章 / %1.%2: legal numbering (1.1, not 一.1) — LibreOffice does not keep it in the .doc
      .replace('<w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="%1.%2"/>', '<w:numFmt w:val="decimal"/><w:isLgl/><w:suff w:val="nothing"/><w:lvlText w:val="%1.%2"/>')
      // (%3) never restarts — LibreOffice does not keep it either
      .replace('<w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="(%3)"/>', '<w:numFmt w:val="decimal"/><w:lvlRestart w:val="0"/><w:suff w:val="nothing"/><w:lvlText w:val="(%3)"/>')
      // the hidden list's numbers hidden (w:vanish): kept in the .doc as sprmCFVanish
      .replace(/(<w:lvl w:ilvl="0"[^>]*><w:start w:val="1"\/><w:numFmt w:val="decimal"\/><w:suff w:val="nothing"\/><w:lvlText w:val="%1\."\/><w:lvlJc w:val="left"\/>)/, '$1<w:rPr><w:vanish/></w:rPr>')
  );
});
await save('headings', headingsDocument(), (part, xml) => {
  // the list moves from the paragraphs into Heading1/Heading2 (the one w:num of the document's list)
  if (part === 'word/document.xml') return xml.replace(/(<w:pStyle w:val="Heading[12]"\/>)<w:numPr>[\s\S]*?<\/w:numPr>/g, '$1');
  if (part !== 'word/styles.xml') return xml;
  return xml.replace(/(<w:style\b[^>]*w:styleId="Heading([12])"[^>]*>(?:(?!<\/w:style>)[\s\S])*?)<w:rPr>/g, (m, head, n) => `${head}<w:pPr><w:numPr><w:ilvl w:val="${Number(n) - 1}"/><w:numId w:val="${HEADINGS_NUM}"/></w:numPr></w:pPr><w:rPr>`);
});

const tmp = mkdtempSync(path.join(tmpdir(), 'fzlint-doc-numbering-'));
try {
  for (const name of ['seed-000', 'seed-002', 'seed-002-cut', 'seed-004', 'features', 'autonum', 'formats', 'headings']) {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp}/lo-profile`, '--convert-to', 'doc', '--outdir', tmp, path.join(outDir, `${name}.docx`)], { stdio: 'ignore' });
    copyFileSync(path.join(tmp, `${name}.doc`), path.join(outDir, `${name}.doc`));
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
