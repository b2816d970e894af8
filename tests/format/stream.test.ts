import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/index.js';
import { Linter } from '../../src/linter/linter.js';
import { ROOT, SEEDS_DIR } from '../helpers/seeds.js';
import { INVALID, VALID } from './helpers.js';

// issue 22: the streamed run (src/cli/stream.ts) writes the same bytes as the whole-run path, one file at a time

const tmp = mkdtempSync(path.join(tmpdir(), 'fzlint-stream-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

// A folder linted with the default rules: two reports with findings of every severity (fixes included),
// and an empty file (a file error)
const corpus = path.join(tmp, 'reports');
{
  const seeds = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
  mkdirSync(corpus, { recursive: true });
  for (const [i, f] of seeds.slice(0, 2).entries()) {
    const dest = path.join(corpus, `r${i}.txt`);
    copyFileSync(path.join(SEEDS_DIR, f), dest);
  }
  writeFileSync(path.join(corpus, 'empty.txt'), '');
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], stream: boolean, cwd = tmp): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, stream });
  return { code, stdout, stderr };
}

/** Both paths on the same arguments; asserts the streamed one did stream. */
async function both(argv: string[], cwd = tmp): Promise<[Run, Run]> {
  const spy = vi.spyOn(Linter.prototype, 'lintFilesStream');
  const whole = await cli(argv, false, cwd);
  expect(spy).not.toHaveBeenCalled();
  const streamed = await cli(argv, true, cwd);
  expect(spy).toHaveBeenCalledTimes(1);
  spy.mockRestore();
  return [whole, streamed];
}

