import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:fuzz` (scripts/fuzz.mjs): fast-check with every property's numRuns scaled up
const fuzz = process.env.FZLINT_FUZZ === '1';

export default defineConfig({
  resolve: fuzz ? { alias: [{ find: /^fast-check$/, replacement: fileURLToPath(new URL('./tests/helpers/fast-check-fuzz.ts', import.meta.url)) }] } : {},
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    // a hang (a catastrophic regex, an endless loop) fails here; no test measures time itself
    testTimeout: 20000,
    ...(fuzz ? { testTimeout: 600_000 } : {}),
  },
});
