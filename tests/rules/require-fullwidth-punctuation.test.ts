import { describe, expect, it } from 'vitest';
import rule from '../../rules/require-fullwidth-punctuation.js';
import { RuleTester } from '../../src/testing/index.js';
import { applyFixes } from '../../src/engine/fix.js';
import { prepare } from '../../src/engine/lint.js';
import { lintSeed, SEEDS, seedReport } from '../helpers/seeds.js';

// Seed truth (issue 10): every seed is an NFKC-normalised copy (one info note each);
// 000 has one run of 《A》、《B》 titles; 003 has two titles nested as <…> in a title.
const EXPECTED: Record<string, string[]> = {
  '000': ['normalised', 'titleSeries'],
  '001': ['normalised'],
  '002': ['normalised'],
  '003': ['normalised', 'nestedTitle', 'nestedTitle'],
  '004': ['normalised'],
};

describe('require-fullwidth-punctuation on the seeds', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: ${EXPECTED[seed].join(', ')}`, async () => {
      const messages = await lintSeed(seed, 'require-fullwidth-punctuation', rule);
      expect(messages.map((m) => m.messageId)).toEqual(EXPECTED[seed]);
    });
  }

  it('the normalisation note: once per file, info, on the first half-width mark, and its fix converts them all', async () => {
    for (const seed of SEEDS) {
      const report = await seedReport(seed);
      expect(report.punctuation.fullWidthCommas).toBe(0);
      expect(report.punctuation.normalised).toBe(true);
      const [note] = (await lintSeed(seed, 'require-fullwidth-punctuation', rule)).filter((m) => m.messageId === 'normalised');
      expect(note.severity).toBe('info');
      expect(note.data.count).toBe(report.punctuation.halfWidth.length);
      expect(Number(note.data.count)).toBeGreaterThan(100);
      expect(note.start).toBe(report.punctuation.halfWidth[0].start);
      expect(report.text.slice(note.start, note.end)).toBe(',');
      expect(note.fix).toHaveLength(report.punctuation.halfWidth.length);
      const fixed = applyFixes(report.text, [note]).output;
      const after = await prepare(fixed, 'text', report.filePath);
      // every mark between Chinese characters is now full-width, and the copy is no longer “normalised”
      expect(after.punctuation.halfWidth.filter((m) => m.char !== '(' && m.char !== ')' && !/[)]/.test(fixed[m.start - 1]))).toEqual([]);
      expect(after.punctuation.normalised).toBe(false);
      expect(after.punctuation.fullWidthCommas).toBeGreaterThan(100);
    }
  });

  it('000: one finding for the run of six titles, five 顿号 removed by the fix', async () => {
    const report = await seedReport('000');
    const m = (await lintSeed('000', 'require-fullwidth-punctuation', rule)).find((x) => x.messageId === 'titleSeries')!;
    expect(m.severity).toBe('warn');
    expect(m.data).toEqual({ text: '《保障农民工工资支付条例》、《中华人民共和国劳动法》…', count: 5 });
    expect(report.text.slice(m.start, m.end)).toBe(
      '《保障农民工工资支付条例》、《中华人民共和国劳动法》、《中华人民共和国劳动合同法》、《民商法》、《经济法》、《中华人民共和国民法典》',
    );
    expect(m.line).toBe(54);
    expect(m.fix).toHaveLength(5);
    expect(m.fix!.every((f) => report.text.slice(f.start, f.end) === '、' && f.text === '')).toBe(true);
  });

  it('003: both <…> titles nested in a title, with 〈〉 as the fix', async () => {
    const report = await seedReport('003');
    const found = (await lintSeed('003', 'require-fullwidth-punctuation', rule)).filter((x) => x.messageId === 'nestedTitle');
    expect(found.map((m) => m.data)).toEqual([
      { text: '<法治政府建设与责任落实督察工作规定>', fixed: '〈法治政府建设与责任落实督察工作规定〉' },
      { text: '<重庆市法治政府建设实施方案(2021-2025)>', fixed: '〈重庆市法治政府建设实施方案(2021-2025)〉' },
    ]);
    for (const m of found) {
      expect(report.text.slice(m.start, m.end)).toBe(m.data.text);
      expect(applyFixes(report.text.slice(0, m.end), [m]).output.endsWith(String(m.data.fixed))).toBe(true);
    }
  });

  it('000 with quotedSeries: the 顿号 between quoted items GB/T 15834 also covers (off by default)', async () => {
    const messages = await lintSeed('000', 'require-fullwidth-punctuation', rule, { quotedSeries: true });
    expect(messages.filter((m) => m.messageId === 'quoteSeries').map((m) => m.data.text)).toEqual(['“宪法宣传周”、“宪法宣传月”…', '“叶城零距离”、“法治叶城”']);
  });
});

new RuleTester().run('require-fullwidth-punctuation', rule, {
  valid: [
    { name: 'full-width text', code: '2024年，在州委、州政府的坚强领导下，康乐县坚持以习近平新时代中国特色社会主义思想为指导。' },
    { name: 'numbers, times and URLs', code: '全县注册用户数达16,075个，每日8:30开放，详见http://www.gov.cn，比例为3:1。' },
    { name: 'Latin text', code: '采用“Plan, Do, Check, Act”方法。' },
    { name: 'titles with something between them', code: '学习《条例》（2020年修订）、《办法》等。' },
    { name: 'a proper nested title', code: '印发《关于印发〈实施方案〉的通知》。' },
    { name: 'a dot leader before a page number', code: '一、主要举措和成效......3' },
    { name: 'brackets around Latin text', code: '采用PDCA(Plan-Do-Check-Act)方法，效果明显。' },
  ],
  invalid: [
    {
      name: 'half-width marks in a full-width text, one finding each',
      code: '开展培训，累计12期,覆盖干部600人次;其中:领导干部80人?',
      errors: [
        { messageId: 'halfWidth', data: { char: ',', full: '，' }, column: 11, endColumn: 12 },
        { messageId: 'halfWidth', data: { char: ';', full: '；' }, column: 21, endColumn: 22 },
        { messageId: 'halfWidth', data: { char: ':', full: '：' }, column: 24, endColumn: 25 },
        { messageId: 'halfWidth', data: { char: '?', full: '？' }, column: 32, endColumn: 33 },
      ],
      output: '开展培训，累计12期，覆盖干部600人次；其中：领导干部80人？',
    },
    {
      name: 'spaces around a half-width mark go with it',
      code: '开展培训，累计12期 , 覆盖干部600人次。',
      errors: [{ messageId: 'halfWidth', column: 12, endColumn: 13 }],
      output: '开展培训，累计12期，覆盖干部600人次。',
    },
    {
      name: 'brackets as a pair, and one half of a mixed pair',
      code: '落实党委(党组)学法制度，印发《实施方案（2021-2025)》。',
      errors: [
        { messageId: 'halfWidthBrackets', data: { context: '落实党委(党组)学法制度' }, column: 5, endColumn: 9, text: '(党组)' },
        { messageId: 'halfWidthBrackets', text: '（2021-2025)' },
      ],
      output: '落实党委（党组）学法制度，印发《实施方案（2021-2025）》。',
    },
    {
      name: 'a normalised copy: one note, every mark fixed',
      code: '2023年,叶城县坚持以习近平法治思想为指导,现报告如下:\n(一)完善学法用法制度;落实党委(党组)学法要求。\n',
      errors: [{ messageId: 'normalised', severity: 'info', data: { count: 8, example: '2023年,叶城县坚持以' }, line: 1, column: 6, endColumn: 7 }],
      output: '2023年，叶城县坚持以习近平法治思想为指导，现报告如下：\n（一）完善学法用法制度；落实党委（党组）学法要求。\n',
    },
    {
      name: 'a comma after a converted bracket is converted in the same pass',
      code: '服务下沉入社区(村),发挥好三级网格作用。',
      errors: [{ messageId: 'normalised', data: { count: 3 } }],
      output: '服务下沉入社区（村），发挥好三级网格作用。',
    },
    {
      name: 'past 100 findings the rest are summed up in one that still fixes them all',
      code: '开展培训，' + '累计12期,'.repeat(150),
      errors: [
        ...Array.from({ length: 100 }, (_, i) => ({ messageId: 'halfWidth', column: 11 + 6 * i })),
        { messageId: 'more', data: { count: 50, total: 150 }, column: 611 },
      ],
      output: '开展培训，' + '累计12期，'.repeat(150),
    },
    {
      name: 'a title nested as 《》 in a title',
      code: '印发《关于印发《实施方案》的通知》。',
      errors: [{ messageId: 'nestedTitle', data: { text: '《实施方案》', fixed: '〈实施方案〉' }, column: 8, endColumn: 14 }],
      output: '印发《关于印发〈实施方案〉的通知》。',
    },
    {
      name: 'titles in a series, English',
      code: '学习《宪法》、《民法典》等法律。',
      locale: 'en',
      errors: [{ messageId: 'titleSeries', data: { text: '《宪法》、《民法典》', count: 1 } }],
      output: '学习《宪法》《民法典》等法律。',
    },
  ],
});
