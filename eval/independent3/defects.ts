import type { Case } from './types.js';

/**
 * Defect cases: each is one clean case of this corpus with exactly one planted fault (a few exact text
 * edits, each of which must match once). The fault and the rule that promises to catch it were chosen and
 * labelled by hand before the first run.
 */
export interface Defect {
  id: string;
  base: string;
  edits: [from: string, to: string][];
  expect: { rule: string; severity?: 'warn' | 'error' };
  tolerate?: string[];
  note: string;
}

export const DEFECTS: Defect[] = [
  // consistent-rate: a rate that does not match its counts
  { id: 'd01', base: 'c01', edits: [['纠错率12.5%', '纠错率13.5%']], expect: { rule: 'consistent-rate' }, note: '纠错率 14/112 = 12.5%, written 13.5%' },
  { id: 'd02', base: 'c04', edits: [['成功率97.1%', '成功率98.1%']], expect: { rule: 'consistent-rate' }, note: '调解成功率 134/138 = 97.1%, written 98.1%' },
  { id: 'd03', base: 'c18', edits: [['2024年212件；同比增长11.3%', '2024年212件；同比增长13.1%']], expect: { rule: 'consistent-rate' }, note: 'table turned to text: 236 on 212 is +11.3%, written 13.1% (digits swapped)' },
  { id: 'd04', base: 'c43', edits: [['办结率94.5%', '办结率95.4%']], expect: { rule: 'consistent-rate' }, note: '办结率 137/145 = 94.5%, written 95.4%' },
  { id: 'd05', base: 'c52', edits: [['立案24件，办结21件，办结率87.5%', '立案24件，办结27件，办结率112.5%']], expect: { rule: 'consistent-rate', severity: 'error' }, note: '办结率 above 100% (27/24): completion rate over 100% is an error by the rule page' },
  { id: 'd06', base: 'c51', edits: [['同比下降33.3%（上年6件）', '同比下降66.7%（上年6件）']], expect: { rule: 'consistent-rate' }, note: '4 against last year\'s 6 is −33.3%; written 66.7% (4/6 taken for the fall)' },
  // consistent-total: a total that does not match its parts
  { id: 'd07', base: 'c26', edits: [['分别为62件、21件、9件、6件', '分别为62件、21件、9件、8件']], expect: { rule: 'consistent-total' }, note: '作出决定98件 then 分别为 62+21+9+8 = 100' },
  { id: 'd08', base: 'c46', edits: [['其中缓刑172人', '其中缓刑178人']], expect: { rule: 'consistent-total' }, note: '在册186人，其中 178+9+5 = 192 exceeds the total' },
  { id: 'd09', base: 'c36', edits: [['乱堆10个', '乱堆13个']], expect: { rule: 'consistent-total' }, note: '问题35个，其中 12+8+13+5 = 38 exceeds the total' },
  { id: 'd10', base: 'c25', edits: [['结果分别为维持5件', '结果分别为维持6件']], expect: { rule: 'consistent-total' }, note: '8件 结果分别为 6+2+1 = 9' },
  { id: 'd11', base: 'c46', edits: [['其余为其他公证事项50件', '其余为其他公证事项80件']], expect: { rule: 'consistent-total' }, note: '公证1260件 closed by 其余: 980+230+80 = 1290' },
  // require-next-year-plan
  { id: 'd12', base: 'c03', edits: [['四、2026年度推进法治政府建设的主要安排', '四、2025年度推进法治政府建设的主要安排']], expect: { rule: 'require-next-year-plan', severity: 'error' }, note: 'plan heading left at the report year (copied from last year\'s 2024 report pattern)' },
  { id: 'd13', base: 'c11', edits: [['2026年，市教育局将推进', '2025年，市教育局将推进']], expect: { rule: 'require-next-year-plan', severity: 'error' }, note: 'plan (下一步打算) opens with the report year instead of 2026' },
  { id: 'd14', base: 'c27', edits: [['五、2025年工作安排\n2025年，区政府将全面完成', '五、2024年工作安排\n2024年，区政府将全面完成']], expect: { rule: 'require-next-year-plan', severity: 'error' }, note: '2024 report whose plan names 2024 (heading and first sentence)' },
  { id: 'd15', base: 'c40', edits: [['2026年，市民政局将健全', '下一步，市民政局将健全']], expect: { rule: 'require-next-year-plan', severity: 'warn' }, note: 'plan 今后工作方向 names no year at all' },
  { id: 'd16', base: 'c10', edits: [['四、下一年度推进法治政府建设的主要安排\n2026年，我局将开展违法用地专项整治，推进自然资源执法全过程记录，完善法律顾问参与重大决策机制。\n五、其他需要报告的情况', '四、其他需要报告的情况']], expect: { rule: 'require-next-year-plan', severity: 'error' }, note: 'plan part removed' },
  // require-sections
  { id: 'd17', base: 'c08', edits: [['四、存在的困难和问题\n基层分局法律人才偏少，公职律师仅有3名；部分执法人员对新的税收征管规定掌握不够及时。\n五、下一年度工作安排', '四、下一年度工作安排']], expect: { rule: 'require-sections', severity: 'error' }, note: '不足 part removed' },
  { id: 'd18', base: 'c42', edits: [['二、主要负责人履行推进法治建设第一责任人职责情况\n局主要负责人把统计法治纳入局务会议议题，全年研究4次，带头学习统计法律法规。\n三、存在的不足', '二、存在的不足'], ['四、2026年工作安排', '三、2026年工作安排'], ['五、其他需要说明的事项', '四、其他需要说明的事项']], expect: { rule: 'require-sections', severity: 'error' }, note: 'part 3 removed (the duty appears nowhere)' },
  { id: 'd19', base: 'c29', edits: [['但是，我镇法治建设还存在一些不足：干部运用法治思维解决问题的能力不够强，村级法治宣传阵地作用发挥不充分。\n\n', '']], expect: { rule: 'require-sections', severity: 'error' }, note: 'unnumbered township report without its 不足 paragraph' },
  // no-placeholder
  { id: 'd20', base: 'c13', edits: [['“六进”活动32场次', '“六进”活动XX场次']], expect: { rule: 'no-placeholder', severity: 'error' }, note: 'XX场次 left from a template' },
  { id: 'd21', base: 'c24', edits: [['2026年2月20日', '2026年X月X日']], expect: { rule: 'no-placeholder', severity: 'error' }, note: 'closing date X月X日' },
  { id: 'd22', base: 'c34', edits: [['为1326名劳动者', '为【待补充】名劳动者']], expect: { rule: 'no-placeholder', severity: 'error' }, note: '【待补充】 left in a figure' },
  { id: 'd23', base: 'c23', edits: [['人民路街道办事处2025年法治政府建设工作情况报告', '××街道办事处2025年法治政府建设工作情况报告']], expect: { rule: 'no-placeholder', severity: 'error' }, note: '××街道 in the title' },
  // valid-law-title
  { id: 'd24', base: 'c32', edits: [['《中华人民共和国民法典》', '《中华人民共和国物权法》']], expect: { rule: 'valid-law-title' }, note: '物权法 (repealed 2021-01-01) studied as current in a 2025 report' },
  { id: 'd25', base: 'c53', edits: [['《法治政府建设实施纲要（2021—2025年）》', '《法治政府建设实施纲要（2020—2025年）》']], expect: { rule: 'valid-law-title', severity: 'error' }, note: '纲要 with wrong years' },
  { id: 'd26', base: 'c38', edits: [['《法治政府建设与责任落实督察工作规定》', '《法治政府建设与责任落实督查工作规定》']], expect: { rule: 'valid-law-title' }, note: '督察 misspelt 督查 in the regulation\'s title' },
  { id: 'd27', base: 'c30', edits: [['认真落实《法治政府建设实施纲要（2021—2025年）》', '认真落实《法治政府建设实施纲要（2015—2020年）》']], expect: { rule: 'valid-law-title' }, note: 'superseded 2015 纲要 cited as the one being implemented in 2025' },
  { id: 'd28', base: 'c02', edits: [['新修订的《中华人民共和国治安管理处罚法》落地', '新修订的《中华人民共和国治安管理处罚条例》落地']], expect: { rule: 'valid-law-title' }, note: 'the repealed 1986 治安管理处罚条例 instead of the 法' },
  // no-late-publication
  { id: 'd29', base: 'c12', edits: [['2026年1月26日', '2026年3月16日']], expect: { rule: 'no-late-publication', severity: 'error' }, note: 'county department dated 16 March (deadline 1 March)' },
  { id: 'd30', base: 'c14', edits: [['2026-03-04', '2026-04-14']], expect: { rule: 'no-late-publication', severity: 'error' }, note: 'published 14 April (deadline 1 April)' },
  // consistent-year
  { id: 'd31', base: 'c35', edits: [['2025年，泾阳县公安局在县委', '2024年，泾阳县公安局在县委']], expect: { rule: 'consistent-year', severity: 'error' }, note: 'opening left at last year' },
  { id: 'd32', base: 'c15', edits: [['一、2025年度推进法治政府建设的主要举措和成效', '一、2024年度推进法治政府建设的主要举措和成效']], expect: { rule: 'consistent-year', severity: 'error' }, note: 'look-back heading names last year' },
  { id: 'd33', base: 'c05', edits: [['2026年1月30日', '2025年1月30日']], expect: { rule: 'consistent-year', severity: 'error' }, note: 'closing date a year early (before the report year ended)' },
  // no-sensitive-data
  { id: 'd34', base: 'c58', edits: [['王某某（联系电话139****5678）', '王某某（身份证号420106198807150025）']], expect: { rule: 'no-sensitive-data', severity: 'error' }, note: 'a valid resident ID number of a mediator' },
  { id: 'd35', base: 'c47', edits: [['化解55件。', '化解55件，群众可拨打乡司法所李明手机13907651234咨询。']], expect: { rule: 'no-sensitive-data', severity: 'error' }, note: 'a personal mobile number' },
  // no-outdated-goal-formula
  { id: 'd36', base: 'c16', edits: [['智能高效、廉洁诚信、人民满意”总目标', '廉洁高效、守法诚信”总目标']], expect: { rule: 'no-outdated-goal-formula' }, note: '2015 goal formula in a 2025 report' },
  // no-unpaired-punctuation
  { id: 'd37', base: 'c23', edits: [['深化“枫桥式”调解', '深化“枫桥式调解']], expect: { rule: 'no-unpaired-punctuation', severity: 'error' }, note: 'quote never closed' },
  // consistent-numbering
  { id: 'd38', base: 'c09', edits: [['（三）优化医保经办服务', '（四）优化医保经办服务']], expect: { rule: 'consistent-numbering' }, note: '（一）（二）（四）' },
  // require-fullwidth-punctuation
  { id: 'd39', base: 'c17', edits: [['带头述法，对法治建设', '带头述法,对法治建设']], expect: { rule: 'require-fullwidth-punctuation' }, note: 'one ASCII comma between Chinese characters in a full-width report' },
  // require-first-responsible-person
  {
    id: 'd40',
    base: 'c41',
    edits: [
      ['（一）加强党对法治建设的领导。局党组书记、局长履行推进法治建设第一责任人职责，将法治建设纳入全局年度重点工作，全年专题研究3次。\n（二）规范建筑市场执法', '（一）规范建筑市场执法'],
      ['（三）规范房地产市场秩序', '（二）规范房地产市场秩序'],
      ['2026年，我局将深化工程建设领域专项整治', '2026年，我局将压紧压实局党组书记、局长推进法治建设第一责任人职责，深化工程建设领域专项整治'],
    ],
    expect: { rule: 'require-first-responsible-person', severity: 'error' },
    tolerate: ['require-sections'],
    note: 'the duty only in the plan (seed 002 pattern); require-sections\' missing part 3 is documented to accompany it, so not scored',
  },
];

