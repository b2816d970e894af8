import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/text.js';
import { Linter } from '../../src/linter/linter.js';
import { fixUntilStable } from '../../src/linter/fix.js';
import { guardFix } from '../../src/engine/fix-guard.js';

/**
 * Text copied out of a PDF (eval/independent6, pdfcopy): lines broken at one width, inside sentences, numbers and
 * item markers. A line that reaches the width mid-sentence is continued by the next (src/parse/hard-wrap.ts).
 */

/**
 * Break each paragraph at `width` columns (Chinese characters two, digits and Latin letters one), as a PDF
 * viewer's copy does, keeping punctuation off a line's start (kinsoku); paragraphs indented with two U+3000.
 */
function wrap(paragraphs: string[], width: number): string {
  const cols = (ch: string) => (ch.charCodeAt(0) > 0x2e80 ? 2 : 1);
  const lines: string[] = [];
  for (const p of paragraphs) {
    const heading = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.test(p) || !/[。：]$/.test(p);
    let line = heading ? '' : '\u3000\u3000';
    let w = [...line].reduce((a, ch) => a + cols(ch), 0);
    for (const ch of p) {
      if (w + cols(ch) > width && !'，。、；：）”%'.includes(ch)) {
        lines.push(line);
        line = '';
        w = 0;
      }
      line += ch;
      w += cols(ch);
    }
    lines.push(line);
  }
  return lines.join('\n') + '\n';
}

const REPORT = [
  '东川区司法局2024年度法治政府建设情况报告',
  '2024年，区司法局在区委、区政府的坚强领导下，坚持以习近平法治思想为指导，围绕全区中心工作，扎实推进依法行政，法治政府建设各项任务有序落实。现将有关情况报告如下：',
  '一、主要举措及成效',
  '全年办理法律援助案件628件，其中刑事案件214件、民事案件386件、行政案件28件。区公共法律服务中心接待群众来访咨询9364人次，解答法律问题一万余条。一是加强组织领导，制定年度工作要点；二是规范行政行为，全年作出行政处罚决定12件，均经法制审核；三是深化普法宣传，开展送法下乡活动48场。',
  '各级人民调解组织调解纠纷2315件，调解成功2287件，调解成功率98.8%。全年审结行政复议案件74件，其中维持52件，纠错22件，纠错率29.7%，行政机关负责人出庭应诉率100%。',
  '二、党政主要负责人履行推进法治建设第一责任人职责情况',
  '局党组书记、局长带头学法用法，全年主持召开局党组会议专题研究法治工作6次，带头开展会前学法12次，在全区领导干部述法评议会上现场述法，对重大执法决定坚持先审查后决定。',
  '三、存在的不足及原因',
  '基层法律服务资源分布不均衡，人民调解员队伍年龄结构老化，专职调解员数量不足，部分执法人员运用法治思维和法治方式解决问题的能力仍需提升。',
  '四、2025年工作计划',
  '2025年，区司法局将持续推进公共法律服务均衡发展，加强人民调解员队伍建设，深化行政执法协调监督工作体系建设，推动法治政府建设再上新台阶。',
  '五、其他需要报告的情况',
  '无。',
];

// widths at which figures and item markers of REPORT fall across line ends: 「8\n6件」「三\n是」, 「二\n是」,
// 「9\n8.8%」「2\n9.7%」, 「98\n.8%」, 「2\n8件」「一\n是」
const WIDTHS = [60, 61, 63, 64, 74];

const lint = async (text: string) => (await new Linter({ configLookup: 'off' }).lintText(text, 'report.txt')).messages.filter((m) => (m.severity === 'warn' || m.severity === 'error') && !(m as { info?: boolean }).info);

