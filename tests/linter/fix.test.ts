/**
 * --fix and --fix-dry-run: fixes applied in passes until stable, written
 * atomically in the file's own encoding, BOM and line endings; a second
 * --fix changes nothing; a file without a fix is never written.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { main } from '../../src/cli/index.js';
import { buildReport } from '../../src/model/report.js';
import { loadParser, decode, encode, type Encoding } from '../../src/parse/index.js';
import { runRules, type ConfiguredRule } from '../../src/engine/run.js';
import type { AnyRule } from '../../src/engine/types.js';
import { fixUntilStable, FixWriteError, MAX_FIX_PASSES, unifiedDiff, writeFixedFile } from '../../src/linter/fix.js';
import { rules } from '../../rules/index.js';
import { ROOT, seedText } from '../helpers/seeds.js';

const MINE = ['consistent-numbering', 'no-placeholder', 'no-unpaired-punctuation', 'require-fullwidth-punctuation'];

function configured(ids: string[]): [string, ConfiguredRule][] {
  return ids.map((id) => {
    const rule: AnyRule = rules[id];
    return [id, { rule, setting: { severity: rule.meta.severity, options: { ...(rule.meta.defaultOptions as Record<string, unknown>) } } }];
  });
}

async function linter(ids: string[], filename: string) {
  const format = filename.endsWith('.md') ? 'markdown' : 'text';
  const parse = await loadParser(format);
  const set = configured(ids);
  return async (text: string) => {
    const report = buildReport(text, parse(text), { format, filePath: filename });
    return { messages: runRules(report, set) };
  };
}

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd });
  return { code, stdout, stderr };
}

const tmp = () => mkdtempSync(path.join(tmpdir(), 'fzlint-fix-'));

/** Apply a unified diff (as produced by unifiedDiff) to a text; throws when a hunk does not match. */
function applyPatch(before: string, patch: string): string {
  const lines = before.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const out: string[] = [];
  const rows = patch.split('\n');
  let at = 0;
  let i = 2; // skip ---/+++
  while (i < rows.length && rows[i].startsWith('@@')) {
    const m = /^@@ -(\d+),(\d+) \+(\d+),(\d+) @@$/.exec(rows[i])!;
    const oldStart = Number(m[2]) === 0 ? Number(m[1]) : Number(m[1]) - 1;
    while (at < oldStart) out.push(lines[at++]);
    i++;
    while (i < rows.length && rows[i] !== '' && !rows[i].startsWith('@@')) {
      const kind = rows[i][0];
      let line = rows[i].slice(1);
      const noEol = rows[i + 1] === '\\ No newline at end of file';
      if (!noEol) line += '\n';
      if (kind === ' ' || kind === '-') {
        if (lines[at] !== line) throw new Error(`hunk does not match at line ${at + 1}: ${JSON.stringify(lines[at])} vs ${JSON.stringify(line)}`);
        at++;
      }
      if (kind === ' ' || kind === '+') out.push(line);
      i += noEol ? 2 : 1;
    }
  }
  while (at < lines.length) out.push(lines[at++]);
  return out.join('');
}

