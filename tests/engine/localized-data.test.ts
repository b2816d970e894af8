/** Message data may be localized text: the engine renders the user's language, so rules never branch on it. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { defineRule } from '../../src/engine/define.js';
import { prepare } from '../../src/engine/lint.js';
import { runRules } from '../../src/engine/run.js';
import type { Locale } from '../../src/engine/types.js';
import { ROOT } from '../helpers/seeds.js';

const rule = defineRule({
  meta: {
    id: 'listing',
    type: 'suggestion',
    description: { zh: '列举', en: 'listing' },
    severity: 'info',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    hasSuggestions: true,
    messages: {
      missing: { zh: '缺少{count}项：{names}', en: '{count} missing: {names}' },
      fix: { zh: '补上{names}', en: 'add {names}' },
      there: { zh: '见{names}', en: 'see {names}' },
    },
  },
  check({ reportIssue }) {
    const names = { zh: ['甲', '乙'].join('、'), en: ['A', 'B'].join(', ') };
    reportIssue({
      messageId: 'missing',
      start: 0,
      end: 1,
      data: { count: 2, names },
      suggestions: [{ messageId: 'fix', data: { names }, fix: { start: 0, end: 0, text: '' } }],
      related: [{ start: 1, end: 2, messageId: 'there', data: { names } }],
    });
  },
});

async function run(locale: Locale) {
  const report = await prepare('某县报告\n', 'text', 'a.txt');
  return runRules(report, [['listing', { rule, setting: { severity: 'info', options: {} } }]], { locale })[0];
}

describe('localized message data', () => {
  it('renders the locale’s text in the message, its suggestions and related places; data holds the rendered value', async () => {
    const zh = await run('zh');
    expect(zh.reason).toBe('缺少2项：甲、乙');
    expect(zh.data).toEqual({ count: 2, names: '甲、乙' });
    expect(zh.suggestions?.[0].message).toBe('补上甲、乙');
    expect(zh.related?.[0].message).toBe('见甲、乙');
    const en = await run('en');
    expect(en.reason).toBe('2 missing: A, B');
    expect(en.data).toEqual({ count: 2, names: 'A, B' });
    expect(en.suggestions?.[0].message).toBe('add A, B');
    expect(en.related?.[0].message).toBe('see A, B');
  });

  it('require-topic-coverage lists the systems in the user’s language', async () => {
    const report = await prepare('某县2023年度法治政府建设情况报告\n一、2023年度推进法治政府建设的主要举措和成效\n深化放管服改革。\n', 'text', 'a.txt');
    const id = 'require-topic-coverage';
    const cfg = [[id, { rule: rules[id], setting: { severity: 'info' as const, options: { ignore: [] } } }]] as const;
    const [zh] = runRules(report, cfg, { locale: 'zh' });
    const [en] = runRules(report, cfg, { locale: 'en' });
    expect(zh.data.missing).toMatch(/^依法行政制度体系、/);
    expect(en.data.missing).not.toMatch(/[、]/);
    expect(en.data.missing).toMatch(/, /);
    expect(zh.data.count).toBe(en.data.count);
  });
});

/**
 * No locale logic in rules: a rule's output does not depend on context.locale. The rules below still read it
 * and are being rewritten by the parts/structure work; remove a name when its rule no longer does.
 */
const STILL_READ_LOCALE = ['require-first-responsible-person.ts', 'require-sections.ts'];

describe('no locale logic in rules', () => {
  it('no built-in rule reads context.locale (except the ones being rewritten)', () => {
    const files = readdirSync(path.join(ROOT, 'rules')).filter((f) => f.endsWith('.ts') && !STILL_READ_LOCALE.includes(f));
    const offenders = files.filter((f) => /\blocale\b/.test(readFileSync(path.join(ROOT, 'rules', f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
