import { defineRule } from '../src/engine/define.js';
import type { PartNumber } from '../src/model/parts.js';

/** The parts that look forward or at faults: a duty named there is not a report of how it was performed. */
const NOT_LOOK_BACK: PartNumber[] = [2, 4];

export default defineRule({
  meta: {
    id: 'require-first-responsible-person',
    type: 'problem',
    description: {
      zh: '报告应以部分、标题或条目写明报告年度党政主要负责人履行推进法治建设第一责任人职责的情况',
      en: 'The report describes, as a part, heading or item, how the Party and government leaders performed their duty as first responsible persons for the rule of law in the report year',
    },
    severity: 'error',
    basis: {
      zh: '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）：年度报告应包括上一年度党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况；《党政主要负责人履行推进法治建设第一责任人职责规定》',
      en: '厅字〔2019〕28号: an annual report covers how the leaders performed their duty as first responsible persons for the rule of law in the past year',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      missing: {
        zh: '未写明{year}年度党政主要负责人履行推进法治建设第一责任人职责的情况：全文未提及“第一责任人”，应以一个部分、标题或“一是…”条目写明',
        en: 'The report does not say how the leaders performed their duty as first responsible persons for the rule of law in {year}: “第一责任人” appears nowhere; add a part, heading or item',
      },
      onlyInPlanOrProblems: {
        zh: '第一责任人职责只出现在「{part}」中（「{found}」）：那是{where}，不是{year}年度履职情况的报告；应在回顾部分以标题或条目写明',
        en: 'The first-responsible-person duty appears only under “{part}” (“{found}”), which is {whereEn}, not a report of how the duty was performed in {year}; describe it in the look-back as a heading or item',
      },
      passingMention: {
        zh: '第一责任人职责只在正文中顺带提及（「{found}」），未以部分、标题或条目写明{year}年度的履职情况',
        en: 'The first-responsible-person duty is only mentioned in passing (“{found}”), not described as a part, heading or item for {year}',
      },
    },
  },
  check(context) {
    const { report } = context;
    // A heading or item lead in the look-back names part 3 (report.parts never counts plan or problems headings)
    if (report.parts.matches.some((m) => m.part === 3)) return;
    const year = report.meta.year ?? (context.locale === 'zh' ? '上一' : 'the past year');
    const mentions = report.responsibility;
    const lookBack = mentions.filter((m) => !m.parts.some((p) => NOT_LOOK_BACK.includes(p)));
    if (lookBack.length) {
      const m = lookBack[0];
      context.reportIssue({ messageId: 'passingMention', data: { found: m.text, year }, severity: 'warn', start: m.start, end: m.end });
      return;
    }
    if (mentions.length) {
      const m = mentions[0];
      const section = report.sectionAt(m.term.start);
      let top = section;
      while (top?.parent) top = top.parent;
      const inPlan = m.parts.includes(4);
      const inProblems = m.parts.includes(2);
      const where = inPlan && inProblems ? '不足和下一步安排' : inPlan ? '下一年度的安排' : '存在的不足';
      const whereEn = inPlan && inProblems ? 'shortcomings and plans' : inPlan ? 'the plan for the next year' : 'the shortcomings';
      context.reportIssue({
        messageId: 'onlyInPlanOrProblems',
        data: { part: top?.heading ?? '', found: m.text, where, whereEn, year },
        start: m.start,
        end: m.end,
      });
      return;
    }
    context.reportIssue({ messageId: 'missing', data: { year }, ...report.meta.anchor });
  },
});
