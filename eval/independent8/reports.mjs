// The cases of independent8: a report skeleton (report()) filled with excerpts written for this suite.
// Labels are given by hand in each case (expect/fault) before the first run of its batch.

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * A whole plain-text report. o: year, issuer, title?, head (lines above the title), meta (lines under the title),
 * opening?, body: [[subheading, paragraph], ...] of part 1, p3 (part 3 paragraph or null to omit), p3head,
 * problems, plan, planHead, other (part 5 text), sign, date, order ('standard' | 'p3first').
 */
export function report(o) {
  const Y = o.year;
  const N = Y + 1;
  const who = o.issuer;
  const lines = [];
  if (o.head) lines.push(...o.head);
  lines.push(o.title ?? `${who}${Y}年法治政府建设情况报告`);
  if (o.meta) lines.push(...o.meta);
  lines.push('');
  lines.push(o.opening ?? `${Y}年，${o.short ?? who}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，按照上级关于法治政府建设的部署要求，扎实推进依法行政各项工作。现将${Y}年度法治政府建设情况报告如下。`);
  const parts = [];
  const body = o.body ?? [];
  const p1 = [o.p1head ?? `${Y}年推进法治政府建设的主要举措和成效`];
  body.forEach(([h, p], i) => {
    if (h) p1.push(`（${CN[i]}）${h}`);
    p1.push(p);
  });
  parts.push(p1);
  if (o.p3 !== null) parts.push([o.p3head ?? '党政主要负责人履行推进法治建设第一责任人职责情况', o.p3 ?? `${o.leader ?? '主要负责同志'}认真履行推进法治建设第一责任人职责，年内主持召开专题会议研究法治政府建设工作4次，带头开展年终述法，对重大行政决策合法性审查、行政机关负责人出庭应诉等工作亲自部署、亲自过问，带动班子成员共同抓好法治建设。`]);
  parts.push([o.problemsHead ?? '存在的不足和原因', o.problems ?? '一年来，我们的法治政府建设工作取得了一定成效，但也存在一些不足：一是部分干部运用法治思维和法治方式解决问题的能力还需提升；二是基层执法力量相对薄弱，执法人员专业化程度不高；三是普法宣传的针对性和实效性有待增强。主要原因是学法用法的常态化机制还不够健全，对基层的培训指导还不够深入。']);
  parts.push([o.planHead ?? `${N}年推进法治政府建设的主要安排`, o.plan ?? `${N}年，我们将继续深入学习贯彻习近平法治思想，重点抓好以下工作：一是持续完善依法决策机制，严格落实合法性审查制度；二是深化行政执法规范化建设，加强执法人员培训；三是创新普法宣传方式，推动法治文化阵地建设提质增效。`]);
  if (o.other) parts.push(['其他需要报告的情况', o.other]);
  parts.forEach((p, i) => {
    lines.push(`${CN[i]}、${p[0]}`);
    lines.push(...p.slice(1));
  });
  lines.push('');
  lines.push(o.sign ?? who);
  if (o.date !== null) lines.push(o.date ?? `${N}年2月${o.day ?? 10}日`);
  return lines.join('\n');
}

const STD = [
  ['坚持依法科学民主决策', '严格落实重大行政决策程序，全年对涉及群众切身利益的决策事项均履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序，政府常务会议审议前的合法性审查做到应审尽审。'],
  ['推进严格规范公正文明执法', '全面落实行政执法公示、执法全过程记录、重大执法决定法制审核三项制度，组织执法人员参加资格考试和业务培训，开展行政执法案卷评查，对发现的问题逐项反馈整改。'],
  ['加强法治宣传教育', '落实“谁执法谁普法”普法责任制，围绕宪法宣传周、民法典宣传月等节点开展主题宣传活动，推动法律知识进机关、进乡村、进社区、进学校、进企业、进单位。'],
];
const body = (...extra) => [...STD.slice(0, 3 - extra.length), ...extra];

export const CASES = [];
const add = (id, text, expect, fault) => CASES.push({ id, text, ...(expect ? { expect, fault } : {}) });

