import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/text.js';
import { lineStarts, pointAt } from '../../src/model/location.js';

describe('parseText', () => {
  it('one paragraph per non-blank line, indentation outside the node', () => {
    const text = '标题\r\n\r\n\u2002\u2002一、成效\n正文。 \r最后';
    const tree = parseText(text);
    const paras = tree.children.map((p) => {
      const t = (p as { children: { value: string }[] }).children[0].value;
      return [t, p.position!.start.line, p.position!.start.column, text.slice(p.position!.start.offset, p.position!.end.offset)];
    });
    expect(paras).toEqual([
      ['标题', 1, 1, '标题'],
      ['一、成效', 3, 3, '一、成效'],
      ['正文。', 4, 1, '正文。'],
      ['最后', 5, 1, '最后'],
    ]);
  });

  it('property: every node value equals its source slice, and line/column agree with offsets', () => {
    const piece = fc.constantFrom('一、', '（一）', '1.', '正文', '。', ' ', '\u2002', '\u3000', '\n', '\r\n', '\r', 'a', '𠀋', 'é', '\ud800', '调解5726件');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 5 })), { maxLength: 40 }).map((a) => a.join('')), (text) => {
        const tree = parseText(text);
        const starts = lineStarts(text);
        for (const p of tree.children) {
          const node = (p as { children: { value: string; position: { start: { offset: number; line: number; column: number }; end: { offset: number } } }[] }).children[0];
          const { start, end } = node.position;
          expect(text.slice(start.offset, end.offset)).toBe(node.value);
          expect(node.value.trim()).not.toBe('');
          const pt = pointAt(starts, start.offset);
          expect([pt.line, pt.column]).toEqual([start.line, start.column]);
        }
        expect(tree.position!.end.offset).toBe(text.length);
      }),
      { numRuns: 300 },
    );
  });
});
