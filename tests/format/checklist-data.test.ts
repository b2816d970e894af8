import { beforeAll, describe, expect, it } from 'vitest';
import requireSections from '../../rules/require-sections.js';
import type { LintMessage, Severity } from '../../src/engine/types.js';
import { checklistRow, checklistRows, quote } from '../../src/format/checklist-data.js';
import type { FormatContext } from '../../src/format/types.js';
import { Linter } from '../../src/linter/linter.js';
import { countResult, type FileResult } from '../../src/linter/types.js';
import { ROOT, SEEDS, seedPath } from '../helpers/seeds.js';

// The reviewer's checklist on the five seeds, linted with require-sections alone so the
// rows hold whichever other rules exist; the columns read by other rules' ids are fed
// messages that stand for theirs (their ids, severities and spans; the checklist reads
// nothing else of them).

let seeds: FileResult[];

beforeAll(async () => {
  const linter = new Linter({ cwd: ROOT, rules: { 'require-sections': requireSections } });
  seeds = await linter.lintFiles(SEEDS.map(seedPath));
});

function ctx(enabled: string[] | undefined, overrides: Partial<FormatContext> = {}): FormatContext {
  return {
    cwd: ROOT,
    locale: 'zh',
    color: false,
    rulesMeta: {},
    ...(enabled ? { enabledRules: Object.fromEntries(seeds.map((r) => [r.filePath, enabled])) } : {}),
    ...overrides,
  };
}

/** A finding of another rule at a place in the seed's text. */
function finding(r: FileResult, ruleId: string, severity: Severity, text: string): LintMessage {
  const start = r.source!.indexOf(text);
  expect(start).toBeGreaterThanOrEqual(0);
  return { ...r.messages[0], ruleId, messageId: 'x', data: {}, severity, reason: `「${text}」`, start, end: start + text.length } as LintMessage;
}

function add(r: FileResult, ...messages: LintMessage[]): FileResult {
  return countResult({ ...r, messages: [...r.messages, ...messages] });
}

describe('checklist rows for the seeds', () => {
  it('reads the five parts, the plan and its year, the 第一责任人 part and the date from the model', () => {
    const rows = checklistRows(seeds, ctx(['require-sections']));
    const cells = rows.map((row) => ({
      year: row.year,
      parts: [row.parts.mark, row.parts.text],
      responsible: [row.responsible.mark, row.responsible.text],
      publication: [row.publication.mark, row.publication.text],
      numbers: [row.numbers.mark, row.numbers.text],
      verdict: row.verdict,
    }));
    expect(cells).toEqual([
      // 000 叶城县: the five parts as 一、…五、; published 2025-09-05, after the 2024-04-01 deadline (第二十四条)
      { year: 2023, parts: ['pass', '齐全'], responsible: ['pass', '有标题'], publication: ['fail', '2025-09-05 发布（期限 2024-04-01）'], numbers: ['unknown', '—'], verdict: 'pass' },
      // 001 嘉祥县: no part 5 (info); 第一责任人 only as an item; a 成文日期, which is not the publication date
      { year: 2023, parts: ['review', '缺 5'], responsible: ['pass', '条目'], publication: ['unknown', '2024-02-28 成文'], numbers: ['unknown', '—'], verdict: 'pass' },
      // 002 水磨沟区: 第一责任人 only in the plan, so part 3 is missing; no date at all
      { year: 2024, parts: ['fail', '缺 3、5'], responsible: ['fail', '未见'], publication: ['unknown', '未见日期'], numbers: ['unknown', '—'], verdict: 'fail' },
      // 003 云雾乡: 第一责任人 only as a sub-point; dated 2024-03-12 at the end
      { year: 2023, parts: ['fail', '缺 3、5'], responsible: ['fail', '未见'], publication: ['unknown', '2024-03-12 落款'], numbers: ['unknown', '—'], verdict: 'fail' },
      // 004 康乐县: plan headed 下一步工作打算; 第一责任人 as an item
      { year: 2024, parts: ['review', '缺 5'], responsible: ['pass', '条目'], publication: ['unknown', '未见日期'], numbers: ['unknown', '—'], verdict: 'pass' },
    ]);
    expect(rows[2].parts.note).toBe(seeds[2].messages[0].reason);
    expect(rows[0].publication.note).toBe('「2025年09月05日」（发布时间）');
  });

  it('reads the plan’s year: Y+1 in 000, 002, 003; none written in 004', () => {
    const rows = checklistRows(seeds, ctx(['require-sections']));
    expect([0, 2, 3, 4].map((i) => [rows[i].plan.mark, rows[i].plan.text])).toEqual([
      ['pass', '2024年'],
      ['pass', '2025年'],
      ['pass', '2024年'],
      ['review', '未写年份'],
    ]);
    expect(rows[4].plan.note).toBe('安排部分：「下一步工作打算」');
    // 001's plan shares the part 五、存在的不足及下步打算, whose heading names no year; the plan
    // model (report.plan), where present, finds the year in the plan's text: “2024年,…将…”
    const planModel = 'plan' in seeds[1].report!;
    expect([rows[1].plan.mark, rows[1].plan.text]).toEqual(planModel ? ['pass', '2024年'] : ['review', '未写年份']);
  });

  it('marks a wrong plan year for review, with the year expected', () => {
    const r = seeds[3];
    const report = r.report!;
    const wrong = { ...r, report: { ...report, meta: { ...report.meta, year: 2024 } } } as FileResult;
    const row = checklistRow(wrong, ctx(['require-sections']));
    expect([row.plan.mark, row.plan.text]).toEqual(['review', '2024年（应为2025年）']);
  });
});

