import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinFormatterNames, loadFormatter } from '../../src/format/index.js';
import { escapeData, escapeProperty } from '../../src/format/github.js';
import type { FileResult } from '../../src/linter/types.js';
import { ROOT } from '../helpers/seeds.js';
import { context, fixtureResults, INVALID, MISSING, VALID } from './helpers.js';

// Exact output of each line- and XML-oriented formatter on one fixture (require-sections'
// responsibility-only-in-plan.txt: an error and an info on line 1), a clean report, a
// file that cannot be read, and one warning on line 9 whose text needs escaping.

let results: FileResult[];
let E: string; // the error's text (require-sections' wording)
let I: string; // the info's text
const TRICKY = '100%, a:b & <c> "d" \'e\'\n第二行';

beforeAll(async () => {
  results = await fixtureResults();
  [E, I] = results[0].messages.map((m) => m.reason);
});

async function format(name: string, overrides = {}): Promise<string> {
  return (await loadFormatter(name))(results, context(overrides));
}

describe('the fixture the formatters print', () => {
  it('holds an error, an info and the tricky warning in one file, a clean file and an unreadable one', () => {
    expect(results[0].messages.map((m) => [m.ruleId, m.messageId, m.data.part, m.severity, m.line, m.column, m.endLine, m.endColumn])).toEqual([
      ['require-sections', 'missingPart', 3, 'error', 1, 1, 1, 63],
      ['require-sections', 'missingPart', 5, 'info', 1, 1, 1, 63],
      ['require-sections', 'notTopLevel', 3, 'warn', 9, 39, 9, 46],
    ]);
    expect(results[0].source!.slice(results[0].messages[2].start, results[0].messages[2].end)).toBe('第一责任人职责');
    expect(results[1].messages).toEqual([]);
    expect(results[2].fileError).toBe('cannot read file: file not found (deleted?)');
  });

  it('every built-in format is registered and loads', async () => {
    expect(builtinFormatterNames()).toEqual(
      expect.arrayContaining(['stylish', 'json', 'sarif', 'github', 'junit', 'checkstyle', 'unix', 'compact', 'checklist', 'html', 'codeclimate', 'csv']),
    );
    for (const name of builtinFormatterNames()) expect(typeof (await loadFormatter(name))).toBe('function');
  });
});

describe('unix', () => {
  it('prints file:line:col: message [severity/rule], one line per finding, then the count', async () => {
    expect(await format('unix')).toBe(
      `${INVALID}:1:1: ${E} [error/require-sections]\n` +
        `${INVALID}:1:1: ${I} [info/require-sections]\n` +
        `${INVALID}:9:39: 100%, a:b & <c> "d" 'e' 第二行 [warning/require-sections]\n` +
        `${MISSING}:1:1: cannot read file: file not found (deleted?) [error]\n` +
        '\n4 problems\n',
    );
  });

  it('prints nothing for clean results', async () => {
    expect((await loadFormatter('unix'))([results[1]], context())).toBe('');
  });
});

describe('compact', () => {
  it("prints ESLint's compact lines", async () => {
    expect(await format('compact')).toBe(
      `${INVALID}: line 1, col 1, Error - ${E} (require-sections)\n` +
        `${INVALID}: line 1, col 1, Info - ${I} (require-sections)\n` +
        `${INVALID}: line 9, col 39, Warning - 100%, a:b & <c> "d" 'e' 第二行 (require-sections)\n` +
        `${MISSING}: line 1, col 1, Error - cannot read file: file not found (deleted?)\n` +
        '\n4 problems\n',
    );
  });
});