// Report-like text from the pieces the fixable rules react to
const piece = fc.constantFrom(
  '一、', '二、', '三、', '二、', '(一)', '(二)', '(三)', '（二）', '1.', '2.', '2.', '3.', '(1)', '一是', '二是', '三是', '二是', '四是',
  '加强法治建设', '依法行政', '党委', '党组', '学法制度', '群众满意', '2023年', '100%', '16,075', '8:30', '1+4+X', 'XX县', '某某局', '*次',
  ',', ',', ';', ':', '?', '!', '，', '。', '、', ' ', '(', ')', '（', '）', '“', '”', '‘', '’', '《', '》', '<', '>', '〈', '〉', '...', '。。。', '……',
  '《宪法》、《民法典》', '《关于印发<方案>的通知》', '“三个聚焦“',
);
const line = fc.array(piece, { minLength: 0, maxLength: 14 }).map((p) => p.join(''));
const reportText = fc
  .tuple(fc.array(line, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([ls, eol, last]) => ls.join(eol) + (last ? eol : ''));

describe('fixUntilStable', () => {
  for (const [name, ids, runs] of [
    ['the fixable rules', MINE, 100],
    ['every built-in rule', Object.keys(rules), 30],
  ] as const) {
    for (const filename of ['report.txt', 'report.md']) {
      it(`property (${name}, ${filename}): a second fix changes nothing, and line breaks are never touched`, async () => {
        const lint = await linter([...ids], filename);
        await fc.assert(
          fc.asyncProperty(reportText, async (text) => {
            const first = await fixUntilStable(text, await lint(text), lint);
            expect(first.passes).toBeLessThan(MAX_FIX_PASSES);
            // stable: nothing left to fix, so a second --fix is a no-op
            expect(first.last.messages.filter((m) => m.fix?.length)).toEqual([]);
            const second = await fixUntilStable(first.output, await lint(first.output), lint);
            expect(second.output).toBe(first.output);
            expect(second.passes).toBe(0);
            expect(first.output.split('\n').length).toBe(text.split('\n').length);
            expect(first.output.split('\r\n').length).toBe(text.split('\r\n').length);
          }),
          { numRuns: runs },
        );
      });
    }
  }

  it('on every seed: converges, and the fixed seed has nothing left to fix', async () => {
    const lint = await linter(Object.keys(rules), 'seed.txt');
    for (const n of ['000', '001', '002', '003', '004']) {
      const text = seedText(n);
      const r = await fixUntilStable(text, await lint(text), lint);
      expect(r.output).not.toBe(text);
      expect(r.passes).toBeLessThan(MAX_FIX_PASSES);
      expect((await lint(r.output)).messages.filter((m) => m.fix?.length)).toEqual([]);
    }
  });
});

describe('unifiedDiff', () => {
  const lines = fc.array(fc.constantFrom('一、主要举措\n', '加强法治建设,\n', '加强法治建设，\n', '依法行政\r\n', '\n', '末行'), { maxLength: 30 });
  it('property: the diff applied to the old text gives the new text', () => {
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const before = a.join('');
        const after = b.join('');
        const d = unifiedDiff(before, after, 'a/x.txt', 'b/x.txt');
        if (before === after) expect(d).toBe('');
        else expect(applyPatch(before, d)).toBe(after);
      }),
      { numRuns: 300 },
    );
  });

  it('a whole file rewritten (more edits than are diffed exactly) is one hunk that still applies', () => {
    const before = Array.from({ length: 12_000 }, (_, i) => `第${i}行,\r\n`).join('');
    const after = Array.from({ length: 12_000 }, (_, i) => `第${i}行，\r\n`).join('') + '末行';
    const d = unifiedDiff(before, after, 'a/x.txt', 'b/x.txt');
    expect(d.startsWith('--- a/x.txt\n+++ b/x.txt\n@@ -1,12000 +1,12001 @@\n')).toBe(true);
    expect(applyPatch(before, d)).toBe(after);
  });

  it('shows a changed line with three lines of context and git-style names', () => {
    const before = ['一', '二', '三', '四', '五,六', '七', '八', '九', '十'].join('\n') + '\n';
    const after = before.replace('五,六', '五，六');
    expect(unifiedDiff(before, after, 'a/r.txt', 'b/r.txt')).toBe(
      '--- a/r.txt\n+++ b/r.txt\n@@ -2,7 +2,7 @@\n 二\n 三\n 四\n-五,六\n+五，六\n 七\n 八\n 九\n',
    );
  });
});

