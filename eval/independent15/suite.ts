/**
 * The fifteenth independent corpus (eval/independent15/cases/, written by hand, labels in cases.json): reports on 2019–2021 by
 * townships, streets, 社区/村 and 开发区 管委会 (文号, 签发人, 主送, 附件, 二〇 dates, 发布时间 pages), clean or with one planted fault.
 * A measurement, not a regression floor; scored as eval/lib.ts scoreReportCases says (clean: every warn/error is a
 * false positive; fault: the expected rule's warn/error is the true positive, any other warn/error a false positive).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { casesDir, scoreReportCases, type ReportCase, type Suite, type SuiteResult } from '../lib.js';
import LABELS from './cases.json';

interface Label {
  id: string;
  file: string;
  expect?: string;
  fault?: string;
}

export function loadCases(): ReportCase[] {
  const dir = casesDir('independent15');
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
