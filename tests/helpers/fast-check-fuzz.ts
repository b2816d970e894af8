/**
 * fast-check for `npm run test:fuzz` (vitest.config.ts aliases 'fast-check' here only then): the same
 * library, with every local `numRuns` multiplied by FZLINT_FUZZ_FACTOR (default 20), so the property tests
 * that ask for 200 cases in `npm test` get 4000 under a random seed.
 */
// the real entry by path: the alias would otherwise send this import back here
import * as real from '../../node_modules/fast-check/lib/fast-check.js';

const factor = Number(process.env.FZLINT_FUZZ_FACTOR ?? 20);

type Params = { numRuns?: number } & Record<string, unknown>;
const scale = (params?: Params) => (params?.numRuns ? { ...params, numRuns: params.numRuns * factor } : params);

export * from '../../node_modules/fast-check/lib/fast-check.js';
export const assert = ((property: unknown, params?: Params) =>
  (real.assert as (p: unknown, q?: unknown) => unknown)(property, scale(params))) as typeof real.assert;
export const check = ((property: unknown, params?: Params) =>
  (real.check as (p: unknown, q?: unknown) => unknown)(property, scale(params))) as typeof real.check;

const fc = { ...real.default, assert, check };
export default fc;
