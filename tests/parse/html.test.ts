import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseLoaded, loadParser } from '../../src/parse/index.js';
import { prepare } from '../../src/engine/lint.js';
import { buildReport } from '../../src/model/report.js';
import type { Report } from '../../src/model/report.js';
import { toGovernmentPage } from '../helpers/containers.js';
import { seedText } from '../helpers/seeds.js';

async function page(html: string): Promise<Report> {
  return prepare(html, 'html', '/reports/page.html');
}

/** What a reader sees of a source range: tags dropped, the entities the test pages use decoded. */
function readerText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&ldquo;/g, '“')
    .replace(/&rdquo;/g, '”')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');
}

describe('HTML is parsed only when needed', () => {
  it('linting plain text does not load the HTML parser', async () => {
    await prepare('叶城县2023年度法治政府建设工作报告\n一、主要措施和成效', 'text');
    expect(() => parseLoaded('<p>报告</p>', 'html')).toThrow('html parser not loaded; call loadParser("html") first');
    await loadParser('html');
    expect(parseLoaded('<p>报告</p>', 'html').children).toHaveLength(1);
  });
});

describe('a government article page built from seed 000', () => {
  const seed = seedText('000');
  const html = toGovernmentPage(seed);
  let report: Report;
  it('parses', async () => {
    report = await page(html);
    expect(report.format).toBe('html');
  });

  it('drops the page furniture: header, menu, breadcrumb, share bar, 上一篇/下一篇, 扫一扫, footer, scripts', () => {
    const all = report.blocks.map((b) => b.text).join('\n');
    for (const gone of ['首页', '互动交流', '当前位置', '分享到', '微博', '上一篇', '下一篇', '扫一扫', '主办单位', 'ICP备', 'var _hmt', '.article p']) {
      expect(all, gone).not.toContain(gone);
    }
    // the site logo (an <h1> too) is not taken for the title
    expect(report.blocks[0].text).not.toBe('叶城县人民政府');
  });

  it('keeps the title and the metadata table as a furniture line the model reads', () => {
    expect(report.meta.title).toBe('叶城县2023年度法治政府建设工作报告');
    expect(report.meta.year).toBe(2023);
    const fields = Object.fromEntries(report.meta.furniture.map((f) => [f.key, f.value]));
    expect(fields).toEqual({ 索引号: '11653126/2025-00413', 来源: '叶城县司法局', 作者: '', 发布时间: '2025年09月05日', 点击数: '' });
    const published = report.meta.dates.find((d) => d.kind === 'published')!;
    expect({ y: published.year, m: published.month, d: published.day }).toEqual({ y: 2025, m: 9, d: 5 });
    // the date's span is the date in the page source
    expect(html.slice(published.start, published.end)).toBe('2025年09月05日');
  });

  it('has the body text of the .txt, paragraph for paragraph', async () => {
    const txt = await prepare(seed, 'text');
    expect(report.bodyBlocks.map((b) => b.text)).toEqual(txt.bodyBlocks.map((b) => b.text));
    expect(report.sections.map((s) => `${s.kind} ${s.label} ${s.heading}`)).toEqual(txt.sections.map((s) => `${s.kind} ${s.label} ${s.heading}`));
  });

  it('every block maps onto the page source: its span holds exactly its text (tags and entities aside)', () => {
    for (const b of report.blocks.filter((x) => !x.furniture)) expect(readerText(html.slice(b.start, b.end)), b.text.slice(0, 20)).toBe(b.text);
    // a metadata row is one line made of several cells: the same characters, padding and separators aside
    const squash = (s: string) => s.replace(/[\s\u00a0]+/g, '');
    for (const b of report.blocks.filter((x) => x.furniture)) expect(squash(readerText(html.slice(b.start, b.end)))).toBe(squash(b.text));
  });

  it('offsets inside a paragraph map to the character in the source, after entities and inline tags', () => {
    const b = report.bodyBlocks.find((x) => x.text.includes('“头雁领航”'))!;
    const i = b.text.indexOf('头雁领航');
    const at = report.toSource(b, i);
    expect(html.slice(at, at + 4)).toBe('头雁领航');
    expect(html.slice(at - 7, at)).toBe('&ldquo;');
  });

  it('headings are reported on the line of the page that holds them', () => {
    const lines = html.split('\n');
    for (const s of report.outline) {
      const line = report.point(s.marker.start).line;
      expect(lines[line - 1], s.heading).toContain(`<strong>${s.label}、${s.heading}</strong>`);
    }
  });
});

