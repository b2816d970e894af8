import path from 'node:path';
import { Chalk } from 'chalk';
import type { Formatter, StreamingFormatter } from './types.js';
import { formatAll } from './stream.js';
import { displayWidth, padEnd } from './width.js';
import { pageLabel, paragraphLabel } from './paragraph.js';
import { escapeControls } from './util.js';

const LABELS = {
  zh: { error: '错误', warn: '警告', info: '提示' },
  en: { error: 'error', warn: 'warning', info: 'info' },
} as const;

function summary(locale: 'zh' | 'en', e: number, w: number, i: number): string {
  const total = e + w + i;
  if (locale === 'zh') return `✖ 共 ${total} 个问题（${e} 个错误，${w} 个警告，${i} 条提示）`;
  const p = (n: number, s: string) => `${n} ${s}${n === 1 ? '' : 's'}`;
  return `✖ ${p(total, 'problem')} (${p(e, 'error')}, ${p(w, 'warning')}, ${i} info)`;
}

/** ESLint's stylish: grouped by file, `line:column  severity  message  rule-id`, and a summary. */
export const stylish: Formatter = (results, ctx) => formatAll(stylishStream(ctx), results);

/** stylish, one file at a time: each file's block depends on that file alone; the summary on the counts kept. */
export const stylishStream: StreamingFormatter = (ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const labels = LABELS[ctx.locale];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  return {
    result(r) {
      if (!r.messages.length && !r.fileError) return '';
      errors += r.errorCount;
      warnings += r.warningCount;
      infos += r.infoCount;
      const rel = path.relative(ctx.cwd, r.filePath);
      let out = '\n' + c.underline(escapeControls(rel && !rel.startsWith('..') ? rel : r.filePath)) + '\n';
      const rows: [string, string, string, string][] = [];
      if (r.fileError) rows.push(['0:0', c.red(labels.error), escapeControls(r.fileError), '']);
      for (const m of r.messages) {
        const label = m.severity === 'error' ? c.red(labels.error) : m.severity === 'warn' ? c.yellow(labels.warn) : c.blue(labels.info);
        // Word: the line is a paragraph number; name the paragraph by its opening
        const para = paragraphLabel(r, m.line, ctx.locale);
        // PDF: the line is a line of a page; the page comes first
        const onPage = pageLabel(r, m, ctx.locale);
        const reason = escapeControls(m.reason);
        rows.push([onPage ?? `${m.line}:${m.column}`, label, para ? `${reason} ${c.dim(escapeControls(ctx.locale === 'zh' ? `（${para}）` : `(${para})`))}` : reason, c.dim(escapeControls(m.ruleId))]);
      }
      const w0 = Math.max(...rows.map((x) => x[0].length));
      const w1 = Math.max(...rows.map((x) => displayLen(x[1])));
      const w2 = Math.max(...rows.map((x) => displayLen(x[2])));
      for (const [pos, sev, msg, rule] of rows) {
        out += `  ${c.dim(pos.padEnd(w0))}  ${padAnsi(sev, w1)}  ${padEnd(msg, Math.min(w2, 80))}  ${rule}`.trimEnd() + '\n';
      }
      return out;
    },
    end() {
      if (errors + warnings + infos === 0) return '';
      const line = summary(ctx.locale, errors, warnings, infos);
      return '\n' + (errors ? c.red.bold(line) : warnings ? c.yellow.bold(line) : c.blue.bold(line)) + '\n';
    },
  };
};

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
function displayLen(s: string): number {
  return displayWidth(s.replace(ANSI, ''));
}
function padAnsi(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayLen(s)));
}
