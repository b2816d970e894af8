import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, Hover, MarkupContent, TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import requireSections from '../rules/require-sections.js';
import { Linter } from '../src/linter/linter.js';
import { ensureBuilt, LspClient, type Published } from './helpers/lsp-client.js';
import { ROOT, seedPath, seedText } from './helpers/seeds.js';

// The server as an editor starts it: a child process speaking JSON-RPC over stdio.
let dir: string;
let client: LspClient;
const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
const CONFIG = '{\n  "extends": "fzlint:recommended"\n}\n';

function rs(p: Published): Diagnostic[] {
  return p.diagnostics.filter((d) => d.code === 'require-sections');
}
/** Part numbers of require-sections findings, from the message data carried in Diagnostic.data. */
function parts(p: Published): number[] {
  return rs(p).map((d) => (d.data as { messageId: string; data: { part: number } }).data.part);
}

async function open(name: string, languageId = 'plaintext', text = readFileSync(path.join(dir, name), 'utf8')) {
  const from = client.mark();
  await client.notify('textDocument/didOpen', { textDocument: { uri: uri(name), languageId, version: 1, text } });
  return client.diagnostics(uri(name), from);
}

function editsOf(action: CodeAction): { uri: string; edits: TextEdit[] }[] {
  const e = action.edit!;
  if (e.changes) return Object.entries(e.changes).map(([u, edits]) => ({ uri: u, edits }));
  return (e.documentChanges as TextDocumentEdit[]).filter((c) => 'edits' in c).map((c) => ({ uri: c.textDocument.uri, edits: c.edits as TextEdit[] }));
}

/** Apply LSP text edits (0-based line/character, UTF-16) to a text. */
function applyEdits(text: string, edits: TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = (p: { line: number; character: number }) => starts[p.line] + p.character;
  const sorted = [...edits].sort((a, b) => off(b.range.start) - off(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}

/** The report as its drafters would write it in Markdown: top-level parts as headings, blank lines between paragraphs. */
function asMarkdown(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim());
  return lines.map((l) => (/^[一二三四五六七八九十]、/.test(l) ? `## ${l}` : l)).join('\n\n') + '\n';
}

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(path.join(tmpdir(), 'fzlint-lsp-'));
  writeFileSync(path.join(dir, 'fzlint.config.json'), CONFIG);
  copyFileSync(seedPath('000'), path.join(dir, '000.txt'));
  copyFileSync(seedPath('002'), path.join(dir, '002.txt'));
  copyFileSync(seedPath('002'), path.join(dir, '002-onsave.txt'));
  copyFileSync(seedPath('004'), path.join(dir, '004.txt'));
  copyFileSync(seedPath('004'), path.join(dir, '004-rate.txt'));
  writeFileSync(path.join(dir, '002.md'), asMarkdown(seedText('002')));
  // `fzlint --lsp` with the transport flag VS Code adds
  client = new LspClient([path.join(ROOT, 'bin/fzlint.js'), '--lsp', '--stdio'], dir);
  client.settings = (scope) => ({ enable: true, run: scope?.endsWith('-onsave.txt') ? 'onSave' : 'onType', debounce: 100, configPath: null });
}, 200_000);

