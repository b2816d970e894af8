import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import { ROOT } from '../helpers/seeds.js';
import { INVALID, VALID } from './helpers.js';

const CONFIG = 'tests/format/review.config.json';
const tmp = mkdtempSync(path.join(tmpdir(), 'fzlint-output-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(argv: string[], isTTY = false): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: ROOT, isTTY });
  return { code, stdout, stderr };
}

describe('--output-file', () => {
  it('writes the report to the file, creating its directories, and prints nothing', async () => {
    const toStdout = await cli(['--config', CONFIG, '--format', 'unix', INVALID, VALID]);
    expect(toStdout.code).toBe(1);
    expect(toStdout.stdout).toBe(
      `${INVALID}:1:1: 缺少第三部分「党政主要负责人履行推进法治建设第一责任人职责情况」：厅字〔2019〕28号规定年度报告须包含此项，请以标题或“一是…”条目写明 [error/require-sections]\n` +
        `${INVALID}:1:1: 缺少第五部分「其他需要报告的情况」：厅字〔2019〕28号规定年度报告须包含此项，请以标题或“一是…”条目写明 [info/require-sections]\n` +
        '\n2 problems\n',
    );
    const file = path.join(tmp, 'a/b/c/report.txt');
    const toFile = await cli(['--config', CONFIG, '--format', 'unix', '--output-file', file, INVALID, VALID]);
    expect(toFile).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(readFileSync(file, 'utf8')).toBe(toStdout.stdout);
  });

  it('takes -o and a path relative to the working directory; a file gets no colour unless --color asks', async () => {
    const rel = path.relative(ROOT, path.join(tmp, 'checklist.txt'));
    const run = await cli(['--config', CONFIG, '-f', 'checklist', '-o', rel, INVALID], true);
    expect(run).toEqual({ code: 1, stdout: '', stderr: '' });
    const text = readFileSync(path.join(tmp, 'checklist.txt'), 'utf8');
    expect(text.startsWith('审阅清单：1 份报告\n')).toBe(true);
    expect(text).not.toContain('\u001b[');
    await cli(['--config', CONFIG, '-f', 'checklist', '-o', rel, '--color', INVALID]);
    expect(readFileSync(path.join(tmp, 'checklist.txt'), 'utf8')).toContain('\u001b[');
  });

  it('writes an empty file when there is nothing to report', async () => {
    const file = path.join(tmp, 'clean.txt');
    expect(await cli(['--config', CONFIG, '-f', 'unix', '-o', file, VALID])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(file, 'utf8')).toBe('');
  });

  it('exits 2 with a message when the file cannot be written', async () => {
    const blocker = path.join(tmp, 'not-a-dir');
    writeFileSync(blocker, 'x');
    const run = await cli(['--config', CONFIG, '-f', 'sarif', '-o', path.join(blocker, 'out.sarif'), INVALID]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^fzlint: 无法写入输出文件 .*not-a-dir\/out\.sarif：上级路径不是目录\n$/);
  });

  it('a folder the system will not create (under /proc): exits 2 with a message, does not hang (Node’s recursive mkdir loops there)', async () => {
    if (!existsSync('/proc/self')) return; // Linux only
    const run = await cli(['--config', CONFIG, '-f', 'json', '-o', '/proc/fzlint-no-such/dir/out.json', INVALID]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('fzlint: 无法写入输出文件 /proc/fzlint-no-such/dir/out.json：无法创建其所在文件夹\n');
  });

  it('lists every rule that ran in SARIF and hands the checklist the rules per file', async () => {
    const file = path.join(tmp, 'out.sarif');
    await cli(['--config', CONFIG, '-f', 'sarif', '-o', file, VALID]);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    // a clean file still describes the rule that checked it
    expect(doc.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['require-sections']);
    expect(doc.runs[0].results).toEqual([]);
    const checklist = await cli(['--config', CONFIG, '-f', 'checklist', VALID]);
    // require-sections ran and was silent: ✓; no date in the text; no rule for the numbers: —
    expect(checklist.stdout).toContain(`叶城县2023年度法治政府建设工作报告  2023  ✓ 齐全    ✓ 2024年      ✓ 有标题    — 未见日期  —         通过  ${VALID}\n`);
  });
});
