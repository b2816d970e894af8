import { existsSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Linter } from '../../src/linter/linter.js';
import { CACHE_FILE, LintCache, resolveCacheLocation } from '../../src/linter/cache.js';
import { serializeResult } from '../../src/linter/serialize.js';
import { copySeed, parse, run, tmp, write } from './helpers.js';

/**
 * A plugin whose rule counts how often it runs (one call per linted file):
 * a cache hit is a file linted without any rule running.
 */
const PLUGIN = `
export default {
  name: 'count',
  rules: {
    calls: {
      meta: { id: 'calls', optIn: true, type: 'suggestion', description: { zh: '计数', en: 'count' }, severity: 'warn', schema: { type: 'object', properties: {}, additionalProperties: false }, defaultOptions: {}, messages: { seen: { zh: '已检查「{title}」', en: 'Linted “{title}”' } } },
      check(context) {
        globalThis.__fzlintCalls = (globalThis.__fzlintCalls ?? 0) + 1;
        const b = context.report.bodyBlocks[0];
        if (b) context.reportIssue({ messageId: 'seen', data: { title: b.text.slice(0, 6) }, start: b.start, end: b.start + 6 });
      },
    },
    crash: {
      meta: { id: 'crash', optIn: true, type: 'problem', description: { zh: '出错', en: 'crash' }, severity: 'error', schema: { type: 'object', properties: {}, additionalProperties: false }, defaultOptions: {}, messages: {} },
      check() {
        globalThis.__fzlintCalls = (globalThis.__fzlintCalls ?? 0) + 1;
        throw new Error('boom');
      },
    },
  },
};
`;

const calls = (): number => (globalThis as { __fzlintCalls?: number }).__fzlintCalls ?? 0;

function project(rules: Record<string, unknown> = { 'count/calls': 'warn' }): string {
  const dir = tmp('fzlint-cache-');
  write(dir, 'counter.mjs', PLUGIN);
  write(dir, 'fzlint.config.json', JSON.stringify({ plugins: ['./counter.mjs'], rules }));
  for (const n of ['000', '001', '002', '003', '004']) copySeed(n, dir, `reports/${n}.txt`);
  write(dir, 'reports/005.md', '# 某县2023年法治政府建设年度报告\n\n<!-- fzlint-disable-next-line require-sections -->\n一、主要举措和成效\n\n坚持依法行政。\n');
  return dir;
}

beforeEach(() => {
  (globalThis as { __fzlintCalls?: number }).__fzlintCalls = 0;
});

