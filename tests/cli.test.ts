import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/index.js';
import { ROOT, SEEDS_DIR, seedPath } from './helpers/seeds.js';

async function run(args: string[], cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd });
  return { code, stdout, stderr };
}

function tmp(): string {
  return mkdtempSync(path.join(tmpdir(), 'fzlint-cli-'));
}

const SEEDS = ['000', '001', '002', '003', '004'].map(seedPath);

describe('CLI', () => {
  it('json on the seeds: five results, require-sections as the seed truth, exit 1', async () => {
    const { code, stdout, stderr } = await run(['--format', 'json', ...SEEDS]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; data: { part: number }; severity: number; info?: boolean; line: number; column: number }[] }[];
    expect(results).toHaveLength(5);
    const parts = results.map((r) => r.messages.filter((m) => m.ruleId === 'require-sections').map((m) => m.data.part));
    expect(parts).toEqual([[], [5], [3, 5], [3, 5], [5]]);
    const info = results[1].messages.find((m) => m.ruleId === 'require-sections')!;
    expect(info).toMatchObject({ severity: 1, info: true, line: 1, column: 1 });
    for (const r of results) {
      expect(path.isAbsolute(r.filePath)).toBe(true);
      const lines = r.messages.map((m) => m.line * 1e6 + m.column);
      expect(lines).toEqual([...lines].sort((a, b) => a - b));
    }
  });

  it('stylish groups by file with line:column, severity, message and rule id, and a summary', async () => {
    const { code, stdout } = await run(['--no-color', seedPath('002')]);
    expect(code).toBe(1);
    // columns are padded to the widest line:column of the file
    expect(stdout).toMatch(/1:1 +错误  缺少第三部分/);
    expect(stdout).toMatch(/require-sections\n/);
    expect(stdout).toMatch(/✖ 共 \d+ 个问题（\d+ 个错误，\d+ 个警告，\d+ 条提示）/);
  });

  it('--locale en renders English messages', async () => {
    const { stdout } = await run(['--no-color', '--locale', 'en', seedPath('002')]);
    expect(stdout).toContain('Missing part 3');
    expect(stdout).toMatch(/✖ \d+ problems?/);
  });

  it('--quiet drops warnings and info; a clean file exits 0', async () => {
    const dir = tmp();
    const f = path.join(dir, 'r.txt');
    copyFileSync(seedPath('001'), f);
    writeFileSync(path.join(dir, 'fzlint.config.json'), JSON.stringify({ extends: [], rules: { 'require-sections': 'error' } }));
    const { code, stdout } = await run(['--quiet', '--format', 'json', f], dir);
    const [r] = JSON.parse(stdout);
    expect(r.messages).toEqual([]);
    expect(code).toBe(0);
  });

  it('--max-warnings turns too many warnings into exit 1', async () => {
    const dir = tmp();
    copyFileSync(seedPath('002'), path.join(dir, 'r.txt'));
    writeFileSync(path.join(dir, '.fzlintrc.json'), JSON.stringify({ extends: [], rules: { 'require-sections': 'warn' } }));
    expect((await run(['r.txt'], dir)).code).toBe(0);
    expect((await run(['--max-warnings', '0', 'r.txt'], dir)).code).toBe(1);
    expect((await run(['--max-warnings', '5', 'r.txt'], dir)).code).toBe(0);
  });

  it('a missing path is exit 2 with a clear message and no stack trace', async () => {
    const { code, stderr, stdout } = await run(['no/such/report.txt']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no/such/report.txt');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('an unknown flag and no paths are usage errors (exit 2)', async () => {
    expect((await run(['--frobnicate', 'x.txt'])).code).toBe(2);
    expect((await run([])).code).toBe(2);
    expect((await run(['--format', 'nope', seedPath('000')])).code).toBe(2);
  });

  it('--help and --version exit 0', async () => {
    const h = await run(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('--format');
    const v = await run(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('directories are walked for .txt/.md and globs are expanded', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    copyFileSync(seedPath('001'), path.join(dir, 'a', 'one.txt'));
    copyFileSync(seedPath('004'), path.join(dir, 'a', 'b', 'two.md'));
    writeFileSync(path.join(dir, 'a', 'skip.png'), 'x');
    const walked = JSON.parse((await run(['--format', 'json', 'a'], dir)).stdout) as { filePath: string }[];
    expect(walked.map((r) => path.relative(dir, r.filePath))).toEqual([path.join('a', 'b', 'two.md'), path.join('a', 'one.txt')]);
    const globbed = JSON.parse((await run(['--format', 'json', 'a/**/*.txt'], dir)).stdout) as { filePath: string }[];
    expect(globbed.map((r) => path.basename(r.filePath))).toEqual(['one.txt']);
  });

  it('UTF-8 with a BOM reads like without', async () => {
    const dir = tmp();
    const text = '\uFEFF' + '叶城县2023年度法治政府建设工作报告\n一、主要举措和成效\n全年审核规范性文件12件。\n';
    writeFileSync(path.join(dir, 'bom.txt'), text);
    const [r] = JSON.parse((await run(['--format', 'json', 'bom.txt'], dir)).stdout);
    const first = r.messages[0];
    expect(first.line).toBe(1);
    expect(first.column).toBe(1);
  });
});

describe('configuration', () => {
  it('an unknown rule id exits 2 naming the file, the place and the closest id', async () => {
    const dir = tmp();
    copyFileSync(seedPath('000'), path.join(dir, 'r.txt'));
    writeFileSync(path.join(dir, 'fzlint.config.json'), JSON.stringify({ rules: { 'require-section': 'error' } }));
    const { code, stderr } = await run(['r.txt'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain(path.join(dir, 'fzlint.config.json'));
    expect(stderr).toContain('rules.require-section');
    expect(stderr).toContain('你是不是要输入“require-sections”？');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('malformed JSON names line and column', async () => {
    const dir = tmp();
    copyFileSync(seedPath('000'), path.join(dir, 'r.txt'));
    writeFileSync(path.join(dir, '.fzlintrc.json'), '{\n  "rules": {\n    "require-sections": "error"\n    "no-placeholder": "off"\n  }\n}');
    const { code, stderr } = await run(['r.txt'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/JSON 格式错误（第 4 行第 5 列）：缺少逗号/);
  });

  it('wrong types, unknown keys and bad levels name the JSON path (--locale en: in English)', async () => {
    const dir = tmp();
    copyFileSync(seedPath('000'), path.join(dir, 'r.txt'));
    const cases: [unknown, RegExp][] = [
      [{ reportyear: 2023 }, /\(root\): unknown key "reportyear". Did you mean "reportYear"\?/],
      [{ reportYear: '2023' }, /reportYear: expected integer/],
      [{ rules: { 'require-sections': 'warning' } }, /rules\.require-sections: expected one of "off", "info", "warn", "error"/],
      [{ rules: { 'require-sections': ['error', { level: 'deep' }] } }, /rules\.require-sections\[1\]\.level: expected one of "any", "top"/],
      [{ rules: { 'require-sections': ['error', { levels: 'top' }] } }, /unknown key "levels"/],
      [{ extends: 'fzlint:all' }, /unknown preset "fzlint:all"/],
      [{ locale: 'fr' }, /locale: expected one of "zh", "en"/],
    ];
    for (const [config, re] of cases) {
      writeFileSync(path.join(dir, 'fzlint.config.json'), JSON.stringify(config));
      const { code, stderr } = await run(['--locale', 'en', 'r.txt'], dir);
      expect(code, JSON.stringify(config)).toBe(2);
      expect(stderr, JSON.stringify(config)).toMatch(re);
    }
  });

  it('config errors are Chinese by default, and a mistyped key gets the closest name', async () => {
    const dir = tmp();
    copyFileSync(seedPath('000'), path.join(dir, 'r.txt'));
    const cases: [unknown, string][] = [
      [{ reportyear: 2023 }, '(root)：未知的键“reportyear”。你是不是要输入“reportYear”？'],
      [{ ignorePattern: ['drafts/'] }, '(root)：未知的键“ignorePattern”。你是不是要输入“ignorePatterns”？'],
      [{ reportYear: '2023' }, 'reportYear：应为整数'],
      [{ rules: { 'require-sections': 'warning' } }, 'rules.require-sections：应为 "off"、"info"、"warn"、"error" 之一'],
      [{ extends: 'fzlint:strikt' }, 'extends：未知的预设“fzlint:strikt”，应为 fzlint:recommended、fzlint:strict 或相对路径。你是不是要输入“fzlint:strict”？'],
    ];
    for (const [config, says] of cases) {
      writeFileSync(path.join(dir, 'fzlint.config.json'), JSON.stringify(config));
      const { code, stderr } = await run(['r.txt'], dir);
      expect(code, JSON.stringify(config)).toBe(2);
      expect(stderr, JSON.stringify(config)).toContain(says);
    }
  });

  it('reads JSON with comments and trailing commas', async () => {
    const dir = tmp();
    copyFileSync(seedPath('002'), path.join(dir, 'r.txt'));
    writeFileSync(path.join(dir, 'fzlint.config.json'), '{\n  // 只看章节\n  "extends": [],\n  "rules": {\n    "require-sections": "warn", /* 县级 */\n  },\n}\n');
    const { code, stdout, stderr } = await run(['--format', 'json', 'r.txt'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [r] = JSON.parse(stdout) as { messages: { ruleId: string }[] }[];
    expect(new Set(r.messages.map((m) => m.ruleId))).toEqual(new Set(['require-sections']));
  });

  it('is found upward from each file; package.json "fzlint" counts; --config overrides', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'dept', 'sub'), { recursive: true });
    mkdirSync(path.join(dir, 'county'), { recursive: true });
    copyFileSync(seedPath('002'), path.join(dir, 'dept', 'sub', 'r.txt'));
    copyFileSync(seedPath('002'), path.join(dir, 'county', 'r.txt'));
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', fzlint: { rules: { 'require-sections': 'warn' } } }));
    writeFileSync(path.join(dir, 'dept', 'fzlint.config.json'), JSON.stringify({ rules: { 'require-sections': 'off' } }));
    const results = JSON.parse((await run(['--format', 'json', '--config-lookup', 'files', '.'], dir)).stdout) as { filePath: string; messages: { severity: number; ruleId: string }[] }[];
    // other recommended rules have their say on seed 002 too: count require-sections only
    const byDir = Object.fromEntries(results.map((r) => [path.relative(dir, path.dirname(r.filePath)), r.messages.filter((m) => m.ruleId === 'require-sections').length]));
    expect(byDir[path.join('dept', 'sub')]).toBe(0);
    expect(byDir.county).toBe(2);
    const alt = path.join(dir, 'alt.json');
    writeFileSync(alt, JSON.stringify({ rules: { 'require-sections': 'error' } }));
    const forced = JSON.parse((await run(['--format', 'json', '--config', alt, 'dept'], dir)).stdout) as { messages: { ruleId: string }[] }[];
    expect(forced[0].messages.filter((m) => m.ruleId === 'require-sections').length).toBe(2);
  });

  it('overrides apply by glob; reportYear and locale come from config', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'towns'));
    copyFileSync(seedPath('002'), path.join(dir, 'towns', 'a.txt'));
    copyFileSync(seedPath('002'), path.join(dir, 'b.txt'));
    writeFileSync(
      path.join(dir, 'fzlint.config.json'),
      JSON.stringify({ locale: 'en', reportYear: 2024, overrides: [{ files: 'towns/**', rules: { 'require-sections': ['warn', { level: 'top' }] } }] }),
    );
    const pc = JSON.parse((await run(['--print-config', 'towns/a.txt'], dir)).stdout);
    expect(pc).toMatchObject({ locale: 'en', reportYear: 2024, rules: { 'require-sections': ['warn', { level: 'top' }] } });
    const pb = JSON.parse((await run(['--print-config', 'b.txt'], dir)).stdout);
    expect(pb.rules['require-sections']).toEqual(['error', { level: 'any' }]);
    const out = (await run(['--no-color', 'b.txt'], dir)).stdout;
    expect(out).toContain('Missing part 3');
  });

  it('no config at all means fzlint:recommended', async () => {
    const { stdout, code } = await run(['--print-config', path.join(SEEDS_DIR, 'x.txt')]);
    expect(code).toBe(0);
    const cfg = JSON.parse(stdout);
    expect(cfg.rules['require-sections']).toEqual(['error', { level: 'any' }]);
  });
});

describe('plugins', () => {
  function setup(config: object) {
    const dir = tmp();
    copyFileSync(path.join(ROOT, 'tests/__data__/plugin/fzlint-plugin-local.mjs'), path.join(dir, 'fzlint-plugin-local.mjs'));
    writeFileSync(path.join(dir, 'r.txt'), '某县2023年度法治政府建设报告\n一、主要举措和成效\n共召开会议XX次。\n');
    writeFileSync(path.join(dir, 'fzlint.config.json'), JSON.stringify(config));
    return dir;
  }

  it('local plugin rules are namespaced plugin-name/rule-id', async () => {
    const dir = setup({ extends: [], plugins: ['./fzlint-plugin-local.mjs'], rules: { 'local/no-xx': 'warn' } });
    const { code, stdout } = await run(['--format', 'json', 'r.txt'], dir);
    expect(code).toBe(0);
    const [r] = JSON.parse(stdout);
    expect(r.messages).toEqual([expect.objectContaining({ ruleId: 'local/no-xx', messageId: 'found', line: 3, column: 6, endColumn: 8, severity: 1 })]);
  });

  it('a rule that throws becomes an internal error naming it; other rules still report; exit 2', async () => {
    const dir = setup({ plugins: ['./fzlint-plugin-local.mjs'], rules: { 'local/no-xx': 'warn', 'local/boom': 'error' } });
    const { code, stdout } = await run(['--format', 'json', 'r.txt'], dir);
    expect(code).toBe(2);
    const [r] = JSON.parse(stdout);
    const boom = r.messages.find((m: { ruleId: string }) => m.ruleId === 'local/boom');
    expect(boom).toMatchObject({ fatal: true, severity: 2, messageId: 'internal-error' });
    expect(boom.message).toContain('kaboom');
    expect(r.messages.some((m: { ruleId: string }) => m.ruleId === 'local/no-xx')).toBe(true);
    expect(r.messages.some((m: { ruleId: string }) => m.ruleId === 'require-sections')).toBe(true);
  });

  it('a missing plugin is a config error (exit 2)', async () => {
    const dir = setup({ plugins: ['./nope.mjs'] });
    const { code, stderr } = await run(['r.txt'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('找不到插件“./nope.mjs”');
    const dir2 = setup({ plugins: ['fzlint-plugin-does-not-exist'] });
    expect((await run(['r.txt'], dir2)).stderr).toContain('找不到插件包“fzlint-plugin-does-not-exist”');
  });

  it('an unknown plugin rule id suggests the closest', async () => {
    const dir = setup({ plugins: ['./fzlint-plugin-local.mjs'], rules: { 'local/no-x': 'warn' } });
    const { code, stderr } = await run(['r.txt'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('你是不是要输入“local/no-xx”？');
  });
});

describe('bin/fzlint.js (built)', () => {
  const built = existsSync(path.join(ROOT, 'dist/src/cli/index.js'));
  it.skipIf(!built)('runs as a process: JSON for the seeds, exit 1', () => {
    const p = spawnSync(process.execPath, [path.join(ROOT, 'bin/fzlint.js'), '--format', 'json', ...SEEDS], { encoding: 'utf8' });
    expect(p.status).toBe(1);
    expect(JSON.parse(p.stdout)).toHaveLength(5);
  });
});

describe('plugin rules with the RuleTester', async () => {
  const { RuleTester } = await import('../src/testing/index.js');
  const plugin = (await import('./__data__/plugin/fzlint-plugin-local.mjs')).default as { rules: Record<string, import('../src/engine/types.js').AnyRule> };
  new RuleTester().run('local/no-xx', plugin.rules['no-xx'], {
    valid: ['“1+4+X”学法清单'],
    invalid: [{ code: 'XX县司法局', errors: [{ messageId: 'found', line: 1, column: 1, endColumn: 3, text: 'XX' }] }],
  });
});
