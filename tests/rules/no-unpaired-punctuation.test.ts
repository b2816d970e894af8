import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-unpaired-punctuation.js';
import { RuleTester } from '../../src/testing/index.js';
import { lintSeed, SEEDS, seedReport } from '../helpers/seeds.js';

// Seed truth (issue 10): one real finding, 001's “三个聚焦“ (two opening quotes); the others are balanced
describe('no-unpaired-punctuation on the seeds', () => {
  for (const seed of SEEDS.filter((s) => s !== '001')) {
    it(`seed ${seed}: silent`, async () => {
      expect(await lintSeed(seed, 'no-unpaired-punctuation', rule)).toEqual([]);
    });
  }

  it('seed 001: “三个聚焦“ is a quote opened twice, with a suggestion to close it', async () => {
    const messages = await lintSeed('001', 'no-unpaired-punctuation', rule);
    const report = await seedReport('001');
    expect(messages).toHaveLength(1);
    const [m] = messages;
    expect(m.messageId).toBe('openedTwice');
    expect(m.severity).toBe('error');
    expect(m.data).toEqual({ char: '“', counterpart: '”', context: '“三个聚焦“' });
    // the second “, right after 三个聚焦
    expect(report.text.slice(m.start - 4, m.end)).toBe('三个聚焦“');
    expect([m.line, m.column, m.endLine, m.endColumn]).toEqual([8, 211, 8, 212]);
    // the first “ is the related place
    expect(m.related).toHaveLength(1);
    expect(report.text.slice(m.related![0].start, m.related![0].end)).toBe('“');
    expect(m.related![0].start).toBe(m.start - 5);
    expect(m.suggestions?.[0].fix).toEqual([{ start: m.start, end: m.end, text: '”' }]);
    expect(m.fix).toBeUndefined();
  });

  it('seed 001: the paragraph still pairs every later quote (one finding, not one per quote)', async () => {
    const report = await seedReport('001');
    const line8 = report.blocks.find((b) => b.text.includes('三个聚焦'))!;
    const quotes = report.punctuation.pairs.filter((p) => p.family === 'double-quote' && p.block === line8.index);
    expect(quotes.map((p) => report.text.slice(p.open.start, p.close.end)).slice(0, 3)).toEqual(['“五治融合”', '“全国模范人民调解员”', '“三三制”']);
  });
});

new RuleTester().run('no-unpaired-punctuation', rule, {
  valid: [
    { name: 'nested quotes', code: '他说:“要落实‘谁执法谁普法’普法责任制。”' },
    { name: 'nested brackets', code: '办理行政复议案件(含(1)件听证案件)12件。' },
    { name: 'list markers', code: '主要做法:1)全面推行“双随机、一公开”监管;2)深化“渝快办”应用。\na)加强培训\n一)压实责任' },
    { name: 'an apostrophe', code: '参加“China’s Rule of Law”专题研讨。' },
    { name: 'comparison signs outside a title', code: '办结时限<5个工作日,满意率>95%。' },
    { name: 'a quotation over two paragraphs', code: '“坚持依法治国、依法执政、依法行政共同推进。\n“坚持法治国家、法治政府、法治社会一体建设。”' },
    { name: 'a hard-wrapped line', code: '全面落实《党政主要负责人履行推进法治建设第一责任人职责规\n定》,压紧压实法治建设第一责任人职责。' },
    { name: 'mixed-width brackets pair up (require-fullwidth-punctuation reports them)', code: '《实施方案（2021-2025)》' },
  ],
  invalid: [
    {
      name: 'an unclosed quote',
      code: '开展“我为群众办实事活动,做到问题早发现。',
      errors: [{ messageId: 'unclosed', data: { char: '“', counterpart: '”', context: '“我为群众办实事活动,做到' }, line: 1, column: 3, endColumn: 4 }],
    },
    {
      name: 'a closing bracket without its opener',
      code: '办公室主任扩大)会议',
      errors: [{ messageId: 'unopened', data: { char: ')', counterpart: '(' }, column: 8, endColumn: 9, text: ')' }],
    },
    {
      name: 'a quote opened twice where the rest needs the second opener: no suggestion',
      code: '“三个聚焦“一窗对话”微信群。',
      errors: [{ messageId: 'openedTwice', column: 6, endColumn: 7 }],
    },
    {
      name: 'a title closed on the next paragraph is not carried over a sentence end',
      code: '学习《宪法。\n》等内容。',
      errors: [
        { messageId: 'unclosed', line: 1, column: 3 },
        { messageId: 'unopened', line: 2, column: 1 },
      ],
    },
    {
      name: 'past 100 findings the rest are summed up in one',
      code: '开展“法治体检活动。\n'.repeat(130),
      errors: [
        ...Array.from({ length: 100 }, (_, i) => ({ messageId: 'unclosed', line: i + 1, column: 3 })),
        { messageId: 'more', data: { count: 30, total: 130 }, line: 101, column: 3 },
      ],
    },
    {
      name: 'a lenticular bracket left open, English',
      code: '【典型案例 法治体检进企业',
      locale: 'en',
      errors: [{ messageId: 'unclosed', data: { char: '【', counterpart: '】' } }],
    },
  ],
});