describe('fzlint --fix', () => {
  // seed 003: normalised punctuation, two <…> nested titles; and a placeholder nobody can fix
  const text = seedText('003');

  function writeEncoded(dir: string, name: string, content: string, encoding: Encoding, bom: boolean, eol = '\n'): string {
    const file = path.join(dir, name);
    writeFileSync(file, encode(content.replace(/\r?\n/g, eol), encoding, bom));
    return file;
  }

  for (const [encoding, bom, eol] of [
    ['utf-8', false, '\n'],
    ['utf-8', true, '\r\n'],
    ['gb18030', false, '\r\n'],
    ['utf-16le', true, '\n'],
    ['utf-16be', true, '\r\n'],
  ] as [Encoding, boolean, string][]) {
    it(`keeps ${encoding}${bom ? ' with BOM' : ''} and ${eol === '\n' ? 'LF' : 'CRLF'} line endings, and a second --fix writes nothing`, async () => {
      const dir = tmp();
      const file = writeEncoded(dir, 'report.txt', text, encoding, bom, eol);
      const r1 = await run(['--fix', 'report.txt'], dir);
      expect(r1.code).not.toBe(2);
      const bytes = readFileSync(file);
      const decoded = decode(bytes);
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.bom).toBe(bom);
      const lines = decoded.text.split(eol);
      expect(lines.length).toBe(text.replace(/\r?\n/g, eol).split(eol).length);
      if (eol === '\r\n') expect(decoded.text.replace(/\r\n/g, '')).not.toContain('\n');
      else expect(decoded.text).not.toContain('\r');
      expect(decoded.text).toContain('《中共中央办公厅国务院办公厅关于印发〈法治政府建设与责任落实督察工作规定〉的通知》');
      expect(decoded.text).toContain('2023年，云雾土家族乡在县委、县政府的坚强领导下，');
      // no temporary file is left beside it
      expect(readdirSync(dir)).toEqual(['report.txt']);

      const before = statSync(file);
      const r2 = await run(['--fix', 'report.txt'], dir);
      expect(r2.code).toBe(r1.code);
      const after = statSync(file);
      expect(after.ino).toBe(before.ino);
      expect(after.mtimeMs).toBe(before.mtimeMs);
      expect(readFileSync(file).equals(bytes)).toBe(true);
    });
  }

  it('never writes a file that has no fix (mtime and inode unchanged)', async () => {
    const dir = tmp();
    const clean = path.join(dir, 'clean.txt');
    writeFileSync(clean, '一、主要举措和成效\n（一）加强党的领导。一是坚持党的全面领导，深入学习领会习近平法治思想。\n');
    const unfixable = path.join(dir, 'placeholder.txt');
    writeFileSync(unfixable, '一、主要举措和成效\n（一）加强党的领导。一是坚持党的全面领导，全年召开XX次会议。\n');
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(clean, old, old);
    utimesSync(unfixable, old, old);
    const stats = [statSync(clean), statSync(unfixable)];
    const r = await run(['--fix', '--format', 'json', '.'], dir);
    expect(r.code).toBe(1); // the placeholder is still an error
    const json = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(json.find((f) => f.filePath === unfixable)!.messages.map((m) => m.ruleId)).toContain('no-placeholder');
    for (const [i, f] of [clean, unfixable].entries()) {
      const s = statSync(f);
      expect(s.ino).toBe(stats[i].ino);
      expect(s.mtimeMs).toBe(stats[i].mtimeMs);
    }
  });

  it('reports what is left after fixing, so a fully fixed file exits 0', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'fzlint.config.json'), JSON.stringify({ extends: [], rules: { 'require-fullwidth-punctuation': 'warn', 'consistent-numbering': 'warn' } }));
    const file = path.join(dir, 'r.md');
    writeFileSync(file, '## 一、主要举措\n\n一是加强党委(党组)学法,推进依法行政。二是强化监督。二是化解纠纷。四是普法宣传。\n');
    const before = await run(['--format', 'json', 'r.md'], dir);
    expect(JSON.parse(before.stdout)[0].messages.length).toBeGreaterThan(0);
    const r = await run(['--fix', '--format', 'json', 'r.md'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].messages).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe('## 一、主要举措\n\n一是加强党委（党组）学法，推进依法行政。二是强化监督。三是化解纠纷。四是普法宣传。\n');
  });

  it('keeps the findings of cross-document rules for a fixed file (the other files of the run are still its others)', async () => {
    const dir = tmp();
    const fixtures = path.join(ROOT, 'fixtures/require-plan-followup');
    mkdirSync(path.join(dir, '2023'));
    mkdirSync(path.join(dir, '2024'));
    writeFileSync(path.join(dir, '2023', '叶城县.txt'), readFileSync(path.join(fixtures, 'previous/叶城县2023.txt')));
    writeFileSync(path.join(dir, '2024', '叶城县.txt'), readFileSync(path.join(fixtures, 'invalid/叶城县2024-partly-followed.txt')));
    writeFileSync(path.join(dir, 'fzlint.config.json'), JSON.stringify({ extends: [], rules: { 'require-plan-followup': 'info', 'require-fullwidth-punctuation': 'warn' } }));
    const ids = (stdout: string) =>
      (JSON.parse(stdout) as { messages: { ruleId: string; messageId: string }[] }[]).map((f) => f.messages.map((m) => `${m.ruleId}/${m.messageId}`));
    const before = ids((await run(['--format', 'json', '2023', '2024'], dir)).stdout);
    expect(before[1]).toContain('require-fullwidth-punctuation/normalised');
    expect(before[1].filter((m) => m.startsWith('require-plan-followup'))).toHaveLength(3);
    const after = ids((await run(['--fix', '--format', 'json', '2023', '2024'], dir)).stdout);
    expect(after[1]).not.toContain('require-fullwidth-punctuation/normalised');
    expect(after[1].filter((m) => m.startsWith('require-plan-followup'))).toHaveLength(3);
  });

  it('keeps the file mode; never writes through a symlink (issue 13): the link is named on stderr, its target untouched', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'real'));
    const target = path.join(dir, 'real', 'r.txt');
    writeFileSync(target, '加强党委(党组)学法,推进依法行政。\n');
    chmodSync(target, 0o640);
    const link = path.join(dir, 'link.txt');
    symlinkSync(target, link);
    const viaLink = await run(['--fix', 'link.txt'], dir);
    expect(viaLink.stderr).toContain('link.txt：未修复：这是符号链接');
    expect(readFileSync(target, 'utf8')).toBe('加强党委(党组)学法,推进依法行政。\n');
    await run(['--fix', 'real/r.txt'], dir);
    expect(readFileSync(target, 'utf8')).toBe('加强党委（党组）学法，推进依法行政。\n');
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readdirSync(path.join(dir, 'real'))).toEqual(['r.txt']);
  });

  it('refuses to write when the file changed on disk after it was linted', () => {
    const dir = tmp();
    const file = path.join(dir, 'r.txt');
    writeFileSync(file, '加强党委(党组)学法。\n');
    expect(() => writeFixedFile(file, '另一段文字\n', '另一段文字。\n')).toThrow(FixWriteError);
    expect(readFileSync(file, 'utf8')).toBe('加强党委(党组)学法。\n');
  });
});