// ---------------------------------------------------------------- valid-law-title, clean
add('c01-law-short-full', report({
  year: 2022, issuer: '桐溪县人民政府', short: '县政府',
  body: body(['深入学习宣传重要法律', '组织全县执法人员集中学习新修订的《中华人民共和国行政处罚法》，举办《行政处罚法》专题讲座3期；在“12·4”国家宪法日开展《宪法》宣誓和宣讲活动，围绕《民法典》《中华人民共和国行政许可法》《行政强制法》编印宣传手册，推动干部群众知法守法。']),
}));
add('c02-party-regs', report({
  year: 2023, issuer: '清河区司法局', short: '区司法局', leader: '局党组书记、局长',
  body: body(['强化党对法治建设的领导', '认真贯彻《中国共产党政法工作条例》《党政主要负责人履行推进法治建设第一责任人职责规定》和《法治政府建设与责任落实督察工作规定》，把法治建设纳入局党组年度工作要点和领导班子考核内容，党组会议专题研究法治建设工作5次。']),
}));
add('c03-gangyao-emdash', report({
  year: 2021, issuer: '南岭市人民政府', short: '市政府',
  body: body(['对标纲要谋划全局', '认真对照《法治政府建设实施纲要（2021—2025年）》《法治中国建设规划（2020—2025年）》和《法治社会建设实施纲要（2020—2025年）》，研究制定我市贯彻落实的实施方案，明确“十四五”时期法治政府建设的目标任务和责任分工。']),
}));
add('c04-gangyao-endash', report({
  year: 2022, issuer: '石门县人民政府', short: '县政府',
  body: body(['细化纲要落实措施', '对照《法治政府建设实施纲要（2021–2025年）》确定的八个方面任务，逐项细化年度重点工作清单，明确牵头单位和完成时限，年终逐项对账销号。']),
}));
add('c05-gangyao-hyphen', report({
  year: 2023, issuer: '安平县应急管理局', short: '县应急管理局', leader: '局党委书记、局长',
  body: body(['推动纲要任务落地', '按照《法治政府建设实施纲要（2021-2025年）》和《提升行政执法质量三年行动计划（2023-2025年）》部署，制定本局行政执法质量提升工作方案，开展安全生产执法案卷评查2次。']),
}));
add('c06-gangyao-tilde', report({
  year: 2024, issuer: '东坪镇人民政府', short: '镇政府', leader: '镇党委书记、镇长',
  body: body(['对标纲要抓落实', '以《法治政府建设实施纲要（2021～2025年）》为遵循，结合镇情制定年度法治建设工作要点，将依法行政纳入各村和镇直单位年度考核。']),
}));
add('c07-gangyao-zhi', report({
  year: 2022, issuer: '临江市市场监督管理局', short: '市市场监管局', leader: '局党组书记、局长',
  body: body(['贯彻纲要部署', '深入贯彻《法治政府建设实施纲要（2021年至2025年）》，把法治建设与市场监管业务工作同谋划、同部署、同推进、同考核。']),
}));
add('c08-local-regs', report({
  year: 2023, issuer: '湖州市吴兴区人民政府', short: '区政府',
  body: body(['贯彻地方性法规规章', '贯彻实施《浙江省行政执法监督条例》《浙江省行政程序办法》和《湖州市城市市容和环境卫生管理条例》，组织开展配套制度清理，对区级规范性文件进行全面评估，修改2件、废止3件。']),
}));
add('c09-revised-year', report({
  year: 2024, issuer: '云溪县人民政府', short: '县政府',
  body: body(['深化行政复议体制改革', '认真贯彻新修订的《中华人民共和国行政复议法》，对照《行政复议法》（2023年修订）调整复议案件受理流程，组织全县行政机关工作人员学习《中华人民共和国行政复议法（2023年修订）》，复议接待窗口实现“一站式”受理。']),
}));
add('c10-title-in-quotes', report({
  year: 2021, issuer: '河口镇人民政府', short: '镇政府', leader: '镇党委书记、镇长',
  body: body(['开展民法典主题宣传', '组织开展“美好生活·民法典相伴”主题宣传月和“《民法典》进万家”活动，在各村法治文化广场设置“《宪法》与我们同行”宣传栏，发放资料4000余份。']),
}));
add('c11-state-council', report({
  year: 2023, issuer: '北湖区人民政府', short: '区政府',
  body: body(['优化法治化营商环境', '落实《优化营商环境条例》《保障农民工工资支付条例》和《国务院关于加强数字政府建设的指导意见》，推行涉企经营许可事项告知承诺制，全年未发生因拖欠农民工工资引发的群体性事件。']),
}));
add('c12-plans-bafa', report({
  year: 2022, issuer: '仙桥县人民政府', short: '县政府',
  body: body(['推进“八五”普法', '制定实施“八五”普法规划，贯彻《中央宣传部、司法部关于开展法治宣传教育的第八个五年规划（2021—2025年）》，完成“八五”普法中期评估准备工作，全县建成法治文化阵地46个。']),
}));
add('c13-repealed-history', report({
  year: 2021, issuer: '长岭县司法局', short: '县司法局', leader: '局党组书记、局长',
  body: body(['做好民法典施行后的衔接', '《民法典》自2021年1月1日起施行，《婚姻法》《继承法》《合同法》等同时废止。我局组织人民调解员专题学习民法典，指导调解组织按照新规定调处婚姻家庭和合同纠纷。']),
}));
add('c14-xingdong', report({
  year: 2024, issuer: '平阳市交通运输局', short: '市交通运输局', leader: '局党组书记、局长',
  body: body(['落实执法质量三年行动', '对照《提升行政执法质量三年行动计划（2023—2025年）》，开展交通运输执法领域突出问题专项整治，推行“首违不罚”清单，对轻微违法行为依法不予处罚62起。']),
}));
add('c15-xinfang-gongzuo', report({
  year: 2023, issuer: '西岭街道办事处', short: '街道', leader: '街道党工委书记、办事处主任',
  body: body(['依法化解矛盾纠纷', '深入贯彻《信访工作条例》，坚持和发展新时代“枫桥经验”，落实领导干部接访下访制度，街道信访事项按期受理率、按期办结率均为100%。']),
}));

// ---------------------------------------------------------------- consistent-year / late publication, clean
add('c16-shisiwu', report({
  year: 2023, issuer: '丰阳县人民政府', short: '县政府',
  title: '丰阳县人民政府关于2023年度法治政府建设情况的报告',
  body: body(['推进“十四五”规划任务', '围绕“十四五”法治政府建设规划（2021—2025年）确定的目标，2023年完成中期评估，2021年以来累计出台配套制度17项，各项指标总体进度符合预期。']),
}));
add('c17-wenhao', report({
  year: 2024, issuer: '双峰县人民政府', short: '县政府',
  head: ['双峰县人民政府', '双政报〔2025〕6号', ''],
  body: body(['加强规范性文件管理', '严格执行规范性文件合法性审核机制，全年审核县政府及办公室规范性文件12件，印发《双峰县行政规范性文件管理办法》（双政发〔2024〕9号），对2023年以前制发的文件开展清理。']),
  sign: '双峰县人民政府', date: '2025年2月12日',
}));
add('c18-meta-block', report({
  year: 2024, issuer: '青林县人民政府', short: '县政府',
  head: ['索引号：11433100MB0K12345Q/2025-00021', '发布机构：青林县人民政府办公室', '成文日期：2025-02-18', '发布时间：2025-03-05', ''],
}));
add('c19-last-year-refs', report({
  year: 2023, issuer: '宁远区人民政府', short: '区政府',
  body: body(['对2022年度督察反馈问题抓整改', '针对2022年度法治政府建设示范创建评估中指出的问题，逐项制定整改措施，年内全部整改到位；行政诉讼败诉率较2022年下降1.2个百分点。']),
}));
add('c20-sign-next-year', report({
  year: 2023, issuer: '金沙县人民政府', short: '县政府',
  date: '2024年1月26日',
}));
add('c21-chinese-date', report({
  year: 2024, issuer: '白鹭镇人民政府', short: '镇政府', leader: '镇党委书记、镇长',
  date: '二〇二五年二月二十日',
}));
add('c22-2020-shisanwu', report({
  year: 2020, issuer: '嘉禾县人民政府', short: '县政府',
  body: body(['收官“十三五”法治政府建设', '对照《法治政府建设实施纲要（2015—2020年）》开展终期评估，“十三五”时期各项目标任务基本完成，顺利通过市级法治政府建设考核验收。']),
  date: '2021年2月3日',
}));
add('c23-history-2015', report({
  year: 2021, issuer: '望城区人民政府', short: '区政府',
  body: body(['承前启后谋新篇', '“十三五”时期，我区依据《法治政府建设实施纲要（2015—2020年）》推进法治政府建设，各项任务全面完成。2021年，对照新纲要制定实施方案，开启法治政府建设新征程。']),
  date: '2022年2月15日',
}));
add('c24-province-march', report({
  year: 2023, issuer: '河北省人民政府', short: '省政府',
  title: '河北省人民政府关于2023年法治政府建设情况的报告',
  meta: ['成文日期：2024-03-28'],
  date: '2024年3月28日',
}));
add('c25-dept-feb29', report({
  year: 2023, issuer: '长沙县农业农村局', short: '县农业农村局', leader: '局党组书记、局长',
  date: '2024年2月29日',
}));
add('c26-published-apr1', report({
  year: 2024, issuer: '梅岭县人民政府', short: '县政府',
  head: ['来源：梅岭县司法局  发布时间：2025-04-01 09:30  浏览次数：326', ''],
  date: '2025年2月26日',
}));
add('c27-city-mar1', report({
  year: 2022, issuer: '宜川市人民政府', short: '市政府',
  date: '2023年3月1日',
}));

