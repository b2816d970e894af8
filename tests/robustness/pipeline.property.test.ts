/**
 * The whole pipeline on arbitrary input: no exception, every range inside the
 * text with line/column agreeing with offsets, identical output on a second run.
 * Covers every rule registered in rules/index.ts, at default options.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { buildReport } from '../../src/model/report.js';
import { loadParser, type Format } from '../../src/parse/index.js';
import { runRules, type ConfiguredRule } from '../../src/engine/run.js';
import { nodeResources } from '../../src/linter/resources.js';
import { lineStarts, pointAt } from '../../src/model/location.js';
import { seedText } from '../helpers/seeds.js';

const configured: [string, ConfiguredRule][] = Object.entries(rules).map(([id, rule]) => [
  id,
  { rule, setting: { severity: rule.meta.severity, options: { ...(rule.meta.defaultOptions as object) } } },
]);

// Fragments of real reports, and the characters that break naive code
const seedLines = ['000', '001', '002', '003', '004'].flatMap((n) => seedText(n).split('\n')).filter((l) => l.trim());
const fragments = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...seedLines).chain((l) => fc.tuple(fc.nat(l.length), fc.nat(l.length)).map(([a, b]) => l.slice(Math.min(a, b), Math.max(a, b)))) },
  { weight: 2, arbitrary: fc.constantFrom('一、', '（一）', '(二)', '1.', '（1）', '一是', '二是', '共', '其中', '《', '》', '“', '”', '%', '率', '件', '万', '余', '2023年', '2024年3月1日', '发布时间:', '成文日期: 2024-02-28', '上一篇:', '<!-- fzlint-disable -->', '# ', '## ', '> ', '```', '|a|b|\n|-|-|') },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\r\n', '\r', '\u2002\u2002', '\u3000', '\t', ' ', '\uFEFF', '\u200b', '𠀋', '𪚥', 'é', 'e\u0301', '\ud800', '\udc00', '\u0000') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 99999 }).map(String) },
);
const reportText = fc.array(fragments, { maxLength: 60 }).map((a) => a.join(''));

async function lint(text: string, format: Format) {
  const parse = await loadParser(format);
  const report = buildReport(text, parse(text), { format, filePath: format === 'text' ? 'r.txt' : 'r.md' });
  return { report, messages: runRules(report, configured, { locale: 'zh', resources: nodeResources() }) };
}

function check(text: string, format: Format, a: Awaited<ReturnType<typeof lint>>, b: Awaited<ReturnType<typeof lint>>) {
  const starts = lineStarts(text);
  for (const m of a.messages) {
    expect(m.internal, `${m.ruleId} crashed: ${m.reason}`).toBeFalsy();
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeGreaterThanOrEqual(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    const s = pointAt(starts, m.start);
    const e = pointAt(starts, m.end);
    expect([m.line, m.column, m.endLine, m.endColumn]).toEqual([s.line, s.column, e.line, e.column]);
    for (const f of m.fix ?? []) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
    }
  }
  const strip = (x: typeof a) => x.messages.map((m) => [m.ruleId, m.messageId, m.start, m.end, m.reason, m.severity]);
  expect(strip(b), `${format}: second run differs`).toEqual(strip(a));
}

describe('pipeline properties (all rules)', () => {
  for (const format of ['text', 'markdown'] as Format[]) {
    it(`${format}: no crash, ranges inside the text, deterministic`, async () => {
      await fc.assert(
        fc.asyncProperty(reportText, async (text) => {
          check(text, format, await lint(text, format), await lint(text, format));
        }),
        { numRuns: 150 },
      );
    });
  }

  it('whole seeds with random cuts and CRLF conversion', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('000', '001', '002', '003', '004'), fc.nat(), fc.nat(), fc.boolean(), async (n, x, y, crlf) => {
        let text = seedText(n);
        const a = x % (text.length + 1);
        const b = y % (text.length + 1);
        text = text.slice(0, Math.min(a, b)) + text.slice(Math.max(a, b));
        if (crlf) text = text.replace(/\n/g, '\r\n');
        check(text, 'text', await lint(text, 'text'), await lint(text, 'text'));
      }),
      { numRuns: 40 },
    );
  });
});
