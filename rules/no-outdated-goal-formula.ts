import { defineRule } from '../src/engine/define.js';
import { matchesOf } from '../src/engine/match.js';

/**
 * The goal of 法治政府建设 as worded by the 纲要:
 * 2015—2020: 职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信;
 * 2021—2025: 职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意.
 * Only the tail tells them apart; 守法诚信 alone is common (守法诚信经营).
 */
const OLD_TAIL = /廉洁高效\s*[、,，]?\s*守法诚信/g;
const OLD_HEAD = '廉洁高效';
const NEW_TAIL = '智能高效、廉洁诚信、人民满意';
/** The first report year the 2021 纲要 applies to. */
const FIRST_YEAR = 2021;
/** A sentence about the 2015 纲要 itself may quote its wording. */
const ABOUT_2015 = /2015|二〇一五/;

export default defineRule({
  meta: {
    id: 'no-outdated-goal-formula',
    type: 'problem',
    description: {
      zh: '2021年及以后的报告不应使用2015年纲要的法治政府目标表述“廉洁高效、守法诚信”',
      en: 'Reports for 2021 onward do not use the 2015 wording of the goal (廉洁高效、守法诚信)',
    },
    severity: 'warn',
    hasSuggestions: true,
    basis: {
      zh: '《法治政府建设实施纲要（2021—2025年）》总体目标：职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意',
      en: '法治政府建设实施纲要（2021—2025年）, overall goal: 职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      outdated: {
        zh: '「{found}」是《法治政府建设实施纲要（2015—2020年）》的表述；{year}年度报告应使用2021年纲要的「{current}」',
        en: '“{found}” is the wording of the 2015—2020 纲要; a report for {year} should use the 2021 wording “{current}”',
      },
      replace: {
        zh: '改为「{current}」',
        en: 'Replace with “{current}”',
      },
    },
  },
  check(context) {
    const { report } = context;
    const year = report.meta.year;
    if (year === undefined || year < FIRST_YEAR) return;
    for (const s of report.sentences) {
      // the wording needs its first words: a sentence without them costs no regex
      if (!s.text.includes(OLD_HEAD) || ABOUT_2015.test(s.text)) continue;
      const block = report.blocks[s.block];
      for (const m of matchesOf(OLD_TAIL, s.text)) {
        const start = report.toSource(block, s.textStart + m.index);
        const end = report.toSource(block, s.textStart + m.index + m[0].length);
        const data = { found: m[0], current: NEW_TAIL, year };
        context.reportIssue({
          messageId: 'outdated',
          data,
          start,
          end,
          suggestions: [{ messageId: 'replace', data, fix: { start, end, text: NEW_TAIL } }],
        });
      }
    }
  },
});
