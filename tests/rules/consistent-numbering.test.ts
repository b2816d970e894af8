import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import rule from '../../rules/consistent-numbering.js';
import { RuleTester } from '../../src/testing/index.js';
import { analyseSequence } from '../../src/model/sequence.js';
import { lintSeed, SEEDS } from '../helpers/seeds.js';

// Seed truth (issue 10): every seed numbers its headings and items in sequence
describe('consistent-numbering on the seeds', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: silent`, async () => {
      expect(await lintSeed(seed, 'consistent-numbering', rule)).toEqual([]);
    });
  }
});

describe('analyseSequence', () => {
  const faults = (ns: number[]) => analyseSequence(ns).map((f) => [f.index, f.kind, f.expected, f.fix?.map((x) => x.value) ?? null]);

  it('names each fault once, with a fix only where the sequence is certain', () => {
    expect(faults([1, 2, 3])).toEqual([]);
    expect(faults([1, 2, 2, 4])).toEqual([[2, 'repeated', 3, [3]]]);
    expect(faults([1, 2, 2, 3])).toEqual([[2, 'repeated', 3, [3, 4]]]);
    expect(faults([1, 2, 9, 4])).toEqual([[2, 'outOfOrder', 3, [3]]]);
    expect(faults([1, 2, 4])).toEqual([[2, 'skipped', 3, null]]);
    expect(faults([1, 3, 4, 5])).toEqual([[1, 'skipped', 2, null]]);
    expect(faults([2, 3])).toEqual([[0, 'skipped', 1, null]]);
    expect(faults([1, 2, 3, 2])).toEqual([[3, 'outOfOrder', 4, null]]);
    // a new enumeration that restarts at 1 is not a fault
    expect(faults([1, 2, 3, 1, 2])).toEqual([]);
  });

  it('reports the missing numbers of a gap, unless they are written after all', () => {
    expect(analyseSequence([1, 4])[0].missing).toEqual([2, 3]);
    expect(analyseSequence([1, 4], (i, missing) => i === 1 && missing.join() === '2,3')).toEqual([]);
  });

  it('property: applying every offered fix, repeatedly, ends in a sequence with no fixable fault', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 }), (start) => {
        let ns = start.slice();
        for (let pass = 0; pass < 20; pass++) {
          const fixes = analyseSequence(ns).flatMap((f) => f.fix ?? []);
          if (!fixes.length) break;
          // one fault's fix per pass, as overlapping edits wait for the next pass
          const first = analyseSequence(ns).find((f) => f.fix)!;
          ns = ns.slice();
          for (const { index, value } of first.fix!) ns[index] = value;
        }
        expect(analyseSequence(ns).some((f) => f.fix)).toBe(false);
        // a fix only ever renumbers; it never changes how many siblings there are
        expect(ns.length).toBe(start.length);
      }),
    );
  });

  it('property: a correct sequence with one number changed is always caught', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 10 }), fc.nat(), fc.integer({ min: 1, max: 15 }), (n, at, value) => {
        const ns = Array.from({ length: n }, (_, i) => i + 1);
        const i = at % n;
        fc.pre(value !== ns[i] && !(value === 1 && i > 1));
        ns[i] = value;
        expect(analyseSequence(ns).length).toBeGreaterThan(0);
      }),
    );
  });
});

new RuleTester().run('consistent-numbering', rule, {
  valid: [
    { name: 'in sequence', code: '一、主要举措和成效\n(一)加强党的领导\n(二)优化法治营商环境\n二、存在的不足和原因\n三、2024年工作思路\n' },
    {
      name: 'a list carried on over paragraphs',
      code: '(一)加强党的领导\n一是坚持党的全面领导。二是坚持法治思想学习。\n三是强化普法宣传。四是开展述法评议。\n',
    },
    { name: 'unnumbered Markdown headings', code: '## 主要举措\n\n## 存在的问题\n\n## 下一步打算\n', filename: 'r.md' },
    { name: 'Markdown ordered list', code: '## 一、主要举措\n\n### （一）加强党的领导\n\n1. 坚持高位推动\n3. 贯彻法治思维\n', filename: 'r.md' },
    { name: 'items switched off', code: '一是坚持党的全面领导。三是强化普法宣传。', options: { items: false } },
    {
      // house style of many street offices and departments: 1. straight under 一、 in every section
      name: 'a level skipped consistently (一、 → 1. throughout)',
      code: '一、主要举措和成效\n1.压实法治建设责任。\n2.规范行政执法行为。\n二、存在的不足\n1.执法能力有待提升。\n三、工作安排\n1.加强执法培训。\n2.深化法治工作站建设。\n',
    },
    { name: 'a single section that skips a level', code: '一、主要举措和成效\n1.压实法治建设责任。\n2.规范行政执法行为。\n二、存在的不足\n三、工作安排\n' },
    { name: 'a level skipped consistently below （一）', code: '(一)加强党的领导\n(1)坚持高位推动\n(2)贯彻法治思维\n(二)优化营商环境\n(1)深化放管服改革\n' },
  ],
  invalid: [
    {
      name: 'a wrong item number confirmed by its neighbours is fixed',
      code: '一是坚持党的全面领导。二是坚持法治思想学习。二是强化普法宣传。四是开展述法评议。',
      errors: [{ messageId: 'repeated', data: { marker: '二是', expected: '三是' }, line: 1, column: 23, endColumn: 25, text: '二是' }],
      output: '一是坚持党的全面领导。二是坚持法治思想学习。三是强化普法宣传。四是开展述法评议。',
    },
    {
      name: 'a repeated heading number followed by a continuing sequence renumbers the rest',
      code: '一、主要举措和成效\n二、存在的不足和原因\n二、2024年工作思路\n三、其他需要报告的情况\n',
      errors: [{ messageId: 'repeated', data: { marker: '二、', expected: '三、' }, line: 3, column: 1, endColumn: 3 }],
      output: '一、主要举措和成效\n二、存在的不足和原因\n三、2024年工作思路\n四、其他需要报告的情况\n',
    },
    {
      name: 'a gap has no fix: the missing section may be lost text',
      code: '(一)加强党的领导\n(二)优化法治营商环境\n(四)深化执法体制改革\n',
      errors: [{ messageId: 'skipped', data: { marker: '(四)', missing: '(三)', expected: '(三)' }, line: 3, column: 1, endColumn: 4 }],
      output: null,
    },
    {
      name: 'a wrong number that is out of order, full-width brackets kept',
      code: '（一）加强党的领导\n（二）优化法治营商环境\n（九）依法推进科学民主决策\n（四）深化执法体制改革\n',
      errors: [{ messageId: 'outOfOrder', data: { marker: '（九）', expected: '（三）' }, line: 3 }],
      output: '（一）加强党的领导\n（二）优化法治营商环境\n（三）依法推进科学民主决策\n（四）深化执法体制改革\n',
    },
    {
      name: 'a numbering of two digits',
      code: '1.坚持高位推动\n2.贯彻法治思维\n3.狠抓关键少数\n4.深化放管服改革\n5.优化营商环境\n6.规范执法\n7.强化监督\n8.化解纠纷\n9.普法宣传\n9.数字法治\n11.队伍建设\n',
      errors: [{ messageId: 'repeated', data: { marker: '9.', expected: '10.' }, line: 10 }],
      output: '1.坚持高位推动\n2.贯彻法治思维\n3.狠抓关键少数\n4.深化放管服改革\n5.优化营商环境\n6.规范执法\n7.强化监督\n8.化解纠纷\n9.普法宣传\n10.数字法治\n11.队伍建设\n',
    },
    {
      name: 'a consistent level skip does not hide a repeated number',
      code: '一、主要举措和成效\n1.压实法治建设责任。\n2.规范行政执法行为。\n2.推进基层依法治理。\n二、工作安排\n1.加强执法培训。\n',
      errors: [{ messageId: 'repeated', data: { marker: '2.', expected: '3.' }, line: 4 }],
      output: '一、主要举措和成效\n1.压实法治建设责任。\n2.规范行政执法行为。\n3.推进基层依法治理。\n二、工作安排\n1.加强执法培训。\n',
    },
    {
      name: 'a level skipped under one （一） but used under another',
      code: '(一)加强党的领导\n1.坚持高位推动\n2.贯彻法治思维\n(二)优化营商环境\n(1)深化放管服改革\n(2)规范涉企检查\n',
      errors: [{ messageId: 'levelSkipped', data: { marker: '(1)', parent: '(二)', missing: '1.', other: '1.' }, line: 5, column: 1, endColumn: 4 }],
    },
    {
      name: 'two sections skip a level their peer uses: each is reported once',
      code: '一、主要举措\n(一)加强党的领导\n(二)优化营商环境\n二、存在的不足\n1.执法监督不够\n2.宣传不够\n三、工作计划\n1.加强培训\n2.深化监督\n',
      errors: [
        { messageId: 'levelSkipped', data: { marker: '1.', parent: '二、', missing: '（一）', other: '(一)' }, line: 5 },
        { messageId: 'levelSkipped', data: { marker: '1.', parent: '三、', missing: '（一）', other: '(一)' }, line: 8 },
      ],
    },
    {
      name: 'English messages',
      code: '一是坚持党的全面领导。三是强化普法宣传。',
      locale: 'en',
      errors: [{ messageId: 'skipped', data: { marker: '三是', missing: '二是' } }],
    },
  ],
});
