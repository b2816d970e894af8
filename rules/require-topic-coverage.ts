import { defineRule } from '../src/engine/define.js';
import type { Block } from '../src/model/types.js';

/**
 * The systems of 《法治政府建设实施纲要（2021—2025年）》 (中发〔2021〕33号, parts
 * 三 to 十) and 党的领导 (part 十一), each with words by which a report shows
 * it worked on the system. A system counts as covered when any word appears
 * in the look-back text.
 */
const SYSTEMS: { id: string; zh: string; en: string; words: string[] }[] = [
  {
    id: 'functions',
    zh: '政府机构职能体系',
    en: 'government functions',
    words: ['机构职能', '职能转变', '转变政府职能', '放管服', '简政放权', '权责清单', '权力清单', '责任清单', '负面清单', '营商环境', '政务服务', '行政审批', '审批制度'],
  },
  {
    id: 'rules',
    zh: '依法行政制度体系',
    en: 'rules and normative documents',
    words: ['规范性文件', '立法', '规章', '合法性审核', '合法性审查', '备案审查', '备案审核', '文件清理', '制度体系建设'],
  },
  {
    id: 'decisions',
    zh: '行政决策制度体系',
    en: 'administrative decision-making',
    words: ['行政决策', '决策程序', '决策事项', '法律顾问', '公职律师', '依法决策', '科学决策', '民主决策'],
  },
  {
    id: 'enforcement',
    zh: '行政执法工作体系',
    en: 'administrative law enforcement',
    words: ['行政执法', '执法三项制度', '执法公示', '全过程记录', '法制审核', '综合执法', '执法监督', '执法人员', '执法证', '柔性执法', '包容审慎', '行政处罚', '行政检查'],
  },
  {
    id: 'emergencies',
    zh: '突发事件应对体系',
    en: 'emergency response',
    words: ['突发事件', '应急管理', '应急预案', '应急处置', '应急演练', '应急响应', '应急体系', '防灾减灾', '防汛', '疫情防控', '地质灾害', '森林防火', '安全生产'],
  },
  {
    id: 'disputes',
    zh: '社会矛盾纠纷行政预防调处化解体系',
    en: 'preventing and resolving disputes',
    words: ['矛盾纠纷', '人民调解', '行政调解', '调解组织', '行政复议', '行政裁决', '信访', '诉源治理', '枫桥经验', '多元化解'],
  },
  {
    id: 'oversight',
    zh: '行政权力制约和监督体系',
    en: 'oversight of administrative power',
    words: ['政务公开', '信息公开', '审计监督', '审计', '行政应诉', '出庭应诉', '人大监督', '民主监督', '司法监督', '监察监督', '社会监督', '舆论监督', '司法建议', '检察建议', '纠错问责', '权力制约'],
  },
  {
    id: 'technology',
    zh: '法治政府建设科技保障体系（数字法治政府）',
    en: 'digital government and technology',
    words: ['数字法治', '数字政府', '数字化', '信息化', '智慧', '大数据', '互联网+', '一网通办', '一网统管', '电子政务', '掌上办', '网上办', '信息平台', '云平台'],
  },
  {
    id: 'leadership',
    zh: '党的领导和推进机制',
    en: 'Party leadership and driving mechanisms',
    words: ['党的领导', '党委领导', '第一责任人', '组织领导', '述法', '法治督察', '法治建设考核', '考核评价', '依法治县', '依法治区', '依法治市', '依法治省', '依法治州', '依法治旗', '全面依法治', '领导小组'],
  },
];

export default defineRule({
  meta: {
    id: 'require-topic-coverage',
    type: 'suggestion',
    description: {
      zh: '报告回顾部分宜覆盖《法治政府建设实施纲要（2021—2025年）》的各项体系建设',
      en: 'The look-back part covers the systems of the 2021—2025 法治政府建设实施纲要',
    },
    severity: 'info',
    // a reviewer's checklist, not a requirement of the regulation: only in fzlint:strict
    recommended: false,
    basis: {
      zh: '《法治政府建设实施纲要（2021—2025年）》（中发〔2021〕33号）第三至十一部分',
      en: '法治政府建设实施纲要（2021—2025年）(中发〔2021〕33号), parts 3–11',
    },
    schema: {
      type: 'object',
      properties: {
        ignore: {
          type: 'array',
          items: { enum: SYSTEMS.map((s) => s.id) },
          uniqueItems: true,
          description: `Systems not to ask for (a department without enforcement powers): ${SYSTEMS.map((s) => s.id).join(', ')}.`,
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { ignore: [] as string[] },
    messages: {
      uncovered: {
        zh: '报告回顾部分未提及纲要的{count}项体系建设：{missing}（审阅者通常按纲要逐项核对）',
        en: 'The look-back part does not mention {count} of the 纲要’s systems: {missing} (reviewers check the 纲要 item by item)',
      },
    },
  },
  check(context) {
    const { report, options } = context;
    // a text cut off mid-sentence before any later part: the rest of its look-back is unknown
    if (report.meta.truncated && !report.parts.matches.some((m) => m.part === 2 || m.part === 4)) return;
    const text = lookBack(report.bodyBlocks, (b) => report.parts.partsAt(b.start))
      .map((b) => b.text)
      .join('\n');
    if (!text) return;
    const missing = SYSTEMS.filter((s) => !options.ignore.includes(s.id) && !s.words.some((w) => text.includes(w)));
    if (!missing.length) return;
    // the heading of the look-back part, else the title line, else the first line
    const part1 = report.parts.matches.find((m) => m.part === 1 && m.how !== 'item');
    const title = report.meta.titleSpan;
    const first = report.bodyBlocks[0];
    const anchor = part1?.span ?? title ?? { start: first.start, end: first.start + firstLineLength(report.text.slice(first.start, first.end)) };
    context.reportIssue({
      messageId: 'uncovered',
      data: {
        count: missing.length,
        // both languages' lists: the engine renders the user's
        missing: { zh: missing.map((s) => s.zh).join('、'), en: missing.map((s) => s.en).join(', ') },
        ids: missing.map((s) => s.id).join(','),
      },
      start: anchor.start,
      end: anchor.end,
    });
  },
});

/**
 * The look-back: body text outside the 不足 (2), 安排 (4) and 其他 (5) parts.
 * A block inside a part-2/4/5 section that is also inside part 1 or 3 (a
 * heading naming both) still counts.
 */
function lookBack(body: Block[], partsAt: (b: Block) => number[]): Block[] {
  return body.filter((b) => {
    const parts = partsAt(b);
    return parts.length === 0 || parts.includes(1) || parts.includes(3);
  });
}

function firstLineLength(text: string): number {
  const nl = text.search(/[\r\n]/);
  return nl === -1 ? text.length : nl;
}
