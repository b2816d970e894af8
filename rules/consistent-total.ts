import { defineRule } from '../src/engine/define.js';
import type { RelatedPlace } from '../src/engine/types.js';
import { exactSub, exactToString } from '../src/model/numbers.js';
import { rateMisfits, totalVerdict, type Quantity } from '../src/model/facts.js';

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
    schema: {
      type: 'object',
      properties: {
        reportSubsetShortfall: {
          type: 'boolean',
          description:
            'Report (at info level) a 其中 list whose parts add up to less than the total. 其中 introduces a subset, so by default this is not a fault (行政, 非诉 or other categories may simply not be listed).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { reportSubsetShortfall: false },
    messages: {
      sumMismatch: {
        zh: '「{total}」与分项之和不符：{expression}={sum}{unit}，相差{difference}{unit}',
        en: '“{total}” does not match the sum of its parts: {expression}={sum}{unit}, a difference of {difference}{unit}',
      },
      partsExceed: {
        zh: '分项之和超过总数「{total}」：{expression}={sum}{unit}',
        en: 'The parts add up to more than the total “{total}”: {expression}={sum}{unit}',
      },
      implicitExceed: {
        zh: '「{total}」之后所列各项之和超过该数：{expression}={sum}{unit}；如各项互有交叉或另有口径，请在文中写明',
        en: 'The figures listed after “{total}” add up to more than it: {expression}={sum}{unit}; if they overlap or count something else, say so in the text',
      },
      subsetShort: {
        zh: '「{total}」的“其中”各项之和为{expression}={sum}{unit}，少{difference}{unit}；如未列出全部类别，可不处理',
        en: 'The parts after 其中 of “{total}” add up to {expression}={sum}{unit}, {difference}{unit} short; fine if not every category is listed',
      },
      changeMismatch: {
        zh: '「{change}」与{expression}={computed}{unit}不符（按所列两个数量计算）',
        en: '“{change}” does not match {expression}={computed}{unit} (computed from the two counts given)',
      },
      partPlace: { zh: '分项：「{text}」', en: 'part: “{text}”' },
      countPlace: { zh: '数量：「{text}」', en: 'count: “{text}”' },
    },
  },
  check(context) {
    const { options } = context;
    for (const t of context.report.facts.totals) {
      if (!t.parts.length || t.exact) continue;
      if (t.total.inexact || t.parts.some((p) => p.inexact)) continue; // 5万余份: not exact
      const v = totalVerdict(t.total, t.parts);
      if (v.direction === 0) continue;
      if (t.how === 'change' && t.change) {
        // 较上年的120件增加20件: the change is what the author computed, so the finding sits on it
        const { now, before, by, up, rates } = t.change;
        // 较上年的120件增加20件，增长15%: a count both disagree with is the rate's finding (one fault, one finding)
        if (rates?.some(rateMisfits)) continue;
        const [a, b] = up ? [now, before] : [before, now];
        const diff = exactSub(a.exact, b.exact);
        const related: RelatedPlace[] = [now, before].map((q) => ({ start: q.labelSpan.start, end: q.end, messageId: 'countPlace', data: { text: q.label + q.raw } }));
        const data = { change: by.label + by.raw, expression: `${exactToString(a.exact)}−${exactToString(b.exact)}`, computed: exactToString(diff), unit: by.unit };
        context.reportIssue({ messageId: 'changeMismatch', data, severity: 'warn', start: by.labelSpan.start, end: by.end, related });
        continue;
      }
      let messageId: 'sumMismatch' | 'partsExceed' | 'implicitExceed' | 'subsetShort';
      let severity: 'error' | 'warn' | 'info' | undefined;
      if (t.how === 'implicit') {
        // no 共/其中: reported only when the parts cannot fit in the figure
        if (v.direction < 0) continue;
        messageId = 'implicitExceed';
        severity = 'warn';
      } else if (v.direction > 0) messageId = 'partsExceed';
      else if (t.exhaustive) messageId = 'sumMismatch';
      else if (t.how === 'breakdown' && !t.etc && options.reportSubsetShortfall === true) {
        messageId = 'subsetShort';
        severity = 'info';
      } else continue; // 其中 names a subset; an open list may leave things out
      const unit = t.total.unit;
      const data = {
        total: quote(t.total),
        expression: t.parts.map((p) => exactToString(p.exact)).join('+'),
        sum: exactToString(v.sum),
        unit,
        difference: exactToString(v.difference),
        parts: t.parts.length,
      };
      const related: RelatedPlace[] = t.parts.map((p) => ({ start: p.labelSpan.start, end: p.end, messageId: 'partPlace', data: { text: p.label + p.raw } }));
      context.reportIssue({ messageId, data, ...(severity ? { severity } : {}), start: t.total.start, end: t.total.end, related });
    }
  },
});
