// A local plugin as users write them: plain JS, the same rule shape as built-in rules.
export default {
  name: 'local',
  rules: {
    'no-xx': {
      meta: {
        id: 'no-xx',
        type: 'problem',
        description: { zh: '不得出现“XX”', en: 'No “XX”' },
        severity: 'warn',
        schema: { type: 'object', properties: {}, additionalProperties: false },
        defaultOptions: {},
        messages: { found: { zh: '出现占位符「XX」', en: 'Placeholder “XX”' } },
        url: 'https://example.org/no-xx',
      },
      check(context) {
        for (const b of context.report.bodyBlocks) {
          let i = b.text.indexOf('XX');
          while (i !== -1) {
            context.reportIssue({ messageId: 'found', start: context.report.toSource(b, i), end: context.report.toSource(b, i + 2) });
            i = b.text.indexOf('XX', i + 2);
          }
        }
      },
    },
    boom: {
      meta: {
        id: 'boom',
        type: 'problem',
        description: { zh: '总是出错', en: 'Always throws' },
        severity: 'error',
        schema: { type: 'object', properties: {}, additionalProperties: false },
        defaultOptions: {},
        messages: {},
      },
      check() {
        throw new Error('kaboom');
      },
    },
  },
};
