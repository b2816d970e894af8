import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, MarkupContent, TextDocumentEdit, TextEdit } from 'vscode-languageserver/node.js';
import requireSections from '../../rules/require-sections.js';
import { defineRule } from '../../src/engine/define.js';
import { prepare } from '../../src/engine/lint.js';
import { runRules } from '../../src/engine/run.js';
import type { AnyRule, LintMessage } from '../../src/engine/types.js';
import { FIX_ALL_KIND, fixActions, ruleIdsOf, wants } from '../../src/lsp/actions.js';
import { configErrorDiagnostic, rangeOf, toDiagnostic } from '../../src/lsp/convert.js';
import { disableLineAction, disableRuleAction } from '../../src/lsp/disable.js';
import { hoverAt } from '../../src/lsp/hover.js';
import { seedText } from '../helpers/seeds.js';

/**
 * A rule for these tests: an ASCII comma between two CJK characters, with a
 * fix (full-width comma), a suggestion (enumeration comma 、) and the
 * previous comma of the block as a related place.
 */
const commaRule = defineRule({
  meta: {
    id: 'comma',
    type: 'layout',
    description: { zh: '中文之间用全角逗号', en: 'Full-width commas between Chinese words' },
    severity: 'warn',
    basis: { zh: 'GB/T 15834-2011《标点符号用法》', en: 'GB/T 15834-2011' },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: true,
    hasSuggestions: true,
    messages: {
      ascii: { zh: '中文之间用了半角逗号「{text}」', en: 'ASCII comma in “{text}”' },
      toDun: { zh: '改为顿号', en: 'Use 、' },
      previous: { zh: '上一个逗号', en: 'previous comma' },
    },
  },
  check(context) {
    const { report } = context;
    for (const b of report.bodyBlocks) {
      let prev: number | undefined;
      for (const m of b.text.matchAll(/(?<=\p{Script=Han}),(?=\p{Script=Han})/gu)) {
        const start = report.toSource(b, m.index!);
        context.reportIssue({
          messageId: 'ascii',
          data: { text: b.text.slice(m.index! - 1, m.index! + 2) },
          start,
          end: start + 1,
          fix: { start, end: start + 1, text: '，' },
          suggestions: [{ messageId: 'toDun', fix: { start, end: start + 1, text: '、' } }],
          related: prev === undefined ? undefined : [{ start: prev, end: prev + 1, messageId: 'previous' }],
        });
        prev = start;
      }
    }
  },
});

// Real report text: seed 002's opening paragraph and first heading (NFKC-normalised: ASCII commas)
const LINES = seedText('002').split('\n');
const TEXT = `${LINES[0]}\n${LINES[1]}\n${LINES[2]}\n`;
const URI = 'file:///reports/002.txt';

async function lint(text = TEXT): Promise<LintMessage[]> {
  const report = await prepare(text, 'text', '/reports/002.txt');
  return runRules(report, [['comma', { rule: commaRule as AnyRule, setting: { severity: 'warn', options: {} } }]], { locale: 'zh' });
}

function applyEdits(doc: TextDocument, edits: TextEdit[]): string {
  return TextDocument.applyEdits(doc, edits);
}

function editsOf(a: CodeAction): TextEdit[] {
  const e = a.edit!;
  if (e.changes) return Object.values(e.changes).flat();
  return (e.documentChanges as TextDocumentEdit[]).flatMap((c) => ('edits' in c ? (c.edits as TextEdit[]) : []));
}

describe('toDiagnostic', () => {
  it('maps position, severity, code, rule page and related places', async () => {
    const messages = await lint();
    expect(messages.length).toBeGreaterThan(1);
    const doc = TextDocument.create(URI, 'plaintext', 1, TEXT);
    const m = messages[1];
    const d = toDiagnostic(m, URI);
    // 0-based UTF-16 positions: the same place as the offsets, through the editor's own arithmetic
    expect(d.range).toEqual({ start: doc.positionAt(m.start), end: doc.positionAt(m.end) });
    expect(TEXT.slice(doc.offsetAt(d.range.start), doc.offsetAt(d.range.end))).toBe(',');
    expect(d).toMatchObject({ severity: 2, code: 'comma', source: 'fzlint', codeDescription: { href: commaRule.meta.url }, data: { messageId: 'ascii', data: m.data } });
    expect(d.message).toBe(`中文之间用了半角逗号「${m.data.text}」`);
    expect(d.relatedInformation).toEqual([{ location: { uri: URI, range: { start: doc.positionAt(messages[0].start), end: doc.positionAt(messages[0].end) } }, message: '上一个逗号' }]);
    expect(toDiagnostic(messages[0], URI).relatedInformation).toBeUndefined();
  });

  it('positions hold across CRLF, CR and astral characters (UTF-16, not code points)', async () => {
    const text = `𠀋${LINES[0].slice(0, 30)}\r\n\r${LINES[2]}`;
    const doc = TextDocument.create(URI, 'plaintext', 1, text);
    const messages = await lint(text);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(toDiagnostic(m, URI).range).toEqual({ start: doc.positionAt(m.start), end: doc.positionAt(m.end) });
  });

  it('severities: error → 1, warn → 2, info → 3', async () => {
    const report = await prepare(seedText('002'), 'text', '/reports/002.txt');
    const [three, five] = runRules(report, [['require-sections', { rule: requireSections as AnyRule, setting: { severity: 'error', options: { level: 'any' } } }]]);
    expect([toDiagnostic(three, URI).severity, toDiagnostic(five, URI).severity]).toEqual([1, 3]);
  });

  it('a config error: one diagnostic on the first line, pointing at the config file', () => {
    const d = configErrorDiagnostic(TEXT, { message: '/r/fzlint.config.json: malformed JSON: Expected \',\' (line 3, column 5)', file: '/r/fzlint.config.json' }, 'en');
    expect(d.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: LINES[0].length } });
    expect(d.message).toBe("fzlint configuration error, this file was not checked: /r/fzlint.config.json: malformed JSON: Expected ',' (line 3, column 5)");
    expect(d.relatedInformation![0].location).toEqual({ uri: 'file:///r/fzlint.config.json', range: { start: { line: 2, character: 4 }, end: { line: 2, character: 4 } } });
  });
});

