#!/usr/bin/env node
// Tiny on purpose: the CLI is bundled into dist/bundle/ by `npm run build` (scripts/bundle.mjs).
// CommonJS (bin/package.json): Node starts a CommonJS main without its ES-module loader (~7 ms of a cold run).
// The bundle reads Node's built-ins through process.getBuiltinModule (Node ≥ 20.16; package.json asks ≥ 20.19).
'use strict';
if (typeof process.getBuiltinModule !== 'function') {
  process.stderr.write(`fzlint: 需要 Node.js 20.19 或更高版本（当前为 ${process.version}）。\n`);
  process.exitCode = 2;
} else {
  // The CommonJS chunks of dist/bundle, compiled from the V8 code caches made at build time (bin/code-cache.cjs)
  let cli;
  try {
    const file = require.resolve('../dist/bundle/cli.cjs');
    require('./code-cache.cjs').useCodeCache(require('node:path').dirname(file));
    cli = require(file);
  } catch (error) {
    // a missing build: "Cannot find module '…/cli.cjs'" without the require stack under it
    process.stderr.write(`fzlint: 无法启动（${error.message.split('\n')[0]}）。请先运行 "npm run build"。\n`);
    process.exitCode = 2;
  }
  cli?.run();
}
