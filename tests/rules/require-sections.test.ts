import { describe, expect, it } from 'vitest';
import rule from '../../rules/require-sections.js';
import { lintSeed, seedReport } from '../helpers/seeds.js';

// Seed truth (issue: foundation, item 10)
const EXPECTED: Record<string, number[]> = {
  '000': [],
  '001': [5],
  '002': [3, 5],
  '003': [3, 5],
  '004': [5],
};

describe('require-sections on the seeds', () => {
  for (const [seed, parts] of Object.entries(EXPECTED)) {
    it(`seed ${seed}: missing ${parts.length ? parts.join(', ') : 'nothing'}`, async () => {
      const messages = await lintSeed(seed, 'require-sections', rule);
      expect(messages.map((m) => m.data.part)).toEqual(parts);
      for (const m of messages) {
        expect(m.messageId).toBe('missingPart');
        expect(m.severity).toBe(m.data.part === 5 ? 'info' : 'error');
        expect(m.line).toBe(1);
      }
    });
  }

  it('001: the merged part 五 covers 不足 and 安排; 第一责任人 comes from an item lead', async () => {
    const r = await seedReport('001');
    const byPart = (p: number) => r.parts.matches.filter((m) => m.part === p);
    expect(byPart(2)[0].text).toBe('存在的不足及下步打算');
    expect(byPart(4)[0].text).toBe('存在的不足及下步打算');
    expect(byPart(3).map((m) => m.how)).toEqual(['item']);
    expect(byPart(3)[0].reasons.join()).toContain('第一责任人');
    expect(byPart(1).every((m) => m.how === 'topical')).toBe(true);
  });

  it('003: part 3 missing points to the passing mention as related information (one finding, not two)', async () => {
    const r = await seedReport('003');
    const messages = await lintSeed('003', 'require-sections', rule);
    const m3 = messages.find((m) => m.data.part === 3)!;
    expect(m3.related?.map((x) => r.text.slice(x.start, x.end))).toEqual(['加强党政主要负责人第一责任人职责']);
    // 002: the duty appears only in the plan: no passing mention to point to
    const m002 = (await lintSeed('002', 'require-sections', rule)).find((m) => m.data.part === 3)!;
    expect(m002.related ?? []).toEqual([]);
  });

  it('messages render in English with --locale en', async () => {
    const [m] = await lintSeed('001', 'require-sections', rule, {}, 'en');
    expect(m.reason).toContain('Missing part 5');
  });
});
