/**
 * The twenty-second independent corpus (eval/independent22/cases/, written by make.py, batch2.py and batch3.py; labels in
 * cases.json): 150 whole reports of 垂直管理 offices (税务, 海关, 气象, 消防救援, 邮政管理, 烟草专卖), 开发区/新区/综合保税区, 市辖区, 自治州/自治县,
 * 省厅, 街道 and a 乡, mostly on 2025 (published 2026), in many layouts and metadata wrappers; clean or with one planted fault.
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
  const dir = casesDir('independent22');
  return (LABELS as Label[]).map((l) => ({
    id: l.id,
    text: readFileSync(path.join(dir, l.file), 'utf8'),
    format: l.file.endsWith('.md') ? 'markdown' : l.file.endsWith('.html') ? 'html' : 'text',
    ...(l.expect ? { expect: l.expect, fault: l.fault } : {}),
  }));
}

export function runIndependent22(): Promise<SuiteResult> {
  return scoreReportCases('independent22', loadCases());
}

const suite: Suite = { name: 'independent22', run: runIndependent22 };
export default suite;
