/**
 * The eleventh independent corpus (eval/independent11/cases/, written by make.mjs, labels in cases.json): figure-dense
 * reports by the departments that publish the most statistics (市场监管、公安、税务、生态环境、应急管理、人社、卫健、
 * 综合执法、司法局、信访、12345) and by governments, clean or with one planted fault (mostly a figure fault).
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
  const dir = casesDir('independent11');
  return (LABELS as Label[]).map((l) => ({
    id: l.id,
    text: readFileSync(path.join(dir, l.file), 'utf8'),
    format: l.file.endsWith('.md') ? 'markdown' : l.file.endsWith('.html') ? 'html' : 'text',
    ...(l.expect ? { expect: l.expect, fault: l.fault } : {}),
  }));
}

export function runIndependent11(): Promise<SuiteResult> {
  return scoreReportCases('independent11', loadCases());
}

const suite: Suite = { name: 'independent11', run: runIndependent11 };
export default suite;
