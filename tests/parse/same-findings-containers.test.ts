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
