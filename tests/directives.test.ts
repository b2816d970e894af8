import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defineRule } from '../src/engine/define.js';
import { parseDirectives, DIRECTIVES_RULE_ID } from '../src/engine/directives.js';
import { prepare } from '../src/engine/lint.js';
import { runRules, type ConfiguredRule, type RunOptions } from '../src/engine/run.js';
import type { AnyRule, LintMessage } from '../src/engine/types.js';
import requireSections from '../rules/require-sections.js';
import { seedText } from './helpers/seeds.js';

/** A rule for the tests: every occurrence of a word in the report's blocks, at its exact span. */
const wordRule = defineRule({
  meta: {
    id: 'word',
    type: 'suggestion',
    description: { zh: '标出指定词语', en: 'Marks a word' },
    severity: 'warn',
    schema: { type: 'object', properties: { word: { type: 'string', description: 'The word to mark.' } }, additionalProperties: false },
    defaultOptions: { word: '营商环境' },
    messages: { found: { zh: '出现「{word}」', en: 'Found “{word}”' } },
  },
  check(context) {
    const w = context.options.word;
    for (const b of context.report.blocks) {
      for (let i = b.text.indexOf(w); i >= 0; i = b.text.indexOf(w, i + 1)) {
        context.reportIssue({ messageId: 'found', data: { word: w }, start: context.report.toSource(b, i), end: context.report.toSource(b, i + w.length) });
      }
    }
  },
});

const crashing = defineRule({
  meta: { ...wordRule.meta, id: 'crash', messages: { found: { zh: 'x', en: 'x' } } },
  check() {
    throw new Error('boom');
  },
});

const RULES: [string, ConfiguredRule][] = [
  ['require-sections', { rule: requireSections as AnyRule, setting: { severity: 'error', options: { level: 'any' } } }],
  ['word', { rule: wordRule as AnyRule, setting: { severity: 'warn', options: { word: '营商环境' } } }],
];
const KNOWN = new Set(['require-sections', 'word', 'no-placeholder']);

/** Lines of seed 002 (水磨沟区 2024): real report text. */
const L = seedText('002').split('\n');
const OPENING = L[0]; // 法治兴则国兴…
const H1 = L[1]; // 一、2024年法治政府建设情况
const H_BIZ = L[6]; // (二)优化提升法治化营商环境
const P_BIZ = L[7]; // 1.深化“放管服”改革…
const H_PROBLEMS = L[16]; // 二、工作存在的问题
const H_PLAN = L[22]; // 三、2025年工作安排
const P_BIZ2 = L[25]; // 三是营造法治化营商环境。…

const md = (...blocks: string[]): string => blocks.join('\n\n') + '\n';

async function lint(text: string, options: RunOptions = {}, rules = RULES, file = 'r.md'): Promise<LintMessage[]> {
  const report = await prepare(text, file.endsWith('.md') ? 'markdown' : 'text', file);
  return runRules(report, rules, { knownRules: KNOWN, ...options });
}

const brief = (ms: LintMessage[]) => ms.map((m) => ({ ruleId: m.ruleId, messageId: m.messageId, data: m.data, line: m.line, start: m.start, end: m.end, severity: m.severity }));

describe('seed text used by these tests', () => {
  it('has the lines the cases rely on', () => {
    expect(H1).toBe('一、2024年法治政府建设情况');
    expect(H_BIZ).toBe('(二)优化提升法治化营商环境');
    expect(H_PROBLEMS).toBe('二、工作存在的问题');
    expect(H_PLAN).toBe('三、2025年工作安排');
    expect(P_BIZ2.startsWith('三是营造法治化营商环境。')).toBe(true);
  });
});

