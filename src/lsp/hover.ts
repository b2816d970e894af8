import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver/node.js';
import type { AnyRule, Locale } from '../engine/types.js';
import { YEAR_FROM, type StructureSummary } from '../model/structure-summary.js';
import { PART_INFO } from '../model/structure-parts.js';

const LABEL = {
  basis: { zh: '依据：', en: 'Basis: ' },
  docs: { zh: '规则说明', en: 'Rule documentation' },
  evidence: { zh: '相关位置：', en: 'Evidence: ' },
  line: { zh: (l: number) => `第 ${l} 行`, en: (l: number) => `line ${l}` },
} as const;

/** A published diagnostic as hover sees it: where it is, which rule made it, what it says and its evidence. */
export interface HoverTarget {
  ruleId: string;
  range: Range;
  /** The finding's message (with the numbers recomputed, where the rule computes any). */
  message?: string;
  /** Related places: the counts a rate was computed from, the part a mention belongs to … */
  related?: { message: string; line: number }[];
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
 * Hover on a diagnostic range: each finding's own message and evidence (its
 * related places), then its rule's description and the regulation or standard
 * behind it (meta.basis), with a link to the rule page. Null when no
 * diagnostic covers the position.
 */
export function hoverAt(targets: readonly HoverTarget[], pos: Position, rules: Record<string, AnyRule>, locale: Locale): Hover | null {
  const hits = targets.filter((d) => contains(d.range, pos));
  const sections: string[] = [];
  const seen = new Set<string>();
  let range: Range | undefined;
  const findings: string[] = [];
  for (const d of hits) {
    const rule = rules[d.ruleId];
    if (!rule) continue;
    range ??= d.range;
    // this finding: its message and the places it was computed from
    if (d.message) {
      const lines = [`**${md(d.ruleId)}**: ${md(d.message)}`];
      if (d.related?.length) lines.push(LABEL.evidence[locale] + '\n' + d.related.map((r) => `- ${LABEL.line[locale](r.line)}${locale === "zh" ? "：" : ": "}${md(r.message)}`).join('\n'));
      findings.push(lines.join('\n\n'));
    }
    if (seen.has(d.ruleId)) continue;
    seen.add(d.ruleId);
    const { meta } = rule;
    const lines = [`**${md(d.ruleId)}** — ${md(meta.description[locale] ?? meta.description.zh)}`];
    if (meta.basis) lines.push(`${LABEL.basis[locale]}${md(meta.basis[locale] ?? meta.basis.zh)}`);
    if (meta.url) lines.push(`[${LABEL.docs[locale]}](${meta.url})`);
    sections.push(lines.join('\n\n'));
  }
  if (!sections.length) return null;
  return { contents: { kind: MarkupKind.Markdown, value: [...findings, ...sections].join('\n\n---\n\n') }, range };
}

const STRUCTURE = {
  zh: { read: (n: number, name: string) => `fzlint 把本节读作第${n}部分「${name}」`, why: '理由：', year: (y: number, from: string) => `报告年度：${y}（${from}）` },
  en: { read: (n: number, name: string) => `fzlint reads this section as part ${n}, “${name}”`, why: 'Why: ', year: (y: number, from: string) => `Report year: ${y} (${from})` },
} as const;

/**
 * Hover on a heading (or item lead) that the structure recogniser assigned to a part: which part
 * and why — the same reasons `fzlint --print-structure` prints — so a drafter can see how the
 * required parts were read. Null elsewhere. `line` is 0-based, as LSP positions are.
 */
export function structureHoverAt(summary: StructureSummary | undefined, line: number, locale: Locale): Hover | null {
  if (!summary) return null;
  const hits = summary.parts.filter((p) => p.line - 1 === line);
  if (!hits.length) return null;
  const t = STRUCTURE[locale];
  const lines = hits.map((p) => {
    const head = t.read(p.part, PART_INFO[p.part].name[locale]);
    return p.reasons.length ? `${head}\n\n${t.why}${p.reasons.map(md).join('；')}` : head;
  });
  if (summary.year !== null && summary.yearFrom) lines.push(t.year(summary.year, YEAR_FROM[summary.yearFrom]?.[locale] ?? summary.yearFrom));
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n---\n\n') } };
}