// ---------------------------------------------------------------- punctuation, clean
add('c28-abbrev', report({
  year: 2024, issuer: '江宁区数据局', short: '区数据局', leader: '局党组书记、局长',
  body: body(['推进“互联网+政务服务”', '依托“苏服办”APP和12345政务服务便民热线，推动高频事项“掌上办”，全年办理PPP项目合规性审查4件，探索AI辅助审批和“双随机、一公开”监管，12345热线工单按时办结率达98.6%。']),
}));
add('c29-url-email', report({
  year: 2023, issuer: '临海市司法局', short: '市司法局', leader: '局党组书记、局长',
  body: body(['畅通公众参与渠道', '在市政府门户网站（https://www.linhai.gov.cn/col/col1229/index.html）开设“意见征集”专栏，公开征求意见邮箱lhsfj@linhai.gov.cn，全年公开征求规范性文件草案意见9件。']),
}));
add('c30-times-ratios', report({
  year: 2022, issuer: '柳林县人民政府', short: '县政府',
  body: body(['提升政务服务便利度', '政务服务中心实行“午间不打烊”和延时服务，工作日9:00—17:30正常办公，12:00—14:00安排专人值守；县乡两级执法人员与辅助人员配备比例达到1:1.5，平均办理时限压缩至3.5个工作日。']),
}));
add('c31-nested-quotes', report({
  year: 2024, issuer: '鹤山市人民政府', short: '市政府',
  body: body(['深化法治文化建设', '举办“‘法’润鹤城·‘典’亮生活”系列活动，开展“学习《宪法》、尊崇宪法”主题演讲比赛，群众反映“‘法律明白人’就在身边，遇事找法更方便了”。']),
}));
add('c32-wrapped-bracket', report({
  year: 2023, issuer: '永安县人民政府', short: '县政府',
  body: body(['规范行政执法行为', '全面推行行政执法“三项制度”（行政执法公示制度、执法全过程记录制度、\n重大执法决定法制审核制度），全年开展执法监督检查6次，发现并整改问题23个']),
}));
add('c33-abbrev-brackets', report({
  year: 2025, issuer: '前海区人民政府', short: '区政府',
  body: body(['建设数字法治政府', '上线行政执法综合管理监督信息系统（以下简称“执法监督平台”），接入5G执法记录仪和“i前海”小程序，实现执法数据“一网统管”；推进GDP核算、统计执法等领域依法履职。']),
  date: '2026年1月20日',
}));
add('c34-title-bracket-note', report({
  year: 2025, issuer: '南溪区人民政府', short: '区政府',
  body: body(['学习宣传新法', '组织学习《中华人民共和国法治宣传教育法》（2025年11月1日起施行）和《公平竞争审查条例》，在全区开展“法治宣传教育法宣传月”活动，发放宣传手册（含案例解读）3000册。']),
  date: '2026年2月2日',
}));

// ---------------------------------------------------------------- numbering, clean
add('c35-full-scheme', [
  '石桥县人民政府2022年法治政府建设情况报告', '',
  '2022年，县政府认真贯彻落实上级关于法治政府建设的决策部署，各项工作取得新进展。现将有关情况报告如下。',
  '一、2022年推进法治政府建设的主要举措和成效',
  '（一）健全依法行政制度体系',
  '1.加强规范性文件监督管理',
  '（1）严格合法性审核。全年审核规范性文件14件，提出修改意见32条。',
  '（2）开展专项清理。按照上级部署开展规范性文件专项清理，具体为：①保留96件；②修改4件；③废止7件。',
  '2.推进重大行政决策规范化',
  '严格执行决策目录管理制度，年度重大行政决策事项5项全部履行法定程序。',
  '（二）推进严格规范公正文明执法',
  '1.深化综合行政执法改革',
  '整合执法队伍，推动执法力量向乡镇下沉。',
  '2.规范执法行为',
  '开展行政执法案卷评查，评查案卷180卷。',
  '二、党政主要负责人履行推进法治建设第一责任人职责情况',
  '县委书记、县长认真履行推进法治建设第一责任人职责，主持召开县委全面依法治县委员会会议2次，带头述法，亲自协调解决法治建设重大问题。',
  '三、存在的不足和原因',
  '一是依法行政能力有待提升；二是执法规范化水平还有差距。',
  '四、2023年推进法治政府建设的主要安排',
  '2023年，我们将重点做好以下工作：一是健全依法决策机制；二是深化执法规范化建设；三是加强法治宣传教育。',
  '', '石桥县人民政府', '2023年2月20日',
].join('\n'));
add('c36-diyi-parts', [
  '泉山区司法局2021年度法治政府建设工作报告', '',
  '2021年，区司法局在区委、区政府的坚强领导下，全面推进法治政府建设。现将2021年度有关情况报告如下。',
  '第一部分  2021年度法治政府建设主要工作及成效',
  '一、统筹推进依法治区',
  '一是强化统筹协调，召开区委全面依法治区委员会会议2次；二是完善考核机制，将法治建设纳入全区综合考核；三是开展督察检查，对12个部门开展法治督察。',
  '二、规范行政执法行为',
  '一是组织执法资格考试，新增执法人员46名；二是开展案卷评查，评查案卷210卷。',
  '第二部分  党政主要负责人履行推进法治建设第一责任人职责情况',
  '局党组书记、局长认真履行推进法治建设第一责任人职责，带头学法，全年主持党组会议研究法治工作6次。',
  '第三部分  存在的不足和原因',
  '一是统筹协调作用发挥还不充分；二是执法监督的刚性还需增强。',
  '第四部分  2022年工作打算',
  '2022年，我局将重点抓好以下工作：一是深化法治政府示范创建；二是加强行政执法协调监督；三是推进公共法律服务体系建设。',
  '', '泉山区司法局', '2022年1月28日',
].join('\n'));
add('c37-restart-per-part', report({
  year: 2025, issuer: '黔川县人民政府', short: '县政府',
  p3head: '党政主要负责人履行推进法治建设第一责任人职责情况',
  p3: '县委书记、县长带头履职尽责：一是带头学法，主持县政府常务会议会前学法12次；二是带头决策，重大事项坚持先审查后决策；三是带头述法，在年终述职中专题报告履行法治建设职责情况。',
  problems: '一是基层法治力量仍显薄弱；二是部分执法人员办案能力不足；三是法治宣传的覆盖面还不够广。',
  plan: '2026年，县政府将从以下方面推进工作：一是开展“十五五”法治政府建设规划编制；二是推进行政执法协调监督体系建设；三是加强基层法治队伍建设。',
  date: '2026年2月12日',
}));
add('c38-colon-lists', report({
  year: 2024, issuer: '铜川镇人民政府', short: '镇政府', leader: '镇党委书记、镇长',
  body: body(['夯实基层法治基础', '主要做法：一是聘请法律顾问，为镇政府重大事项提供法律意见18份；二是培育“法律明白人”132名；三是建成村级公共法律服务工作室15个。\n在矛盾纠纷化解方面：一是健全镇村两级调解网络；二是开展矛盾纠纷排查化解专项行动，调处纠纷216件。']),
}));
add('c39-circled', report({
  year: 2022, issuer: '沙河市城市管理局', short: '市城管局', leader: '局党组书记、局长',
  body: body(['推行柔性执法', '制定城市管理领域轻微违法行为免罚清单，明确四类情形：①首次违法且危害后果轻微；②及时改正；③主动消除违法后果；④当事人有证据足以证明没有主观过错。全年适用免罚清单办理案件85件。']),
}));

