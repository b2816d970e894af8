import { describe, expect, it } from 'vitest';
import { layOutPages, pagePosition, repair, type LayoutPage, type LayoutRun } from '../../src/parse/layout.js';
import { unifyRadicals } from '../../src/parse/radicals.js';

/** A 公文 page: A4 in points, 16pt body on a 28pt pitch from y=120, left edge 80, right edge 512 (27 characters). */
const LEFT = 80;
const EM = 16;
const PER_LINE = 27;

function run(text: string, x: number, y: number, size = EM): LayoutRun {
  return { text, x, y, w: [...text].length * size, size };
}

/** Body paragraphs as a typesetter breaks them: first line indented two characters, 27 characters a line. */
function typeset(paragraphs: string[], opts: { head?: string; foot?: (n: number) => string; linesPerPage?: number } = {}): LayoutPage[] {
  const lines: { text: string; x: number }[] = [];
  for (const p of paragraphs) {
    const chars = [...p];
    let first = true;
    while (chars.length) {
      const n = first ? PER_LINE - 2 : PER_LINE;
      lines.push({ text: chars.splice(0, n).join(''), x: first ? LEFT + 2 * EM : LEFT });
      first = false;
    }
  }
  const per = opts.linesPerPage ?? 22;
  const pages: LayoutPage[] = [];
  for (let i = 0; i < lines.length; i += per) {
    const n = pages.length + 1;
    const runs = lines.slice(i, i + per).map((l, k) => run(l.text, l.x, 120 + k * 28));
    if (opts.head) runs.push(run(opts.head, 400, 50, 9));
    if (opts.foot) runs.push(run(opts.foot(n), 270, 800, 14));
    pages.push({ width: 595, height: 842, runs });
  }
  return pages;
}

const P1 = '一、主要措施和成效';
const P2 = '全面落实党中央关于法治政府建设的部署，将法治政府建设作为全面依法治县的重点任务和主体工程抓紧抓实，现将有关情况报告如下。';
const P3 = '（一）深入学习贯彻习近平法治思想。全年举办专题讲座十二场，覆盖领导干部一千余人次，组织旁听庭审活动四次，开展述法评议两轮。';

describe('layout: paragraphs rebuilt from positions', () => {
  it('joins the visual lines of a paragraph and starts one at each first-line indent', () => {
    const out = layOutPages(typeset([P1, P2, P3]));
    expect(out.text.split('\n')).toEqual([P1, P2, P3]);
  });

  it('a paragraph runs on across a page break; page numbers 「— N —」 and a running head are dropped', () => {
    const many = Array.from({ length: 12 }, (_, i) => `${P2}第${i + 1}段。`);
    const pages = typeset(many, { head: '叶城县人民政府', foot: (n) => `— ${n} —` });
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const out = layOutPages(pages);
    expect(out.text.split('\n')).toEqual(many);
    expect(out.text).not.toMatch(/—|叶城县人民政府/);
  });

  it('drops 「-3-」 and 「第 3 页 共 9 页」 footers and keeps a body line that is only a number mid-page', () => {
    for (const foot of [(n: number) => `-${n}-`, (n: number) => `第 ${n} 页 共 9 页`, (n: number) => `${n}`]) {
      const out = layOutPages(typeset([P2, P3, P2, P3, P2, P3, P2, P3], { foot, linesPerPage: 10 }));
      expect(out.text.split('\n')).toEqual([P2, P3, P2, P3, P2, P3, P2, P3]);
    }
  });

  it('a title set larger than the body, on two centred lines, is one paragraph', () => {
    const pages: LayoutPage[] = [
      {
        width: 595,
        height: 842,
        runs: [run('叶城县2023年度法治政府', 150, 64, 22), run('建设工作报告', 230, 100, 22), ...typeset([P1, P2, P3])[0].runs],
      },
    ];
    expect(layOutPages(pages).text.split('\n')).toEqual(['叶城县2023年度法治政府建设工作报告', P1, P2, P3]);
  });

  it('a short last line ends a paragraph even when the next one is not indented', () => {
    const body = typeset([P2, P3])[0].runs;
    const below = Math.max(...body.map((r) => r.y));
    const pages: LayoutPage[] = [{ width: 595, height: 842, runs: [...body, run('第一段只有一行。', LEFT, below + 28), run('第二段也没有缩进。', LEFT, below + 56)] }];
    expect(layOutPages(pages).text.split('\n')).toEqual([P2, P3, '第一段只有一行。', '第二段也没有缩进。']);
  });

  it('a page without text runs has no lines (a scan)', () => {
    expect(layOutPages([{ width: 595, height: 842, runs: [] }])).toMatchObject({ text: '', lines: 0 });
  });

  it('runs split by the producer are joined; a wide gap between Latin words is a space', () => {
    const pages: LayoutPage[] = [
      { width: 595, height: 842, runs: [run('建立“1+4+X”', LEFT + 32, 120), run('学法清单', LEFT + 32 + 9 * EM, 120), run('PDF', 300, 148), run('reader', 300 + 3 * EM + 8, 148)] },
    ];
    expect(layOutPages(pages).text).toBe('建立“1+4+X”学法清单\nPDF reader');
  });
});