describe('github', () => {
  it('prints workflow commands with the span and the rule as title, errors first, then warnings, then notices (info)', async () => {
    expect(await format('github')).toBe(
      `::error file=${INVALID},line=1,col=1,endLine=1,endColumn=63,title=require-sections::${E}\n` +
        `::error file=${MISSING},line=1,col=1,endLine=1,endColumn=1,title=fzlint::cannot read file: file not found (deleted?)\n` +
        `::warning file=${INVALID},line=9,col=39,endLine=9,endColumn=46,title=require-sections::100%25, a:b & <c> "d" 'e'%0A第二行\n` +
        `::notice file=${INVALID},line=1,col=1,endLine=1,endColumn=63,title=require-sections::${I}\n`,
    );
  });

  it('escapes % CR LF in the message, and also , and : in properties (GitHub toolkit rules)', () => {
    expect(escapeData('50%,a:b\r\nc')).toBe('50%25,a:b%0D%0Ac');
    expect(escapeProperty('C:\\报告,2024%.txt\n')).toBe('C%3A\\报告%2C2024%25.txt%0A');
  });

  it('leaves columns out when a span crosses lines (GitHub honours them only within one line)', async () => {
    const [m] = results[0].messages;
    const multi = { ...results[0], messages: [{ ...m, endLine: 2, endColumn: 5 }] } as FileResult;
    expect((await loadFormatter('github'))([multi], context())).toBe(
      `::error file=${INVALID},line=1,endLine=2,title=require-sections::${E}\n`,
    );
  });

  it('escapes a file name with a comma or colon', async () => {
    const odd = { ...results[0], filePath: path.join(ROOT, 'reports/a,b:c.txt'), messages: [results[0].messages[0]] } as FileResult;
    expect((await loadFormatter('github'))([odd], context())).toBe(
      `::error file=reports/a%2Cb%3Ac.txt,line=1,col=1,endLine=1,endColumn=63,title=require-sections::${E}\n`,
    );
  });
});

describe('checkstyle', () => {
  it('prints one <file> per report and one <error> per finding, XML-escaped', async () => {
    // require-sections' texts hold no XML specials; the tricky warning holds all of them
    expect(await format('checkstyle')).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n' +
        '<checkstyle version="4.3">\n' +
        `  <file name="${path.join(ROOT, INVALID)}">\n` +
        `    <error line="1" column="1" severity="error" message="${E}" source="fzlint.rules.require-sections"/>\n` +
        `    <error line="1" column="1" severity="info" message="${I}" source="fzlint.rules.require-sections"/>\n` +
        '    <error line="9" column="39" severity="warning" message="100%, a:b &amp; &lt;c&gt; &quot;d&quot; &apos;e&apos;&#10;第二行" source="fzlint.rules.require-sections"/>\n' +
        '  </file>\n' +
        `  <file name="${path.join(ROOT, VALID)}"/>\n` +
        `  <file name="${path.join(ROOT, MISSING)}">\n` +
        '    <error line="1" column="1" severity="error" message="cannot read file: file not found (deleted?)" source="fzlint"/>\n' +
        '  </file>\n' +
        '</checkstyle>\n',
    );
  });
});

