import type { Formatter } from './types.js';
import { problemsOf, SEVERITY_WORD, xmlEscape } from './util.js';

/**
 * Checkstyle XML (the format Jenkins' warnings plugin and many CI dashboards read):
 * one <file> per linted file, one <error> per finding, source `fzlint.rules.<id>`.
 */
export const checkstyle: Formatter = (results) => {
  let out = '<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n';
  for (const r of results) {
    const problems = problemsOf(r);
    if (!problems.length) {
      out += `  <file name="${xmlEscape(r.filePath)}"/>\n`;
      continue;
    }
    out += `  <file name="${xmlEscape(r.filePath)}">\n`;
    for (const p of problems) {
      const source = p.ruleId ? `fzlint.rules.${p.ruleId}` : 'fzlint';
      out += `    <error line="${p.line}" column="${p.column}" severity="${SEVERITY_WORD[p.severity]}" message="${xmlEscape(p.message)}" source="${xmlEscape(source)}"/>\n`;
    }
    out += '  </file>\n';
  }
  return out + '</checkstyle>\n';
};