describe("columns read from their rules' messages, by rule id", () => {
  it('trusts a rule that ran over the model: silent means ✓, its worst finding sets the mark', () => {
    const enabled = ['require-sections', 'no-late-publication', 'require-next-year-plan', 'require-first-responsible-person'];
    const silent = checklistRow(seeds[0], ctx(enabled));
    expect(silent.publication.mark).toBe('pass');
    // …but with no date in the report a silent rule could not check: not ✓
    expect(checklistRow(seeds[2], ctx(enabled)).publication).toEqual({ mark: 'unknown', text: '未见日期', sort: '', note: undefined });
    const late = add(seeds[0], finding(seeds[0], 'no-late-publication', 'error', '2025年09月05日'));
    const row = checklistRow(late, ctx(enabled));
    expect([row.publication.mark, row.publication.text, row.publication.note]).toEqual(['fail', '2025-09-05 发布（期限 2024-04-01）', '「2025年09月05日」']);
    expect(row.verdict).toBe('fail');

    const noYear = add(seeds[4], finding(seeds[4], 'require-next-year-plan', 'warn', '下一步工作打算'));
    const planRow = checklistRow(noYear, ctx(enabled));
    expect([planRow.plan.mark, planRow.plan.text, planRow.plan.note]).toEqual(['warn', '未写年份', '「下一步工作打算」']);
    expect(planRow.verdict).toBe('review');

    const passing = add(seeds[0], finding(seeds[0], 'require-first-responsible-person', 'info', '第一责任人职责'));
    expect(checklistRow(passing, ctx(enabled)).responsible.mark).toBe('review');
    // an absent part 3 is require-sections' finding (one fault, one finding): the 第一责任人 column shows it
    expect(checklistRow(seeds[2], ctx(enabled)).responsible.mark).toBe('fail');
  });

  it('counts numeric inconsistencies of consistent-rate and consistent-total; “cannot confirm” (info) apart', () => {
    const r = add(
      seeds[4],
      finding(seeds[4], 'consistent-rate', 'error', '电子送达率91.61%'),
      finding(seeds[4], 'consistent-rate', 'warn', '执结率64.03%'),
      finding(seeds[4], 'consistent-total', 'info', '81件'),
    );
    const both = ['require-sections', 'consistent-rate', 'consistent-total'];
    const row = checklistRow(r, ctx(both));
    expect([row.numbers.mark, row.numbers.text, row.numbers.note, row.numbers.sort]).toEqual(['fail', '2 +1?', '「电子送达率91.61%」', 2001]);
    expect(checklistRow(seeds[0], ctx(both)).numbers).toEqual({ mark: 'pass', text: '0', sort: 0, note: undefined });
    expect(checklistRow(seeds[0], ctx(['require-sections', 'consistent-total'])).numbers.text).toBe('0');
    expect(checklistRow(seeds[0], ctx(['require-sections'])).numbers).toEqual({ mark: 'unknown', text: '—', sort: '' });
  });

  it('without the list of rules that ran, only findings tell: none shows “—”', () => {
    const r = add(seeds[4], finding(seeds[4], 'consistent-rate', 'warn', '执结率64.03%'));
    expect(checklistRow(r, ctx(undefined)).numbers.text).toBe('1');
    expect(checklistRow(seeds[4], ctx(undefined)).numbers.text).toBe('—');
  });

  it('a result without its model (a worker or cache that dropped it) still gets its verdict and rule marks', () => {
    const r = add(seeds[2], finding(seeds[2], 'consistent-rate', 'error', '52条'));
    const bare = { ...r, report: undefined } as FileResult;
    const row = checklistRow(bare, ctx(['require-sections', 'consistent-rate']));
    expect(row.verdict).toBe('fail');
    expect([row.parts.mark, row.parts.text]).toEqual(['fail', '']);
    expect([row.numbers.mark, row.numbers.text]).toEqual(['fail', '1']);
    expect([row.plan.mark, row.plan.text]).toEqual(['unknown', '—']);
    expect(row.findings.map((f) => f.ruleId)).toEqual(['require-sections', 'require-sections', 'consistent-rate']);
  });
});

describe('quote', () => {
  it('shows the span with context on its line, cut with … at either side', () => {
    const text = '第一行\n' + 'a'.repeat(30) + '办结率90%' + 'b'.repeat(30) + '\n第三行';
    const start = text.indexOf('办结率');
    expect(quote(text, start, start + 6)).toEqual({ before: '…' + 'a'.repeat(24), text: '办结率90%', after: 'b'.repeat(24) + '…' });
    expect(quote('短句。办结率90%。', 3, 9)).toEqual({ before: '短句。', text: '办结率90%', after: '。' });
  });
});
