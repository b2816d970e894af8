import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConcurrency, workerCount, lintInWorkers } from '../../src/linter/workers.js';
import { Linter } from '../../src/linter/linter.js';
import { reviveResult } from '../../src/linter/serialize.js';
import { generateCorpus } from '../helpers/corpus.js';
import { ensureFreshDist } from '../helpers/dist.js';
import { parse, run, tmp, write } from './helpers.js';
import { readFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { builtinFormatterNames, loadFormatter } from '../../src/format/index.js';

// Workers run the built code: build dist/ first when a source is newer (see tests/helpers/dist.ts)
beforeAll(() => ensureFreshDist(), 180_000);

describe('--concurrency values', () => {
  it('parses auto, off and positive integers; refuses the rest', () => {
    expect(parseConcurrency(undefined)).toBeUndefined();
    expect(parseConcurrency('auto')).toBe('auto');
    expect(parseConcurrency('off')).toBe('off');
    expect(parseConcurrency('4')).toBe(4);
    for (const bad of ['0', '-1', '1.5', 'two', '']) expect(() => parseConcurrency(bad)).toThrow(/--concurrency/);
  });

  it('auto uses no threads for a few files, and at most one per 16 files', () => {
    expect(workerCount('off', 500)).toBe(1);
    expect(workerCount(undefined, 500)).toBe(1);
    expect(workerCount('auto', 20)).toBe(1);
    expect(workerCount('auto', 40)).toBeLessThanOrEqual(2);
    expect(workerCount(3, 2)).toBe(2);
    expect(workerCount(3, 200)).toBe(3);
  });

  it('a bad value is a usage error (exit 2)', async () => {
    const r = await run(['--concurrency', 'many', '.'], tmp());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--concurrency: expected "auto", "off" or a positive integer, got "many"');
  });
});

/** A plugin whose rule reports the id of the thread it ran in (the evidence of where a file was linted). */
function writeWherePlugin(dir: string): void {
  write(
    dir,
    'where.mjs',
    `import { threadId } from 'node:worker_threads';
export default { name: 'where', rules: { thread: { meta: { id: 'thread', optIn: true, type: 'suggestion', description: { zh: '线程', en: 'thread' }, severity: 'info', schema: { type: 'object', properties: {}, additionalProperties: false }, defaultOptions: {}, messages: { at: { zh: '{main}', en: '{main}' } } },
  check(context) { context.reportIssue({ messageId: 'at', data: { main: String(threadId) }, start: 0, end: 0 }); } } } };`,
  );
}

describe('worker threads', () => {
  it('lint in other threads (evidence: the thread a rule ran in)', async () => {
    const dir = tmp('fzlint-workers-');
    writeWherePlugin(dir);
    write(dir, 'fzlint.config.json', JSON.stringify({ extends: [], plugins: ['./where.mjs'], rules: { 'where/thread': 'info' } }));
    const files = generateCorpus(path.join(dir, 'reports'), 6);
    const where = async (c: string) => parse((await run(['--format', 'json', '--concurrency', c, 'reports'], dir)).stdout).map((r) => r.messages.find((m) => m.ruleId === 'where/thread')!.message);
    // (vitest itself runs this file in a worker thread: compare with its thread id, not isMainThread)
    const here = String(threadId);
    const parallel = await where('2');
    expect(parallel).toHaveLength(files.length);
    expect(parallel.filter((t) => t === here)).toEqual([]);
    expect(new Set(parallel).size).toBe(2);
    expect(await where('off')).toEqual(files.map(() => here));
  }, 60_000);

  it('auto: this thread is one of the lanes (files from the same queue as the worker), output as off', async () => {
    const dir = tmp('fzlint-workers-');
    writeWherePlugin(dir);
    write(dir, 'fzlint.config.json', JSON.stringify({ plugins: ['./where.mjs'], rules: { 'where/thread': 'info' } }));
    // 40 files: two lanes whatever the cores (one per 16 files), i.e. this thread and one worker
    const files = generateCorpus(path.join(dir, 'reports'), 40);
    const lint = async (c: string) => (await run(['--format', 'json', '--concurrency', c, 'reports'], dir)).stdout;
    const auto = await lint('auto');
    const threads = parse(auto).map((r) => r.messages.find((m) => m.ruleId === 'where/thread')!.message);
    expect(threads).toHaveLength(files.length);
    const here = String(threadId);
    expect(threads).toContain(here);
    expect(new Set(threads).size).toBe(2);
    // the same findings in the same order as one thread gives, but for the thread ids
    const off = await lint('off');
    const strip = (s: string) => parse(s).map((r) => ({ ...r, messages: r.messages.filter((m) => m.ruleId !== 'where/thread') }));
    expect(strip(auto)).toEqual(strip(off));
  }, 60_000);

  it('lintInWorkers answers by index with what the Linter gives in this thread', async () => {
    const dir = tmp('fzlint-workers-');
    const files = generateCorpus(dir, 8);
    const tasks = files.map((f, index) => ({ index, filePath: f, bytes: readFileSync(f) }));
    const answers = await lintInWorkers(tasks, { cwd: dir }, 3);
    const here = await new Linter({ cwd: dir }).lintFiles(files);
    expect([...answers.keys()].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (const [i, r] of here.entries()) {
      const there = reviveResult(answers.get(i)!);
      expect(there.messages.map((m) => [m.ruleId, m.messageId, m.start, m.end, m.reason])).toEqual(r.messages.map((m) => [m.ruleId, m.messageId, m.start, m.end, m.reason]));
      expect(JSON.stringify(there.messages)).toBe(JSON.stringify(r.messages));
    }
  }, 60_000);
});

describe('output equality over 200 generated reports', () => {
  let dir: string;
  beforeAll(() => {
    dir = tmp('fzlint-200-');
    generateCorpus(path.join(dir, 'reports'), 200);
  });

  it('fzlint:strict (with the cross-document rule), through the CLI: json is byte-identical, file order kept', async () => {
    write(dir, 'fzlint.config.json', JSON.stringify({ extends: 'fzlint:strict' }));
    const one = await run(['--format', 'json', 'reports'], dir);
    const three = await run(['--format', 'json', '--concurrency', '3', 'reports'], dir);
    expect(three.stderr).toBe(one.stderr);
    expect(three.code).toBe(one.code);
    expect(three.stdout).toBe(one.stdout);
    const results = parse(one.stdout);
    expect(results).toHaveLength(200);
    const names = results.map((r) => path.relative(dir, r.filePath));
    expect(names).toEqual([...names].sort());
    // the run is worth comparing: findings of many rules, the cross-document rule and directives among them
    const ids = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    expect(ids.has('require-sections')).toBe(true);
    expect(ids.has('require-plan-followup')).toBe(true);
    expect(ids.has('directives')).toBe(true);
    expect(ids.size).toBeGreaterThanOrEqual(8);
  }, 240_000);

  it('recommended rules, --report-unused-directives, English: stylish and json byte-identical, counts equal', async () => {
    write(dir, 'fzlint.config.json', JSON.stringify({}));
    const options = { cwd: dir, reportUnusedDirectives: 'warn' as const, locale: 'en' as const };
    const one = await new Linter(options).lintFiles(['reports']);
    const two = await new Linter({ ...options, concurrency: 2 }).lintFiles(['reports']);
    const ctx = { cwd: dir, locale: 'en' as const, color: false, rulesMeta: {} };
    // the checklist reads each result's report model: from workers it is rebuilt on first use
    for (const name of ['stylish', 'json', ...builtinFormatterNames().filter((n) => n === 'checklist')]) {
      const format = await loadFormatter(name, dir);
      expect(format(two, ctx)).toBe(format(one, ctx));
    }
    expect(two.map((r) => [r.errorCount, r.warningCount, r.infoCount, r.fatalErrorCount])).toEqual(one.map((r) => [r.errorCount, r.warningCount, r.infoCount, r.fatalErrorCount]));
    expect(one.some((r) => r.messages.some((m) => m.ruleId === 'directives' && m.messageId === 'unusedRule'))).toBe(true);
  }, 240_000);
});
