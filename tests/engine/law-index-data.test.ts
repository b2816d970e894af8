import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAW_INDEX_DATA_VERSION, LawIndex, lawIndexData, parseLawsTsv } from '../../src/laws/index.js';
import { lawsPath } from '../../src/linter/resources.js';

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
