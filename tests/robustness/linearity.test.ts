/**
 * No quadratic scans: the model and every rule, on long adversarial inputs, stay correct (no crash,
 * every finding inside the text) and do work that grows linearly. Work is counted, not timed
 * (tests/helpers/steps.ts: characters covered by regex matches and string searches), so the check gives
 * the same answer on a loaded machine. Wall-clock ratios live in `npm run bench:linear` (bench/linear.mjs).
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { buildReport } from '../../src/model/report.js';
import { parseText } from '../../src/parse/text.js';
import { runRules, type ConfiguredRule } from '../../src/engine/run.js';
import { nodeResources } from '../../src/linter/resources.js';
import type { Report } from '../../src/model/report.js';
import { countSteps } from '../helpers/steps.js';

// the law list is the host's to load, before any timing
const resources = nodeResources();
const UNIT = 12_000; // characters at 1×; 4× is 48 K characters (~100-150 KB of UTF-8)
/** 4× the input may cost at most this many times the steps (linear is 4×, quadratic 16×). */
const MAX_RATIO = 6;
/** Below this many steps a count is dominated by constant work (titles, setup): compare against it. */
const FLOOR = 2_000;

const generators: Record<string, (n: number) => string> = {
  digits: (n) => '1234567890'.repeat(Math.ceil(n / 10)).slice(0, n),
  'digits with dots and commas': (n) => '12.5,3,4.4%'.repeat(Math.ceil(n / 11)).slice(0, n),
  一二三: (n) => '一二三四五六七八九十'.repeat(Math.ceil(n / 10)).slice(0, n),
  '共 and 其中': (n) => '共其中共计其中、合计'.repeat(Math.ceil(n / 10)).slice(0, n),
  'unclosed 《': (n) => '《中华人民共和国'.repeat(Math.ceil(n / 8)).slice(0, n),
  'repeated 一是': (n) => '一是'.repeat(Math.ceil(n / 2)).slice(0, n),
  'numbered lines': (n) => '（一）1.一、\n'.repeat(Math.ceil(n / 9)).slice(0, n),
  'rates and counts': (n) => '受理5件,办结4件,办结率80%,'.repeat(Math.ceil(n / 17)).slice(0, n),
  'one long sentence of quotes': (n) => '“三个聚焦“'.repeat(Math.ceil(n / 6)).slice(0, n),
  'XX placeholders': (n) => 'XX县××局*次'.repeat(Math.ceil(n / 8)).slice(0, n),
};

function build(text: string): Report {
  return buildReport(text, parseText(text), { format: 'text', filePath: 'x.txt', reportYear: 2023 });
}

function configured(id: string): [string, ConfiguredRule][] {
  const rule = rules[id as keyof typeof rules];
  return [[id, { rule, setting: { severity: 'error', options: { ...(rule.meta.defaultOptions as object) } } }]];
}

/** Every message of a run lies inside the text, names its rule, and is no internal error. */
function expectSound(report: Report, id: string, messages: ReturnType<typeof runRules>): void {
  for (const m of messages) {
    expect(m.ruleId, `${id}: ${m.message}`).toBe(id);
    expect(m.internal ?? false, `${id} crashed: ${m.message}`).toBe(false);
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(report.text.length);
    expect(m.start).toBeLessThanOrEqual(m.end);
  }
}

describe('adversarial inputs: correct and linear in counted steps', () => {
  for (const [name, gen] of Object.entries(generators)) {
    it(name, () => {
      const small = '某县2023年度法治政府建设报告\n' + gen(UNIT);
      const large = '某县2023年度法治政府建设报告\n' + gen(UNIT * 4);
      const ratios: Record<string, number> = {};
      const m1 = countSteps(() => build(small));
      const m4 = countSteps(() => build(large));
      ratios['(model)'] = m4.steps / Math.max(m1.steps, FLOOR);
      const [r1, r4] = [m1.result, m4.result];
      const f1 = countSteps(() => r1.facts);
      const f4 = countSteps(() => r4.facts);
      ratios['(facts)'] = f4.steps / Math.max(f1.steps, FLOOR);
      for (const r of [r1, r4]) {
        for (const s of [...r.facts.quantities, ...r.facts.rates, ...r.facts.totals]) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(r.text.length);
        }
      }
      for (const id of Object.keys(rules)) {
        const cfg = configured(id);
        const a = countSteps(() => runRules(r1, cfg, { resources }));
        const b = countSteps(() => runRules(r4, cfg, { resources }));
        expectSound(r1, id, a.result);
        expectSound(r4, id, b.result);
        ratios[id] = b.steps / Math.max(a.steps, FLOOR);
      }
      const slow = Object.entries(ratios).filter(([, r]) => r >= MAX_RATIO);
      expect(slow, `superlinear (4× input ÷ 1× counted steps): ${JSON.stringify(Object.fromEntries(slow))}`).toEqual([]);
    });
  }
});

describe('the step counter itself', () => {
  const text = (n: number) => '受理5件。'.repeat(n);
  const ratio = (f: (t: string) => unknown) => countSteps(() => f(text(4_000))).steps / countSteps(() => f(text(1_000))).steps;

  it('sees a quadratic scan (the whole text re-read once per sentence) as ~16×, a single pass as ~4×', () => {
    const quadratic = (t: string) => t.split('。').map((s) => /办结/.test(t) || t.indexOf(s) >= 0);
    const linear = (t: string) => [...t.matchAll(/(\d+)件/g)].map((m) => m[1]);
    expect(ratio(quadratic)).toBeGreaterThan(12);
    expect(ratio(linear)).toBeGreaterThan(3.5);
    expect(ratio(linear)).toBeLessThan(4.5);
  });

  it('sees a quadratic pairing of facts (every item compared with every other) through array methods', () => {
    const pairs = (t: string) => {
      const items = t.split('。');
      return items.filter((a, i) => items.some((b, j) => j > i && b === a + '!'));
    };
    expect(ratio(pairs)).toBeGreaterThan(12);
  });

  it('gives the same count every time (no clock)', () => {
    const f = () => countSteps(() => text(500).replace(/\d/g, '#')).steps;
    expect(f()).toBe(f());
  });
});