/** Defects of batch F (written with batch F, after the first run of A–E, labelled before their own run). */
export const DEFECTS_F: Defect[] = [
  { id: 'd41', base: 'c74', edits: [['分别占45.3%、20.3%', '分别占43.5%、20.3%']], expect: { rule: 'consistent-rate' }, note: '分别占 share: 29/64 = 45.3%, written 43.5%' },
  { id: 'd42', base: 'c83', edits: [['败诉3件，败诉率4.9%', '败诉3件，败诉率5.9%']], expect: { rule: 'consistent-rate' }, note: '败诉率 3/61 = 4.9%, written 5.9%' },
  { id: 'd43', base: 'c80', edits: [['警告312人', '警告412人']], expect: { rule: 'consistent-total' }, note: '2310人，其中 486+1512+412 = 2410 exceeds the total' },
  { id: 'd44', base: 'c86', edits: [['小微企业优惠2.47亿元', '小微企业优惠6.47亿元']], expect: { rule: 'consistent-total' }, note: '8.62亿元，其中 3.15+6.47 = 9.62 exceeds the total (money in 亿元)' },
  { id: 'd45', base: 'c71', edits: [['三、工作打算\n2026年，桥头镇将', '三、工作打算\n2025年，桥头镇将']], expect: { rule: 'require-next-year-plan', severity: 'error' }, note: 'plan opens with the report year in a report whose opening has no year' },
  { id: 'd46', base: 'c75', edits: [['2026年2月13日', '2026年3月13日']], expect: { rule: 'no-late-publication', severity: 'error' }, note: 'township dated 13 March (deadline 1 March); the title has no unit' },
  { id: 'd47', base: 'c90', edits: [['发布日期：2025-03-25', '发布日期：2025-04-25']], expect: { rule: 'no-late-publication', severity: 'error' }, note: '2024 report published 25 April 2025' },
  { id: 'd48', base: 'c73', edits: [['《信访工作条例》', '《信访条例》']], expect: { rule: 'valid-law-title' }, note: '信访条例 (replaced by the 信访工作条例 on 2022-05-01) in a 2025 report' },
  { id: 'd49', base: 'c87', edits: [['审核合同31份', '审核合同○○份']], expect: { rule: 'no-placeholder', severity: 'error' }, note: '○○份 left in a figure' },
  { id: 'd50', base: 'c85', edits: [['主持召开法治建设专题会议4次', '主持召开法治建设专题会议4次，联系人王强，电话139-0765-1234']], expect: { rule: 'no-sensitive-data', severity: 'error' }, note: 'a mobile number grouped 3-4-4' },
  { id: 'd51', base: 'c79', edits: [['四是深化普法宣传', '五是深化普法宣传'], ['五是推进政务公开', '六是推进政务公开']], expect: { rule: 'consistent-numbering' }, note: '一是二是三是五是六是 (四是 skipped)' },
  { id: 'd52', base: 'c89', edits: [['四、2026年推进法治政府建设的主要安排', '四、2025年推进法治政府建设的主要安排'], ['2026年，我县将推进乡镇赋权事项', '2025年，我县将推进乡镇赋权事项']], expect: { rule: 'require-next-year-plan', severity: 'error' }, note: 'plan left at the report year (heading and first sentence)' },
];

