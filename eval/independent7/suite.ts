/**
 * The seventh independent corpus (eval/independent7/cases/, written by make.mjs from reports.mjs, labels in
 * cases.json): reports of issuers other than county/city governments — departments (公安局, 税务局, 市场监管局,
 * 生态环境局, 卫健委, 教育局, 交通运输局, 自然资源局, 住建局, 人社局, 应急管理局, 医保局, 司法局), a 镇, a 乡, a 街道,
 * a development zone 管委会 and a 县委 法治建设 report. A measurement, not a regression floor; scored as
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
  const dir = casesDir('independent7');
  return (LABELS as Label[]).map((l) => ({
    id: l.id,
    text: readFileSync(path.join(dir, l.file), 'utf8'),
    format: l.file.endsWith('.md') ? 'markdown' : l.file.endsWith('.html') ? 'html' : 'text',
    ...(l.expect ? { expect: l.expect, fault: l.fault } : {}),
  }));
}

export function runIndependent7(): Promise<SuiteResult> {
  return scoreReportCases('independent7', loadCases());
}

const suite: Suite = { name: 'independent7', run: runIndependent7 };
export default suite;