describe('HTML shapes seen on real pages', () => {
  it('metadata bars of adjacent spans, and key cells without a colon, become fields', async () => {
    const r = await page(`<html><head><title>某县2024年法治政府建设年度报告</title></head><body>
<div class="xxgk"><table><tr><td>索&nbsp;引&nbsp;号</td><td>000014349/2025-00012</td><td>发布机构</td><td>某县人民政府</td></tr>
<tr><td>成文日期</td><td>2025-03-20</td><td>发布日期</td><td>2025-03-28</td></tr></table></div>
<h1>某县2024年法治政府建设年度报告</h1>
<div class="info"><span>来源：某县司法局</span><span>发布时间：2025-03-28 10:00</span></div>
<div class="content"><p>2024年，某县坚持……</p></div></body></html>`);
    const fields = Object.fromEntries(r.meta.furniture.map((f) => [f.key, f.value]));
    expect(fields).toEqual({
      索引号: '000014349/2025-00012',
      发布机构: '某县人民政府',
      成文日期: '2025-03-20',
      发布日期: '2025-03-28',
      来源: '某县司法局',
      发布时间: '2025-03-28 10:00',
    });
    expect(r.meta.dates.map((d) => `${d.kind} ${d.month}/${d.day}`)).toEqual(['written 3/20', 'published 3/28', 'published 3/28']);
    expect(r.meta.title).toBe('某县2024年法治政府建设年度报告');
    expect(r.bodyBlocks.map((b) => b.text)).toEqual(['2024年，某县坚持……']);
  });

  it('a report in one <div> with <br>s: one line, one paragraph; 　　 indentation is outside the text', async () => {
    const html = '<div id="zoom">某县2023年度法治政府建设工作报告<br>　　一、主要举措和成效<br>　　（一）加强领导。一是……<br/>　　二、存在的不足和原因</div>';
    const r = await page(html);
    expect(r.blocks.map((b) => b.text)).toEqual(['某县2023年度法治政府建设工作报告', '一、主要举措和成效', '（一）加强领导。一是……', '二、存在的不足和原因']);
    expect(r.outline.map((s) => s.heading)).toEqual(['主要举措和成效', '存在的不足和原因']);
    const b = r.blocks[1];
    expect(html.slice(b.start, b.end)).toBe('一、主要举措和成效');
  });

  it('a line break of the source between Chinese characters is not a space; between Latin words it is', async () => {
    const r = await page('<p>叶城县坚持以\n  习近平新时代</p><p>Rule\nof law</p>');
    expect(r.blocks.map((b) => b.text)).toEqual(['叶城县坚持以习近平新时代', 'Rule of law']);
  });

  it('report paragraphs that start like page tools are kept (关闭, 打印, 分享)', async () => {
    const r = await page('<p>关闭高污染企业12家。</p><p>打印机采购实行集中招标。</p><p>分享经验做法3项。</p>');
    expect(r.blocks.map((b) => b.text)).toEqual(['关闭高污染企业12家。', '打印机采购实行集中招标。', '分享经验做法3项。']);
  });

  it('a page without chrome or <title> keeps everything; the <h1> is the title', async () => {
    const r = await page('<h1>某乡2023年法治政府建设情况报告</h1><p>一、主要举措</p><p>二、存在问题</p>');
    expect(r.meta.title).toBe('某乡2023年法治政府建设情况报告');
    expect(r.outline.map((s) => s.label)).toEqual(['一', '二']);
  });

  it('data tables in the report body stay tables: one block per cell', async () => {
    const r = await page('<p>一、主要数据</p><table><tr><td>案件</td><td>543件</td></tr><tr><td>办结率</td><td>100%</td></tr></table>');
    expect(r.blocks.map((b) => b.text)).toEqual(['一、主要数据', '案件', '543件', '办结率', '100%']);
    expect(r.meta.furniture).toEqual([]);
  });

  it('GB2312 pages decode through the GB18030 fallback (no <meta charset> needed)', async () => {
    const { readDocument, encode } = await import('../../src/parse/index.js');
    const doc = await readDocument(encode('<p>一、主要举措和成效</p>', 'gb18030', false), 'p.htm');
    expect(doc).toMatchObject({ format: 'html', encoding: 'gb18030' });
    const r = buildReport(doc.text, parseLoaded(doc.text, 'html'), { format: 'html' });
    expect(r.outline[0].heading).toBe('主要举措和成效');
  });
});

describe('positions through tags and entities (property)', () => {
  /** A paragraph's characters, each written plainly, as an entity, or inside an inline tag. */
  const piece = fc.record({
    ch: fc.oneof(
      fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('“', '”', '，', '。', '、', '（', '）', '5', '%', '&', '<', 'a'),
    ),
    how: fc.constantFrom('plain', 'plain', 'plain', 'entity', 'bold', 'span', 'newline'),
  });
  const ENTITY: Record<string, string> = { '“': '&ldquo;', '”': '&rdquo;', '&': '&amp;', '<': '&lt;' };

  it('the text comes back whole, and every plainly written character maps to itself in the source', async () => {
    await loadParser('html');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 60 }), (pieces) => {
        let html = '<html><body><div class="content"><p>';
        const plainAt = new Map<number, number>();
        let text = '';
        for (const { ch, how } of pieces) {
          const raw = ENTITY[ch] ?? (how === 'entity' ? `&#x${ch.charCodeAt(0).toString(16)};` : ch);
          if (how === 'newline' && text && /[\u4e00-\u9fa5]/.test(ch)) html += '\n';
          if (how === 'entity' || ENTITY[ch]) {
            html += raw;
          } else {
            const open = how === 'bold' ? '<b>' : how === 'span' ? '<span style="font-family:仿宋">' : '';
            const close = how === 'bold' ? '</b>' : how === 'span' ? '</span>' : '';
            html += open;
            plainAt.set(text.length, html.length);
            html += ch + close;
          }
          text += ch;
        }
        html += '</p></div></body></html>';
        const tree = parseLoaded(html, 'html');
        const r = buildReport(html, tree, { format: 'html' });
        // a newline between two CJK characters is dropped, a newline elsewhere is a space
        expect(r.blocks).toHaveLength(1);
        expect(r.blocks[0].text.replace(/ /g, '')).toBe(text);
        const b = r.blocks[0];
        let k = 0;
        for (let i = 0; i < b.text.length; i++) {
          if (b.text[i] === ' ') continue;
          const at = plainAt.get(k);
          if (at !== undefined) expect(r.toSource(b, i)).toBe(at);
          k++;
        }
      }),
      { numRuns: 200 },
    );
  });
});
