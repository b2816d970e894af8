import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/linter/linter.js';
import type { LintMessage } from '../../src/engine/types.js';
import { layOutPages, type LayoutPage, type LayoutRun } from '../../src/parse/layout.js';
import { formatNumber, materialiseNumbering, readNumbering, readStyles } from '../../src/parse/docx-numbering.js';
import { parseDocx } from '../../src/parse/docx.js';
import { prepare } from '../../src/engine/lint.js';

/**
 * Reports in the forms reviewers receive, where a reader lost headings and a clean report got false errors
 * (eval/independent6 classes 1–3): a PDF whose flush-left headings were glued to the paragraph before, a web
 * page whose article sits in one layout-table cell, a Word file whose headings are numbered by Word. Each form:
 * the clean report stays silent (no warning, no error), the same report with a part cut is still flagged.
 * The Word and PDF files are made by scripts/make-forms-fixtures.mjs (the PDFs by LibreOffice).
 */
const data = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../__data__/forms');
const linter = new Linter({ cwd: data, configLookup: 'off' });

const loud = (ms: LintMessage[]) => ms.filter((m) => m.severity !== 'info').map((m) => `${m.ruleId} ${m.messageId ?? ''} ${m.message}`);
async function lint(file: string): Promise<string[]> {
  const r = await linter.lintFile(path.join(data, file));
  expect(r.fileError).toBeUndefined();
  return loud(r.messages);
}

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 20000 });
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------
// 1. PDF: a flush-left heading after a paragraph whose last line is more than half full

const LEFT = 80;
const EM = 16;
const RIGHT = LEFT + 27 * EM;

function run(text: string, x: number, y: number, size = EM): LayoutRun {
  return { text, x, y, w: [...text].length * size, size };
}

/** Lines as given: [text, indented?]; x1 follows from the text's length. */
function page(lines: [string, boolean][], top = 120): LayoutPage[] {
  return [{ width: 595, height: 842, runs: lines.map(([t, ind], k) => run(t, ind ? LEFT + 2 * EM : LEFT, top + k * 28)) }];
}

const full = (s: string, n = 27) => s.padEnd(n, '法').slice(0, n);

describe('PDF layout: flush-left headings and short lines', () => {
  it('a numbered heading without indent after a line that ends a sentence starts a paragraph (一、（一）第二部分 1.)', () => {
    for (const heading of ['二、党政主要负责人履行第一责任人职责情况', '（二）完善依法行政制度体系', '第二部分 存在的不足', '2.推进严格规范公正文明执法']) {
      const lines: [string, boolean][] = [
        ['一、主要举措和成效', false],
        [full('全年审查规范性文件十四件，提出审查意见五十三条', 25), true],
        [full('均被采纳，未发生因合法性问题被撤销的情况，全部按时') + '', false],
        ['报送备案，备案审查工作质效进一步提升，取得明显成效。', false],
        [heading, false],
        [full('局党组书记认真履行职责，全年主持召开党组会议五次', 25), true],
        ['带头述法。', false],
      ];
      expect(lines[3][0].length).toBeGreaterThan(27 / 2);
      const out = layOutPages(page(lines)).text.split('\n');
      expect(out, heading).toHaveLength(4);
      expect(out[2]).toBe(heading);
    }
  });

  it('a heading over two lines (the second short) is one paragraph after the sentence it follows', () => {
    const lines: [string, boolean][] = [
      [full('全年审查规范性文件十四件', 25), true],
      [full('均被采纳，未发生问题', 26) + '。', false],
      [full('二、党政主要负责人履行推进法治建设第一责任人职责及'), false],
      ['其他情况', false],
      [full('局党组书记认真履行职责', 25), true],
      ['带头述法。', false],
    ];
    const out = layOutPages(page(lines)).text.split('\n');
    expect(out[1]).toBe(full('二、党政主要负责人履行推进法治建设第一责任人职责及') + '其他情况');
    expect(out).toHaveLength(3);
  });

  it('run-in items stay in their paragraph: 一是 at a line start, and a long （二） run on over full lines', () => {
    const yishi: [string, boolean][] = [
      [full('存在的不足主要有以下方面。', 25), true],
      [full('主要表现在基层执法力量薄弱，业务培训不足等方面。'), false],
      [full('一是执法人员专业能力有差距；二是基层法律服务力量相对薄'), false],
      ['弱。', false],
    ];
    expect(layOutPages(page(yishi)).text.split('\n')).toHaveLength(1);
    const runIn: [string, boolean][] = [
      [full('主要做法如下：（一）加强审查，全年审查文件', 25), true],
      [full('十四件，均按时报送备案，提出审查意见五十三条。'), false],
      [full('（二）规范执法，组织执法人员培训三期，参训四百八十'), false],
      [full('六人次，评查行政执法案卷二百一十卷，发现问题逐项整改'), false],
      ['到位。', false],
    ];
    expect(layOutPages(page(runIn)).text.split('\n')).toHaveLength(1);
  });

  it('a line left short because the next line\'s number did not fit is not a paragraph end (受理率 / 91.6%)', () => {
    const lines: [string, boolean][] = [
      [full('行政复议工作规范开展，全年', 25), true],
      [full('案件办理质效持续提升，复议决定'), false],
      ['全市新收行政复议申请1046件，受理958件，受理率', false],
      ['91.6%，审结902件。', false],
      [full('另起一段的文字', 25), true],
      ['完。', false],
    ];
    const pages = page(lines);
    // the line ends less than the width of 「91.6%」 before the right edge
    pages[0].runs[2].w = RIGHT - pages[0].runs[2].x - 2 * EM;
    const out = layOutPages(pages).text.split('\n');
    expect(out[0]).toBe(full('行政复议工作规范开展，全年', 25) + full('案件办理质效持续提升，复议决定') + '全市新收行政复议申请1046件，受理958件，受理率91.6%，审结902件。');
    expect(out).toHaveLength(2);
    // a line that ends a sentence still ends its paragraph there
    pages[0].runs[2].text = '全市新收行政复议申请1046件，受理958件。';
    expect(layOutPages(pages).text.split('\n')).toHaveLength(3);
  });

  it('a larger title on two lines further apart than the body pitch is one paragraph', () => {
    const body = page([[full('2024年，县司法局在县委、县政府的坚强领导下', 25), true], ['推进。', false]], 200)[0].runs;
    const pages: LayoutPage[] = [{ width: 595, height: 842, runs: [run('临江市人民政府关于2025年度法治', 85, 100, 28), run('政府建设情况的报告', 161, 140, 28), ...body] }];
    expect(layOutPages(pages).text.split('\n')[0]).toBe('临江市人民政府关于2025年度法治政府建设情况的报告');
  });
});

