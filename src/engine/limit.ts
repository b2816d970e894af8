import type { Fix, MessageData, ReportDescriptor, RuleContext, Severity } from './types.js';

/**
 * A rule that can fire at every character (unpaired marks, half-width
 * punctuation) reports this many findings per file at most; the rest become
 * one summary finding that still carries all their fixes, so --fix stays
 * complete and a pathological file cannot flood the output or the engine.
 */
export const MAX_FINDINGS = 100;

const RANK: Record<Severity, number> = { info: 0, warn: 1, error: 2 };

export function reportCapped<Id extends string, O>(
  context: RuleContext<Id, O>,
  found: ReportDescriptor<Id>[],
  summary: { messageId: Id; data?: MessageData },
  max = MAX_FINDINGS,
): void {
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  for (const d of found.slice(0, max)) context.reportIssue(d);
  const rest = found.slice(max);
  if (!rest.length) return;
  const fix: Fix[] = rest.flatMap((d) => (d.fix ? ([] as Fix[]).concat(typeof d.fix === 'function' ? d.fix() : d.fix) : []));
  // the summary is as severe as the most severe finding it stands for
  const severities = rest.map((d) => d.severity).filter((s): s is Severity => s !== undefined);
  const severity = severities.length === rest.length ? severities.reduce((a, b) => (RANK[a] >= RANK[b] ? a : b)) : undefined;
  context.reportIssue({
    messageId: summary.messageId,
    data: { ...summary.data, count: rest.length, total: found.length },
    start: rest[0].start,
    end: rest[0].end,
    ...(severity ? { severity } : {}),
    ...(fix.length ? { fix } : {}),
  });
}
