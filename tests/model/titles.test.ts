import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { prepare } from '../../src/engine/lint.js';
import { buildReport } from '../../src/model/report.js';
import { parseText } from '../../src/parse/text.js';
import { seedReport, SEEDS } from '../helpers/seeds.js';
import { countSteps } from '../helpers/steps.js';

describe('report.titles: 《…》 in the report text', () => {
  it('finds each title with its inner text and spans', async () => {
    const text = '一、学习宣传\n组织学习《中华人民共和国民法典》、《行政复议法》等法律。\n';
    const r = await prepare(text, 'text', 'a.txt');
    expect(r.titles.map((t) => t.text)).toEqual(['中华人民共和国民法典', '行政复议法']);
    const [a, b] = r.titles;
    expect(text.slice(a.start, a.end)).toBe('《中华人民共和国民法典》');
    expect(text.slice(a.inner.start, a.inner.end)).toBe('中华人民共和国民法典');
    expect(text.slice(b.start, b.end)).toBe('《行政复议法》');
    expect(a.block).toBe(b.block);
    expect(a.nested).toEqual([]);
  });

  it('records titles nested in <>, 〈〉 and 《》 (seed 003 prints <>)', async () => {
    const text =
      '认真贯彻《中共重庆市委重庆市人民政府关于印发<重庆市法治政府建设实施方案(2021-2025)>的通知》和《关于印发〈方案〉的通知》及《关于批准《广东省经济特区条例》的决议》。\n';
    const r = await prepare(text, 'text', 'a.txt');
    expect(r.titles).toHaveLength(3);
    const [a, b, c] = r.titles;
    expect(a.nested.map((n) => [n.bracket, n.text])).toEqual([['<>', '重庆市法治政府建设实施方案(2021-2025)']]);
    expect(text.slice(a.nested[0].start, a.nested[0].end)).toBe('<重庆市法治政府建设实施方案(2021-2025)>');
    expect(text.slice(a.nested[0].inner.start, a.nested[0].inner.end)).toBe('重庆市法治政府建设实施方案(2021-2025)');
    expect(b.nested.map((n) => [n.bracket, n.text])).toEqual([['〈〉', '方案']]);
    expect(c.text).toBe('关于批准《广东省经济特区条例》的决议');
    expect(c.nested.map((n) => [n.bracket, n.text])).toEqual([['《》', '广东省经济特区条例']]);
  });

  it('skips a 《 that does not close in its paragraph, and furniture lines', async () => {
    const text = '来源:《大众日报》\n\n学习《民法典\n\n宣传《宪法》。\n';
    const r = await prepare(text, 'text', 'a.txt');
    expect(r.titles.map((t) => t.text)).toEqual(['宪法']);
  });

  it('an unclosed 《 does not hide a pair inside it; many unclosed 《 cost linear work', async () => {
    const r = await prepare('学习《民法典,宣传《宪法》和<b>。\n', 'text', 'a.txt');
    expect(r.titles.map((t) => t.text)).toEqual(['宪法']);
    // the model is built under the step counter (tests/helpers/steps.ts), 10 000 and 40 000 unclosed 《
    const big = (n: number) => '《条例'.repeat(n) + '《宪法》\n';
    const build = (n: number) => countSteps(() => buildReport(big(n), parseText(big(n)), { format: 'text', filePath: 'b.txt' }));
    const one = build(10_000);
    const four = build(40_000);
    for (const { result } of [one, four]) {
      expect(result.titles.map((t) => t.text)).toEqual(['宪法']);
      expect(result.titles[0].end).toBe(result.text.length - 1);
    }
    expect(four.steps / one.steps, `${four.steps} steps at 4× vs ${one.steps}`).toBeLessThan(6);
  });

  it('maps every title of the seeds back to the source exactly', async () => {
    const counts: Record<string, number> = {};
    for (const s of SEEDS) {
      const r = await seedReport(s);
      counts[s] = r.titles.length;
      for (const t of r.titles) {
        expect(r.text.slice(t.start, t.end)).toBe(`《${t.text}》`);
        expect(r.text.slice(t.inner.start, t.inner.end)).toBe(t.text);
      }
    }
    // as counted with grep -o '《[^》]*》' on the seed files (003's two nested titles included in their outer one)
    expect(counts).toEqual({ '000': 15, '001': 14, '002': 11, '003': 2, '004': 27 });
  });

  it('property: a title built from bracket-free text is found with exact offsets', async () => {
    const plain = fc.string({ unit: fc.constantFrom(...'法治政府建设条例规定ab12(),、'), minLength: 1, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(plain, plain, plain, async (before, inner, after) => {
        const text = `${before}《${inner}》${after}`;
        const r = await prepare(text, 'text', 'p.txt');
        const t = r.titles.find((x) => x.text === inner);
        expect(t).toBeDefined();
        expect(text.slice(t!.start, t!.end)).toBe(`《${inner}》`);
      }),
      { numRuns: 60 },
    );
  });
});
