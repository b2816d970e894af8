import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/engine/lint.js';
import { readerText, textOffset } from '../../src/model/reader.js';

describe('readerText: what a reader sees of a source range, whatever the container', () => {
  it('plain text: the source itself', async () => {
    const r = await prepare('一、主要举措\n在“地委”领导下', 'text');
    expect(readerText(r, 0, r.text.length)).toBe(r.text);
  });

  it('HTML: tags dropped, entities decoded, blocks joined by a line break', async () => {
    const html = '<h1>某县报告</h1>\n<p>在&ldquo;<b>地委</b>&rdquo;领导下</p>';
    const r = await prepare(html, 'html');
    expect(readerText(r, 0, html.length)).toBe('某县报告\n在“地委”领导下');
    const p = r.blocks[1];
    expect(readerText(r, p.start, p.end)).toBe('在“地委”领导下');
    // the entity alone, and a range that starts inside markup
    const open = html.indexOf('&ldquo;');
    expect(readerText(r, open, open + '&ldquo;'.length)).toBe('“');
    expect(readerText(r, html.indexOf('<b>'), html.indexOf('</b>'))).toBe('地委');
    // markup only: nothing
    expect(readerText(r, html.indexOf('</h1>'), html.indexOf('<p>') + 3)).toBe('');
  });

  it('Markdown: emphasis markers are not text', async () => {
    const md = '# 某县报告\n\n在**地委**领导下';
    const r = await prepare(md, 'markdown');
    expect(readerText(r, md.indexOf('在'), md.length)).toBe('在地委领导下');
  });

  it('textOffset inverts toSource on every character of every block of a page', async () => {
    const html = '<p>　　一、&ldquo;主要&rdquo;<span>举措</span>&amp;成效</p><p>叶城县\n坚持</p>';
    const r = await prepare(html, 'html');
    for (const b of r.blocks) {
      for (let i = 0; i < b.text.length; i++) expect(textOffset(b, r.toSource(b, i))).toBe(i);
    }
  });
});
