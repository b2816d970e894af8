import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/engine/lint.js';
import { foldYearDigits } from '../../src/model/numerals.js';
import { partsOfHeading } from '../../src/model/parts.js';
import { structureSummary, printStructure } from '../../src/model/structure-summary.js';
import { main } from '../../src/cli/index.js';
import { seedPath } from '../helpers/seeds.js';

const BODY = [
  '2023年,我县扎实推进法治政府建设。',
  '一、主要举措和成效',
  '全年审查重大行政决策8件。',
  '二、存在的不足和原因',
  '法治人才队伍薄弱。',
  '三、党政主要负责人履行推进法治建设第一责任人职责情况',
  '县长切实履行第一责任人职责。',
  '四、2024年工作安排',
  '2024年,我县将进一步完善行政决策程序。',
].join('\n');

const report = (text: string, reportYear?: number) => prepare(text, 'text', 'x.txt', reportYear);

describe('years written in Chinese numerals or full-width digits', () => {
  it('fold to ASCII digits, offset for offset', () => {
    for (const [s, want] of [
      ['二〇二四年', '2024年'],
      ['二○二五年度', '2025年度'],
      ['２０２３年', '2023年'],
      ['二零二二年', '2022年'],
      ['一二三四五', '一二三四五'],
      ['三四五六年', '三四五六年'],
    ]) {
      const out = foldYearDigits(s);
      expect(out).toBe(want);
      expect(out.length).toBe(s.length);
    }
  });

  it('the title, the plan heading and year mentions read them', async () => {
    const r = await report('某区人民政府\n关于二〇二四年度法治政府建设情况的报告\n一、主要举措和成效\n全年办结案件64件。\n二、二〇二五年工作安排\n区政府将持续推进依法行政。\n');
    expect(r.meta).toMatchObject({ year: 2024, yearSource: 'title', title: '某区人民政府关于二〇二四年度法治政府建设情况的报告' });
    expect(r.text.slice(r.meta.yearSpan!.start, r.meta.yearSpan!.end)).toBe('二〇二四');
    expect(r.plan.declared.map((y) => [y.year, y.raw])).toEqual([[2025, '二〇二五年']]);
  });
});

describe('the title wherever it stands among the first blocks', () => {
  const cases: [string, string][] = [
    ['a 文号 line', '某府〔2024〕26号\n某县2023年度法治政府建设情况报告\n'],
    ['a red-head and a 文号', '某县人民政府文件\n某府〔2024〕26号\n某县2023年度法治政府建设情况报告\n'],
    ['附件1', '附件1\n某县2023年度法治政府建设情况报告\n'],
    ['附件1: on the title line', '附件1:某县2023年度法治政府建设情况报告\n'],
    ['签发人', '某司发〔2024〕8号\n签发人:王某某\n某县2023年度法治政府建设情况报告\n'],
    ['site chrome', '首页 > 政务公开 > 法治政府建设年度报告\n某区人民政府 2019年12月3日星期二\n某县2023年度法治政府建设情况报告\n'],
    ['metadata rows', '[ 索引号 ] 1150/2024-00004 [ 发文字号 ]\n[ 成文日期 ] 2024-01-22 [ 发布日期 ] 2024-02-10\n某县2023年度法治政府建设情况报告\n'],
    ['a title wrapped over two lines', '某县2023年度法治政府\n建设情况报告\n'],
    // letter-spaced, as a PDF copies a title out or a writer spaces it for width
    ['a letter-spaced title', '某 县 2 0 2 3 年 度 法 治 政 府 建 设 情 况 报 告\n'],
    ['a letter-spaced title over two lines, the year unspaced', '某 县 2023 年 度 法 治 政 府 建 设 情 况\n报 告\n'],
  ];
  for (const [name, head] of cases) {
    it(name, async () => {
      const r = await report(head + BODY);
      expect(r.meta.year).toBe(2023);
      expect(r.meta.yearSource).toBe('title');
      expect(r.meta.title).toMatch(/^(?:附件1:)?某县2023年度法治政府建设情况报告$/);
      // the deadline rules have the year, and a plan for 2024 is right
      expect(r.plan.declared[0]?.year).toBe(2024);
    });
  }

  it('a letter-spaced issuer line above a letter-spaced 关于… line', async () => {
    const r = await report('某 县 人 民 政 府\n关 于 2 0 2 3 年 度 法 治 政 府 建 设 情 况 的 报 告\n' + BODY);
    expect(r.meta.title).toBe('某县人民政府关于2023年度法治政府建设情况的报告');
    expect(r.meta.year).toBe(2023);
  });

  it('a Markdown title line with the opening right under it (no blank line) is still the title', async () => {
    const r = await prepare('红岭镇2023年法治政府建设年度报告\n2023年，红岭镇坚持依法行政。\n\n## 一、主要举措和成效\n\n全年办理案件14件。\n', 'markdown', 'x.md');
    expect(r.meta.title).toBe('红岭镇2023年法治政府建设年度报告');
    expect(r.meta.year).toBe(2023);
  });

  it('a metadata row spaced like a title stays a metadata row (「标 题 | …」)', async () => {
    const r = await report('标 题 | 某县人民政府关于印发《某县法治政府建设实施方案》的通知 |\n' + BODY);
    expect(r.meta.title).toBeUndefined();
  });

  it('metadata rows hold the dates the deadline rules read', async () => {
    const r = await report('[ 成文日期 ] 2024-01-22 [ 发布日期 ] 2024-04-10\n某县2023年度法治政府建设情况报告\n' + BODY);
    expect(r.meta.dates.map((d) => [d.kind, d.year, d.month, d.day])).toEqual([
      ['written', 2024, 1, 22],
      ['published', 2024, 4, 10],
    ]);
  });
});