describe('streamed output is the whole-run output', () => {
  for (const format of ['json', 'stylish', 'unix', 'compact']) {
    for (const flags of [[], ['--quiet'], ['--min-severity', 'warn'], ['--locale', 'en', '--max-warnings', '0']]) {
      it(`--format ${format} ${flags.join(' ')} to stdout`, async () => {
        const [whole, streamed] = await both(['--format', format, ...flags, 'reports']);
        expect(whole.stdout.length).toBeGreaterThan(100);
        expect(streamed).toEqual(whole);
      });
    }
  }

  for (const format of ['json', 'stylish']) {
    it(`--format ${format} -o FILE: the same file, no temporary file left beside it`, async () => {
      const a = path.join(tmp, `out-whole-${format}/report.txt`);
      const b = path.join(tmp, `out-streamed-${format}/report.txt`);
      const whole = await cli(['--format', format, '-o', a, 'reports'], false);
      const streamed = await cli(['--format', format, '-o', b, 'reports'], true);
      expect(streamed).toEqual(whole);
      expect(whole.stdout).toBe('');
      expect(readFileSync(b)).toEqual(readFileSync(a));
      expect(readdirSync(path.dirname(b))).toEqual(['report.txt']);
      // colour is asked for explicitly: the same escapes
      const ca = await cli(['--format', format, '--color', '-o', a, 'reports'], false);
      const cb = await cli(['--format', format, '--color', '-o', b, 'reports'], true);
      expect(cb).toEqual(ca);
      expect(readFileSync(b)).toEqual(readFileSync(a));
    });
  }

  it('a clean file and one with findings (an empty result), stdout and -o', async () => {
    const args = ['--config', 'tests/format/review.config.json'];
    for (const format of ['json', 'stylish', 'unix', 'compact']) {
      const [whole, streamed] = await both([...args, '--format', format, INVALID, VALID], ROOT);
      expect(streamed).toEqual(whole);
      const [cleanWhole, cleanStreamed] = await both([...args, '--format', format, VALID], ROOT);
      expect(cleanStreamed).toEqual(cleanWhole);
      expect(cleanStreamed.code).toBe(0);
      // nothing to report: stylish and unix print nothing, json an empty array
      if (format !== 'json') expect(cleanStreamed.stdout).toBe('');
      else expect(cleanStreamed.stdout).toMatch(/^\[\{"filePath":.*\}\]\n$/s);
      const file = path.join(tmp, `clean-${format}.txt`);
      const r = await cli([...args, '--format', format, '-o', file, VALID], true, ROOT);
      expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
      expect(readFileSync(file, 'utf8')).toBe(cleanWhole.stdout);
    }
  });

  it('no file at all (everything ignored): the same empty report', async () => {
    const [whole, streamed] = await both(['--format', 'json', '--ignore-pattern', '*.txt', 'reports']);
    expect(streamed).toEqual(whole);
    expect(streamed.stdout).toBe('[]\n');
  });

  it('the exit code counts fatal errors (the empty file) and --max-warnings', async () => {
    const [whole, streamed] = await both(['--format', 'unix', 'reports/empty.txt']);
    expect(streamed).toEqual(whole);
    expect(streamed.code).toBe(2);
  });

  it('an output file that cannot be written: exit 2, the same message, nothing on stdout', async () => {
    const blocker = path.join(tmp, 'not-a-dir');
    writeFileSync(blocker, 'x');
    const run = await cli(['--format', 'json', '-o', path.join(blocker, 'out.json'), 'reports'], true);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^fzlint: 无法写入输出文件 .*not-a-dir\/out\.json：上级路径不是目录\n$/);
    // a directory in the way: found only at the rename, the same error as the whole-run path, no temporary file left
    const dir = path.join(tmp, 'a-dir');
    mkdirSync(dir);
    const [whole, streamed] = await both(['--format', 'json', '-o', dir, 'reports/empty.txt']);
    expect(streamed).toEqual(whole);
    expect(streamed.code).toBe(2);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('in worker threads (--concurrency): the same bytes as one thread, files read as they are handed out', async () => {
    const [whole] = await both(['--format', 'json', 'reports']);
    for (const c of ['1', '2']) {
      const [wholeC, streamedC] = await both(['--format', 'json', '--concurrency', c, 'reports']);
      expect(wholeC).toEqual(whole);
      expect(streamedC).toEqual(whole);
    }
    const [s1, s2] = await both(['--format', 'stylish', '--quiet', '--concurrency', '2', 'reports']);
    expect(s2).toEqual(s1);
  });

  it('runs that need every result stay on the whole-run path', async () => {
    const spy = vi.spyOn(Linter.prototype, 'lintFilesStream');
    await cli(['--format', 'sarif', 'reports'], true);
    await cli(['--format', 'json', '--debug', 'reports'], true);
    await cli(['--format', 'json', '--fix-dry-run', 'reports'], true);
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('Linter.lintFilesStream', () => {
  it('yields the results of lintFiles, in the same order', async () => {
    const linter = new Linter({ cwd: tmp, keepText: false });
    const all = await linter.lintFiles(['reports']);
    const streamed = [];
    for await (const r of new Linter({ cwd: tmp, keepText: false }).lintFilesStream(['reports'])) streamed.push(r);
    expect(streamed.map((r) => r.filePath)).toEqual(all.map((r) => r.filePath));
    expect(JSON.parse(JSON.stringify(streamed))).toEqual(JSON.parse(JSON.stringify(all)));
    expect(streamed.some((r) => r.fileError)).toBe(true);
  });

  it('in worker threads: the same results; a loop that stops early stops the workers and returns', async () => {
    const one = [];
    for await (const r of new Linter({ cwd: tmp, keepText: false }).lintFilesStream(['reports'])) one.push(r);
    const pooled = [];
    for await (const r of new Linter({ cwd: tmp, keepText: false, concurrency: 2 }).lintFilesStream(['reports'])) pooled.push(r);
    expect(JSON.parse(JSON.stringify(pooled))).toEqual(JSON.parse(JSON.stringify(one)));
    let seen = 0;
    for await (const r of new Linter({ cwd: tmp, keepText: false, concurrency: 2 }).lintFilesStream(['reports'])) {
      expect(r.filePath).toBe(one[0].filePath);
      seen++;
      break;
    }
    expect(seen).toBe(1);
  });
});
