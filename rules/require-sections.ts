import { defineRule } from '../src/engine/define.js';
import type { Report } from '../src/model/report.js';
import type { RelatedPlace, Severity } from '../src/engine/types.js';
import { PART_CN, PART_INFO, REGULATION_FIRST_YEAR, type PartNumber } from '../src/model/parts.js';

/** Part 5 is often legitimately empty; its absence is information, not a defect. */
const PART_SEVERITY: Record<PartNumber, Severity> = { 1: 'error', 2: 'error', 3: 'error', 4: 'error', 5: 'info' };

/** How many passing mentions of the duty are pointed to, at most. */
const RELATED_MAX = 3;

/**
 * The leaders acting on 法治 in the look-back (report.leaderActions); when the duty is also named in passing, only an act
 * in the same paragraph as a mention counts (the two tell one thing: 「进一步压实…第一责任人责任，区委、区政府主要负责
 * 同志…专题研究…」).
 */
function actsNear(report: Report, passingOnly: boolean): Report['leaderActions'][number] | undefined {
  // heading a leading group (「以局长为组长」) is an arrangement, not the duty told: only beside a mention of it
  if (!passingOnly) return report.leaderActions.find((a) => !a.group);
  const blocks = new Set(report.responsibility.map((m) => m.block));
  return report.leaderActions.find((a) => blocks.has(a.block));
}

