import type { Report } from './report.js';
import type { PartNumber } from './structure-parts.js';
import { PART_INFO } from './structure-parts.js';

/**
 * The small per-file summary of a report's structure: what `--format json`
 * carries as `report` on each result, what the checklist and the HTML page
 * show, and what `--print-structure` prints. Plain data (JSON-safe).
 */
export interface StructureSummary {
  title: string | null;
  year: number | null;
  /** Where the year came from: config, title, opening, metadata, heading, look-back. */
  yearFrom: string | null;
  parts: { part: PartNumber; line: number; endLine: number; heading: string; how: string; reasons: string[] }[];
  /** The year the plan says it is for, when it names one. */
  planYear: number | null;
  /** Where the 第一责任人 duty is described (part 3), or where it is only mentioned. */
  firstResponsible: { line: number; text: string; how: string } | null;
  dates: { kind: string; date: string; source: string; line: number }[];
  /** Where the text stops mid-sentence (an opening kept by a site): absent for a complete text. */
  truncated?: { line: number; text: string };
  /** 'traditional' for a page in traditional characters (read through a simplified copy): absent otherwise. */
  script?: 'traditional';
}

export function structureSummary(report: Report): StructureSummary {
  const { meta } = report;
  const line = (o: number) => report.point(o).line;
  const lastLine = (end: number) => report.point(Math.max(0, end - 1)).line;
  const parts = report.parts.matches.map((m) => ({
    part: m.part,
    line: line(m.span.start),
    endLine: lastLine(m.extent.end),
    heading: m.text,
    how: m.how,
    reasons: m.reasons,
  }));
  const planYear = report.plan.declared.find((y) => !y.cited && y.kind !== 'range')?.year ?? null;
  const p3 = report.parts.matches.find((m) => m.part === 3);
  const mention = report.responsibility[0];
  const firstResponsible = p3
    ? { line: line(p3.span.start), text: p3.text, how: p3.how }
    : mention
      ? { line: line(mention.start), text: mention.text, how: 'mention' }
      : null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    title: meta.title ?? null,
    year: meta.year ?? null,
    yearFrom: meta.yearSource ?? null,
    parts,
    planYear,
    firstResponsible,
    dates: meta.dates.map((d) => ({ kind: d.kind, date: `${d.year}-${pad(d.month)}-${pad(d.day)}`, source: d.source, line: line(d.start) })),
    ...(meta.truncated ? { truncated: { line: lastLine(meta.truncated.end), text: meta.truncated.text } } : {}),
    ...(meta.script ? { script: meta.script } : {}),
  };
}

export const YEAR_FROM: Record<string, { zh: string; en: string }> = {
  config: { zh: '配置 reportYear', en: 'config reportYear' },
  title: { zh: '标题', en: 'title' },
  opening: { zh: '开头段', en: 'opening' },
  metadata: { zh: '页面元数据标题', en: 'metadata title' },
  heading: { zh: '回顾部分标题', en: 'look-back heading' },
  'look-back': { zh: '回顾部分正文', en: 'look-back sentences' },
};

/** The outline with the part of each section and why, for a person to read (`fzlint --print-structure FILE`). */
export function printStructure(report: Report, locale: 'zh' | 'en' = 'zh'): string {
  const zh = locale === 'zh';
  const s = structureSummary(report);
  const out: string[] = [];
  out.push(`${zh ? '标题' : 'Title'}: ${s.title ?? (zh ? '（未识别）' : '(none found)')}`);
  out.push(`${zh ? '报告年度' : 'Report year'}: ${s.year ?? (zh ? '（未识别）' : '(unknown)')}${s.yearFrom ? ` (${YEAR_FROM[s.yearFrom]?.[locale] ?? s.yearFrom})` : ''}`);
  out.push(`${zh ? '安排年份' : 'Plan year'}: ${s.planYear ?? (zh ? '（未写明）' : '(not stated)')}`);
  if (s.script) out.push(zh ? '文字：繁体（按逐字转换的简体副本检查）' : 'Script: traditional (checked through a simplified copy)');
  if (s.truncated) out.push(zh ? `文本在第${s.truncated.line}行「${s.truncated.text}」处中断（末尾不是完整的句子）` : `The text stops mid-sentence at line ${s.truncated.line} (“${s.truncated.text}”)`);
  const byStart = new Map<number, typeof s.parts>();
  for (const p of s.parts) byStart.set(p.line, [...(byStart.get(p.line) ?? []), p]);
  out.push('', zh ? '提纲：' : 'Outline:');
  const shown = new Set<number>();
  for (const sec of report.sections) {
    const ln = report.point(sec.headingSpan.start).line;
    const ps = byStart.get(ln) ?? [];
    ps.forEach((p) => shown.add(s.parts.indexOf(p)));
    const indent = '  '.repeat(sec.level - 1);
    const tag = ps.length ? `  → ${ps.map((p) => `${zh ? '第' + p.part + '部分' : 'part ' + p.part} ${PART_INFO[p.part].short[locale]}`).join(' + ')}` : '';
    out.push(`${String(ln).padStart(5)}  ${indent}${sec.kind === 'part' ? `第${sec.label}部分 ` : sec.label ? sec.label + (sec.kind === 'cn' ? '、' : '') : ''}${sec.heading}${tag}`);
    for (const p of ps) for (const r of p.reasons) out.push(`       ${indent}    · ${r}`);
  }
  const rest = s.parts.filter((_, i) => !shown.has(i));
  if (rest.length) {
    out.push('', zh ? '条目与段落：' : 'Items and paragraphs:');
    for (const p of rest) {
      out.push(`${String(p.line).padStart(5)}  ${p.heading.slice(0, 40)}  → ${zh ? '第' + p.part + '部分' : 'part ' + p.part} ${PART_INFO[p.part].short[locale]} (${p.how})`);
      for (const r of p.reasons) out.push(`           · ${r}`);
    }
  }
  const present = new Set(s.parts.map((p) => p.part));
  const missing = ([1, 2, 3, 4, 5] as PartNumber[]).filter((p) => !present.has(p));
  out.push('', `${zh ? '未识别的部分' : 'Parts not found'}: ${missing.length ? missing.map((p) => `${p} ${PART_INFO[p].short[locale]}`).join(zh ? '、' : ', ') : zh ? '无' : 'none'}`);
  if (s.firstResponsible) out.push(`${zh ? '第一责任人' : 'First responsible person'}: ${s.firstResponsible.line} 「${s.firstResponsible.text}」 (${s.firstResponsible.how})`);
  return out.join('\n') + '\n';
}
