/**
 * The fifteenth independent corpus (eval/independent15/cases/, written by hand, labels in cases.json): reports on 2019–2021 by
 * townships, streets, 社区/村 and 开发区 管委会 (文号, 签发人, 主送, 附件, 二〇 dates, 发布时间 pages), clean or with one planted fault.
 * A measurement, not a regression floor; scored as eval/lib.ts scoreReportCases says (clean: every warn/error is a
 * false positive; fault: the expected rule's warn/error is the true positive, any other warn/error a false positive).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreReportCases, type ReportCase, type Suite, type SuiteResult } from '../lib.js';
import LABELS from './cases.json';

interface Label {
  id: string;
  file: string;
  expect?: string;
  fault?: string;
}

/** eval/independent15/cases inside the repository: found upward from this module (bundled into node_modules/.cache by npm run eval) or from the working directory. */
function caseDir(): string {
  const rel = path.join('eval', 'independent15', 'cases.json');
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, rel))) return path.join(dir, 'eval', 'independent15', 'cases');
    if (path.dirname(dir) === dir) break;
  }
  return path.resolve(process.cwd(), 'eval', 'independent15', 'cases');
}

export function loadCases(): ReportCase[] {
  const dir = caseDir();
  return (LABELS as Label[]).map((l) => ({
    id: l.id,
    text: readFileSync(path.join(dir, l.file), 'utf8'),
    format: l.file.endsWith('.md') ? 'markdown' : l.file.endsWith('.html') ? 'html' : 'text',
    ...(l.expect ? { expect: l.expect, fault: l.fault } : {}),
  }));
}

export function runIndependent15(): Promise<SuiteResult> {
  return scoreReportCases('independent15', loadCases());
}

const suite: Suite = { name: 'independent15', run: runIndependent15 };
export default suite;