describe('layout: repairs', () => {
  it('maps Kangxi radicals and CJK Radicals Supplement code points to unified ideographs', () => {
    // as Chromium's Noto CJK subsets map them: ⼯ U+2F2F, ⼈ U+2F08, ⺠ U+2EA0, ⻔ U+2ED4, ⻬ U+2EEC, ⻜ U+2EDC
    expect(unifyRadicals('法治政府建设⼯作，叶城县⼈⺠政府，责任部⻔，群雁⻬⻜')).toBe('法治政府建设工作，叶城县人民政府，责任部门，群雁齐飞');
    // radicals without a standalone ideograph stay
    expect(unifyRadicals('⺀⺗')).toBe('⺀⺗');
  });

  it('never normalises the rest of the text: full-width punctuation and digits stay full-width', () => {
    const s = '（一）２０２４年，完成率１００％；“法治”：１２３４５！';
    expect(repair(s)).toBe(s);
  });

  it('removes the spaces producers put between digits and Chinese, and keeps other spaces', () => {
    expect(repair('在 2024 年完成 15 项，占 80% 以上')).toBe('在2024年完成15项，占80%以上');
    expect(repair('Word 文档 PDF reader')).toBe('Word 文档 PDF reader');
  });
});

describe('layout: positions are page and line', () => {
  it('maps a column of a rebuilt paragraph to the page, the body line on it and the column in that line', () => {
    const many = Array.from({ length: 12 }, (_, i) => `${P2}第${i + 1}段。`);
    const out = layOutPages(typeset(many, { head: '叶城县人民政府', foot: (n) => `— ${n} —` }));
    expect(pagePosition(out.placement, 1, 1)).toEqual({ page: 1, line: 1, column: 1 });
    // the first line of a paragraph holds 25 characters; column 26 is the first of its second line
    expect(pagePosition(out.placement, 1, 26)).toEqual({ page: 1, line: 2, column: 1 });
    // every paragraph takes 3 lines (25 + 27 + the rest): paragraph 8 starts on line 22 of page 1 and runs on to page 2
    expect([...many[7]].length).toBeGreaterThan(52);
    expect(pagePosition(out.placement, 8, 1)).toEqual({ page: 1, line: 22, column: 1 });
    expect(pagePosition(out.placement, 8, 26)).toEqual({ page: 2, line: 1, column: 1 });
    expect(pagePosition(out.placement, 8, 53)).toEqual({ page: 2, line: 2, column: 1 });
  });
});

describe('layout: a short line inside an indented paragraph', () => {
  it('where paragraphs start indented, a line left short by a long number does not end its paragraph', () => {
    const pages = typeset([P2, P3, P2, P3, P2, P3, P2]);
    // the second line of the first paragraph ends 4 characters early, as when 「11653126/2025」 did not fit
    const first = pages[0].runs[1];
    first.w -= 4 * EM;
    first.text = first.text.slice(0, -4);
    const out = layOutPages(pages);
    const paras = out.text.split('\n');
    expect(paras).toHaveLength(7);
    expect(paras[0]).toBe(P2.slice(0, 25 + 23) + P2.slice(25 + 27));
  });
});
