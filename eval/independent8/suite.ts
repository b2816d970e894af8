/**
 * The eighth independent corpus (eval/independent8/cases/, written by make.mjs from reports.mjs, labels in
 * cases.json): reports and excerpts testing the rules that are not about figures — law titles, report year,
 * publication dates, punctuation, numbering, part 3, placeholders and sensitive data. A measurement, not a regression floor; scored as
 * eval/lib.ts scoreReportCases says (clean: every warn/error is a false positive; fault: the expected rule's
 * warn/error is the true positive, any other warn/error a false positive; info allowed).
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

/** eval/independent8/cases inside the repository: found upward from this module (bundled into node_modules/.cache by npm run eval) or from the working directory. */
function caseDir(): string {
  const rel = path.join('eval', 'independent8', 'cases.json');
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, rel))) return path.join(dir, 'eval', 'independent8', 'cases');
    if (path.dirname(dir) === dir) break;
  }
  return path.resolve(process.cwd(), 'eval', 'independent8', 'cases');
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

export function runIndependent8(): Promise<SuiteResult> {
  return scoreReportCases('independent8', loadCases());
}

const suite: Suite = { name: 'independent8', run: runIndependent8 };
export default suite;
