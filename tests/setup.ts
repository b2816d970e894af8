import fc from 'fast-check';
import { describe, it } from 'vitest';
import { RuleTester } from '../src/testing/index.js';

RuleTester.describe = describe;
RuleTester.it = it;

/**
 * Property tests are deterministic: one pinned seed for the whole suite (a failure reproduces on every
 * machine). `npm run test:fuzz` draws a random seed instead and runs many more cases; FZLINT_FC_SEED
 * replays a seed. A failure names the seed and the command that reproduces it.
 */
const PINNED_SEED = 20261206;
const seed = process.env.FZLINT_FC_SEED ? Number(process.env.FZLINT_FC_SEED) : PINNED_SEED;
const fuzz = process.env.FZLINT_FUZZ === '1';
const factor = Number(process.env.FZLINT_FUZZ_FACTOR ?? 20);

function report(details: fc.RunDetails<unknown>): void {
  if (!details.failed) return;
  const replay = `FZLINT_FC_SEED=${details.seed}${fuzz ? ` FZLINT_FUZZ=1 FZLINT_FUZZ_FACTOR=${factor}` : ''} npx vitest run <file>`;
  throw new Error(`${fc.defaultReportMessage(details)}\n\nfast-check seed ${details.seed} (reproduce: ${replay})`, { cause: details.errorInstance });
}

fc.configureGlobal({
  seed,
  // tests that set numRuns themselves are scaled by the fuzz build of fast-check (vitest.config.ts)
  ...(fuzz ? { numRuns: 100 * factor } : {}),
  reporter: report, // sync and async properties alike
});
