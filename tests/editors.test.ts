import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Linter } from '../src/linter/linter.js';
import { ensureBuilt } from './helpers/lsp-client.js';
import { ROOT, seedPath } from './helpers/seeds.js';

// The editor snippets of docs/editors.md, as files (editors/), run in the real editors Debian 12 ships:
// Neovim 0.7.2 and Emacs 28.2 with elpa-eglot 1.9. Each opens seed 002 in a project where fzlint is
// installed (node_modules/.bin/fzlint-lsp, so the snippets' `npx --no fzlint-lsp` finds it) and must show
// the CLI's findings. Skipped where the editor is not installed (CI does not install editors).
const NVIM = '/usr/bin/nvim';
const EMACS = '/usr/bin/emacs';
const haveEglot = existsSync('/usr/share/emacs/site-lisp/elpa/eglot-1.9') || existsSync('/usr/share/emacs/site-lisp/elpa-src/eglot-1.9');

let project: string;
let report: string;
let cli: { line: number; message: string; ruleId: string }[];

beforeAll(async () => {
  ensureBuilt();
  project = mkdtempSync(path.join(os.tmpdir(), 'fzlint-editors-'));
  mkdirSync(path.join(project, 'node_modules/.bin'), { recursive: true });
  symlinkSync(ROOT, path.join(project, 'node_modules/fzlint'));
  symlinkSync('../fzlint/bin/fzlint-lsp.js', path.join(project, 'node_modules/.bin/fzlint-lsp'));
  writeFileSync(path.join(project, 'package.json'), '{ "name": "reports", "private": true }\n');
  report = path.join(project, '002.txt');
  copyFileSync(seedPath('002'), report);
  const result = await new Linter({ cwd: project }).lintFile(report);
  cli = result.messages.map((m) => ({ line: m.line, message: m.reason.replace(/\n/g, ' '), ruleId: m.ruleId }));
}, 120_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

function rows(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t'));
}

describe('editor snippets in real editors', () => {
  it.skipIf(!existsSync(NVIM))('Neovim 0.7 (editors/neovim/fzlint-0.7.lua): the CLI’s findings, with rule ids and lines', () => {
    const version = execFileSync(NVIM, ['--version'], { encoding: 'utf8' }).split('\n')[0];
    const out = path.join(project, 'nvim.tsv');
    execFileSync(NVIM, ['--headless', '-u', path.join(ROOT, 'editors/neovim/fzlint-0.7.lua'), report, '-c', `luafile ${path.join(ROOT, 'tests/editors/check.lua')}`], {
      cwd: project,
      env: { ...process.env, FZLINT_OUT: out },
      timeout: 60_000,
      stdio: 'ignore',
    });
    const got = rows(out).map(([code, line, message]) => ({ ruleId: code, line: Number(line), message }));
    expect(got.length, version).toBeGreaterThan(0);
    const key = (x: { ruleId: string; line: number; message: string }) => `${x.ruleId} ${x.line} ${x.message}`;
    expect(got.map(key).sort()).toEqual(cli.map(key).sort());
  }, 90_000);

  it.skipIf(!existsSync(EMACS) || !haveEglot)('Emacs 28 with eglot (editors/emacs/fzlint-eglot.el): the CLI’s findings, as flymake diagnostics', () => {
    const out = path.join(project, 'emacs.tsv');
    execFileSync(EMACS, ['--batch', '-q', '-l', path.join(ROOT, 'tests/editors/check.el')], {
      cwd: project,
      env: { ...process.env, FZLINT_OUT: out, FZLINT_SNIPPET: path.join(ROOT, 'editors/emacs/fzlint-eglot.el'), FZLINT_REPORT: report },
      timeout: 90_000,
      stdio: 'ignore',
    });
    const got = rows(out).map(([line, message]) => `${line} ${message}`);
    expect(got.length).toBeGreaterThan(0);
    // eglot 1.9 shows "[rule-id]: message", with the source ("fzlint ") before it once the server is known
    expect(got.map((g) => g.replace(/^(\d+) fzlint /, '$1 ')).sort()).toEqual(cli.map((c) => `${c.line} [${c.ruleId}]: ${c.message}`).sort());
  }, 120_000);

  it('the snippets in docs/editors.md are the tested files', () => {
    const doc = readFileSync(path.join(ROOT, 'docs/editors.md'), 'utf8');
    for (const f of ['editors/neovim/fzlint-0.7.lua', 'editors/neovim/fzlint-0.11.lua', 'editors/emacs/fzlint-eglot.el']) {
      const body = readFileSync(path.join(ROOT, f), 'utf8')
        .split('\n')
        .filter((l) => !/^\s*(--|;;)/.test(l) && l.trim())
        .join('\n');
      expect(doc, f).toContain(body);
    }
  });
});
