export { RuleTester } from './rule-tester.js';
export type { ValidCase, InvalidCase, ExpectedError, RuleTesterConfig } from './rule-tester.js';
