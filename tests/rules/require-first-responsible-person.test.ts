import { describe, expect, it } from 'vitest';
import rule from '../../rules/require-first-responsible-person.js';
import { lintSeed, seedReport } from '../helpers/seeds.js';
import { RuleTester } from '../../src/testing/index.js';

// Seed truth (issue 4): 000 (part 三), 001 (一是 item), 004 (二是 item) pass; 002 error (plan only); 003 warning (passing mention)
describe('require-first-responsible-person on the seeds', () => {
  for (const seed of ['000', '001', '004']) {
    it(`seed ${seed}: described as a part, heading or item`, async () => {
      expect(await lintSeed(seed, 'require-first-responsible-person', rule)).toEqual([]);
    });
  }

  it('seed 002: only in the plan (三、2025年工作安排) → error that says so', async () => {
    const r = await seedReport('002');
    const messages = await lintSeed('002', 'require-first-responsible-person', rule);
    expect(messages).toHaveLength(1);
    const [m] = messages;
    expect(m.messageId).toBe('onlyInPlanOrProblems');
    expect(m.severity).toBe('error');
    expect(m.data).toMatchObject({ part: '2025年工作安排', found: '压紧压实各级党政主要负责人法治建设第一责任人职责', year: 2024, where: '下一年度的安排' });
    expect(r.text.slice(m.start, m.end)).toBe('压紧压实各级党政主要负责人法治建设第一责任人职责');
    expect([m.line, m.column]).toEqual([24, 65]);
  });

  it('seed 003: a passing mention in part 一 is require-sections\' finding (related place), not this rule\'s', async () => {
    const r = await seedReport('003');
    expect(await lintSeed('003', 'require-first-responsible-person', rule)).toEqual([]);
    // the plan's 「明确党委书记为推进法治政府建设第一责任人」 is in the model too, with its part
    expect(r.responsibility.map((d) => d.parts)).toEqual([[1], [4]]);
  });
});

const tester = new RuleTester();
tester.run('require-first-responsible-person', rule, {
  valid: [
    {
      name: 'a citation in 《》 is not a mention, and no part 3 at all is require-sections\' finding',
      code: '某县2023年度法治政府建设情况报告\n\n一、主要举措和成效\n\n严格执行《党政主要负责人履行推进法治建设第一责任人职责规定》,坚持高位推动法治政府建设工作。\n\n二、存在的不足和原因\n\n三、2024年工作安排\n',
    },
    {
      name: 'a 第一责任 for 信访维稳 is not the duty for 法治建设',
      code: '某县2023年度法治政府建设情况报告\n\n一、主要举措和成效\n\n建立健全党政“一把手”第一责任、分管领导直接责任的信访维稳工作体系。\n\n二、存在的不足和原因\n\n三、2024年工作安排\n',
    },
    {
      name: 'a sub-section whose lead sentence reports the duty performed is part 3 (「(二)压紧压实法治建设责任」)',
      code: '某县2023年度法治政府建设情况报告\n\n一、主要举措和成效\n\n(一)健全依法决策机制\n\n全年审查重大行政决策12件。\n\n(二)压紧压实责任\n\n县委、县政府主要负责同志严格履行推进法治建设第一责任人职责,全年专题研究法治政府建设4次。\n\n二、存在的不足和原因\n\n三、2024年工作安排\n\n压实党政主要负责人法治建设第一责任人职责。\n',
    },
    {
      name: 'part 3 first, as top-level heading (静海区-style)',
      code: '一、区政府主要负责同志履行推进法治建设第一责任人职责情况\n\n坚持高位推动法治政府建设工作。\n\n二、存在的不足和原因\n\n三、2024年工作安排\n',
    },
  ],
  invalid: [
    {
      name: 'only in a merged 不足及下步打算 part',
      code: '某县2023年度法治政府建设情况报告\n\n一、主要举措和成效\n\n一是健全行政决策制度体系。\n\n二、存在的不足及下步打算\n\n持续深化“四述法四评议”工作机制,压实党政主要负责人法治建设第一责任人职责。\n',
      errors: [{ messageId: 'onlyInPlanOrProblems', data: { part: '存在的不足及下步打算', where: '不足和下一步安排', found: '压实党政主要负责人法治建设第一责任人职责' }, line: 9, column: 18 }],
    },
    {
      name: 'English message names the part and the year',
      code: '某县2023年度法治政府建设情况报告\n\n一、主要举措和成效\n\n一是健全行政决策制度体系。\n\n二、2024年工作安排\n\n压实党政主要负责人法治建设第一责任人职责。\n',
      locale: 'en',
      errors: [{ messageId: 'onlyInPlanOrProblems', data: { part: '2024年工作安排', whereEn: 'the plan for the next year', year: 2023 } }],
    },
  ],
});
