import { describe, expect, it } from 'vitest';
import { precision, recall } from '../../eval/lib.js';
import { CASES } from '../../eval/numbers/cases.js';
import { runNumbers } from '../../eval/numbers/suite.js';

// The number corpus (npm run eval -- numbers), pinned: no false warning or error on any
// consistent or uncheckable sentence, and every class finds at least 95% of its inconsistencies.
describe('eval/numbers', () => {
  it('holds at least 150 hand-labelled sentences, each with its source, in every phrasing class', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
    for (const c of CASES) {
      expect(c.source, c.id).not.toBe('');
      if (c.label === 'bad') expect(c.finding, c.id).toBeDefined();
    }
    const classes = new Set(CASES.map((c) => c.cls));
    for (const cls of ['plain', 'growth', 'points', 'share', 'fraction', 'money', 'fullwidth', 'chinese', 'subset', 'closed', 'implicit']) expect(classes).toContain(cls);
  });

  it('no false error or warning; recall of checkable inconsistencies ≥ 95% per class', async () => {
    const res = await runNumbers();
    expect(res.failures.filter((f) => f.startsWith('FP'))).toEqual([]);
    for (const row of res.rows) {
      expect(precision(row) ?? 1, `${row.rule} ${row.cls}`).toBe(1);
      const r = recall(row);
      if (r !== null) expect(r, `${row.rule} ${row.cls}: ${res.failures.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    }
    // the corpus is not trivially silent: most of its inconsistencies are found
    const tp = res.rows.reduce((n, r) => n + r.tp, 0);
    expect(tp).toBeGreaterThanOrEqual(60);
  });
});
