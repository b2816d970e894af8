import type { Severity } from '../engine/types.js';
import type { FileResult } from '../linter/types.js';
import type { Formatter, FormatContext } from './types.js';
import { displayPath, oneLine, problemsOf, totals, type FileProblem } from './util.js';
import { checklistRows, VERDICT_LABEL, verdictCounts } from './checklist-data.js';

const COMMAND = { error: 'error', warn: 'warning', info: 'notice' } as const;

/**
 * GitHub shows at most 10 annotations of each level per step (and 50 per job);
 * the rest are dropped without a word. We print at most this many per level.
 */
export const ANNOTATIONS_PER_LEVEL = 10;

/** Message text of a workflow command: % \r \n are escaped (GitHub's toolkit, escapeData). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a workflow command: also , and : (GitHub's toolkit, escapeProperty). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const ORDER: Severity[] = ['error', 'warn', 'info'];

const T = {
  zh: {
    more: (e: number, w: number, i: number) =>
      `另有 ${[e && `${e} 条错误`, w && `${w} 条警告`, i && `${i} 条提示`].filter(Boolean).join('、')}未作为注释显示（GitHub 每个步骤每级最多显示 10 条注释），见上方日志或 SARIF 结果`,
    summaryTitle: 'fzlint 检查结果',
    head: ['报告', '结论', '错误', '警告', '提示'],
    total: (n: number, e: number, w: number, i: number) => `共 ${n} 份报告：${e} 个错误，${w} 个警告，${i} 条提示。`,
  },
  en: {
    more: (e: number, w: number, i: number) =>
      `${[e && `${e} more error${e === 1 ? '' : 's'}`, w && `${w} more warning${w === 1 ? '' : 's'}`, i && `${i} more notice${i === 1 ? '' : 's'}`].filter(Boolean).join(', ')} not shown as annotations (GitHub shows at most 10 per level in a step): see the log above or the SARIF results`,
    summaryTitle: 'fzlint results',
    head: ['Report', 'Verdict', 'Errors', 'Warnings', 'Notices'],
    total: (n: number, e: number, w: number, i: number) => `${n} report${n === 1 ? '' : 's'}: ${e} errors, ${w} warnings, ${i} notices.`,
  },
};

function annotation(p: FileProblem, file: string): string {
  const props: [string, string | number][] = [['file', file], ['line', p.line]];
  if (p.line === p.endLine) props.push(['col', p.column]);
  props.push(['endLine', p.endLine]);
  if (p.line === p.endLine) props.push(['endColumn', p.endColumn]);
  props.push(['title', p.ruleId ?? 'fzlint']);
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${COMMAND[p.severity]} ${list}::${escapeData(p.message)}`;
}

/**
 * GitHub Actions workflow commands: errors first, then warnings, then notices (info),
 * at most 10 annotations per level — what GitHub shows in a step. Every finding
 * beyond that is printed as a plain log line (`file:line:col: level message [rule]`),
 * and one closing notice says how many were not annotated, so nothing is lost in
 * silence. GitHub honours columns only within one line, so col and endColumn are
 * left out when a span crosses lines.
 */
export const github: Formatter = (results, ctx) => {
  const byLevel: Record<Severity, { p: FileProblem; file: string }[]> = { error: [], warn: [], info: [] };
  for (const r of results) {
    const file = displayPath(r.filePath, ctx.cwd);
    for (const p of problemsOf(r)) byLevel[p.severity].push({ p, file });
  }
  const omitted = ORDER.map((s) => Math.max(0, byLevel[s].length - ANNOTATIONS_PER_LEVEL));
  const anyOmitted = omitted.some((n) => n > 0);
  // the closing notice is itself a notice: keep one notice slot free for it
  if (anyOmitted && byLevel.info.length >= ANNOTATIONS_PER_LEVEL) omitted[2] = byLevel.info.length - (ANNOTATIONS_PER_LEVEL - 1);
  const lines: string[] = [];
  const log: string[] = [];
  ORDER.forEach((s, i) => {
    const shown = byLevel[s].length - omitted[i]!;
    byLevel[s].forEach(({ p, file }, k) => {
      if (k < shown) lines.push(annotation(p, file));
      else log.push(`${file}:${p.line}:${p.column}: ${COMMAND[p.severity]} ${oneLine(p.message)}${p.ruleId ? ` [${p.ruleId}]` : ''}`);
    });
  });
  if (anyOmitted) {
    lines.push(...log);
    lines.push(`::notice title=fzlint::${escapeData(T[ctx.locale].more(omitted[0]!, omitted[1]!, omitted[2]!))}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};

/** Markdown table cell: pipes and line breaks would break the row. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * The job summary (appended to $GITHUB_STEP_SUMMARY by the CLI with --format github):
 * totals, then one row per report with its verdict and counts, worst first.
 */
export function githubStepSummary(results: FileResult[], ctx: FormatContext): string {
  const t = T[ctx.locale];
  const rows = checklistRows(results, ctx);
  const sum = totals(results);
  const counts = verdictCounts(rows);
  const labels = VERDICT_LABEL[ctx.locale];
  const order = { error: 0, fail: 1, review: 2, pass: 3 } as const;
  const sorted = [...rows].sort((a, b) => order[a.verdict] - order[b.verdict] || a.file.localeCompare(b.file));
  const out = [
    `## ${t.summaryTitle}`,
    '',
    t.total(rows.length, sum.errors, sum.warnings, sum.infos) +
      ' ' +
      (Object.keys(counts) as (keyof typeof counts)[])
        .filter((v) => counts[v])
        .map((v) => `${labels[v]} ${counts[v]}`)
        .join(' · '),
    '',
    `| ${t.head.join(' | ')} |`,
    `| ${t.head.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`,
    ...sorted.map((r) => `| ${cell(r.title ? (ctx.locale === 'zh' ? `${r.title}（${r.file}）` : `${r.title} (${r.file})`) : r.file)} | ${labels[r.verdict]} | ${r.errors} | ${r.warnings} | ${r.infos} |`),
    '',
  ];
  return out.join('\n');
}
