/**
 * The tenth independent corpus (eval/independent10/cases/, written by make.mjs, labels in cases.json): reports on the
 * year 2025 (published Jan–Apr 2026) by 县/区/市 governments, 乡镇/街道, departments and a 开发区管委会, clean or with
 * one planted fault.
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
  /** The published report the case models. */
  source?: string;
}

export function loadCases(): ReportCase[] {
  const dir = casesDir('independent10');
  return (LABELS as Label[]).map((l) => ({
    id: l.id,
    text: readFileSync(path.join(dir, l.file), 'utf8'),
    format: l.file.endsWith('.md') ? 'markdown' : l.file.endsWith('.html') ? 'html' : 'text',
    ...(l.expect ? { expect: l.expect, fault: l.fault } : {}),
  }));
}

export function runIndependent10(): Promise<SuiteResult> {
  return scoreReportCases('independent10', loadCases());
}

const suite: Suite = { name: 'independent10', run: runIndependent10 };
export default suite;
