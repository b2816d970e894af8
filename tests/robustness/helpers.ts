import { chmodSync, copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/index.js';
import { ROOT, seedPath } from '../helpers/seeds.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI in-process, as tests/cli.test.ts runs it; `stdin` feeds --stdin. */
export async function run(args: string[], cwd: string, stdin?: Uint8Array): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd,
    ...(stdin ? { readStdin: async () => stdin } : {}),
  });
  return { code, stdout, stderr };
}

/** A fresh directory that user nobody can enter and read (mkdtemp makes it 0700). */
export function tmp(prefix = 'fzlint-robust-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

export function write(dir: string, name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

/**
 * Seed 002 as a file of the run: a real report whose require-sections
 * findings are known (parts 3 and 5 missing; tests/cli.test.ts), so a test
 * can see that it was still linted next to a hostile file.
 */
export function copySeed002(dir: string, name = 'seed-002.txt'): string {
  const p = path.join(dir, name);
  copyFileSync(seedPath('002'), p);
  return p;
}

export interface JsonMessage {
  ruleId: string | null;
  severity: number;
  fatal?: boolean;
  message: string;
  messageId?: string;
  data?: Record<string, string | number>;
  line: number;
  column: number;
}
export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  fatalErrorCount: number;
}

export function byName(results: JsonResult[], name: string): JsonResult {
  const r = results.find((x) => path.basename(x.filePath) === name);
  if (!r) throw new Error(`no result for ${name} among ${results.map((x) => x.filePath).join(', ')}`);
  return r;
}

/** The parts require-sections reports missing in one result: [3, 5] for seed 002. */
export function missingParts(r: JsonResult): number[] {
  return r.messages.filter((m) => m.ruleId === 'require-sections').map((m) => Number(m.data?.part));
}

/** A stack trace line: "    at fn (file:line:col)". */
export const STACK_LINE = /\n\s+at \S/;

export const HOSTILE_PLUGIN = path.join(ROOT, 'tests/__data__/robustness/fzlint-plugin-hostile.mjs');
export const BROKEN_PLUGIN = path.join(ROOT, 'tests/__data__/robustness/fzlint-plugin-broken.mjs');