describe('the report year from the best evidence', () => {
  it('「现将…2022年度…报告如下」 when there is no title', async () => {
    const r = await report('过去一年,我区法治政府建设取得新的成效。现将我区2022年度法治政府建设情况报告如下:\n一、主要举措和成效\n全年办件100件。\n');
    expect([r.meta.year, r.meta.yearSource]).toEqual([2022, 'opening']);
  });

  it('a metadata 标题 field', async () => {
    const r = await report('标  题:某区2024年度法治政府建设情况报告\n一年来,区政府坚持依法行政。\n一、主要举措和成效\n全年办件100件。\n');
    expect([r.meta.year, r.meta.yearSource]).toEqual([2024, 'metadata']);
  });

  it('a look-back heading, then the year most look-back sentences name', async () => {
    const h = await report('一年来,我县法治政府建设取得新成效。\n一、2021年法治政府建设主要成效\n全县出庭应诉率100%。\n二、2022年工作安排\n我县将推进依法行政。\n');
    expect([h.meta.year, h.meta.yearSource]).toEqual([2021, 'heading']);
    const s = await report('一年来,我乡扎实推进法治政府建设。\n一、主要工作\n全乡于2023年开展法治宣传活动24场,在2023年调解矛盾纠纷58件。\n二、下一步打算\n我乡将进一步创新普法形式。\n');
    expect([s.meta.year, s.meta.yearSource]).toEqual([2023, 'look-back']);
  });

  it('absent, never wrong: a year only inside 《纲要(2021—2025年)》', async () => {
    const r = await report('按照《法治政府建设实施纲要(2021—2025年)》要求,我局扎实推进依法行政工作。\n一、主要举措和成效\n修订执法制度9项。\n');
    expect(r.meta.year).toBeUndefined();
  });

  it('config reportYear is a fallback: before the look-back guesses, after what the text states', async () => {
    const titled = await report('某县2023年度法治政府建设情况报告\n' + BODY, 2022);
    expect([titled.meta.year, titled.meta.yearSource, titled.meta.configYear]).toEqual([2023, 'title', 2022]);
    // no title, no opening year: config comes before a year read from a look-back heading
    const guessed = await report('一年来,我县法治政府建设取得新成效。\n一、2021年法治政府建设主要成效\n全县出庭应诉率100%。\n', 2022);
    expect([guessed.meta.year, guessed.meta.yearSource]).toEqual([2022, 'config']);
  });
});

describe('parts from all the evidence', () => {
  it('topical words are not part names', () => {
    expect(partsOfHeading('坚持问题导向,推动法治政府建设落地见效')).toEqual([]);
    expect(partsOfHeading('着力解决群众急难愁盼问题')).toEqual([]);
    expect(partsOfHeading('把法治建设纳入年度工作计划')).toEqual([]);
    expect(partsOfHeading('其他需要说明的事项')).toEqual([5]);
    expect(partsOfHeading('主要负责同志履职尽责情况')).toContain(3);
    expect(partsOfHeading('存在的问题及下一步打算')).toEqual([2, 4]);
  });

  it('every part carries its reasons; the summary gives lines', async () => {
    const r = await report('某县2023年度法治政府建设情况报告\n' + BODY);
    const s = structureSummary(r);
    expect(s).toMatchObject({ year: 2023, yearFrom: 'title', planYear: 2024 });
    expect(s.parts.map((p) => [p.part, p.line, p.endLine])).toEqual([
      [1, 3, 4],
      [2, 5, 6],
      [3, 7, 8],
      [4, 9, 10],
    ]);
    for (const p of s.parts) expect(p.reasons.length).toBeGreaterThan(0);
    expect(printStructure(r)).toContain('第3部分');
  });
});

describe('--format json and --print-structure', () => {
  it('each json result carries report: year, yearFrom, parts, planYear', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fzlint-structure-'));
    const file = path.join(dir, 'r.txt');
    writeFileSync(file, '附件1\n某县2023年度法治政府建设情况报告\n发布时间:2024-05-06\n' + BODY);
    let stdout = '';
    const code = await main(['--format', 'json', file], { stdout: (s) => (stdout += s), stderr: () => {}, cwd: dir });
    expect(code).toBe(1);
    const [res] = JSON.parse(stdout);
    expect(res.report).toMatchObject({ year: 2023, yearFrom: 'title', planYear: 2024 });
    expect(res.report.parts.map((p: { part: number }) => p.part)).toEqual([1, 2, 3, 4]);
    // the deadline checks run: published after 1 April
    expect(res.messages.some((m: { ruleId: string }) => m.ruleId === 'no-late-publication')).toBe(true);
  });

  it('prints the outline with the part of each section and why', async () => {
    let stdout = '';
    const code = await main(['--print-structure', seedPath('001')], { stdout: (s) => (stdout += s), stderr: () => {}, cwd: path.dirname(seedPath('001')) });
    expect(code).toBe(0);
    expect(stdout).toContain('报告年度: 2023 (标题)');
    expect(stdout).toMatch(/五、存在的不足及下步打算 {2}→ 第2部分 不足和原因 \+ 第4部分 下一年度安排/);
    expect(stdout).toContain('未识别的部分: 5 其他情况');
  });

  it('a missing file: a Chinese message and exit 2', async () => {
    let stderr = '';
    const code = await main(['--print-structure', '/nonexistent/x.txt'], { stdout: () => {}, stderr: (s) => (stderr += s), cwd: '/' });
    expect(code).toBe(2);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
