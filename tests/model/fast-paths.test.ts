import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsSentence } from '../../src/model/punctuation.js';
import { loadLaws } from '../../src/linter/resources.js';
import { LawIndex } from '../../src/laws/index.js';

// Hand-written scans that replaced regular expressions or repeated work (issue 22) give the same answers.

describe('fast paths give the answers of what they replaced', () => {
  it('endsSentence is /[。！？；!?;：:]\\s*$/', () => {
    const chars = fc.constantFrom(...'。！？；!?;：:，甲a1 \t\n\u3000\u00a0\u2028\ufeff\r');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }).map((a) => a.join('')), (t) => {
        expect(endsSentence(t)).toBe(/[。！？；!?;：:]\s*$/.test(t));
      }),
      { seed: 22, numRuns: 2000 },
    );
  });

  it('the law index answers a repeated title with the same matches, and a caller cannot change what the next one gets', () => {
    const laws = loadLaws();
    for (const title of ['中华人民共和国行政处罚法', '行政复议法', '法治政府建设实施纲要（2021-2025）', '优化营商环境条列', '中华人民共和国行政许可发']) {
      const a = laws.lookup(title);
      const b = laws.lookup(title);
      expect(b).toEqual(a);
      a.push(a[0] ?? ({} as never));
      expect(laws.lookup(title)).toEqual(b);
      const c = laws.closest(title);
      expect(laws.closest(title)).toEqual(c);
      c.length = 0;
      expect(laws.closest(title)).toEqual(laws.closest(title));
    }
    // a remembered answer is the answer a fresh index gives
    const typo = '法治政府建设与责任落实督察规定';
    laws.closest(typo);
    expect(laws.closest(typo)).toEqual(new LawIndex(laws.entries).closest(typo));
    expect(laws.closest(typo).map((m) => m.entry.title)).toContain('法治政府建设与责任落实督察工作规定');
  });
});
