/**
 * The fifth independent corpus (eval/independent5/cases.ts): clean reports and ones with one planted fault.
 * A measurement, not a regression floor; scored as eval/lib.ts scoreReportCases says.
 */
import { scoreReportCases, type Suite, type SuiteResult } from '../lib.js';
import { CASES } from './cases.js';

export function runIndependent5(): Promise<SuiteResult> {
  return scoreReportCases('independent5', CASES);
}

const suite: Suite = { name: 'independent5', run: runIndependent5 };
export default suite;