// ---------------------------------------------------------------- part 3 wording, clean
add('c40-zhuyao-fuzetongzhi', report({
  year: 2023, issuer: '兴平市生态环境局', short: '市生态环境局',
  p3head: '主要负责同志履行推进法治建设第一责任人职责情况',
  p3: '局主要负责同志切实扛起法治建设第一责任人职责，坚持重大执法决定亲自审签，全年主持召开局务会议专题研究法治工作5次，带头参加旁听庭审和年度述法。',
}));
add('c41-yibashou-subsection', report({
  year: 2024, issuer: '柳湾街道办事处', short: '街道', p3: null,
  body: body(['压实法治建设“一把手”责任', '街道党工委书记、办事处主任认真履行推进法治建设第一责任人职责，将法治建设与经济社会发展同部署、同推进，全年主持党工委会议专题研究法治工作4次，带头开展述法。']),
}));
add('c42-sanshi-item', report({
  year: 2023, issuer: '龙泉乡人民政府', short: '乡政府', p3: null,
  body: [['', '一是强化依法决策。乡党委会议、乡政府办公会议研究涉法事项均听取法律顾问意见。二是规范行政执法。开展执法人员培训3次。三是落实第一责任人职责。乡党委书记、乡长认真履行推进法治建设第一责任人职责，带头学法述法，亲自部署法治乡村建设工作。四是加强普法宣传。开展送法下乡活动12场次。']],
}));
add('c43-town-secretary', report({
  year: 2025, issuer: '清溪镇人民政府', short: '镇政府',
  p3: '镇党委书记、镇长认真履行推进法治建设第一责任人职责，把法治建设作为“一把手”工程，年内主持召开镇党委会议专题研究法治建设3次，在全镇干部大会上带头述法，对重大事项合法性审查亲自督办。',
  date: '2026年1月15日',
}));
add('c44-p3-subsection', report({
  year: 2022, issuer: '临水县教育局', short: '县教育局', p3: null,
  body: body(['落实党政主要负责人法治建设职责', '局党组书记、局长认真履行推进法治建设第一责任人职责，年内带头学法4次，主持研究依法治校工作，对全县中小学法治副校长配备情况进行专项督导。']),
}));

// ---------------------------------------------------------------- placeholder / sensitive, clean
add('c45-anon-cases', report({
  year: 2023, issuer: '阳城县自然资源局', short: '县自然资源局', leader: '局党组书记、局长',
  body: body(['以案释法推进执法规范化', '办理王某某非法占用农用地案、某建材公司未批先建案等典型案件，邀请人大代表旁听某房地产开发公司诉县自然资源局行政处罚案庭审，以身边案例开展警示教育。']),
}));
add('c46-bracket-decor', report({
  year: 2024, issuer: '澄江县人民政府', short: '县政府',
  body: body(['【工作亮点】打造法治政府建设品牌', '【典型案例】县司法局创新“调解+司法确认”工作模式，全年引导当事人申请司法确认案件57件，相关做法被市级媒体报道。']),
}));
add('c47-anon-crosses', report({
  year: 2022, issuer: '坪山县城市管理局', short: '县城管局', leader: '局党组书记、局长',
  body: body(['规范案件办理', '在张××擅自占道经营案和李×违法搭建案的办理中，严格履行告知、陈述申辩程序，依法作出处罚决定，当事人均自觉履行。']),
}));
add('c48-sensitive-like', report({
  year: 2023, issuer: '瑞安县市场监督管理局', short: '县市场监管局', leader: '局党组书记、局长',
  head: ['索引号：001008003004/2024-00012', '文号：瑞市监〔2024〕8号', ''],
  body: body(['畅通投诉举报渠道', '整合12315、12345热线，开通投诉举报电话0577-65812315，依托统一社会信用代码91330381MA2CT1234X对企业信用风险分类监管，对照《浙江省市场监督管理行政处罚裁量基准》（浙市监法〔2023〕5号）规范裁量。']),
}));

