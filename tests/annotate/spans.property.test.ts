import fc from 'fast-check';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { annotateDocx } from '../../src/annotate/docx.js';
import type { Finding } from '../../src/annotate/text.js';
import { DATE, commentsOf, wordText } from './helpers.js';

/**
 * Random Word documents (paragraphs of differently formatted runs, empty paragraphs, tabs and
 * line breaks) and random finding spans: starting and ending inside runs, on run boundaries, across
 * runs and paragraphs, at a paragraph's first and last character. The annotated copy must read
 * back as the same text, hold one comment per finding, and each comment must cover exactly the
 * characters of its span. The seed is the suite's pinned one (tests/setup.ts).
 */
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CHARS = [...'法治政府建设年度报告执结率案件一二三（）“”《》，。、%0123456789abcXYZ', ' ', '　'];

const runArb = fc.record({
  text: fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 12 }).map((a) => a.join('')),
  bold: fc.boolean(),
  italics: fc.boolean(),
  font: fc.constantFrom(undefined, '仿宋_GB2312', '黑体'),
  tab: fc.boolean(),
  brk: fc.integer({ min: 0, max: 9 }),
});
const paraArb = fc.oneof({ weight: 1, arbitrary: fc.constant([]) }, { weight: 5, arbitrary: fc.array(runArb, { minLength: 1, maxLength: 6 }) });
const docArb = fc.array(paraArb, { minLength: 1, maxLength: 8 });

type Run = { text: string; bold: boolean; italics: boolean; font?: string; tab: boolean; brk: number };

async function build(paras: Run[][]): Promise<Uint8Array> {
  const children = paras.map(
    (runs) =>
      new Paragraph({
        children: runs.map(
          (r) => new TextRun({ text: (r.tab ? '\t' : '') + r.text, bold: r.bold, italics: r.italics, font: r.font, break: r.brk === 0 ? 1 : undefined }),
        ),
      }),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** Text covered by each comment, in document order (w:t, tabs and breaks as spaces, paragraphs joined by \n). */
async function covered(bytes: Uint8Array): Promise<Map<string, string>> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const open = new Map<string, string>();
  const done = new Map<string, string>();
  const add = (s: string) => {
    for (const k of open.keys()) open.set(k, open.get(k) + s);
  };
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      if (el.namespaceURI === W) {
        const id = el.getAttributeNS(W, 'id') ?? '';
        if (el.localName === 'commentRangeStart') open.set(id, '');
        else if (el.localName === 'commentRangeEnd') {
          done.set(id, open.get(id) ?? '');
          open.delete(id);
        } else if (el.localName === 't') add(el.textContent ?? '');
        else if (el.localName === 'tab' || el.localName === 'br') add(' ');
        else {
          walk(el);
          if (el.localName === 'p') add('\n');
        }
      } else walk(el);
    }
  };
  walk(doc.documentElement as unknown as Node);
  return done;
}

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

describe('comment ranges over random runs', () => {
  it('keep the text, give one comment per finding, and cover exactly each span', async () => {
    await fc.assert(
      fc.asyncProperty(docArb, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }), async (paras, picks) => {
        const bytes = await build(paras);
        const source = await wordText(bytes);
        // candidate offsets: every run boundary, each line's first and last character, anywhere
        const edges = new Set<number>([0, source.length]);
        let off = 0;
        for (const line of source.split('\n')) {
          edges.add(off).add(off + line.length).add(Math.max(off, off + line.length - 1));
          off += line.length + 1;
        }
        // run boundaries: where each run's text ends, found in order (spaces collapse, so search for it)
        let at = 0;
        for (const runs of paras) {
          for (const r of runs) {
            const t = r.text.trim();
            const k = t ? source.indexOf(t, at) : -1;
            if (k >= 0) edges.add((at = k + t.length)).add(k);
          }
        }
        const points = [...edges].filter((x) => x >= 0 && x <= source.length).sort((a, b) => a - b);
        const pick = (n: number, kind: number) => (kind % 3 === 0 ? points[n % points.length] : n % (source.length + 1));
        const findings: Finding[] = picks.map(([a, b, kind], i) => {
          const x = pick(a, kind);
          const y = pick(b, kind + 1);
          return { ruleId: 'test', severity: 'warn', message: `m${i}`, start: Math.min(x, y), end: Math.max(x, y) };
        });
        const out = await annotateDocx(bytes, source, findings, { locale: 'zh', date: DATE });
        expect(await wordText(out.bytes)).toBe(source);
        const c = await commentsOf(out.bytes);
        expect(c.comments).toHaveLength(findings.length);
        const ids = new Set(c.comments.map((x) => x.id));
        expect(ids.size).toBe(findings.length);
        expect(new Set(c.starts)).toEqual(ids);
        expect(new Set(c.ends)).toEqual(ids);
        expect(new Set(c.refs)).toEqual(ids);
        const cover = await covered(out.bytes);
        for (const cm of c.comments) {
          const f = findings[Number(/m(\d+)/.exec(cm.text)![1])];
          const want = squash(source.slice(f.start, f.end));
          // a span of spaces only is put on its paragraph (or the character there): nothing to compare
          if (want) expect(squash(cover.get(cm.id) ?? '')).toBe(want);
        }
      }),
      { numRuns: 40 },
    );
  }, 120000);
});
