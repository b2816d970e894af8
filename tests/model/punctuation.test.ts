import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { prepare } from '../../src/engine/lint.js';
import { analysePunctuation } from '../../src/model/punctuation.js';
import { seedReport, SEEDS } from '../helpers/seeds.js';

const model = async (text: string, file = 'r.txt') => (await prepare(text, file.endsWith('.md') ? 'markdown' : 'text', file)).punctuation;
const SWAP: Record<string, string> = { '“': '‘', '”': '’', '‘': '“', '’': '”' };
const spans = (text: string, list: { start: number; end: number }[]) => list.map((s) => text.slice(s.start, s.end));

describe('punctuation model', () => {
  it('pairs quotes, titles and brackets, nested or not, with exact source spans', async () => {
    const text = '他说:“要落实‘谁执法谁普法’责任制,学习《宪法》(2018年修正)。”';
    const p = await model(text);
    expect(p.faults).toEqual([]);
    expect(p.pairs.map((x) => [x.family, text.slice(x.open.start, x.close.end)])).toEqual([
      ['double-quote', '“要落实‘谁执法谁普法’责任制,学习《宪法》(2018年修正)。”'],
      ['single-quote', '‘谁执法谁普法’'],
      ['title', '《宪法》'],
      ['paren', '(2018年修正)'],
    ]);
  });

  it('finds unclosed, unopened and doubly opened marks', async () => {
    const text = '开展“三个聚焦“治理,办公室主任扩大)会议,学习《宪法。';
    const p = await model(text);
    expect(p.faults.map((f) => [f.kind, f.char, text.slice(f.start, f.end), f.start])).toEqual([
      ['openedTwice', '“', '“', 7],
      ['unopened', ')', ')', 18],
      ['unclosed', '《', '《', 24],
    ]);
    expect(p.faults[0].previous).toEqual({ start: 2, end: 3 });
    expect(p.faults[0].closes).toBe(true);
  });

  it('carries a pair over a hard-wrapped line, but not over a sentence end or a heading', async () => {
    expect((await model('全面落实《党政主要负责人履行推进法治建设第一责任人职责规\n定》,压紧压实责任。')).faults).toEqual([]);
    expect((await model('学习《宪法。\n》等内容。')).faults.map((f) => f.kind)).toEqual(['unclosed', 'unopened']);
    expect((await model('学习《宪法\n(二)加强》执法')).faults.map((f) => f.kind)).toEqual(['unclosed', 'unopened']);
  });

  it('marks half-width , ; : ? ! ( ) in Chinese text only', async () => {
    const text = '开展培训，累计12期,覆盖600人次;达100%,详见http://www.gov.cn,比例3:1,共16,075个,采用PDCA(Plan-Do)方法,党委(党组)';
    const p = await model(text);
    // not after a URL (a Latin letter), not in 3:1 or 16,075, not around a Latin word's (Plan-Do)
    expect(p.halfWidth.map((m) => text.slice(m.start - 1, m.end + 1))).toEqual(['期,覆', '次;达', '%,详', '1,共', '个,采', '法,党', '委(党', '组)']);
    expect(p.halfWidth.map((m) => m.full)).toEqual(['，', '；', '，', '，', '，', '，', '（', '）']);
  });

  it('takes the spaces around a converted mark into its edit', async () => {
    const text = '开展培训 , 覆盖600人次';
    const [m] = (await model(text)).halfWidth;
    expect(text.slice(m.start, m.end)).toBe(',');
    expect(text.slice(m.edit.start, m.edit.end)).toBe(' , ');
  });

  it('gives the marks in text order, their count, first span and packed edits agreeing with the objects', async () => {
    // nested brackets are found inside out, after the block's commas: the marks still come in text order
    const text = '党委(党组(扩大)会议),研究;部署(法治)工作:\n第二行,落实(责任)。';
    const p = await model(text);
    const starts = p.halfWidth.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(p.halfWidth.map((m) => text[m.start])).toEqual(['(', '(', ')', ')', ',', ';', '(', ')', ':', ',', '(', ')']);
    expect(p.halfWidthCount).toBe(p.halfWidth.length);
    expect(p.firstHalfWidth()).toEqual({ start: p.halfWidth[0].start, end: p.halfWidth[0].end });
    const { offsets, texts } = p.halfWidthEdits();
    expect(Array.from(offsets)).toEqual(p.halfWidth.flatMap((m) => [m.edit.start, m.edit.end]));
    expect(texts).toBe(p.halfWidth.map((m) => m.full).join(''));
    const none = await model('没有半角标点。');
    expect([none.halfWidthCount, none.firstHalfWidth(), none.halfWidth]).toEqual([0, undefined, []]);
  });

  it('sorts the marks by position when blocks come out of text order', async () => {
    const text = '第一段,内容(说明)。\n第二段;内容(附注),完。';
    const r = await prepare(text, 'text', 'r.txt');
    const blocks = r.blocks.filter((b) => !b.furniture);
    expect(blocks.length).toBe(2);
    const inOrder = analysePunctuation(r.text, blocks, r.toSource).halfWidth;
    const reversed = analysePunctuation(r.text, [...blocks].reverse(), r.toSource);
    expect(reversed.halfWidth).toEqual(inOrder);
    expect(Array.from(reversed.halfWidthEdits().offsets)).toEqual(inOrder.flatMap((m) => [m.edit.start, m.edit.end]));
  });

  it('reads a block from the source where it is one exact run of it, and finds what reading the block text finds', async () => {
    // the same blocks, each described by two adjacent segments (the same mapping, so the scan reads b.text instead)
    for (const seed of SEEDS) {
      const r = await seedReport(seed);
      const blocks = r.blocks.filter((b) => !b.furniture);
      const split = blocks.map((b) => {
        const s = b.segments[0];
        if (b.segments.length !== 1 || s.length < 2) return b;
        const k = s.length >> 1;
        return { ...b, segments: [{ text: s.text, source: s.source, length: k }, { text: s.text + k, source: s.source + k, length: s.length - k }] };
      });
      expect(split.some((b, i) => b !== blocks[i])).toBe(true);
      const direct = analysePunctuation(r.text, blocks, r.toSource);
      const viaText = analysePunctuation(r.text, split, r.toSource);
      const plain = (p: typeof direct) => ({ pairs: p.pairs.map(({ open, close, family }) => [family, open, close]), faults: p.faults, halfWidth: p.halfWidth, commas: p.fullWidthCommas });
      expect(plain(viaText)).toEqual(plain(direct));
    }
  });

  it('calls a copy normalised when it has no full-width comma at all', async () => {
    expect((await model('2023年,叶城县坚持以习近平法治思想为指导。')).normalised).toBe(true);
    expect((await model('2023年，叶城县坚持以习近平法治思想为指导,现报告如下。')).normalised).toBe(false);
    expect((await model('学习《宪法》。')).normalised).toBe(false);
    for (const seed of SEEDS) expect((await seedReport(seed)).punctuation.normalised).toBe(true);
  });

  it('finds ellipses written with dots or 。, not dot leaders', async () => {
    const text = '等活动......做到早解决。。。目录......3';
    expect(spans(text, (await model(text)).ellipses)).toEqual(['......', '。。。']);
  });

  it('leaves page furniture alone', async () => {
    const r = await seedReport('001');
    const furniture = r.blocks.filter((b) => b.furniture);
    expect(furniture.length).toBeGreaterThan(0);
    for (const m of r.punctuation.halfWidth) expect(furniture.some((b) => m.start >= b.start && m.end <= b.end)).toBe(false);
  });

  it('property: text built from balanced pairs has no faults', async () => {
    const word = fc.constantFrom('法治', '政府', '建设', '2023年', ',', '、');
    const balanced: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        word,
        fc.tuple(fc.constantFrom(['“', '”'], ['《', '》'], ['（', '）'], ['(', ')'], ['【', '】']), fc.array(tie('node'), { maxLength: 4 })).map(
          // an inner quotation takes the other kind of quote: “‘“”’”
          ([[o, c], inner]) => o + (o === '“' ? inner.join('').replace(/[“”‘’]/g, (q) => SWAP[q]) : inner.join('')) + c,
        ),
      ),
    })).node as fc.Arbitrary<string>;
    await fc.assert(
      fc.asyncProperty(fc.array(balanced, { minLength: 1, maxLength: 6 }), async (parts) => {
        const text = parts.join('');
        const p = await model(text);
        expect(p.faults).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
