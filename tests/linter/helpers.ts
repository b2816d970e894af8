import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/index.js';
import { seedPath } from '../helpers/seeds.js';

export async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd });
  return { code, stdout, stderr };
}

export function tmp(prefix = 'fzlint-linter-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Copy a seed into dir under a name; returns the absolute path. */
export function copySeed(n: string, dir: string, name: string): string {
  const to = path.join(dir, name);
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(seedPath(n), to);
  return to;
}

export function write(dir: string, name: string, text: string): string {
  const to = path.join(dir, name);
  mkdirSync(path.dirname(to), { recursive: true });
  writeFileSync(to, text);
  return to;
}

export interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; messageId?: string; severity: number; message: string; line: number; column: number; data?: Record<string, unknown> }[];
  errorCount: number;
  warningCount: number;
}

export function parse(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}

/** filePath relative to dir, with forward slashes. */
export function rel(dir: string, f: string): string {
  return path.relative(dir, f).split(path.sep).join('/');
}
