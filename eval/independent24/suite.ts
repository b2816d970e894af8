/**
 * The twenty-fourth independent corpus (eval/independent24/cases/, written by make.mjs; labels in cases.json): 60 cases
 * (40 clean, 20 with one planted fault) in the four ways reviewers receive reports — whole reports (text, Markdown),
 * openings cut off mid-sentence, pages in traditional characters, and pages flattened into one paragraph or wrapped in
 * breadcrumbs and share widgets. A measurement, not a regression floor; scored as eval/lib.ts scoreReportCases says
 * (clean: every warn/error is a false positive; fault: the expected rule's warn/error is the true positive, any other
 * warn/error a false positive).
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
  const dir = casesDir('independent24');
  return (LABELS as Label[]).map((l) => ({
    id: l.id,
    text: readFileSync(path.join(dir, l.file), 'utf8'),
    format: l.file.endsWith('.md') ? 'markdown' : l.file.endsWith('.html') ? 'html' : 'text',
    ...(l.expect ? { expect: l.expect, fault: l.fault } : {}),
  }));
}

export function runIndependent24(): Promise<SuiteResult> {
  return scoreReportCases('independent24', loadCases());
}

const suite: Suite = { name: 'independent24', run: runIndependent24 };
export default suite;