describe('parseDirectives', () => {
  it('reads kind, rule ids with their spans, and the reason', async () => {
    const c = '<!-- fzlint-disable require-sections, word -- 本报告按市里统一模板编写 -->';
    const text = md(c, OPENING);
    const r = await prepare(text, 'markdown', 'r.md');
    const { directives, malformed } = parseDirectives(r);
    expect(malformed).toEqual([]);
    expect(directives).toHaveLength(1);
    const d = directives[0];
    expect(d.kind).toBe('disable');
    expect(d.reason).toBe('本报告按市里统一模板编写');
    expect({ start: d.start, end: d.end }).toEqual({ start: 0, end: c.length });
    expect(d.rules.map((x) => [x.id, text.slice(x.start, x.end)])).toEqual([
      ['require-sections', 'require-sections'],
      ['word', 'word'],
    ]);
  });

  it('finds inline comments inside a paragraph and ignores comments in code and ordinary comments', async () => {
    const text = md('<!-- 编者注：待核 -->', '```\n<!-- fzlint-disable -->\n```', `${P_BIZ}<!-- fzlint-disable-line word -->`);
    const r = await prepare(text, 'markdown', 'r.md');
    const { directives } = parseDirectives(r);
    expect(directives.map((d) => [d.kind, d.fromLine, d.toLine])).toEqual([['disable-line', 7, 7]]);
  });

  it('finds nothing in plain text, where <!-- --> is just text', async () => {
    const r = await prepare(`<!-- fzlint-disable -->\n${OPENING}\n`, 'text', 'r.txt');
    expect(parseDirectives(r).directives).toEqual([]);
  });

  it('points disable-next-line at the next non-blank line', async () => {
    const text = md('<!-- fzlint-disable-next-line word -->', H_BIZ);
    const r = await prepare(text, 'markdown', 'r.md');
    expect(parseDirectives(r).directives[0]).toMatchObject({ fromLine: 3, toLine: 3 });
  });
});

describe('applying directives', () => {
  it('without directives every finding stays (the baseline of the other cases)', async () => {
    const ms = await lint(md(OPENING, H1, H_BIZ, P_BIZ, H_PROBLEMS, H_PLAN, P_BIZ2));
    expect(brief(ms).map((m) => [m.ruleId, m.messageId, m.line, m.severity])).toEqual([
      ['require-sections', 'missingPart', 1, 'error'],
      ['require-sections', 'missingPart', 1, 'info'],
      ['word', 'found', 5, 'warn'],
      ['word', 'found', 13, 'warn'],
      ['word', 'found', 13, 'warn'],
    ]);
    expect(ms[0].data.part).toBe(3);
  });

  it('disable-next-line turns off the named rule on the next line only', async () => {
    const text = md('<!-- fzlint-disable-next-line require-sections -- 第一责任人情况另行报告 -->', OPENING, H1, H_BIZ, P_BIZ, H_PROBLEMS, H_PLAN, P_BIZ2);
    const ms = await lint(text);
    expect(brief(ms).map((m) => [m.ruleId, m.line])).toEqual([
      ['word', 7],
      ['word', 15],
      ['word', 15],
    ]);
  });

  it('disable … enable covers the lines between them, for the named rule only', async () => {
    const text = md(OPENING, H1, '<!-- fzlint-disable word -->', H_BIZ, P_BIZ, '<!-- fzlint-enable word -->', H_PROBLEMS, H_PLAN, P_BIZ2);
    const ms = await lint(text);
    const words = ms.filter((m) => m.ruleId === 'word');
    const p = text.indexOf(P_BIZ2);
    const at = [p + P_BIZ2.indexOf('营商环境'), p + P_BIZ2.lastIndexOf('营商环境')];
    expect(at[0]).toBeLessThan(at[1]);
    expect(brief(words)).toEqual(at.map((start) => ({ ruleId: 'word', messageId: 'found', data: { word: '营商环境' }, line: 17, start, end: start + 4, severity: 'warn' })));
    expect(ms.filter((m) => m.ruleId === 'require-sections')).toHaveLength(2);
  });

  it('a list-less disable turns off every rule until the end', async () => {
    const text = md(OPENING, H1, '<!-- fzlint-disable -->', H_BIZ, P_BIZ, H_PROBLEMS, H_PLAN, P_BIZ2);
    const ms = await lint(text);
    expect(brief(ms).map((m) => [m.ruleId, m.line])).toEqual([
      ['require-sections', 1],
      ['require-sections', 1],
    ]);
  });

  it('fzlint-enable <rule> after a list-less disable turns that rule back on', async () => {
    const text = md('<!-- fzlint-disable -->', OPENING, H1, H_BIZ, '<!-- fzlint-enable word -->', P_BIZ, H_PROBLEMS, H_PLAN, P_BIZ2);
    const ms = await lint(text);
    expect(brief(ms).map((m) => [m.ruleId, m.line])).toEqual([
      ['word', 17],
      ['word', 17],
    ]);
  });

  it('disable-file applies to the whole file wherever it stands', async () => {
    const text = md(OPENING, H1, H_BIZ, P_BIZ, H_PROBLEMS, H_PLAN, P_BIZ2, '<!-- fzlint-disable-file require-sections -- 乡镇报告不要求五部分 -->');
    const ms = await lint(text);
    expect(brief(ms).map((m) => [m.ruleId, m.line])).toEqual([
      ['word', 5],
      ['word', 13],
      ['word', 13],
    ]);
  });

  it('disable-line covers the line the comment stands on', async () => {
    const text = md(OPENING, H1, `${H_BIZ} <!-- fzlint-disable-line word -->`, P_BIZ, H_PROBLEMS, H_PLAN, P_BIZ2);
    const ms = await lint(text);
    expect(brief(ms.filter((m) => m.ruleId === 'word')).map((m) => m.line)).toEqual([13, 13]);
  });

  it('--no-inline-config: directives are ignored and nothing is said about them', async () => {
    const text = md('<!-- fzlint-disable -->', OPENING, H1, H_BIZ, '<!-- fzlint-disabel word -->', P_BIZ2);
    const ms = await lint(text, { inlineConfig: false, reportUnusedDirectives: 'warn' });
    expect(ms.some((m) => m.ruleId === DIRECTIVES_RULE_ID)).toBe(false);
    expect(brief(ms).map((m) => m.ruleId)).toEqual(['require-sections', 'require-sections', 'require-sections', 'require-sections', 'word', 'word', 'word']);
  });

  it('a rule crash is never suppressed', async () => {
    const text = md('<!-- fzlint-disable -->', OPENING);
    const ms = await lint(text, {}, [['crash', { rule: crashing as AnyRule, setting: { severity: 'warn', options: {} } }]]);
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ ruleId: 'crash', messageId: 'internal-error', internal: true });
  });
});