// ---------------------------------------------------------------- planted faults (one each)
add('f01-repealed-xinfang', report({
  year: 2023, issuer: '丹霞区人民政府', short: '区政府',
  body: body(['依法化解信访矛盾', '严格按照《信访条例》规定的程序受理、办理群众信访事项，落实信访事项首办责任制，初信初访一次性化解率明显提高。']),
}), 'valid-law-title', '《信访条例》(repealed 2022-05-01, succeeded by 《信访工作条例》) cited as current in a 2023 report');
add('f02-wrong-form-zanxing', report({
  year: 2022, issuer: '凤岗县人民政府', short: '县政府',
  body: body(['规范重大行政决策', '严格执行《重大行政决策程序条例》，制定县政府年度重大行政决策事项目录并向社会公布，目录内事项均履行法定程序。']),
}), 'valid-law-title', '《重大行政决策程序条例》: the regulation is 《重大行政决策程序暂行条例》 (暂行 dropped)');
add('f03-gangyao-wrong-years', report({
  year: 2024, issuer: '松阳县人民政府', short: '县政府',
  body: body(['对标纲要推进任务', '对照《法治政府建设实施纲要（2020—2025年）》，梳理年度重点任务32项，逐项明确责任单位和完成时限。']),
}), 'valid-law-title', '纲要 cited with the years 2020—2025 (the edition is 2021—2025)');
add('f04-hetongfa-2022', report({
  year: 2022, issuer: '马坡镇人民政府', short: '镇政府', leader: '镇党委书记、镇长',
  body: body(['开展送法下乡', '在农村集体经济合同规范管理中宣传《中华人民共和国合同法》和《中华人民共和国土地管理法》，帮助村集体审查合同46份。']),
}), 'valid-law-title', '《中华人民共和国合同法》 (repealed 2021-01-01) cited as current in a 2022 report');
add('f05-opening-year-left', report({
  year: 2024, issuer: '岳溪县人民政府', short: '县政府',
  opening: '2023年，岳溪县人民政府坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，扎实推进法治政府建设各项任务。',
  date: '2025年2月8日',
}), 'consistent-year', 'opening sentence starts 2023年 in a report titled 2024 (left from last year)');
add('f06-dated-before-year-end', report({
  year: 2024, issuer: '南川区人民政府', short: '区政府',
  head: ['发布机构：南川区人民政府办公室', '成文日期：2024-11-20', ''],
  date: '2024年11月20日',
}), 'consistent-year', '成文日期 and 落款 2024-11-20 for a 2024 report (before the year it reports on ended)');
add('f07-published-late', report({
  year: 2024, issuer: '兰溪县人民政府', short: '县政府',
  head: ['来源：兰溪县司法局  发布时间：2025-05-12  点击数：188', ''],
  date: '2025年2月25日',
}), 'no-late-publication', '发布时间 2025-05-12 for a 2024 report (deadline 2025-04-01)');
add('f08-dept-signed-late', report({
  year: 2022, issuer: '盘石县卫生健康局', short: '县卫生健康局', leader: '局党组书记、局长',
  date: '2023年3月15日',
}), 'no-late-publication', 'department report signed 2023-03-15 for 2022 (deadline 2023-03-01)');
add('f09-unclosed-quote', report({
  year: 2023, issuer: '灵山县市场监督管理局', short: '县市场监管局', leader: '局党组书记、局长',
  body: body(['创新监管方式', '全面推行“双随机、一公开监管，全年开展跨部门联合抽查26次，抽查结果全部通过国家企业信用信息公示系统向社会公示。']),
}), 'no-unpaired-punctuation', '“双随机、一公开 with no closing ” in a paragraph ending in 。');
add('f10-unclosed-bracket', report({
  year: 2025, issuer: '沅陵县人民政府', short: '县政府',
  body: body(['加强行政复议工作', '全年收到行政复议申请87件（其中涉企案件21件，依法受理79件，审结75件，复议纠错率12.0%。']),
  date: '2026年2月6日',
}), 'no-unpaired-punctuation', '（其中涉企案件21件 with no closing ）');
add('f11-skipped-subheading', report({
  year: 2023, issuer: '青阳县人民政府', short: '县政府',
  body: [STD[0], STD[1], ['加强法治宣传教育', STD[2][1]], ['深化基层依法治理', '推进法治乡村建设，新增省级民主法治示范村2个。']].map(([h, p], i) => [h, p, i]),
}).replace('（三）加强法治宣传教育', '（四）加强法治宣传教育').replace('（四）深化基层依法治理', '（五）深化基层依法治理'),
'consistent-numbering', 'sub-headings （一）（二）（四）（五）: （三） skipped');
add('f12-item-skip', report({
  year: 2022, issuer: '白沙乡人民政府', short: '乡政府', p3: null,
  body: [['', '一是强化依法决策，乡党委会议研究涉法事项均听取法律顾问意见。二是规范执法行为，开展执法人员培训2次。四是落实第一责任人职责，乡党委书记、乡长带头学法述法，亲自部署法治乡村建设。']],
}), 'consistent-numbering', 'items 一是 二是 四是: 三是 skipped');
add('f13-placeholder', report({
  year: 2024, issuer: '高桥镇人民政府', short: '镇政府', leader: '镇党委书记、镇长',
  body: body(['推进法治乡村建设', '指导××村、石井村开展民主法治示范村创建，培育“法律明白人”85名，建成村级法治文化广场6个。']),
}), 'no-placeholder', '××村 left from a template');
add('f14-mobile', report({
  year: 2023, issuer: '新田县司法局', short: '县司法局', leader: '局党组书记、局长',
  body: body(['拓展公共法律服务', '开通法律援助绿色通道，在各乡镇公布法律援助联络员手机号码，群众可拨打13907651234直接预约律师服务。']),
}), 'no-sensitive-data', 'mobile number 13907651234 in the text');
add('f15-halfwidth-comma', report({
  year: 2025, issuer: '鹿鸣县人民政府', short: '县政府',
  body: body(['推进政务公开', '全年主动公开政府信息2356条,依申请公开办结率100%，政务公开标准化规范化水平进一步提升。']),
  date: '2026年2月9日',
}), 'require-fullwidth-punctuation', 'a half-width comma 条,依 in a file that otherwise uses ，');
add('f16-title-year-left', report({
  year: 2024, issuer: '茶陵县人民政府', short: '县政府',
  title: '茶陵县人民政府2023年法治政府建设情况报告',
  date: '2025年2月14日',
}), 'consistent-year', 'title 2023年 left from last year; opening 现将2024年度…报告如下, plan 2025年, signed 2025');
add('f17-no-part3', report({
  year: 2023, issuer: '龙门县水利局', short: '县水利局', p3: null,
}), 'require-sections', 'no part 3 and no mention of 第一责任人 anywhere');

// ================================================================ batch 2 (labelled before its first run)
const addx = (id, ext, text, expect, fault) => CASES.push({ id, ext, text, ...(expect ? { expect, fault } : {}) });

