/**
 * The eighth independent corpus (eval/independent8/cases/, written by make.mjs from reports.mjs, labels in
 * cases.json): reports and excerpts testing the rules that are not about figures — law titles, report year,
 * publication dates, punctuation, numbering, part 3, placeholders and sensitive data. A measurement, not a regression floor; scored as
 * eval/lib.ts scoreReportCases says (clean: every warn/error is a false positive; fault: the expected rule's
 * warn/error is the true positive, any other warn/error a false positive; info allowed).
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
  const dir = casesDir('independent8');
  return (LABELS as Label[]).map((l) => ({
    id: l.id,
    text: readFileSync(path.join(dir, l.file), 'utf8'),
    format: l.file.endsWith('.md') ? 'markdown' : l.file.endsWith('.html') ? 'html' : 'text',
    ...(l.expect ? { expect: l.expect, fault: l.fault } : {}),
  }));
}

export function runIndependent8(): Promise<SuiteResult> {
  return scoreReportCases('independent8', loadCases());
}

const suite: Suite = { name: 'independent8', run: runIndependent8 };
export default suite;
