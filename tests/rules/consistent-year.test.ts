import { describe, expect, it } from 'vitest';
import rule from '../../rules/consistent-year.js';
import { SEEDS, lintSeed, seedPath, seedReport, seedText } from '../helpers/seeds.js';
import { prepare } from '../../src/engine/lint.js';
import { runRules } from '../../src/engine/run.js';
import { RuleTester } from '../../src/testing/index.js';

describe('consistent-year on the seeds', () => {
  // The seeds agree with themselves: 2023年以来 in the 2023 reports, dates after the year's end
  for (const seed of SEEDS) {
    it(`seed ${seed}: no contradiction`, async () => {
      expect(await lintSeed(seed, 'consistent-year', rule)).toEqual([]);
    });
  }

  it('seed 000 names 2023年以来 in its look-back: a start, not another year', async () => {
    const r = await seedReport('000');
    const since = r.years.filter((y) => y.kind === 'since');
    expect(since.length).toBeGreaterThan(5);
    expect(since.every((y) => y.year === 2023)).toBe(true);
  });

  it('seed 002 (a 2024 report) linted with reportYear 2025: config is a fallback, the opening\'s 2024 is used and the disagreement reported once', async () => {
    const r = await prepare(seedText('002'), 'text', seedPath('002'), 2025);
    expect([r.meta.year, r.meta.yearSource, r.meta.configYear]).toEqual([2024, 'opening', 2025]);
    const messages = runRules(r, [['consistent-year', { rule, setting: { severity: 'error', options: {} } }]]);
    expect(messages.map((m) => m.messageId)).toEqual(['configYear']);
    const [m] = messages;
    expect(m.data).toMatchObject({ found: '2024年', foundYear: 2024, expected: 2025, source: '开头段' });
    expect([m.line, m.column]).toEqual([1, 15]);
  });

  it('a report whose text states no year takes reportYear from config, and its headings are checked against it', async () => {
    const r = await prepare('一年来,我区法治政府建设取得新成效。\n一、2024年法治政府建设情况\n全年办件100件。\n', 'text', 'x.txt', 2025);
    expect([r.meta.year, r.meta.yearSource]).toEqual([2025, 'config']);
    const messages = runRules(r, [['consistent-year', { rule, setting: { severity: 'error', options: {} } }]]);
    expect(messages.map((m) => [m.messageId, m.data.source])).toEqual([['headingYear', '配置 reportYear']]);
  });
});

const tester = new RuleTester();
tester.run('consistent-year', rule, {
  valid: [
    { name: 'a since-year before the report year', code: '某县2023年度法治政府建设报告\n\n2022年以来,某县坚持以习近平法治思想为指导。\n\n一、2022年以来法治政府建设情况\n' },
    { name: 'a span that includes the report year', code: '某县2023年度法治政府建设报告\n\n一、2021—2025年法治政府建设实施纲要落实情况\n' },
    { name: 'years in a plan heading are the plan’s business', code: '某县2023年度法治政府建设报告\n\n一、主要举措和成效\n\n二、2024年工作安排\n' },
    { name: 'a topical heading mentioning a year in passing', code: '某县2023年度法治政府建设报告\n\n一、巩固2022年创建成果,夯实法治基础\n' },
    { name: 'a date in a heading is not a year claim', code: '某县2023年度法治政府建设报告\n\n一、2022年12月以来的主要举措和成效\n' },
  ],
  invalid: [
    {
      name: 'a since-year after the report year',
      code: '某县2023年度法治政府建设报告\n\n2024年以来,某县坚持以习近平法治思想为指导。\n\n一、主要举措和成效\n',
      errors: [{ messageId: 'openingYear', data: { found: '2024年', foundYear: 2024, expected: 2023 }, line: 3, column: 1, text: '2024年' }],
    },
    {
      name: 'a closing date in the report year, before December',
      code: '某县2023年度法治政府建设报告\n\n一、主要举措和成效\n\n一是健全行政决策制度体系。\n\n某县人民政府\n2023年3月12日\n',
      errors: [{ messageId: 'dateBeforeYearEnd', severity: 'error', data: { dateSource: '落款日期', date: '2023年3月12日', expected: 2023, next: 2024 }, line: 8, column: 1 }],
    },
  ],
});
