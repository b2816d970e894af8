import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CodeActionKind, CreateFile, TextDocumentEdit, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILES } from '../config/load.js';
import type { Locale } from '../engine/types.js';
import { pathToUri } from './convert.js';
import { addOverrideEdit, exactGlob, newConfigWithOverride } from './json-edit.js';

const TEXT = {
  line: { zh: '用 fzlint-disable-line 注释在本行关闭规则 {ruleId}', en: 'Disable {ruleId} on this line (fzlint-disable-line comment)' },
  disable: { zh: '在 {config} 中对本文件关闭规则 {ruleId}', en: 'Disable {ruleId} for this file in {config}' },
  create: { zh: '新建 {config}，对本文件关闭规则 {ruleId}', en: 'Create {config} and disable {ruleId} for this file' },
} as const;

export interface DisableInput {
  ruleId: string;
  /** Absolute path of the linted document. */
  filePath: string;
  /** The config file that applies to the document (Linter.loadedConfigFor(...).file), if any. */
  configFile: string | undefined;
  /** Where to create a config when there is none: the workspace folder holding the document, or its directory. */
  root: string;
  diagnostic: Diagnostic;
  locale: Locale;
  /** The client can create files through a workspace edit. */
  canCreateFiles: boolean;
  /** The client supports versioned documentChanges. */
  documentChanges: boolean;
}

/**
 * "Disable this rule for this file": turn the rule off in an override of the
 * nearest config (the one the CLI would use for this file), or create a
 * fzlint.config.json holding that override when the file has no config.
 * Undefined when no such edit can be made (the config is not plain JSON, or
 * the file lies outside the config's directory, where overrides cannot name it).
 */
export function disableRuleAction(input: DisableInput): CodeAction | undefined {
  const { ruleId, filePath, configFile, locale } = input;
  if (configFile) {
    const rel = path.relative(path.dirname(configFile), filePath).split(path.sep).join('/');
    const files = exactGlob(rel);
    if (!files) return undefined;
    let text: string;
    try {
      text = readFileSync(configFile, 'utf8');
    } catch {
      return undefined;
    }
    const change = addOverrideEdit(text, { files, ruleId, key: path.basename(configFile) === 'package.json' ? 'fzlint' : undefined });
    if (!change) return undefined;
    const uri = pathToUri(configFile);
    const doc = TextDocument.create(uri, 'json', 0, text);
    const edit = { range: { start: doc.positionAt(change.start), end: doc.positionAt(change.end) }, newText: change.text };
    const workspaceEdit: WorkspaceEdit = input.documentChanges
      ? { documentChanges: [TextDocumentEdit.create({ uri, version: null }, [edit])] }
      : { changes: { [uri]: [edit] } };
    return {
      title: TEXT.disable[locale].replace('{config}', path.basename(configFile)).replace('{ruleId}', ruleId),
      kind: CodeActionKind.QuickFix,
      diagnostics: [input.diagnostic],
      edit: workspaceEdit,
    };
  }
  if (!input.canCreateFiles || !input.documentChanges) return undefined;
  const target = path.join(input.root, CONFIG_FILES[0]);
  // A config that exists but did not apply (outside the search path) is not ours to replace
  if (existsSync(target)) return undefined;
  const rel = path.relative(input.root, filePath).split(path.sep).join('/');
  const files = exactGlob(rel);
  if (!files) return undefined;
  const uri = pathToUri(target);
  const zero = { line: 0, character: 0 };
  return {
    title: TEXT.create[locale].replace('{config}', CONFIG_FILES[0]).replace('{ruleId}', ruleId),
    kind: CodeActionKind.QuickFix,
    diagnostics: [input.diagnostic],
    edit: {
      documentChanges: [
        CreateFile.create(uri, { ignoreIfExists: false, overwrite: false }),
        TextDocumentEdit.create({ uri, version: null }, [{ range: { start: zero, end: zero }, newText: newConfigWithOverride({ files, ruleId }) }]),
      ],
    },
  };
}

/** A fzlint-disable-line comment closing a line: its rule list (group 1) ends where another id can go. */
const LINE_DIRECTIVE = /<!--\s*fzlint-disable-line\s+([^\s,][^>]*?)(\s--\s.*?)?\s*-->\s*$/d;

export interface LineDirectiveInput {
  uri: string;
  /** The Markdown document as the editor has it now. */
  document: TextDocument;
  ruleId: string;
  /** The diagnostic, with the range the editor holds for it now. */
  diagnostic: Diagnostic;
  locale: Locale;
  documentChanges: boolean;
}

/**
 * "Disable this rule on this line" in Markdown: an HTML comment directive
 * (src/engine/directives.ts) at the end of the line where the finding starts,
 * or the rule added to a fzlint-disable-line comment already closing it.
 * Inline HTML does not split the paragraph or heading, so the rest of the
 * report reads the same.
 */
export function disableLineAction(input: LineDirectiveInput): CodeAction {
  const doc = input.document;
  const line = input.diagnostic.range.start.line;
  const text = doc.getText();
  const lineStart = doc.offsetAt({ line, character: 0 });
  let lineEnd = lineStart;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  const content = text.slice(lineStart, lineEnd);
  const existing = LINE_DIRECTIVE.exec(content);
  let at: number;
  let insert: string;
  if (existing) {
    at = lineStart + existing.indices![1][1];
    insert = `, ${input.ruleId}`;
  } else {
    at = lineEnd;
    insert = `${content.length && !/\s$/.test(content) ? ' ' : ''}<!-- fzlint-disable-line ${input.ruleId} -->`;
  }
  const pos = doc.positionAt(at);
  const edit = { range: { start: pos, end: pos }, newText: insert };
  return {
    title: TEXT.line[input.locale].replace('{ruleId}', input.ruleId),
    kind: CodeActionKind.QuickFix,
    diagnostics: [input.diagnostic],
    edit: input.documentChanges
      ? { documentChanges: [TextDocumentEdit.create({ uri: input.uri, version: doc.version }, [edit])] }
      : { changes: { [input.uri]: [edit] } },
  };
}