describe('hard-wrapped text (copied out of a PDF)', () => {

  it('lines cut mid-sentence are one paragraph again; headings, indented paragraphs and sentence ends start new ones', () => {
    for (const width of WIDTHS) {
      const text = wrap(REPORT, width);
      const tree = parseText(text);
      const paragraphs = tree.children.map((p) => (p as { children: { value: string }[] }).children.map((c) => c.value).join(''));
      // every paragraph is one of the report's, or a piece of one cut where a sentence ends at a line's end
      expect(paragraphs.join(''), `width ${width}`).toBe(REPORT.join(''));
      for (const p of paragraphs) expect(REPORT.some((r) => r === p || (r.includes(p) && (/[。；：]$/.test(p) || r.endsWith(p)))), `width ${width}: ${p}`).toBe(true);
      expect(paragraphs.length, `width ${width}`).toBeLessThanOrEqual(REPORT.length + 3);
      // each line keeps its own node: exact positions
      for (const p of tree.children) for (const c of (p as { children: { value: string; position: { start: { offset: number }; end: { offset: number } } }[] }).children) expect(text.slice(c.position.start.offset, c.position.end.offset)).toBe(c.value);
    }
  });

  it('a total, a rate and an item marker cut by the line end are read whole: no false finding, and a planted error is still found', async () => {
    for (const width of WIDTHS) {
      const text = wrap(REPORT, width);
      expect(text, `width ${width}`).toMatch(/\d\n[\d.]|[一二三]\n是/);
      expect(await lint(text), `width ${width}`).toEqual([]);
      const wrong = wrap(REPORT.map((p) => p.replace('调解成功率98.8%', '调解成功率96.8%')), width);
      expect((await lint(wrong)).map((m) => m.ruleId), `width ${width}`).toEqual(['consistent-rate']);
    }
  });

  it('a total cut to its last digits (「…案件62」/「8件，其中…」) is not checked against its parts: no false error (eval/independent6 probe)', async () => {
    const paragraphs = REPORT.map((p) => p.replace('全年办理法律援助案件628件', '区司法局始终坚持以人民为中心，提升援助质效，全年共办理法律援助案件628件'));
    const text = wrap(paragraphs, 72);
    expect(text).toContain('案件62\n8件，其中');
    expect(await lint(text)).toEqual([]);
    // parts that exceed the total (其中 need not list every part) are still found across the line end
    const wrong = wrap(paragraphs.map((p) => p.replace('民事案件386件', '民事案件396件')), 72);
    expect((await lint(wrong)).map((m) => m.ruleId)).toEqual(['consistent-total']);
  });

  it('the same report written one paragraph per line, and a list of short lines, are read line by line', () => {
    expect(parseText(REPORT.join('\n')).children).toHaveLength(REPORT.length);
    const list = Array.from({ length: 12 }, (_, i) => `${i + 1}.中华人民共和国行政处罚法实施情况检查第${i + 1}组`).join('\n');
    expect(parseText(list).children).toHaveLength(12);
    // lines of one width that end sentences stay apart
    const ended = Array.from({ length: 12 }, () => '全年办理法律援助案件六百二十八件，接待群众来访咨询九千余人次。').join('\n');
    expect(parseText(ended).children).toHaveLength(12);
  });

  it('a page number or a page header between two pieces of a sentence is not glued to it', () => {
    const lines = wrap(REPORT, 72).split('\n');
    const at = lines.findIndex((l) => !/[。；：]$/.test(l) && l.length >= 34);
    lines.splice(at + 1, 0, '— 2 —');
    const tree = parseText(lines.join('\n'));
    const values = tree.children.map((p) => (p as { children: { value: string }[] }).children.map((c) => c.value).join(''));
    expect(values).toContain('— 2 —');
  });
});

describe('a soft line break inside Chinese text in Markdown (pandoc wraps at 72 columns)', () => {
  const md = ['# 东川区司法局2024年度法治政府建设情况报告', '', '## 一、主要举措及成效', '', '全年办理法律援助案件628件。一是加强组织领导，制定年度工作要点；二', '是规范行政行为，作出处罚决定12件；三是深化普法宣传，全年共办理案件6', '28件，其中刑事案件214件、民事案件386件、行政案件28件。', ''].join('\n');

  it('is not read as a character: 「二\\n是」 is a marker, 「6\\n28件」 one figure; positions still point into the source', async () => {
    const r = await new Linter({ configLookup: 'off' }).lintText(md, 'report.md');
    expect(r.messages.filter((m) => m.ruleId === 'consistent-numbering' || m.ruleId === 'consistent-total')).toEqual([]);
    const block = r.report!.blocks.find((b) => b.text.startsWith('全年办理'))!;
    expect(block.text).toContain('；二是规范');
    expect(block.text).toContain('共办理案件628件');
    expect(block.text).not.toContain('\n');
    // an offset in the block maps to its character in the source
    const at = block.text.indexOf('是规范');
    const seg = [...block.segments].reverse().find((s) => s.text <= at)!;
    expect(md[seg.source + (at - seg.text)]).toBe('是');
  });
});

describe('fixes on text read across line breaks keep every line break (engine/fix-guard.ts)', () => {
  it('--fix on a wrapped NFKC copy (half-width commas, some at line ends) converts them and leaves the lines as they were', async () => {
    const nfkc = REPORT.map((p) => p.replace(/，/g, ',').replace(/；/g, ';'));
    const linter = new Linter({ configLookup: 'off' });
    const lint = (t: string) => linter.lintText(t, 'report.txt');
    let ending = 0;
    for (const width of [...WIDTHS, 72]) {
      // a comma at a line's end (the line continued on the next) in some widths, at a line's start in others
      const text = wrap(nfkc, width).replace(/\n([,;])/g, '$1\n');
      if (/[,;]\n/.test(text)) ending++;
      const fixed = await fixUntilStable(text, await lint(text), lint);
      expect(fixed.output, `width ${width}`).not.toBe(text);
      expect(fixed.output, `width ${width}`).not.toMatch(/[,;]/);
      expect(fixed.output.split('\n').map((l) => l.length), `width ${width}`).toEqual(text.split('\n').map((l) => l.length));
    }
    expect(ending).toBeGreaterThan(0);
  });

  it('guardFix: an edit is trimmed back to its line, one with a line break inside is withheld', () => {
    const text = '甲,\n　　乙《中华人民\n共和国》';
    expect(guardFix(text, [{ start: 1, end: 5, text: '，' }])).toEqual([{ start: 1, end: 2, text: '，' }]);
    expect(guardFix(text, [{ start: 2, end: 6, text: '乙' }])).toEqual([{ start: 5, end: 6, text: '乙' }]);
    expect(guardFix(text, [{ start: 6, end: 17, text: '《中华人民共和国》' }])).toBeUndefined();
    const same = [{ start: 0, end: 1, text: '丙' }];
    expect(guardFix(text, same)).toBe(same);
  });

  it('guardFix: an insertion between the \\r and the \\n of a CRLF goes before the \\r (the fuzz found 「》\\r〉\\n」)', () => {
    const text = '《\r\n《关于印发<方案>的通知》\r\n》\r\n';
    expect(guardFix(text, [{ start: 17, end: 17, text: '〉' }])).toEqual([{ start: 16, end: 16, text: '〉' }]);
  });
});
