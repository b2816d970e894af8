import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-late-publication.js';
import { lintSeed, seedReport } from '../helpers/seeds.js';
import { RuleTester } from '../../src/testing/index.js';

// Seed truth (issue 4): 000 (2023 report, 发布时间 2025年09月05日) is an error; 001 (成文日期 2024-02-28)
// and 003 (日期:2024-03-12) pass; 002 and 004 carry no date and get nothing
describe('no-late-publication on the seeds', () => {
  it('seed 000: published 522 days after 2024年4月1日', async () => {
    const r = await seedReport('000');
    const messages = await lintSeed('000', 'no-late-publication', rule);
    expect(messages).toHaveLength(1);
    const [m] = messages;
    expect(m.messageId).toBe('latePublished');
    expect(m.severity).toBe('error');
    expect(m.data).toEqual({ source: '发布时间', date: '2025年09月05日', deadline: '2024年4月1日', deadlineEn: '2024-04-01', days: 522, year: 2023 });
    expect(r.text.slice(m.start, m.end)).toBe('2025年09月05日');
    expect([m.line, m.column, m.endColumn]).toEqual([3, 20, 31]);
  });

  for (const seed of ['001', '003']) {
    it(`seed ${seed}: dated on time`, async () => {
      expect((await seedReport(seed)).meta.dates).toHaveLength(1);
      expect(await lintSeed(seed, 'no-late-publication', rule)).toEqual([]);
    });
  }

  for (const seed of ['002', '004']) {
    it(`seed ${seed}: no date, nothing to say`, async () => {
      expect((await seedReport(seed)).meta.dates).toEqual([]);
      expect(await lintSeed(seed, 'no-late-publication', rule)).toEqual([]);
    });
  }

  it('seed 003 as a township: the web date is a publication date (4月1日), not a submission date (3月1日)', async () => {
    expect(await lintSeed('003', 'no-late-publication', rule, { level: 'township' })).toEqual([]);
  });
});

const tester = new RuleTester();
const body = '\n\n2023年,嘉祥县坚持以习近平新时代中国特色社会主义思想为指导。\n\n一、主要举措和成效\n';
tester.run('no-late-publication', rule, {
  valid: [
    { name: 'on the deadline day itself', code: '嘉祥县2023年度法治政府建设报告\n\n成文日期: 2024-03-01' + body },
    { name: 'a department also submits by 3月1日', code: '嘉祥县2023年度法治政府建设报告\n\n成文日期: 2024-02-29' + body, options: { level: 'department' } },
    { name: 'published by 4月1日', code: '嘉祥县2023年度法治政府建设报告\n\n发布日期: 2024-04-01' + body },
  ],
  invalid: [
    {
      name: 'a day late (leap year counted)',
      code: '嘉祥县2023年度法治政府建设报告\n\n成文日期: 2024-03-02' + body,
      errors: [{ messageId: 'lateSubmitted', data: { date: '2024-03-02', deadline: '2024年3月1日', days: 1 }, line: 3, column: 7, text: '2024-03-02' }],
    },
    {
      name: 'both dates late, each against its own deadline',
      code: '嘉祥县2023年度法治政府建设报告\n\n发布日期: 2024-05-06 成文日期: 2024-04-08' + body,
      errors: [
        { messageId: 'latePublished', data: { source: '发布日期', deadline: '2024年4月1日', days: 35 }, text: '2024-05-06' },
        { messageId: 'lateSubmitted', data: { source: '成文日期', deadline: '2024年3月1日', days: 38 }, text: '2024-04-08' },
      ],
    },
    {
      name: 'English message',
      code: '嘉祥县2023年度法治政府建设报告\n\n发布日期: 2024-04-02' + body,
      locale: 'en',
      errors: [{ messageId: 'latePublished', data: { deadlineEn: '2024-04-01', days: 1 } }],
    },
  ],
});
