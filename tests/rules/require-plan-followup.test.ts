import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/require-plan-followup.js';
import { rules as builtin } from '../../rules/index.js';
import { defineRule } from '../../src/engine/define.js';
import { Linter } from '../../src/linter/linter.js';
import { RuleTester } from '../../src/testing/index.js';
import { ROOT } from '../helpers/seeds.js';
import { run, tmp, write } from '../linter/helpers.js';

const FIX = path.join(ROOT, 'fixtures/require-plan-followup');
const read = (f: string) => readFileSync(path.join(FIX, f), 'utf8');
const PREV = read('previous/叶城县2023.txt');
const CURRENT = read('invalid/叶城县2024-partly-followed.txt');
/** The planned items of 叶城县2023 that the 2024 fixture does not follow up (the others it does). */
const UNFOLLOWED = ['切实落实“一月一督察”工作机制', '创新普法宣传载体', '健全巩固深化普法责任制清单机制'];

describe('require-plan-followup: matching', () => {
  const tester = new RuleTester();
  tester.run('require-plan-followup', rule, {
    valid: [
      { name: 'no previous report in the run', code: CURRENT },
      { name: 'the previous report is two years back', code: CURRENT.replaceAll('2024年', '2025年').replaceAll('2025年度推进', '2026年度推进'), others: [{ code: PREV, filename: '叶城县2023.txt' }] },
      { name: 'a previous report without a body name cannot be matched', code: CURRENT, others: [{ code: PREV.replace('叶城县2023年度法治政府建设工作报告\n', ''), filename: 'untitled.txt' }] },
      { name: 'a threshold of 0 accepts any overlap', code: CURRENT, others: [{ code: PREV, filename: '叶城县2023.txt' }], options: { threshold: 0 } },
    ],
    invalid: [
      {
        name: '叶城县人民政府 and 叶城县 are the same issuing body',
        code: CURRENT.replace('叶城县2024年度法治政府建设工作报告', '叶城县人民政府2024年度法治政府建设工作报告'),
        others: [{ code: PREV, filename: '叶城县2023.txt' }],
        errors: UNFOLLOWED.map(() => ({ messageId: 'noFollowup', severity: 'info' as const, data: { prevYear: 2023, year: 2024, file: '叶城县2023.txt' } })),
      },
    ],
  });

  it('lists the unfollowed items with their text and place in the previous report', async () => {
    const dir = tmp();
    const prev = write(dir, '2023/叶城县.txt', PREV);
    const cur = write(dir, '2024/叶城县.txt', CURRENT);
    writeFileSync(path.join(dir, 'fzlint.config.json'), JSON.stringify({ extends: [], rules: { 'require-plan-followup': 'info' } }));
    const [a, b] = await new Linter({ cwd: dir }).lintFiles([prev, cur]);
    expect(a.messages).toEqual([]); // nothing for 2022 in the run
    expect(b.messages.map((m) => [m.data.file, m.data.line, m.data.column])).toEqual([
      ['叶城县.txt', 10, 74],
      ['叶城县.txt', 14, 16],
      ['叶城县.txt', 14, 211],
    ]);
    for (const [i, m] of b.messages.entries()) {
      expect(String(m.data.planned).startsWith(UNFOLLOWED[i])).toBe(true);
      expect(m.severity).toBe('info');
      expect(b.source!.slice(m.start, m.end)).toBe('2024年度推进法治政府建设的主要措施和成效');
    }
  });
});

describe('cross-document runs', () => {
  /** A probe that reports how many other reports it was given. */
  const probe = (crossDocument: boolean) =>
    defineRule({
      meta: {
        id: crossDocument ? 'require-probe-cross' : 'require-probe-single',
        type: 'suggestion',
        description: { zh: '探针', en: 'probe' },
        severity: 'info',
        crossDocument,
        schema: { type: 'object', properties: {}, additionalProperties: false },
        defaultOptions: {},
        messages: { others: { zh: '{n}', en: '{n}' } },
      },
      check(context) {
        context.reportIssue({ messageId: 'others', data: { n: context.others.length }, start: 0, end: 0 });
      },
    });
  const rules = { ...builtin, 'require-probe-cross': probe(true), 'require-probe-single': probe(false) };

  it('others are given only to runs with a cross-document rule, and only to that rule', async () => {
    const dir = tmp();
    const files = ['a.txt', 'b.txt', 'c.txt'].map((f) => write(dir, f, CURRENT));
    writeFileSync(path.join(dir, 'fzlint.config.json'), JSON.stringify({ extends: [], rules: { 'require-probe-single': 'info' } }));
    const single = await new Linter({ cwd: dir, rules }).lintFiles(files);
    expect(single.map((r) => r.messages.map((m) => m.data.n))).toEqual([[0], [0], [0]]);
    writeFileSync(path.join(dir, 'fzlint.config.json'), JSON.stringify({ extends: [], rules: { 'require-probe-single': 'info', 'require-probe-cross': 'info' } }));
    const both = await new Linter({ cwd: dir, rules }).lintFiles(files);
    expect(both.map((r) => r.messages.map((m) => `${m.ruleId}:${m.data.n}`))).toEqual(
      files.map(() => ['require-probe-cross:2', 'require-probe-single:0']),
    );
  });

  it('--previous adds a report that cross-document rules see but that is not linted', async () => {
    const dir = tmp();
    const prev = write(dir, 'old/叶城县2023.txt', PREV);
    const cur = write(dir, '叶城县2024.txt', CURRENT);
    writeFileSync(path.join(dir, 'fzlint.config.json'), JSON.stringify({ extends: [], rules: { 'require-plan-followup': 'info' } }));
    const { code, stdout, stderr } = await run(['--format', 'json', '--previous', prev, cur], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; messageId: string; data: Record<string, unknown> }[] }[];
    expect(results.map((r) => r.filePath)).toEqual([cur]);
    expect(results[0].messages.map((m) => [m.ruleId, m.data.file, m.data.line])).toEqual([
      ['require-plan-followup', '叶城县2023.txt', 10],
      ['require-plan-followup', '叶城县2023.txt', 14],
      ['require-plan-followup', '叶城县2023.txt', 14],
    ]);
  });

  it('--previous without a cross-document rule says it has no effect; a missing file is an error', async () => {
    const dir = tmp();
    const cur = write(dir, '叶城县2024.txt', CURRENT);
    writeFileSync(path.join(dir, 'fzlint.config.json'), JSON.stringify({ extends: [], rules: { 'require-sections': 'off' } }));
    const quiet = await run(['--previous', cur, cur], dir);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toContain('--previous 未生效');
    writeFileSync(path.join(dir, 'fzlint.config.json'), JSON.stringify({ extends: [], rules: { 'require-plan-followup': 'info' } }));
    const missing = await run(['--previous', path.join(dir, 'nope.txt'), cur], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--previous：无法把');
  });
});
