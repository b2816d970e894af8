import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/engine/lint.js';
import { exactToString } from '../../src/model/numbers.js';
import { extractFacts } from '../../src/model/facts.js';
import type { Quantity, Rate, Total } from '../../src/model/facts.js';
import type { Report } from '../../src/model/report.js';
import { seedReport, SEEDS } from '../helpers/seeds.js';
import { countSteps } from '../helpers/steps.js';

const text = (r: Report, s: { start: number; end: number }) => r.text.slice(s.start, s.end);
const fig = (q: Quantity) => exactToString(q.exact);
const paired = (r: Rate) => r.bases.map((b) => b.expression);
const parts = (t: Total) => t.parts.map(fig);

async function facts(source: string, format: 'text' | 'markdown' = 'text') {
  const r = await prepare(source, format);
  return { r, f: r.facts };
}

describe('quantities', () => {
  it('004: value, unit, family, label and span of the counts around 电子送达率', async () => {
    const r = await seedReport('004');
    const q = r.facts.quantities.find((x) => x.raw === '1051件')!;
    expect(q).toMatchObject({ value: 1051, unit: '件', family: 'case', label: '电子送达案件', inexact: false, nested: false });
    expect(text(r, q)).toBe('1051件');
    expect(text(r, q.labelSpan)).toBe('电子送达案件');
    const base = r.facts.quantities.find((x) => x.raw === '1148件')!;
    expect(base.label).toBe('受理各类民商事一审案件');
  });

  it('inexact counts and mixed units: 87.5余万人次, 61.28万件次, 近万人, 5万余份', async () => {
    const r = await seedReport('000');
    const by = (raw: string) => r.facts.quantities.find((x) => x.raw === raw)!;
    expect(by('87.5余万人次')).toMatchObject({ value: 875000, unit: '人次', inexact: true });
    expect(by('61.28万件次')).toMatchObject({ value: 612800, unit: '件次', family: 'case-time', inexact: false });
    expect(by('近万人')).toMatchObject({ value: 10000, unit: '人', inexact: true });
    expect(by('5万余份')).toMatchObject({ value: 50000, unit: '份', inexact: true });
    expect(by('2186名')).toMatchObject({ family: 'person', label: '' }); // a clause of its own: 2186名调解员
  });

  it('ordinals, ranks, dates and codes are not counts', async () => {
    const { f } = await facts('开展第三批示范创建,居全市前三位,2024年6月5日起施行,12345政务服务热线受理诉求100条。');
    expect(f.quantities.map((q) => q.raw)).toEqual(['100条']);
    expect(f.quantities[0].label).toBe('政务服务热线受理诉求');
  });

  it('a count after a unit suffix marker is inexact: 100人以上, 50件左右', async () => {
    const { f } = await facts('参加培训100人以上,受理咨询50件左右。');
    expect(f.quantities.map((q) => [q.raw, q.inexact])).toEqual([
      ['100人以上', true],
      ['50件左右', true],
    ]);
  });
});

