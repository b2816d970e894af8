import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/linter/linter.js';
import type { FileResult } from '../../src/linter/types.js';
import { writeAnnotatedCopies } from '../../src/annotate/write.js';

/**
 * The findings on a file are the findings on its text (eval/README.md, inputs2): one report, as text and in the forms
 * reviewers hold — a Word file with a TOC, Word-numbered headings, a footnote, a tracked change, a comment, a title
 * broken with Shift+Enter; the same text pasted from a <br> web page into one Word paragraph; LibreOffice's .doc, PDF
 * and web page of the Word file. Made by scripts/make-inputs2-fixtures.mjs (LibreOffice for .doc/.pdf/.html).
 * Before the inputs2 fixes: the TOC gave a second outline (.docx, .doc, .pdf, .html), the pasted file was one block
 * with its parts missing, the PDF's footnote cut a paragraph, the web page lost its title, opening and part 1, the
 * .doc lost part 4's number, and the 批注版 moved the comment to the title (mammoth's 「[1]」 footnote mark).
 */
const data = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../__data__/inputs2');
const linter = new Linter({ cwd: data, configLookup: 'off', locale: 'zh' });
const FORMS = ['word.docx', 'pasted.docx', 'word.doc', 'word.pdf', 'word.html'];

const findings = (r: FileResult) => r.messages.map((m) => `${m.ruleId} ${m.severity} ${m.message}`).sort();
const parts = (r: FileResult) => r.report?.parts.matches.map((p) => p.part);

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 20000 });
    return true;
  } catch {
    return false;
  }
}

describe('one report in the forms reviewers hold: the findings of its text', () => {
  it('the text: one planted fault (a 全程网办率 its counts do not give), all five parts', async () => {
    const r = await linter.lintFile(path.join(data, 'report.txt'));
    expect(findings(r)).toEqual([expect.stringMatching(/^consistent-rate warn 「全程网办率达98\.2%」与1148\/1206=95\.2%不符/)]);
    expect(parts(r)).toEqual([1, 3, 2, 4, 5]);
  });

  for (const form of FORMS) {
    it(`${form}: the same findings, the same parts and year`, async () => {
      const text = await linter.lintFile(path.join(data, 'report.txt'));
      const r = await linter.lintFile(path.join(data, form));
      expect(r.fileError).toBeUndefined();
      expect(findings(r)).toEqual(findings(text));
      expect(parts(r)).toEqual(parts(text));
      expect(r.report?.meta.year).toBe(2024);
    });
  }

  it('the Word readers keep the title whole: 「…关于」 and 「2024年度…报告」 broken with Shift+Enter', async () => {
    for (const form of ['word.docx', 'word.doc', 'word.pdf']) {
      const r = await linter.lintFile(path.join(data, form));
      expect(r.report?.meta.title).toBe('青川县人民政府关于2024年度法治政府建设情况的报告');
    }
  });
});

describe('批注版 of the Word file', () => {
  it('one comment per finding, on its words; the original byte for byte; LibreOffice opens the copy where installed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fzlint-inputs2-'));
    try {
      const file = path.join(dir, 'word.docx');
      copyFileSync(path.join(data, 'word.docx'), file);
      const sha = () => createHash('sha256').update(readFileSync(file)).digest('hex');
      const before = sha();
      const results = await new Linter({ cwd: dir, configLookup: 'off', locale: 'zh' }).lintFiles([file]);
      const outcome = await writeAnnotatedCopies(results, { cwd: dir, dir: path.join(dir, 'out'), locale: 'zh', date: '2026-01-01T00:00:00Z', describe: () => '说明' });
      expect(outcome.errors).toEqual([]);
      expect(outcome.written[0].moved).toBe(0);
      expect(sha()).toBe(before);
      const out = outcome.written[0].output;
      const JSZip = (await import('jszip')).default;
      const zip = await JSZip.loadAsync(readFileSync(out));
      const xml = await zip.file('word/document.xml')!.async('string');
      const comments = await zip.file('word/comments.xml')!.async('string');
      // the reviewer's comment is kept, fzlint's is added, on the words it is about (not moved to the title)
      expect(comments).not.toContain('位置：第');
      expect(comments).toContain('请补充会议次数的依据。');
      const ids = [...comments.matchAll(/<w:comment\b[^>]*w:author="fzlint"[^>]*w:id="(\d+)"|<w:comment\b[^>]*w:id="(\d+)"[^>]*w:author="fzlint"/g)].map((m) => m[1] ?? m[2]);
      expect(ids).toHaveLength(1);
      const s = xml.indexOf(`<w:commentRangeStart w:id="${ids[0]}"/>`);
      const e = xml.indexOf(`<w:commentRangeEnd w:id="${ids[0]}"/>`);
      expect([...xml.slice(s, e).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).toBe('全程网办率达98.2%');
      if (hasSoffice()) {
        execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', dir, out], { stdio: 'ignore', timeout: 120000 });
        expect(existsSync(out.replace(/\.docx$/, '.pdf').replace(path.dirname(out), dir))).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180000);
});
