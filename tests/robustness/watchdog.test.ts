import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureFreshDist } from '../helpers/dist.js';
import { Linter } from '../../src/linter/linter.js';
import { DEFAULT_FILE_TIME_LIMIT } from '../../src/linter/limits.js';
import { withDeadline, withDeadlineGroup } from '../../src/linter/watchdog.js';
import { copySeed002, HOSTILE_PLUGIN, run, tmp, write, type JsonResult } from './helpers.js';
import { copyFileSync } from 'node:fs';

/**
 * Issue 16, the watchdog: a rule that never returns is stopped at the file's deadline (config key
 * fileTimeLimit) in the default run — no worker needed — reported as one internal error of that rule for
 * that file; the file's other rules still report, the other files are untouched, and the run ends (exit 2).
 * Deadlines here are short (the rule loops until stopped); no assertion reads a clock.
 */

function setup(config: object, names: string[]): string {
  const dir = tmp('fzlint-watchdog-');
  for (const n of names) copySeed002(dir, n);
  copyFileSync(HOSTILE_PLUGIN, path.join(dir, 'fzlint-plugin-hostile.mjs'));
  write(dir, 'fzlint.config.json', JSON.stringify({ plugins: ['./fzlint-plugin-hostile.mjs'], ...config }));
  return dir;
}

const rulesOf = (r: JsonResult) => r.messages.map((m) => `${m.ruleId}:${m.messageId}`);

describe('watchdog (in-thread deadline)', () => {
  beforeAll(() => ensureFreshDist(), 180_000);

  it('withDeadline: returns the value, rethrows the work’s own errors, stops a loop that catches everything', () => {
    expect(withDeadline(() => 42, 1000)).toEqual({ done: true, value: 42 });
    expect(() => withDeadline(() => {
      throw new RangeError('own');
    }, 1000)).toThrow(RangeError);
    const stopped = withDeadline(() => {
      for (;;) {
        try {
          // never returns
        } catch {
          // and swallows
        }
      }
    }, 200);
    expect(stopped).toEqual({ done: false });
    // the thread goes on: later work is not affected
    expect(withDeadline(() => 'after', 1000)).toEqual({ done: true, value: 'after' });
    expect(DEFAULT_FILE_TIME_LIMIT).toBe(60_000);
  });

  it('withDeadlineGroup: one watchdog for several works; own errors kept per work; a loop stopped; the rest left to the caller', () => {
    const own = new RangeError('own');
    const loop = () => {
      for (;;) {
        try {
          // never returns
        } catch {
          // and swallows
        }
      }
    };
    expect(withDeadlineGroup([() => 1, () => {
      throw own;
    }, () => 3], 1000, 1000)).toEqual([{ done: true, value: 1 }, { done: true, error: own }, { done: true, value: 3 }]);
    // the loop is stopped; the work after it is not started (the caller starts another group for it)
    const ran: string[] = [];
    const outcomes = withDeadlineGroup([() => ran.push('a'), loop, () => ran.push('c')], 200, 200);
    expect(outcomes).toEqual([{ done: true, value: 1 }, { done: false }]);
    expect(ran).toEqual(['a']);
    // the window: once it has passed (a window of 0 has passed when the first work ends), no further work starts;
    // each started work keeps its whole deadline
    const windowed = withDeadlineGroup([() => 'first', () => 'second'], 1000, 0);
    expect(windowed).toEqual([{ done: true, value: 'first' }]);
    // the thread goes on
    expect(withDeadlineGroup([() => 'after'], 1000, 1000)).toEqual([{ done: true, value: 'after' }]);
  });

  it('CLI, default run (no --concurrency): the looping rule gets one internal error on that file; the rest as without it; exit 2', async () => {
    const names = ['a.txt', 'loop.txt', 'b.md'];
    // the baseline: the same rule on, looping nowhere
    const dir = setup({ rules: { 'hostile/loops': ['warn', { when: 'nowhere' }] } }, names);
    const baseline = JSON.parse((await run(['--format', 'json', ...names], dir)).stdout) as JsonResult[];
    write(dir, 'fzlint.config.json', JSON.stringify({ plugins: ['./fzlint-plugin-hostile.mjs'], fileTimeLimit: 1500, rules: { 'hostile/loops': ['warn', { when: 'loop.txt' }] } }));
    const { code, stdout, stderr } = await run(['--format', 'json', ...names], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('');
    const results = JSON.parse(stdout) as JsonResult[];
    expect(results.map((r) => path.basename(r.filePath))).toEqual(names);
    const [a, loop, b] = results;
    const stopped = loop.messages.filter((m) => m.ruleId === 'hostile/loops');
    expect(stopped).toEqual([
      expect.objectContaining({
        ruleId: 'hostile/loops',
        messageId: 'internal-error',
        severity: 2,
        fatal: true,
        message: '规则 hostile/loops 运行出错：超过 1500 毫秒仍未返回，已中止（可能陷入死循环；本文件的其他规则照常检查）',
      }),
    ]);
    expect(loop.fatalErrorCount).toBe(1);
    // the file's other rules: what they find when the rule returns
    const others = (r: JsonResult) => rulesOf(r).filter((x) => !x.startsWith('hostile/'));
    expect(others(loop)).toEqual(others(baseline[1]));
    expect(others(loop).some((x) => x.startsWith('require-sections:'))).toBe(true);
    // the other files: exactly as before, the looping rule's ordinary finding included
    expect(a.messages).toEqual(baseline[0].messages);
    expect(b.messages).toEqual(baseline[2].messages);
    expect(rulesOf(a)).toContain('hostile/loops:found');
  }, 60_000);

  it('English, and the Linter API: the stopped rule’s error in the run’s language; the linter goes on with the next file', async () => {
    const dir = setup({ fileTimeLimit: 800, rules: { 'hostile/loops': ['warn', { when: 'loop.txt' }] } }, ['loop.txt', 'z.txt']);
    const linter = new Linter({ cwd: dir, locale: 'en', configLookup: 'cwd' });
    const [loop, z] = await linter.lintFiles(['loop.txt', 'z.txt']);
    const stopped = loop.messages.filter((m) => m.ruleId === 'hostile/loops');
    expect(stopped.map((m) => [m.messageId, m.internal, m.message])).toEqual([
      ['internal-error', true, "Rule hostile/loops failed: did not return within 800 ms and was stopped (it may loop forever; the file's other rules were run)"],
    ]);
    expect(z.messages.filter((m) => m.ruleId === 'hostile/loops').map((m) => m.messageId)).toEqual(['found']);
    expect(z.fatalErrorCount).toBe(0);
  }, 60_000);

  it('--concurrency 1: the worker’s own deadline stops the rule first, so the file keeps its other findings', async () => {
    const names = ['a.txt', 'loop.txt'];
    const dir = setup({ fileTimeLimit: 1500, rules: { 'hostile/loops': ['warn', { when: 'loop.txt' }] } }, names);
    const inThread = JSON.parse((await run(['--format', 'json', ...names], dir)).stdout) as JsonResult[];
    const { code, stdout } = await run(['--format', 'json', '--concurrency', '1', ...names], dir);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual(inThread);
  }, 60_000);
});
