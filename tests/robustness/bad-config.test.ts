import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfigText } from '../../src/config/errors.js';
import { BROKEN_PLUGIN, copySeed002, HOSTILE_PLUGIN, run, STACK_LINE, tmp, write } from './helpers.js';

/**
 * Issue 9, bad config: each fault names the config file and the exact place,
 * exits 2 with nothing on stdout, and prints no stack trace unless --debug.
 * (tests/cli.test.ts has the first cases: unknown rule ids, bad levels,
 * unknown top-level keys, a missing plugin.)
 */

interface Case {
  name: string;
  /** The config file's text (a string is written as is; anything else as JSON). */
  config: unknown;
  /** What stderr must say after the config file's path. */
  says: string | RegExp;
  /** Files to copy next to the config. */
  files?: string[];
}

const CASES: Case[] = [
  { name: 'malformed JSON: a missing comma', config: '{\n  "extends": "fzlint:strict"\n  "reportYear": 2024\n}\n', says: 'JSON 格式错误（第 3 行第 3 列）：缺少逗号“,”' },
  { name: 'malformed JSON: an unquoted key', config: '{\n  rules: {}\n}', says: 'JSON 格式错误（第 2 行第 3 列）：此处有无法识别的内容（键名和字符串须加双引号）' },
  { name: 'malformed JSON: an unterminated block comment', config: '{ /* 本县配置\n  "extends": "fzlint:strict"\n}\n', says: 'JSON 格式错误（第 1 行第 3 列）：块注释没有结束（缺少“*/”）' },
  { name: 'malformed JSON: an empty file', config: '', says: 'JSON 格式错误（第 1 行第 1 列）：此处应为一个值' },
  { name: 'malformed JSON: cut short', config: '{\n  "locale": "zh",\n  "rules": {', says: 'JSON 格式错误（第 3 行第 13 列）：缺少右花括号“}”' },
  { name: 'not an object', config: '["fzlint:strict"]', says: '配置无效：\n  (root)：应为对象' },
  { name: 'an unknown key inside overrides', config: { overrides: [{ files: '*.md', rule: {} }] }, says: '配置无效：\n  overrides[0]：未知的键“rule”。你是不是要输入“rules”？' },
  { name: 'wrong type: maxFileSize as text', config: { maxFileSize: '20MB' }, says: '配置无效：\n  maxFileSize：应为整数' },
  { name: 'wrong range: ruleTimeLimit 0', config: { ruleTimeLimit: 0 }, says: '配置无效：\n  ruleTimeLimit：应 >= 1' },
  { name: 'wrong type: plugins as a string', config: { plugins: './fzlint-plugin-hostile.mjs' }, says: '配置无效：\n  plugins：应为数组' },
  {
    name: 'a rule option failing its schema, in overrides',
    config: { overrides: [{ files: 'towns/**', rules: { 'require-sections': ['warn', { level: 'deep' }] } }] },
    says: '规则“require-sections”的选项无效：\n  overrides[0].rules.require-sections[1].level：应为 "any"、"top" 之一',
  },
  {
    name: 'a plugin rule option failing its schema',
    config: { plugins: ['./fzlint-plugin-hostile.mjs'], rules: { 'hostile/typed': ['warn', { maxLength: '80' }] } },
    files: [HOSTILE_PLUGIN],
    says: '规则“hostile/typed”的选项无效：\n  rules.hostile/typed[1].maxLength：应为整数',
  },
  {
    name: 'a plugin that does not exist, second in the list',
    config: { plugins: ['./fzlint-plugin-hostile.mjs', './fzlint-plugin-gone.mjs'] },
    files: [HOSTILE_PLUGIN],
    says: /^plugins\[1\]：找不到插件“\.\/fzlint-plugin-gone\.mjs”（查找的是 \/.*\/fzlint-plugin-gone\.mjs）$/,
  },
  {
    name: 'a plugin package that is not installed',
    config: { plugins: ['fzlint-plugin-not-installed'] },
    says: 'plugins[0]：找不到插件包“fzlint-plugin-not-installed”，请在配置文件所在项目中安装（npm install fzlint-plugin-not-installed）',
  },
  {
    name: 'a plugin that throws while loading',
    config: { plugins: ['./fzlint-plugin-broken.mjs'] },
    files: [BROKEN_PLUGIN],
    says: 'plugins[0]：插件“./fzlint-plugin-broken.mjs”加载失败：cannot initialise: dictionary file terms.tsv is missing',
  },
  { name: 'extends a config that does not exist', config: { extends: ['fzlint:recommended', './county-base.json'] }, says: /^extends：找不到配置文件“\.\/county-base\.json”（查找的是 \/.*\/county-base\.json）$/ },
];

