/**
 * Reports in traditional characters (a site's 繁體 page): the model reads them through a simplified copy,
 * character for character, so a traditional page gets the findings of its simplified original, at the same
 * places, and no fix writes a simplified character into it. A simplified report is not touched.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/engine/lint.js';
import { runRules, type ConfiguredRule } from '../../src/engine/run.js';
import { applyFixes } from '../../src/engine/fix.js';
import type { AnyRule, LintMessage } from '../../src/engine/types.js';
import { nodeResources } from '../../src/linter/resources.js';
import { isTraditional, toSimplified, writesHan } from '../../src/model/script.js';
import { FROM, TO } from '../../src/model/traditional-table.js';
import { rules } from '../../rules/index.js';
import { presetRules } from '../../src/config/presets.js';
import { ROOT, SEEDS, seedText } from '../helpers/seeds.js';

const DATA = path.join(ROOT, 'tests/__data__/traditional');
const PAGES: [string, string][] = [
  ['000', 'seed-000.tw.txt'],
  ['002', 'seed-002.t.txt'],
  ['004', 'seed-004.hk.txt'],
];

function configured(): [string, ConfiguredRule][] {
  return Object.entries(presetRules('fzlint:recommended', rules)).map(([id, severity]) => {
    const rule: AnyRule = rules[id];
    return [id, { rule, setting: { severity, options: { ...(rule.meta.defaultOptions as Record<string, unknown>) } } }];
  });
}

async function lint(text: string): Promise<LintMessage[]> {
  const report = await prepare(text, 'text', 'report.txt');
  return runRules(report, configured(), { resources: nodeResources() });
}

const where = (m: LintMessage) => `${m.ruleId}|${m.severity}|${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;

describe('traditional characters', () => {
  it('the table maps one character to one other, both in the BMP', () => {
    expect(FROM.length).toBe(TO.length);
    expect(new Set(FROM).size).toBe(FROM.length);
    for (let i = 0; i < FROM.length; i++) expect(FROM[i]).not.toBe(TO[i]);
    expect(toSimplified('法治政府建設第一責任人工作計劃')).toBe('法治政府建设第一责任人工作计划');
  });

  it('recognises the three pages, and none of the seeds', () => {
    for (const [, file] of PAGES) expect(isTraditional(readFileSync(path.join(DATA, file), 'utf8'))).toBe(true);
    for (const n of SEEDS) expect(isTraditional(seedText(n))).toBe(false);
  });

  it('a simplified report quoting a few traditional words stays simplified', async () => {
    const text = '某县2024年度法治政府建设情况报告\n2024年，我县与臺灣、香港特別行政區的同胞開展交流，「於」字照录，推进法治政府建设。\n';
    expect(isTraditional(text)).toBe(false);
    const report = await prepare(text, 'text');
    expect(report.text).toBe(text);
    expect(report.meta.script).toBeUndefined();
  });

  it.each(PAGES)('seed %s as a traditional page: the same findings at the same places', async (n, file) => {
    const page = readFileSync(path.join(DATA, file), 'utf8');
    const simplified = seedText(n);
    expect(page.length).toBe(simplified.length);
    const report = await prepare(page, 'text', file);
    expect(report.meta.script).toBe('traditional');
    expect(report.meta.year).toBe((await prepare(simplified, 'text')).meta.year);
    const got = (await lint(page)).map(where);
    const want = (await lint(simplified)).map(where);
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual(want);
  });

  it('no fix or suggestion writes a Han character into a traditional page; punctuation fixes stay', async () => {
    const page = readFileSync(path.join(DATA, 'seed-000.tw.txt'), 'utf8');
    const messages = await lint(page);
    const fixes = messages.filter((m) => m.fix);
    expect(fixes.length).toBeGreaterThan(0);
    for (const m of messages) {
      for (const e of m.fix ?? []) expect(writesHan(e.text)).toBe(false);
      for (const s of m.suggestions ?? []) for (const e of s.fix) expect(writesHan(e.text)).toBe(false);
    }
    const { output } = applyFixes(page, messages);
    const han = (s: string) => new Set([...s].filter((c) => /\p{Script=Han}/u.test(c)));
    expect([...han(output)].filter((c) => !han(page).has(c))).toEqual([]);
    expect(output).toContain('2023年，在地委、行署的堅強領導下');
  });

  it('a law-title suggestion that would write simplified characters is withheld', async () => {
    // 《行政許可條例》: a 条例 where the act is a 法 — in a simplified text the rule suggests the right title
    const text = '某县2024年度法治政府建设情况报告\n一、主要举措\n認真貫徹《中華人民共和國行政許可條例》，推進依法行政，全縣各部門嚴格執行。\n';
    const simplified = toSimplified(text);
    const s = (await lint(simplified)).filter((m) => m.ruleId === 'valid-law-title');
    const t = (await lint(text)).filter((m) => m.ruleId === 'valid-law-title');
    expect(t.map(where)).toEqual(s.map(where));
    expect(s.some((m) => (m.suggestions?.length ?? 0) > 0 || m.fix)).toBe(true);
    for (const m of t) {
      expect(m.fix).toBeUndefined();
      expect(m.suggestions ?? []).toEqual([]);
    }
  });
});
