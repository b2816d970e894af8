import {
  CodeActionKind,
  TextDocumentEdit,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes } from '../engine/fix.js';
import type { Fix, LintMessage, Locale } from '../engine/types.js';
import { CONFIG_ERROR_CODE, INTERNAL_ERROR_CODE, SOURCE, toDiagnostic } from './convert.js';

/** fzlint's fix-all kind, so editors can run it on save (`source.fixAll.fzlint`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`;

const TEXT = {
  fix: { zh: '修复此 {ruleId} 问题', en: 'Fix this {ruleId} problem' },
  suggestion: { zh: '{message}（{ruleId} 建议）', en: '{message} ({ruleId} suggestion)' },
  fixAll: { zh: '修复所有可自动修复的 fzlint 问题', en: 'Fix all auto-fixable fzlint problems' },
} as const;

function t(key: keyof typeof TEXT, locale: Locale, data: Record<string, string>): string {
  return TEXT[key][locale].replace(/\{(\w+)\}/g, (m, k: string) => data[k] ?? m);
}

export interface FixActionInput {
  uri: string;
  /** The document as the editor has it now. */
  document: TextDocument;
  /** Messages of the last lint, and the document version they were computed at. */
  messages: readonly LintMessage[];
  lintedVersion: number;
  /** The range the editor asks about. */
  range: Range;
  /** Diagnostics the editor sent with the request (to attach the same objects). */
  diagnostics: readonly Diagnostic[];
  locale: Locale;
  /** Use versioned documentChanges (the client supports them). */
  documentChanges: boolean;
}

function editFor(input: FixActionInput, fixes: readonly Fix[]): WorkspaceEdit {
  const doc = input.document;
  const edits: TextEdit[] = fixes.map((f) => ({ range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) }, newText: f.text }));
  if (input.documentChanges) return { documentChanges: [TextDocumentEdit.create({ uri: input.uri, version: doc.version }, edits)] };
  return { changes: { [input.uri]: edits } };
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** The diagnostic the editor holds for a message (same code and range), or a fresh one. */
function diagnosticOf(input: FixActionInput, m: LintMessage): Diagnostic {
  const fresh = toDiagnostic(m, input.uri);
  return input.diagnostics.find((d) => d.source === SOURCE && d.code === m.ruleId && sameRange(d.range, fresh.range)) ?? fresh;
}

/**
 * Quick fixes from the rules' own fixes and suggestions for the messages that
 * touch the range, and a fix-all source action. Offsets are only valid for
 * the text they were computed on, so nothing is offered while the document
 * has changed since the last lint.
 */
export function fixActions(input: FixActionInput): CodeAction[] {
  if (input.document.version !== input.lintedVersion) return [];
  const from = input.document.offsetAt(input.range.start);
  const to = input.document.offsetAt(input.range.end);
  const out: CodeAction[] = [];
  for (const m of input.messages) {
    // Touching counts: an empty range at the end of a finding still asks about it
    if (m.end < from || m.start > to) continue;
    const diagnostic = diagnosticOf(input, m);
    if (m.fix?.length) {
      out.push({
        title: t('fix', input.locale, { ruleId: m.ruleId }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: editFor(input, m.fix),
      });
    }
    for (const s of m.suggestions ?? []) {
      out.push({
        title: t('suggestion', input.locale, { ruleId: m.ruleId, message: s.message }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: editFor(input, s.fix),
      });
    }
  }
  const all = fixAllEdits(input.document.getText(), input.messages);
  if (all.length) out.push({ title: t('fixAll', input.locale, {}), kind: FIX_ALL_KIND, edit: editFor(input, all) });
  return out;
}

/** Non-overlapping fixes of all messages, as the CLI's --fix would apply them in one pass. */
export function fixAllEdits(text: string, messages: readonly LintMessage[]): Fix[] {
  return applyFixes(text, messages).fixed.flatMap((m) => m.fix ?? []);
}

/** Rule ids of fzlint's diagnostics in a request's context (not config or internal errors), once each. */
export function ruleIdsOf(diagnostics: readonly Diagnostic[]): { ruleId: string; diagnostic: Diagnostic }[] {
  const seen = new Set<string>();
  const out: { ruleId: string; diagnostic: Diagnostic }[] = [];
  for (const d of diagnostics) {
    if (d.source !== SOURCE || typeof d.code !== 'string') continue;
    if (d.code === CONFIG_ERROR_CODE || d.code === INTERNAL_ERROR_CODE || seen.has(d.code)) continue;
    seen.add(d.code);
    out.push({ ruleId: d.code, diagnostic: d });
  }
  return out;
}

/** Does the client want actions of this kind? (CodeActionContext.only: prefix match on "."-separated kinds.) */
export function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}
