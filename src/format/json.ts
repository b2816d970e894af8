import type { Formatter } from './types.js';
import { pageOf, paragraphOpening } from './paragraph.js';

const SEVERITY = { error: 2, warn: 1, info: 1 } as const;

/**
 * ESLint-compatible JSON: an array of {filePath, messages, errorCount, warningCount}.
 * Info findings have severity 1 and "info": true. Messages are sorted by position.
 */
export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => ({
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
          ...(m.fix ? { fix: m.fix } : {}),
          ...(m.suggestions ? { suggestions: m.suggestions } : {}),
          ...(m.related ? { related: m.related } : {}),
        })),
      ],
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      infoCount: r.infoCount,
      fatalErrorCount: r.fatalErrorCount,
      ...(r.encoding ? { encoding: r.encoding } : {}),
      ...(r.lineUnit ? { lineUnit: r.lineUnit } : {}),
    })),
  );