/** Defects of batch G (written with batch G, after the first runs of A–F, labelled before their own run). */
export const DEFECTS_G: Defect[] = [
  { id: 'd53', base: 'c92', edits: [['持证率98.6%', '持证率96.8%']], expect: { rule: 'consistent-rate' }, note: '持证率 1262/1280 = 98.6%, written 96.8%' },
  { id: 'd54', base: 'c101', edits: [['乡镇420名', '乡镇520名']], expect: { rule: 'consistent-total' }, note: '1280名，其中 860+520 = 1380 exceeds the total' },
  { id: 'd55', base: 'c96', edits: [['临澧县２０２５年度法治政府建设情况报告', '临澧县２０２４年度法治政府建设情况报告']], expect: { rule: 'consistent-year', severity: 'error' }, note: 'title (full-width digits) left at last year while the opening says ２０２５年' },
  { id: 'd56', base: 'c106', edits: [['发布日期：2026-02-28', '发布日期：2026-04-28']], expect: { rule: 'no-late-publication', severity: 'error' }, note: 'published 28 April' },
  { id: 'd57', base: 'c107', edits: [['2026年力争实现', '2025年力争实现']], expect: { rule: 'require-next-year-plan', severity: 'error' }, note: 'plan (明年…) names the report year in its only dated sentence' },
  { id: 'd58', base: 'c109', edits: [['平江县应急管理局2025年', 'XX县应急管理局2025年']], expect: { rule: 'no-placeholder', severity: 'error' }, note: 'XX县 in the title' },
];
