import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeJsonError } from '../../src/config/errors.js';
import { jsonErrorOffset } from '../../src/config/json-position.js';
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
  {
    name: 'malformed JSON: a trailing comma in an object',
    config: '{\n  "rules": {\n    "require-sections": "error",\n  }\n}\n',
    says: 'malformed JSON: Expected double-quoted property name in JSON at position 50 (line 4, column 3)',
  },
  {
    name: 'malformed JSON: a comment',
    config: '{\n  // 本县配置\n  "extends": "fzlint:strict"\n}\n',
    says: `malformed JSON: Expected property name or '}' in JSON at position 4 (line 2, column 3)`,
  },
  {
    name: 'malformed JSON: a trailing comma in an array (JSON.parse gives no position; the scan finds it)',
    config: '{ "plugins": [\n  "./a.mjs",\n] }',
    says: `malformed JSON: Unexpected token ']' (line 3, column 1)`,
  },
  { name: 'malformed JSON: an empty file', config: '', says: 'malformed JSON: Unexpected end of JSON input (line 1, column 1)' },
  { name: 'malformed JSON: cut short', config: '{\n  "locale": "zh",\n  "rules": {', says: "malformed JSON: Expected property name or '}' in JSON at position 32 (line 3, column 13)" },
  { name: 'not an object', config: '["fzlint:strict"]', says: 'invalid configuration:\n  (root): expected object' },
  { name: 'an unknown key inside overrides', config: { overrides: [{ files: '*.md', rule: {} }] }, says: 'invalid configuration:\n  overrides[0]: unknown key "rule"' },
  { name: 'wrong type: maxFileSize as text', config: { maxFileSize: '20MB' }, says: 'invalid configuration:\n  maxFileSize: expected integer' },
  { name: 'wrong range: ruleTimeLimit 0', config: { ruleTimeLimit: 0 }, says: 'invalid configuration:\n  ruleTimeLimit: must be >= 1' },
  { name: 'wrong type: plugins as a string', config: { plugins: './fzlint-plugin-hostile.mjs' }, says: 'invalid configuration:\n  plugins: expected array' },
  {
    name: 'a rule option failing its schema, in overrides',
    config: { overrides: [{ files: 'towns/**', rules: { 'require-sections': ['warn', { level: 'deep' }] } }] },
    says: 'invalid options for rule "require-sections":\n  overrides[0].rules.require-sections[1].level: expected one of "any", "top"',
  },
  {
    name: 'a plugin rule option failing its schema',
    config: { plugins: ['./fzlint-plugin-hostile.mjs'], rules: { 'hostile/typed': ['warn', { maxLength: '80' }] } },
    files: [HOSTILE_PLUGIN],
    says: 'invalid options for rule "hostile/typed":\n  rules.hostile/typed[1].maxLength: expected integer',
  },
  {
    name: 'a plugin that does not exist, second in the list',
    config: { plugins: ['./fzlint-plugin-hostile.mjs', './fzlint-plugin-gone.mjs'] },
    files: [HOSTILE_PLUGIN],
    says: /^plugins\[1\]: cannot find plugin "\.\/fzlint-plugin-gone\.mjs" \(looked for \/.*\/fzlint-plugin-gone\.mjs\)$/,
  },
  {
    name: 'a plugin package that is not installed',
    config: { plugins: ['fzlint-plugin-not-installed'] },
    says: 'plugins[0]: cannot find package "fzlint-plugin-not-installed"; install it next to the config (npm install fzlint-plugin-not-installed)',
  },
  {
    name: 'a plugin that throws while loading',
    config: { plugins: ['./fzlint-plugin-broken.mjs'] },
    files: [BROKEN_PLUGIN],
    says: 'plugins[0]: "./fzlint-plugin-broken.mjs" failed to load: cannot initialise: dictionary file terms.tsv is missing',
  },
  { name: 'extends a config that does not exist', config: { extends: ['fzlint:recommended', './county-base.json'] }, says: /^extends: cannot find config "\.\/county-base\.json" \(looked for \/.*\/county-base\.json\)$/ },
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
    expect(stderr).toBe(`fzlint: ${path.join(dir, 'conf/fzlint.json')}: cannot read config file: file not found\n`);
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
    expect(stderr).toBe(`fzlint: ${config}: malformed JSON: Expected ',' or '}' after property value in JSON at position 17 (line 1, column 18)\n`);
  });
});

describe('jsonErrorOffset (line and column for every malformed config)', () => {
  const json = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v, null, 2));

  it('property: valid JSON has no error offset', () => {
    fc.assert(fc.property(json, (t) => jsonErrorOffset(t) === undefined));
  });

  it('property: after a random edit, an offset exactly when JSON.parse throws, and JSON.parse’s own position when it names one', () => {
    const edit = fc.tuple(json, fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '/', '\\', 'x', ' ', '\n', '0', '-', '.', 'e', '\u0001'), fc.boolean());
    fc.assert(
      fc.property(edit, ([text, at, ch, replace]) => {
        const k = at % (text.length + 1);
        const t = text.slice(0, k) + ch + text.slice(replace ? k + 1 : k);
        let parseError: Error | undefined;
        try {
          JSON.parse(t);
        } catch (e) {
          parseError = e as Error;
        }
        const offset = jsonErrorOffset(t);
        if (!parseError) return offset === undefined;
        if (offset === undefined) return false;
        const v8 = /position (\d+)/.exec(parseError.message);
        return !v8 || Number(v8[1]) === offset;
      }),
      { numRuns: 2000 },
    );
  });

  it('describeJsonError drops V8’s copy of the text and names line and column', () => {
    const text = '{\n  "a": tru\n}';
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (e) {
      error = e;
    }
    expect(describeJsonError(text, error)).toBe(`Unexpected token '\\n' (line 2, column 11)`);
  });
});

describe('parseJsonWithOffsets (the same scanner, building the tree)', async () => {
  const { parseJsonWithOffsets } = await import('../../src/config/json-position.js');
  it('agrees with JSON.parse on valid JSON, and every node spans its own text', () => {
    type N = ReturnType<typeof parseJsonWithOffsets>;
    const plain = (node: N): unknown => {
      if (!node) return undefined;
      if (node.type === 'object') return Object.fromEntries(node.props.map((p) => [p.key, plain(p.value)]));
      if (node.type === 'array') return node.items.map(plain);
      return node.value;
    };
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (v, pretty) => {
        const text = JSON.stringify(v, null, pretty ? 2 : undefined);
        const node = parseJsonWithOffsets(text);
        expect(plain(node)).toEqual(JSON.parse(text));
        expect(JSON.parse(text.slice(node!.start, node!.end))).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
    expect(parseJsonWithOffsets('\uFEFF{"a": 1}')).toMatchObject({ type: 'object', start: 1, end: 9 });
    expect(parseJsonWithOffsets('{"a": 1,}')).toBeUndefined();
  });
});
