import { describe, expect, it } from 'vitest';
import rule from '../../rules/consistent-rate.js';
import { rateMatches } from '../../src/model/numbers.js';
import { RuleTester } from '../../src/testing/index.js';
import { lintSeed, seedReport, SEEDS } from '../helpers/seeds.js';

// Seed truth (domain.md §5): exactly two places, both in 004; nothing anywhere else
describe('consistent-rate on the seeds', () => {
  for (const seed of SEEDS.filter((s) => s !== '004')) {
    it(`seed ${seed}: no finding`, async () => {
      expect(await lintSeed(seed, 'consistent-rate', rule)).toEqual([]);
    });
  }

  it('seed 004: 电子送达率91.61% and 执结率64.03%, with the recomputed evidence and the counts as related places', async () => {
    const report = await seedReport('004');
    const messages = await lintSeed('004', 'consistent-rate', rule);
    const at = (s: { start: number; end: number }) => report.text.slice(s.start, s.end);
    expect(
      messages.map((m) => ({
        messageId: m.messageId,
        severity: m.severity,
        text: at(m),
        line: m.line,
        data: m.data,
        related: m.related?.map((r) => [at(r), r.message]),
      })),
    ).toEqual([
      {
        messageId: 'unreachable',
        severity: 'warn',
        text: '电子送达率91.61%',
        line: 9,
        data: { rate: '电子送达率91.61%', expression: '1051/1148', computed: '91.55%', decimals: 2, numerator: '1051', denominator: '1148', denLo: '1147.13', denHi: '1147.32', numLo: '1051.63', numHi: '1051.80' },
        related: [
          ['电子送达案件1051件', '分子：「电子送达案件1051件」'],
          ['受理各类民商事一审案件1148件', '分母：「受理各类民商事一审案件1148件」'],
        ],
      },
      {
        messageId: 'unreachable',
        severity: 'warn',
        text: '执结率64.03%',
        line: 9,
        data: { rate: '执结率64.03%', expression: '383/523', computed: '73.23%', decimals: 2, numerator: '383', denominator: '523', denLo: '598.06', denHi: '598.20', numLo: '334.85', numHi: '334.93' },
        related: [
          ['执结383件', '分子：「执结383件」'],
          ['受理执行案件523件', '分母：「受理执行案件523件」'],
        ],
      },
    ]);
    // no whole base gives 91.61% from 1051 (rounded or truncated, it would lie between 1147.13 and 1147.32): the message says so
    expect(messages[0].reason).toBe(
      '「电子送达率91.61%」与1051/1148=91.55%不符（四舍五入保留2位小数），且没有任何整数能得出这个比率：分子为1051时分母须在1147.13与1147.32之间，分母为1148时分子须在1051.63与1051.80之间；请核对数字',
    );
  });

  it('the consistent seed rates were checked, not skipped: they have their counts and agree with them', async () => {
    const checked: [string, string, string, boolean][] = [];
    for (const seed of SEEDS) {
      const r = await seedReport(seed);
      for (const rate of r.facts.rates) {
        if (!rate.bases.length) continue;
        const agrees = rate.bases.some((b) => rateMatches(rate.exact, rate.decimals, b.numerator.exact, b.base));
        checked.push([seed, rate.text, rate.bases[0].expression, agrees]);
      }
    }
    expect(checked).toEqual([
      ['000', '成功率达100%', '5726/5726', true],
      ['002', '增长9.72%', '5351/(60409−5351)', true],
      ['002', '办结率100%', '52/52', true],
      ['004', '电子送达率91.61%', '1051/1148', false],
      ['004', '执结率64.03%', '383/523', false],
      ['004', '化解率97.4%', '710/729', true],
    ]);
  });

  it('the ones that must stay silent are recognised as rates and left alone for their reason', async () => {
    const r0 = await seedReport('000');
    const r1 = await seedReport('001');
    const find = (rs: typeof r0.facts.rates, text: string) => rs.find((x) => x.text === text)!;
    expect(find(r0.facts.rates, '按时办结率99.98%')).toMatchObject({ qualified: true, bases: [] });
    expect(find(r1.facts.rates, '万人受援率30.54%')).toMatchObject({ kind: 'per-capita', bases: [] });
    expect(find(r0.facts.rates, '及格率均在80%以上')).toMatchObject({ inexact: true });
    expect(find(r0.facts.rates, '办结率达到100%')).toMatchObject({ bases: [] });
  });

  it('renders in English', async () => {
    const [m] = await lintSeed('004', 'consistent-rate', rule, {}, 'en');
    expect(m.reason).toBe(
      '“电子送达率91.61%” does not match 1051/1148=91.55% (rounded half-up to 2 decimals), and no whole count can give that rate: with the numerator 1051 the base would lie between 1147.13 and 1147.32, with the base 1148 the numerator between 1051.63 and 1051.80; please check the figures',
    );
  });

});

