#!/usr/bin/env node
// Tiny on purpose: the language server (LSP over stdio) is built into dist/ by `npm run build`.
// Transport flags editors add (--stdio, --clientProcessId=…) are accepted and ignored: it always speaks stdio.
import('../dist/src/lsp/server.js').then(
  (lsp) => lsp.runStdioServer(),
  (error) => {
    process.stderr.write(`fzlint-lsp: cannot start (${error.message}). Run "npm run build" first.\n`);
    process.exitCode = 2;
  },
);
