import { defineRule } from '../src/engine/define.js';
import { REGULATION_FIRST_YEAR } from '../src/model/parts.js';
import { namesYear } from '../src/model/years.js';

/**
 * A report on year Y carries the arrangements for Y+1 (厅字〔2019〕28号: 下一年度推进法治政府建设的主要安排).
 * The plan part must exist and say which year it plans for.
 */
export default defineRule({
  meta: {
    id: 'require-next-year-plan',
    type: 'problem',
    description: {
      zh: '报告应有下一年度工作安排部分，并写明所安排的年份（报告年度的次年）',
      en: 'The report has a plan part for the next year and names that year (the report year + 1)',
    },
    severity: 'error',
    basis: {
      zh: '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）：年度报告应包括下一年度推进法治政府建设的主要安排',
      en: '厅字〔2019〕28号: an annual report includes the main arrangements for the next year',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    // one fault, one finding: a report without a plan is told here (with the year it should plan for), not also as
    // require-sections' missing part 4
    covers: {
      missingPlan: [{ rule: 'require-sections', messageId: 'missingPart', data: { part: 4 } }],
      missingPlanUnknownYear: [{ rule: 'require-sections', messageId: 'missingPart', data: { part: 4 } }],
    },
    messages: {
      missingPlan: {
        zh: '缺少下一年度工作安排部分：{year}年度报告应写明{expected}年推进法治政府建设的主要安排，未找到“工作安排/打算/计划/思路/下一步”等标题或条目',
        en: 'No plan part: a report on {year} must set out the arrangements for {expected}; no heading or item such as 工作安排/打算/计划/下一步 was found',
      },
      missingPlanUnknownYear: {
        zh: '缺少下一年度工作安排部分：年度报告应写明下一年度推进法治政府建设的主要安排，未找到“工作安排/打算/计划/思路/下一步”等标题或条目',
        en: 'No plan part: an annual report must set out the arrangements for the next year; no heading or item such as 工作安排/打算/计划/下一步 was found',
      },
      wrongYear: {
        zh: '工作安排部分写的是「{found}」（{foundYear}年），而{year}年度报告应安排{expected}年的工作',
        en: 'The plan part names “{found}” ({foundYear}), but a report on {year} plans for {expected}',
      },
      noYear: {
        zh: '工作安排部分只写「{found}」，未写明年份：{year}年度报告应写明“{expected}年”',
        en: 'The plan part says only “{found}” and names no year: a report on {year} should name {expected}',
      },
    },
  },
  check(context) {
    const { report } = context;
    const { plan, meta } = report;
    const year = meta.year;
    // the plan part is 厅字〔2019〕28号's: a report on 2018 or before was not written to it
    if (year !== undefined && year < REGULATION_FIRST_YEAR) return;
    if (!plan.matches.length) {
      // a text cut off mid-sentence may have its plan after the cut: require-sections says so once (truncated)
      if (meta.truncated) return;
      const at = report.meta.anchor;
      if (year === undefined) context.reportIssue({ messageId: 'missingPlanUnknownYear', ...at });
      else context.reportIssue({ messageId: 'missingPlan', data: { year, expected: year + 1 }, ...at });
      return;
    }
    // Without the report year, which year the plan should name is unknown: stay silent
    if (year === undefined) return;
    const expected = year + 1;
    const declared = plan.declared;
    if (declared.some((y) => namesYear(y, expected))) {
      // the heading left at the report year above a body that names the next one (「四、2024年工作安排」 / 「2025年，我镇将…」
      // in a 2024 report): the heading was not updated
      const stale = declared.find((y) => y.where === 'heading' && y.kind === 'plain' && y.opens && y.year === year);
      if (stale && !declared.some((y) => y.where === 'heading' && namesYear(y, expected))) {
        context.reportIssue({ messageId: 'wrongYear', data: { found: stale.raw, foundYear: stale.year, year, expected }, start: stale.start, end: stale.end });
      }
      return;
    }
    // the text states two report years (a title left from last year) and the plan fits the other: consistent-year's finding
    const other = meta.contestedYear;
    if (other !== undefined && declared.some((y) => namesYear(y, other + 1))) return;
    const wrong = declared.filter((y) => y.kind === 'plain');
    if (wrong.length) {
      const y = wrong[0];
      context.reportIssue({ messageId: 'wrongYear', data: { found: y.raw, foundYear: y.year, year, expected }, start: y.start, end: y.end });
      return;
    }
    // The plan names next year somewhere in its text (“确保2025年底前…”): it does name it — not the date the report was
    // signed or published, which follows a plan that runs to the end (北流市人民政府 / 2022年2月24日)
    const signed = meta.dates.filter((d) => d.kind !== 'date');
    const inDate = (y: { start: number }) => signed.some((d) => d.start <= y.start && y.start < d.end);
    if (plan.mentioned.some((y) => !y.cited && !inDate(y) && namesYear(y, expected))) return;
    // the plan runs to where the text is cut off: the sentence naming the year may be after the cut
    if (meta.truncated && plan.matches.some((m) => m.extent.end >= meta.truncated!.end)) return;
    const first = plan.matches[0];
    const rel = plan.relative[0];
    const at = rel ?? first.span;
    // a plan read from a paragraph has no heading to quote: its opening words instead
    const found = rel ? rel.text : first.text || report.text.slice(first.extent.start, Math.min(first.extent.end, first.extent.start + 20)).trim();
    context.reportIssue({ messageId: 'noYear', data: { found, year, expected }, severity: 'warn', start: at.start, end: at.end });
  },
});
