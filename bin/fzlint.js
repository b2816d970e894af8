#!/usr/bin/env node
// Tiny on purpose: the CLI is built into dist/ by `npm run build` (run by `npm ci` through `prepare`).
import('../dist/src/cli/index.js').then(
  (cli) => cli.run(),
  (error) => {
    process.stderr.write(`fzlint: cannot start (${error.message}). Run "npm run build" first.\n`);
    process.exitCode = 2;
  },
);
