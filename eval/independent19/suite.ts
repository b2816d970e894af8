/**
 * The nineteenth independent corpus (eval/independent19/cases/, written by make.mjs, labels in cases.json): whole
 * reports of 县/区 government departments (2022–2025), clean or with one planted fault.
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
  source?: string;
}

export function loadCases(): ReportCase[] {
  const dir = casesDir('independent19');
  return (LABELS as Label[]).map((l) => ({
    id: l.id,
    text: readFileSync(path.join(dir, l.file), 'utf8'),
    format: l.file.endsWith('.md') ? 'markdown' : l.file.endsWith('.html') ? 'html' : 'text',
    ...(l.expect ? { expect: l.expect, fault: l.fault } : {}),
  }));
}

export function runIndependent14(): Promise<SuiteResult> {
  return scoreReportCases('independent19', loadCases());
}

const suite: Suite = { name: 'independent19', run: runIndependent14 };
export default suite;
