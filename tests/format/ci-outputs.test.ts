import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFormatter } from '../../src/format/index.js';
import { ANNOTATIONS_PER_LEVEL, githubStepSummary } from '../../src/format/github.js';
import { FINGERPRINT } from '../../src/format/sarif.js';
import { ruleHelpFrom } from '../../src/format/rule-help.js';
import { Linter } from '../../src/linter/linter.js';
import type { FileResult } from '../../src/linter/types.js';
import { builtinRules } from '../../src/rules.js';
import { ROOT, SEEDS, seedPath, seedText } from '../helpers/seeds.js';
import { toDocx } from '../helpers/containers.js';
import { context } from './helpers.js';
import { main } from '../../src/cli/index.js';

// The outputs as their real consumers read them: SARIF for GitHub code scanning (help on every
// rule, fingerprints, fixes only where --fix applies), GitHub annotations within GitHub's limits,
// JUnit/Code Quality for GitLab, CSV for Excel/WPS 表格, JSON for ESLint's own formatters.

let tmp: string;
let seeds: FileResult[];
const allMeta = () =>
  Object.fromEntries(Object.entries(builtinRules).map(([id, r]) => [id, { description: r.meta.description, url: r.meta.url, severity: r.meta.severity }]));

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'fzlint-outputs-'));
  seeds = await new Linter({ cwd: ROOT }).lintFiles(SEEDS.map(seedPath));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('SARIF for GitHub code scanning', () => {
  it('every built-in rule carries help: its page rules/<id>.md as Markdown and as text (GH2012)', async () => {
    const doc = JSON.parse((await loadFormatter('sarif'))(seeds, context({ rulesMeta: allMeta() })));
    const rules = doc.runs[0].tool.driver.rules as { id: string; help?: { text: string; markdown: string } }[];
    expect(rules.map((r) => r.id).sort()).toEqual(Object.keys(builtinRules).sort());
    for (const r of rules) {
      const page = readFileSync(path.join(ROOT, 'rules', `${r.id}.md`), 'utf8');
      expect(r.help?.markdown, r.id).toBe(page);
      expect(r.help?.text.length, r.id).toBeGreaterThan(40);
      expect(r.help?.text, r.id).not.toMatch(/^#|```/m);
    }
  });

  it('a rule without a page (a plugin rule) still gets help from its description and link', async () => {
    const meta = { 'foo/bar': { description: { zh: '插件规则', en: 'a plugin rule' }, url: 'https://example.org/bar', severity: 'warn' } };
    const doc = JSON.parse((await loadFormatter('sarif'))([], context({ rulesMeta: meta, ruleHelp: ruleHelpFrom(ROOT) })));
    expect(doc.runs[0].tool.driver.rules[0].help).toEqual({ text: '插件规则\nhttps://example.org/bar', markdown: '插件规则\n\n[foo/bar](https://example.org/bar)' });
  });

  it('fingerprints are stable across runs and across an edit above the finding, and distinct for repeated text', async () => {
    const sarif = await loadFormatter('sarif');
    const text = seedText('004');
    const a = path.join(tmp, 'a.txt');
    writeFileSync(a, text);
    const linter = new Linter({ cwd: tmp });
    const prints = async () => {
      const doc = JSON.parse(sarif([await linter.lintFile(a)], context({ cwd: tmp })));
      return (doc.runs[0].results as { ruleId: string; partialFingerprints: Record<string, string> }[]).map((r) => `${r.ruleId} ${r.partialFingerprints[FINGERPRINT]}`);
    };
    const first = await prints();
    expect(first.length).toBeGreaterThan(3);
    expect(new Set(first).size).toBe(first.length);
    expect(await prints()).toEqual(first);
    // a paragraph inserted after the title moves every line but renews no fingerprint of the number findings
    const lines = text.split('\n');
    writeFileSync(a, [lines[0], '（本段为插入的说明文字。）', ...lines.slice(1)].join('\n'));
    const moved = await prints();
    const rate = (xs: string[]) => xs.filter((x) => x.startsWith('consistent-rate'));
    expect(rate(first).length).toBe(2);
    expect(rate(moved)).toEqual(rate(first));
  });

  it('carries fixes only for files --fix can rewrite (text, Markdown), not for .docx or .html', async () => {
    const sarif = await loadFormatter('sarif');
    const text = seedText('001'); // NFKC-normalised: the fullwidth-punctuation note carries a fix
    const txt = path.join(tmp, 'fix.txt');
    const docx = path.join(tmp, 'fix.docx');
    writeFileSync(txt, text);
    writeFileSync(docx, await toDocx(text));
    const linter = new Linter({ cwd: tmp });
    const [rt, rd] = [await linter.lintFile(txt), await linter.lintFile(docx)];
    expect(rt.messages.some((m) => m.fix?.length)).toBe(true);
    expect(rd.messages.some((m) => m.fix?.length)).toBe(true);
    const doc = JSON.parse(sarif([rt, rd], context({ cwd: tmp })));
    const fixed = (doc.runs[0].results as { fixes?: unknown[]; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[])
      .filter((r) => r.fixes)
      .map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(fixed.length).toBeGreaterThan(0);
    expect(new Set(fixed)).toEqual(new Set(['fix.txt']));
  });
});

/** 100 reports' worth of results: each seed's findings, repeated under 20 names per seed. */
function many(): FileResult[] {
  const out: FileResult[] = [];
  for (let i = 0; i < 20; i++) for (const r of seeds) out.push({ ...r, filePath: path.join(ROOT, 'reports', `${i}-${path.basename(r.filePath)}`) });
  return out;
}

describe('github annotations within GitHub’s limits', () => {
  it('100 reports: at most 10 annotations per level (≤ 30 in all, the closing notice included); the rest as log lines', async () => {
    const results = many();
    const out = (await loadFormatter('github'))(results, context({ rulesMeta: allMeta() }));
    const lines = out.trimEnd().split('\n');
    const commands = lines.filter((l) => l.startsWith('::'));
    const count = (level: string) => commands.filter((l) => l.startsWith(`::${level} `)).length;
    expect(count('error')).toBe(ANNOTATIONS_PER_LEVEL);
    expect(count('warning')).toBe(ANNOTATIONS_PER_LEVEL);
    expect(count('notice')).toBeLessThanOrEqual(ANNOTATIONS_PER_LEVEL);
    expect(commands.length).toBeLessThanOrEqual(30);
    // nothing lost: every finding is either an annotation or a log line
    const total = results.reduce((n, r) => n + r.messages.length + (r.fileError ? 1 : 0), 0);
    expect(lines.length - 1).toBe(total);
    // errors before warnings before notices
    const firstWarning = lines.findIndex((l) => l.startsWith('::warning'));
    expect(lines.findLastIndex((l) => l.startsWith('::error'))).toBeLessThan(firstWarning);
    const last = lines.at(-1)!;
    expect(last).toMatch(/^::notice title=fzlint::另有 \d+ 条错误、\d+ 条警告、\d+ 条提示未作为注释显示/);
  });

  it('few findings: every one is an annotation and no closing notice is printed', async () => {
    const out = (await loadFormatter('github'))([seeds[0]!], context({ rulesMeta: allMeta() }));
    expect(out.split('\n').filter(Boolean).every((l) => l.startsWith('::'))).toBe(true);
    expect(out).not.toContain('title=fzlint::');
  });

  it('the step summary is a Markdown table with one row per report, appended by the CLI when GITHUB_STEP_SUMMARY is set', async () => {
    const md = githubStepSummary(seeds, context({ rulesMeta: allMeta() }));
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    expect(rows.length).toBe(1 + seeds.length);
    expect(md).toContain('## fzlint 检查结果');
    const summary = path.join(tmp, 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    let stdout = '';
    const code = await main(['--format', 'github', ...SEEDS.map(seedPath)], {
      cwd: ROOT,
      stdout: (s) => (stdout += s),
      stderr: () => {},
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(code).toBe(1);
    expect(stdout).toContain('::error');
    const written = readFileSync(summary, 'utf8');
    expect(written.startsWith('# earlier step\n## fzlint 检查结果')).toBe(true);
    expect(written.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---')).length).toBe(1 + seeds.length);
  });
});

describe('GitLab Code Quality (codeclimate)', () => {
  it('one issue per finding with path, lines, severity and a stable, unique fingerprint', async () => {
    const cc = await loadFormatter('codeclimate');
    const issues = JSON.parse(cc(seeds, context({ rulesMeta: allMeta() }))) as {
      check_name: string;
      description: string;
      severity: string;
      fingerprint: string;
      location: { path: string; lines: { begin: number; end: number } };
    }[];
    const total = seeds.reduce((n, r) => n + r.messages.length, 0);
    expect(issues.length).toBe(total);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(total);
    expect(JSON.parse(cc(seeds, context({ rulesMeta: allMeta() })))).toEqual(issues);
    for (const i of issues) {
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(i.severity);
      expect(i.location.lines.begin).toBeGreaterThanOrEqual(1);
      expect(i.location.lines.end).toBeGreaterThanOrEqual(i.location.lines.begin);
      expect(i.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    }
    const rate = issues.filter((i) => i.check_name === 'consistent-rate');
    expect(rate.map((i) => i.severity)).toEqual(['minor', 'minor']);
  });
});

describe('csv (汇总表)', () => {
  it('UTF-8 with BOM and CRLF, a header and one row per report with the five parts in columns', async () => {
    const out = (await loadFormatter('csv'))(seeds, context({ rulesMeta: allMeta(), enabledRules: undefined }));
    expect(out.startsWith('\uFEFF报告标题,文件,年度,第一部分')).toBe(true);
    const rows = out.slice(1).trimEnd().split('\r\n');
    expect(rows.length).toBe(1 + seeds.length);
    const header = rows[0]!.split(',');
    const verdictCol = header.indexOf('结论');
    const p5 = header.indexOf('第五部分 其他情况');
    // seed 000 has all five parts; 004 lacks part 5
    const row = (n: string) => rows.find((r) => r.includes(path.basename(seedPath(n))))!.split(',');
    expect(row('000')[p5]).toBe('有');
    expect(row('004')[p5]).toBe('缺');
    expect(row('000')[verdictCol]).toBe('不通过'); // published late
  });

  it('defuses cells a spreadsheet would run as a formula', async () => {
    const { csvField } = await import('../../src/format/csv.js');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1+1')).toBe("'-1+1");
    expect(csvField('a,b')).toBe('"a,b"');
  });

  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  it.skipIf(!soffice)('LibreOffice Calc converts it to .xlsx and back with one row per report and the Chinese intact', async () => {
    const out = (await loadFormatter('csv'))(seeds, context({ rulesMeta: allMeta() }));
    const dir = path.join(tmp, 'calc');
    const csvFile = path.join(tmp, '汇总表.csv');
    writeFileSync(csvFile, out);
    const profile = `-env:UserInstallation=file://${path.join(tmp, 'lo-profile')}`;
    // 44 = comma, 34 = double quote, 76 = UTF-8
    execFileSync(soffice!, [profile, '--headless', '--infilter=CSV:44,34,76', '--convert-to', 'xlsx', '--outdir', dir, csvFile], { stdio: 'ignore', timeout: 120_000 });
    const xlsx = path.join(dir, '汇总表.xlsx');
    expect(existsSync(xlsx)).toBe(true);
    const back = path.join(tmp, 'back');
    execFileSync(soffice!, [profile, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', back, xlsx], { stdio: 'ignore', timeout: 120_000 });
    const text = readFileSync(path.join(back, readdirSync(back)[0]!), 'utf8').replace(/^\uFEFF/, '');
    const rows = text.trimEnd().split(/\r?\n/);
    expect(rows.length).toBe(1 + seeds.length);
    expect(rows[0]).toContain('第三部分 第一责任人');
    expect(text).toContain('不通过');
  }, 180_000);
});

describe('json as ESLint’s own formatters read it', () => {
  it('has ESLint’s fields and counts (warningCount counts every severity-1 message)', async () => {
    const json = JSON.parse((await loadFormatter('json'))(seeds, context()));
    for (const [i, r] of json.entries()) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['filePath', 'messages', 'suppressedMessages', 'errorCount', 'fatalErrorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount', 'usedDeprecatedRules']));
      expect(r.errorCount).toBe(r.messages.filter((m: { severity: number }) => m.severity === 2).length);
      expect(r.warningCount).toBe(r.messages.filter((m: { severity: number }) => m.severity === 1).length);
      expect(r.infoCount).toBe(seeds[i]!.infoCount);
      expect(r.fixableErrorCount + r.fixableWarningCount).toBe(r.messages.filter((m: { fix?: unknown }) => m.fix).length);
    }
  });

  it('ESLint’s stylish and json formatters format it with the right counts', async () => {
    const { ESLint } = await import('eslint');
    const eslint = new ESLint({ cwd: tmp, overrideConfigFile: true });
    const results = JSON.parse((await loadFormatter('json'))(seeds, context()));
    const errors = results.reduce((n: number, r: { errorCount: number }) => n + r.errorCount, 0);
    const warnings = results.reduce((n: number, r: { warningCount: number }) => n + r.warningCount, 0);
    const fixable = results.reduce((n: number, r: { fixableErrorCount: number; fixableWarningCount: number }) => n + r.fixableErrorCount + r.fixableWarningCount, 0);
    const stylish = await eslint.loadFormatter('stylish');
    const text = (await stylish.format(results, { cwd: tmp, rulesMeta: {} })).replace(/\u001b\[[0-9;]*m/g, '');
    expect(text).toContain(`✖ ${errors + warnings} problems (${errors} errors, ${warnings} warnings)`);
    if (fixable) expect(text).toMatch(/potentially fixable with the `--fix` option/);
    for (const r of seeds) expect(text).toContain(r.filePath);
    // ESLint's json formatter round-trips the shape (json-with-metadata and html ask the ESLint instance for
    // the rules' metadata, which exists only for results it linted itself)
    const json = await eslint.loadFormatter('json');
    expect(JSON.parse(await json.format(results, { cwd: tmp, rulesMeta: {} }))).toEqual(results);
  });
});
