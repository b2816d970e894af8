import { describe, expect, it } from 'vitest';
import { tightenFigures } from '../../src/model/facts/quantities.js';

// Figures spaced from their words (PDF and web copies) are read without those spaces; `at` maps each character back.
const tighten = (text: string) => tightenFigures({ text, textStart: 5, block: 0 });

describe('tightenFigures', () => {
  it('takes out the spaces between a figure and Chinese text, either way round, and before %', () => {
    const s = tighten('排查纠纷 2416 件，化解率\u300096.1 %（上年\u00a0100 件）');
    expect(s.text).toBe('排查纠纷2416件，化解率96.1%（上年100件）');
    const original = '排查纠纷 2416 件，化解率\u300096.1 %（上年\u00a0100 件）';
    // every character read is the character at its mapped offset
    for (let i = 0; i < s.text.length; i++) expect(original[s.at![i]]).toBe(s.text[i]);
  });

  it('leaves spaces between two figures, between Latin text and a figure, and sentences without such spaces', () => {
    const same = '办结 12 34 件';
    expect(tighten(same).text).toBe('办结12 34件');
    expect(tighten('G4 京港澳高速').text).toBe('G4京港澳高速');
    const plain = { text: '受理案件120件，办结118件。', textStart: 0, block: 0 };
    expect(tightenFigures(plain)).toBe(plain);
    expect(tighten('Word 2016 版本').text).toBe('Word 2016版本');
  });
});