afterAll(() => {
  client?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('language server over JSON-RPC', () => {
  it('initializes with hover, quick fixes and incremental sync, and watches config files', async () => {
    const init = await client.request<{ capabilities: Record<string, unknown>; serverInfo: { name: string } }>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'reports' }],
      locale: 'zh-cn',
      capabilities: {
        workspace: {
          configuration: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true } },
        window: { showDocument: { support: true } },
      },
    });
    expect(init.serverInfo.name).toBe('fzlint');
    expect(init.capabilities).toMatchObject({
      hoverProvider: true,
      textDocumentSync: { openClose: true, change: 2 },
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.fzlint'] },
      executeCommandProvider: { commands: ['fzlint.showRuleDocs'] },
    });
    await client.notify('initialized', {});
    // The registration arrives right after `initialized`
    for (let i = 0; i < 50 && !client.registrations.length; i++) await new Promise((r) => setTimeout(r, 20));
    expect(client.registrations.map((r) => r.method)).toContain('workspace/didChangeWatchedFiles');
  });

  it('open seed 002: require-sections finds parts 3 and 5 missing, as the CLI does', async () => {
    const p = await open('002.txt');
    expect(parts(p)).toEqual([3, 5]);
    const [three, five] = rs(p);
    // Seed 002 has no title line: the findings sit on its first line, the opening paragraph
    const firstLine = seedText('002').split('\n')[0];
    for (const d of [three, five]) {
      expect(d.source).toBe('fzlint');
      expect(d.codeDescription?.href).toBe(requireSections.meta.url);
      expect(d.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } });
    }
    expect(three.severity).toBe(1); // Error
    expect(five.severity).toBe(3); // Information
    expect(p.version).toBe(1);

    // Editor and CI never disagree: the same text through the CLI's Linter gives the same findings at the same places
    const cli = await new Linter({ cwd: dir }).lintText(readFileSync(path.join(dir, '002.txt'), 'utf8'), path.join(dir, '002.txt'));
    expect(p.diagnostics.map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1, d.message])).toEqual(
      cli.messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.reason]),
    );
  });

  it('removing a part while typing: the new diagnostic arrives (debounced), and goes when the part is back', async () => {
    const first = await open('000.txt');
    expect(parts(first)).toEqual([]);
    const text = readFileSync(path.join(dir, '000.txt'), 'utf8');
    const lines = text.split('\n');
    const from = lines.findIndex((l) => l.startsWith('二、2023年度推进法治政府建设存在的不足和原因'));
    const to = lines.findIndex((l) => l.startsWith('三、'));
    expect(from).toBeGreaterThan(0);
    const removed = lines.slice(from, to).join('\n') + '\n';

    let mark = client.mark();
    // Incremental change: delete the whole of part 二 (heading and body)
    await client.notify('textDocument/didChange', {
      textDocument: { uri: uri('000.txt'), version: 2 },
      contentChanges: [{ range: { start: { line: from, character: 0 }, end: { line: to, character: 0 } }, text: '' }],
    });
    const broken = await client.diagnostics(uri('000.txt'), mark, (q) => q.version === 2);
    expect(parts(broken)).toEqual([2]);
    expect(rs(broken)[0].severity).toBe(1);
    expect(rs(broken)[0].message).toContain('存在的不足和原因');

    mark = client.mark();
    await client.notify('textDocument/didChange', {
      textDocument: { uri: uri('000.txt'), version: 3 },
      contentChanges: [{ range: { start: { line: from, character: 0 }, end: { line: from, character: 0 } }, text: removed }],
    });
    const fixed = await client.diagnostics(uri('000.txt'), mark, (q) => q.version === 3);
    expect(parts(fixed)).toEqual([]);
  });

  it('breaking a rate while typing: consistent-rate reports it, with the counts as related places', async () => {
    const text = readFileSync(path.join(dir, '004-rate.txt'), 'utf8');
    const lines = text.split('\n');
    const first = await open('004-rate.txt');
    // Seed truth: 004's two inconsistent rates as published, each pointing at its numerator and denominator
    const published = first.diagnostics.filter((d) => d.code === 'consistent-rate');
    expect(published.map((d) => lines[d.range.start.line].slice(d.range.start.character, d.range.end.character))).toEqual(['电子送达率91.61%', '执结率64.03%']);
    expect(published.map((d) => d.relatedInformation!.map((r) => r.message))).toEqual([
      ['分子：「电子送达案件1051件」', '分母：「受理各类民商事一审案件1148件」'],
      ['分子：「执结383件」', '分母：「受理执行案件523件」'],
    ]);

    // 729 disputes, 710 resolved: 97.4% is right; the drafter mistypes it as 92.4%
    const line = lines.findIndex((l) => l.includes('化解率97.4%'));
    const character = lines[line].indexOf('化解率97.4%') + '化解率'.length;
    const mark = client.mark();
    await client.notify('textDocument/didChange', {
      textDocument: { uri: uri('004-rate.txt'), version: 2 },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 2 } }, text: '92' }],
    });
    const broken = await client.diagnostics(uri('004-rate.txt'), mark, (q) => q.version === 2);
    const rates = broken.diagnostics.filter((d) => d.code === 'consistent-rate');
    expect(rates).toHaveLength(3);
    const d = rates.find((x) => x.range.start.line === line && x.message.includes('化解率92.4%'))!;
    expect(d).toMatchObject({ severity: 2, source: 'fzlint', codeDescription: { href: expect.stringMatching(/rules\/consistent-rate\.md$/) } });
    expect(d.range).toEqual({ start: { line, character: character - 3 }, end: { line, character: character + '92.4%'.length } });
    expect(d.message).toContain('710/729=97.4%');
    const related = d.relatedInformation!.map((r) => [lines[r.location.range.start.line].slice(r.location.range.start.character, r.location.range.end.character), r.location.uri]);
    expect(related).toEqual([
      ['成功已化解710件', uri('004-rate.txt')],
      ['共排查各类矛盾纠纷729件', uri('004-rate.txt')],
    ]);

    // Code actions on it: no fix (a figure needs judgment) but the computed figure as a suggestion (not preferred),
    // its page, and turning it off for this file
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri('004-rate.txt') }, range: d.range, context: { diagnostics: [d] } });
    expect(actions.filter((a) => a.kind === 'quickfix').map((a) => a.title)).toEqual([
      '改为按所列数量计算的97.4%（consistent-rate 建议）',
      '查看规则说明：consistent-rate',
      '在 fzlint.config.json 中对本文件关闭规则 consistent-rate',
    ]);
    const suggestion = actions[0]!;
    expect(suggestion.isPreferred).not.toBe(true);
    expect(editsOf(suggestion)[0]!.edits).toEqual([{ range: { start: { line, character }, end: { line, character: character + 5 } }, newText: '97.4%' }]);

    // 「查看规则说明」 opens the page that ships with fzlint, not a website
    const docs = actions.find((a) => a.title.startsWith('查看规则说明'))!;
    expect(docs.command).toEqual({ title: '查看规则说明：consistent-rate', command: 'fzlint.showRuleDocs', arguments: ['consistent-rate'] });
    await client.request('workspace/executeCommand', { command: docs.command!.command, arguments: docs.command!.arguments });
    expect(client.shownDocuments.at(-1)).toBe(pathToFileURL(path.join(ROOT, 'rules/consistent-rate.md')).href);

    // Hover on it shows this finding's message and evidence (the counts it was computed from), then the rule
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uri('004-rate.txt') }, position: { line, character } });
    const value = (hover!.contents as MarkupContent).value;
    expect(value).toContain('710/729=97.4%');
    expect(value).toContain('相关位置：');
    expect(value).toMatch(/- 第 \d+ 行：分子：「成功已化解710件」/);
    expect(value.indexOf('710/729')).toBeLessThan(value.indexOf('依据：'));
  });

  it('a burst of keystrokes is linted once, at the last version', async () => {
    const mark = client.mark();
    // Type and delete a full-width space at the start of line 11, five times in quick succession
    for (let v = 4; v <= 8; v++) {
      const insert = v % 2 === 0;
      await client.notify('textDocument/didChange', {
        textDocument: { uri: uri('000.txt'), version: v },
        contentChanges: [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: insert ? 0 : 1 } }, text: insert ? '\u3000' : '' }],
      });
    }
    const last = await client.diagnostics(uri('000.txt'), mark, (q) => q.version === 8);
    expect(last.version).toBe(8);
    const versions = client.published.slice(mark).filter((q) => q.uri === uri('000.txt')).map((q) => q.version);
    expect(versions).toEqual([8]);
  });

  it('pasting last plan period’s goal wording: a warning arrives, and its suggestion applies as a quick fix', async () => {
    const NEW = '智能高效、廉洁诚信、人民满意';
    const OLD = '廉洁高效、守法诚信';
    const first = await open('004.txt');
    expect(first.diagnostics.filter((d) => d.code === 'no-outdated-goal-formula')).toEqual([]);
    const line0 = readFileSync(path.join(dir, '004.txt'), 'utf8').split('\n')[0];
    const at = line0.indexOf(NEW);
    expect(at).toBeGreaterThan(0);
    let mark = client.mark();
    await client.notify('textDocument/didChange', {
      textDocument: { uri: uri('004.txt'), version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: at }, end: { line: 0, character: at + NEW.length } }, text: OLD }],
    });
    const broken = await client.diagnostics(uri('004.txt'), mark, (q) => q.version === 2);
    const [d] = broken.diagnostics.filter((x) => x.code === 'no-outdated-goal-formula');
    expect(d).toMatchObject({ severity: 2, range: { start: { line: 0, character: at }, end: { line: 0, character: at + OLD.length } } });
    expect(d.message).toContain(`「${OLD}」`);

    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri('004.txt') }, range: d.range, context: { diagnostics: [d] } });
    const suggestion = actions.find((a) => a.title === `改为「${NEW}」（no-outdated-goal-formula 建议）`)!;
    expect(suggestion.kind).toBe('quickfix');
    expect(suggestion.diagnostics).toEqual([d]);
    const change = suggestion.edit!.documentChanges![0] as TextDocumentEdit;
    expect(change.textDocument).toEqual({ uri: uri('004.txt'), version: 2 });
    expect(change.edits).toEqual([{ range: d.range, newText: NEW }]);

    mark = client.mark();
    await client.notify('textDocument/didChange', { textDocument: { uri: uri('004.txt'), version: 3 }, contentChanges: [{ range: change.edits[0].range, text: NEW }] });
    const fixed = await client.diagnostics(uri('004.txt'), mark, (q) => q.version === 3);
    expect(fixed.diagnostics.filter((x) => x.code === 'no-outdated-goal-formula')).toEqual([]);
  });

  it('hover on a diagnostic shows the rule description and its basis', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uri('002.txt') }, position: { line: 0, character: 3 } });
    const value = (hover!.contents as MarkupContent).value;
    expect((hover!.contents as MarkupContent).kind).toBe('markdown');
    expect(value).toContain('require-sections');
    expect(value).toContain(requireSections.meta.description.zh);
    expect(value).toContain('依据：');
    expect(value).toContain('厅字〔2019〕28号');
    expect(value).toContain(requireSections.meta.url);
    expect(hover!.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: seedText('002').split('\n')[0].length } });
    // Away from any diagnostic and any part heading: nothing
    const none = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uri('002.txt') }, position: { line: 5, character: 2 } });
    expect(none).toBeNull();
    // On a heading the recogniser assigned to a part: which part, and why (as --print-structure says)
    const heading = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uri('002.txt') }, position: { line: 1, character: 3 } });
    const structure = (heading!.contents as MarkupContent).value;
    expect(structure).toContain('fzlint 把本节读作第1部分「主要举措和成效」');
    expect(structure).toContain('理由：标题「建设情况」');
    expect(structure).toContain('报告年度：2024（开头段）');
  });

  it('code action "disable for this file" adds an override to the nearest config; the server reloads it', async () => {
    const p = await client.diagnostics(uri('002.txt'), 0);
    const [three] = rs(p);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri('002.txt') },
      range: three.range,
      context: { diagnostics: [three] },
    });
    const disable = actions.find((a) => a.title.includes('require-sections') && a.title.includes('fzlint.config.json'))!;
    expect(disable.kind).toBe('quickfix');
    expect(disable.diagnostics).toEqual([three]);
    const [{ uri: target, edits }] = editsOf(disable);
    expect(target).toBe(uri('fzlint.config.json'));
    const edited = applyEdits(CONFIG, edits);
    expect(JSON.parse(edited)).toEqual({ extends: 'fzlint:recommended', overrides: [{ files: './002.txt', rules: { 'require-sections': 'off' } }] });
    // The user's layout is kept: only an insertion
    expect(edited.startsWith('{\n  "extends": "fzlint:recommended"')).toBe(true);

    // The editor saves the config; the watcher reports it; 002 is re-linted without require-sections, 000 keeps it
    writeFileSync(path.join(dir, 'fzlint.config.json'), edited);
    const mark0 = client.mark();
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('fzlint.config.json'), type: 2 }] });
    const after = await client.diagnostics(uri('002.txt'), mark0);
    expect(rs(after)).toEqual([]);
    writeFileSync(path.join(dir, 'fzlint.config.json'), CONFIG);
    const mark = client.mark();
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('fzlint.config.json'), type: 2 }] });
    expect(parts(await client.diagnostics(uri('002.txt'), mark))).toEqual([3, 5]);
  });

  it('a broken config: one diagnostic at the top naming the error, for every open document', async () => {
    writeFileSync(path.join(dir, 'fzlint.config.json'), '{\n  "extends": "fzlint:recommended"\n  "locale": "zh"\n}\n');
    const mark = client.mark();
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('fzlint.config.json'), type: 2 }] });
    for (const name of ['002.txt', '000.txt']) {
      // (a re-lint from the previous test may still be on its way: wait for the config error)
      const p = await client.diagnostics(uri(name), mark, (q) => q.diagnostics.some((d) => d.code === 'config-error'));
      expect(p.diagnostics).toHaveLength(1);
      const [d] = p.diagnostics;
      expect(d).toMatchObject({ code: 'config-error', severity: 1, source: 'fzlint' });
      expect(d.range.start).toEqual({ line: 0, character: 0 });
      expect(d.message).toContain(path.join(dir, 'fzlint.config.json'));
      expect(d.message).toContain('JSON 格式错误');
      // The related place is the syntax error in the config: line 3, column 3 (a missing comma before "locale")
      expect(d.relatedInformation![0].location).toEqual({ uri: uri('fzlint.config.json'), range: { start: { line: 2, character: 2 }, end: { line: 2, character: 2 } } });
    }
    writeFileSync(path.join(dir, 'fzlint.config.json'), CONFIG);
    const back = client.mark();
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('fzlint.config.json'), type: 2 }] });
    expect(parts(await client.diagnostics(uri('002.txt'), back))).toEqual([3, 5]);
  });

  it('run: onSave — typing does not re-lint, saving does', async () => {
    const first = await open('002-onsave.txt');
    expect(parts(first)).toEqual([3, 5]);
    const text = readFileSync(path.join(dir, '002-onsave.txt'), 'utf8');
    const lines = text.split('\n');
    const plan = lines.findIndex((l) => l.startsWith('三、2025年工作安排'));
    const mark = client.mark();
    await client.notify('textDocument/didChange', {
      textDocument: { uri: uri('002-onsave.txt'), version: 2 },
      contentChanges: [{ range: { start: { line: plan, character: 0 }, end: { line: lines.length, character: 0 } }, text: '' }],
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(client.published.slice(mark).filter((q) => q.uri === uri('002-onsave.txt'))).toEqual([]);
    await client.notify('textDocument/didSave', { textDocument: { uri: uri('002-onsave.txt') } });
    const saved = await client.diagnostics(uri('002-onsave.txt'), mark);
    expect(saved.version).toBe(2);
    // the plan (with its mention of the 第一责任人 duty) is gone: part 5 on the title, part 3 — whose duty the
    // remaining text tells only as the leaders' 述法 — at info where that is said (require-sections' leadersActInText);
    // the missing plan is told once, by require-next-year-plan (its missingPlan covers require-sections' part 4)
    expect([...parts(saved)].sort()).toEqual([3, 5]);
    expect(saved.diagnostics.some((d) => d.code === 'require-next-year-plan')).toBe(true);
  });

  it('Markdown: "disable on this line" inserts a fzlint-disable-line comment, and the finding goes', async () => {
    const first = await open('002.md', 'markdown');
    expect(parts(first)).toEqual([3, 5]);
    const [three] = rs(first);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri('002.md') },
      range: three.range,
      context: { diagnostics: [three] },
    });
    const line = actions.find((a) => a.title.includes('fzlint-disable-line'))!;
    expect(line.title).toBe('用 fzlint-disable-line 注释在本行关闭规则 require-sections');
    const [{ uri: target, edits }] = editsOf(line);
    expect(target).toBe(uri('002.md'));
    const text = readFileSync(path.join(dir, '002.md'), 'utf8');
    const after = applyEdits(text, edits);
    expect(after.split('\n')[0]).toBe(`${text.split('\n')[0]} <!-- fzlint-disable-line require-sections -->`);
    // The editor applies the edit and sends it as a change: both require-sections findings sit on line 1
    const mark = client.mark();
    await client.notify('textDocument/didChange', { textDocument: { uri: uri('002.md'), version: 2 }, contentChanges: [{ range: edits[0].range, text: edits[0].newText }] });
    const p = await client.diagnostics(uri('002.md'), mark, (q) => q.version === 2);
    expect(rs(p)).toEqual([]);
    expect(p.diagnostics.some((d) => d.range.start.line === 0 && d.code === 'require-sections')).toBe(false);
  });

  it('a report that .fzlintignore names shows nothing, as the CLI skips it; un-ignored, it is checked', async () => {
    mkdirSync(path.join(dir, 'drafts'));
    copyFileSync(seedPath('002'), path.join(dir, 'drafts', '002.txt'));
    writeFileSync(path.join(dir, '.fzlintignore'), 'drafts/\n');
    try {
      const p = await open('drafts/002.txt');
      expect(p.diagnostics).toEqual([]);
      writeFileSync(path.join(dir, '.fzlintignore'), '# nothing ignored\n');
      const mark = client.mark();
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('.fzlintignore'), type: 2 }] });
      expect(parts(await client.diagnostics(uri('drafts/002.txt'), mark, (q) => q.diagnostics.length > 0))).toEqual([3, 5]);
    } finally {
      rmSync(path.join(dir, '.fzlintignore'), { force: true });
    }
  });

  it('closing a document clears its diagnostics', async () => {
    const mark = client.mark();
    await client.notify('textDocument/didClose', { textDocument: { uri: uri('002-onsave.txt') } });
    const p = await client.diagnostics(uri('002-onsave.txt'), mark);
    expect(p.diagnostics).toEqual([]);
  });

  it('shuts down cleanly: exit code 0', async () => {
    expect(await client.stop()).toBe(0);
  });
});

