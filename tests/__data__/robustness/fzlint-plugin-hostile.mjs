// A plugin that misbehaves on purpose, for tests/robustness: rules that throw, overrun the
// per-rule time limit, loop forever, delete a file of the run while it is going, or take a typed option.
import { unlinkSync } from 'node:fs';

const meta = (id, extra = {}) => ({
  id,
  type: 'problem',
  description: { zh: id, en: id },
  severity: 'error',
  schema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  messages: { found: { zh: '第一行「{line}」', en: 'first line “{line}”' } },
  // off unless a config turns it on (plugin rules are otherwise in fzlint:recommended)
  recommended: false,
  ...extra,
});

/** A finding on the first line, so a test can see whether a rule's findings were kept or dropped. */
function reportFirstLine(context) {
  const line = context.report.text.split('\n')[0];
  context.reportIssue({ messageId: 'found', data: { line }, start: 0, end: line.length });
}

export default {
  name: 'hostile',
  rules: {
    throws: {
      meta: meta('throws'),
      check() {
        throw new TypeError('hostile rule exploded');
      },
    },
    slow: {
      meta: meta('slow', {
        schema: { type: 'object', properties: { ms: { type: 'integer', minimum: 0, description: 'How long to busy-wait.' } }, additionalProperties: false },
        defaultOptions: { ms: 200 },
      }),
      check(context) {
        reportFirstLine(context);
        const until = performance.now() + context.options.ms;
        while (performance.now() < until) {
          // a rule stuck in a loop: synchronous, so only the time check after it can catch it
        }
      },
    },
    loops: {
      meta: meta('loops', {
        schema: { type: 'object', properties: { when: { type: 'string', description: 'Loop forever on files whose name ends so.' } }, additionalProperties: false },
        defaultOptions: { when: '' },
      }),
      check(context) {
        reportFirstLine(context);
        if (!(context.report.filePath ?? '').endsWith(context.options.when)) return;
        for (;;) {
          try {
            // a rule that never returns, and swallows whatever is thrown at it
          } catch {
            // nothing
          }
        }
      },
    },
    'delete-file': {
      meta: meta('delete-file', {
        severity: 'info',
        schema: { type: 'object', properties: { path: { type: 'string', description: 'File to delete while the run is going.' } }, required: ['path'], additionalProperties: false },
      }),
      check(context) {
        // stands for another process (an editor saving, a sync tool) removing a file mid-run
        try {
          unlinkSync(context.options.path);
        } catch {
          // already gone: this rule runs on every file
        }
      },
    },
    typed: {
      meta: meta('typed', {
        schema: {
          type: 'object',
          properties: { maxLength: { type: 'integer', minimum: 1, description: 'Longest allowed line.' } },
          additionalProperties: false,
        },
        defaultOptions: { maxLength: 80 },
      }),
      check() {},
    },
  },
};
