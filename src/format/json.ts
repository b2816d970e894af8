import type { Formatter } from './types.js';
import { paragraphOpening } from './paragraph.js';
import { structureSummary } from '../model/structure-summary.js';

const SEVERITY = { error: 2, warn: 1, info: 1 } as const;

/**
 * ESLint-compatible JSON: an array of {filePath, messages, errorCount, warningCount}.
 * Info findings have severity 1 and "info": true. Messages are sorted by position.
 * Each result also carries `report`: the structure as read (see model/structure-summary.ts).
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
      // how the report was read: year (and where from), parts with lines and reasons, plan year (ESLint consumers ignore it)
      ...(!r.fileError && !r.ignored && r.report ? { report: structureSummary(r.report) } : {}),
    })),
  );