describe('--cache', () => {
  it('a second run over unchanged files runs no rule and prints the same output', async () => {
    const dir = project();
    const first = await run(['--format', 'json', '--cache', 'reports'], dir);
    expect(calls()).toBe(6);
    expect(existsSync(path.join(dir, CACHE_FILE))).toBe(true);
    const second = await run(['--format', 'json', '--cache', 'reports'], dir);
    expect(calls()).toBe(6);
    expect(second).toEqual(first);
    expect(parse(first.stdout).map((r) => r.messages.filter((m) => m.ruleId === 'count/calls').length)).toEqual([1, 1, 1, 1, 1, 1]);
    // stylish too (its own rendering of the revived messages)
    const a = await run(['--no-color', '--cache', 'reports'], dir);
    const b = await run(['--no-color', 'reports'], dir);
    expect(a).toEqual(b);
  });

  it('re-lints only the file whose content changed', async () => {
    const dir = project();
    await run(['--format', 'json', '--cache', 'reports'], dir);
    appendFileSync(path.join(dir, 'reports/002.txt'), '\n四、党政主要负责人履行推进法治建设第一责任人职责情况\n县委书记、县长带头述法。\n');
    const before = calls();
    const r = await run(['--format', 'json', '--cache', 'reports'], dir);
    expect(calls() - before).toBe(1);
    const changed = parse(r.stdout).find((x) => x.filePath.endsWith('002.txt'))!;
    expect(changed.messages.filter((m) => m.ruleId === 'require-sections').map((m) => m.data?.part)).toEqual([5]);
  });

  it('misses every entry when the configuration changes: severity, options, locale, directive flags', async () => {
    const dir = project();
    await run(['--format', 'json', '--cache', 'reports'], dir);
    let before = calls();
    write(dir, 'fzlint.config.json', JSON.stringify({ plugins: ['./counter.mjs'], rules: { 'count/calls': 'error' } }));
    const sev = await run(['--format', 'json', '--cache', 'reports'], dir);
    expect(calls() - before).toBe(6);
    expect(parse(sev.stdout)[0].messages.find((m) => m.ruleId === 'count/calls')!.severity).toBe(2);

    before = calls();
    write(dir, 'fzlint.config.json', JSON.stringify({ plugins: ['./counter.mjs'], rules: { 'count/calls': 'error', 'require-sections': ['error', { level: 'top' }] } }));
    await run(['--format', 'json', '--cache', 'reports'], dir);
    expect(calls() - before).toBe(6);
    before = calls();
    await run(['--format', 'json', '--cache', 'reports'], dir);
    expect(calls() - before).toBe(0);

    const en = await run(['--format', 'json', '--cache', '--locale', 'en', 'reports'], dir);
    expect(calls() - before).toBe(6);
    expect(parse(en.stdout)[0].messages.find((m) => m.ruleId === 'count/calls')!.message).toMatch(/^Linted “/);

    before = calls();
    const noInline = await run(['--format', 'json', '--cache', '--locale', 'en', '--no-inline-config', 'reports'], dir);
    expect(calls() - before).toBe(6);
    const md = parse(noInline.stdout).find((x) => x.filePath.endsWith('005.md'))!;
    expect(md.messages.some((m) => m.ruleId === 'require-sections')).toBe(true);
  });

  it('with a cross-document rule (fzlint:strict) a change to any file re-lints the run; unchanged, nothing runs', async () => {
    const dir = project();
    write(dir, 'fzlint.config.json', JSON.stringify({ extends: 'fzlint:strict', plugins: ['./counter.mjs'], rules: { 'count/calls': 'warn' } }));
    const first = await run(['--format', 'json', '--cache', 'reports'], dir);
    expect(calls()).toBe(6);
    const second = await run(['--format', 'json', '--cache', 'reports'], dir);
    expect(calls()).toBe(6);
    expect(second).toEqual(first);
    appendFileSync(path.join(dir, 'reports/004.txt'), '\n一是持续推进法治政府建设。\n');
    const third = await run(['--format', 'json', '--cache', 'reports'], dir);
    expect(calls()).toBe(12);
    const fresh = await run(['--format', 'json', 'reports'], dir);
    expect(third).toEqual(fresh);
  });

  it('does not keep results with a rule crash', async () => {
    const dir = project({ 'count/crash': 'error' });
    const a = await run(['--format', 'json', '--cache', 'reports/000.txt'], dir);
    expect(a.code).toBe(2);
    const b = await run(['--format', 'json', '--cache', 'reports/000.txt'], dir);
    expect(b.code).toBe(2);
    expect(calls()).toBe(2);
  });

  it('--cache-location takes a file or a directory', async () => {
    const dir = project();
    await run(['--format', 'json', '--cache', '--cache-location', 'tmp/cache/', 'reports/000.txt'], dir);
    expect(existsSync(path.join(dir, 'tmp/cache', CACHE_FILE))).toBe(true);
    await run(['--format', 'json', '--cache', '--cache-location', 'tmp/my.cache', 'reports/000.txt'], dir);
    expect(existsSync(path.join(dir, 'tmp/my.cache'))).toBe(true);
    expect(resolveCacheLocation(dir, 'tmp/cache')).toBe(path.join(dir, 'tmp/cache', CACHE_FILE)); // an existing directory
    expect(existsSync(path.join(dir, CACHE_FILE))).toBe(false);
  });

  it('writes nothing without --cache', async () => {
    const dir = project();
    await run(['--format', 'json', 'reports'], dir);
    expect(existsSync(path.join(dir, CACHE_FILE))).toBe(false);
  });

  it('a corrupt cache file is rebuilt, and entries of deleted files are dropped', async () => {
    const dir = project();
    writeFileSync(path.join(dir, CACHE_FILE), '{"format": 1, "entr');
    const r = await run(['--format', 'json', '--cache', 'reports'], dir);
    expect(r.stderr).toBe('');
    expect(calls()).toBe(6);
    const keys = () => Object.keys((JSON.parse(readFileSync(path.join(dir, CACHE_FILE), 'utf8')) as { entries: object }).entries).sort();
    expect(keys()).toEqual(['reports/000.txt', 'reports/001.txt', 'reports/002.txt', 'reports/003.txt', 'reports/004.txt', 'reports/005.md']);
    rmSync(path.join(dir, 'reports/001.txt'));
    await run(['--format', 'json', '--cache', 'reports/000.txt'], dir);
    expect(keys()).toEqual(['reports/000.txt', 'reports/002.txt', 'reports/003.txt', 'reports/004.txt', 'reports/005.md']);
  });

  it('another fzlint version starts from an empty cache', async () => {
    const dir = project();
    const file = path.join(dir, 'c.json');
    const a = new LintCache(file, '0.1.0');
    const linter = new Linter({ cwd: dir });
    const [r] = await linter.lintFiles(['reports/000.txt']);
    a.set(r.filePath, 'h', 'k', serializeResult(r));
    a.save();
    expect(new LintCache(file, '0.1.0').get(r.filePath, 'h', 'k')).toBeDefined();
    expect(new LintCache(file, '0.2.0').get(r.filePath, 'h', 'k')).toBeUndefined();
    expect(new LintCache(file, '0.1.0').get(r.filePath, 'other-hash', 'k')).toBeUndefined();
  });

  it('a cached result still offers its source text and report model, built on first use', async () => {
    const dir = project();
    const fresh = await new Linter({ cwd: dir }).lintFiles(['reports']);
    await new Linter({ cwd: dir, cache: true }).lintFiles(['reports']);
    const before = calls();
    const cached = await new Linter({ cwd: dir, cache: true }).lintFiles(['reports']);
    expect(calls()).toBe(before);
    for (const [i, r] of cached.entries()) {
      expect(r.source).toBe(fresh[i].source);
      expect(r.report!.parts.matches.map((m) => [m.part, m.text])).toEqual(fresh[i].report!.parts.matches.map((m) => [m.part, m.text]));
      expect(r.report!.format).toBe(fresh[i].report!.format);
    }
  });
});
