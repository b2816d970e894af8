import { defineRule } from '../src/engine/define.js';
import { REGULATION_FIRST_YEAR } from '../src/model/parts.js';
import type { PartNumber } from '../src/model/parts.js';

/** The parts that look forward or at faults: a duty named there is not a report of how it was performed. */
const NOT_LOOK_BACK: PartNumber[] = [2, 4];

export default defineRule({
  meta: {
    id: 'require-first-responsible-person',
    type: 'problem',
    description: {
      zh: '第一责任人职责不应只写在不足或下一年度安排中（缺少第三部分由 require-sections 报告）',
      en: 'The first-responsible-person duty is not written only into the shortcomings or the plan (a missing part 3 is reported by require-sections)',
    },
    severity: 'error',
    basis: {
      zh: '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）：年度报告应包括上一年度党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况；《党政主要负责人履行推进法治建设第一责任人职责规定》',
      en: '厅字〔2019〕28号: an annual report covers how the leaders performed their duty as first responsible persons for the rule of law in the past year',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      onlyInPlanOrProblems: {
        zh: '第一责任人职责只出现在「{part}」中（「{found}」）：那是{where}，不是{year}年度履职情况的报告；应在回顾部分以标题或条目写明',
        en: 'The first-responsible-person duty appears only under “{part}” (“{found}”), which is {whereEn}, not a report of how the duty was performed in {year}; describe it in the look-back as a heading or item',
      },
    },
  },
  check(context) {
    const { report } = context;
    if (report.meta.year !== undefined && report.meta.year < REGULATION_FIRST_YEAR) return; // (the regulation's part 3)
    // One fault, one finding: an absent part 3 (and a passing mention of the duty in the look-back) is
    // require-sections' finding. This rule says only what that one cannot: the duty is written where it
    // does not report the year's performance — in the plan or among the shortcomings.
    if (report.parts.matches.some((m) => m.part === 3)) return;
    const mentions = report.responsibility;
    if (!mentions.length) return;
    if (mentions.some((m) => !m.parts.some((p) => NOT_LOOK_BACK.includes(p)))) return;
    // a text cut off mid-sentence after its shortcomings: part 3 may come after the cut (the regulation's order)
    if (report.meta.truncated && !mentions.some((m) => m.parts.includes(4))) return;
    const year = report.meta.year ?? (context.locale === 'zh' ? '上一' : 'the past year');
    const m = mentions[0];
    const section = report.sectionAt(m.term.start);
    let top = section;
    while (top?.parent) top = top.parent;
    const inPlan = m.parts.includes(4);
    const inProblems = m.parts.includes(2);
    const where = inPlan && inProblems ? '不足和下一步安排' : inPlan ? '下一年度的安排' : '存在的不足';
    const whereEn = inPlan && inProblems ? 'shortcomings and plans' : inPlan ? 'the plan for the next year' : 'the shortcomings';
    const partMatch = report.parts.matches.find((p) => p.how !== 'item' && p.level === 1 && p.extent.start <= m.start && m.start < p.extent.end);
    context.reportIssue({
      messageId: 'onlyInPlanOrProblems',
      data: { part: top?.heading ?? partMatch?.text ?? '', found: m.text, where, whereEn, year },
      start: m.start,
      end: m.end,
    });
  },
});