describe('junit', () => {
  it('prints a testsuite per file with file and line on each testcase: errors and warnings fail, info passes with its text, an unreadable file errs', async () => {
    const T = '100%, a:b &amp; &lt;c&gt; &quot;d&quot; &apos;e&apos;&#10;第二行';
    expect(await format('junit')).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n' +
        '<testsuites name="fzlint" tests="5" failures="2" errors="1" time="0">\n' +
        `  <testsuite name="${INVALID}" tests="3" failures="2" errors="0" skipped="0" time="0">\n` +
        `    <testcase name="require-sections 1:1" classname="${INVALID}" file="${INVALID}" line="1" time="0">\n` +
        `      <failure message="${E}" type="error">${INVALID}:1:1: ${E}</failure>\n` +
        '    </testcase>\n' +
        `    <testcase name="require-sections 1:1" classname="${INVALID}" file="${INVALID}" line="1" time="0">\n` +
        `      <system-out>${INVALID}:1:1: ${I}</system-out>\n` +
        '    </testcase>\n' +
        `    <testcase name="require-sections 9:39" classname="${INVALID}" file="${INVALID}" line="9" time="0">\n` +
        `      <failure message="${T}" type="warning">${INVALID}:9:39: ${T}</failure>\n` +
        '    </testcase>\n' +
        '  </testsuite>\n' +
        `  <testsuite name="${VALID}" tests="1" failures="0" errors="0" skipped="0" time="0">\n` +
        `    <testcase name="fzlint" classname="${VALID}" file="${VALID}" time="0"/>\n` +
        '  </testsuite>\n' +
        `  <testsuite name="${MISSING}" tests="1" failures="0" errors="1" skipped="0" time="0">\n` +
        `    <testcase name="fzlint 1:1" classname="${MISSING}" file="${MISSING}" line="1" time="0">\n` +
        `      <error message="cannot read file: file not found (deleted?)" type="file">${MISSING}:1:1: cannot read file: file not found (deleted?)</error>\n` +
        '    </testcase>\n' +
        '  </testsuite>\n' +
        '</testsuites>\n',
    );
  });

  it('reports a crashed rule as an <error>, not a failure', async () => {
    const crashed = { ...results[0].messages[0], internal: true, reason: '规则 require-sections 运行出错：boom' };
    const r = { ...results[0], messages: [crashed], errorCount: 1, warningCount: 0, infoCount: 0, fatalErrorCount: 1 } as FileResult;
    const out = (await loadFormatter('junit'))([r], context());
    expect(out).toContain('<testsuites name="fzlint" tests="1" failures="0" errors="1" time="0">');
    expect(out).toContain('<error message="规则 require-sections 运行出错：boom" type="internal">');
  });
});

describe('checklist', () => {
  it('prints the reviewer table: title, parts, plan and its year, 第一责任人, publication, numbers, verdict, file', async () => {
    const w = Math.max(INVALID.length, VALID.length, MISSING.length);
    const t = 34; // the widest title: 叶城县2023年度法治政府建设工作报告
    expect(await format('checklist')).toBe(
      '审阅清单：3 份报告\n' +
        '\n' +
        `报告${' '.repeat(t - 4)}  年度  五项内容   下一年度安排  第一责任人  公开时间    数字问题  结论      文件\n` +
        `${'─'.repeat(t)}  ────  ─────────  ────────────  ──────────  ──────────  ────────  ────────  ${'─'.repeat(w)}\n` +
        `—${' '.repeat(t - 1)}  2024  ✗ 缺 3、5  ✓ 2025年      ✗ 未见      — 未见日期  —         不通过    ${INVALID}\n` +
        `叶城县2023年度法治政府建设工作报告  2023  ✓ 齐全     ✓ 2024年      ✓ 有标题    — 未见日期  —         通过      ${VALID}\n` +
        `—${' '.repeat(t - 1)}  —     —          —             —           —           —         无法检查  ${MISSING}\n` +
        '\n' +
        `${MISSING}: cannot read file: file not found (deleted?)\n` +
        '\n' +
        '通过 1，待核实 0，不通过 1，无法检查 1\n' +
        '✓ 符合  ✗ 不符合  ! 警告  ? 待核实  — 未检查\n',
    );
  });

  it('cuts a long title to 36 columns with an ellipsis', async () => {
    const long = { ...results[1], report: { ...results[1].report!, meta: { ...results[1].report!.meta, title: '新疆维吾尔自治区喀什地区叶城县人民政府关于2023年度法治政府建设工作情况的报告' } } } as FileResult;
    const out = (await loadFormatter('checklist'))([long], context());
    expect(out).toContain('新疆维吾尔自治区喀什地区叶城县人民…  2023');
  });

  it('prints English labels with --locale en', async () => {
    const out = await format('checklist', { locale: 'en' });
    expect(out.split('\n').slice(0, 3)).toEqual([
      'Review checklist: 3 reports',
      '',
      `${'Report'.padEnd(34)}  Year  Five parts      Next-year plan  First responsible  Published  Numbers  Verdict  File`,
    ]);
    expect(out).toContain(`—${' '.repeat(33)}  2024  ✗ missing 3, 5  ✓ 2025          ✗ not found        — no date  —        fail     ${INVALID}`);
    expect(out).toContain('pass 1, review 0, fail 1, error 1\n');
  });
});
