import type { Formatter, StreamingFormatter } from './types.js';
import { formatAll } from './stream.js';
import { pageOf, paragraphOpening } from './paragraph.js';
import { structureSummary } from '../model/structure-summary.js';
import { fixApplies } from './util.js';
import type { FileResult } from '../linter/types.js';
import type { LintMessage } from '../engine/types.js';
import { packedEditsOf } from '../engine/lazy-fix.js';

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
 */
export const jsonStream: StreamingFormatter = () => {
  let first = true;
  return {
    result(r) {
      const text = (first ? '[' : ',') + JSON.stringify(fileObject(r));
      first = false;
      return text;
    },
    end: () => (first ? '[]' : ']'),
  };
};

function fileObject(r: FileResult): unknown {
  return ({
      filePath: r.filePath,
      messages: [
        ...(r.fileError
          ? [{ ruleId: null, fatal: true, severity: 2, message: r.fileError, line: 1, column: 1 }]
          : []),
        ...r.messages.map((m) => ({
          ruleId: m.ruleId,
          severity: SEVERITY[m.severity],
          ...(m.severity === 'info' ? { info: true } : {}),
          ...(m.internal ? { fatal: true } : {}),
          message: m.reason,
          line: m.line,
          column: m.column,
          endLine: m.endLine,
          endColumn: m.endColumn,
          messageId: m.messageId,
          data: m.data,
          // Word: line is the paragraph number; context quotes the paragraph's opening
          ...(r.lineUnit === 'paragraph' ? { paragraph: m.line, context: paragraphOpening(r, m.line) } : {}),
          // PDF: line and endLine count the lines of page and endPage
          ...(r.lineUnit === 'page' ? pageOf(m) : {}),
          ...present('fix', m.fix), // read once: a lazy fix computes its edits on each read
          ...(m.suggestions ? { suggestions: m.suggestions } : {}),
          ...(m.related ? { related: m.related } : {}),
        })),
      ],
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
    });
}

function present<K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } {
  return value ? ({ [key]: value } as { [k in K]?: V }) : {};
}
