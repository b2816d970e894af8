import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toDocx, toGovernmentPage, toMarkdown } from '../helpers/containers.js';
import { SEEDS, seedText } from '../helpers/seeds.js';
import JSZip from 'jszip';
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { annotateFile, outputPaths, writeAnnotatedCopies } from '../../src/annotate/write.js';
import { run } from '../linter/helpers.js';
import { annotateDocx } from '../../src/annotate/docx.js';
import { createAnnotatedDocx } from '../../src/annotate/create.js';
import { prepare } from '../../src/engine/lint.js';
import { LIST_MARKDOWN, reviewedDocx } from './fixtures.js';
import { DATE, commentsOf, findings, lint, sha256, wordText } from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fzlint-annotate-'));
const inputs: string[] = [];

beforeAll(async () => {
  for (const n of SEEDS) {
    const t = seedText(n);
    inputs.push(path.join(dir, `${n}.txt`), path.join(dir, `${n}.docx`), path.join(dir, `${n}.md`), path.join(dir, `${n}.html`));
    writeFileSync(path.join(dir, `${n}.txt`), t);
    writeFileSync(path.join(dir, `${n}.docx`), await toDocx(t));
    writeFileSync(path.join(dir, `${n}.md`), toMarkdown(t));
    writeFileSync(path.join(dir, `${n}.html`), toGovernmentPage(t));
  }
}, 60000);

describe('批注版 of the seeds', () => {
  it('writes one annotated copy per input with one comment per finding; originals unchanged; re-read gives the same text and findings', async () => {
    const before = inputs.map(sha256);
    const results = await lint(dir, inputs);
    const out = path.join(dir, 'out');
    const outcome = await writeAnnotatedCopies(results, { cwd: dir, dir: out, locale: 'zh', date: DATE, describe: () => '说明' });
    expect(outcome.errors).toEqual([]);
    expect(outcome.written).toHaveLength(inputs.length);
    expect(inputs.map(sha256)).toEqual(before);
    for (const w of outcome.written) {
      const r = results.find((x) => x.filePath === w.input)!;
      const bytes = new Uint8Array(readFileSync(w.output));
      const c = await commentsOf(bytes);
      expect(c.comments).toHaveLength(r.messages.length);
      expect(w.moved).toBe(0);
      expect(new Set(c.starts)).toEqual(new Set(c.comments.map((x) => x.id)));
      expect(new Set(c.ends)).toEqual(new Set(c.comments.map((x) => x.id)));
      expect(new Set(c.refs)).toEqual(new Set(c.comments.map((x) => x.id)));
      // the package: one comments part, its relationship from the document and its content type
      const zip = await JSZip.loadAsync(bytes);
      expect(await zip.file('[Content_Types].xml')!.async('string')).toMatch(
        /<Override PartName="\/word\/comments\.xml" ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.comments\+xml"\/>/,
      );
      expect(await zip.file('word/_rels/document.xml.rels')!.async('string')).toMatch(
        /Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/comments" Target="comments\.xml"/,
      );
      expect(c.comments.every((x) => x.author === 'fzlint' && /\n[a-z-]+：说明$/.test(x.text))).toBe(true);
      const [again] = await lint(dir, [w.output]);
      expect(again.fileError).toBeUndefined();
      if (w.input.endsWith('.docx')) {
        expect(await wordText(bytes)).toBe(r.source);
      }
      expect(findings(again), w.input).toEqual(findings(r));
    }
    expect(existsSync(path.join(out, '000.fzlint.docx'))).toBe(true);
  }, 60000);
});

