import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver/node.js';
import type { AnyRule, Locale } from '../engine/types.js';

const LABEL = {
  basis: { zh: '依据：', en: 'Basis: ' },
  docs: { zh: '规则说明', en: 'Rule documentation' },
} as const;

/** A published diagnostic as hover sees it: where it is and which rule made it. */
export interface HoverTarget {
  ruleId: string;
  range: Range;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Is the position inside the range (end inclusive, so the character after a one-character finding still counts)? */
export function contains(range: Range, pos: Position): boolean {
  return !before(pos, range.start) && !before(range.end, pos);
}

/** Escape text that goes into Markdown (rule descriptions quote report wording, brackets and all). */
function md(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/**
 * Hover on a diagnostic range: each rule's description and the regulation
 * or standard behind it (meta.basis), with a link to the rule page. Null
 * when no diagnostic covers the position.
 */
export function hoverAt(targets: readonly HoverTarget[], pos: Position, rules: Record<string, AnyRule>, locale: Locale): Hover | null {
  const hits = targets.filter((d) => contains(d.range, pos));
  const sections: string[] = [];
  const seen = new Set<string>();
  let range: Range | undefined;
  for (const d of hits) {
    if (seen.has(d.ruleId)) continue;
    const rule = rules[d.ruleId];
    if (!rule) continue;
    seen.add(d.ruleId);
    range ??= d.range;
    const { meta } = rule;
    const lines = [`**${md(d.ruleId)}** — ${md(meta.description[locale] ?? meta.description.zh)}`];
    if (meta.basis) lines.push(`${LABEL.basis[locale]}${md(meta.basis[locale] ?? meta.basis.zh)}`);
    if (meta.url) lines.push(`[${LABEL.docs[locale]}](${meta.url})`);
    sections.push(lines.join('\n\n'));
  }
  if (!sections.length) return null;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range };
}
