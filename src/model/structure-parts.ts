/**
 * The five parts of an annual report (厅字〔2019〕28号), as data: their names in
 * the regulation's words (zh/en), short labels, and the cues a reader uses to
 * recognise them. The recogniser (structure.ts), the rules, the checklist and
 * the formatters all read this one table.
 */
export type PartNumber = 1 | 2 | 3 | 4 | 5;

/**
 * The first report year 厅字〔2019〕28号 governs (in force from 2019-05-05): its five parts and its deadlines. A report on
 * 2018 or before was written under the 2015 纲要, which asked for a report but set neither.
 */
export const REGULATION_FIRST_YEAR = 2019;

export interface Cue {
  /** What to look for (no g flag: tested, not iterated). */
  re: RegExp;
  /** How strongly it speaks for the part. */
  weight: number;
  /** Short name of the cue, shown in reasons. */
  name: string;
}

export interface PartInfo {
  part: PartNumber;
  /** The regulation's wording. */
  name: { zh: string; en: string };
  /** A short label for tables. */
  short: { zh: string; en: string };
  /** Cues in a heading (negatives removed first). */
  heading: Cue[];
  /** Cues in the lead sentence of a section (the first sentence after its heading). */
  lead: Cue[];
}

/**
 * Words that look like a part's words but are topical: removed from headings and leads before cues are read.
 * `trigger`: characters every match of `re` contains one of (a text without them is not searched with `re`).
 */
export const NEGATIVE_CUES: { re: RegExp; name: string; trigger: RegExp }[] = [
  // 《…》 is a citation, not a description of what the section is
  { re: /《[^》]*》/g, name: '书名号内的文件名', trigger: /《/ },
  { re: /(?:以)?问题为?导向|问题清单|问题台账|问题线索|问题整改|整改问题|急难愁盼(?:问题)?|(?:解决|化解|破解|回应|聚焦|整治|治理|排查|梳理|查找|发现)[^，,。；;]{0,12}(?:问题|难题|困难|瓶颈)|问题[^，,。；;]{0,6}(?:得到|得以)(?:解决|化解)|困难(?:群众|群体|职工|企业|家庭|人员)/g, name: '问题导向等用语', trigger: /[问难瓶]/ },
  { re: /(?:党中央|国务院|[省市县区州旗]委|[省市县区]政府|上级)[^，,。；;]{0,12}?(?:部署|工作)?安排|纳入[^，,。；;]{0,16}(?:计划|安排|规划)|(?:(?<!\d|下一?)年度|学法|培训|普法|立法|学习|行动|五年|三年|实施)(?:工作)?计划|(?:统筹|周密|精心|部署)(?:部署|安排)|计划生育|(?:创新|拓宽|转变|理清|厘清|明确)[^，,。；;]{0,4}思路/g, name: '年度工作计划等用语', trigger: /[计安划思部]/ },
  // 「针对…存在的问题」 names what was addressed, not what is lacking
  { re: /针对[^，,。；;]{0,30}/g, name: '针对…', trigger: /针/ },
  { re: /短板弱项补齐|补齐[^，,。；;]{0,6}短板|补短板/g, name: '补短板', trigger: /短/ },
];

