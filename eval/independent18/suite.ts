/**
 * The eighteenth independent corpus (eval/independent18/cases/, written by make.py, labels in cases.json): fragments and
 * sections of reports dense with figures, on the phrasings of published reports, clean or with one planted arithmetic
 * fault for consistent-rate or consistent-total. A measurement, not a regression floor (no test pins it).
 *
 * Fragments are read as excerpts of 2024 reports (reportYear 2024) with every rule of fzlint:recommended except those
 * that judge a whole report's structure or dates (a fragment has no title, parts or signature). Scored as
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
  /** a rule id, or 'clean' */
  expect: string;
  fault?: string;
  note?: string;
}

export const FRAGMENT_YEAR = 2024;

export function loadCases(): (Label & { text: string })[] {
  const dir = casesDir('independent18');
  return (LABELS as Label[]).map((l) => ({ ...l, text: readFileSync(path.join(dir, l.file), 'utf8') }));
}

export function runIndependent18(): Promise<SuiteResult> {
  return scoreFragmentCases('independent18', loadCases(), FRAGMENT_YEAR);
}

const suite: Suite = { name: 'independent18', run: runIndependent18 };
export default suite;
