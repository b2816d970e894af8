import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { toDocx, toGovernmentPage, toMarkdown } from '../helpers/containers.js';
import { ROOT, SEEDS, seedText } from '../helpers/seeds.js';
import { run } from '../linter/helpers.js';
import { outputPaths } from '../../src/annotate/write.js';
import { LIST_MARKDOWN, reviewedDocx } from './fixtures.js';
import { commentsOf, sha256 } from './helpers.js';

/**
 * A real consumer: LibreOffice opens every annotated copy headless and converts it to .odt and to
 * PDF without error, with as many comments (office:annotation in the .odt) as the copy holds:
 * one per finding fzlint reported, plus a reviewer's comment that was there before.
 *
 * Skipped where `soffice` is absent. With FZLINT_UPDATE_REFERENCE=1 it (re)writes the reference
 * it produced into tests/__data__/annotate/: the annotated copies of the seeds as .txt (reproducible),
 * the .odt LibreOffice made of the reviewed draft, and libreoffice.json: per copy the findings, the
 * comments, the annotations LibreOffice found (each with the text it is anchored on and its first
 * line) and the PDF's pages. The check itself needs no reference: every copy must hold one comment
 * per finding, LibreOffice must find them all, and the copies of one seed in different containers
 * (.docx, .txt, .md, .html) must show the same comments on the same words.
 */
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const HAVE_SOFFICE = soffice.status === 0;
const REFERENCE = path.join(ROOT, 'tests/__data__/annotate');
const UPDATE = process.env.FZLINT_UPDATE_REFERENCE === '1';

interface Row {
  input: string;
  output: string;
  findings: number;
  comments: number;
  odtAnnotations: number;
  pdfPages: number;
  /** What LibreOffice shows: the text each comment is anchored on and the comment's first line. */
  annotations: { anchor: string; comment: string }[];
}

const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';

/** The annotations of an .odt's content.xml, in document order, with the text between each and its end. */
function annotationsOf(content: string): { anchor: string; comment: string }[] {
  const doc = new DOMParser().parseFromString(content, 'application/xml');
  const out: { name: string; anchor: string; comment: string }[] = [];
  const open = new Map<string, { anchor: string; comment: string }>();
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        for (const a of open.values()) a.anchor += (c as Text).data;
      } else if (c.nodeType === 1) {
        const el = c as Element;
        if (el.namespaceURI === OFFICE && el.localName === 'annotation') {
          const name = el.getAttributeNS(OFFICE, 'name') ?? '';
          const first = Array.from(el.getElementsByTagNameNS(TEXT, 'p'))[0];
          const a = { name, anchor: '', comment: first?.textContent ?? '' };
          out.push(a);
          // an annotation without a name marks a point (no end element)
          if (name) open.set(name, a);
        } else if (el.namespaceURI === OFFICE && el.localName === 'annotation-end') {
          open.delete(el.getAttributeNS(OFFICE, 'name') ?? '');
        } else {
          walk(el);
        }
      }
    }
  };
  walk(doc.documentElement as unknown as Node);
  return out.map(({ anchor, comment }) => ({ anchor, comment }));
}

function convert(files: string[], to: string, outdir: string, profile: string): void {
  // a profile of its own: other LibreOffice processes on the machine do not share (or lock) it
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outdir, ...files], {
    encoding: 'utf8',
    timeout: 300000,
  });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr).not.toMatch(/Error:|error:/);
}

