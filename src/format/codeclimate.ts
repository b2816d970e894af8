import { createHash } from 'node:crypto';
import type { Severity } from '../engine/types.js';
import type { Formatter } from './types.js';
import { displayPath, problemsOf } from './util.js';

/** GitLab Code Quality severities: info, minor, major, critical, blocker. */
const SEVERITY: Record<Severity, 'info' | 'minor' | 'major'> = { error: 'major', warn: 'minor', info: 'info' };

/**
 * GitLab Code Quality (a subset of the Code Climate spec): a JSON array of issues
 * {description, check_name, fingerprint, severity, location: {path, lines: {begin, end}}}.
 * The fingerprint is stable across runs and across edits elsewhere in the file (rule, message,
 * reported text, occurrence), so GitLab can tell new findings from old ones in merge requests.
 * A file that could not be read, or a rule that crashed, is a "critical" issue of check fzlint.
 */
export const codeclimate: Formatter = (results, ctx) => {
  const issues: unknown[] = [];
  for (const r of results) {
    const file = displayPath(r.filePath, ctx.cwd);
    const seen = new Map<string, number>();
    for (const p of problemsOf(r)) {
      const m = p.source;
      const text = m && r.source !== undefined ? r.source.slice(m.start, m.end) : '';
      const key = [file, p.ruleId ?? 'fzlint', m?.messageId ?? 'file', text || p.message].join('\u0000');
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      const internal = !p.ruleId || m?.internal;
      issues.push({
        type: 'issue',
        check_name: p.ruleId ?? 'fzlint',
        description: p.message,
        categories: [internal ? 'Bug Risk' : 'Style'],
        severity: internal ? 'critical' : SEVERITY[p.severity],
        fingerprint: createHash('md5').update(`${key}\u0000${n}`).digest('hex'),
        location: { path: file, lines: { begin: p.line, end: p.endLine } },
      });
    }
  }
  return JSON.stringify(issues, null, 2) + '\n';
};
