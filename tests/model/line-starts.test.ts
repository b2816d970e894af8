import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineStarts } from '../../src/model/location.js';

// lineStarts finds \n with indexOf when the text has no \r (issue 22): the same answer as splitting at every line break.
describe('lineStarts', () => {
  it('starts a line after each \\n, \\r\\n and \\r', () => {
    const chars = fc.constantFrom(...'甲a \n\r\t', '\r\n', '\n\n');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 16 }).map((a) => a.join('')), (t) => {
        const expected = [0];
        for (const m of t.matchAll(/\r\n|\r|\n/g)) expected.push(m.index + m[0].length);
        expect(lineStarts(t)).toEqual(expected);
      }),
      { seed: 22, numRuns: 2000 },
    );
  });
});
