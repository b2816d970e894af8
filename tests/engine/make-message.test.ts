import { describe, expect, it } from 'vitest';
import { VFileMessage } from 'vfile-message';
import { makeMessage } from '../../src/engine/messages.js';
import { seedReport } from '../helpers/seeds.js';

// issue 22: makeMessage gives the VFileMessage constructor the reason alone and assigns the place itself;
// the finding must be the one the constructor builds from the place (own keys in order, values, name)

describe('makeMessage', () => {
  it('builds the same VFileMessage as the constructor given the place and origin', async () => {
    const report = await seedReport('000');
    for (const [start, end] of [
      [0, 0],
      [5, 17],
      [report.text.length - 3, report.text.length],
    ]) {
      const m = makeMessage(report, '理由', 'some-rule', 'someId', { n: 1 }, 'warn', start, end);
      const a = report.point(start);
      const b = report.point(end);
      const expected = new VFileMessage('理由', {
        place: { start: { line: a.line, column: a.column, offset: a.offset }, end: { line: b.line, column: b.column, offset: b.offset } },
        ruleId: 'some-rule',
        source: 'fzlint',
      });
      Object.assign(expected, { file: report.filePath, fatal: false, messageId: 'someId', data: { n: 1 }, severity: 'warn', start, end });
      Object.assign(expected, { line: a.line, column: a.column, endLine: b.line, endColumn: b.column });
      expect(m).toBeInstanceOf(VFileMessage);
      expect(Reflect.ownKeys(m)).toEqual(Reflect.ownKeys(expected));
      expect({ ...m }).toEqual({ ...expected });
      expect(m.name).toBe(expected.name);
      expect(m.stack).toBe('');
      expect(Object.prototype.toString.call(m)).toBe('[object Error]');
    }
  });
});
