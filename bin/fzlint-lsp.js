#!/usr/bin/env node
// Tiny on purpose: the language server (LSP over stdio) is bundled into dist/bundle/ by `npm run build`.
// Transport flags editors add (--stdio, --clientProcessId=…) are accepted and ignored: it always speaks stdio.
import('../dist/bundle/lsp-server.js').then(
  (lsp) => lsp.runStdioServer(),
  (error) => {
    process.stderr.write(`fzlint-lsp: 无法启动（${error.message}）。请先运行 "npm run build"。\n`);
    process.exitCode = 2;
  },
);
