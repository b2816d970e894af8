#!/usr/bin/env node
// Tiny on purpose: the CLI is built into dist/ by `npm run build` (run by `npm ci` through `prepare`).
// The bundled entry (dist/bundle/) starts faster; the plain build (dist/src/) is the fallback.
import { existsSync } from 'node:fs';

const bundled = new URL('../dist/bundle/index.js', import.meta.url);
const entry = existsSync(bundled) ? bundled.href : '../dist/src/cli/index.js';
import(entry).then(
  (cli) => cli.run(),
  (error) => {
    process.stderr.write(`fzlint: cannot start (${error.message}). Run "npm run build" first.\n`);
    process.exitCode = 2;
  },
);
