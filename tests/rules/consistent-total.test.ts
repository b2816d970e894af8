import { describe, expect, it } from 'vitest';
import rule from '../../rules/consistent-total.js';
import { exactToString } from '../../src/model/numbers.js';
import { lintSeed, seedReport, SEEDS } from '../helpers/seeds.js';

// Seed truth (domain.md §5): no finding; 000's 3415 and 543 and 004's 81 are seen and pass
describe('consistent-total on the seeds', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: no finding`, async () => {
      expect(await lintSeed(seed, 'consistent-total', rule)).toEqual([]);
    });
  }

  it('the seed totals were recognised with their parts, and they add up', async () => {
    const seen: [string, string, string, string[], boolean][] = [];
    for (const seed of ['000', '004']) {
      const r = await seedReport(seed);
      for (const t of r.facts.totals) {
        if (t.how === 'implicit' && t.total.value !== 543) continue; // other incidental sums are not seed truth
        seen.push([seed, t.how, r.text.slice(t.total.start, t.total.end), t.parts.map((p) => exactToString(p.exact)), t.exhaustive]);
      }
    }
    expect(seen).toEqual([
      ['000', 'breakdown', '3415项', ['208', '2407', '156', '299', '8', '31', '10', '70', '57', '169'], true],
      ['000', 'implicit', '543件', ['177', '11', '355'], true],
      ['004', 'breakdown', '81件', ['53', '28'], false], // 其中 names a subset: not claimed to be the whole
      ['004', 'breakdown', '2次', ['1', '1'], false], // 应急演练2次(坝体开裂1次,森林防火1次): kinds in brackets across a comma
    ]);
  });

  it('changing one figure of the seed sentences so the parts exceed the total is caught, with the parts as related places', async () => {
    const { prepare } = await import('../../src/engine/lint.js');
    const { runRules } = await import('../../src/engine/run.js');
    const text = (await seedReport('004')).text.replace('民事案件28件', '民事案件29件');
    const report = await prepare(text, 'text');
    const [m, ...rest] = runRules(report, [['consistent-total', { rule, setting: { severity: 'error', options: {} } }]]);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ messageId: 'partsExceed', severity: 'error', line: 10 });
    expect(m.data).toMatchObject({ total: '共受理法律援助案件81件', expression: '53+29', sum: '82', difference: '1', unit: '件' });
    expect(text.slice(m.start, m.end)).toBe('81件');
    expect(m.related?.map((r) => text.slice(r.start, r.end))).toEqual(['其中刑事案件53件', '民事案件29件']);
  });

  it('其中 names a subset: parts falling short are silent, reported at info with reportSubsetShortfall', async () => {
    const { prepare } = await import('../../src/engine/lint.js');
    const { runRules } = await import('../../src/engine/run.js');
    const text = (await seedReport('004')).text.replace('民事案件28件', '民事案件27件');
    const report = await prepare(text, 'text');
    const run = (options: Record<string, unknown>) => runRules(report, [['consistent-total', { rule, setting: { severity: 'error', options } }]]);
    expect(run({})).toEqual([]);
    const [m, ...rest] = run({ reportSubsetShortfall: true });
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ messageId: 'subsetShort', severity: 'info' });
    expect(m.data).toMatchObject({ expression: '53+27', sum: '80', difference: '1' });
  });
});
