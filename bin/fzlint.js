#!/usr/bin/env node
// Tiny on purpose: the CLI is bundled into dist/bundle/ by `npm run build` (scripts/bundle.mjs).
// The bundle reads Node's built-ins through process.getBuiltinModule (Node ≥ 20.16; package.json asks ≥ 20.19).
if (typeof process.getBuiltinModule !== 'function') {
  process.stderr.write(`fzlint: 需要 Node.js 20.19 或更高版本（当前为 ${process.version}）。\n`);
  process.exitCode = 2;
} else {
  import('../dist/bundle/cli.js').then(
    (cli) => cli.run(),
    (error) => {
      process.stderr.write(`fzlint: 无法启动（${error.message}）。请先运行 "npm run build"。\n`);
      process.exitCode = 2;
    },
  );
}