// ---- law titles, clean
add('c49-jianyao-abbrev', report({
  year: 2022, issuer: '宝山县人民政府', short: '县政府',
  body: body(['全面落实纲要要求', '中共中央、国务院印发《法治政府建设实施纲要（2021—2025年）》（以下简称《纲要》）后，县政府第一时间组织学习，对照《纲要》确定的目标任务制定任务分工方案，并将贯彻《条例》《规定》情况纳入年度督察。']),
}));
add('c50-guoban-docs', report({
  year: 2021, issuer: '洛川县人民政府', short: '县政府',
  body: body(['贯彻国务院办公厅文件', '按照《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》和《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》要求，健全规范性文件“三统一”制度，执法“三项制度”实现全覆盖。']),
  date: '2022年2月11日',
}));
add('c51-nested-title', report({
  year: 2024, issuer: '临川区人民政府', short: '区政府',
  body: body(['推进新法实施', '制定《临川区关于贯彻实施〈中华人民共和国行政复议法〉的工作方案》，学习《中共中央关于全面推进依法治国若干重大问题的决定》和《中华人民共和国宪法修正案》，组织开展《习近平法治思想学习纲要》专题研讨。']),
}));
add('c52-gangyao-no-years', report({
  year: 2023, issuer: '金华市婺城区人民政府', short: '区政府',
  body: body(['压茬推进纲要任务', '持续推进《法治政府建设实施纲要》和《法治社会建设实施纲要（2020—2025年）》各项任务落实，年内完成全区法治政府建设中期评估。']),
}));
add('c53-new-regulation-2025', report({
  year: 2025, issuer: '江北县司法局', short: '县司法局', leader: '局党组书记、局长',
  body: body(['做好新规施行准备', '国务院公布《行政执法监督条例》后，我局及时组织执法监督人员学习，研究制定全县行政执法监督工作衔接方案，确保条例于2026年2月1日施行后落地落实。']),
  plan: '2026年，我局将全面贯彻《行政执法监督条例》，重点做好以下工作：一是健全行政执法监督工作体系；二是开展行政执法质量评估；三是加强执法监督队伍建设。',
  date: '2026年2月3日',
}));

// ---- year, clean
add('c54-chinese-year-title', report({
  year: 2023, issuer: '五峰县人民政府', short: '县政府',
  title: '五峰县人民政府二〇二三年度法治政府建设情况报告',
  date: '二〇二四年二月六日',
}));
add('c55-december-date', report({
  year: 2024, issuer: '鄞南区人民政府', short: '区政府',
  head: ['成文日期：2024年12月28日', ''],
  date: '2024年12月28日',
}));
add('c56-passing-year-heading', report({
  year: 2024, issuer: '鹰潭市月湖区人民政府', short: '区政府',
  body: body(['巩固2023年示范创建成果', '在2023年成功创建省级法治政府建设示范区的基础上，2024年持续深化示范创建，梳理可复制推广经验做法6项。']),
}));
add('c57-municipality', report({
  year: 2023, issuer: '重庆市人民政府', short: '市政府',
  title: '重庆市人民政府关于2023年法治政府建设情况的报告',
  meta: ['成文日期：2024-03-25'],
  date: '2024年3月25日',
}));
add('c58-autonomous-region', report({
  year: 2024, issuer: '广西壮族自治区人民政府', short: '自治区人民政府',
  date: '2025年3月30日',
}));

// ---- punctuation, clean
add('c59-quoted-series', report({
  year: 2022, issuer: '庐阳区数据资源局', short: '区数据资源局', leader: '局党组书记、局长',
  body: body(['深化“放管服”改革', '推进“一网通办”、“跨省通办”和“一件事一次办”，在全区推广“1+N”综合窗口模式和“X光”式精准监管，政务服务事项网上可办率保持在100%……各项指标稳居全市前列。']),
}));
addx('c60-markdown', 'md', [
  '# 海门区人民政府2024年法治政府建设情况报告', '',
  '2024年，区政府深入学习贯彻习近平法治思想，全面推进依法行政。现将2024年度法治政府建设情况报告如下。', '',
  '## 一、2024年推进法治政府建设的主要举措和成效', '',
  '**（一）健全依法决策机制。**严格执行《重大行政决策程序暂行条例》，全年重大行政决策事项全部履行法定程序，详见[区政府门户网站](https://www.haimen.gov.cn/zfxxgk/)。', '',
  '**（二）规范行政执法。**落实行政执法“三项制度”，开展案卷评查2次。', '',
  '## 二、党政主要负责人履行推进法治建设第一责任人职责情况', '',
  '区委书记、区长认真履行推进法治建设第一责任人职责，带头学法述法，主持研究法治建设重大事项5次。', '',
  '## 三、存在的不足和原因', '',
  '一是依法行政意识有待增强；二是基层执法规范化水平不高。', '',
  '## 四、2025年推进法治政府建设的主要安排', '',
  '2025年，区政府将重点做好以下工作：一是完善依法决策机制；二是深化执法规范化建设；三是强化法治宣传教育。', '',
  '海门区人民政府', '',
  '2025年2月17日', '',
].join('\n'));
addx('c61-html', 'html', [
  '<html><head><title>桂东县2023年法治政府建设年度报告</title></head><body>',
  '<div class="meta">发布时间：2024-02-27 来源：桂东县司法局</div>',
  '<h1>桂东县2023年法治政府建设年度报告</h1>',
  '<p>2023年，县政府认真贯彻落实上级关于法治政府建设的部署，扎实推进依法行政。现将2023年度有关情况报告如下。</p>',
  '<h2>一、2023年推进法治政府建设的主要举措和成效</h2>',
  '<p>（一）依法全面履行政府职能。深化“放管服”改革，政务服务事项“最多跑一次”比例达99%，12345热线工单按时办结。</p>',
  '<p>（二）加强法治宣传教育。开展“宪法宣传周”活动，宣传《中华人民共和国宪法》《中华人民共和国民法典》。</p>',
  '<h2>二、党政主要负责人履行推进法治建设第一责任人职责情况</h2>',
  '<p>县委书记、县长认真履行推进法治建设第一责任人职责，主持研究法治建设工作6次，带头述法。</p>',
  '<h2>三、存在的不足和原因</h2>',
  '<p>一是法治队伍建设有待加强；二是普法实效有待提升。</p>',
  '<h2>四、2024年推进法治政府建设的主要安排</h2>',
  '<p>2024年，县政府将着力做好以下工作：一是推进依法决策；二是规范执法行为；三是深化法治宣传。</p>',
  '<p style="text-align:right">桂东县人民政府<br>2024年2月20日</p>',
  '</body></html>',
].join('\n'));