describe('fzlint --fix-dry-run', () => {
  it('prints a unified diff that patches the file into what --fix writes, and writes nothing', async () => {
    const dir = tmp();
    const file = path.join(dir, 'seed.txt');
    writeFileSync(file, seedText('000'));
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(file, old, old);
    const before = statSync(file);
    const dry = await run(['--fix-dry-run', 'seed.txt'], dir);
    expect(dry.stdout.startsWith('--- a/seed.txt\n+++ b/seed.txt\n@@ ')).toBe(true);
    // the report goes to stderr, so stdout is a clean patch
    expect(dry.stderr).toContain('seed.txt');
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(readFileSync(file, 'utf8')).toBe(seedText('000'));

    const patched = applyPatch(seedText('000'), dry.stdout);
    const fixed = await run(['--fix', 'seed.txt'], dir);
    expect(fixed.code).toBe(dry.code);
    expect(readFileSync(file, 'utf8')).toBe(patched);
    expect(patched).toContain('宣传《保障农民工工资支付条例》《中华人民共和国劳动法》《中华人民共和国劳动合同法》《民商法》《经济法》《中华人民共和国民法典》等');

    // nothing left: an empty diff
    const again = await run(['--fix-dry-run', 'seed.txt'], dir);
    expect(again.stdout).toBe('');
  });

  it('cannot be combined with --fix', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'r.txt'), '加强党委(党组)学法。\n');
    const r = await run(['--fix', '--fix-dry-run', 'r.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/fix-dry-run/);
    expect(readFileSync(path.join(dir, 'r.txt'), 'utf8')).toBe('加强党委(党组)学法。\n');
  });
});
