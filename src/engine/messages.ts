import { VFileMessage } from 'vfile-message';
import type { Report } from '../model/report.js';
import type { LintMessage, Severity } from './types.js';
import { compareIds } from './compare.js';

/**
 * Building and ordering findings: shared by the runner (run.ts) and the directive pass (directives.ts),
 * so neither imports the other.
 */

export function makeMessage(
  report: Report,
  reason: string,
  ruleId: string,
  messageId: string,
  data: Record<string, string | number>,
  severity: Severity,
  start: number,
  end: number,
): LintMessage {
  const a = report.point(start);
  const b = report.point(end);
  // a VFileMessage is an Error: do not pay for a stack trace nobody reads (hundreds of findings per file)
  const V8Error = Error as { stackTraceLimit?: number }; // V8's; elsewhere setting it does nothing
  const limit = V8Error.stackTraceLimit;
  V8Error.stackTraceLimit = 0;
  let vm: LintMessage;
  try {
    // the reason alone: the constructor defines every own key, and the place, its name and the origin are
    // assigned below (its handling of options copies them and formats the place generically: a third of its cost)
    vm = new VFileMessage(reason) as LintMessage;
  } finally {
    V8Error.stackTraceLimit = limit;
  }
  vm.place = { start: { line: a.line, column: a.column, offset: a.offset }, end: { line: b.line, column: b.column, offset: b.offset } };
  vm.name = `${positionName(a)}-${positionName(b)}`; // as vfile-message names a place: "line:column-line:column"
  vm.ruleId = ruleId;
  vm.source = 'fzlint';
  vm.file = report.filePath;
  vm.fatal = severity === 'error' ? true : severity === 'warn' ? false : undefined;
  vm.messageId = messageId;
  vm.data = data;
  vm.severity = severity;
  vm.start = start;
  vm.end = end;
  vm.line = a.line;
  vm.column = a.column;
  vm.endLine = b.line;
  vm.endColumn = b.column;
  return vm;
}

/** unist-util-stringify-position's point: a missing (0) line or column reads as 1. */
function positionName(p: { line: number; column: number }): string {
  return `${p.line || 1}:${p.column || 1}`;
}

export function sortMessages(messages: LintMessage[]): LintMessage[] {
  return messages.sort((a, b) => a.start - b.start || a.end - b.end || compareIds(a.ruleId, b.ruleId) || compareIds(a.messageId, b.messageId));
}
