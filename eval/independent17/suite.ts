/**
 * The seventeenth independent corpus (eval/independent17/cases/, written by make.mjs from table.mjs, labels in cases.json):
 * whole reports of central ministries and national bureaus, provinces, provincial departments and 直辖市 districts, with
 * generic or 纲要-topic look-back headings, the 第一责任人 duty as one sub-heading among many, merged 问题+打算 parts and
 * 下一步，我们将… plans; clean or with one planted fault. A measurement, not a regression floor; scored as eval/lib.ts
 * scoreReportCases says (clean: every warn/error is a false positive; fault: the expected rule's warn/error is the true
 * positive, any other warn/error a false positive).
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
  const dir = casesDir('independent17');
  return (LABELS as Label[]).map((l) => ({
    id: l.id,
    text: readFileSync(path.join(dir, l.file), 'utf8'),
    format: l.file.endsWith('.md') ? 'markdown' : l.file.endsWith('.html') ? 'html' : 'text',
    ...(l.expect ? { expect: l.expect, fault: l.fault } : {}),
  }));
}

export function runIndependent17(): Promise<SuiteResult> {
  return scoreReportCases('independent17', loadCases());
}

const suite: Suite = { name: 'independent17', run: runIndependent17 };
export default suite;