describe('a reviewed Word draft (tracked changes, an existing comment, split runs)', () => {
  it('keeps the reviewer’s comment and tracked changes, appends fzlint’s comments with fresh ids, and reads back the same', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'fzlint-annotate-reviewed-'));
    const input = path.join(d, '审阅稿.docx');
    writeFileSync(input, await reviewedDocx());
    const before = sha256(input);
    const results = await lint(d, [input]);
    const outcome = await writeAnnotatedCopies(results, { cwd: d, locale: 'zh', date: DATE });
    expect(outcome.written.map((w) => path.basename(w.output))).toEqual(['审阅稿.fzlint.docx']);
    expect(sha256(input)).toBe(before);
    const original = new Uint8Array(readFileSync(input));
    const bytes = new Uint8Array(readFileSync(outcome.written[0].output));
    const c = await commentsOf(bytes);
    const n = results[0].messages.length;
    expect(n).toBeGreaterThanOrEqual(4);
    expect(c.comments).toHaveLength(n + 1);
    expect(c.comments[0]).toMatchObject({ id: '0', author: '审核人', text: '请核实数据来源。' });
    expect(c.comments.slice(1).every((x) => x.author === 'fzlint')).toBe(true);
    expect(new Set(c.comments.map((x) => x.id)).size).toBe(n + 1);
    // tracked changes are untouched: the insertion and the deletion are still there
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:delText xml:space="preserve">此句已删除。</w:delText>');
    expect(xml.match(/<w:ins /g)).toHaveLength(1);
    // fzlint's ids do not reuse the ids of the tracked changes either
    const used = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    for (const id of used) expect(c.comments.slice(1).map((x) => x.id)).not.toContain(id);
    // comments (the reviewer's and fzlint's) do not leak into the text fzlint reads
    expect(await wordText(bytes)).toBe(await wordText(original));
    const [again] = await lint(d, [outcome.written[0].output]);
    expect(findings(again)).toEqual(findings(results[0]));
    // the rate finding covers exactly 执结率64.03% across three differently formatted runs, formatting kept
    expect(xml).toMatch(/<w:commentRangeStart w:id="\d+"\/><w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312"[^>]*\/><\/w:rPr><w:t xml:space="preserve">执结<\/w:t><\/w:r><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">率64\.0<\/w:t><\/w:r><w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">3%<\/w:t><\/w:r><w:commentRangeEnd w:id="\d+"\/>/);
    const rate = c.comments.find((x) => x.text.includes('执结率64.03%'))!;
    expect(rate.text).toContain('consistent-rate');
    // findings about the whole report sit on the title
    const title = xml.slice(xml.indexOf('<w:body>'), xml.indexOf('</w:p>'));
    const missing = c.comments.filter((x) => x.text.includes('缺少第'));
    expect(missing.length).toBeGreaterThan(0);
    for (const m of missing) expect(title).toContain(`<w:commentRangeStart w:id="${m.id}"/>`);
  }, 30000);
});

describe('bad input and outputs', () => {
  it('a damaged .docx gets the damaged-file message and no output', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'fzlint-annotate-bad-'));
    const good = await toDocx(seedText('001'));
    writeFileSync(path.join(d, 'cut.docx'), good.slice(0, Math.floor(good.length / 2)));
    const r = await run(['--annotate', '-f', 'compact', 'cut.docx'], d);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/cut\.docx 无法作为 Word 文档（\.docx）读取，文件已损坏/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(readdirSync(d)).toEqual(['cut.docx']);
  }, 30000);

  it('writes beside the input by default, replaces an earlier copy, and takes a report named right after the flag as an input', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'fzlint-annotate-cli-'));
    writeFileSync(path.join(d, '报告.txt'), seedText('004'));
    writeFileSync(path.join(d, '报告.fzlint.docx'), 'an old copy');
    const r = await run(['--annotate', '报告.txt'], d);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('已写入批注版 报告.fzlint.docx（6 条批注）');
    const c = await commentsOf(new Uint8Array(readFileSync(path.join(d, '报告.fzlint.docx'))));
    expect(c.comments).toHaveLength(6);
    // no temporary file is left behind; the annotated copy itself is not annotated again
    expect(readdirSync(d).sort()).toEqual(['报告.fzlint.docx', '报告.txt']);
    const again = await run(['--annotate', 'out', '.'], d);
    expect(again.stderr).not.toContain('fzlint.fzlint');
    expect(readdirSync(path.join(d, 'out'))).toEqual(['报告.fzlint.docx']);
  }, 30000);

  it('names copies apart when two inputs share a name', () => {
    const m = outputPaths(['/a/报告.txt', '/a/报告.docx', '/b/报告.md'], '/out');
    expect([...m.values()]).toEqual(['/out/报告.fzlint.docx', '/out/报告.docx.fzlint.docx', '/out/报告.md.fzlint.docx']);
    expect([...outputPaths(['/a/x.txt'], undefined).values()]).toEqual(['/a/x.fzlint.docx']);
  });
});

