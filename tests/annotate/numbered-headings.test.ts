import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { annotateDocx } from '../../src/annotate/docx.js';
import { writeAnnotatedCopies } from '../../src/annotate/write.js';
import { DATE, commentsOf, lint, sha256, wordText } from './helpers.js';

/**
 * inputs2: on Word reports whose headings Word numbers itself (一、（一）from numbering.xml), a finding on a short
 * heading — the plan heading naming the report year — was put on the first paragraph with 「位置：第48段」: the
 * reader writes 「四、」 before the heading's text, the document does not hold it, and two missing characters of
 * twenty were too many for the heading to be recognised, and the 四 was looked for further on (in 「十四五」).
 */
describe('批注版: a finding on an auto-numbered heading', () => {
  it('is anchored on the heading’s own words', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fzlint-numbered-'));
    const h1 = (t: string) => new Paragraph({ text: t, heading: HeadingLevel.HEADING_1, numbering: { reference: 'cn', level: 0 } });
    const doc = new Document({
      numbering: { config: [{ reference: 'cn', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT }] }] },
      sections: [{ children: [
        new Paragraph({ text: '某县人民政府关于2024年度法治政府建设情况的报告', heading: HeadingLevel.TITLE }),
        new Paragraph('市人民政府：'),
        new Paragraph('2024年，我县深入推进法治政府建设，现将有关情况报告如下：'),
        h1('2024年推进法治政府建设的主要举措和成效'),
        new Paragraph('全面推行行政执法三项制度，四是加强执法监督，五是推进政务公开。'),
        h1('县政府主要负责同志履行推进法治建设第一责任人职责情况'),
        new Paragraph('县长带头学法，四次主持召开常务会议研究法治工作。'),
        h1('2024年推进法治政府建设存在的不足和原因'),
        new Paragraph('执法队伍专业化水平有待提高。'),
        h1('2024年推进法治政府建设的主要安排'),
        new Paragraph('2025年是“十四五”规划收官之年，我县将深化行政执法体制改革。'),
        h1('其他需要报告的情况'),
        new Paragraph('无。'),
      ] }],
    });
    const file = path.join(dir, 'numbered.docx');
    writeFileSync(file, await Packer.toBuffer(doc));
    const before = sha256(file);
    const results = await lint(dir, [file]);
    const plan = results[0].messages.find((m) => m.ruleId === 'require-next-year-plan');
    expect(plan?.line).toBe(10);
    const outcome = await writeAnnotatedCopies(results, { cwd: dir, dir: path.join(dir, 'out'), locale: 'zh', date: DATE, describe: () => '说明' });
    expect(outcome.errors).toEqual([]);
    expect(outcome.written[0].moved).toBe(0);
    expect(sha256(file)).toBe(before);
    const bytes = new Uint8Array(readFileSync(outcome.written[0].output));
    const c = await commentsOf(bytes);
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    for (const comment of c.comments.filter((x) => x.text.includes('工作安排'))) {
      expect(comment.text).not.toMatch(/位置：第\d+段/);
      const s = xml.indexOf(`<w:commentRangeStart w:id="${comment.id}"/>`);
      const e = xml.indexOf(`<w:commentRangeEnd w:id="${comment.id}"/>`);
      expect([...xml.slice(s, e).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).toBe('2024年');
    }
  });

  it('a number typed after a line break at the paragraph’s start is the paragraph’s own text (fuzz seed 182677027)', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun({ text: '8、法', break: 1 }), new TextRun('法')] })] }] });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const source = await wordText(bytes);
    const i = source.indexOf('8');
    const out = await annotateDocx(bytes, source, [{ ruleId: 'test', severity: 'warn', message: 'm0', start: i, end: i + 2 }], { locale: 'zh', date: DATE });
    const xml = await (await JSZip.loadAsync(out.bytes)).file('word/document.xml')!.async('string');
    const s = xml.indexOf('<w:commentRangeStart w:id="0"/>');
    const e = xml.indexOf('<w:commentRangeEnd w:id="0"/>');
    expect(s).toBeGreaterThan(-1);
    expect([...xml.slice(s, e).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).toBe('8、');
  });

  it('a typed number split by line breaks (「6」 and 「）」 in runs of their own) is the paragraph’s own text (fuzz seed 45289074)', async () => {
    const doc = new Document({
      sections: [{ children: [new Paragraph({ children: [new TextRun({ text: '6', break: 1 }), new TextRun({ text: '）', break: 1 })] }), new Paragraph('法')] }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const source = await wordText(bytes);
    const i = source.indexOf('6');
    const out = await annotateDocx(bytes, source, [{ ruleId: 'test', severity: 'warn', message: 'm0', start: i, end: i + 1 }], { locale: 'zh', date: DATE });
    const xml = await (await JSZip.loadAsync(out.bytes)).file('word/document.xml')!.async('string');
    const s = xml.indexOf('<w:commentRangeStart w:id="0"/>');
    const e = xml.indexOf('<w:commentRangeEnd w:id="0"/>');
    expect(s).toBeGreaterThan(-1);
    expect([...xml.slice(s, e).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).toBe('6');
  });
});