describe('rates on the seeds', () => {
  // Every paired rate in the seeds, with the counts it is built on
  const PAIRED: Record<string, [string, string[]][]> = {
    '000': [['成功率达100%', ['5726/5726']]],
    '001': [],
    '002': [
      ['增长9.72%', ['5351/(60409−5351)']],
      ['办结率100%', ['52/52', '52/213']], // 共公开…信息213条 is a further base (kept, and it does not matter: 52/52 fits)
    ],
    '003': [],
    '004': [
      ['电子送达率91.61%', ['1051/1148']],
      ['执结率64.03%', ['383/523', '383/1148']],
      ['化解率97.4%', ['710/729']],
    ],
  };
  for (const seed of SEEDS) {
    it(`seed ${seed}: paired rates are exactly ${PAIRED[seed].map((p) => p[0]).join(', ') || 'none'}`, async () => {
      const r = await seedReport(seed);
      const got = r.facts.rates.filter((x) => x.bases.length).map((x) => [text(r, x), paired(x)]);
      expect(got).toEqual(PAIRED[seed]);
    });
  }

  it('004: labels, stems, modifiers and stated precision', async () => {
    const r = await seedReport('004');
    const e = r.facts.rates.find((x) => x.label === '电子送达率')!;
    expect(e).toMatchObject({ kind: 'ratio', stem: '送达', modifier: '电子', qualified: false, completion: true, value: 91.61, decimals: 2, raw: '91.61%' });
    expect(text(r, e.valueSpan)).toBe('91.61%');
    expect(text(r, e.labelSpan)).toBe('电子送达率');
    const h = r.facts.rates.find((x) => x.label === '化解率')!;
    expect(h.decimals).toBe(1);
    expect(text(r, h.bases[0].numerator)).toBe('710件');
    expect(text(r, h.bases[0].denominator)).toBe('729件');
  });

  it('the unpaired ones stay unpaired for the stated reasons', async () => {
    const r0 = await seedReport('000');
    const by0 = (label: string) => r0.facts.rates.find((x) => x.label === label)!;
    expect(by0('按时办结率')).toMatchObject({ qualified: true, modifier: '按时', bases: [] }); // no 按时办结 count stated
    expect(by0('及格率')).toMatchObject({ inexact: true, shared: true, bases: [] }); // 均在80%以上
    expect(by0('培训率')).toMatchObject({ bases: [] }); // 开展培训25场次…368场次: two counts of the same thing
    expect(by0('办结率')).toMatchObject({ bases: [] }); // 办结率达到100% with no counts
    expect(r0.facts.rates.find((x) => x.label.endsWith('满意度'))?.kind).toBe('other');
    const r1 = await seedReport('001');
    expect(r1.facts.rates.find((x) => x.label.includes('受援'))).toMatchObject({ kind: 'per-capita', bases: [] });
    expect(r1.facts.rates.find((x) => x.label === '办复率')).toMatchObject({ shared: true, bases: [] });
  });
});

describe('rates: pairing rules', () => {
  it('Chinese numerals and 万 units pair exactly', async () => {
    const { r, f } = await facts('受理民众建议、诉求一百二十件,共办结一百一十八件,办结率98.3%。受理行政审批和公共服务事项1.2万件,办结1.19万件,办结率99.2%。');
    expect(f.rates.map((x) => [text(r, x), paired(x)])).toEqual([
      ['办结率98.3%', ['118/120']],
      ['办结率99.2%', ['1.19万/1.2万']], // as written: the figures carry their 万
    ]);
  });

  it('pairs with the sentence before in the same paragraph, never across paragraphs', async () => {
    const { f } = await facts('受理执行案件523件,执结383件。执结率73.23%。\n\n受理执行案件523件,执结383件。\n\n执结率73.23%。');
    expect(f.rates.map(paired)).toEqual([['383/523'], []]);
  });

  it('a negated count is never the numerator; a 其中 part before the numerator is an alternative base beside its whole', async () => {
    const { f } = await facts('受理案件100件,未办结5件,办结率95%。受理执行案件523件,其中涉企案件100件,执结73件,执结率73%。');
    expect(f.rates[0].bases).toEqual([]);
    // 73 of the 100 涉企 cases, or of all 523: either may be meant (the rule is silent when one fits)
    expect(paired(f.rates[1]).slice(0, 2)).toEqual(['73/100', '73/523']);
  });

  it('a non-base nearest count that is no 其中 part leaves the rate unpaired', async () => {
    const { f } = await facts('受理执行案件523件,涉企案件100件,执结73件,执结率73%。');
    expect(f.rates.map(paired)).toEqual([[]]);
  });

  it('an aside that changes what a count covers leaves the rate unpaired: (含上年结转…)', async () => {
    const { f } = await facts('受理执行案件523件(含上年结转未结案件97件),执结383件,执结率64.03%。\n\n受理执行案件426件,执结383件(含上年结转案件),执结率64.03%。');
    expect(f.quantities.find((q) => q.raw === '523件')?.note).toBe('含上年结转未结案件97件');
    expect(f.rates.map(paired)).toEqual([[], []]);
  });

  it('keeps further bases as alternatives (共办理745件,移动端办理666件,结案553件)', async () => {
    const { f } = await facts('8家非自建系统单位共办理案件745件,移动端案件办理666件,结案553件,结案率74.2%。');
    expect(f.rates.map(paired)).toEqual([['553/666', '553/745']]);
  });

  it('a qualified rate pairs only with a stated qualified count, over the base or the unqualified count', async () => {
    const { f } = await facts('热线中心累计受理企业、群众办件37116件,办结37082件,其中按时办结37075件,按时办结率99.98%。');
    expect(f.rates[0]).toMatchObject({ qualified: true, modifier: '按时' });
    expect(paired(f.rates[0])).toEqual(['37075/37082', '37075/37116']);
  });

  it('growth needs the new total right before it; 占比 takes the whole named before 其中', async () => {
    const { f } = await facts('市场经营主体总量达60409户,净增长5351户,增长9.72%。共受理法律援助案件81件,其中刑事案件53件,占比65.43%。');
    expect(f.rates.map((x) => [x.kind, paired(x)])).toEqual([
      ['growth', []],
      ['share', ['53/81']],
    ]);
  });

  it('rates inside Markdown emphasis keep source spans and reader text', async () => {
    const { r, f } = await facts('受理各类民商事一审案件**1148件**,电子送达案件**1051件**,电子送达率**91.61%**。', 'markdown');
    expect(f.rates[0].text).toBe('电子送达率91.61%');
    expect(text(r, f.rates[0].valueSpan)).toBe('91.61%');
    expect(text(r, f.rates[0].bases[0].denominator)).toBe('1148件');
  });
});

