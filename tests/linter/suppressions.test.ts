import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySuppressions, countFindings, pruneSuppressions, SUPPRESSIONS_FILE } from '../../src/linter/suppressions.js';
import { Linter } from '../../src/linter/linter.js';
import { copySeed, parse, run, tmp, write } from './helpers.js';

/** Old reports adopting fzlint: seeds 002 (水磨沟区) and 003 (云雾乡) both lack part 3 (and part 5), one rule on. */
function repo(): string {
  const dir = tmp('fzlint-suppress-');
  write(dir, 'fzlint.config.json', JSON.stringify({ extends: [], rules: { 'require-sections': 'error' } }));
  copySeed('002', dir, 'reports/2024-水磨沟区.txt');
  copySeed('003', dir, 'reports/2023-云雾乡.txt');
  return dir;
}

const readJson = (f: string): unknown => JSON.parse(readFileSync(f, 'utf8'));
const edit = (f: string, change: (t: string) => string): void => writeFileSync(f, change(readFileSync(f, 'utf8')));

describe('--suppress-all and the baseline', () => {
  it('records counts per file and rule, then reports nothing of them', async () => {
    const dir = repo();
    const before = await run(['--format', 'json', 'reports'], dir);
    expect(before.code).toBe(1);
    const all = await run(['--format', 'json', '--suppress-all', 'reports'], dir);
    expect(all.code).toBe(0);
    expect(all.stderr).toBe('fzlint: fzlint-suppressions.json：已将 2 个文件中的 4 个现有问题记入基线\n');
    expect(readJson(path.join(dir, SUPPRESSIONS_FILE))).toEqual({
      'reports/2023-云雾乡.txt': { 'require-sections': { count: 2 } },
      'reports/2024-水磨沟区.txt': { 'require-sections': { count: 2 } },
    });
    expect(parse(all.stdout).map((r) => r.messages)).toEqual([[], []]);
    const later = await run(['--format', 'json', 'reports'], dir);
    expect(later).toEqual({ code: 0, stdout: all.stdout, stderr: '' });
  });

  it('a file with more findings of a rule than its baseline shows all of them', async () => {
    const dir = repo();
    await run(['--suppress-all', 'reports'], dir);
    // drop the plan heading of 水磨沟区: part 4 goes missing too
    const f = path.join(dir, 'reports/2024-水磨沟区.txt');
    edit(f, (t) => t.replace('三、2025年工作安排\n', ''));
    const r = await run(['--format', 'json', 'reports'], dir);
    expect(r.code).toBe(1);
    const [yunwu, shuimogou] = parse(r.stdout);
    expect(yunwu.messages).toEqual([]);
    expect(shuimogou.messages.map((m) => [m.ruleId, m.data?.part])).toEqual([
      ['require-sections', 3],
      ['require-sections', 4],
      ['require-sections', 5],
    ]);
  });

  it('says when findings of the baseline are gone, and --prune-suppressions lowers the counts', async () => {
    const dir = repo();
    await run(['--suppress-all', 'reports'], dir);
    // 云雾乡 gains its 第一责任人 part
    edit(path.join(dir, 'reports/2023-云雾乡.txt'), (t) => t + '\n四、党政主要负责人履行推进法治建设第一责任人职责情况\n乡党委书记认真履行第一责任人职责。\n');
    const r = await run(['--format', 'json', 'reports'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'fzlint: fzlint-suppressions.json：基线中有 1 个问题已不再出现（reports/2023-云雾乡.txt require-sections）；请用 --prune-suppressions 更新基线\n',
    );
    const pruned = await run(['--format', 'json', '--prune-suppressions', 'reports'], dir);
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toBe('');
    expect(readJson(path.join(dir, SUPPRESSIONS_FILE))).toEqual({
      'reports/2023-云雾乡.txt': { 'require-sections': { count: 1 } },
      'reports/2024-水磨沟区.txt': { 'require-sections': { count: 2 } },
    });
  });

  it('--suppress-all on some files keeps the entries of the others', async () => {
    const dir = repo();
    await run(['--suppress-all', 'reports'], dir);
    edit(path.join(dir, 'reports/2023-云雾乡.txt'), (t) => t + '\n四、党政主要负责人履行推进法治建设第一责任人职责情况\n乡党委书记认真履行第一责任人职责。\n');
    await run(['--suppress-all', 'reports/2023-云雾乡.txt'], dir);
    expect(readJson(path.join(dir, SUPPRESSIONS_FILE))).toEqual({
      'reports/2023-云雾乡.txt': { 'require-sections': { count: 1 } },
      'reports/2024-水磨沟区.txt': { 'require-sections': { count: 2 } },
    });
  });

  it('--suppressions-location names another file', async () => {
    const dir = repo();
    const r = await run(['--suppress-all', '--suppressions-location', 'ci/baseline.json', 'reports'], dir);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, 'ci/baseline.json'))).toBe(true);
    expect(existsSync(path.join(dir, SUPPRESSIONS_FILE))).toBe(false);
    expect((await run(['reports'], dir)).code).toBe(1);
    expect((await run(['--suppressions-location', 'ci/baseline.json', 'reports'], dir)).code).toBe(0);
  });

  it('usage errors: both flags at once, pruning without a file, a malformed file (exit 2)', async () => {
    const dir = repo();
    const both = await run(['--suppress-all', '--prune-suppressions', 'reports'], dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('选项 suppress-all 与 prune-suppressions 不能同时使用');
    const none = await run(['--prune-suppressions', 'reports'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('fzlint: fzlint-suppressions.json：没有可更新的基线文件；请先用 --suppress-all 创建\n');
    write(dir, SUPPRESSIONS_FILE, JSON.stringify({ 'reports/2023-云雾乡.txt': { 'require-sections': { count: 'two' } } }));
    const bad = await run(['reports'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"reports/2023-云雾乡.txt" → "require-sections" has no whole "count"');
  });
});

describe('suppression functions', () => {
  it('count findings per file and rule, leaving out ignored-file notes', async () => {
    const dir = repo();
    write(dir, '.fzlintignore', 'reports/2023-*.txt\n');
    const results = await new Linter({ cwd: dir }).lintFiles(['reports/2023-云雾乡.txt', 'reports/2024-水磨沟区.txt']);
    expect(results[0].messages.map((m) => m.ruleId)).toEqual(['ignored-file']);
    expect(countFindings(results, dir)).toEqual({ 'reports/2024-水磨沟区.txt': { 'require-sections': { count: 2 } } });
    const { results: kept, unused } = applySuppressions(results, { 'reports/2023-云雾乡.txt': { 'ignored-file': { count: 1 } } }, dir);
    expect(kept[0].messages.map((m) => m.ruleId)).toEqual(['ignored-file']);
    expect(unused).toEqual([{ file: 'reports/2023-云雾乡.txt', ruleId: 'ignored-file', count: 1, found: 0 }]);
  });

  it('pruning never raises a count and drops what reached zero', async () => {
    const dir = repo();
    const results = await new Linter({ cwd: dir }).lintFiles(['reports']);
    const pruned = pruneSuppressions(
      {
        'reports/2024-水磨沟区.txt': { 'require-sections': { count: 1 }, 'no-placeholder': { count: 3 } },
        'reports/gone.txt': { 'require-sections': { count: 4 } },
      },
      results,
      dir,
    );
    expect(pruned).toEqual({ 'reports/2024-水磨沟区.txt': { 'require-sections': { count: 1 } }, 'reports/gone.txt': { 'require-sections': { count: 4 } } });
  });
});
