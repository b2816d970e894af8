import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findTitles } from '../../src/model/titles.js';
import { blockToSource } from '../../src/model/blocks.js';
import type { Block } from '../../src/model/types.js';

/** The pairs of 《》 as a walk over every character finds them (the scan before findTitles jumped between brackets). */
function referencePairs(t: string): [number, number][] {
  const pairs: [number, number][] = [];
  const stack: number[] = [];
  for (let j = 0; j < t.length; j++) {
    const c = t[j];
    if (c === '《') stack.push(j);
    else if (c === '》' && stack.length) pairs.push([stack.pop()!, j]);
    else if (c === '\n' && t[j + 1] === '\n') stack.length = 0;
  }
  pairs.sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  let end = -1;
  for (const [open, close] of pairs) {
    if (open < end) continue;
    end = close;
    out.push([open, close + 1]);
  }
  return out;
}

const block = (text: string): Block => ({
  index: 0,
  kind: 'paragraph',
  text,
  segments: [{ text: 0, source: 0, length: text.length }],
  start: 0,
  end: text.length,
  furniture: false,
  node: { type: 'paragraph', children: [] },
});

describe('findTitles: the walk from bracket to bracket', () => {
  it('finds the outermost pairs a walk over every character finds (nesting, strays, paragraph breaks)', () => {
    const text = fc.string({ unit: fc.constantFrom(...'《》《》〈〉<>\n法规a'), minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(text, (t) => {
        const got = findTitles([block(t)], blockToSource).map((x): [number, number] => [x.start, x.end]);
        expect(got).toEqual(t.includes('《') ? referencePairs(t) : []);
      }),
      { numRuns: 500, seed: 22 },
    );
  });
});