// ---- numbering / part 3 / placeholder / sensitive, clean
add('c62-diyi-inline', report({
  year: 2025, issuer: '汉阴县人民政府', short: '县政府',
  body: body(['强化执法监督', '县司法局通过三种方式开展执法监督：第一，开展行政执法案卷评查；第二，组织执法人员旁听庭审；第三，聘请特邀行政执法监督员。其一是监督覆盖面扩大，其二是问题整改率提高。']),
  date: '2026年2月10日',
}));
add('c63-p3-verbatim-title', report({
  year: 2024, issuer: '石阡县人民政府', short: '县政府',
  p3head: '党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
  p3: '县委书记、县长坚持把法治建设摆在全局工作的突出位置，年内主持召开县委全面依法治县委员会会议2次、县政府常务会议专题研究法治工作4次，带头开展年终述法。',
}));
add('c64-anon-place', report({
  year: 2023, issuer: '潼南区司法局', short: '区司法局', leader: '局党组书记、局长',
  body: body(['精准开展法律援助', '为某镇某村38名农民工追回欠薪52万元，在赵某与某物流公司劳动争议案中为受援人提供代理，助力某街道化解一起群体性纠纷。']),
}));
add('c65-landline', report({
  year: 2024, issuer: '望江县人民政府', short: '县政府',
  body: body(['畅通监督渠道', '公布行政执法投诉电话（0556）7152348和县长信箱，开通12345政务服务便民热线、12348公共法律服务热线，群众诉求按时办结率98.2%。']),
}));

// ---- planted faults, batch 2
add('f18-shehui-gangyao-years', report({
  year: 2023, issuer: '罗田县人民政府', short: '县政府',
  body: body(['推进法治社会建设', '对照《法治社会建设实施纲要（2021—2025年）》，深入开展法治乡村建设，全县建成民主法治示范村12个。']),
}), 'valid-law-title', '《法治社会建设实施纲要（2021—2025年）》: that 纲要 is 2020—2025');
add('f19-minfa-zongze', report({
  year: 2022, issuer: '黄梅县司法局', short: '县司法局', leader: '局党组书记、局长',
  body: body(['开展民事法律宣传', '组织人民调解员学习《中华人民共和国民法总则》中关于诉讼时效的规定，指导调解婚姻家庭纠纷120件。']),
}), 'valid-law-title', '《中华人民共和国民法总则》 (repealed 2021-01-01) cited as current in a 2022 report');
add('f20-zanxing-added', report({
  year: 2024, issuer: '浠水县人民政府', short: '县政府',
  body: body(['优化法治化营商环境', '深入贯彻《优化营商环境暂行条例》，开展涉企行政检查专项整治，全县涉企检查频次同比下降。']),
}), 'valid-law-title', '《优化营商环境暂行条例》: the regulation is 《优化营商环境条例》 (暂行 added)');
add('f21-sign-year-not-updated', report({
  year: 2023, issuer: '英山县人民政府', short: '县政府',
  date: '2023年2月10日',
}), 'consistent-year', '落款 2023年2月10日 under a 2023 report (year of the date not updated)');
add('f22-county-signed-late', report({
  year: 2023, issuer: '蕲春县人民政府', short: '县政府',
  date: '2024年3月18日',
}), 'no-late-publication', 'county government report signed 2024-03-18 (deadline 2024-03-01)');
add('f23-quote-opened-twice', report({
  year: 2024, issuer: '团风县人民政府', short: '县政府',
  body: body(['推进基层依法治理', '深化“三治融合“基层治理模式，培育“法律明白人”560名，全县矛盾纠纷就地化解率进一步提高。']),
}), 'no-unpaired-punctuation', '“三治融合“: the closing quote typed as an opening one');
add('f24-ellipsis', report({
  year: 2022, issuer: '红安县人民政府', short: '县政府',
  body: body(['丰富普法形式', '通过法治讲座、以案释法、文艺汇演...多种形式开展普法宣传，全年开展活动260场次。']),
}), 'require-fullwidth-punctuation', 'ellipsis written ... (three ASCII dots)');
add('f25-repeated-subheading', report({
  year: 2025, issuer: '麻城市人民政府', short: '市政府',
  body: body(['深化法治乡村建设', '推进“民主法治示范村”创建，新增省级示范村3个。']),
  date: '2026年2月16日',
}).replace('（三）深化法治乡村建设', '（二）深化法治乡村建设'), 'consistent-numbering', 'sub-headings （一）（二）（二）: （二） repeated');
add('f26-part-number-skip', report({
  year: 2023, issuer: '武穴市人民政府', short: '市政府',
}).replace('三、存在的不足和原因', '四、存在的不足和原因').replace('四、2024年推进', '五、2024年推进'), 'consistent-numbering', 'parts 一、二、四、五: 三、 skipped');
add('f27-placeholder-star', report({
  year: 2024, issuer: '黄州区人民政府', short: '区政府',
  body: body(['加强领导干部学法', '区政府常务会议会前学法*次，举办领导干部法治专题讲座4期。']),
}), 'no-placeholder', '会前学法*次 (the number not filled in)');
add('f28-resident-id', report({
  year: 2023, issuer: '团山县司法局', short: '县司法局', leader: '局党组书记、局长',
  body: body(['做好法律援助', '为困难群众王某（身份证号110105198503120047）等提供法律援助，全年办理法律援助案件316件。']),
}), 'no-sensitive-data', 'a valid resident ID number in the text');

