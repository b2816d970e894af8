import type { Formatter } from './types.js';
import { displayPath, problemsOf } from './util.js';

const COMMAND = { error: 'error', warn: 'warning', info: 'notice' } as const;

/** Message text of a workflow command: % \r \n are escaped (GitHub's toolkit, escapeData). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a workflow command: also , and : (GitHub's toolkit, escapeProperty). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands, one annotation per finding:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule>::<message>`.
 * Info findings become notices. GitHub honours columns only within one line,
 * so col and endColumn are left out when a span crosses lines.
 */
export const github: Formatter = (results, ctx) => {
  let out = '';
  for (const r of results) {
    const file = displayPath(r.filePath, ctx.cwd);
    for (const p of problemsOf(r)) {
      const props: [string, string | number][] = [['file', file], ['line', p.line]];
      if (p.line === p.endLine) props.push(['col', p.column]);
      props.push(['endLine', p.endLine]);
      if (p.line === p.endLine) props.push(['endColumn', p.endColumn]);
      props.push(['title', p.ruleId ?? 'fzlint']);
      const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      out += `::${COMMAND[p.severity]} ${list}::${escapeData(p.message)}\n`;
    }
  }
  return out;
};