describe('problems with directives', () => {
  it('reports each unused rule id of a directive at the id itself (--report-unused-directives)', async () => {
    const c = '<!-- fzlint-disable-next-line word, require-sections -->';
    // require-sections reports on line 1, not on the line after the comment
    const text = md(OPENING, c, H_BIZ, P_BIZ2);
    const ms = await lint(text, { reportUnusedDirectives: 'warn' });
    const d = ms.filter((m) => m.ruleId === DIRECTIVES_RULE_ID);
    const at = text.indexOf(c) + c.indexOf('require-sections');
    expect(brief(d)).toEqual([
      { ruleId: 'directives', messageId: 'unusedRule', data: { kind: 'disable-next-line', ruleId: 'require-sections' }, line: 3, start: at, end: at + 16, severity: 'warn' },
    ]);
    expect(ms.filter((m) => m.ruleId === 'word').map((m) => m.line)).toEqual([7, 7]);
    expect(d[0].reason).toBe('无用的 fzlint-disable-next-line 指令：规则 require-sections 在此处没有报告问题，请从注释中删去「require-sections」');
  });

  it('reports a list-less directive that suppressed nothing, and an enable with nothing to enable', async () => {
    const a = '<!-- fzlint-disable-next-line -->';
    const b = '<!-- fzlint-enable -->';
    const text = md(OPENING, H1, a, H_PROBLEMS, b, H_PLAN);
    const ms = await lint(text, { reportUnusedDirectives: 'error' });
    const d = brief(ms.filter((m) => m.ruleId === DIRECTIVES_RULE_ID));
    const sa = text.indexOf(a);
    const sb = text.indexOf(b);
    expect(d).toEqual([
      { ruleId: 'directives', messageId: 'unused', data: { kind: 'disable-next-line' }, line: 5, start: sa, end: sa + a.length, severity: 'error' },
      { ruleId: 'directives', messageId: 'unusedEnable', data: {}, line: 9, start: sb, end: sb + b.length, severity: 'error' },
    ]);
  });

  it('says nothing about unused directives unless asked', async () => {
    const ms = await lint(md('<!-- fzlint-disable-next-line word -->', H1, OPENING));
    expect(ms.some((m) => m.ruleId === DIRECTIVES_RULE_ID)).toBe(false);
  });

  it('a used directive is not reported', async () => {
    const ms = await lint(md(OPENING, '<!-- fzlint-disable word -->', H_BIZ, P_BIZ2, '<!-- fzlint-enable word -->'), { reportUnusedDirectives: 'warn' });
    expect(ms.filter((m) => m.ruleId === DIRECTIVES_RULE_ID)).toEqual([]);
  });

  it('a known rule that is off in the config is unused, not unknown', async () => {
    const c = '<!-- fzlint-disable-file no-placeholder -->';
    const ms = await lint(md(c, OPENING), { reportUnusedDirectives: 'warn' });
    expect(brief(ms.filter((m) => m.ruleId === DIRECTIVES_RULE_ID)).map((m) => [m.messageId, m.data.ruleId])).toEqual([['unusedRule', 'no-placeholder']]);
  });

  it('reports an unknown rule id, suggesting the near one, always', async () => {
    const c = '<!-- fzlint-disable-file require-section, 理由写在这里 -->';
    const text = md(c, OPENING);
    const ms = await lint(text);
    const d = brief(ms.filter((m) => m.ruleId === DIRECTIVES_RULE_ID));
    const a = c.indexOf('require-section');
    const b = c.indexOf('理由写在这里');
    expect(d).toEqual([
      { ruleId: 'directives', messageId: 'unknownRuleSuggest', data: { kind: 'disable-file', ruleId: 'require-section', suggestion: 'require-sections' }, line: 1, start: a, end: a + 15, severity: 'warn' },
      { ruleId: 'directives', messageId: 'unknownRule', data: { kind: 'disable-file', ruleId: '理由写在这里' }, line: 1, start: b, end: b + 6, severity: 'warn' },
    ]);
    // the misspelt directive does not suppress require-sections
    expect(ms.filter((m) => m.ruleId === 'require-sections').map((m) => m.data.part)).toEqual([1, 2, 3, 4, 5]);
  });

  it('reports a misspelt directive name instead of silently ignoring it', async () => {
    const c = '<!-- fzlint-disable-nextline word -->';
    const text = md(OPENING, c, H_BIZ);
    const ms = await lint(text, {}, [RULES[1]]);
    const s = text.indexOf(c);
    expect(brief(ms)).toEqual([
      { ruleId: 'directives', messageId: 'unknownDirective', data: { name: 'disable-nextline' }, line: 3, start: s, end: s + c.length, severity: 'warn' },
      { ruleId: 'word', messageId: 'found', data: { word: '营商环境' }, line: 5, start: text.indexOf('营商环境'), end: text.indexOf('营商环境') + 4, severity: 'warn' },
    ]);
  });

  it('renders messages in English', async () => {
    const ms = await lint(md('<!-- fzlint-enable word -->', OPENING), { reportUnusedDirectives: 'warn', locale: 'en' });
    expect(ms.find((m) => m.ruleId === DIRECTIVES_RULE_ID)?.reason).toBe('Unused fzlint-enable directive: rule word was not disabled before it');
  });
});

