/**
 * The fourteenth independent corpus (eval/independent14/cases/, written by make.mjs, labels in cases.json): long, complete
 * reports (5,000+ characters) by city/district/county governments and big departments, clean or with one planted fault.
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
  const dir = casesDir('independent14');
  return (LABELS as Label[]).map((l) => ({
    id: l.id,
    text: readFileSync(path.join(dir, l.file), 'utf8'),
    format: l.file.endsWith('.md') ? 'markdown' : l.file.endsWith('.html') ? 'html' : 'text',
    ...(l.expect ? { expect: l.expect, fault: l.fault } : {}),
  }));
}

export function runIndependent14(): Promise<SuiteResult> {
  return scoreReportCases('independent14', loadCases());
}

const suite: Suite = { name: 'independent14', run: runIndependent14 };
export default suite;
