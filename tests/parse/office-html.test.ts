import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/engine/lint.js';
import type { Report } from '../../src/model/report.js';

/**
 * A Word report saved as a web page by LibreOffice (「另存为」 .html, `soffice --convert-to html`) or by Word.
 * inputs2, 40 reports: every one lost its title, its opening and its first part, with false missing-part errors —
 * the longest <h1> (a 标题 1 heading) was taken for the page's article title and everything above it pruned as site
 * chrome; the auto-numbered headings came as <ol><li><h1> (list items of a third level); the TOC was read as text.
 */
async function page(html: string): Promise<Report> {
  return prepare(html, 'html', '/reports/exported.html');
}

const LO_HEAD = '<!DOCTYPE html><html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"/><title></title><meta name="generator" content="LibreOffice 7.4.7.2 (Linux)"/></head><body lang="en-US">';
const body = (toc: string) => `
<div title="header"><p align="center">某县人民政府法治政府建设情况报告</p></div>
<p align="center">某县人民政府</p>
<p style="font-size: 22pt">某县人民政府关于2024年度法治政府建设情况的报告</p>
${toc}
<p>市人民政府：</p>
<p>2024年，我县深入推进法治政府建设，现将有关情况报告如下：</p>
<ol><li value="1"><h1>2024年推进法治政府建设的主要举措和成效</h1>
<ol><li><h2>严格规范公正文明执法</h2></ol></ol>
<p>全年办理行政复议案件12件，依法化解行政争议。</p>
<ol start="2"><li><h1>县政府主要负责同志履行推进法治建设第一责任人职责情况</h1></ol>
<p>县长带头学法，主持召开常务会议研究法治工作。</p>
<ol start="3"><li><h1>2024年推进法治政府建设存在的不足和原因</h1></ol>
<p>执法队伍专业化水平有待提高。</p>
<ol start="4"><li><h1>2025年推进法治政府建设的主要安排</h1></ol>
<p>深化行政执法体制改革。</p>
<ol start="5"><li><h1>其他需要报告的情况</h1></ol>
<p>无。</p>
<p align="right">某县人民政府</p><p align="right">2025年2月18日</p>
</body></html>`;
const LO_TOC = `<div id="Table of Contents1" dir="ltr"><div id="TextSection" dir="ltr"><p>目录</p></div>
<p><a href="#_Toc1000">一、2024年推进法治政府建设的主要举措和成效	1</a></p>
<p><a href="#_Toc1001">二、县政府主要负责同志履行推进法治建设第一责任人职责情况	2</a></p>
<p><a href="#_Toc1002">四、2025年推进法治政府建设的主要安排	3</a></p></div>`;
const WORD_TOC = `<p class=MsoTocHeading>目录</p>
<p class=MsoToc1><a href="#_Toc1000">一、2024年推进法治政府建设的主要举措和成效<span style='mso-tab-count:1 dotted'>. . . . </span>1</a></p>
<p class=MsoToc1><a href="#_Toc1001">四、2025年推进法治政府建设的主要安排<span style='mso-tab-count:1 dotted'>. . . . </span>3</a></p>`;

describe('a Word report saved as a web page', () => {
  for (const [name, head, toc] of [
    ['LibreOffice, with a TOC', LO_HEAD, LO_TOC],
    ['Word (MsoToc1), with a TOC', LO_HEAD.replace('LibreOffice 7.4.7.2 (Linux)', 'Microsoft Word 15'), WORD_TOC],
    ['LibreOffice, no TOC', LO_HEAD, ''],
  ] as const) {
    it(`${name}: the title, the opening and all five parts, once each`, async () => {
      const r = await page(head + body(toc));
      expect(r.meta.title).toBe('某县人民政府关于2024年度法治政府建设情况的报告');
      expect(r.meta.year).toBe(2024);
      expect(r.parts.matches.map((m) => m.part)).toEqual([1, 3, 2, 4, 5]);
      expect(r.outline.map((s) => s.heading)).toEqual([
        '2024年推进法治政府建设的主要举措和成效',
        '县政府主要负责同志履行推进法治建设第一责任人职责情况',
        '2024年推进法治政府建设存在的不足和原因',
        '2025年推进法治政府建设的主要安排',
        '其他需要报告的情况',
      ]);
      expect(r.outline[0].children.map((s) => s.heading)).toEqual(['严格规范公正文明执法']);
    });
  }

  it('a site page (no office generator) still drops the chrome above its <h1> title; a list of links stays a list', async () => {
    const r = await page(`<html><head><title>某县2024年度法治政府建设情况报告_某县人民政府</title></head><body><div>网站首页 政务公开</div><h1>某县2024年度法治政府建设情况报告</h1><p>2024年，我县深入推进法治政府建设。</p><ol><li>行政复议12件</li><li>行政诉讼30件</li></ol></body></html>`);
    expect(r.meta.title).toBe('某县2024年度法治政府建设情况报告');
    expect(r.blocks.some((b) => b.text.includes('网站首页'))).toBe(false);
    expect(r.blocks.filter((b) => b.listNumber !== undefined).map((b) => b.text)).toEqual(['行政复议12件', '行政诉讼30件']);
  });
});