describe.skipIf(!HAVE_SOFFICE)('LibreOffice opens every annotated copy', () => {
  it('converts each to .odt and PDF with one comment per finding', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fzlint-annotate-lo-'));
    const inputs: string[] = [];
    const put = (name: string, bytes: Uint8Array | string) => {
      writeFileSync(path.join(dir, name), bytes);
      inputs.push(name);
    };
    for (const n of SEEDS) {
      put(`seed-${n}.docx`, await toDocx(seedText(n)));
      put(`seed-${n}.txt`, seedText(n));
    }
    put('seed-000.md', toMarkdown(seedText('000')));
    put('seed-000.html', toGovernmentPage(seedText('000')));
    put('reviewed.docx', await reviewedDocx());
    put('list.md', LIST_MARKDOWN);
    const profile = path.join(dir, 'lo-profile');
    // a .docx as another writer makes it: LibreOffice's own export of the seeds' text
    const made = path.join(dir, 'lo');
    convert(
      SEEDS.map((n) => path.join(dir, `seed-${n}.txt`)),
      'docx:MS Word 2007 XML',
      made,
      profile,
    );
    for (const n of SEEDS) put(`seed-${n}.lo.docx`, readFileSync(path.join(made, `seed-${n}.docx`)));
    const hashes = inputs.map((f) => sha256(path.join(dir, f)));

    const epoch = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1767225600'; // 2026-01-01: reproducible copies of the text inputs
    let r;
    try {
      r = await run(['--annotate', 'out', '-f', 'json', ...inputs], dir);
    } finally {
      if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = epoch;
    }
    expect(r.stderr).not.toMatch(/无法|cannot/);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: unknown[] }[];
    expect(inputs.map((f) => sha256(path.join(dir, f)))).toEqual(hashes);

    const out = path.join(dir, 'out');
    const names = outputPaths(
      inputs.map((f) => path.join(dir, f)),
      out,
    );
    const copies = readdirSync(out).filter((f) => f.endsWith('.fzlint.docx')).sort();
    expect(copies).toHaveLength(inputs.length);
    const odt = path.join(dir, 'odt');
    const pdf = path.join(dir, 'pdf');
    const files = copies.map((f) => path.join(out, f));
    convert(files, 'odt', odt, profile);
    convert(files, 'pdf', pdf, profile);

    const rows: Row[] = [];
    for (const res of results) {
      const input = path.basename(res.filePath);
      const output = path.basename(names.get(res.filePath)!);
      expect(r.stderr).toContain(`已写入批注版 out/${output}`);
      const c = await commentsOf(new Uint8Array(readFileSync(path.join(out, output))));
      const stem = output.replace(/\.docx$/, '');
      const content = await (await JSZip.loadAsync(readFileSync(path.join(odt, `${stem}.odt`)))).file('content.xml')!.async('string');
      const pdfBytes = readFileSync(path.join(pdf, `${stem}.pdf`));
      expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = (pdfBytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      const row: Row = {
        input,
        output,
        findings: res.messages.length,
        comments: c.comments.length,
        odtAnnotations: (content.match(/<office:annotation[\s>]/g) ?? []).length,
        pdfPages: pages,
        annotations: annotationsOf(content),
      };
      // every comment sits on its own words: none had to be moved to the title
      expect(c.comments.filter((x) => x.text.includes('位置：')), input).toEqual([]);
      const before = input === 'reviewed.docx' ? 1 : 0;
      expect(row.comments, input).toBe(row.findings + before);
      expect(row.odtAnnotations, input).toBe(row.comments);
      expect(row.pdfPages, input).toBeGreaterThan(0);
      rows.push(row);
    }
    rows.sort((a, b) => a.input.localeCompare(b.input));

    const summary = path.join(REFERENCE, 'libreoffice.json');
    if (UPDATE) {
      rmSync(REFERENCE, { recursive: true, force: true });
      mkdirSync(REFERENCE, { recursive: true });
      writeFileSync(summary, JSON.stringify({ soffice: soffice.stdout.trim(), copies: rows }, null, 2) + '\n');
      for (const row of rows) {
        if (row.input.endsWith('.txt')) copyFileSync(path.join(out, row.output), path.join(REFERENCE, row.output));
        if (row.input === 'reviewed.docx') copyFileSync(path.join(odt, 'reviewed.fzlint.odt'), path.join(REFERENCE, 'reviewed.fzlint.odt'));
      }
    }
    // the same report in every container: LibreOffice shows the same comments on the same words
    for (const n of SEEDS) {
      const same = rows.filter((x) => x.input.startsWith(`seed-${n}.`));
      expect(same.length).toBeGreaterThanOrEqual(2);
      for (const x of same) expect(x.annotations, x.input).toEqual(same[0].annotations);
    }
    rmSync(dir, { recursive: true, force: true });
  }, 600000);
});