function setup(c: Case): { dir: string; config: string } {
  const dir = tmp('fzlint-badcfg-');
  copySeed002(dir, 'r.txt');
  for (const f of c.files ?? []) copyFileSync(f, path.join(dir, path.basename(f)));
  const config = write(dir, 'fzlint.config.json', typeof c.config === 'string' ? c.config : JSON.stringify(c.config));
  return { dir, config };
}

describe('bad config: names the file and the place, exit 2, no stack trace unless --debug', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const { dir, config } = setup(c);
      const plain = await run(['r.txt'], dir);
      expect(plain.code).toBe(2);
      expect(plain.stdout).toBe('');
      expect(plain.stderr.startsWith(`fzlint: ${config}: `), plain.stderr).toBe(true);
      const said = plain.stderr.slice(`fzlint: ${config}: `.length).replace(/\n$/, '');
      if (typeof c.says === 'string') expect(said).toBe(c.says);
      else expect(said).toMatch(c.says);
      expect(plain.stderr).not.toMatch(STACK_LINE);

      const debug = await run(['--debug', 'r.txt'], dir);
      expect(debug.code).toBe(2);
      expect(debug.stdout).toBe('');
      expect(debug.stderr.startsWith(plain.stderr)).toBe(true);
      expect(debug.stderr).toMatch(STACK_LINE);
    });
  }

  it('--debug shows where a plugin failed to load: its file and line, under "Caused by"', async () => {
    const c = CASES.find((x) => x.name === 'a plugin that throws while loading')!;
    const { dir } = setup(c);
    const { stderr } = await run(['--debug', 'r.txt'], dir);
    expect(stderr).toMatch(/Caused by: Error: cannot initialise: dictionary file terms\.tsv is missing\n\s+at loadDictionary \(\S*\/fzlint-plugin-broken\.mjs:3:9\)/);
  });

  it('--config naming a missing file says so (not ENOENT)', async () => {
    const dir = tmp('fzlint-badcfg-');
    copySeed002(dir, 'r.txt');
    const { code, stdout, stderr } = await run(['--config', 'conf/fzlint.json', 'r.txt'], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`fzlint: ${path.join(dir, 'conf/fzlint.json')}: 无法读取配置文件：文件不存在\n`);
  });

  it('a config found for one directory fails the run, even when the files of other directories are fine', async () => {
    const dir = tmp('fzlint-badcfg-');
    mkdirSync(path.join(dir, 'ok'));
    mkdirSync(path.join(dir, 'bad'));
    copySeed002(path.join(dir, 'ok'), 'r.txt');
    copySeed002(path.join(dir, 'bad'), 'r.txt');
    const config = write(path.join(dir, 'bad'), '.fzlintrc.json', '{ "locale": "zh" ');
    const { code, stdout, stderr } = await run(['--config-lookup', 'files', '.'], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`fzlint: ${config}: JSON 格式错误（第 1 行第 18 列）：缺少右花括号“}”\n`);
  });
});

describe('config text: JSON with comments and trailing commas, faults by line and column', () => {
  const json = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v, null, 2));

  it('property: reads any JSON as JSON.parse does', () => {
    fc.assert(
      fc.property(json, (t) => {
        expect(parseConfigText(t)).toEqual(JSON.parse(t));
      }),
      { numRuns: 300 },
    );
  });

  it('accepts // and /* */ comments, trailing commas and a BOM', () => {
    const text = '\uFEFF{\n  // 本县配置\n  "extends": "fzlint:strict", /* 严格 */\n  "plugins": [\n    "./a.mjs",\n  ],\n}\n';
    expect(parseConfigText(text)).toEqual({ extends: 'fzlint:strict', plugins: ['./a.mjs'] });
  });

  it('property: after a random edit, either a value or an error naming a line and column inside the text', () => {
    const edit = fc.tuple(json, fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '/', '\\', 'x', ' ', '\n', '0', '-', '.', 'e', '\u0001'), fc.boolean());
    fc.assert(
      fc.property(edit, ([text, at, ch, replace]) => {
        const k = at % (text.length + 1);
        const t = text.slice(0, k) + ch + text.slice(replace ? k + 1 : k);
        try {
          parseConfigText(t, '/r/fzlint.config.json');
          return true;
        } catch (e) {
          if (!(e instanceof ConfigError)) return false;
          const m = /^\/r\/fzlint\.config\.json: JSON 格式错误（第 (\d+) 行第 (\d+) 列）：\S/.exec(e.message);
          const en = /: malformed JSON: .+ \(line (\d+), column (\d+)\)$/.exec(e.messageEn);
          if (!m || !en || m[1] !== en[1] || m[2] !== en[2]) return false;
          const lines = t.split('\n');
          const line = Number(m[1]);
          return line <= lines.length && Number(m[2]) <= lines[line - 1].length + 1;
        }
      }),
      { numRuns: 2000 },
    );
  });
});
