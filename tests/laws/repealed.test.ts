import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endOfForce, LawIndex, parseLawsTsv } from '../../src/laws/index.js';
import { lawsPath } from '../../src/linter/resources.js';

// Every row of data/laws.tsv whose status says it is no longer in force must be known as repealed by the
// index, with its repeal date wherever the note gives one in any of its wordings (independent eval F38:
// 《信访条例》, "superseded by 信访工作条例 (effective 2022-05-01)", had no date and was never reported).
const text = readFileSync(lawsPath(), 'utf8');
const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
const header = lines[0].split('\t');
const rows = lines.slice(1).map((l) => l.split('\t'));
const col = (name: string) => header.indexOf(name);
const entries = parseLawsTsv(text);
const index = new LawIndex(entries);

describe('repealed rows of data/laws.tsv', () => {
  const repealedRows = rows.filter((f) => f[col('status')] !== 'in-force');

  it('has only the statuses the index knows', () => {
    expect(new Set(rows.map((f) => f[col('status')]))).toEqual(new Set(['in-force', 'repealed']));
    expect(repealedRows.length).toBeGreaterThan(100);
  });

  it('every row whose status says repealed is repealed in the index, looked up by its title', () => {
    for (const f of repealedRows) {
      const hits = index.lookup(f[col('title')]).filter((m) => m.entry.title === f[col('title')]);
      expect(hits.length, f[col('title')]).toBeGreaterThan(0);
      expect(hits.every((m) => m.entry.status === 'repealed'), f[col('title')]).toBe(true);
    }
  });

  it('every note that words a repeal or a successor with a date gives the index that date', () => {
    // the wordings of an end of force in the note column: “repealed D”, “superseded by X (effective D)”,
    // “superseded (plan period ended Y) by X”; any other note of a repealed row carries no repeal date
    const wordsEnd = /repealed \d{4}-\d{2}-\d{2}|superseded by [^;(]+\((?:effective|in force) |plan period ended \d{4}/;
    entries.forEach((e, i) => {
      if (e.status !== 'repealed') return;
      if (wordsEnd.test(rows[i][col('note')])) expect(e.repealedOn, e.title).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      else {
        expect(e.repealedOn, e.title).toBeUndefined();
        // no repeal date: the latest date the note shows it in force, when it shows one
        const dates = rows[i][col('note')].match(/\d{4}-\d{2}-\d{2}/g) ?? [];
        expect(e.inForceThrough, e.title).toBe(dates.sort().at(-1));
      }
    });
    expect(entries.filter((e) => e.status === 'repealed' && e.repealedOn).length).toBeGreaterThanOrEqual(127);
  });

  it('reads 信访条例 as repealed on the day 信访工作条例 took effect', () => {
    const [m] = index.lookup('信访条例');
    expect(m.entry).toMatchObject({ status: 'repealed', repealedOn: '2022-05-01', replacedBy: '信访工作条例' });
    expect(index.lookup('信访工作条例')[0].entry.status).toBe('in-force');
  });
});

describe('endOfForce', () => {
  it('reads each wording of a repeal, and no other date', () => {
    expect(endOfForce('repealed 2021-01-01; replaced by 中华人民共和国民法典')).toEqual({ repealedOn: '2021-01-01', replacedBy: '中华人民共和国民法典' });
    expect(endOfForce('repealed 2026-08-15 by 中华人民共和国生态环境法典 (art. 1242); in force until then')).toEqual({ repealedOn: '2026-08-15', replacedBy: '中华人民共和国生态环境法典' });
    expect(endOfForce('repealed 2025-12-27 (NPCSC approved the 法律清理 report)')).toEqual({ repealedOn: '2025-12-27' });
    expect(endOfForce('superseded by 信访工作条例 (effective 2022-05-01); first promulgated 2005-01-10')).toEqual({ repealedOn: '2022-05-01', replacedBy: '信访工作条例' });
    expect(endOfForce('superseded (plan period ended 2020) by 法治政府建设实施纲要（2021—2025年）; not a formal repeal')).toEqual({
      periodEnded: 2020,
      repealedOn: '2021-01-01',
      replacedBy: '法治政府建设实施纲要（2021—2025年）',
    });
    expect(endOfForce('marked expired in LawRefBook db; first promulgated 2002-08-02 (国务院令第357号); effective-date clause in current text: 2002-09-01')).toEqual({});
    // an in-force successor's own note names what it replaced, not a repeal of itself
    expect(endOfForce('issued 2022-02-25; effective 2022-05-01; replaced 信访条例 (国务院令第431号)')).toEqual({});
  });
});