describe('totals on the seeds', () => {
  it("000: the 3415 list (ten parts, closed by 及其他) and the 543 legal-aid cases (implicit) are recognised", async () => {
    const r = await seedReport('000');
    const t3415 = r.facts.totals.find((t) => fig(t.total) === '3415')!;
    expect(t3415).toMatchObject({ how: 'breakdown', exhaustive: true, closed: true, etc: false });
    expect(parts(t3415)).toEqual(['208', '2407', '156', '299', '8', '31', '10', '70', '57', '169']);
    expect(text(r, t3415.total)).toBe('3415项');
    expect(t3415.total.label).toBe('共梳理行政职权');
    const t543 = r.facts.totals.find((t) => fig(t.total) === '543')!;
    expect(t543).toMatchObject({ how: 'implicit', exhaustive: true });
    expect(parts(t543)).toEqual(['177', '11', '355']);
  });

  it('004: 共受理法律援助案件81件,其中刑事案件53件、民事案件28件', async () => {
    const r = await seedReport('004');
    // and 应急演练2次(坝体开裂1次,森林防火1次): kinds in brackets across a comma, adding up
    expect(r.facts.totals.map((t) => [fig(t.total), t.how, parts(t), t.exhaustive])).toEqual([
      ['81', 'breakdown', ['53', '28'], false],
      ['2', 'breakdown', ['1', '1'], false],
    ]);
    expect(text(r, r.facts.totals[0])).toBe('81件,其中刑事案件53件、民事案件28件');
  });
});

describe('totals: forms', () => {
  it('a list ending in 共计N; 其中 at the start of the next sentence', async () => {
    const { f } = await facts('受理刑事案件53件、民事案件28件,共计81件。共受理法律援助案件81件。其中刑事案件53件、民事案件28件。');
    expect(f.totals.map((t) => [fig(t.total), t.how, parts(t), t.exhaustive])).toEqual([
      ['81', 'sum', ['53', '28'], true],
      ['81', 'breakdown', ['53', '28'], false],
    ]);
  });

  it('等 and 包括 open a list; 其中 alone never claims the whole; comma-separated category parts count', async () => {
    const { f } = await facts(
      '共受理案件81件,其中刑事案件53件、民事案件20件等。共受理案件81件,其中包括刑事案件53件、民事案件20件。共受理案件81件,其中刑事案件53件。共受理案件81件,其中刑事案件53件,民事案件28件。',
    );
    expect(f.totals.map((t) => [parts(t), t.exhaustive, t.etc])).toEqual([
      [['53', '20'], false, true],
      [['53', '20'], false, false],
      [['53'], false, false],
      [['53', '28'], false, false],
    ]);
  });

  it('the list stops at a count of another kind and skips asides in brackets', async () => {
    const { f } = await facts('共受理法律援助案件81件,其中刑事案件53件(涉及被告人60人)、民事案件28件,解答咨询296件次。');
    expect(f.totals.map((t) => parts(t))).toEqual([['53', '28']]);
  });
});

