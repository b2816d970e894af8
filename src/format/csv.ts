import type { Formatter } from './types.js';
import { checklistRows, MARK_SYMBOL, VERDICT_LABEL, type Cell } from './checklist-data.js';

const HEAD = {
  zh: ['报告标题', '文件', '年度', '第一部分 举措和成效', '第二部分 不足和原因', '第三部分 第一责任人', '第四部分 下一年度安排', '第五部分 其他情况', '五项内容', '下一年度安排', '第一责任人', '公开时间', '数字问题', '结论', '错误', '警告', '提示'],
  en: ['Title', 'File', 'Year', 'Part 1 measures and results', 'Part 2 shortcomings', 'Part 3 first responsible person', 'Part 4 next-year plan', 'Part 5 other matters', 'Five parts', 'Next-year plan', 'First responsible person', 'Published', 'Numbers', 'Verdict', 'Errors', 'Warnings', 'Notices'],
};

const PRESENT = { zh: ['有', '缺'], en: ['yes', 'missing'] } as const;

/** A field per RFC 4180: quoted when it holds a comma, quote or line break; a leading =+-@ is defused so a spreadsheet never runs it as a formula. */
export function csvField(s: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cellText(c: Cell): string {
  if (c.mark === 'unknown' && (c.text === '—' || !c.text)) return '—';
  return c.text ? `${MARK_SYMBOL[c.mark]} ${c.text}` : MARK_SYMBOL[c.mark];
}

/**
 * The 汇总表: the review checklist as CSV, one row per report — title, file, year,
 * each of the five parts, plan, 第一责任人, publication, number problems, verdict and
 * counts. UTF-8 with a byte-order mark and CRLF line ends, so Excel and WPS 表格
 * open it with the Chinese intact.
 */
export const csv: Formatter = (results, ctx) => {
  const rows = checklistRows(results, ctx);
  const present = PRESENT[ctx.locale];
  const lines = [HEAD[ctx.locale].map(csvField).join(',')];
  for (const r of rows) {
    const parts = [1, 2, 3, 4, 5].map((p) => (r.partsPresent ? (r.partsPresent.includes(p) ? present[0] : present[1]) : '—'));
    const fields = [
      r.title ?? '',
      r.file,
      r.year !== undefined ? String(r.year) : '',
      ...parts,
      r.fileError ? r.fileError : cellText(r.parts),
      cellText(r.plan),
      cellText(r.responsible),
      cellText(r.publication),
      cellText(r.numbers),
      VERDICT_LABEL[ctx.locale][r.verdict],
      String(r.errors),
      String(r.warnings),
      String(r.infos),
    ];
    lines.push(fields.map(csvField).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
};
