import { defineRule } from '../src/engine/define.js';
import type { RelatedPlace } from '../src/engine/types.js';
import { exactAdd, exactCompare, exactSub, exactToString, type Exact } from '../src/model/numbers.js';
import type { Quantity } from '../src/model/facts.js';

/** How a total is quoted in a message: the words before it and the figure, kept short. */
function quote(q: Quantity): string {
  const label = q.label.length > 16 ? `…${q.label.slice(-16)}` : q.label;
  return label + q.raw;
}

export default defineRule({
  meta: {
    id: 'consistent-total',
    type: 'problem',
    description: {
      zh: '合计应与分项之和一致（共N项,其中a、b、c…；a、b、c,共计N）',
      en: 'A total agrees with the sum of its parts (共N项,其中a、b、c…; a、b、c,共计N)',
    },
    severity: 'error',
    basis: {
      zh: 'GB/T 15835-2011《出版物上数字用法》；报告数据应真实准确（厅字〔2019〕28号）',
      en: 'GB/T 15835-2011 (use of numbers in publications); reports must state accurate figures (厅字〔2019〕28号)',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      sumMismatch: {
        zh: '「{total}」与分项之和不符：{expression}={sum}{unit}，相差{difference}{unit}',
        en: '“{total}” does not match the sum of its parts: {expression}={sum}{unit}, a difference of {difference}{unit}',
      },
      partsExceed: {
        zh: '分项之和超过总数「{total}」：{expression}={sum}{unit}',
        en: 'The parts add up to more than the total “{total}”: {expression}={sum}{unit}',
      },
      partPlace: { zh: '分项：「{text}」', en: 'part: “{text}”' },
    },
  },
  check(context) {
    for (const t of context.report.facts.totals) {
      // Implicit totals are recognised only when they add up: nothing to report
      if (t.how === 'implicit' || !t.parts.length) continue;
      if (t.total.inexact || t.parts.some((p) => p.inexact)) continue; // 5万余份: not exact
      const sum = t.parts.reduce<Exact>((acc, p) => exactAdd(acc, p.exact), { n: 0n, e: 0 });
      // Rounded figures (1.2万件 = 12000 ± 500) may differ by their tolerances without fault
      const slack = t.parts.reduce<Exact>((acc, p) => exactAdd(acc, p.tolerance), t.total.tolerance);
      const gap = exactSub(sum, t.total.exact);
      const cmp = exactCompare(gap, slack) > 0 ? 1 : exactCompare(gap, { n: -slack.n, e: slack.e }) < 0 ? -1 : 0;
      if (cmp === 0) continue;
      if (cmp < 0 && !t.exhaustive) continue; // an open list may leave things out
      const unit = t.total.unit;
      const data = {
        total: quote(t.total),
        expression: t.parts.map((p) => exactToString(p.exact)).join('+'),
        sum: exactToString(sum),
        unit,
        difference: exactToString(exactSub(t.total.exact, sum)).replace(/^-/, ''),
        parts: t.parts.length,
      };
      const related: RelatedPlace[] = t.parts.map((p) => ({ start: p.labelSpan.start, end: p.end, messageId: 'partPlace', data: { text: p.label + p.raw } }));
      context.reportIssue({ messageId: cmp > 0 ? 'partsExceed' : 'sumMismatch', data, start: t.total.start, end: t.total.end, related });
    }
  },
});
