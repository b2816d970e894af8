import type { Formatter } from './types.js';
import { displayPath, problemsOf, SEVERITY_WORD, xmlEscape } from './util.js';

/**
 * JUnit XML for CI test reports (GitLab, Jenkins, Azure): one <testsuite> per file,
 * one <testcase> per finding. Errors and warnings are <failure>s, an unreadable
 * file or a crashed rule is an <error>, info findings pass with their text in <system-out>.
 * A clean file is one passing test case, so every linted report is listed.
 */
export const junit: Formatter = (results, ctx) => {
  let body = '';
  let allTests = 0;
  let allFailures = 0;
  let allErrors = 0;
  for (const r of results) {
    const file = displayPath(r.filePath, ctx.cwd);
    const problems = problemsOf(r);
    let cases = '';
    let failures = 0;
    let errors = 0;
    for (const p of problems) {
      const name = xmlEscape(`${p.ruleId ?? 'fzlint'} ${p.line}:${p.column}`);
      const text = xmlEscape(`${file}:${p.line}:${p.column}: ${p.message}`);
      // file and line: what GitLab and the GitHub test-report actions use to point at the place
      const open = `    <testcase name="${name}" classname="${xmlEscape(file)}" file="${xmlEscape(file)}" line="${p.line}" time="0">`;
      if (!p.ruleId || p.source?.internal) {
        // not a finding about the report: the file could not be read, or a rule crashed
        errors++;
        cases += `${open}\n      <error message="${xmlEscape(p.message)}" type="${p.ruleId ? 'internal' : 'file'}">${text}</error>\n    </testcase>\n`;
      } else if (p.severity === 'info') {
        cases += `${open}\n      <system-out>${text}</system-out>\n    </testcase>\n`;
      } else {
        failures++;
        cases += `${open}\n      <failure message="${xmlEscape(p.message)}" type="${SEVERITY_WORD[p.severity]}">${text}</failure>\n    </testcase>\n`;
      }
    }
    if (!problems.length) cases = `    <testcase name="fzlint" classname="${xmlEscape(file)}" file="${xmlEscape(file)}" time="0"/>\n`;
    const tests = Math.max(1, problems.length);
    allTests += tests;
    allFailures += failures;
    allErrors += errors;
    body += `  <testsuite name="${xmlEscape(file)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0" time="0">\n${cases}  </testsuite>\n`;
  }
  return `<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="fzlint" tests="${allTests}" failures="${allFailures}" errors="${allErrors}" time="0">\n${body}</testsuites>\n`;
};
