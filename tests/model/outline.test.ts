import { describe, expect, it } from 'vitest';
import { matchNumbering } from '../../src/model/outline.js';
import { prepare } from '../../src/engine/lint.js';
import { seedReport } from '../helpers/seeds.js';

describe('matchNumbering: every numbering form of GB/T 9704', () => {
  const cases: [string, string, number, number, string][] = [
    // text, kind, rank, number, label
    ['一、主要举措和成效', 'cn', 1, 1, '一'],
    ['十二、其他', 'cn', 1, 12, '十二'],
    ['三．存在问题', 'cn', 1, 3, '三'],
    ['（一）坚持党的领导', 'paren-cn', 2, 1, '一'],
    ['(二)优化营商环境', 'paren-cn', 2, 2, '二'],
    ['（十）其他', 'paren-cn', 2, 10, '十'],
    ['1.坚持高位推动。', 'arabic', 3, 1, '1'],
    ['2．贯彻法治思维', 'arabic', 3, 2, '2'],
    ['3、狠抓关键少数', 'arabic', 3, 3, '3'],
    ['12.加强队伍建设', 'arabic', 3, 12, '12'],
    // the number, then a year (eval/independent2 c61): not a decimal 4.2024
    ['4.2024年工作安排', 'arabic', 3, 4, '4'],
    ['5．2025年法治政府建设主要安排', 'arabic', 3, 5, '5'],
    ['（1）健全制度', 'paren-arabic', 4, 1, '1'],
    ['(2)强化监督', 'paren-arabic', 4, 2, '2'],
  ];
  for (const [text, kind, rank, number, label] of cases) {
    it(`${text} → ${kind} ${number}`, () => {
      const m = matchNumbering(text);
      expect(m).toMatchObject({ kind, rank, number, label });
    });
  }
  for (const text of ['3.45亿元用于法治建设', '1.2024亿元', '2.20万件', '2024.1.1起施行', '2023年,我县坚持', '一是完善制度', '1+4+X学法清单', '统一思想', '（一是）']) {
    it(`not numbering: ${text}`, () => expect(matchNumbering(text)).toBeUndefined());
  }
});

