import { escapeControls } from './util.js';
import { Chalk, type ChalkInstance } from 'chalk';
import type { Formatter } from './types.js';
import { checklistRows, MARK_SYMBOL, VERDICT_LABEL, verdictCounts, type Cell, type ChecklistRow, type Mark, type Verdict } from './checklist-data.js';
import { displayWidth } from './width.js';

/** Widest report title shown, in terminal columns (a title is long; the file column says which file). */
const TITLE_WIDTH = 36;

/** Cut a string to a display width, with an ellipsis. */
function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…';
}

const HEAD = {
  zh: ['报告', '年度', '五项内容', '下一年度安排', '第一责任人', '公开时间', '数字问题', '结论', '文件'],
  en: ['Report', 'Year', 'Five parts', 'Next-year plan', 'First responsible', 'Published', 'Numbers', 'Verdict', 'File'],
};

const TITLE = {
  zh: (n: number) => `审阅清单：${n} 份报告`,
  en: (n: number) => `Review checklist: ${n} report${n === 1 ? '' : 's'}`,
};

const LEGEND = {
  zh: '✓ 符合  ✗ 不符合  ! 警告  ? 待核实  — 未检查',
  en: '✓ fine  ✗ fault  ! warning  ? to verify  — not checked',
};

function paint(c: ChalkInstance, mark: Mark, s: string): string {
  switch (mark) {
    case 'pass':
      return c.green(s);
    case 'fail':
      return c.red(s);
    case 'warn':
      return c.yellow(s);
    case 'review':
      return c.blue(s);
    default:
      return c.dim(s);
  }
}

const VERDICT_MARK: Record<Verdict, Mark> = { pass: 'pass', review: 'warn', fail: 'fail', error: 'fail' };

function cellText(cell: Cell): string {
  if (cell.mark === 'unknown' && cell.text === '—') return '—';
  return cell.text ? `${MARK_SYMBOL[cell.mark]} ${cell.text}` : MARK_SYMBOL[cell.mark];
}

/**
 * The reviewer's table in the terminal: one row per report with the five parts,
 * the next-year plan and its year, the 第一责任人 part, the publication date
 * against the deadline, the count of numeric inconsistencies and the verdict.
 */
export const checklist: Formatter = (results, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const rows = checklistRows(results, ctx);
  const table: { text: string; mark: Mark }[][] = rows.map((row: ChecklistRow) => [
    // the report's title (a folder of downloads is named by numbers), its file in the last column
    { text: truncate(escapeControls(row.title ?? row.body ?? '—'), TITLE_WIDTH), mark: 'unknown' },
    { text: row.year !== undefined ? String(row.year) : '—', mark: 'unknown' },
    ...[row.parts, row.plan, row.responsible, row.publication, row.numbers].map((cell) => ({ text: cellText(cell), mark: cell.mark })),
    { text: VERDICT_LABEL[ctx.locale][row.verdict], mark: VERDICT_MARK[row.verdict] },
    { text: escapeControls(row.file), mark: 'unknown' },
  ]);
  const head = HEAD[ctx.locale];
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...table.map((cells) => displayWidth(cells[i].text))));
  const line = (cells: string[], painted: string[]) =>
    cells
      .map((s, i) => painted[i] + ' '.repeat(Math.max(0, widths[i] - displayWidth(s))))
      .join('  ')
      .trimEnd() + '\n';

  let out = c.bold(TITLE[ctx.locale](rows.length)) + '\n\n';
  out += c.bold(line(head, head).trimEnd()) + '\n';
  out += c.dim(widths.map((w) => '─'.repeat(w)).join('  ')) + '\n';
  for (const cells of table) {
    const texts = cells.map((x) => x.text);
    const last = cells.length - 1;
    const painted = cells.map((x, i) => (i === 0 ? x.text : i === 1 || i === last ? c.dim(x.text) : paint(c, x.mark, x.text)));
    out += line(texts, painted);
  }
  for (const row of rows) {
    if (row.fileError) out += `\n${escapeControls(row.file)}: ${c.red(escapeControls(row.fileError))}\n`;
  }
  const n = verdictCounts(rows);
  const labels = VERDICT_LABEL[ctx.locale];
  const parts = (['pass', 'review', 'fail', 'error'] as Verdict[]).filter((v) => v !== 'error' || n.error).map((v) => `${labels[v]} ${n[v]}`);
  out += '\n' + parts.join(ctx.locale === 'zh' ? '，' : ', ') + '\n';
  out += c.dim(LEGEND[ctx.locale]) + '\n';
  if (ctx.configUsed) out += c.dim(escapeControls(ctx.configUsed[ctx.locale])) + '\n';
  return out;
};