describe('property: a disable/enable pair suppresses exactly the findings between them', () => {
  const pool = [H1, H_BIZ, P_BIZ, H_PROBLEMS, P_BIZ2, H_PLAN];
  it('holds for random documents and random placements', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.nat(),
        async (blocks, x, y) => {
          const i = x % (blocks.length + 1);
          const j = i + (y % (blocks.length + 1 - i));
          const withPair = [...blocks.slice(0, i), '<!-- fzlint-disable word -->', ...blocks.slice(i, j), '<!-- fzlint-enable word -->', ...blocks.slice(j)];
          const plain = [...blocks.slice(0, i), '<!-- 注 -->', ...blocks.slice(i, j), '<!-- 注 -->', ...blocks.slice(j)];
          const [a, b] = [md(OPENING, ...withPair), md(OPENING, ...plain)];
          const on = await lint(a, {}, [RULES[1]]);
          const off = await lint(b, {}, [RULES[1]]);
          // The ordinary comments have other lengths: compare by line, which both documents share
          const open = 2 * (i + 1) + 1; // line of the disable comment
          const close = 2 * (j + 2) + 1; // line of the enable comment
          const expected = off.filter((m) => m.line < open || m.line > close).map((m) => m.line);
          expect(on.map((m) => m.line)).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
