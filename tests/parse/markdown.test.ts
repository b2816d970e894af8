import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Parent, Root, RootContent } from 'mdast';
import { parseMarkdown } from '../../src/parse/markdown.js';

type Node = RootContent | Root;

function firstParagraph(tree: Root): Parent {
  const p = tree.children.find((c) => c.type === 'paragraph');
  if (!p) throw new Error('no paragraph');
  return p as Parent;
}

/** Every text node's value is the source text at its position (no escapes or entities in these inputs). */
function textsAtPositions(tree: Node, source: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (n: Node): void => {
    if (n.type === 'text') out.push([n.value, source.slice(n.position!.start.offset, n.position!.end.offset)]);
    if ('children' in n) for (const c of n.children) walk(c as Node);
  };
  walk(tree);
  return out;
}

describe('parseMarkdown: CJK-friendly emphasis', () => {
  // CommonMark leaves these `**` literal: a closer after punctuation needs a space or punctuation after it
  it.each([
    ['。', '**全面落实法治建设第一责任人职责。**街道党政主要负责人带头讲法。'],
    ['，', '**依法全面履行政府职能，**持续深化“放管服”改革。'],
    ['：', '**健全依法决策机制：**重大行政决策全部经合法性审查。'],
    ['）', '**推进严格规范公正文明执法（综合行政执法队）**全年办理案件146件。'],
    ['” before CJK', '**打造“枫桥式”品牌**全年接待群众420人次。'],
  ])('a bold run-in heading ending in %s is a strong node with exact positions', (_end, text) => {
    const tree = parseMarkdown(text + '\n');
    const p = firstParagraph(tree);
    const [strong, rest] = p.children;
    expect(strong.type).toBe('strong');
    const close = text.indexOf('**', 2) + 2;
    expect(strong.position!.start.offset).toBe(0);
    expect(strong.position!.end.offset).toBe(close);
    expect(strong.position!.start).toMatchObject({ line: 1, column: 1 });
    expect(rest).toMatchObject({ type: 'text', value: text.slice(close) });
    expect(rest.position!.start.offset).toBe(close);
    for (const [value, at] of textsAtPositions(tree, text)) expect(at).toBe(value);
  });

  it('positions stay exact on later lines and after a heading', () => {
    const text = '# 某街道2024年法治政府建设工作报告\n\n## 一、主要举措\n\n**笃学践行习近平法治思想。**全年开展集中学法6次。\n';
    const tree = parseMarkdown(text);
    const strong = firstParagraph(tree).children[0];
    expect(strong.type).toBe('strong');
    expect(strong.position!.start).toMatchObject({ line: 5, column: 1, offset: text.indexOf('**') });
    expect(text.slice(strong.position!.start.offset, strong.position!.end.offset)).toBe('**笃学践行习近平法治思想。**');
  });

  it('Latin text keeps CommonMark emphasis rules', () => {
    const p = firstParagraph(parseMarkdown('see **a.**b and **bold** text\n'));
    expect(p.children.map((c) => c.type)).toEqual(['text', 'strong', 'text']);
    expect((p.children[0] as { value: string }).value).toBe('see **a.**b and ');
  });

  it('an unclosed ** stays literal text', () => {
    const p = firstParagraph(parseMarkdown('**一是加强党的领导。县委常委会听取汇报3次。\n'));
    expect(p.children).toHaveLength(1);
    expect(p.children[0]).toMatchObject({ type: 'text', value: '**一是加强党的领导。县委常委会听取汇报3次。' });
  });

  it('text nodes sit exactly at their source for bold run-in paragraphs (property, pinned seed)', () => {
    const cjk = fc.constantFrom(...'法治政府建设年度报告街道党工委全面落实责任人职责执法');
    const punct = fc.constantFrom('。', '，', '：', '；', '）', '！', '');
    const run = fc.string({ unit: cjk, minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.tuple(run, punct, run), { minLength: 1, maxLength: 4 }), (items) => {
        const text = items.map(([h, p, body]) => `**${h}${p}**${body}`).join('\n\n') + '\n';
        const tree = parseMarkdown(text);
        const strongs = tree.children.flatMap((c) => (c as Parent).children.filter((n) => n.type === 'strong'));
        expect(strongs).toHaveLength(items.length);
        for (const [value, at] of textsAtPositions(tree, text)) expect(at).toBe(value);
      }),
      { seed: 20241206, numRuns: 200 },
    );
  });
});
