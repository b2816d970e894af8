/**
 * No catastrophic regexes: the model and every rule, on long adversarial inputs,
 * take time that grows linearly. The check is a ratio (4× the input must take
 * less than 6× the time), so it holds on a busy machine.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { buildReport } from '../../src/model/report.js';
import { parseText } from '../../src/parse/text.js';
import { runRules } from '../../src/engine/run.js';
import { nodeResources } from '../../src/linter/resources.js';
import type { Report } from '../../src/model/types.js';

// the law list is the host's to load, before any timing
const resources = nodeResources();
const UNIT = 12_000; // characters at 1×; 4× is 48 K characters (~100-150 KB of UTF-8)

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

/**
 * CPU time (user + system) of the small and the large run, best of five,
 * measured alternately so both see the same machine: on a shared 2-core
 * machine a busy sibling core slows every run, and interleaving keeps that
 * out of the ratio. The suite runs in forked workers (vitest.config.ts), so
 * no other test shares this process; gc() first so no collection owed by
 * earlier work is billed to a run.
 */
function timePair(small: () => void, large: () => void): [number, number] {
  const best: [number, number] = [Infinity, Infinity];
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 5; i++) {
    [small, large].forEach((fn, k) => {
      gc?.();
      const s = process.cpuUsage();
      fn();
      const d = process.cpuUsage(s);
      best[k] = Math.min(best[k], (d.user + d.system) / 1000);
    });
  }
  return best;
}

function build(text: string): Report {
  return buildReport(text, parseText(text), { format: 'text', filePath: 'x.txt', reportYear: 2023 });
}

describe('linear time on adversarial inputs', () => {
  for (const [name, gen] of Object.entries(generators)) {
    it(name, () => {
      const small = '某县2023年度法治政府建设报告\n' + gen(UNIT);
      const large = '某县2023年度法治政府建设报告\n' + gen(UNIT * 4);
      const ratios: Record<string, number> = {};
      // the model itself
      const [tModel1, tModel4] = timePair(() => build(small), () => build(large));
      ratios["(model)"] = tModel4 / Math.max(tModel1, 5);
      const r1 = build(small);
      const r4 = build(large);
      for (const [id, rule] of Object.entries(rules)) {
        const cfg: [string, { rule: typeof rule; setting: { severity: 'error'; options: Record<string, unknown> } }][] = [
          [id, { rule, setting: { severity: 'error', options: { ...(rule.meta.defaultOptions as object) } } }],
        ];
        const [t1, t4] = timePair(() => runRules(r1, cfg, { resources }), () => runRules(r4, cfg, { resources }));
        // below 5 ms the clock and the collector are noise: measure against a 5 ms floor
        ratios[id] = t4 / Math.max(t1, 5);
      }
      const slow = Object.entries(ratios).filter(([, r]) => r >= 6);
      expect(slow, `superlinear (4× input ÷ 1× CPU time): ${JSON.stringify(Object.fromEntries(slow))}`).toEqual([]);
    });
  }
});