export default defineRule({
  meta: {
    id: 'require-sections',
    type: 'problem',
    description: {
      zh: '报告应包含厅字〔2019〕28号规定的五项基本内容',
      en: 'The report contains the five parts required by 厅字〔2019〕28号',
    },
    severity: 'error',
    basis: {
      zh: '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）关于年度报告内容的规定',
      en: 'Regulation on supervising rule-of-law government building (厅字〔2019〕28号), contents of annual reports',
    },
    schema: {
      type: 'object',
      properties: {
        level: {
          enum: ['any', 'top'],
          description: '"any": a part may be named by a heading at any level or an item lead (一是…); "top": each part must be a top-level heading.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { level: 'any' as 'any' | 'top' },
    messages: {
      missingPart: {
        zh: '缺少第{partCn}部分「{name}」：厅字〔2019〕28号规定年度报告须包含此项，请以标题或“一是…”条目写明',
        en: 'Missing part {part}, “{name}”: 厅字〔2019〕28号 requires it in every annual report; add it as a heading or an item',
      },
      dutyInText: {
        zh: '第{partCn}部分「{name}」未单独成节：履职情况只写在正文「{text}」中；厅字〔2019〕28号要求报告此项，建议以标题或“一是…”条目单独写明',
        en: 'Part {part}, “{name}”, has no section of its own: the duty’s performance is only told in the text (“{text}”); 厅字〔2019〕28号 requires this part, so give it a heading or an item',
      },
      leadersActInText: {
        zh: '未找到第{partCn}部分「{name}」：报告没有此部分，也未写“第一责任人”；正文「{text}」或为主要负责人履职情况，无法确认，请以标题或“一是…”条目写明',
        en: 'Part {part}, “{name}”, not found: no such part and no mention of the 第一责任人 duty; the text “{text}” may tell what the leaders did — cannot confirm; give it a heading or an item',
      },
      leadersActBesideMention: {
        zh: '未找到第{partCn}部分「{name}」：第一责任人职责只在正文中顺带提及（「{mention}」）；正文「{text}」或为主要负责人履职情况，无法确认，请以标题或“一是…”条目写明',
        en: 'Part {part}, “{name}”, not found: the 第一责任人 duty is only mentioned in passing (“{mention}”); the text “{text}” may tell what the leaders did — cannot confirm; give it a heading or an item',
      },
      passingMention: {
        zh: '正文中顺带提及第一责任人职责：「{text}」，未以部分、标题或条目写明履职情况',
        en: 'passing mention of the duty: “{text}”, not a part, heading or item describing how it was performed',
      },
      truncated: {
        zh: '文本到「{text}」为止，末尾不是完整的句子，可能只是报告的一部分：无法确认是否缺少{parts}；如这就是全文，请补全这些部分',
        en: 'The text ends at “{text}”, not at the end of a sentence, and may be only part of the report: cannot confirm whether {parts} {verb} missing; if this is the whole text, add them',
      },
      notTopLevel: {
        zh: '第{partCn}部分「{name}」只出现在下级标题或条目「{found}」中，未作为一级标题',
        en: 'Part {part}, “{name}”, appears only below the top level (“{found}”), not as a top-level heading',
      },
    },
  },
  check(context) {
    const { report, options } = context;
    // the five parts are 厅字〔2019〕28号's: a report on 2018 or before was not written to them
    if (report.meta.year !== undefined && report.meta.year < REGULATION_FIRST_YEAR) return;
    const matches = report.parts.matches;
    // The title line, or the first line of text when a report has no title
    const at = report.meta.anchor;
    // a text cut off mid-sentence (an opening kept by a site): the parts it lacks may follow the cut — one info for all
    const cut = report.meta.truncated;
    const unseen: PartNumber[] = [];

    for (const part of [1, 2, 3, 4, 5] as PartNumber[]) {
      const found = matches.filter((m) => m.part === part);
      if (cut && found.length === 0) {
        unseen.push(part);
        continue;
      }
      const data = { part, partCn: PART_CN[part], name: PART_INFO[part].name[context.locale] };
      const severity = PART_SEVERITY[part];
      // the duty reported as performed in a sentence of the look-back (「县委、县政府主要负责人认真履行…第一责任人职责，…」):
      // the report does tell it, without a section of its own — advice, not a missing part
      const told = part === 3 && found.length === 0 ? report.responsibility.find((m) => m.performed && !m.parts.some((p) => p === 2 || p === 4 || p === 5)) : undefined;
      // no mention of the duty at all, but the leaders act on 法治 in the look-back (「党政主要负责人组织召开…专题研究法治
      // 政府建设」): the part may be told there in other words — cannot confirm, so info
      // (also when the duty is only named in a look-back clause that does not report it — 「进一步压实…第一责任人责任」,
      // 「落实…第一责任人制度」 — and the leaders act beside it: 「区委、区政府主要负责同志…专题研究」)
      const passingOnly = report.responsibility.length > 0 && report.responsibility.every((m) => !m.performed && !m.parts.some((p) => p === 2 || p === 4 || p === 5));
      const acts = part === 3 && found.length === 0 && !told && (!report.responsibility.length || passingOnly) ? actsNear(report, passingOnly) : undefined;
      if (told) {
        context.reportIssue({ messageId: 'dutyInText', data: { ...data, text: told.text }, severity: 'info', start: told.start, end: told.end });
      } else if (acts) {
        const mention = passingOnly ? report.responsibility[0] : undefined;
        if (mention) context.reportIssue({ messageId: 'leadersActBesideMention', data: { ...data, text: acts.text, mention: mention.text }, severity: 'info', start: acts.start, end: acts.end });
        else context.reportIssue({ messageId: 'leadersActInText', data: { ...data, text: acts.text }, severity: 'info', start: acts.start, end: acts.end });
      } else if (found.length === 0) {
        // One fault, one finding: a passing mention of the 第一责任人 duty in the look-back is shown here
        // as related information (require-first-responsible-person does not report it again)
        const related: RelatedPlace[] =
          part === 3
            ? report.responsibility
                .filter((m) => !m.parts.some((p) => p === 2 || p === 4))
                .slice(0, RELATED_MAX)
                .map((m) => ({ start: m.start, end: m.end, messageId: 'passingMention', data: { text: m.text } }))
            : [];
        context.reportIssue({ messageId: 'missingPart', data, severity, ...at, ...(related.length ? { related } : {}) });
      } else if (options.level === 'top' && !found.some((m) => m.level === 1 && m.how !== 'item')) {
        const first = found[0];
        context.reportIssue({ messageId: 'notTopLevel', data: { ...data, found: first.text }, severity, ...first.span });
      }
    }
    if (cut && unseen.length) {
      const zh = `第${unseen.map((p) => PART_CN[p]).join('、')}部分`;
      const en = unseen.length === 1 ? `part ${unseen[0]}` : `parts ${unseen.slice(0, -1).join(', ')} and ${unseen[unseen.length - 1]}`;
      const data = { text: cut.text, parts: context.locale === 'zh' ? zh : en, verb: unseen.length === 1 ? 'is' : 'are' };
      context.reportIssue({ messageId: 'truncated', data, severity: 'info', start: cut.start, end: cut.end });
    }
  },
});