// Options: checkQualified (RuleTester registers its own describe/it at the top level)
const qualified = '热线中心累计受理企业、群众办件37116件,办结37082件,其中按时办结36900件,按时办结率99.98%。';
new RuleTester().run('consistent-rate: checkQualified', rule, {
  valid: [{ code: qualified, options: { checkQualified: false } }],
  invalid: [
    {
      code: qualified,
      errors: [{ messageId: 'qualifiedMismatch', severity: 'info', data: { expression: '36900/37082', computed: '99.51%', qualifier: '按时' }, text: '按时办结率99.98%' }],
    },
  ],
});

describe('consistent-rate: silencing a deliberate exception (as the page says)', () => {
  it('an inline directive with a reason silences one place in Markdown, and only that one', async () => {
    const { prepare } = await import('../../src/engine/lint.js');
    const { runRules } = await import('../../src/engine/run.js');
    const md = [
      '<!-- fzlint-disable-next-line consistent-rate -- 执结率按含旧存案件计算 -->',
      '受理执行案件523件,执结383件,执行案件执结率64.03%。',
      '',
      '受理各类民商事一审案件1148件,电子送达案件1051件,电子送达率91.61%。',
      '',
    ].join('\n');
    const report = await prepare(md, 'markdown', 'report.md');
    const messages = runRules(report, [['consistent-rate', { rule, setting: { severity: 'error', options: { checkQualified: true } } }]]);
    expect(messages.map((m) => [m.messageId, m.data.rate])).toEqual([['unreachable', '电子送达率91.61%']]);
  });
});

describe('consistent-rate suggestions', () => {
  it('offers the computed figure as a suggestion (never a fix), to the stated decimals, for an Arabic figure', async () => {
    const { lintText } = await import('../../src/engine/lint.js');
    const text = '共排查各类矛盾纠纷729件，成功已化解710件，化解率92.4%。\n';
    const { messages } = await lintText(text, { format: 'text', rules: [['consistent-rate', { rule, setting: { severity: 'warn', options: {} } }]] });
    expect(messages).toHaveLength(1);
    const [m] = messages;
    expect(m.fix).toBeUndefined();
    expect(m.suggestions).toEqual([{ message: '改为按所列数量计算的97.4%', fix: [{ start: text.indexOf('92.4%'), end: text.indexOf('92.4%') + 5, text: '97.4%' }] }]);
    const fixed = text.slice(0, m.suggestions![0].fix[0].start) + '97.4%' + text.slice(m.suggestions![0].fix[0].end);
    const again = await lintText(fixed, { format: 'text', rules: [['consistent-rate', { rule, setting: { severity: 'warn', options: {} } }]] });
    expect(again.messages).toEqual([]);
  });

  it('offers nothing for a figure in Chinese numerals (百分之九十) or a qualified rate it cannot confirm', async () => {
    const { lintText } = await import('../../src/engine/lint.js');
    const run = async (text: string) => (await lintText(text, { format: 'text', rules: [['consistent-rate', { rule, setting: { severity: 'warn', options: {} } }]] })).messages;
    const cn = await run('共排查各类矛盾纠纷729件，成功已化解710件，化解率百分之九十。\n');
    for (const m of cn) expect(m.suggestions).toBeUndefined();
    const q = await run('共办理件数200件，其中按时办结180件，按时办结率95%。\n');
    for (const m of q) expect(m.suggestions).toBeUndefined();
  });
});
