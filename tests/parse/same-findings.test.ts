import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Linter } from '../../src/linter/linter.js';
import type { FileResult } from '../../src/linter/types.js';
import { CONTAINERS, containersOf, type ContainerName } from '../helpers/containers.js';
import { seedText } from '../helpers/seeds.js';

/**
 * Issue 5, "same report, same findings": seed 000 saved as UTF-8 .txt,
 * GB18030 .txt, UTF-16LE .txt with BOM, .md, .html (a government article
 * page) and .docx gives the same rule ids and messages; positions may differ.
 * Run through the Linter on a directory, so walking finds all six.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'fzlint-containers-'));
/** Seed 000 with its part 二 (不足和原因) removed: a report with findings to compare. */
const cutDir = path.join(dir, 'cut');
let results: Map<ContainerName, FileResult>;
let cutResults: Map<ContainerName, FileResult>;

function withoutPartTwo(text: string): string {
  const ls = text.split('\n');
  const from = ls.findIndex((l) => l.startsWith('二、'));
  const to = ls.findIndex((l) => l.startsWith('三、'));
  return [...ls.slice(0, from), ...ls.slice(to)].join('\n');
}

async function lintAll(text: string, into: string): Promise<Map<ContainerName, FileResult>> {
  const files = await containersOf(text);
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(into, name), bytes);
  const linter = new Linter({ cwd: into, locale: 'zh' });
  const found = await linter.lintFiles([into]);
  return new Map(found.map((r) => [path.basename(r.filePath) as ContainerName, r]));
}

/** What must not depend on the container: rule, message id, data and the rendered message. */
function findings(r: FileResult): string[] {
  return r.messages.map((m) => `${m.ruleId} ${m.messageId} ${m.severity} ${m.reason}`).sort();
}

beforeAll(async () => {
  const { mkdirSync } = await import('node:fs');
  mkdirSync(cutDir);
  const seed = seedText('000');
  results = await lintAll(seed, dir);
  cutResults = await lintAll(withoutPartTwo(seed), cutDir);
}, 60000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('same report, same findings (seed 000 in six containers)', () => {
  it('walking the directory finds all six containers, each read without a file error', () => {
    expect([...results.keys()].sort()).toEqual([...CONTAINERS].sort());
    for (const r of results.values()) expect(r.fileError).toBeUndefined();
  });

  it('reports the detected encoding of each text container', () => {
    expect(results.get('utf8.txt')!.encoding).toBe('utf-8');
    expect(results.get('gb18030.txt')!.encoding).toBe('gb18030');
    expect(results.get('utf16le-bom.txt')!.encoding).toBe('utf-16le');
    expect(results.get('utf16le-bom.txt')!.bom).toBe(true);
    expect(results.get('report.md')!.encoding).toBe('utf-8');
    expect(results.get('report.html')!.encoding).toBe('utf-8');
    expect(results.get('report.docx')!.encoding).toBeUndefined();
    expect(results.get('report.docx')!.lineUnit).toBe('paragraph');
  });

  for (const name of CONTAINERS.slice(1)) {
    it(`${name}: the same findings as utf8.txt`, () => {
      expect(findings(results.get(name)!)).toEqual(findings(results.get('utf8.txt')!));
    });
    it(`${name}: the same findings as utf8.txt on the report without its part 二`, () => {
      expect(findings(cutResults.get(name)!)).toEqual(findings(cutResults.get('utf8.txt')!));
    });
  }

  it('the cut report has findings to compare: part 二 is missing in every container', () => {
    for (const name of CONTAINERS) {
      const missing = cutResults.get(name)!.messages.filter((m) => m.ruleId === 'require-sections' && m.messageId === 'missingPart');
      expect(missing.map((m) => m.data.part), name).toEqual([2]);
    }
  });

  it('the same model: title, year, issuer, dates, outline, parts and body text', () => {
    const model = (r: FileResult) => {
      const rep = r.report!;
      return {
        title: rep.meta.title,
        year: rep.meta.year,
        body: rep.meta.body,
        dates: rep.meta.dates.map((d) => `${d.kind} ${d.year}-${d.month}-${d.day}`),
        outline: rep.sections.map((s) => `${s.level} ${s.kind} ${s.label} ${s.heading}`),
        parts: rep.parts.matches.map((m) => `${m.part} ${m.how} ${m.text}`),
        bodyText: rep.bodyBlocks.map((b) => b.text),
        sentences: rep.sentences.length,
        items: rep.items.length,
      };
    };
    const base = model(results.get('utf8.txt')!);
    expect(base.title).toBe('叶城县2023年度法治政府建设工作报告');
    expect(base.year).toBe(2023);
    expect(base.dates).toContain('published 2025-9-5');
    expect(base.outline.filter((s) => s.startsWith('1 cn'))).toHaveLength(5);
    for (const name of CONTAINERS.slice(1)) expect(model(results.get(name)!), name).toEqual(base);
  });

  it('positions: .txt lines, .docx paragraph numbers (= the lines here), .html lines of the page source', () => {
    const at = (name: ContainerName) => cutResults.get(name)!.messages.find((m) => m.ruleId === 'require-sections')!;
    // the finding sits on the title: line 1 of the text, paragraph 1 of the Word document
    expect(at('utf8.txt').line).toBe(1);
    expect(at('report.docx').line).toBe(1);
    expect(at('report.md').line).toBe(1);
    const html = cutResults.get('report.html')!;
    const m = at('report.html');
    const sourceLine = html.source!.split('\n')[m.line - 1];
    expect(sourceLine).toContain('<h1 class="article-title">叶城县2023年度法治政府建设工作报告</h1>');
    expect(html.source!.slice(m.start, m.end)).toBe('叶城县2023年度法治政府建设工作报告');
  });
});

describe('same findings for the other seeds in every container', () => {
  for (const seed of ['001', '002', '003', '004']) {
    it(`seed ${seed}: every container gives the findings of utf8.txt`, async () => {
      const into = mkdtempSync(path.join(tmpdir(), `fzlint-seed${seed}-`));
      try {
        const found = await lintAll(seedText(seed), into);
        const base = findings(found.get('utf8.txt')!);
        expect(base.length).toBeGreaterThan(0);
        for (const name of CONTAINERS) expect(findings(found.get(name)!), `${seed} ${name}`).toEqual(base);
      } finally {
        rmSync(into, { recursive: true, force: true });
      }
    }, 60000);
  }
});