describe('facts: model properties', () => {
  it('are built once, on first use', async () => {
    const r = await seedReport('004');
    expect(r.facts).toBe(r.facts);
  });

  it('never throw on arbitrary text; every span lies inside the text and quantities read back (fast-check)', async () => {
    const alphabet = [...'0123456789.,，、;。%万余近共计其中件人户项率办结受理成功增长总量达及等()《》一二十百两\n 结案占比'];
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 120 }), async (source) => {
        const r = await prepare(source, 'text');
        const { quantities, rates, totals } = r.facts;
        for (const s of [...quantities, ...rates, ...totals, ...quantities.map((q) => q.labelSpan)]) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(source.length);
          expect(s.start).toBeLessThanOrEqual(s.end);
        }
        for (const q of quantities) expect(source.slice(q.start, q.end)).toBe(q.raw);
        for (const t of totals) expect(t.parts.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  // Adversarial inputs (one endless sentence): right facts at any length, and 4× the text costs less than
  // 6× the counted steps (linear is 4×, quadratic 16×; tests/helpers/steps.ts counts scans, not time;
  // the timed ratios are in `npm run bench:linear`)
  const adversarial: Record<string, { gen: (n: number) => string; check: (f: ReturnType<typeof extractFacts>, n: number) => void; format?: 'text' | 'markdown' }> = {
    'rates and counts': {
      gen: (n) => '受理5件,办结4件,办结率80%,'.repeat(n / 16),
      check: (f, n) => {
        expect(f.rates.length).toBe(n / 16);
        expect(f.rates.every((r) => r.label === '办结率' && r.value === 80)).toBe(true);
      },
    },
    'counts then one rate each': {
      gen: (n) => '受理5件、办结4件、'.repeat(n / 20) + '办结率80%。',
      check: (f, n) => {
        expect(f.quantities.length).toBe((n / 20) * 2);
        expect(f.rates.map((r) => [r.label, r.value])).toEqual([['办结率', 80]]);
      },
    },
    '共 and 其中': {
      gen: (n) => '共5件,其中1件、2件、2件,'.repeat(n / 16),
      check: (f) => {
        for (const t of f.totals) expect(t.parts.length).toBeGreaterThan(0);
      },
    },
    'lists ending in 共计': {
      gen: (n) => '1件、2件,共计3件,'.repeat(n / 12),
      check: (f) => {
        for (const t of f.totals) expect(t.parts.length).toBeGreaterThan(0);
      },
    },
    // the forms of issue 15: each must stay linear too
    'one 其中 after many counts': { gen: (n) => '受理5件,'.repeat(n / 5) + '其中1件、2件。', check: () => {} },
    'a 、 list of thousands of parts': {
      gen: (n) => '共受理案件9件,其中' + '1件、'.repeat(n / 3) + '1件。',
      check: (f) => expect(f.totals.length).toBeLessThanOrEqual(1),
    },
    'asides before each rate': { gen: (n) => '(1件)(2件)(3件)办结率80%,'.repeat(n / 20), check: (f) => expect(f.rates.every((r) => r.bases.length === 0)).toBe(true) },
    'growth against last year': {
      gen: (n) => '受理138件,较上年的120件同比增长15%,'.repeat(n / 25),
      check: (f) => expect(f.rates.every((r) => r.kind === 'growth' && r.bases.length > 0)).toBe(true),
    },
    'shares after lists': { gen: (n) => '全年受理133件。涉企案件57件、涉农案件3件,占比45.9%。'.repeat(n / 30), check: () => {} },
    'implicit lists that exceed': { gen: (n) => '受理100件,刑事60件,民事50件,'.repeat(n / 18), check: () => {} },
    'full-width digits, fractions, multiples': {
      gen: (n) => '受理１２３件,办结１２０件,办结率９７．５６％,占四分之三,过半,较上年的60件翻了一番,是上年的2倍,占比2/3,'.repeat(n / 60),
      check: (f) => expect(f.rates.some((r) => r.unit === 'times')).toBe(true),
    },
    'changes from 由 to 至, respective changes and names, averages, periods': {
      gen: (n) =>
        '应考311人,实考310人,合格308人,参考率、合格率分别为99.7%、99.4%,由19个工作日压缩至14个工作日,压缩26.3%,分别为143件、72件,分别同比增长6.7%、33.3%(上年分别为134件、54件),95名执法人员累计4712学时,人均49.6学时,第三季度受理60件,第四季度受理69件,环比增长15%,是上年19卷的2倍;'.repeat(n / 150),
      // one endless sentence: too many heads for an average, and no statement is plain; each phrase alone is paired (below)
      check: () => {},
    },
    'the same phrases, one sentence each': {
      gen: (n) =>
        '应考311人,实考310人,合格308人,参考率、合格率分别为99.7%、99.4%。由19个工作日压缩至14个工作日,压缩26.3%。分别为143件、72件,分别同比增长6.7%、33.3%(上年分别为134件、54件)。95名执法人员累计4712学时,人均49.6学时。第三季度受理60件,第四季度受理69件,环比增长15%。是上年19卷的2倍。'.repeat(n / 150),
      check: (f) => {
        for (const kind of ['ratio', 'decline', 'growth', 'per-capita'] as const) expect(f.rates.some((r) => r.kind === kind && r.bases.length > 0)).toBe(true);
      },
    },
    'pipe tables written as text': {
      gen: (n) => '| 事项 | 2024年 | 2025年 | 增长率 |\n| --- | --- | --- | --- |\n' + '| 行政复议 | 50 | 55 | 10.0% |\n'.repeat(n / 28),
      check: (f) => expect(f.rates.some((r) => r.bases.length > 0)).toBe(true),
      format: 'markdown',
    },
    'digits with dots and commas': { gen: (n) => '12.5,3,4.4%'.repeat(n / 11), check: () => {} },
    一二三: { gen: (n) => '一二三四五六七八九十百千万亿件'.repeat(n / 15), check: () => {} },
  };
  for (const [name, { gen, check, format = 'text' }] of Object.entries(adversarial)) {
    it(`adversarial input, right facts and linear steps: ${name}`, async () => {
      const small = await prepare(gen(8_000), format);
      const large = await prepare(gen(32_000), format);
      const a = countSteps(() => extractFacts(small));
      const b = countSteps(() => extractFacts(large));
      for (const [r, f, n] of [[small, a.result, 8_000], [large, b.result, 32_000]] as const) {
        for (const s of [...f.quantities, ...f.rates, ...f.totals]) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(r.text.length);
        }
        for (const q of f.quantities) expect(r.text.slice(q.start, q.end)).toBe(q.raw);
        check(f, n);
      }
      expect(b.steps / Math.max(a.steps, 2_000), `${b.steps} steps at 4× vs ${a.steps} at 1×`).toBeLessThan(6);
    });
  }

  it('extraction grows linearly on real text: 8× a seed report costs under 12× the counted steps, with 8× the facts', async () => {
    const base = (await seedReport('000')).text;
    const one = await prepare(base, 'text');
    const eight = await prepare(Array(8).fill(base).join('\n'), 'text');
    const a = countSteps(() => extractFacts(one)); // not the memoised getter: a fresh extraction
    const b = countSteps(() => extractFacts(eight));
    expect(b.result.quantities.length).toBe(8 * a.result.quantities.length);
    expect(b.result.rates.length).toBe(8 * a.result.rates.length);
    expect(b.steps / a.steps, `${b.steps} steps at 8× vs ${a.steps} at 1×`).toBeLessThan(12);
  });

  it("the model's own step counter (FactsInput.steps) grows linearly: 8 copies of seed 000 take at most 8.5× the steps of one", async () => {
    const base = (await seedReport('000')).text;
    const stepsOf = (r: Report) => {
      const steps = { count: 0 };
      extractFacts({ sentences: r.sentences, blocks: r.blocks, toSource: r.toSource, steps });
      return steps.count;
    };
    const one = stepsOf(await prepare(base, 'text'));
    const eight = stepsOf(await prepare(Array(8).fill(base).join('\n'), 'text'));
    expect(one).toBeGreaterThan(0);
    expect(eight).toBeLessThanOrEqual(one * 8.5);
  });
});