export const PARTS: readonly PartInfo[] = [
  {
    part: 1,
    name: { zh: '主要举措和成效', en: 'main measures and results' },
    short: { zh: '举措和成效', en: 'measures' },
    heading: [
      { re: /(?:主要)?(?:举措|措施|做法|工作)(?:和|及|与|、)?(?:成效|成绩|亮点)|主要(?:举措|措施|做法|成效|成绩)/, weight: 4, name: '举措和成效' },
      { re: /(?:工作|建设|任务)(?:开展|推进|完成|落实)?(?:情况|进展)|基本情况|总体情况|完成情况|开展情况|工作回顾|取得的成效|亮点/, weight: 2.5, name: '工作情况' },
    ],
    lead: [],
  },
  {
    part: 2,
    name: { zh: '存在的不足和原因', en: 'shortcomings and their causes' },
    short: { zh: '不足和原因', en: 'shortcomings' },
    heading: [
      { re: /存在(?:的|着)?(?:主要|突出)?(?:不足|问题|困难|差距|短板)|(?:不足|问题|差距|困难)(?:和|及|与|、)(?:原因|不足|问题|差距|短板|挑战|困难)|不足之处|面临的?(?:主要)?(?:问题|困难|挑战)|主要问题/, weight: 5, name: '存在的不足' },
      // a merged part headed by the bare word: 「问题及2025年打算」, 「问题和下步打算」, 「不足与努力方向」
      // (also 「问题不足及改进措施」, 「存在的问题及改进措施」)
      { re: /^\s*(?:存在的?)?(?:主要)?(?:问题|不足|困难|差距|短板)(?:[和及与、]?(?:问题|不足|困难|差距|短板))?(?:和|及|与|以及)[^，,。；;]{0,12}(?:打算|安排|计划|思路|方向|举措|措施|建议|重点)/, weight: 5, name: '问题及下步打算' },
      { re: /不足|差距|短板|薄弱环节|困难|瓶颈/, weight: 3, name: '不足/差距/短板' },
      { re: /问题/, weight: 1.5, name: '问题' },
    ],
    lead: [
      { re: /(?:还|仍|仍然|依然|也)(?:存在|有)|存在(?:以下|如下|一些|不少|的)|不足之处|差距和不足|问题和不足|短板|不够到位|有待(?:加强|提高|提升)/, weight: 3, name: '首句讲不足' },
    ],
  },
  {
    part: 3,
    name: { zh: '党政主要负责人履行推进法治建设第一责任人职责情况', en: 'leaders’ performance as first responsible persons' },
    short: { zh: '第一责任人职责', en: 'first responsible person' },
    heading: [
      { re: /第一责任/, weight: 6, name: '第一责任人' },
      { re: /(?:主要负责(?:人|同志)|一把手|主要领导|党政(?:主要)?负责)[^，,。；;]{0,24}(?:职责|履职|尽责|法治建设|法治政府建设|述法)|履行[^，,。；;]{0,10}法治(?:政府)?建设[^，,。；;]{0,6}(?:职责|责任)|法治建设(?:主体)?责任|(?:领导干部|负责人|一把手)[^，,。；;]{0,6}述法/, weight: 5, name: '主要负责人履职' },
    ],
    lead: [
      { re: /^[^，,。；;]{0,14}(?:主要负责(?:人|同志)|一把手|主要领导|党政(?:主要)?负责人|书记|县长|区长|市长|乡长|镇长|局长|主任)[^。]{0,30}(?:履行|落实|扛牢|扛起|扛稳|担负|压实|带头|当好)[^。]{0,20}(?:第一责任人?|法治建设[^。]{0,4}(?:职责|责任))/, weight: 4, name: '首句讲第一责任人履职' },
      // the verb first, the leaders after it: 「严格落实党政主要负责人推进法治建设第一责任人职责，镇党委书记、镇长带头…」
      { re: /^(?:严格|认真|切实|全面|坚决)?(?:落实|履行)[^，,。；;]{0,6}?(?:党政)?主要(?:负责(?:人|同志)|领导)[^，,。；;]{0,16}?第一责任人?职责[，,][^。]{0,20}(?:书记|[县区市乡镇旗]长|局长|主任|主要负责)/, weight: 4, name: '首句讲第一责任人履职' },
    ],
  },
  {
    part: 4,
    name: { zh: '下一年度推进法治政府建设的主要安排', en: 'arrangements for the next year' },
    short: { zh: '下一年度安排', en: 'next-year plan' },
    heading: [
      { re: /下一?步|下一?阶段|下一年度?|明年|来年|新的一年|今后/, weight: 3, name: '下一步/下一年度' },
      { re: /(?:工作|主要|建设)?(?:安排|打算|计划|思路|展望)|努力方向|工作重点|重点工作|工作要点|目标任务|重点任务|(?:改进|整改|下步|下一步)(?:措施|举措)/, weight: 2.5, name: '安排/打算/思路' },
    ],
    lead: [
      { re: /^(?:(?:19|20)\d{2}\s*年度?|下一?步|下一年度?|明年|来年|新的一年|今后|接下来)[^。]{0,30}(?:将|要|继续|力争|计划|拟|着力|重点)/, weight: 3.5, name: '首句讲下一步将…' },
      { re: /(?:我们|我县|我区|我市|我乡|我镇|我局|本部门)?将(?:继续|进一步|持续|坚持|重点|着力|以)/, weight: 1.5, name: '首句讲将…' },
    ],
  },
  {
    part: 5,
    name: { zh: '其他需要报告的情况', en: 'other matters to report' },
    short: { zh: '其他情况', en: 'other matters' },
    heading: [{ re: /其他(?:需要|应当|有关|相关|需)?(?:报告|说明|汇报)?的?(?:事项|情况|内容)|其他需要报告|^\s*其他\s*$/, weight: 6, name: '其他需要报告的情况' }],
    lead: [],
  },
];

export const PART_INFO: Record<PartNumber, PartInfo> = Object.fromEntries(PARTS.map((p) => [p.part, p])) as Record<PartNumber, PartInfo>;

/** 1 → 一 … 5 → 五, for messages (第三部分). */
export const PART_CN: Record<PartNumber, string> = { 1: '一', 2: '二', 3: '三', 4: '四', 5: '五' };

/** Text with the negative cues blanked out (same length, so offsets hold). */
/** Characters every negative cue contains one of: text without them has nothing to remove. */
const NEGATIVE_TRIGGER = /[《问困难计安思针短瓶划排]/;

export function withoutNegatives(text: string): { text: string; removed: string[] } {
  if (!NEGATIVE_TRIGGER.test(text)) return { text, removed: [] };
  let out = text;
  const removed: string[] = [];
  for (const n of NEGATIVE_CUES) {
    // blanking only removes characters: a cue whose characters the text lacks cannot match what is left of it
    if (!n.trigger.test(text)) continue;
    n.re.lastIndex = 0;
    out = out.replace(n.re, (m) => {
      removed.push(m);
      return '　'.repeat(m.length);
    });
  }
  return { text: out, removed };
}

/** The strongest cue of a list found in a text, with its weight. */
export function bestCue(cues: readonly Cue[], text: string): { cue: Cue; match: string } | undefined {
  let best: { cue: Cue; match: string } | undefined;
  for (const c of cues) {
    const m = c.re.exec(text);
    if (m && (!best || c.weight > best.cue.weight)) best = { cue: c, match: m[0] };
  }
  return best;
}