// ================================================================ batch 3 (labelled before its first run)
// ---- law titles, clean
add('c66-dept-rules', report({
  year: 2023, issuer: '岳麓区市场监督管理局', short: '区市场监管局', leader: '局党组书记、局长',
  body: body(['规范执法程序', '严格执行《市场监督管理行政处罚程序规定》《市场监督管理行政许可程序暂行规定》和《生态环境行政处罚办法》，对照《公安机关办理行政案件程序规定》完善联合执法衔接机制。']),
}));
add('c67-special-zone', report({
  year: 2022, issuer: '深圳市南山区人民政府', short: '区政府',
  body: body(['贯彻特区法规', '贯彻实施《深圳经济特区优化营商环境条例》《深圳经济特区数据条例》和《长阳土家族自治县自治条例》交流经验，推动特区立法在基层落地。']),
}));
add('c68-guofa-2024', report({
  year: 2024, issuer: '天心区人民政府', short: '区政府',
  body: body(['规范涉企执法', '落实《国务院关于进一步规范和监督罚款设定与实施的指导意见》和《国务院办公厅关于严格规范涉企行政检查的意见》，清理罚款事项14项，推行“综合查一次”。']),
}));
add('c69-article-cite', report({
  year: 2021, issuer: '芙蓉区城市管理和综合执法局', short: '区城管执法局', leader: '局党组书记、局长',
  body: body(['落实新修订的行政处罚法', '依据《中华人民共和国行政处罚法》第三十三条第一款，对违法行为轻微并及时改正、没有造成危害后果的依法不予处罚，全年适用“首违不罚”案件47件；依照《行政处罚法》（2021修订）完善听证程序。']),
  date: '2022年1月25日',
}));
add('c70-gov-work-report-title', report({
  year: 2023, issuer: '雨花区人民政府', short: '区政府',
  body: body(['落实政府工作报告任务', '将《2023年雨花区政府工作报告》确定的法治任务分解为28项，在《法治日报》《湖南日报》刊发经验做法3篇，对照《党政机关公文格式》（GB/T 9704—2012）规范公文制发。']),
}));
// ---- year, clean
add('c71-opening-wenhao-2019', report({
  year: 2023, issuer: '开福区人民政府', short: '区政府',
  opening: '根据《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）和《关于做好2023年度法治政府建设年度报告工作的通知》（湘法办〔2024〕1号）要求，现将我区2023年法治政府建设情况报告如下。',
}));
add('c72-title-two-years', report({
  year: 2023, issuer: '望城区司法局', short: '区司法局', leader: '局党组书记、局长',
  title: '望城区司法局关于2023年法治政府建设情况和2024年工作安排的报告',
}));
add('c73-anniversary-opening', report({
  year: 2024, issuer: '宁乡市人民政府', short: '市政府',
  opening: '2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。市政府坚持以习近平法治思想为指导，全面推进法治政府建设。现将有关情况报告如下。',
}));
add('c74-padded-date', report({
  year: 2024, issuer: '浏阳市应急管理局', short: '市应急管理局', leader: '局党委书记、局长',
  head: ['发布日期：2025年03月29日 16:10', ''],
  date: '2025年01月23日',
}));
// ---- punctuation, clean
add('c75-closing-furniture', report({
  year: 2023, issuer: '湘潭县人民政府', short: '县政府',
}) + '\n（此件公开发布）\n抄送：县委办公室，县人大常委会办公室，县政协办公室。\n湘潭县人民政府办公室  2024年2月8日印发');
add('c76-list-markers', report({
  year: 2022, issuer: '韶山市人民政府', short: '市政府',
  body: body(['完善行政决策制度', '出台三项制度：1）重大行政决策目录管理办法；2）决策后评估办法；3）法律顾问工作规则。按1∶500比例配备基层调解员，城区测绘采用1:500地形图。']),
}));
add('c77-half-width-digits-only', report({
  year: 2025, issuer: '醴陵市人民政府', short: '市政府',
  body: body(['提升行政复议质效', '全年办结行政复议案件210件（2024年为186件），案件平均审理周期45天，A级诚信企业达到3,120家，GB/T 9704—2012标准执行率100%。']),
  date: '2026年2月13日',
}));
// ---- numbering, clean
add('c78-yi-er-jidu', report({
  year: 2024, issuer: '攸县人民政府', short: '县政府',
  body: body(['统筹开展执法检查', '一、二季度集中开展安全生产和食品安全执法检查，三、四季度开展行政执法案卷评查，全年检查企业1260家次。']),
}));
add('c79-yiyao-plan', report({
  year: 2023, issuer: '茶陵县司法局', short: '县司法局', leader: '局党组书记、局长',
  plan: '2024年，我局将围绕以下方面发力：一要深化法治政府示范创建；二要强化行政执法协调监督；三要提升公共法律服务质效。',
}));
add('c80-problems-subheadings', report({
  year: 2022, issuer: '炎陵县人民政府', short: '县政府',
  problems: '（一）依法行政能力有待提升。部分干部法治思维不强。\n（二）执法规范化水平有待提高。基层执法人员专业素质参差不齐。\n（三）法治宣传实效有待增强。普法形式较为单一。',
}));
// ---- part 3, clean
add('c81-p3-short-head', report({
  year: 2025, issuer: '衡东县交通运输局', short: '县交通运输局',
  p3head: '局主要负责人履行第一责任人职责情况',
  p3: '局党组书记、局长切实履行推进法治建设第一责任人职责，年内主持党组会议研究法治工作4次，带头学法讲法，对重大行政执法决定亲自把关。',
  date: '2026年2月9日',
}));
add('c82-p3-merged-heading', report({
  year: 2024, issuer: '祁东县人民政府', short: '县政府', p3: null,
  p1head: '2024年推进法治政府建设的主要举措和成效（含党政主要负责人履行推进法治建设第一责任人职责情况）',
  body: body(['落实第一责任人职责', '县委书记、县长认真履行推进法治建设第一责任人职责，年内主持召开专题会议4次，带头述法。']),
}));
// ---- placeholder / sensitive, clean
add('c83-star-note', report({
  year: 2023, issuer: '耒阳市人民政府', short: '市政府',
  body: body(['推进试点工作', '全市承担省级法治建设试点任务5项＊，试点经验在全省交流推广。（注：带＊的为省级试点）']),
}));
add('c84-numbers-not-mobile', report({
  year: 2024, issuer: '常宁市人民政府', short: '市政府',
  body: body(['强化司法衔接', '协调法院办理（2024）湘0482行初15号等行政诉讼案件，12345热线全年受理诉求139568件，公共法律服务热线400-123-4567全天候接听，邮政编码421500，投诉电话0734-7221345转8001。']),
}));

// ---- planted faults, batch 3
add('f29-superseded-gangyao', report({
  year: 2022, issuer: '永兴县人民政府', short: '县政府',
  body: body(['对标纲要推进工作', '严格对照《法治政府建设实施纲要（2015—2020年）》的要求，逐项落实法治政府建设任务，全年完成重点任务30项。']),
}), 'valid-law-title', '《法治政府建设实施纲要（2015—2020年）》 cited as current in a 2022 report (superseded)');
add('f30-item-repeat', report({
  year: 2024, issuer: '嘉禾县人民政府', short: '县政府',
  problems: '一是依法行政意识有待加强；二是执法队伍素质有待提高；三是普法针对性不强；三是基层法治力量薄弱。',
}), 'consistent-numbering', 'items 一是 二是 三是 三是: 三是 repeated');
add('f31-internal-mark', '内部资料 注意保存\n' + report({
  year: 2023, issuer: '临武县人民政府', short: '县政府',
}), 'no-sensitive-data', 'a 内部资料 注意保存 line above the title of a report to be published');
add('f32-unclosed-title', report({
  year: 2023, issuer: '宜章县人民政府', short: '县政府',
  body: body(['对标纲要推进工作', '对照《法治政府建设实施纲要（2021—2025年），细化年度重点任务清单，逐项明确牵头单位和完成时限。']),
}), 'no-unpaired-punctuation', '《法治政府建设实施纲要（2021—2025年） with no closing 》');
