import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main, useColor } from '../src/cli/index.js';
import { cliLocale } from '../src/cli/messages.js';
import { parseRuleOption } from '../src/cli/rule-option.js';
import { parseConfigText } from '../src/config/errors.js';
import { ROOT, seedPath } from './helpers/seeds.js';

async function run(args: string[], cwd: string, extra: { env?: Record<string, string>; input?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd,
    env: extra.env,
    stdinStream: extra.input === undefined ? undefined : Readable.from([extra.input]),
  });
  return { code, stdout, stderr };
}

function tmp(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fzlint-conv-'));
  copyFileSync(seedPath('002'), path.join(dir, 'r.txt'));
  return dir;
}

describe('language of the CLI', () => {
  it('--help is Chinese by default, English with --locale en or an English LANG, yargs’ words too', async () => {
    const dir = tmp();
    const zh = await run(['--help'], dir);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('选项：');
    expect(zh.stdout).toContain('显示帮助信息');
    expect(zh.stdout).toContain('输出格式');
    expect(zh.stdout).not.toMatch(/Options:|Show help|\[boolean\]/);
    const en = await run(['--locale', 'en', '--help'], dir);
    expect(en.stdout).toContain('Options:');
    expect(en.stdout).toContain('Output format');
    expect((await run(['--help'], dir, { env: { LANG: 'en_US.UTF-8' } })).stdout).toContain('Options:');
    // LC_ALL wins over LANG
    expect((await run(['--help'], dir, { env: { LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' } })).stdout).toContain('选项：');
  });

  it('cliLocale: --locale, then LC_ALL, LC_MESSAGES, LANG; C and POSIX are not English', () => {
    expect(cliLocale(['--locale=en'], {})).toBe('en');
    expect(cliLocale(['--locale', 'zh'], { LANG: 'en_GB.UTF-8' })).toBe('zh');
    expect(cliLocale([], { LC_MESSAGES: 'en_US' })).toBe('en');
    expect(cliLocale([], { LANG: 'C.UTF-8' })).toBe('zh');
    expect(cliLocale([], { LANG: 'POSIX' })).toBe('zh');
  });

  it('a mistyped flag gets the closest name, and no camel-case alias appears', async () => {
    const dir = tmp();
    const r = await run(['--formt', 'json', 'r.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('fzlint: 无法识别的选项 --formt。你是不是要输入 --format？\n运行 "fzlint --help" 查看用法。\n');
    const w = await run(['--max-warning', '0', 'r.txt'], dir);
    expect(w.stderr).toContain('你是不是要输入 --max-warnings？');
    expect(w.stderr).not.toMatch(/maxWarning/);
    const en = await run(['--locale', 'en', '--formt=json', 'r.txt'], dir);
    expect(en.stderr).toContain('unknown option --formt. Did you mean --format?');
    // far from every name: no suggestion; --no-<option> is known
    expect((await run(['--zzzzzz', 'r.txt'], dir)).stderr).toBe('fzlint: 无法识别的选项 --zzzzzz\n运行 "fzlint --help" 查看用法。\n');
    expect((await run(['--no-color', '--format', 'json', 'r.txt'], dir)).code).toBe(1);
  });

  it('usage errors from yargs are Chinese', async () => {
    const r = await run(['--min-severity', 'loud', 'r.txt'], tmp());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无效的选项值');
  });
});

describe('terminal conventions', () => {
  it('useColor: --color/--no-color over NO_COLOR over FORCE_COLOR over the terminal', () => {
    expect(useColor(undefined, {}, false, true)).toBe(true);
    expect(useColor(undefined, { NO_COLOR: '1' }, false, true)).toBe(false);
    expect(useColor(undefined, { FORCE_COLOR: '1' }, false, false)).toBe(true);
    expect(useColor(undefined, { FORCE_COLOR: '0' }, false, true)).toBe(false);
    expect(useColor(undefined, { NO_COLOR: '1', FORCE_COLOR: '1' }, false, true)).toBe(false);
    expect(useColor(true, { NO_COLOR: '1' }, false, false)).toBe(true);
    expect(useColor(false, { FORCE_COLOR: '1' }, false, true)).toBe(false);
    expect(useColor(undefined, {}, true, true)).toBe(false);
  });

  it('FORCE_COLOR colours the stylish output; NO_COLOR leaves no escape codes', async () => {
    const dir = tmp();
    expect((await run(['r.txt'], dir, { env: { FORCE_COLOR: '1' } })).stdout).toMatch(/\u001b\[/);
    expect((await run(['r.txt'], dir, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
  });

  const built = existsSync(path.join(ROOT, 'dist/bundle/cli.js'));
  it.skipIf(!built)('a closed pipe ends the run quietly: no EPIPE stack trace, the usual exit code', () => {
    const dir = tmp();
    for (let i = 0; i < 40; i++) copyFileSync(seedPath('002'), path.join(dir, `r${i}.txt`));
    const p = spawnSync('bash', ['-c', `set -o pipefail; node ${JSON.stringify(path.join(ROOT, 'bin/fzlint.js'))} -f json . | head -c 1 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(p.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(p.stderr).toMatch(/status=1/);
  });
});

describe('--rule, --min-severity, --ignore-pattern', () => {
  it('parseRuleOption reads ESLint-like values and JSON', () => {
    expect(parseRuleOption('require-sections: off')).toEqual({ 'require-sections': 'off' });
    expect(parseRuleOption('consistent-rate: [warn, {checkQualified: false}]')).toEqual({ 'consistent-rate': ['warn', { checkQualified: false }] });
    expect(parseRuleOption('{"require-sections": ["error", {"level": "top"}]}')).toEqual({ 'require-sections': ['error', { level: 'top' }] });
    expect(parseRuleOption("a: error, b: 'info'")).toEqual({ a: 'error', b: 'info' });
    expect(() => parseRuleOption('require-sections: loud')).toThrow();
    expect(() => parseRuleOption('require-sections')).toThrow();
  });

  it('--rule turns rules off or on over the config, repeatable; unknown ids get the closest', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'fzlint.config.json'), JSON.stringify({ extends: [], rules: { 'require-sections': 'error' } }));
    const off = await run(['-f', 'json', '--rule', 'require-sections: off', 'r.txt'], dir);
    expect(off.code).toBe(0);
    expect(JSON.parse(off.stdout)[0].messages).toEqual([]);
    const two = await run(['-f', 'json', '--rule', 'require-sections: warn', '--rule', 'no-placeholder: error', 'r.txt'], dir);
    const ids = new Set((JSON.parse(two.stdout)[0].messages as { ruleId: string; severity: number }[]).map((m) => m.ruleId));
    expect(ids.has('require-sections')).toBe(true);
    const bad = await run(['--rule', 'require-section: off', 'r.txt'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('你是不是要输入“require-sections”？');
    const opts = await run(['--rule', 'require-sections: [warn, {level: deep}]', 'r.txt'], dir);
    expect(opts.code).toBe(2);
    expect(opts.stderr).toContain('规则“require-sections”的选项无效');
    const syntax = await run(['--rule', 'require-sections: loud', 'r.txt'], dir);
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toContain('级别应为 off、info、warn 或 error');
  });

  it('--rule reaches worker threads (--concurrency) and the cache key', async () => {
    const dir = tmp();
    for (let i = 0; i < 4; i++) copyFileSync(seedPath('003'), path.join(dir, `r${i}.txt`));
    const count = (out: string) => (JSON.parse(out) as { messages: { ruleId: string }[] }[]).flatMap((r) => r.messages).filter((m) => m.ruleId === 'require-sections').length;
    expect(count((await run(['-f', 'json', '--concurrency', '2', '.'], dir)).stdout)).toBeGreaterThan(0);
    expect(count((await run(['-f', 'json', '--concurrency', '2', '--rule', 'require-sections: off', '.'], dir)).stdout)).toBe(0);
    expect(count((await run(['-f', 'json', '--cache', '--rule', 'require-sections: off', '.'], dir)).stdout)).toBe(0);
    expect(count((await run(['-f', 'json', '--cache', '.'], dir)).stdout)).toBeGreaterThan(0);
  });

  it('--min-severity warn hides info findings and keeps warnings; error keeps errors only', async () => {
    const dir = tmp();
    copyFileSync(seedPath('003'), path.join(dir, 'r.txt'));
    const all = JSON.parse((await run(['-f', 'json', 'r.txt'], dir)).stdout)[0].messages as { severity: number; info?: boolean }[];
    expect(all.some((m) => m.info)).toBe(true);
    expect(all.some((m) => m.severity === 1 && !m.info)).toBe(true);
    const warn = JSON.parse((await run(['-f', 'json', '--min-severity', 'warn', 'r.txt'], dir)).stdout)[0].messages as { severity: number; info?: boolean }[];
    expect(warn.some((m) => m.info)).toBe(false);
    expect(warn.length).toBe(all.filter((m) => !m.info).length);
    const err = JSON.parse((await run(['-f', 'json', '--min-severity', 'error', 'r.txt'], dir)).stdout)[0].messages as { severity: number }[];
    expect(err.every((m) => m.severity === 2)).toBe(true);
  });

  it('--ignore-pattern leaves matching files out of a directory walk, and warns for a named one', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'drafts'));
    copyFileSync(seedPath('002'), path.join(dir, 'drafts/x.txt'));
    const r = await run(['-f', 'json', '--ignore-pattern', 'drafts/', '.'], dir);
    expect((JSON.parse(r.stdout) as { filePath: string }[]).map((x) => path.basename(x.filePath))).toEqual(['r.txt']);
    const named = await run(['-f', 'json', '--ignore-pattern', 'drafts/', 'drafts/x.txt'], dir);
    expect(JSON.parse(named.stdout)[0].messages[0].message).toContain('--ignore-pattern');
  });
});

describe('--init', () => {
  it('non-interactively with flags: a commented config that loads, with the answers given', async () => {
    const dir = tmp();
    const r = await run(['--init', '--preset', 'strict', '--report-year', '2024', '--locale', 'en'], dir);
    expect(r.code).toBe(0);
    const text = readFileSync(path.join(dir, 'fzlint.config.json'), 'utf8');
    expect(text).toMatch(/^\s*\/\/ /m);
    expect(parseConfigText(text)).toEqual({ extends: 'fzlint:strict', reportYear: 2024, locale: 'en', rules: {}, ignorePatterns: [] });
    // the config is usable as it is
    expect((await run(['--print-config', 'r.txt'], dir)).code).toBe(0);
    // never over an existing one
    const again = await run(['--init', '--yes'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('已经存在，不会覆盖');
  });

  it('--yes takes the defaults; interactive answers come from standard input', async () => {
    const d1 = tmp();
    expect((await run(['--init', '--yes'], d1)).code).toBe(0);
    expect(parseConfigText(readFileSync(path.join(d1, 'fzlint.config.json'), 'utf8'))).toEqual({ extends: 'fzlint:recommended', locale: 'zh', rules: {}, ignorePatterns: [] });
    const d2 = tmp();
    const r = await run(['--init'], d2, { input: '2\n2023\nzh\n' });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('从哪个预设开始？');
    expect(r.stderr).toContain('报告年度');
    const cfg = parseConfigText(readFileSync(path.join(d2, 'fzlint.config.json'), 'utf8'));
    expect(cfg).toMatchObject({ extends: 'fzlint:strict', reportYear: 2023, locale: 'zh' });
    const d3 = tmp();
    const bad = await run(['--init'], d3, { input: '1\n23\n' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('报告年度“23”无效');
    expect(existsSync(path.join(d3, 'fzlint.config.json'))).toBe(false);
    expect((await run(['--preset', 'strict', 'r.txt'], d3)).stderr).toContain('--preset 只能与 --init 一起使用');
  });
});

describe('errors of lower layers in the CLI’s language', () => {
  it('a missing path, an unknown format (with the closest name)', async () => {
    const dir = tmp();
    expect((await run(['nope.txt'], dir)).stderr).toBe('fzlint: 找不到文件或目录，或没有匹配的文件：nope.txt\n');
    const f = await run(['-f', 'jsn', 'r.txt'], dir);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain('未知的输出格式“jsn”');
    expect(f.stderr).toContain('你是不是要输入“json”？');
    expect((await run(['--locale', 'en', '-f', 'jsn', 'r.txt'], dir)).stderr).toContain('unknown format "jsn"; expected one of stylish');
  });
});