describe('fixActions', () => {
  it('offers the fix (preferred) and the suggestion of the finding under the cursor, and a fix-all', async () => {
    const messages = await lint();
    const doc = TextDocument.create(URI, 'plaintext', 3, TEXT);
    const m = messages[1];
    const range = rangeOf(m);
    const diagnostic = toDiagnostic(m, URI);
    const actions = fixActions({ uri: URI, document: doc, messages, lintedVersion: 3, range, diagnostics: [diagnostic], locale: 'zh', documentChanges: true });
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false])).toEqual([
      ['修复此 comma 问题', 'quickfix', true],
      ['改为顿号（comma 建议）', 'quickfix', false],
      ['修复所有可自动修复的 fzlint 问题', FIX_ALL_KIND, false],
    ]);
    expect(actions[0].diagnostics).toEqual([diagnostic]);
    // Versioned edits: the editor refuses them if the text has moved on
    expect((actions[0].edit!.documentChanges![0] as TextDocumentEdit).textDocument).toEqual({ uri: URI, version: 3 });
    const fixed = applyEdits(doc, editsOf(actions[0]));
    expect(fixed).toBe(TEXT.slice(0, m.start) + '，' + TEXT.slice(m.end));
    expect(applyEdits(doc, editsOf(actions[1]))).toBe(TEXT.slice(0, m.start) + '、' + TEXT.slice(m.end));
    // Fix all: every comma between Chinese words, and the result lints clean
    const all = applyEdits(doc, editsOf(actions[2]));
    expect(await lint(all)).toEqual([]);
    expect(all.length).toBe(TEXT.length);
  });

  it('offers nothing once the document has changed since the lint, and honours context.only', async () => {
    const messages = await lint();
    const doc = TextDocument.create(URI, 'plaintext', 4, TEXT);
    const range = rangeOf(messages[0]);
    expect(fixActions({ uri: URI, document: doc, messages, lintedVersion: 3, range, diagnostics: [], locale: 'zh', documentChanges: false })).toEqual([]);
    const plain = fixActions({ uri: URI, document: doc, messages, lintedVersion: 4, range, diagnostics: [], locale: 'en', documentChanges: false });
    expect(plain[0].title).toBe('Fix this comma problem');
    expect(plain[0].edit!.changes![URI]).toHaveLength(1);
    expect(wants(['source.fixAll'], FIX_ALL_KIND)).toBe(true);
    expect(wants(['quickfix'], FIX_ALL_KIND)).toBe(false);
    expect(wants(['source'], 'quickfix')).toBe(false);
    expect(wants(undefined, 'quickfix')).toBe(true);
  });

  it('ruleIdsOf keeps fzlint rule ids once each, not config or internal errors or other tools', async () => {
    const messages = await lint();
    const ds = [...messages.map((m) => toDiagnostic(m, URI)), configErrorDiagnostic(TEXT, { message: 'x' }, 'zh'), { ...toDiagnostic(messages[0], URI), source: 'cspell' }];
    expect(ruleIdsOf(ds).map((r) => r.ruleId)).toEqual(['comma']);
  });
});

