/**
 * consistent-rate and consistent-total on the figure phrasings of the recall pass, as a property: for counts drawn
 * from a pinned generator, the figures computed right (half-up) give no warning or error, and one figure made wrong
 * gives exactly one, from the rule that owns it.
 */
import { describe, expect, it } from 'vitest';
import rate from '../../rules/consistent-rate.js';
import total from '../../rules/consistent-total.js';
import { lintText } from '../../src/engine/lint.js';

async function loud(text: string) {
  const { messages } = await lintText(text, {
    format: 'text',
    rules: [rate, total].map((r) => [r.meta.id, { rule: r, setting: { severity: r.meta.severity, options: { ...r.meta.defaultOptions } } }] as const),
  });
  return messages.filter((m) => m.severity !== 'info').map((m) => m.ruleId);
}

/** A pinned linear congruential generator: the same cases on every run. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return (lo: number, hi: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return lo + (s % (hi - lo + 1));
  };
}

/** n/d × 100 to one decimal, half-up, as text (exact integer arithmetic). */
const pct = (n: number, d: number) => {
  const tenths = Math.floor((2000 * n + d) / (2 * d));
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
};
const plus = (figure: string, k: number) => (parseFloat(figure) + k).toFixed(1);

type Case = { good: string; bad: string; owner: string };

function cases(rnd: (lo: number, hi: number) => number): Case[] {
  const out: Case[] = [];
  // 由a%提高到b%，提高N个百分点
  {
    const a = rnd(600, 900);
    const b = a + rnd(5, 80);
    const r = (x: number) => `${Math.floor(x / 10)}.${x % 10}`;
    const d = r(b - a);
    out.push({ good: `出庭应诉率由${r(a)}%提高到${r(b)}%，提高${d}个百分点。`, bad: `出庭应诉率由${r(a)}%提高到${r(b)}%，提高${plus(d, 1)}个百分点。`, owner: 'consistent-rate' });
  }
  // 2025年…x件，2024年为y件，同比增长p%
  {
    const y = rnd(100, 900);
    const x = y + rnd(5, 200);
    const p = pct(x - y, y);
    out.push({ good: `2025年共办理人民调解案件${x}件，2024年为${y}件，同比增长${p}%。`, bad: `2025年共办理人民调解案件${x}件，2024年为${y}件，同比增长${plus(p, 3)}%。`, owner: 'consistent-rate' });
  }
  // 分别为x1件、x2件，分别同比增长p1%、p2%（上年分别为y1件、y2件）
  {
    const y1 = rnd(50, 500);
    const y2 = rnd(50, 500);
    const x1 = y1 + rnd(1, 100);
    const x2 = y2 + rnd(1, 100);
    const [p1, p2] = [pct(x1 - y1, y1), pct(x2 - y2, y2)];
    const s = (q: string) => `行政许可、行政处罚案件分别为${x1}件、${x2}件，分别同比增长${p1}%、${q}%（上年分别为${y1}件、${y2}件）。`;
    out.push({ good: s(p2), bad: s(plus(p2, 3)), owner: 'consistent-rate' });
  }
  // 由a个工作日压缩至b个工作日，压缩p%
  {
    const a = rnd(10, 60);
    const b = rnd(1, a - 1);
    const p = pct(a - b, a);
    out.push({ good: `审批时限由${a}个工作日压缩至${b}个工作日，压缩${p}%。`, bad: `审批时限由${a}个工作日压缩至${b}个工作日，压缩${plus(p, 3)}%。`, owner: 'consistent-rate' });
  }
  // 是上年y卷的2倍
  {
    const y = rnd(10, 300);
    out.push({ good: `评查行政执法案卷${2 * y}卷，是上年${y}卷的2倍。`, bad: `评查行政执法案卷${2 * y}卷，是上年${y + Math.ceil(y * 0.3)}卷的2倍。`, owner: 'consistent-rate' });
  }
  // 人均h学时
  {
    const n = rnd(20, 400);
    const t = n * rnd(10, 60) + rnd(0, n - 1);
    const h = pct(t, n * 100); // t/n to one decimal
    out.push({ good: `组织${n}名执法人员参加培训，累计${t}学时，人均${h}学时。`, bad: `组织${n}名执法人员参加培训，累计${t}学时，人均${plus(h, 3)}学时。`, owner: 'consistent-rate' });
  }
  // x件，较上年的y件增加z件
  {
    const y = rnd(50, 900);
    const x = y + rnd(1, 300);
    out.push({ good: `受理行政复议申请${x}件，较上年的${y}件增加${x - y}件。`, bad: `受理行政复议申请${x}件，较上年的${y}件增加${x - y + 5}件。`, owner: 'consistent-total' });
  }
  // 应考a人，实考b人，合格c人，参考率、合格率分别为p1%、p2%
  {
    const a = rnd(100, 900);
    const b = a - rnd(0, 20);
    const c = b - rnd(0, 30);
    const s = (q: string) => `应考${a}人，实考${b}人，合格${c}人，参考率、合格率分别为${pct(b, a)}%、${q}%。`;
    out.push({ good: s(pct(c, b)), bad: s(plus(pct(c, b), -3)), owner: 'consistent-rate' });
  }
  return out;
}

describe('the recall phrasings as a property (pinned seed)', () => {
  const rnd = lcg(20261206);
  const all = Array.from({ length: 25 }, () => cases(rnd)).flat();
  it('right figures: no warning or error', async () => {
    for (const c of all) expect(await loud(c.good), c.good).toEqual([]);
  });
  it('one figure wrong: one finding, from the rule that owns it', async () => {
    for (const c of all) expect(await loud(c.bad), c.bad).toEqual([c.owner]);
  });
});