describe('outline tree', () => {
  it('nests 一、 > （一） > 1. > （1） and closes sections at the same rank', async () => {
    const text = [
      '某县2023年度法治政府建设报告',
      '一、主要举措和成效',
      '（一）坚持党的领导',
      '1.坚持高位推动。区政府始终把学习贯彻习近平法治思想作为重要检验。',
      '（1）健全制度。',
      '（2）强化监督。',
      '2.贯彻法治思维。',
      '（二）优化营商环境',
      '二、存在的不足和原因',
      '基层力量薄弱。',
    ].join('\n');
    const r = await prepare(text, 'text');
    const shape = r.sections.map((s) => [s.level, s.kind, s.number, s.heading]);
    expect(shape).toEqual([
      [1, 'cn', 1, '主要举措和成效'],
      [2, 'paren-cn', 1, '坚持党的领导'],
      [3, 'arabic', 1, '坚持高位推动'],
      [4, 'paren-arabic', 1, '健全制度'],
      [4, 'paren-arabic', 2, '强化监督'],
      [3, 'arabic', 2, '贯彻法治思维'],
      [2, 'paren-cn', 2, '优化营商环境'],
      [1, 'cn', 2, '存在的不足和原因'],
    ]);
    expect(r.outline.map((s) => s.heading)).toEqual(['主要举措和成效', '存在的不足和原因']);
    const first = r.sections[2];
    expect(first.inline).toBe(true);
    expect(text.slice(first.marker.start, first.marker.end)).toBe('1.');
    expect(text.slice(first.headingSpan.start, first.headingSpan.end)).toBe('坚持高位推动');
    // the last section runs to the end of the text
    expect(text.slice(r.sections[7].span.start, r.sections[7].span.end)).toBe('二、存在的不足和原因\n基层力量薄弱。');
  });

  it('a level may be skipped: （1） directly under 一、 still nests under it', async () => {
    const r = await prepare('一、成效\n(1)制度建设\n二、问题', 'text');
    expect(r.sections.map((s) => [s.level, s.number])).toEqual([[1, 1], [2, 1], [1, 2]]);
    expect(r.sections[1].parent).toBe(r.sections[0]);
  });

  it('Markdown headings nest by depth; numbering in a heading wins', async () => {
    const md = '# 某区2024年度法治政府建设情况报告\n\n## 一、主要做法\n\n### 强化组织领导\n\n正文。\n\n## 二、存在问题\n';
    const r = await prepare(md, 'markdown');
    expect(r.meta.title).toBe('某区2024年度法治政府建设情况报告');
    expect(r.sections.map((s) => [s.level, s.kind, s.heading])).toEqual([
      [1, 'cn', '主要做法'],
      [2, 'markdown', '强化组织领导'],
      [1, 'cn', '存在问题'],
    ]);
  });

  it('ordered Markdown lists carry their number into the outline', async () => {
    const r = await prepare('一、成效\n\n1. 坚持高位推动。正文。\n2. 贯彻法治思维。\n', 'markdown');
    expect(r.sections.map((s) => [s.kind, s.number, s.heading])).toEqual([
      ['cn', 1, '成效'],
      ['arabic', 1, '坚持高位推动'],
      ['arabic', 2, '贯彻法治思维'],
    ]);
  });

  it('seed 000: five top-level parts with their （一） children', async () => {
    const r = await seedReport('000');
    expect(r.outline.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    expect(r.outline.map((s) => s.children.length)).toEqual([9, 4, 3, 4, 0]);
    expect(r.outline[0].heading).toBe('2023年度推进法治政府建设的主要措施和成效');
  });

  it('seed 003: U+2002 indents are outside the heading', async () => {
    const r = await seedReport('003');
    const s = r.outline[0];
    expect(r.text.slice(s.marker.start, s.headingSpan.end)).toBe('一、主要举措和成效');
  });
});

describe('items 一是…二是…', () => {
  it('finds items with leads and spans, grouped per enumeration', async () => {
    const text = '（一）完善制度。一是完善学法用法制度。建立学法清单。二是积极参加讲座,每季度集体学法。三是持续开展网络学法。\n（二）统一是关键,唯一是底线。';
    const r = await prepare(text, 'text');
    expect(r.items.map((i) => [i.number, i.lead])).toEqual([
      [1, '完善学法用法制度'],
      [2, '积极参加讲座,每季度集体学法'],
      [3, '持续开展网络学法'],
    ]);
    expect(new Set(r.items.map((i) => i.group)).size).toBe(1);
    const i1 = r.items[0];
    expect(text.slice(i1.marker.start, i1.marker.end)).toBe('一是');
    expect(text.slice(i1.span.start, i1.span.end)).toBe('一是完善学法用法制度。建立学法清单。');
    expect(i1.section?.heading).toBe('完善制度');
  });

  it('items that open consecutive paragraphs form one group', async () => {
    const r = await prepare('二、工作存在的问题\n一是法治责任落实不够有力。\n二是行政执法能力水平急需全面提升。\n三、2025年工作安排\n一是扎实推进法治政府建设。', 'text');
    expect(r.items.map((i) => [i.number, i.group])).toEqual([[1, 1], [2, 1], [1, 2]]);
  });
});

describe('sentences and metadata', () => {
  it('splits at 。！？ keeping closing quotes, with exact spans', async () => {
    const text = '标题报告\n他说:“依法行政。”然后呢?好!';
    const r = await prepare(text, 'text');
    expect(r.sentences.map((s) => s.text)).toEqual(['他说:“依法行政。”', '然后呢?', '好!']);
    for (const s of r.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('title, year, body and furniture dates on seeds', async () => {
    const r0 = await seedReport('000');
    expect(r0.meta).toMatchObject({ title: '叶城县2023年度法治政府建设工作报告', year: 2023, yearSource: 'title', body: '叶城县' });
    expect(r0.meta.dates.map((d) => [d.kind, d.year, d.month, d.day, d.raw])).toEqual([['published', 2025, 9, 5, '2025年09月05日']]);
    expect(r0.text.slice(r0.meta.dates[0].start, r0.meta.dates[0].end)).toBe('2025年09月05日');
    const r1 = await seedReport('001');
    expect(r1.meta.dates.map((d) => [d.kind, d.year, d.month, d.day])).toEqual([['written', 2024, 2, 28]]);
    expect(r1.meta.furniture.find((f) => f.key === '发布机构')?.value).toBe('嘉祥县司法局');
    const r2 = await seedReport('002');
    expect(r2.meta).toMatchObject({ title: undefined, year: 2024, yearSource: 'opening' });
    const r3 = await seedReport('003');
    expect(r3.meta.dates.map((d) => [d.kind, d.year, d.month, d.day])).toEqual([['date', 2024, 3, 12]]);
    expect(r3.meta.body).toBe('奉节县云雾土家族乡人民政府');
    // navigation furniture (上一篇/下一篇/扫一扫) is not report text
    expect(r3.bodyBlocks.some((b) => b.text.includes('扫一扫'))).toBe(false);
  });

  it('reportYear from config is a fallback: the title\'s year wins, config applies where the text states none', async () => {
    const r = await prepare('叶城县2023年度法治政府建设工作报告\n正文。', 'text', 'x.txt', 2022);
    expect(r.meta).toMatchObject({ year: 2023, yearSource: 'title', configYear: 2022 });
    const none = await prepare('某县法治政府建设工作报告\n正文。', 'text', 'x.txt', 2022);
    expect(none.meta).toMatchObject({ year: 2022, yearSource: 'config' });
  });

  it('a closing date line is found (Arabic and Chinese numerals)', async () => {
    const a = await prepare('某县2023年度法治政府建设报告\n正文。\n某县人民政府\n2024年2月28日', 'text');
    expect(a.meta.dates.map((d) => [d.kind, d.year, d.month, d.day])).toEqual([['closing', 2024, 2, 28]]);
    const b = await prepare('某县2023年度法治政府建设报告\n正文。\n二〇二四年三月十二日', 'text');
    expect(b.meta.dates.map((d) => [d.kind, d.year, d.month, d.day])).toEqual([['closing', 2024, 3, 12]]);
  });
});
