import { describe, expect, it } from 'vitest';
import { copySeed, parse, rel, run, tmp, write } from './helpers.js';
import { LINTABLE_EXTENSIONS } from '../../src/parse/index.js';

/** The hint after a count of files not checked: the extensions a walk checks. */
const CHECKED = LINTABLE_EXTENSIONS.join(' ');

/** A repository of reports: two published ones, a drafts folder and a scratch copy. */
function repo(): string {
  const dir = tmp('fzlint-ignore-');
  copySeed('000', dir, 'reports/2023-叶城县.txt');
  copySeed('002', dir, 'reports/2024-水磨沟区.txt');
  copySeed('003', dir, 'reports/drafts/2023-云雾乡.txt');
  copySeed('004', dir, 'reports/2024-康乐县.bak.txt');
  return dir;
}

describe('.fzlintignore', () => {
  it('skips ignored directories and files when walking, silently', async () => {
    const dir = repo();
    write(dir, '.fzlintignore', '# 草稿不检查\nreports/drafts/\n*.bak.txt\n');
    const { code, stdout, stderr } = await run(['--format', 'json', 'reports'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(1); // 水磨沟区 lacks the 第一责任人 part
    expect(parse(stdout).map((r) => rel(dir, r.filePath))).toEqual(['reports/2023-叶城县.txt', 'reports/2024-水磨沟区.txt']);
  });

  it('skips ignored files found by a glob, silently', async () => {
    const dir = repo();
    write(dir, '.fzlintignore', 'drafts\n');
    const { stdout } = await run(['--format', 'json', 'reports/**/*.txt'], dir);
    expect(parse(stdout).map((r) => rel(dir, r.filePath))).toEqual(['reports/2023-叶城县.txt', 'reports/2024-康乐县.bak.txt', 'reports/2024-水磨沟区.txt']);
  });

  it('warns about an ignored file named on the command line, naming the pattern, and does not lint it', async () => {
    const dir = repo();
    write(dir, '.fzlintignore', 'reports/drafts/\n');
    const { code, stdout } = await run(['--format', 'json', 'reports/drafts/2023-云雾乡.txt', 'reports/2023-叶城县.txt'], dir);
    const results = parse(stdout);
    expect(results.map((r) => rel(dir, r.filePath))).toEqual(['reports/drafts/2023-云雾乡.txt', 'reports/2023-叶城县.txt']);
    expect(results[0].messages).toEqual([
      {
        ruleId: 'ignored-file',
        severity: 1,
        message: '文件被忽略：匹配 .fzlintignore 中的「reports/drafts/」，未检查。使用 --no-ignore 检查它，或用 --no-warn-ignored 不再提示',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        messageId: 'ignored',
        data: { source: '.fzlintignore', pattern: 'reports/drafts/' },
      },
    ]);
    expect(results[0].warningCount).toBe(1);
    expect(results[0].errorCount).toBe(0);
    expect(results[1].messages.some((m) => m.ruleId === 'ignored-file')).toBe(false);
    expect(code).toBe(results[1].errorCount ? 1 : 0);
    // alone, the ignored file is a warning: exit 0, unless warnings are capped
    expect((await run(['--format', 'json', 'reports/drafts/2023-云雾乡.txt'], dir)).code).toBe(0);
    expect((await run(['--format', 'json', '--max-warnings', '0', 'reports/drafts/2023-云雾乡.txt'], dir)).code).toBe(1);
  });

  it('--no-warn-ignored drops the named ignored file silently; --no-ignore lints it', async () => {
    const dir = repo();
    write(dir, '.fzlintignore', 'reports/drafts/\n');
    const quiet = await run(['--format', 'json', '--no-warn-ignored', 'reports/drafts/2023-云雾乡.txt'], dir);
    expect(parse(quiet.stdout)).toEqual([]);
    expect(quiet.code).toBe(0);
    const all = await run(['--format', 'json', '--no-ignore', 'reports'], dir);
    const results = parse(all.stdout);
    expect(results).toHaveLength(4);
    const draft = results.find((r) => r.filePath.endsWith('2023-云雾乡.txt'))!;
    expect(draft.messages.filter((m) => m.ruleId === 'require-sections').map((m) => m.data?.part)).toEqual([3, 5]);
  });

  it('a directory it ignores may hold a broken config: it is never read', async () => {
    const dir = repo();
    write(dir, 'reports/drafts/fzlint.config.json', '{ "rules": { "require-sections": ');
    write(dir, '.fzlintignore', 'reports/drafts/\n');
    const r = await run(['--format', 'json', '--config-lookup', 'files', 'reports', 'reports/drafts/2023-云雾乡.txt'], dir);
    expect(r.stderr).toBe('');
    expect(parse(r.stdout).map((x) => [rel(dir, x.filePath), x.messages.filter((m) => m.ruleId === 'ignored-file').length])).toEqual([
      ['reports/2023-叶城县.txt', 0],
      ['reports/2024-康乐县.bak.txt', 0],
      ['reports/2024-水磨沟区.txt', 0],
      ['reports/drafts/2023-云雾乡.txt', 1],
    ]);
    write(dir, '.fzlintignore', '');
    expect((await run(['--config-lookup', 'files', 'reports'], dir)).code).toBe(2);
  });

  it('a negated pattern re-includes a file', async () => {
    const dir = repo();
    write(dir, '.fzlintignore', '*.txt\n!2024-*.txt\n');
    const { stdout } = await run(['--format', 'json', 'reports'], dir);
    expect(parse(stdout).map((r) => rel(dir, r.filePath))).toEqual(['reports/2024-康乐县.bak.txt', 'reports/2024-水磨沟区.txt']);
  });
});

describe('ignorePatterns in config', () => {
  it('patterns are relative to the config file’s directory', async () => {
    const dir = repo();
    write(dir, 'reports/fzlint.config.json', JSON.stringify({ ignorePatterns: ['drafts/', '*.bak.txt'] }));
    const { stdout, stderr } = await run(['--format', 'json', '--config-lookup', 'files', '.'], dir);
    // the walk names what it did not check: the config itself
    expect(stderr).toBe(`fzlint: 另有 1 个文件未检查：.json 1（fzlint 检查 ${CHECKED}）\n`);
    expect(parse(stdout).map((r) => rel(dir, r.filePath))).toEqual(['reports/2023-叶城县.txt', 'reports/2024-水磨沟区.txt']);
  });

  it('a named file ignored by config says which config', async () => {
    const dir = repo();
    write(dir, 'reports/fzlint.config.json', JSON.stringify({ ignorePatterns: ['drafts/'] }));
    const { stdout } = await run(['--format', 'json', '--config-lookup', 'files', '--locale', 'en', 'reports/drafts/2023-云雾乡.txt'], dir);
    const [r] = parse(stdout);
    expect(r.messages.map((m) => [m.ruleId, m.data])).toEqual([['ignored-file', { source: 'reports/fzlint.config.json ignorePatterns', pattern: 'drafts/' }]]);
    expect(r.messages[0].message).toBe(
      'File ignored: it matches “drafts/” in reports/fzlint.config.json ignorePatterns, so it was not linted. Use --no-ignore to lint it, or --no-warn-ignored to silence this warning',
    );
  });

  it('a config of another directory does not ignore files outside it', async () => {
    const dir = repo();
    write(dir, 'reports/drafts/fzlint.config.json', JSON.stringify({ ignorePatterns: ['*.txt'] }));
    const { stdout } = await run(['--format', 'json', '--config-lookup', 'files', 'reports'], dir);
    expect(parse(stdout).map((r) => rel(dir, r.filePath))).toEqual(['reports/2023-叶城县.txt', 'reports/2024-康乐县.bak.txt', 'reports/2024-水磨沟区.txt']);
  });

  it('is validated: a string instead of a list is a config error', async () => {
    const dir = repo();
    write(dir, 'fzlint.config.json', JSON.stringify({ ignorePatterns: 'drafts/' }));
    const { code, stderr } = await run(['reports'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('ignorePatterns：应为数组');
  });
});
