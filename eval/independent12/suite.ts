/**
 * The twelfth independent corpus (eval/independent12/cases/, made by make.mjs, labels in cases.json): reports as a
 * reviewer obtains them — text copied or extracted from PDFs (spaced figures 「2416 件」「96.1 %」, page numbers and
 * running headers inside the text, hard wraps, headings broken over two lines, full-width digits, 〇/○ years, NFKC
 * punctuation, zero-width characters and soft hyphens, letter-spaced titles), saved web pages and single-file pages
 * (navigation, breadcrumbs, 打印本页/关闭窗口/分享到, 上一篇/下一篇, 发布时间/来源/浏览次数 rows, 索引号/发文字号
 * tables, nested divs and layout tables, <br> paragraphs, &nbsp; indents, inline styles), Word files (figure tables,
 * a text box, footnotes, headers/footers, a red head) and LibreOffice .doc/.pdf. Each case file is linted through the
 * CLI's path (Linter.lintFile) with fzlint:recommended and no config file; scored as eval/lib.ts scoreReportCases
 * scores whole reports (clean: any warn/error is a false positive; fault: the expected rule must report at
 * warn/error, any other warn/error is a false positive; info allowed). An unreadable file is a false finding
 * ((read)). A measurement, not a regression floor.
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
  base?: string;
}

/** eval/independent12 inside the repository: found upward from this module (bundled into node_modules/.cache by npm run eval) or from the working directory. */
export const show = (ms: LintMessage[]) => ms.map((m) => `${m.line}:${m.column} ${m.severity} ${m.messageId ?? ''} ${m.message}`).join(' | ');

export async function runIndependent12(labels: readonly Label[] = LABELS as Label[]): Promise<SuiteResult> {
  const dir = casesDir('independent12');
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
  return scorer.result('independent12', labels.length);
}

const suite: Suite = { name: 'independent12', run: () => runIndependent12() };
export default suite;
