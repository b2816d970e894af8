import { describe, expect, it } from 'vitest';
import rule from '../../rules/require-next-year-plan.js';
import { lintSeed, seedReport } from '../helpers/seeds.js';
import { RuleTester } from '../../src/testing/index.js';

// Seed truth (issue 4): 000, 001, 002, 003 pass; 004 ("三、下一步工作打算", no year) gets the warning
describe('require-next-year-plan on the seeds', () => {
  for (const seed of ['000', '001', '002', '003']) {
    it(`seed ${seed}: the plan names the next year`, async () => {
      expect(await lintSeed(seed, 'require-next-year-plan', rule)).toEqual([]);
    });
  }

  it('seed 001: the year comes from the lead sentence inside the merged part 五 (2024年,我县将…)', async () => {
    const r = await seedReport('001');
    expect(r.plan.matches.map((m) => m.text)).toEqual(['存在的不足及下步打算']);
    expect(r.plan.declared.map((y) => [y.raw, y.where])).toEqual([['2024年', 'body']]);
    // the 不足 paragraph opens with 2023年 too, but announces no work: not a plan year
    expect(r.plan.mentioned.map((y) => y.raw)).toEqual(['2023年', '2024年']);
  });

  it('seed 004: warning on 「下一步」 in the plan heading, expecting 2025', async () => {
    const r = await seedReport('004');
    const [m, ...rest] = await lintSeed('004', 'require-next-year-plan', rule);
    expect(rest).toEqual([]);
    expect(m.messageId).toBe('noYear');
    expect(m.severity).toBe('warn');
    expect(m.data).toEqual({ found: '下一步', year: 2024, expected: 2025 });
    expect(r.text.slice(m.start, m.end)).toBe('下一步');
    expect([m.line, m.column, m.endColumn]).toEqual([32, 3, 6]);
    expect(m.reason).toContain('2025年');
  });

  it('renders in English with the expected and found years', async () => {
    const [m] = await lintSeed('004', 'require-next-year-plan', rule, {}, 'en');
    expect(m.reason).toBe('The plan part says only “下一步” and names no year: a report on 2024 should name 2025');
  });
});

// The cases the seeds do not cover, as texts cut from them
const tester = new RuleTester();
const head = '嘉祥县2023年度法治政府建设报告\n\n2023年,嘉祥县坚持以习近平新时代中国特色社会主义思想为指导,深入践行法治为民。\n\n一、统筹推进显质效,保障法治政府建设责任落实落细\n\n一是夯实党政主要负责人履行法治建设第一责任人职责。\n\n';
tester.run('require-next-year-plan', rule, {
  valid: [
    { name: 'a span of years that includes the next year', code: head + '五、2024—2025年工作打算\n\n持续深化“四述法四评议”工作机制。\n' },
    { name: 'the next year named in the plan text only', code: head + '五、下步打算\n\n持续推动“府检联动”工作机制,确保2024年底前实现信息共享。\n' },
    { name: 'the year in a citation does not decide, the heading does', code: head + '五、2024年工作打算\n\n落实《嘉祥县2023年度法治政府建设工作要点》。\n' },
    { name: 'a merged heading whose first year belongs to the shortcomings', code: head + '五、2023年存在的问题及2024年工作打算\n\n持续深化“四述法四评议”工作机制。\n' },
    { name: 'no report year known: a plan without a year is not judged', code: '一、主要举措和成效\n\n一是健全行政决策制度体系。\n\n二、存在的不足\n\n三、下步打算\n\n持续深化“四述法四评议”工作机制。\n' },
  ],
  invalid: [
    {
      name: 'the plan names the year after next',
      code: head + '五、2025年工作打算\n\n持续深化“四述法四评议”工作机制。\n',
      errors: [{ messageId: 'wrongYear', data: { found: '2025年', foundYear: 2025, year: 2023, expected: 2024 }, line: 9, column: 3, text: '2025年' }],
    },
    {
      name: 'a merged part whose lead sentence announces the report year again',
      code: head + '五、存在的不足及下步打算\n\n2023年,我县将坚持以习近平新时代中国特色社会主义思想为指导,夯实法治政府建设基石。\n',
      errors: [{ messageId: 'wrongYear', data: { found: '2023年', foundYear: 2023, expected: 2024 }, line: 11, column: 1, text: '2023年' }],
    },
    {
      name: 'reportYear from the config decides what is expected where the text states no year (a fallback)',
      code: '嘉祥县法治政府建设报告\n\n一年来,嘉祥县深入践行法治为民。\n\n一、统筹推进显质效,保障法治政府建设责任落实落细\n\n一是夯实党政主要负责人履行法治建设第一责任人职责。\n\n五、2024年工作打算\n\n持续深化“四述法四评议”工作机制。\n',
      reportYear: 2024,
      errors: [{ messageId: 'wrongYear', data: { found: '2024年', year: 2024, expected: 2025 } }],
    },
    {
      name: 'a merged heading naming only the shortcomings’ year: no plan year, ask for one',
      code: head + '五、2023年存在的问题及下步打算\n\n持续深化“四述法四评议”工作机制。\n',
      errors: [{ messageId: 'noYear', severity: 'warn', data: { found: '下步', year: 2023, expected: 2024 }, line: 9, column: 14, text: '下步' }],
    },
    {
      name: 'no plan part and no year: the message does not invent one',
      code: '一、主要举措和成效\n\n一是健全行政决策制度体系。\n\n二、存在的不足\n\n一是队伍专业化程度还需进一步提高。\n',
      errors: [{ messageId: 'missingPlanUnknownYear', line: 1, column: 1 }],
    },
  ],
});