describe('fzlint-lsp bin, with an editor that neither watches files nor answers workspace/configuration', () => {
  it('takes settings from initializationOptions, notices a config edited or created on disk at the next change, exits 0', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'fzlint-lsp-plain-'));
    const c = new LspClient([path.join(ROOT, 'bin/fzlint-lsp.js')], work);
    try {
      writeFileSync(path.join(work, '.fzlintrc.json'), CONFIG);
      copyFileSync(seedPath('002'), path.join(work, 'r.txt'));
      const u = pathToFileURL(path.join(work, 'r.txt')).href;
      const init = await c.request<{ capabilities: { hoverProvider: boolean } }>('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: {},
        initializationOptions: { settings: { run: 'onType', debounce: 0 } },
      });
      expect(init.capabilities.hoverProvider).toBe(true);
      await c.notify('initialized', {});
      let mark = c.mark();
      await c.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'plaintext', version: 1, text: seedText('002') } });
      expect(parts(await c.diagnostics(u, mark))).toEqual([3, 5]);
      expect(c.registrations).toEqual([]);

      // The config is edited outside the editor; no watcher tells the server, the modification time does
      writeFileSync(path.join(work, '.fzlintrc.json'), '{ "rules": { "require-sections": "off" } }');
      const later = new Date(Date.now() + 5000);
      utimesSync(path.join(work, '.fzlintrc.json'), later, later);
      mark = c.mark();
      await c.notify('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ text: seedText('002') + '\n' }] });
      const p = await c.diagnostics(u, mark, (q) => q.version === 2);
      expect(rs(p)).toEqual([]);

      // A config created where none was (here: in a subfolder, nearer the report) is noticed at the next change too
      mkdirSync(path.join(work, 'sub'));
      copyFileSync(seedPath('002'), path.join(work, 'sub/s.txt'));
      const su = pathToFileURL(path.join(work, 'sub/s.txt')).href;
      mark = c.mark();
      await c.notify('textDocument/didOpen', { textDocument: { uri: su, languageId: 'plaintext', version: 1, text: seedText('002') } });
      expect(rs(await c.diagnostics(su, mark))).toEqual([]);
      writeFileSync(path.join(work, 'sub/fzlint.config.json'), CONFIG);
      mark = c.mark();
      await c.notify('textDocument/didChange', { textDocument: { uri: su, version: 2 }, contentChanges: [{ text: seedText('002') + '\n' }] });
      expect(parts(await c.diagnostics(su, mark, (q) => q.version === 2))).toEqual([3, 5]);
      expect(await c.stop()).toBe(0);
    } finally {
      c.kill();
      rmSync(work, { recursive: true, force: true });
    }
  });
});