describe('hover', () => {
  it('shows description, basis and rule page of the diagnostics under the cursor', async () => {
    const messages = await lint();
    const targets = messages.map((m) => ({ ruleId: m.ruleId, range: rangeOf(m) }));
    const r = rangeOf(messages[0]);
    const h = hoverAt(targets, r.start, { comma: commaRule as AnyRule }, 'zh')!;
    expect(h.range).toEqual(r);
    expect((h.contents as MarkupContent).value).toBe(`**comma** — 中文之间用全角逗号\n\n依据：GB/T 15834-2011《标点符号用法》\n\n[规则说明](${commaRule.meta.url})`);
    const en = hoverAt(targets, r.end, { comma: commaRule as AnyRule }, 'en')!;
    expect((en.contents as MarkupContent).value).toContain('Basis: GB/T 15834-2011');
    expect(hoverAt(targets, { line: 1, character: 0 }, { comma: commaRule as AnyRule }, 'zh')).toBeNull();
    // A pseudo rule (no meta) contributes nothing
    expect(hoverAt([{ ruleId: 'directives', range: r }], r.start, {}, 'zh')).toBeNull();
  });
});

describe('disable actions', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const tmp = () => {
    const d = mkdtempSync(path.join(tmpdir(), 'fzlint-lsp-act-'));
    dirs.push(d);
    return d;
  };

  it('Markdown: a fzlint-disable-line comment at the end of the finding’s line, or the rule added to one already there', async () => {
    const messages = await lint();
    const diagnostic = toDiagnostic(messages[0], URI);
    const doc = TextDocument.create(URI, 'markdown', 1, TEXT);
    const a = disableLineAction({ uri: URI, document: doc, ruleId: 'comma', diagnostic, locale: 'zh', documentChanges: false });
    const out = applyEdits(doc, editsOf(a));
    expect(out.split('\n')[0]).toBe(`${LINES[0]} <!-- fzlint-disable-line comma -->`);
    expect(out.split('\n').slice(1)).toEqual(TEXT.split('\n').slice(1));
    const doc2 = TextDocument.create(URI, 'markdown', 2, out);
    const b = disableLineAction({ uri: URI, document: doc2, ruleId: 'require-sections', diagnostic, locale: 'en', documentChanges: true });
    expect(b.title).toBe('Disable require-sections on this line (fzlint-disable-line comment)');
    expect(applyEdits(doc2, editsOf(b)).split('\n')[0]).toBe(`${LINES[0]} <!-- fzlint-disable-line comma, require-sections -->`);
    const withReason = `${LINES[1]} <!-- fzlint-disable-line comma -- 原文如此 -->\n`;
    const doc3 = TextDocument.create(URI, 'markdown', 1, withReason);
    const c = disableLineAction({ uri: URI, document: doc3, ruleId: 'x', diagnostic: { ...diagnostic, range: { start: { line: 0, character: 2 }, end: { line: 0, character: 3 } } }, locale: 'zh', documentChanges: false });
    expect(applyEdits(doc3, editsOf(c))).toBe(`${LINES[1]} <!-- fzlint-disable-line comma, x -- 原文如此 -->\n`);
  });

  it('config: an override in the nearest config; a new fzlint.config.json when there is none', async () => {
    const messages = await lint();
    const diagnostic = toDiagnostic(messages[0], URI);
    const dir = tmp();
    const config = path.join(dir, 'fzlint.config.json');
    writeFileSync(config, '{\n  "reportYear": 2024\n}\n');
    const file = path.join(dir, 'reports', '002.txt');
    const base = { ruleId: 'comma', filePath: file, root: dir, diagnostic, locale: 'zh' as const, canCreateFiles: true, documentChanges: true };
    const a = disableRuleAction({ ...base, configFile: config })!;
    expect(a.title).toBe('在 fzlint.config.json 中对本文件关闭规则 comma');
    const change = a.edit!.documentChanges![0] as TextDocumentEdit;
    expect(change.textDocument.uri).toBe(pathToFileURL(config).href);
    const configDoc = TextDocument.create(change.textDocument.uri, 'json', 0, readFileSync(config, 'utf8'));
    expect(JSON.parse(applyEdits(configDoc, change.edits as TextEdit[]))).toEqual({ reportYear: 2024, overrides: [{ files: 'reports/002.txt', rules: { comma: 'off' } }] });

    // A config that exists but did not apply is never overwritten
    expect(disableRuleAction({ ...base, configFile: undefined })).toBeUndefined();
    const empty = tmp();
    const none = disableRuleAction({ ...base, configFile: undefined, root: empty, filePath: path.join(empty, 'reports', '002.txt') })!;
    expect(none.title).toBe('新建 fzlint.config.json，对本文件关闭规则 comma');
    const [create, edit] = none.edit!.documentChanges!;
    expect(create).toMatchObject({ kind: 'create', uri: pathToFileURL(path.join(empty, 'fzlint.config.json')).href });
    expect(JSON.parse((edit as TextDocumentEdit).edits[0].newText)).toEqual({ overrides: [{ files: 'reports/002.txt', rules: { comma: 'off' } }] });
    // Not offered when the client cannot create files, or the document lies outside the config's directory
    expect(disableRuleAction({ ...base, configFile: undefined, root: empty, filePath: path.join(empty, 'a.txt'), canCreateFiles: false })).toBeUndefined();
    expect(disableRuleAction({ ...base, configFile: path.join(dir, 'reports', 'sub', 'fzlint.config.json') })).toBeUndefined();
  });
});
