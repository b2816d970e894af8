/**
 * The fourth independent corpus (eval/independent4/cases.ts, hand.ts): clean reports and ones with one planted fault.
 * A measurement, not a regression floor; scored as eval/lib.ts scoreReportCases says.
 */
import { scoreReportCases, type Suite, type SuiteResult } from '../lib.js';
import { CASES } from './cases.js';

export function runIndependent4(): Promise<SuiteResult> {
  return scoreReportCases('independent4', CASES);
}

const suite: Suite = { name: 'independent4', run: runIndependent4 };
export default suite;
