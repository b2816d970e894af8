/**
 * The sixth independent corpus (eval/independent6/cases/, made by make.mjs, labels in cases.json): reports in the
 * forms reviewers receive — text copied out of PDFs, saved web pages, .docx, .doc, LibreOffice PDFs, pandoc-like
 * Markdown. Each case file is linted through the CLI's path (Linter.lintFile: the content and extension decide
 * the reader) with fzlint:recommended and no config file. Scored as eval/lib.ts scoreReportCases scores whole
 * reports: on a clean case any warn/error is a false positive; on a fault case the expected rule must report at
 * warn/error and any other warn/error is a false positive; info is allowed everywhere. A file that cannot be read
 * is a false finding of its own ((read)). A measurement, not a regression floor.
 */
import path from 'node:path';
import { Linter } from '../../src/linter/linter.js';
import type { LintMessage } from '../../src/engine/types.js';
import { casesDir, presetRuleIds, Scorer, type Suite, type SuiteResult } from '../lib.js';
import LABELS from './cases.json';

export interface Label {
  id: string;
  file: string;
  form: string;
  expect?: string;
  fault?: string;
  models: string[];
}

/** eval/independent6 inside the repository: found upward from this module (bundled into node_modules/.cache by npm run eval) or from the working directory. */
export const show = (ms: LintMessage[]) => ms.map((m) => `${m.line}:${m.column} ${m.severity} ${m.messageId ?? ''} ${m.message}`).join(' | ');

export async function runIndependent6(labels: readonly Label[] = LABELS as Label[]): Promise<SuiteResult> {
  const dir = casesDir('independent6');
  const linter = new Linter({ cwd: dir, configLookup: 'off' });
  const rules = presetRuleIds();
  const scorer = new Scorer();
  for (const c of labels) {
    const cls = `${c.form}/${c.expect ? 'defect' : 'clean'}`;
    const res = await linter.lintFile(path.join(dir, c.file));
    if (res.fileError) {
      scorer.add('(read)', cls, false, true, c.id, res.fileError);
      if (c.expect) scorer.add(c.expect, cls, true, false, c.id, `(${c.fault})`);
      continue;
    }
    for (const rule of rules) {
      const loud = res.messages.filter((m) => m.ruleId === rule && m.severity !== 'info');
      const expected = c.expect === rule;
      scorer.add(rule, cls, expected, loud.length > 0, c.id, loud.length ? show(loud) : expected ? `(${c.fault})` : '');
    }
    const stray = res.messages.filter((m) => (!m.ruleId || !rules.includes(m.ruleId)) && m.severity !== 'info');
    if (stray.length) scorer.add('(other)', cls, false, true, c.id, show(stray));
  }
  return scorer.result('independent6', labels.length);
}

const suite: Suite = { name: 'independent6', run: () => runIndependent6() };
export default suite;
