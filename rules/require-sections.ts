import { defineRule } from '../src/engine/define.js';
import type { PartNumber } from '../src/model/parts.js';
import type { Severity } from '../src/engine/types.js';

/** The five required parts (厅字〔2019〕28号), in the words of the regulation. */
const PART_NAMES: Record<PartNumber, { zh: string; en: string }> = {
  1: { zh: '主要举措和成效', en: 'main measures and results' },
  2: { zh: '存在的不足和原因', en: 'shortcomings and their causes' },
  3: { zh: '党政主要负责人履行推进法治建设第一责任人职责情况', en: 'leaders’ performance as first responsible persons' },
  4: { zh: '下一年度主要安排', en: 'arrangements for the next year' },
  5: { zh: '其他需要报告的情况', en: 'other matters to report' },
};

/** Part 5 is often legitimately empty; its absence is information, not a defect. */
const PART_SEVERITY: Record<PartNumber, Severity> = { 1: 'error', 2: 'error', 3: 'error', 4: 'error', 5: 'info' };

const CN = ['', '一', '二', '三', '四', '五'];

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
      notTopLevel: {
        zh: '第{partCn}部分「{name}」只出现在下级标题或条目「{found}」中，未作为一级标题',
        en: 'Part {part}, “{name}”, appears only below the top level (“{found}”), not as a top-level heading',
      },
    },
  },
  check(context) {
    const { report, options } = context;
    const matches = report.parts.matches;
    // The title line, or the first line of text when a report has no title
    const at = report.meta.anchor;

    for (const part of [1, 2, 3, 4, 5] as PartNumber[]) {
      const found = matches.filter((m) => m.part === part);
      const data = { part, partCn: CN[part], name: PART_NAMES[part][context.locale] };
      const severity = PART_SEVERITY[part];
      if (found.length === 0) {
        context.reportIssue({ messageId: 'missingPart', data, severity, ...at });
      } else if (options.level === 'top' && !found.some((m) => m.level === 1 && m.how !== 'item')) {
        const first = found[0];
        context.reportIssue({ messageId: 'notTopLevel', data: { ...data, found: first.text }, severity, ...first.span });
      }
    }
  },
});
