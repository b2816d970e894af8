/**
 * The twenty-third independent corpus (eval/independent23/cases/, written by make.py, labels in cases.json): number paragraphs
 * of 2025 reports in sectors earlier testers used least (税务, 医保, 人社, 应急, 生态环境, 自然资源, 城管, 交通, 卫健, 教育,
 * 农业农村, 民政, 调解, 公证/仲裁/法援, 政务公开, 复议, 应诉, 12345, 规范性文件, 普法), clean or with one planted arithmetic
 * fault for consistent-rate or consistent-total. A measurement, not a regression floor (no test pins it).
 *
 * Fragments are read as excerpts of 2025 reports (reportYear 2025) with every rule of fzlint:recommended except those
 * that judge a whole report's structure or dates (a fragment has no title, parts or signature). Cases marked `whole`
 * (w*, x*: a title, an opening and a heading above the figure paragraph, whose figures name other years) are also read
 * by consistent-year, which must stay silent on them. Scored as
 * scoreReportCases does: on a clean case every warn/error is a false positive; on a fault case the expected rule's
 * warn/error is the true positive (else a miss) and any other rule's warn/error a false positive. A second warn/error of
 * the expected rule itself is listed as DUP (not scored). info ("cannot confirm") is allowed everywhere.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { casesDir, scoreFragmentCases, type Suite, type SuiteResult } from '../lib.js';
import LABELS from './cases.json';

interface Label {
  id: string;
  file: string;
  src: string;
  why?: string;
  /** a rule id, or 'clean' */
  expect: string;
  /** a mini report (title, opening, heading): consistent-year applies too */
  whole?: boolean;
  fault?: string;
  note?: string;
}

export const FRAGMENT_YEAR = 2025;

export function loadCases(): (Label & { text: string })[] {
  const dir = casesDir('independent23');
  return (LABELS as Label[]).map((l) => ({ ...l, text: readFileSync(path.join(dir, l.file), 'utf8') }));
}

export function runIndependent23(): Promise<SuiteResult> {
  return scoreFragmentCases('independent23', loadCases(), FRAGMENT_YEAR);
}

const suite: Suite = { name: 'independent23', run: runIndependent23 };
export default suite;
