/**
 * The tenth independent corpus (eval/independent10/cases/, written by make.mjs, labels in cases.json): reports on the
 * year 2025 (published Jan–Apr 2026) by 县/区/市 governments, 乡镇/街道, departments and a 开发区管委会, clean or with
 * one planted fault.
 * A measurement, not a regression floor; scored as eval/lib.ts scoreReportCases says (clean: every warn/error is a
 * false positive; fault: the expected rule's warn/error is the true positive, any other warn/error a false positive).
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
  /** The published report the case models. */
  source?: string;
}

/** eval/independent10/cases inside the repository: found upward from this module (bundled into node_modules/.cache by npm run eval) or from the working directory. */
function caseDir(): string {
  const rel = path.join('eval', 'independent10', 'cases.json');
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, rel))) return path.join(dir, 'eval', 'independent10', 'cases');
    if (path.dirname(dir) === dir) break;
  }
  return path.resolve(process.cwd(), 'eval', 'independent10', 'cases');
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

export function runIndependent10(): Promise<SuiteResult> {
  return scoreReportCases('independent10', loadCases());
}

const suite: Suite = { name: 'independent10', run: runIndependent10 };
export default suite;
