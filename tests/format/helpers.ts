import path from 'node:path';
import requireSections from '../../rules/require-sections.js';
import type { LintMessage } from '../../src/engine/types.js';
import type { FormatContext } from '../../src/format/types.js';
import { Linter } from '../../src/linter/linter.js';
import { countResult, type FileResult } from '../../src/linter/types.js';
import { ROOT } from '../helpers/seeds.js';
import { ruleHelpFrom } from '../../src/format/rule-help.js';

/** The fixture every formatter test prints: one error and one info from require-sections. */
export const INVALID = 'fixtures/require-sections/invalid/responsibility-only-in-plan.txt';
/** A clean report. */
export const VALID = 'fixtures/require-sections/valid/five-parts-headed.txt';
/** A file that does not exist: a file-level error. */
export const MISSING = 'fixtures/require-sections/invalid/no-such-report.txt';

/**
 * Results over the fixtures with require-sections alone (so other rules landing
 * do not change the expected output), plus one warning whose text holds every
 * character the formats must escape.
 */
export async function fixtureResults(): Promise<FileResult[]> {
  const linter = new Linter({ cwd: ROOT, rules: { 'require-sections': requireSections } });
  const [invalid, valid, missing] = await Promise.all([INVALID, VALID, MISSING].map((f) => linter.lintFile(path.join(ROOT, f))));
  const first = invalid.messages[0];
  // A second place in the same file: the plan's “第一责任人” (line 9), as a warning with special characters
  const at = invalid.source!.indexOf('第一责任人职责');
  const tricky = {
    ...first,
    ruleId: 'require-sections',
    messageId: 'notTopLevel',
    severity: 'warn',
    reason: '100%, a:b & <c> "d" \'e\'\n第二行',
    start: at,
    end: at + 7,
    line: 9,
    column: 39,
    endLine: 9,
    endColumn: 46,
    data: { part: 3 },
  } as unknown as LintMessage;
  const withTricky = countResult({ ...invalid, messages: [...invalid.messages, tricky] });
  return [withTricky, valid, missing];
}

export function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return {
    cwd: ROOT,
    locale: 'zh',
    color: false,
    rulesMeta: {
      'require-sections': { description: requireSections.meta.description, url: requireSections.meta.url, severity: requireSections.meta.severity },
    },
    enabledRules: {
      [path.join(ROOT, INVALID)]: ['require-sections'],
      [path.join(ROOT, VALID)]: ['require-sections'],
    },
    version: '9.9.9',
    ruleHelp: ruleHelpFrom(ROOT),
    ...overrides,
  };
}
