#!/usr/bin/env node
// Tiny on purpose: the CLI is bundled into dist/bundle/ by `npm run build` (scripts/bundle.mjs).
import('../dist/bundle/cli.js').then(
  (cli) => cli.run(),
  (error) => {
    process.stderr.write(`fzlint: 无法启动（${error.message}）。请先运行 "npm run build"。\n`);
    process.exitCode = 2;
  },
);
