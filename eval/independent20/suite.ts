/**
 * The twentieth independent corpus (eval/independent20/cases/, written by make.py, labels in cases.json): whole reports of
 * every kind of issuer (区/县/乡镇/街道 governments, departments, a 开发区), years 2020–2025, many layouts, clean or with one
 * planted fault.
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
  const dir = casesDir('independent20');
  return (LABELS as Label[]).map((l) => ({
    id: l.id,
    text: readFileSync(path.join(dir, l.file), 'utf8'),
    format: l.file.endsWith('.md') ? 'markdown' : l.file.endsWith('.html') ? 'html' : 'text',
    ...(l.expect ? { expect: l.expect, fault: l.fault } : {}),
  }));
}

export function runIndependent20(): Promise<SuiteResult> {
  return scoreReportCases('independent20', loadCases());
}

const suite: Suite = { name: 'independent20', run: runIndependent20 };
export default suite;
