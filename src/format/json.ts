import type { Formatter, StreamingFormatter } from './types.js';
import { formatAll } from './stream.js';
import { pageOf, paragraphOpening } from './paragraph.js';
import { structureSummary } from '../model/structure-summary.js';
import { fixApplies } from './util.js';
import type { FileResult } from '../linter/types.js';
import type { LintMessage } from '../engine/types.js';
import { packedEditsOf } from '../engine/lazy-fix.js';
import { editsJson } from './json-edits.js';
import type { OutputPart } from './types.js';

const SEVERITY = { error: 2, warn: 1, info: 1 } as const;

/** ESLint's fixable counts: findings whose fix `--fix` would apply (plain text and Markdown only). */
function fixableCounts(r: FileResult): { fixableErrorCount: number; fixableWarningCount: number } {
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  if (fixApplies(r.filePath)) {
    for (const m of r.messages) {
      if (!fixLength(m)) continue;
      if (m.severity === 'error') fixableErrorCount++;
      else fixableWarningCount++;
    }
  }
  return { fixableErrorCount, fixableWarningCount };
}

/** How many edits a message's fix has (0 without one), without unpacking a packed lazy fix. */
function fixLength(m: LintMessage): number | undefined {
  const packed = packedEditsOf(m);
  return packed ? packed.offsets.length / 2 : m.fix?.length;
}

/**
 * ESLint-compatible JSON: an array of {filePath, messages, suppressedMessages, errorCount,
 * fatalErrorCount, warningCount, fixableErrorCount, fixableWarningCount, usedDeprecatedRules},
 * as ESLint's own formatters and tools written for them (reviewdog -f=eslint) read it.
 * Info findings have severity 1 and "info": true, so warningCount (every severity-1
 * message, as ESLint counts) includes them and infoCount says how many they are. Messages are sorted by position. Findings turned off by
 * inline directives or the suppressions baseline are dropped before formatting, so
 * suppressedMessages is empty; fzlint has no deprecated rules.
 * Each result also carries `report`: the structure as read (see model/structure-summary.ts); ESLint consumers ignore it.
 */
export const json: Formatter = (results, ctx) => formatAll(jsonStream(ctx), results);

/**
 * json one file at a time (the same text JSON.stringify gives for the whole array): a file's plain objects,
 * and the edits of its lazily computed fixes, are garbage before the next file is turned into text.
 * `resultParts` gives the same text as text and UTF-8 bytes, for the output file: a packed fix (the NFKC
 * note's one edit per comma, 15 of the corpus's 23 MB) is written from its typed arrays straight to bytes
 * (json-edits.ts), without an object or a string per edit.
 */
export const jsonStream: StreamingFormatter = () => {
  let first = true;
  const lead = (): string => {
    const text = first ? '[' : ',';
    first = false;
    return text;
  };
  return {
    result: (r) => fileParts(r, lead(), false)[0] as string,
    resultParts: (r) => fileParts(r, lead(), true),
    end: () => (first ? '[]' : ']'),
  };
};

/**
 * One file's object as JSON.stringify writes it, after `lead`: one text, or with `bytes` texts and the
 * packed fixes' edits as bytes between them. A message with a packed fix is then written as its keys
 * before `fix`, the edits, and its keys after; every other message, and the file's own keys, are
 * JSON.stringify's.
 */
function fileParts(r: FileResult, lead: string, bytes: boolean): OutputPart[] {
  const out: OutputPart[] = [];
  let text = lead + '{"filePath":' + JSON.stringify(r.filePath) + ',"messages":[';
  let comma = '';
  if (r.fileError) {
    text += JSON.stringify({ ruleId: null, fatal: true, severity: 2, message: r.fileError, line: 1, column: 1 });
    comma = ',';
  }
  for (const m of r.messages) {
    const packed = bytes ? packedEditsOf(m) : undefined;
    const head = messageHead(r, m);
    if (!packed) {
      const fix = m.fix; // read once: a lazy fix computes its edits on each read
      if (fix) head.fix = fix;
      text += comma + JSON.stringify(addTail(head, m));
      comma = ',';
      continue;
    }
    // the head is never empty (ruleId …): its text ends in the closing brace
    out.push(text + comma + JSON.stringify(head).slice(0, -1) + ',"fix":', editsJson(packed));
    comma = ',';
    const tail = JSON.stringify(addTail({}, m));
    text = tail === '{}' ? '}' : ',' + tail.slice(1);
  }
  out.push(text + '],' + JSON.stringify(fileSummary(r)).slice(1));
  return out;
}

/** A message's keys in the JSON, up to its fix (an object with keys in order: assigned, not spread). */
function messageHead(r: FileResult, m: LintMessage): Record<string, unknown> {
  const o: Record<string, unknown> = { ruleId: m.ruleId, severity: SEVERITY[m.severity] };
  if (m.severity === 'info') o.info = true;
  if (m.internal) o.fatal = true;
  o.message = m.reason;
  o.line = m.line;
  o.column = m.column;
  o.endLine = m.endLine;
  o.endColumn = m.endColumn;
  o.messageId = m.messageId;
  o.data = m.data;
  // Word: line is the paragraph number; context quotes the paragraph's opening
  if (r.lineUnit === 'paragraph') {
    o.paragraph = m.line;
    o.context = paragraphOpening(r, m.line);
  }
  // PDF: line and endLine count the lines of page and endPage
  if (r.lineUnit === 'page') Object.assign(o, pageOf(m));
  return o;
}

/** The keys after a message's fix, added to `o`. */
function addTail(o: Record<string, unknown>, m: LintMessage): Record<string, unknown> {
  if (m.suggestions) o.suggestions = m.suggestions;
  if (m.related) o.related = m.related;
  return o;
}

/** The file's keys after its messages. */
function fileSummary(r: FileResult): object {
  return {
    suppressedMessages: [],
    errorCount: r.errorCount,
    // ESLint's invariant: warningCount counts every severity-1 message, so info findings are in it (infoCount says how many)
    warningCount: r.warningCount + r.infoCount,
    infoCount: r.infoCount,
    fatalErrorCount: r.fatalErrorCount,
    ...fixableCounts(r),
    usedDeprecatedRules: [],
    ...(r.encoding ? { encoding: r.encoding } : {}),
    ...(r.lineUnit ? { lineUnit: r.lineUnit } : {}),
    // how the report was read: year (and where from), parts with lines and reasons, plan year (ESLint consumers ignore it)
    ...(!r.fileError && !r.ignored && (r.summary || r.report) ? { report: r.summary ?? structureSummary(r.report!) } : {}),
  };
}