describe('text the mapping does not follow', () => {
  it('a finding in a footnote (read after the body) is put on the title with its paragraph number', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'fzlint-annotate-note-'));
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('开展“三个聚焦“专项行动。')] } },
      sections: [
        {
          children: [
            new Paragraph({ text: '某县2023年度法治政府建设工作报告', heading: HeadingLevel.TITLE }),
            new Paragraph({ children: [new TextRun('2023年，某县深入推进法治政府建设。'), new FootnoteReferenceRun(1)] }),
          ],
        },
      ],
    });
    writeFileSync(path.join(d, 'note.docx'), new Uint8Array(await Packer.toBuffer(doc)));
    const results = await lint(d, ['note.docx']);
    const quote = results[0].messages.find((m) => m.ruleId === 'no-unpaired-punctuation');
    expect(quote).toBeDefined();
    const outcome = await writeAnnotatedCopies(results, { cwd: d, locale: 'zh', date: DATE });
    expect(outcome.written[0].moved).toBe(1);
    const c = await commentsOf(new Uint8Array(readFileSync(outcome.written[0].output)));
    expect(c.comments).toHaveLength(results[0].messages.length);
    const moved = c.comments.find((x) => x.text.includes('引号'))!;
    expect(moved.text).toContain(`位置：第${quote!.line}段`);
  }, 30000);

  it('`fzlint --annotate DIR` with no other path lints DIR and writes the copies beside the files', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'fzlint-annotate-dir-'));
    mkdirSync(path.join(d, 'reports'));
    writeFileSync(path.join(d, 'reports', 'a.txt'), seedText('001'));
    const r = await run(['--annotate', 'reports'], d);
    expect(r.stderr).toContain('已写入批注版 reports/a.fzlint.docx');
    expect(readdirSync(path.join(d, 'reports')).sort()).toEqual(['a.fzlint.docx', 'a.txt']);
  }, 30000);
});

describe('text boxes', () => {
  /** A paragraph holding a text box as Word writes it: DrawingML in mc:Choice, VML in mc:Fallback (or VML alone). */
  async function withTextBox(alternate: boolean): Promise<Uint8Array> {
    const base = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ text: '某县2023年度法治政府建设工作报告', heading: HeadingLevel.TITLE }),
              new Paragraph('TEXTBOX_HERE'),
              new Paragraph('2023年，某县深入推进法治政府建设。'),
            ],
          },
        ],
      }),
    );
    const zip = await JSZip.loadAsync(base);
    const xml = await zip.file('word/document.xml')!.async('string');
    const box = '<w:txbxContent><w:p><w:r><w:t>开展“三个聚焦“专项行动。</w:t></w:r></w:p></w:txbxContent>';
    const vml = `<w:pict><v:shape id="tb1" style="width:200pt;height:40pt"><v:textbox>${box}</v:textbox></v:shape></w:pict>`;
    const run = alternate
      ? `<w:r><w:t>见文本框：</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing/></mc:Choice><mc:Fallback>${vml}</mc:Fallback></mc:AlternateContent></w:r>`
      : `<w:r><w:t>见文本框：</w:t></w:r><w:r>${vml}</w:r>`;
    const out = xml.replace(/<w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">TEXTBOX_HERE<\/w:t><\/w:r>|<w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t>TEXTBOX_HERE<\/w:t><\/w:r>/, run);
    expect(out).not.toBe(xml);
    zip.file('word/document.xml', out);
    return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
  }

  it.each([
    [true, 1],
    [false, 0],
  ])('a finding in a text box (in a fallback: %s) is anchored in it, or on the title when Word would not show it there', async (alternate, moved) => {
    const d = mkdtempSync(path.join(tmpdir(), 'fzlint-annotate-box-'));
    writeFileSync(path.join(d, 'box.docx'), await withTextBox(alternate));
    const results = await lint(d, ['box.docx']);
    expect(results[0].fileError).toBeUndefined();
    expect(results[0].source).toContain('“三个聚焦“');
    expect(results[0].messages.some((m) => m.ruleId === 'no-unpaired-punctuation')).toBe(true);
    const outcome = await writeAnnotatedCopies(results, { cwd: d, locale: 'zh', date: DATE });
    expect(outcome.written[0].moved).toBe(moved);
    const bytes = new Uint8Array(readFileSync(outcome.written[0].output));
    const c = await commentsOf(bytes);
    expect(c.comments).toHaveLength(results[0].messages.length);
    expect(new Set(c.starts)).toEqual(new Set(c.comments.map((x) => x.id)));
    expect(await wordText(bytes)).toBe(results[0].source);
  }, 30000);
});

