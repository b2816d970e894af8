import type { LintMessage, Locale, Severity } from '../engine/types.js';

/** What a comment says about one finding. */
export type Finding = Pick<LintMessage, 'ruleId' | 'severity' | 'message' | 'start' | 'end'> & { related?: LintMessage['related'] };

export interface CommentWording {
  locale: Locale;
  /** The rule's one-line description, in the locale. */
  describe?: (ruleId: string) => string | undefined;
  /** What the findings' `line` counts: Word paragraphs, or lines of the original text file. */
  lineUnit?: 'paragraph' | 'line';
}

const SEVERITY: Record<Locale, Record<Severity, string>> = {
  zh: { error: '错误', warn: '警告', info: '提示' },
  en: { error: 'error', warn: 'warning', info: 'info' },
};

/**
 * The comment's paragraphs: the message under its severity, each piece of evidence the rule gave
 * (related places), and the rule id with the rule's description. `moved`: where the finding really
 * is, when the comment could not be put on its own text (it then sits on the title).
 */
export function commentParagraphs(f: Finding, w: CommentWording, moved?: string): string[] {
  const zh = w.locale !== 'en';
  const sev = (SEVERITY[w.locale] ?? SEVERITY.zh)[f.severity] ?? String(f.severity);
  const out = [zh ? `【${sev}】${f.message}` : `[${sev}] ${f.message}`];
  if (moved) out.push(zh ? `位置：${moved}` : `Location: ${moved}`);
  for (const r of f.related ?? []) {
    const at = w.lineUnit === 'paragraph' ? (zh ? `（第${r.line}段）` : ` (paragraph ${r.line})`) : w.lineUnit === 'line' ? (zh ? `（原文第${r.line}行）` : ` (line ${r.line} of the original)`) : '';
    out.push(zh ? `依据：${r.message}${at}` : `Evidence: ${r.message}${at}`);
  }
  const d = w.describe?.(f.ruleId);
  out.push(d ? `${f.ruleId}${zh ? '：' : ': '}${d}` : f.ruleId);
  return out;
}
