#!/usr/bin/env node
// Tiny on purpose: the language server (LSP over stdio) is bundled into dist/bundle/ by `npm run build`.
// Transport flags editors add (--stdio, --clientProcessId=…) are accepted and ignored: it always speaks stdio.
// CommonJS (bin/package.json); the chunks compiled from their V8 code caches, as bin/fzlint.js does.
'use strict';
let lsp;
try {
  const file = require.resolve('../dist/bundle/lsp-server.cjs');
  require('./code-cache.cjs').useCodeCache(require('node:path').dirname(file));
  lsp = require(file);
} catch (error) {
  // a missing build: "Cannot find module '…/lsp-server.cjs'" without the require stack under it
  process.stderr.write(`fzlint-lsp: 无法启动（${error.message.split('\n')[0]}）。请先运行 "npm run build"。\n`);
  process.exitCode = 2;
}
lsp?.runStdioServer();
