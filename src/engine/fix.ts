import type { Fix, LintMessage } from './types.js';

export interface FixResult {
  output: string;
  /** Messages whose fixes were applied. */
  fixed: LintMessage[];
  /** Messages with fixes left out because they overlapped an applied one (retry in the next pass). */
  skipped: LintMessage[];
}

/**
 * Apply fixes as minimal text edits, like ESLint: in order of position, one
 * message's edits all or nothing, skipping any that overlap an earlier one.
 * Callers re-lint and apply again until nothing changes.
 */
export function applyFixes(text: string, messages: readonly LintMessage[]): FixResult {
  const withFix = messages.filter((m) => m.fix && m.fix.length).slice();
  withFix.sort((a, b) => firstStart(a.fix!) - firstStart(b.fix!) || a.start - b.start);
  const fixed: LintMessage[] = [];
  const skipped: LintMessage[] = [];
  const edits: Fix[] = [];
  let lastEnd = -1;
  for (const m of withFix) {
    const fx = [...m.fix!].sort((a, b) => a.start - b.start);
    let ok = fx[0].start > lastEnd;
    for (let i = 1; ok && i < fx.length; i++) if (fx[i].start < fx[i - 1].end) ok = false;
    if (!ok || fx.some((f) => f.start < 0 || f.end > text.length || f.start > f.end)) {
      skipped.push(m);
      continue;
    }
    edits.push(...fx);
    lastEnd = fx[fx.length - 1].end;
    fixed.push(m);
  }
  let out = '';
  let pos = 0;
  for (const e of edits) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  out += text.slice(pos);
  return { output: out, fixed, skipped };
}

function firstStart(f: Fix[]): number {
  return Math.min(...f.map((x) => x.start));
}