describe('PDF exported by LibreOffice from a Word draft with flush-left 黑体 headings', () => {
  it('the clean report stays silent; every heading is a paragraph of its own', async () => {
    expect(await lint('flush-headings.pdf')).toEqual([]);
  });

  it('the same report without its plan part is still flagged', async () => {
    const found = await lint('flush-headings-noplan.pdf');
    // one fault, one finding: the missing plan is told by require-next-year-plan, whose missingPlan covers part 4
    expect(found.some((f) => f.startsWith('require-next-year-plan missingPlan'))).toBe(true);
    expect(found.filter((f) => f.startsWith('require-sections missingPart')).every((f) => !f.includes('第四部分'))).toBe(true);
    expect(found.filter((f) => !/^require-(sections|next-year-plan) /.test(f))).toEqual([]);
  });

  it.skipIf(!hasSoffice())('LibreOffice installed here: the Word draft exported now reads the same', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'fzlint-forms-test-'));
    try {
      copyFileSync(path.join(data, 'flush-headings.docx'), path.join(tmp, 'live.docx'));
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp}/profile`, '--convert-to', 'pdf', '--outdir', tmp, path.join(tmp, 'live.docx')], { stdio: 'ignore', timeout: 120000 });
      const r = await linter.lintFile(path.join(tmp, 'live.pdf'));
      expect(r.fileError).toBeUndefined();
      expect(loud(r.messages)).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 150000);
});

// ---------------------------------------------------------------------------
// 2. Web page: the article in one layout-table cell

const ARTICLE = [
  '青石县司法局2024年度法治政府建设情况报告',
  '2024年，县司法局深入学习贯彻习近平法治思想，统筹推进法治政府建设。现将有关情况报告如下：',
  '一、2024年度推进法治政府建设的主要举措和成效',
  '全年审查县政府规范性文件14件，提出审查意见53条，均被采纳。',
  '二、党政主要负责人履行推进法治建设第一责任人职责情况',
  '局党组书记、局长认真履行推进法治建设第一责任人职责，全年主持召开局党组会议专题研究法治建设工作5次。',
  '三、存在的不足和原因',
  '一是行政执法人员专业能力还有差距；二是基层法律服务力量相对薄弱。主要原因是培训针对性不强。',
  '四、2025年度推进法治政府建设的主要安排',
  '2025年，县司法局将加强合法性审查队伍建设，推进行政执法规范化建设。',
  '五、其他需要报告的情况',
  '无。',
  '青石县司法局',
  '2025年1月20日',
];

const tablePage = (cell: string) =>
  `<html><head><title>青石县人民政府网-${ARTICLE[0]}</title></head><body><table width="1000">` +
  `<tr><td class="nav"><a href="/">网站首页</a> | <a href="#">政务公开</a></td></tr>` +
  `<tr><td>您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">法治政府建设</a></td></tr>` +
  `<tr><td class="content"><div class="Section1">${cell}</div></td></tr>` +
  `<tr><td align="center">版权所有 青石县人民政府 网站标识码：1234567890</td></tr></table></body></html>`;

describe('web page: the article inside one layout-table cell', () => {
  it('each <p> of the cell stays a paragraph; the clean report stays silent', async () => {
    const html = tablePage(ARTICLE.map((p) => `<p class="MsoNormal">${p}</p>`).join('\n'));
    const r = await prepare(html, 'html', '/reports/page.html');
    expect(r.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(ARTICLE));
    expect(r.meta.year).toBe(2024);
    expect(r.outline.map((s) => s.label)).toEqual(['一', '二', '三', '四', '五']);
    const tmp = mkdtempSync(path.join(tmpdir(), 'fzlint-forms-html-'));
    try {
      const file = path.join(tmp, 'page.html');
      (await import('node:fs')).writeFileSync(file, html);
      const res = await new Linter({ cwd: tmp, configLookup: 'off' }).lintFile(file);
      expect(loud(res.messages)).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('lines split by <br> in the cell, <div> lines, and a table nested in a layout cell, are read the same', async () => {
    const br = await prepare(tablePage(ARTICLE.join('<br>\n')), 'html', '/reports/page.html');
    expect(br.outline.map((s) => s.label)).toEqual(['一', '二', '三', '四', '五']);
    const divs = await prepare(tablePage(ARTICLE.map((p) => `<div>${p}</div>`).join('\n')), 'html', '/reports/page.html');
    expect(divs.outline.map((s) => s.label)).toEqual(['一', '二', '三', '四', '五']);
    const nested = await prepare(tablePage(`<table><tr><td>${ARTICLE.map((p) => `<p>${p}</p>`).join('')}</td></tr></table>`), 'html', '/reports/page.html');
    expect(nested.outline.map((s) => s.label)).toEqual(['一', '二', '三', '四', '五']);
  });

  it('a long article beside a long side column (links that are not page furniture by class) is still unwrapped', async () => {
    const side = Array.from({ length: 12 }, (_, i) => `<li><a href="#">青石县关于进一步加强第${i + 1}批行政规范性文件合法性审查工作的通知</a></li>`).join('');
    const html = tablePage(ARTICLE.map((p) => `<p>${p}</p>`).join('')).replace('<tr><td class="content">', `<tr><td width="240"><ul>${side}</ul></td><td class="content">`);
    const r = await prepare(html, 'html', '/reports/page.html');
    expect(r.outline.map((s) => s.label)).toEqual(['一', '二', '三', '四', '五']);
  });

  it('a part cut from the article is still flagged', async () => {
    const cut = ARTICLE.filter((p, i) => i !== 6 && i !== 7);
    const tmp = mkdtempSync(path.join(tmpdir(), 'fzlint-forms-html-'));
    try {
      const file = path.join(tmp, 'page.html');
      (await import('node:fs')).writeFileSync(file, tablePage(cut.map((p) => `<p>${p}</p>`).join('')));
      const res = await new Linter({ cwd: tmp, configLookup: 'off' }).lintFile(file);
      expect(loud(res.messages).filter((f) => f.startsWith('require-sections missingPart'))).toHaveLength(1);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('a figures table in the article stays a table (one block per cell), in a layout cell too', async () => {
    const figures = '<table><tr><td>项目</td><td>数量</td></tr><tr><td>审查文件</td><td>14件</td></tr><tr><td><p>审查意见</p></td><td><p>53条</p></td></tr></table>';
    const r = await prepare(tablePage(ARTICLE.slice(0, 4).map((p) => `<p>${p}</p>`).join('') + figures + ARTICLE.slice(4).map((p) => `<p>${p}</p>`).join('')), 'html', '/reports/page.html');
    const texts = r.blocks.map((b) => b.text);
    expect(texts).toEqual(expect.arrayContaining(['项目', '数量', '审查文件', '14件', '审查意见', '53条']));
    expect(r.blocks.filter((b) => b.node?.type === 'tableCell').map((b) => b.text)).toEqual(['项目', '数量', '审查文件', '14件', '审查意见', '53条']);
  });
});

// ---------------------------------------------------------------------------
// 3. Word auto-numbering

describe('Word auto-numbered headings (bold plain paragraphs after run-in （一）… items)', () => {
  it('the numbers Word shows are in the text: 一、 … 五、', async () => {
    const doc = await parseDocx(new Uint8Array(readFileSync(path.join(data, 'autonum.docx'))));
    const lines = doc.text.split('\n');
    expect(lines.filter((l) => /^[一二三四五]、/.test(l))).toEqual([
      '一、2024年度推进法治政府建设的主要举措和成效',
      '二、党政主要负责人履行推进法治建设第一责任人职责情况',
      '三、存在的不足和原因',
      '四、2025年度推进法治政府建设的主要安排',
      '五、其他需要报告的情况',
    ]);
  });

  it('the clean report stays silent; the report without part 三 is flagged for that part only', async () => {
    expect(await lint('autonum.docx')).toEqual([]);
    const cut = await lint('autonum-noproblems.docx');
    expect(cut).toHaveLength(1);
    expect(cut[0]).toMatch(/^require-sections missingPart .*存在的不足/);
  });

  it('the same paragraphs typed with their numbers read the same as the auto-numbered ones (flush-headings.docx)', async () => {
    expect(await lint('flush-headings.docx')).toEqual([]);
    expect(await lint('flush-headings-noplan.docx')).toEqual(expect.arrayContaining([expect.stringMatching(/^require-next-year-plan missingPlan/)]));
  });
});

describe('docx-numbering: counting as Word counts', () => {
  const NUMBERING = `<w:numbering xmlns:w="x">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="第%1章"/><w:suff w:val="space"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`;
  const STYLES = `<w:styles><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Part"><w:name w:val="Part"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="PartChild"><w:name w:val="PartChild"/><w:basedOn w:val="Part"/></w:style></w:styles>`;
  const p = (text: string, numId?: number, ilvl?: number, style?: string) =>
    `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numId !== undefined ? `<w:numPr>${ilvl !== undefined ? `<w:ilvl w:val="${ilvl}"/>` : ''}<w:numId w:val="${numId}"/></w:numPr>` : ''}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const texts = (xml: string) => [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));

  it('levels, restarts below a higher level, lists sharing an abstract numbering, start overrides, bullets, styles', () => {
    const doc = `<w:document><w:body>${[
      p('主要举措', 1, 0),
      p('强化审查', 1, 1),
      p('规范执法', 1, 1),
      p('培训', 1, 2),
      p('评查', 1, 2),
      p('项目符号', 2, 0),
      p('第一责任人', 1, 0),
      p('落实述法', 1, 1),
      p('另起编号', 3, 2),
      p('不足', undefined, undefined, 'Part'),
      p('计划', undefined, undefined, 'PartChild'),
      p('不编号', 0, 0, 'Part'),
      p('总则', 4, 0),
      p('适用范围', 4, 1),
      p('正文'),
    ].join('')}</w:body></w:document>`;
    const out = materialiseNumbering(doc, readNumbering(NUMBERING), readStyles(STYLES))!;
    expect(texts(out)).toEqual([
      '一、主要举措',
      '（一）强化审查',
      '（二）规范执法',
      '1.培训',
      '2.评查',
      '项目符号',
      '二、第一责任人',
      '（一）落实述法',
      '5.另起编号',
      '三、不足',
      '四、计划',
      '不编号',
      '第1章 总则',
      '1.1 适用范围',
      '正文',
    ]);
    // numbering taken off the numbered paragraphs (mammoth reads them as paragraphs), left on the bullet
    expect(out.match(/<w:numId w:val="0"\/>/g)).toHaveLength(13);
    expect(out).toContain('<w:numId w:val="2"/>');
  });

  it('a document without numbered paragraphs is left as it is', () => {
    expect(materialiseNumbering(`<w:document><w:body>${p('正文')}</w:body></w:document>`, readNumbering(NUMBERING), readStyles(STYLES))).toBeUndefined();
  });

  it('formats: 一 … 十一 二十 一百零五, 甲乙, 壹拾贰, ①, full-width digits, letters, roman', () => {
    expect([1, 10, 11, 20, 21, 99, 105].map((n) => formatNumber(n, 'chineseCounting'))).toEqual(['一', '十', '十一', '二十', '二十一', '九十九', '一百零五']);
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(12, 'chineseLegalSimplified')).toBe('壹拾贰');
    expect(formatNumber(3, 'decimalEnclosedCircleChinese')).toBe('③');
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
    expect(formatNumber(28, 'upperLetter')).toBe('BB');
    expect(formatNumber(14, 'lowerRoman')).toBe('xiv');
    expect(formatNumber(3, 'none')).toBe('');
  });
});
