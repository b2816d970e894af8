import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LAW_INDEX_DATA_VERSION, LawIndex, lawIndexData, parseLawsTsv } from '../../src/laws/index.js';
import { lawsPath, prebuiltLaws, PREBUILT_LAWS_FILE } from '../../src/linter/resources.js';

// The prebuilt law index (issue 22, cold start): the build writes lawIndexData(entries) as JSON beside the
// bundles; LawIndex.fromData must answer exactly as an index built from the entries.
const entries = parseLawsTsv(readFileSync(lawsPath(), 'utf8'));
const direct = new LawIndex(entries);
const prebuilt = LawIndex.fromData(JSON.parse(JSON.stringify(lawIndexData(entries))));

const strip = (ms: ReturnType<LawIndex['lookup']>) => ms.map((m) => ({ ...m, entry: m.entry.title }));

describe('prebuilt law index data', () => {
  it('answers every title, short form and alias, a year-char variant and near misses as the direct index does', () => {
    const asked = new Set<string>();
    for (const e of entries.slice(0, 400)) {
      asked.add(e.title);
      asked.add(e.short);
      for (const a of e.aliases) asked.add(a);
      asked.add(e.title.replace(/年）/, '）')); // 年 dropped from a year range
      asked.add(e.short.slice(0, -2) + '工作' + e.short.slice(-2)); // one word more: a near title
      asked.add(e.short.slice(1)); // one character fewer
    }
    for (const t of asked) {
      expect(strip(prebuilt.lookup(t)), t).toEqual(strip(direct.lookup(t)));
      expect(strip(prebuilt.closest(t)), t).toEqual(strip(direct.closest(t)));
    }
    expect(prebuilt.withBase('法治政府建设实施纲要').map((e) => e.title)).toEqual(direct.withBase('法治政府建设实施纲要').map((e) => e.title));
    expect(prebuilt.withBase('法治政府建设实施纲要').length).toBeGreaterThan(0);
  });

  it('refuses data of another version (the caller then parses the list)', () => {
    const data = { ...lawIndexData(entries.slice(0, 3)), version: LAW_INDEX_DATA_VERSION + 1 };
    expect(() => LawIndex.fromData(data)).toThrow(/version/);
  });
});

describe('the prebuilt index file (dist/bundle/laws-index.json)', () => {
  const tsvBytes = statSync(lawsPath()).size;
  const dir = mkdtempSync(path.join(tmpdir(), 'fzlint-laws-'));
  // a folder below the checkout would find data/laws.tsv by walking up; a temp folder does not, so give it one
  mkdirSync(path.join(dir, 'data'));
  writeFileSync(path.join(dir, 'data', 'laws.tsv'), readFileSync(lawsPath()));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (extra: object) => writeFileSync(path.join(dir, PREBUILT_LAWS_FILE), JSON.stringify({ ...lawIndexData(entries), ...extra }));

  it('is used when it was built from a list of the same size', () => {
    write({ tsvBytes });
    const index = prebuiltLaws(dir);
    expect(index).toBeInstanceOf(LawIndex);
    expect(strip(index!.lookup('行政处罚法'))).toEqual(strip(direct.lookup('行政处罚法')));
  });

  it('is not used (the list is parsed instead) when the list changed, the data version differs, or it is absent or broken', () => {
    write({ tsvBytes: tsvBytes + 1 });
    expect(prebuiltLaws(dir)).toBeUndefined();
    write({ tsvBytes, version: LAW_INDEX_DATA_VERSION + 1 });
    expect(prebuiltLaws(dir)).toBeUndefined();
    writeFileSync(path.join(dir, PREBUILT_LAWS_FILE), '{"version":');
    expect(prebuiltLaws(dir)).toBeUndefined();
    rmSync(path.join(dir, PREBUILT_LAWS_FILE));
    expect(prebuiltLaws(dir)).toBeUndefined();
  });
});
