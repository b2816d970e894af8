/**
 * no-outdated-goal-formula, no-sensitive-data, preferred-terms, require-topic-coverage:
 * seed truth (issue 10: none of them fires on the seeds except the coverage notes pinned
 * here), behaviour beyond the fixtures, and presets.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import goalFormula from '../../rules/no-outdated-goal-formula.js';
import sensitive, { isValidResidentId } from '../../rules/no-sensitive-data.js';
import preferredTerms from '../../rules/preferred-terms.js';
import topicCoverage from '../../rules/require-topic-coverage.js';
import { rules } from '../../rules/index.js';
import { presetRules } from '../../src/config/presets.js';
import { validateRuleOptions } from '../../src/config/validate.js';
import { lintText } from '../../src/engine/lint.js';
import type { AnyRule, Locale } from '../../src/engine/types.js';
import { lintSeed, seedReport, SEEDS } from '../helpers/seeds.js';

async function lint(rule: AnyRule, text: string, options: Record<string, unknown> = {}, locale: Locale = 'zh') {
  const { messages } = await lintText(text, {
    format: 'text',
    locale,
    rules: [[rule.meta.id, { rule, setting: { severity: rule.meta.severity, options: { ...rule.meta.defaultOptions, ...options } } }]],
  });
  return messages.map((m) => ({ id: m.messageId, severity: m.severity, data: m.data, text: text.slice(m.start, m.end), reason: m.reason, suggestions: m.suggestions }));
}

describe('seed truth', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: no outdated goal formula, no sensitive data`, async () => {
      expect(await lintSeed(seed, 'no-outdated-goal-formula', goalFormula)).toEqual([]);
      expect(await lintSeed(seed, 'no-sensitive-data', sensitive)).toEqual([]);
      expect(await lintSeed(seed, 'preferred-terms', preferredTerms)).toEqual([]); // no vocabulary: nothing
    });
  }

  // The look-back parts of 001 say nothing on emergencies; 002's mention 安全生产 and 信息化 only in its 问题 and 安排 parts
  const COVERAGE: Record<string, { missing: string; line: number; anchor: string } | undefined> = {
    '000': undefined,
    '001': { missing: 'emergencies', line: 10, anchor: '统筹推进显质效,保障法治政府建设责任落实落细' },
    '002': { missing: 'emergencies,technology', line: 2, anchor: '2024年法治政府建设情况' },
    '003': undefined,
    '004': undefined,
  };
  for (const seed of SEEDS) {
    it(`seed ${seed}: topic coverage ${COVERAGE[seed]?.missing ?? 'complete'}`, async () => {
      const messages = await lintSeed(seed, 'require-topic-coverage', topicCoverage);
      const want = COVERAGE[seed];
      if (!want) {
        expect(messages).toEqual([]);
        return;
      }
      expect(messages).toHaveLength(1);
      const [m] = messages;
      expect([m.messageId, m.severity, m.data.ids, m.line]).toEqual(['uncovered', 'info', want.missing, want.line]);
      const r = await seedReport(seed);
      expect(r.text.slice(m.start, m.end)).toBe(want.anchor);
    });
  }

  it('002: 安全生产 and 信息化 occur, but only outside the look-back', async () => {
    const r = await seedReport('002');
    for (const word of ['安全生产', '信息化']) {
      const at = r.text.indexOf(word);
      expect(at).toBeGreaterThan(-1);
      const parts = r.parts.partsAt(at);
      expect(parts.some((p) => p === 2 || p === 4)).toBe(true);
    }
  });
});

describe('no-outdated-goal-formula', () => {
  const old = '加快建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。';
  it('reports the tail with a suggestion of the 2021 wording', async () => {
    const [m] = await lint(goalFormula, `某县2022年法治政府建设情况报告\n\n${old}\n`);
    expect(m).toMatchObject({ id: 'outdated', severity: 'warn', text: '廉洁高效、守法诚信', data: { year: 2022 } });
    expect(m.suggestions).toEqual([{ message: '改为「智能高效、廉洁诚信、人民满意」', fix: [{ start: expect.any(Number), end: expect.any(Number), text: '智能高效、廉洁诚信、人民满意' }] }]);
  });
  it('silent when the year is unknown, before 2021, or for 守法诚信 alone', async () => {
    expect(await lint(goalFormula, `${old}\n`)).toEqual([]);
    expect(await lint(goalFormula, `某县2019年法治政府建设情况报告\n\n${old}\n`)).toEqual([]);
    expect(await lint(goalFormula, '某县2023年法治政府建设情况报告\n\n引导企业守法诚信经营,政府廉洁高效运行。\n')).toEqual([]);
  });
});

describe('no-sensitive-data', () => {
  const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const withCheck = (body17: string) => body17 + '10X98765432'[[...body17].reduce((s, c, i) => s + Number(c) * W[i], 0) % 11];
  const id17 = fc
    .tuple(fc.integer({ min: 110000, max: 659999 }), fc.date({ min: new Date('1930-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }), fc.integer({ min: 0, max: 999 }))
    .map(([area, d, seq]) => `${area}${d.toISOString().slice(0, 10).replace(/-/g, '')}${String(seq).padStart(3, '0')}`);

  it('property: an ID with its check character is reported, masked; any other check character is not', async () => {
    await fc.assert(
      fc.asyncProperty(id17, fc.integer({ min: 1, max: 10 }), async (body, shift) => {
        const id = withCheck(body);
        expect(isValidResidentId(id)).toBe(true);
        const wrong = body + '10X98765432'[('10X98765432'.indexOf(id[17]) + shift) % 11];
        expect(isValidResidentId(wrong)).toBe(false);
        const found = await lint(sensitive, `受援人身份证号${id},另一号码${wrong}。\n`);
        expect(found.map((f) => [f.id, f.text, f.data.masked])).toEqual([['residentId', id, `${id.slice(0, 4)}**********${id.slice(-4)}`]]);
        expect(found[0].reason).not.toContain(id);
      }),
      { numRuns: 60 },
    );
  });

  it('an impossible birth date fails even with a matching check character', () => {
    expect(isValidResidentId(withCheck('65312619850230041'))).toBe(false); // 30 February
  });

  it('mobile numbers: grouped forms count; amounts, longer numbers and masked ones do not', async () => {
    const found = await lint(sensitive, '联系电话138-9901-2345,或139 0000 1111;投入13800000000元;编号213899012345;代码91653126MA13899012345;电话138****2345;比例13.899012345。\n');
    expect(found.map((f) => [f.id, f.text, f.data.masked])).toEqual([
      ['mobile', '138-9901-2345', '138****2345'],
      ['mobile', '139 0000 1111', '139****1111'],
    ]);
  });

  it('markings: a ★ mark in a line of text; 秘密 and 内部 as ordinary words stay silent', async () => {
    const found = await lint(sensitive, '机密★5年 关于某事项的报告\n\n严格保守国家秘密,加强内部管理,编印内部资料《法润祥城》。\n');
    expect(found.map((f) => [f.id, f.text])).toEqual([['marking', '机密★']]);
  });

  it('options turn each check off', async () => {
    const text = '秘密★1年\n\n电话13899012345。\n';
    expect((await lint(sensitive, text, { marking: false })).map((f) => f.id)).toEqual(['mobile']);
    expect((await lint(sensitive, text, { mobile: false })).map((f) => f.id)).toEqual(['marking']);
  });
});

describe('preferred-terms', () => {
  const terms = [
    { pattern: '一把手', replacement: '主要负责人', message: '公文不用口语' },
    { pattern: '行政执法', replacement: '行政执法工作' },
    { pattern: '(\\d+)个百分点', replacement: '$1%', regex: true },
  ];

  it('literal and regex substitutions with suggestions; text already in the preferred form is silent', async () => {
    const found = await lint(preferredTerms, '落实“一把手”讲法。加强行政执法工作,规范行政执法。满意度提高3个百分点。\n', { terms });
    expect(found.map((f) => [f.id, f.text, f.data.replacement])).toEqual([
      ['replace', '一把手', '主要负责人'],
      ['replace', '行政执法', '行政执法工作'],
      ['replace', '3个百分点', '3%'],
    ]);
    expect(found[0].reason).toBe('「一把手」应写作「主要负责人」（公文不用口语）');
    expect(found[2].suggestions?.[0].fix[0].text).toBe('3%');
  });

  it('leaves titles alone unless skipTitles is false', async () => {
    const text = '在《山东法制报》刊发,健全法制。\n';
    const t = [{ pattern: '法制', replacement: '法治' }];
    expect((await lint(preferredTerms, text, { terms: t })).map((f) => f.text)).toEqual(['法制']);
    expect(await lint(preferredTerms, text, { terms: t, skipTitles: false })).toHaveLength(2);
  });

  it('renders in English with the note in brackets', async () => {
    const [f] = await lint(preferredTerms, '落实一把手讲法。\n', { terms }, 'en');
    expect(f.reason).toBe('“一把手”: write “主要负责人” instead (公文不用口语)');
  });

  it('the options schema rejects unknown keys and entries without a pattern', () => {
    const check = (o: unknown) => () => validateRuleOptions(preferredTerms, 'preferred-terms', o, 'fzlint.config.json', 'rules.preferred-terms');
    expect(check({ terms })).not.toThrow();
    expect(check({ terms: [{ replacement: 'x' }] })).toThrow(/pattern/);
    expect(check({ terms: [{ pattern: 'x', replace: 'y' }] })).toThrow(/未知的键“replace”/);
    expect(check({ vocabulary: [] })).toThrow(/未知的键“vocabulary”/);
  });

  it('an invalid regular expression names the entry', async () => {
    const { messages } = await lintText('文本。\n', {
      format: 'text',
      rules: [['preferred-terms', { rule: preferredTerms, setting: { severity: 'warn', options: { terms: [{ pattern: '(', regex: true }], skipTitles: true } } }]],
    });
    expect(messages).toHaveLength(1);
    expect(messages[0].internal).toBe(true);
    expect(messages[0].data.error).toContain('terms[0].pattern');
  });
});

describe('presets', () => {
  it('preferred-terms is in no preset; require-topic-coverage only in strict; the others in recommended', () => {
    const rec = presetRules('fzlint:recommended', rules);
    const strict = presetRules('fzlint:strict', rules);
    expect(rec).not.toHaveProperty('preferred-terms');
    expect(strict).not.toHaveProperty('preferred-terms');
    expect(rec).not.toHaveProperty('require-topic-coverage');
    expect(strict['require-topic-coverage']).toBe('info');
    expect(rec['valid-law-title']).toBe('warn');
    expect(rec['no-outdated-goal-formula']).toBe('warn');
    expect(rec['no-sensitive-data']).toBe('error');
  });

  it('require-topic-coverage: ignore drops systems from the list', async () => {
    const text = '某县2023年法治政府建设情况报告\n\n一、主要举措和成效\n深化“放管服”改革,严格行政执法。\n';
    const [all] = await lint(topicCoverage, text);
    expect(String(all.data.ids).split(',')).not.toContain('functions');
    expect(String(all.data.ids).split(',')).toContain('emergencies');
    const [some] = await lint(topicCoverage, text, { ignore: ['emergencies'] });
    expect(String(some.data.ids).split(',')).not.toContain('emergencies');
    expect(some.data.count).toBe(Number(all.data.count) - 1);
  });
});
