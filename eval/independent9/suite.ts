/**
 * The ninth independent corpus (eval/independent9/cases/, written by make.mjs, labels in cases.json): older report
 * years (2019–2022) and higher levels (省/自治区/直辖市人民政府, 市人民政府, 省政府部门), clean or with one planted fault.
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
  const dir = casesDir('independent9');
  return (LABELS as Label[]).map((l) => ({
    id: l.id,
    text: readFileSync(path.join(dir, l.file), 'utf8'),
    format: l.file.endsWith('.md') ? 'markdown' : l.file.endsWith('.html') ? 'html' : 'text',
    ...(l.expect ? { expect: l.expect, fault: l.fault } : {}),
  }));
}

export function runIndependent9(): Promise<SuiteResult> {
  return scoreReportCases('independent9', loadCases());
}

const suite: Suite = { name: 'independent9', run: runIndependent9 };
export default suite;
