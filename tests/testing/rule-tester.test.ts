/** The RuleTester is strict: each way a rule or a test table can be wrong fails the case, with a reason. */
import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/engine/define.js';
import type { AnyRule } from '../../src/engine/types.js';
import { RuleTester, type InvalidCase, type ValidCase } from '../../src/testing/index.js';

type Case = { name: string; fn: () => void | Promise<void> };

/** Run a RuleTester table with a collecting describe/it; returns each case's outcome (undefined = passed). */
async function outcomes(rule: AnyRule, tests: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): Promise<(string | undefined)[]> {
  const cases: Case[] = [];
  const [d, i] = [RuleTester.describe, RuleTester.it];
  RuleTester.describe = (_name, fn) => fn();
  RuleTester.it = (name, fn) => void cases.push({ name, fn });
  try {
    new RuleTester().run(rule.meta.id, rule, tests);
  } finally {
    [RuleTester.describe, RuleTester.it] = [d, i];
  }
  const out: (string | undefined)[] = [];
  for (const c of cases) {
    try {
      await c.fn();
      out.push(undefined);
    } catch (e) {
      out.push((e as Error).message);
    }
  }
  return out;
}

/** A toy rule: flags every 「XX」; its behaviour is switched by the options. */
function toy(overrides: { messages?: Record<string, { zh: string; en: string }>; hasSuggestions?: boolean; fixable?: boolean } = {}) {
  return defineRule({
    meta: {
      id: 'toy',
      type: 'problem',
      description: { zh: '玩具规则', en: 'toy rule' },
      severity: 'error',
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {
          mode: { type: 'string', description: 'what the toy does' },
        },
      },
      defaultOptions: { mode: 'plain' } as { mode: string },
      messages: overrides.messages ?? { found: { zh: '「{what}」是占位符', en: '"{what}" is a placeholder' }, replace: { zh: '改为「{to}」', en: 'use "{to}"' } },
      fixable: overrides.fixable ?? true,
      hasSuggestions: overrides.hasSuggestions ?? true,
    },
    check({ report, options, reportIssue }) {
      for (const m of report.text.matchAll(/XX/g)) {
        const span = { start: m.index, end: m.index + 2 };
        const data = options.mode === 'no-data' ? {} : { what: 'XX' };
        const fix =
          options.mode === 'unstable'
              ? { start: span.start, end: span.end, text: 'XXY' } // grows forever: XX is back, one more Y each time
              : options.mode === 'fix'
                ? { ...span, text: '某县' }
                : undefined;
        reportIssue({
          messageId: 'found',
          ...span,
          data,
          ...(fix ? { fix } : {}),
          ...(options.mode === 'suggest' ? { suggestions: [{ messageId: 'replace', data: { to: '某县' }, fix: { ...span, text: '某县' } }] } : {}),
          ...(options.mode === 'suggest-no-data' ? { suggestions: [{ messageId: 'replace', fix: { ...span, text: '某县' } }] } : {}),
        });
      }
    },
  });
}

describe('RuleTester strictness', () => {
  it('passes a correct table', async () => {
    expect(
      await outcomes(toy(), {
        valid: ['某县2023年度报告'],
        invalid: [
          { code: 'XX县', errors: [{ messageId: 'found', data: { what: 'XX' } }] },
          { code: 'XX县。', options: { mode: 'fix' }, errors: 1, output: '某县县。' },
          { code: 'XX县', options: { mode: 'suggest' }, errors: 1 },
        ],
      }),
    ).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('fails an unfilled placeholder in either locale (message and suggestion)', async () => {
    const [noData, sugg] = await outcomes(toy(), {
      valid: [],
      invalid: [
        { code: 'XX县', options: { mode: 'no-data' }, errors: 1 },
        { code: 'XX县。', options: { mode: 'suggest-no-data' }, errors: 1 },
      ],
    });
    expect(noData).toMatch(/message "found" leaves placeholders unfilled \(zh: \{what\}, en: \{what\}\)/);
    expect(sugg).toMatch(/suggestion "replace" leaves placeholders unfilled \(zh: \{to\}, en: \{to\}\)/);
  });

  it('fails a placeholder only the other locale uses', async () => {
    const rule = toy({ messages: { found: { zh: '「{what}」是占位符', en: '"{what}" is a placeholder in {where}' }, replace: { zh: '改', en: 'change' } } });
    const [out] = await outcomes(rule, { valid: [], invalid: [{ code: 'XX县', errors: 1 }] });
    expect(out).toMatch(/unfilled \(en: \{where\}\)/);
  });

  it('fails suggestions from a rule whose meta does not declare hasSuggestions', async () => {
    const [out] = await outcomes(toy({ hasSuggestions: false }), { valid: [], invalid: [{ code: 'XX县', options: { mode: 'suggest' }, errors: 1 }] });
    expect(out).toMatch(/offered 1 suggestion\(s\) for "found" but its meta does not declare hasSuggestions/);
  });

  it('fails an `output` equal to the code', async () => {
    const [out] = await outcomes(toy(), { valid: [], invalid: [{ code: 'XX县', errors: 1, output: 'XX县' }] });
    expect(out).toMatch(/`output` equals the code/);
  });

  it('fails a fix that is not stable (fixing the fixed text changes it again)', async () => {
    // XX → XXY holds XX again: ten passes give ten Y, and an eleventh would give eleven
    const [wrong, unstable] = await outcomes(toy(), {
      valid: [],
      invalid: [
        { code: 'XX县', options: { mode: 'unstable' }, errors: 1, output: 'XXY县' },
        { code: 'XX县。', options: { mode: 'unstable' }, errors: 1, output: 'XX' + 'Y'.repeat(10) + '县。' },
      ],
    });
    expect(wrong).toMatch(/fix output differs/);
    expect(unstable).toMatch(/the fix is not stable/);
  });

  it('still fails the old ways: no errors, a duplicate, a fix without output', async () => {
    const out = await outcomes(toy(), {
      valid: ['某县', '某县'],
      invalid: [
        { code: '某县。', errors: 1 },
        { code: 'XX县', options: { mode: 'fix' }, errors: 1 },
      ],
    });
    expect(out[0]).toBeUndefined();
    expect(out[1]).toMatch(/duplicate/);
    expect(out[2]).toMatch(/expected 1 finding\(s\), got 0/);
    expect(out[3]).toMatch(/state the expected `output`/);
  });
});