describe('reproducible copies', () => {
  it('the same input, findings and date give the same bytes', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'fzlint-annotate-same-'));
    writeFileSync(path.join(d, 'a.txt'), seedText('002'));
    writeFileSync(path.join(d, 'b.docx'), await toDocx(seedText('002')));
    const results = await lint(d, ['a.txt', 'b.docx']);
    const once = await Promise.all(results.map((r) => annotateFile(r, { locale: 'zh', date: DATE })));
    const twice = await Promise.all(results.map((r) => annotateFile(r, { locale: 'zh', date: DATE })));
    for (let i = 0; i < results.length; i++) expect(Buffer.from(twice[i]!.bytes).equals(Buffer.from(once[i]!.bytes))).toBe(true);
  }, 30000);
});

describe('with other options', () => {
  it('--fix then --annotate: the copy is the fixed text with the findings that remain; --fix-dry-run and --stdin are refused', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'fzlint-annotate-fix-'));
    writeFileSync(path.join(d, 'r.txt'), seedText('003'));
    const r = await run(['--fix', '--annotate', 'out', '-f', 'json', 'r.txt'], d);
    const [res] = JSON.parse(r.stdout) as { messages: unknown[] }[];
    const c = await commentsOf(new Uint8Array(readFileSync(path.join(d, 'out', 'r.fzlint.docx'))));
    expect(c.comments).toHaveLength(res.messages.length);
    expect(readFileSync(path.join(d, 'r.txt'), 'utf8')).not.toBe(seedText('003'));
    for (const bad of [['--fix-dry-run'], ['--stdin']]) {
      const x = await run(['--annotate', 'out', ...bad, ...(bad[0] === '--stdin' ? [] : ['r.txt'])], d);
      expect(x.code).toBe(2);
      expect(x.stderr).toMatch(/不能同时|mutually exclusive/);
    }
  }, 30000);
});

describe('a report without findings', () => {
  it('gets a copy all the same: the .docx byte for byte, a text report as a new .docx without comments', async () => {
    const docxBytes = await reviewedDocx();
    const same = await annotateDocx(docxBytes, await wordText(docxBytes), [], { locale: 'zh', date: DATE });
    expect(same.comments).toBe(0);
    expect(Buffer.from(same.bytes).equals(Buffer.from(docxBytes))).toBe(true);
    const report = await prepare(seedText('001'), 'text', 'a.txt');
    const made = await createAnnotatedDocx(report, [], { locale: 'zh', date: DATE });
    expect(made.comments).toBe(0);
    const c = await commentsOf(made.bytes);
    expect(c.comments).toEqual([]);
    expect(c.starts).toEqual([]);
  });
});

describe('Markdown lists', () => {
  it('ordered list items become numbered Word paragraphs, and the copy gives the same findings', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'fzlint-annotate-md-'));
    const md = LIST_MARKDOWN;
    writeFileSync(path.join(d, 'r.md'), md);
    const results = await lint(d, ['r.md']);
    const outcome = await writeAnnotatedCopies(results, { cwd: d, locale: 'zh', date: DATE });
    const bytes = new Uint8Array(readFileSync(outcome.written[0].output));
    const text = await wordText(bytes);
    // the numbers are Word's (numbering.xml, not text), as they were Markdown's; the Word reader shows them as Word does
    expect(text).toContain('\n1.严格规范公正文明执法。');
    expect(outcome.written[0].moved).toBe(0);
    expect((await commentsOf(bytes)).comments).toHaveLength(results[0].messages.length);
    const [again] = await lint(d, [outcome.written[0].output]);
    expect(findings(again)).toEqual(findings(results[0]));
    // Word numbers the items (numbering.xml), and the Word reader reads them back with the numbers Word shows
    expect(again.report!.blocks.map((b) => /^\d+\./.exec(b.text)?.[0]).filter(Boolean)).toEqual(['1.', '2.', '3.']);
    expect(results[0].report!.blocks.filter((b) => b.listNumber !== undefined).map((b) => b.listNumber)).toEqual([1, 2, 3]);
  }, 30000);
});
