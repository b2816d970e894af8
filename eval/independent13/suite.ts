/**
 * The thirteenth independent corpus (eval/independent13/cases/, written by make.mjs, labels in cases.json): the genres
 * and structures earlier corpora used least — joint 党委+政府 reports, 依法治县办 法治建设 reports, 依法行政工作报告,
 * 工作总结, 街道/管委会 reports; 第一部分…第五部分, 一是/二是 only, four levels, part 3 first, part 5 on one line, merged
 * 不足+打算 headings, plans titled 工作要点/重点/思路/目标, a plan inside the last section, short township and long city
 * reports, Markdown and page furniture — clean or with one planted fault. A measurement, not a regression floor;
 * scored as eval/lib.ts scoreReportCases says.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreReportCases, type ReportCase, type Suite, type SuiteResult } from '../lib.js';
import LABELS from './cases.json';

interface Label {
  id: string;
  file: string;
  expect?: string;
  fault?: string;
}

/** eval/independent13/cases inside the repository: found upward from this module (bundled into node_modules/.cache by npm run eval) or from the working directory. */
function caseDir(): string {
  const rel = path.join('eval', 'independent13', 'cases.json');
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, rel))) return path.join(dir, 'eval', 'independent13', 'cases');
    if (path.dirname(dir) === dir) break;
  }
  return path.resolve(process.cwd(), 'eval', 'independent13', 'cases');
}

export function loadCases(): ReportCase[] {
  const dir = caseDir();
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
