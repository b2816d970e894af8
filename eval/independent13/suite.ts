/**
 * The thirteenth independent corpus (eval/independent13/cases/, written by make.mjs, labels in cases.json): the genres
 * and structures earlier corpora used least — joint 党委+政府 reports, 依法治县办 法治建设 reports, 依法行政工作报告,
 * 工作总结, 街道/管委会 reports; 第一部分…第五部分, 一是/二是 only, four levels, part 3 first, part 5 on one line, merged
 * 不足+打算 headings, plans titled 工作要点/重点/思路/目标, a plan inside the last section, short township and long city
 * reports, Markdown and page furniture — clean or with one planted fault. A measurement, not a regression floor;
 * scored as eval/lib.ts scoreReportCases says.
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
  const dir = casesDir('independent13');
  return (LABELS as Label[]).map((l) => ({
    id: l.id,
    text: readFileSync(path.join(dir, l.file), 'utf8'),
    format: l.file.endsWith('.md') ? 'markdown' : l.file.endsWith('.html') ? 'html' : 'text',
    ...(l.expect ? { expect: l.expect, fault: l.fault } : {}),
  }));
}

export function runIndependent13(): Promise<SuiteResult> {
  return scoreReportCases('independent13', loadCases());
}

const suite: Suite = { name: 'independent13', run: runIndependent13 };
export default suite;
