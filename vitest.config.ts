import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20000,
    // forks: each test file in its own process, so CPU-time measurements (linearity) see only their own work
    pool: 'forks',
    // gc() before timed runs (linearity tests), so a collection owed by earlier work is not billed to them;
    // a larger young generation so a 50 KB and a 200 KB report are collected the same way (not a 4× vs 8× GC bill)
    execArgv: ['--expose-gc', '--max-semi-space-size=64'],
  },
});
