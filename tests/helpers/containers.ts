/**
 * One report, six containers: the way reports really come (issue 5). Every
 * container is generated from the seed text in the test, never committed as
 * an opaque binary.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { encode } from '../../src/parse/index.js';

export type ContainerName = 'utf8.txt' | 'gb18030.txt' | 'utf16le-bom.txt' | 'report.md' | 'report.html' | 'report.docx';
export const CONTAINERS: ContainerName[] = ['utf8.txt', 'gb18030.txt', 'utf16le-bom.txt', 'report.md', 'report.html', 'report.docx'];

const TOP = /^[一二三四五六七八九十]+、/;

function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/**
 * Markdown as a drafter writes it: the title as #, the parts (一、…) as ##, the rest as paragraphs
 * separated by blank lines (in Markdown, lines without one between them are one paragraph).
 */
export function toMarkdown(text: string): string {
  const ls = lines(text).map((l) => l.trim()).filter(Boolean);
  return ls.map((l, i) => (i === 0 ? `# ${l}` : TOP.test(l) ? `## ${l}` : l)).join('\n\n') + '\n';
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The seed's furniture line (来源:… 作者: 发布时间 … 点击数:) split into its fields. */
export function furnitureFields(line: string): [string, string][] {
  const re = /(来源|作者|发布时间|点击数)\s*[:：]?\s*/g;
  const hits = [...line.matchAll(re)];
  return hits.map((m, i) => [m[1], line.slice(m.index! + m[0].length, i + 1 < hits.length ? hits[i + 1].index : line.length).trim()]);
}

/**
 * A government article page: site header and menu, breadcrumb, the article
 * (title, a metadata table above the body, the body paragraphs indented with
 * 　　 inside nested divs, some inline markup and entities), share bar,
 * 上一篇/下一篇, footer, scripts and styles.
 */
export function toGovernmentPage(text: string): string {
  const ls = lines(text).map((l) => l.trim());
  const titleAt = ls.findIndex((l) => l);
  const title = ls[titleAt];
  const furnitureAt = ls.findIndex((l, i) => i > titleAt && /^来源[:：]/.test(l));
  const fields = furnitureAt >= 0 ? furnitureFields(ls[furnitureAt]) : [];
  const body = ls.filter((l, i) => l && i !== titleAt && i !== furnitureAt);
  const cells = fields.map(([k, v]) => `<td class="t1">${k}：</td><td class="t2">${escapeHtml(v)}</td>`);
  const rows: string[] = [];
  for (let i = 0; i < cells.length; i += 2) rows.push(`          <tr>${cells.slice(i, i + 2).join('')}</tr>`);
  const paragraphs = body.map((l, i) => {
    const html = escapeHtml(l).replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;');
    // top-level headings in bold, as such pages render them; every 7th paragraph wrapped in a styled span
    if (TOP.test(l)) return `            <p style="text-indent:2em"><strong>${html}</strong></p>`;
    if (i % 7 === 3) return `            <p style="text-indent:2em"><span style="font-family:仿宋_GB2312">　　${html}</span></p>`;
    return `            <p>　　${html}</p>`;
  });
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(title)}_叶城县人民政府网</title>
  <link rel="stylesheet" href="/css/main.css">
  <style>.article p { line-height: 2; }</style>
  <script>var _hmt = _hmt || []; document.write("<p>上一篇</p>");</script>
</head>
<body>
  <div class="header">
    <div class="logo"><h1><img src="/logo.png" alt="">叶城县人民政府</h1></div>
    <ul class="menu"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul>
  </div>
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 法治政府建设</div>
  <div class="main">
    <div class="article">
      <h1 class="article-title">${escapeHtml(title)}</h1>
      <div class="article-meta">
        <table class="xxgk" cellspacing="0">
          <tr><td class="t1">索&nbsp;引&nbsp;号：</td><td class="t2">11653126/2025-00413</td></tr>
${rows.join('\n')}
        </table>
      </div>
      <div class="article-body">
        <div class="TRS_Editor">
          <div class="Custom_UnionStyle">
${paragraphs.join('\n')}
          </div>
        </div>
      </div>
      <div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
      <div class="article-nav">
        <p>上一篇：<a href="/a/1.html">叶城县2022年度法治政府建设工作报告</a></p>
        <p>下一篇：<a href="/a/3.html">叶城县2024年度法治政府建设工作报告</a></p>
      </div>
      <div class="qrcode">扫一扫在手机打开当前页<img src="/qr.png"></div>
    </div>
  </div>
  <div class="footer">
    <p>主办单位：叶城县人民政府办公室　网站标识码：6531260001</p>
    <p>新ICP备12000000号-1</p>
  </div>
  <script src="/js/jquery.js"></script>
</body>
</html>
`;
}

/**
 * A Word draft: the title in the Title style, the parts (一、…) in Heading 1,
 * everything else in Normal; one Word paragraph per line of the text, blank
 * lines as empty paragraphs, so paragraph N is line N.
 */
export async function toDocx(text: string): Promise<Uint8Array> {
  const ls = lines(text);
  const title = ls.findIndex((l) => l.trim());
  const children = ls.map((l, i) => {
    const t = l.trim();
    if (i === title) return new Paragraph({ text: t, heading: HeadingLevel.TITLE });
    if (TOP.test(t)) return new Paragraph({ text: t, heading: HeadingLevel.HEADING_1 });
    if (!t) return new Paragraph({});
    // split the run so the text is not one run (as Word writes it after edits)
    const cut = Math.min(10, t.length);
    return new Paragraph({ children: [new TextRun(t.slice(0, cut)), new TextRun({ text: t.slice(cut), font: '仿宋_GB2312' })] });
  });
  const doc = new Document({ creator: 'fzlint tests', sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The six containers of one report text, as file name → bytes. */
export async function containersOf(text: string): Promise<Record<ContainerName, Uint8Array>> {
  return {
    'utf8.txt': new TextEncoder().encode(text),
    'gb18030.txt': encode(text, 'gb18030', false),
    'utf16le-bom.txt': encode(text, 'utf-16le', true),
    'report.md': new TextEncoder().encode(toMarkdown(text)),
    'report.html': new TextEncoder().encode(toGovernmentPage(text)),
    'report.docx': await toDocx(text),
  };
}
