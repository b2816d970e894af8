import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Linter } from '../../src/linter/linter.js';
import type { FileResult } from '../../src/linter/types.js';
import { toGovernmentPage } from '../helpers/containers.js';
import { ROOT, seedText } from '../helpers/seeds.js';

/**
 * Issue 18: the same report in the containers reviewers actually hold, made by real producers
 * (scripts/make-container-fixtures.mjs, committed in tests/__data__/containers/): PDF printed by
 * chromium and exported by LibreOffice, Word 97–2003 .doc written by LibreOffice (also named .wps),
 * a single-file web page captured by chromium, the government page saved with a .doc name, and
 * LibreOffice's web-page export of the Word draft (running head and all) named .doc.
 * Each gives the findings of the seed as .txt: same rule, message id, severity and message.
 */
const DATA = path.join(ROOT, 'tests/__data__/containers');
const SEEDS = ['000', '002', '000-cut'] as const;
const KINDS = ['chromium.pdf', 'lo.pdf', 'lo.doc', 'lo.wps', 'chromium.mhtml', 'page-as.doc', 'lo-page.doc'] as const;

function textOf(seed: string): string {
  const text = seedText(seed.replace(/-cut$/, ''));
  if (!seed.endsWith('-cut')) return text;
  const ls = text.split('\n');
  const from = ls.findIndex((l) => l.startsWith('二、'));
  const to = ls.findIndex((l) => l.startsWith('三、'));
  return [...ls.slice(0, from), ...ls.slice(to)].join('\n');
}

function findings(r: FileResult): string[] {
  return r.messages.map((m) => `${m.ruleId} ${m.messageId} ${m.severity} ${m.reason}`).sort();
}

const dir = mkdtempSync(path.join(tmpdir(), 'fzlint-real-containers-'));
const results = new Map<string, FileResult>();

beforeAll(async () => {
  for (const seed of SEEDS) {
    writeFileSync(path.join(dir, `${seed}.txt`), textOf(seed));
    for (const kind of KINDS) {
      const to = path.join(dir, `${seed}.${kind}`);
      if (kind === 'page-as.doc') writeFileSync(to, toGovernmentPage(textOf(seed)));
      else if (kind === 'lo.wps') copyFileSync(path.join(DATA, `${seed}.lo.doc`), to);
      else copyFileSync(path.join(DATA, `${seed}.${kind}`), to);
    }
  }
  const linter = new Linter({ cwd: dir, locale: 'zh' });
  for (const r of await linter.lintFiles([dir])) results.set(path.basename(r.filePath), r);
}, 120000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('same report, same findings in real producers’ containers', () => {
  it('the directory walk reads every container without a file error', () => {
    expect(results.size).toBe(SEEDS.length * (KINDS.length + 1));
    for (const [name, r] of results) expect(r.fileError, name).toBeUndefined();
  });
  for (const seed of SEEDS) {
    for (const kind of KINDS) {
      it(`${seed}.${kind}: the findings of ${seed}.txt`, () => {
        const base = findings(results.get(`${seed}.txt`)!);
        expect(base.length).toBeGreaterThan(0);
        expect(findings(results.get(`${seed}.${kind}`)!)).toEqual(base);
      });
    }
  }
});

describe('positions in each container’s own units', () => {
  it('PDF: page and line on the page; .doc/.wps: paragraph; web pages: lines of the page source', () => {
    const at = (name: string) => results.get(name)!.messages.find((m) => m.ruleId === 'require-sections' && m.messageId === 'missingPart')!;
    for (const name of ['000-cut.chromium.pdf', '000-cut.lo.pdf']) {
      expect(results.get(name)!.lineUnit, name).toBe('page');
      expect(at(name), name).toMatchObject({ page: 1, line: 1, column: 1 });
    }
    for (const name of ['000-cut.lo.doc', '000-cut.lo.wps']) {
      expect(results.get(name)!.lineUnit, name).toBe('paragraph');
      expect(at(name).line, name).toBe(1);
    }
    for (const name of ['000-cut.chromium.mhtml', '000-cut.page-as.doc', '000-cut.lo-page.doc']) {
      const r = results.get(name)!;
      expect(r.lineUnit, name).toBeUndefined();
      const m = at(name);
      // the finding spans the title in the page source; its line is the line where that span starts
      const span = r.source!.slice(m.start, m.end);
      expect(span.replace(/<[^>]*>|\s/g, ''), name).toContain('叶城县2023年度法治政府建设工作报告');
      expect(r.source!.slice(0, m.start).split('\n').length, name).toBe(m.line);
    }
  });

  it('PDF: every finding of every seed sits on a page and a line that exist', () => {
    for (const [name, r] of results) {
      if (!name.endsWith('.pdf')) continue;
      for (const m of r.messages) {
        const p = m as typeof m & { page?: number; endPage?: number };
        expect(p.page, name).toBeGreaterThanOrEqual(1);
        expect(p.endPage!, name).toBeGreaterThanOrEqual(p.page!);
        expect(m.line, name).toBeGreaterThanOrEqual(1);
        expect(m.line, name).toBeLessThanOrEqual(40);
      }
    }
  });
});

describe('the same model in every container', () => {
  // seed 002 opens without a title line; its web-page containers take the page's heading for one
  it('title, year, publication date and the parts found (seed 000, whole and cut)', () => {
    for (const seed of ['000', '000-cut']) {
      const model = (name: string) => {
        const rep = results.get(name)!.report!;
        return {
          title: rep.meta.title,
          year: rep.meta.year,
          dates: rep.meta.dates.map((d) => `${d.kind} ${d.year}-${d.month}-${d.day}`),
          parts: rep.parts.matches.map((m) => `${m.part} ${m.how}`),
          outline: rep.sections.filter((s) => s.level === 1).map((s) => s.label),
        };
      };
      const base = model(`${seed}.txt`);
      expect(base.title).toBe('叶城县2023年度法治政府建设工作报告');
      for (const kind of KINDS) expect(model(`${seed}.${kind}`), `${seed}.${kind}`).toEqual(base);
    }
  });
});
