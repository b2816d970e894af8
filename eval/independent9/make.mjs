// Writes eval/independent9/cases/*.txt and cases.json. Text written for this suite (no sentence pasted from a source);
// every figure set below was checked by hand (see README.md). Run: node eval/independent9/make.mjs
import { writeFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, 'cases');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const GOAL15 = '职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信';
const GOAL21 = '职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意';
const CN = ['一', '二', '三', '四', '五', '六', '七', '八'];

// hand-checked figure sets (README.md shows the arithmetic)
const FIGS = {
  S1: { recv: '8640件', done: '8112件', doneRate: '93.9%', fix: '1036件', fixRate: '12.8%', from: '1.25万件', to: '1.48万件', grow: '增长18.4%', p1: '76.5%', p2: '92.3%', pp: '15.8', sug: '612件', pro: '845件', sum: '1457件', docs: '286件', docA: '42件', docB: '244件' },
  S2: { recv: '3250件', done: '3068件', doneRate: '94.4%', fix: '325件', fixRate: '10.6%', from: '2400件', to: '2760件', grow: '增长15.0%', p1: '68.2%', p2: '95.6%', pp: '27.4', sug: '238件', pro: '317件', sum: '555件', docs: '154件', docA: '31件', docB: '123件' },
  S3: { recv: '1.96万件', done: '1.83万件', doneRate: '93.4%', fix: '0.21万件', fixRate: '11.5%', from: '4.5亿元', to: '3.6亿元', grow: '下降20.0%', p1: '81.0%', p2: '98.5%', pp: '17.5', sug: '1024件', pro: '1386件', sum: '2410件', docs: '412件', docA: '57件', docB: '355件' },
};
// 纠错率 over 审结: S1 1036/8112 = 0.12771 -> 12.8%; S2 325/3068 = 0.10593 -> 10.6%; S3 0.21/1.83 = 0.11475 -> 11.5%

function yearFacts(Y) {
  // what a writer of year Y would say
  if (Y === 2019) return {
    goal: GOAL15, gang: '《法治政府建设实施纲要（2015—2020年）》',
    theme: '深入学习贯彻党的十九大和十九届二中、三中、四中全会精神',
    special: '认真贯彻《重大行政决策程序暂行条例》，自2019年9月1日起对重大行政决策事项实行目录管理，全年纳入目录的事项均履行了公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。',
    special2: '对照国务院《优化营商环境条例》，组织清理与之不符的规章和规范性文件，推动政务服务事项网上可办。',
    gap: '对照到2020年基本建成法治政府的目标，部分地方和部门推进依法行政的主动性还不够强', gap3: '政务服务标准化、便利化水平与群众期待还有差距', study: '深入学习贯彻习近平总书记关于全面依法治国的重要论述',
    next: '2020年是“十三五”规划收官之年，也是法治政府建设实施纲要确定的目标年份。',
  };
  if (Y === 2020) return {
    goal: GOAL15, gang: '《法治政府建设实施纲要（2015—2020年）》',
    theme: '深入学习贯彻党的十九大和十九届二中、三中、四中、五中全会精神',
    special: '面对突如其来的新冠肺炎疫情，依照《中华人民共和国传染病防治法》《中华人民共和国突发事件应对法》依法启动重大突发公共卫生事件应急响应，严厉打击哄抬物价、制售假劣防疫用品等违法行为，在法治轨道上统筹推进疫情防控和经济社会发展。',
    special2: '审查政府合同时严格依照《中华人民共和国合同法》把关合同条款。《中华人民共和国民法典》颁布后，组织政府系统工作人员开展专题学习，对涉及民法典的规章和规范性文件开展专项清理，为2021年1月1日民法典施行做好准备。',
    gap: '“十三五”时期确定的法治政府建设目标任务总体完成，但对照人民群众的新期待', gap3: '突发事件应对中的依法决策机制还需健全',
    next: '2021年是“十四五”开局之年。',
  };
  if (Y === 2021) return {
    goal: GOAL21, gang: '《法治政府建设实施纲要（2021—2025年）》',
    theme: '深入学习贯彻习近平法治思想和党的十九届历次全会精神',
    special: '修订后的《中华人民共和国行政处罚法》于2021年7月15日起施行，组织执法人员分批次开展新法轮训，同步修改行政处罚裁量基准，推行首违不罚、轻微不罚清单。',
    special2: '民法典施行首年，将民法典宣传纳入普法重点，对政府合同开展合法性审查，督促行政机关依照《中华人民共和国民法典》履行合同义务。坚持常态化疫情防控措施依法实施，及时清理不当加码措施。',
    gap: '对照新一轮法治政府建设实施纲要的要求',
    next: '2022年是实施“十四五”规划承上启下的重要一年。',
  };
  return {
    goal: GOAL21, gang: '《法治政府建设实施纲要（2021—2025年）》',
    theme: '深入学习贯彻党的二十大精神和习近平法治思想',
    special: '坚持依法科学精准做好疫情防控，对防控措施开展合法性审查，及时纠正层层加码、“一刀切”等问题，保障群众正常生产生活秩序。',
    special2: '落实《法治中国建设规划（2020—2025年）》和《法治社会建设实施纲要（2020—2025年）》，推进“八五”普法规划实施，深化“谁执法谁普法”普法责任制。',
    gap: '对照党的二十大对法治政府建设提出的新要求',
    next: '2023年是全面贯彻落实党的二十大精神的开局之年。',
  };
}

/**
 * One report. o: { Y, body (发文机关), short (全省/全市/本厅 wording), who (省政府/市政府/厅), level: prov|city|dept,
 *  title, addressee, figs, date, meta, part5, style: 'std'|'flat', lead (leader name/title), fault hooks }
 */
function report(o) {
  const f = yearFacts(o.Y);
  const F = { ...FIGS[o.figs] , ...(o.figOverride || {}) };
  const Y = o.Y, N = o.Y + 1;
  const out = [];
  if (o.meta) out.push(o.meta, '');
  if (o.preamble) out.push(o.preamble);
  out.push(o.title, '');
  if (o.addressee) out.push(o.addressee);
  const goal = o.goal ?? f.goal;
  const gang = o.gang ?? f.gang;
  out.push(`${Y}年，${o.who}坚持以习近平新时代中国特色社会主义思想为指导，${f.theme}，认真落实${gang}，在${o.leader}的坚强领导下，加快建设${goal}的法治政府，各项工作取得新进展。现将${o.lookbackYear ?? Y}年${o.kind ?? '法治政府建设'}情况报告如下：`, '');
  const h1 = (i, t) => out.push(`${CN[i]}、${t}`);
  h1(0, o.part1 ?? `${o.lookbackYear ?? Y}年推进法治政府建设的主要举措和成效`);
  const subs = [];
  subs.push(['依法全面履行政府职能', [
    `深化“放管服”改革。${o.short}动态调整权责清单，统一公布行政许可事项，实行“证照分离”改革全覆盖，企业开办时间压缩至3个工作日以内。`,
    o.special2 ?? f.special2,
  ]]);
  subs.push(['完善依法行政制度体系', [
    `加强规范性文件监督管理。${o.short}共审查规范性文件${F.docs}，其中${o.docSplitA ?? '本级政府文件'}${F.docA}、${o.docSplitB ?? '部门文件'}${F.docB}，对发现的问题均督促制定机关予以纠正。`,
    f.special,
  ]]);
  subs.push(['推进严格规范公正文明执法', [
    `全面推行行政执法公示、执法全过程记录和重大执法决定法制审核制度，统一执法文书格式，组织执法案卷评查。`,
    `${o.short}行政执法办案数量由${F.from}${F.grow.startsWith('下降') ? '降至' : '增至'}${F.to}，${F.grow}，执法监督平台实现在线记录。`.replace('行政执法办案数量', F.from.includes('亿元') ? '罚没款金额' : '行政执法办案数量'),
  ]]);
  subs.push(['强化行政权力制约和监督', [
    `自觉接受人大监督和政协民主监督，全年办理人大代表建议${F.sug}、政协提案${F.pro}，共${F.sum}，均按期办结答复。`,
    `严格执行《中华人民共和国政府信息公开条例》，主动公开政府信息，依法办理依申请公开事项。`,
  ]]);
  subs.push(['依法有效化解社会矛盾纠纷', [
    `依照《中华人民共和国行政复议法》发挥行政复议化解行政争议的主渠道作用，${o.short}共受理行政复议案件${F.recv}，审结${F.done}，审结率${F.doneRate}；其中直接纠错${F.fix}，纠错率${F.fixRate}。`,
    `行政机关负责人出庭应诉率由上年的${F.p1}提高到${F.p2}，提高${F.pp}个百分点。`,
  ]]);
  if (o.extraLook) subs.push(o.extraLook);
  subs.forEach(([t, items], i) => {
    out.push(`（${CN[i]}）${t}`);
    if (o.style === 'flat') out.push(items.join(''));
    else items.forEach((it, j) => out.push(`${j + 1}.${it}`));
  });
  out.push('');
  let k = 1;
  if (!o.noGap) {
    h1(k++, o.part2 ?? `${Y}年法治政府建设存在的不足和原因`);
    out.push(`${f.gap}，法治政府建设还存在一些短板：一是少数领导干部运用法治思维和法治方式的能力还需提高；二是基层行政执法力量相对薄弱，执法规范化水平不够均衡；三是${f.gap3 ?? '行政复议体制改革后的配套机制还有待完善'}。产生这些问题的原因，主要是思想认识还不够到位，工作推进存在不平衡。`, '');
  }
  const duty = `${o.lead}认真履行推进法治建设第一责任人职责，严格执行《党政主要负责人履行推进法治建设第一责任人职责规定》，全年主持召开${o.meeting}专题研究法治政府建设工作4次，带头参加学法活动，对重大法治问题亲自过问、亲自督办。`;
  if (!o.dutyInPlan) { h1(k++, o.part3 ?? '党政主要负责人履行推进法治建设第一责任人职责情况'); out.push(duty, ''); }
  h1(k++, o.part4 ?? `${o.planYear ?? N}年推进法治政府建设的主要安排`);
  out.push(o.planLead ?? `${o.planYear ? '' : f.next}${o.planYear ?? N}年，${o.who}将重点做好以下工作：`);
  const plan = [
    `${f.study ?? '深入学习贯彻习近平法治思想'}，把法治政府建设${o.level === 'dept' ? '纳入全厅年度重点工作' : `纳入${o.short}发展总体布局`}统筹推进。`,
    `健全依法决策机制，严格落实重大行政决策程序，提高决策质量。`,
    `深化行政执法体制改革，加强执法人员培训和执法监督，提升执法规范化水平。`,
  ];
  plan.forEach((p, i) => out.push(o.style === 'flat' ? `${['一是', '二是', '三是'][i]}${p}` : `（${CN[i]}）${p}`));
  if (o.dutyInPlan) out.push(duty);
  out.push('');
  if (o.part5) { h1(k++, '其他需要报告的情况'); out.push(o.part5, ''); }
  if (o.contact) out.push(o.contact, '');
  out.push(o.sign, o.date);
  const text = out.join('\n') + '\n';
  return o.post ? o.post(text) : text;
}

const C = [];
function add(id, o, label) {
  const file = `${id}.txt`;
  writeFileSync(path.join(dir, file), typeof o === 'string' ? o : report(o));
  C.push({ id, file, ...(label ? { expect: label[0], fault: label[1] } : {}) });
}

const PROV = (name, Y, extra = {}) => ({
  Y, who: `${name}人民政府`, short: '全省', leader: '党中央、国务院和省委', lead: '省长', meeting: '省政府常务会议',
  title: `${name}人民政府关于${Y}年法治政府建设情况的报告`, addressee: '党中央、国务院：', sign: `${name}人民政府`,
  date: `${Y + 1}年3月26日`, docSplitA: '省政府文件', docSplitB: '省直部门文件', ...extra,
});
const CITY = (prov, name, Y, extra = {}) => ({
  Y, who: `${name}人民政府`, short: '全市', leader: '省委、省政府和市委', lead: '市长', meeting: '市政府常务会议',
  title: `${name}人民政府关于${Y}年法治政府建设情况的报告`, addressee: '省委、省政府：', sign: `${name}人民政府`,
  date: `${Y + 1}年2月24日`, docSplitA: '市政府文件', docSplitB: '市直部门文件', ...extra,
});
const DEPT = (prov, dep, Y, extra = {}) => ({
  Y, level: 'dept', who: `${prov}${dep}`, short: '本厅', leader: '省委、省政府', lead: '厅主要负责同志', meeting: '厅党委会议',
  title: `${prov}${dep}${Y}年法治政府建设工作总结`, addressee: '省委、省政府：', sign: `${prov}${dep}`,
  date: `${Y + 1}年2月20日`, docSplitA: '厅本级文件', docSplitB: '系统文件', ...extra,
});

// ---- clean: provinces (deadline 4月1日)
add('C01-prov-2019', PROV('安江省', 2019, { figs: 'S1' }));
add('C02-prov-2020', PROV('河岭省', 2020, { figs: 'S3', part5: '按照疫情防控要求，部分执法检查改为线上开展，相关情况已另行报告。' }));
add('C03-prov-2021', PROV('云川省', 2021, { figs: 'S1', date: '2022年3月31日', part5: '“十三五”时期，全省依据《法治政府建设实施纲要（2015—2020年）》推进依法行政，法治政府基本建成的目标已经实现，有关评估情况已另行报送。' }));
add('C04-prov-2022', PROV('海陵省', 2022, { figs: 'S3', style: 'flat' }));
add('C05-region-2021', PROV('西岭回族自治区', 2021, { figs: 'S3', short: '全区', lead: '自治区主席', meeting: '自治区政府常务会议', leader: '党中央、国务院和自治区党委', date: '2022年4月1日', docSplitA: '自治区政府文件', docSplitB: '区直部门文件' }));
add('C06-prov-2020-work', PROV('东川省', 2020, { figs: 'S1', title: '东川省人民政府关于2020年度法治政府建设工作情况的报告', meta: '发布时间：2021-03-30' }));
add('C07-prov-2019-flat', PROV('北原省', 2019, { figs: 'S3', style: 'flat', part5: '无其他需要报告的情况。' }));
add('C08-prov-2022-huibao', PROV('南湖省', 2022, { figs: 'S1', title: '南湖省人民政府关于2022年法治政府建设情况的汇报', date: '2023年3月15日' }));
// ---- clean: cities (deadline 3月1日)
add('C09-city-2019', CITY('安江省', '临江市', 2019, { figs: 'S2' }));
add('C10-city-2020', CITY('河岭省', '青州市', 2020, { figs: 'S2', style: 'flat' }));
add('C11-city-2021', CITY('云川省', '梧桐市', 2021, { figs: 'S2', title: '梧桐市人民政府关于2021年度法治政府建设工作情况的报告' }));
add('C12-city-2022', CITY('海陵省', '石门市', 2022, { figs: 'S1', date: '2023年3月1日' }));
add('C13-city-2022-summary', CITY('南湖省', '桃源市', 2022, { figs: 'S2', title: '桃源市2022年法治政府建设工作总结', addressee: null, part5: '全市无其他需要报告的重大事项。' }));
add('C14-city-2021-meta', CITY('东川省', '柳城市', 2021, { figs: 'S3', meta: '索引号：11450200-2022-00015\n发布机构：柳城市人民政府办公室\n成文日期：2022-02-18\n发布日期：2022-02-25', date: '2022年2月18日' }));
add('C15-city-2020-flat', CITY('北原省', '金川市', 2020, { figs: 'S3' }));
add('C16-city-2019-work', CITY('西岭回族自治区', '银沙市', 2019, { figs: 'S1', title: '银沙市人民政府关于2019年度法治政府建设工作情况的报告', addressee: '自治区党委、自治区人民政府：', leader: '自治区党委、政府和市委', date: '2020年2月27日' }));
// ---- clean: provincial departments
add('C17-sft-2022', DEPT('安江省', '司法厅', 2022, { figs: 'S2' }));
add('C18-gat-2021', DEPT('河岭省', '公安厅', 2021, { figs: 'S2', title: '河岭省公安厅关于2021年度法治政府建设工作情况的报告', meeting: '厅党委会议', lead: '厅长' }));
add('C19-sft-2019', DEPT('云川省', '司法厅', 2019, { figs: 'S2', style: 'flat' }));
add('C20-gat-2020', DEPT('海陵省', '公安厅', 2020, { figs: 'S2', date: '2021年2月28日' }));
add('C21-jtt-2021', DEPT('南湖省', '交通运输厅', 2021, { figs: 'S2', style: 'flat', part5: '无。' }));
add('C22-sthjt-2022', DEPT('东川省', '生态环境厅', 2022, { figs: 'S2', title: '东川省生态环境厅关于2022年度法治政府建设情况的报告' }));
add('C23-sft-2020-work', DEPT('北原省', '司法厅', 2020, { figs: 'S2', title: '北原省司法厅2020年法治政府建设工作情况', addressee: null }));
add('C24-scjgj-2021', DEPT('西岭回族自治区', '市场监督管理厅', 2021, { figs: 'S2', addressee: '自治区党委、自治区人民政府：', leader: '自治区党委、政府' }));
// more clean: municipality-level city (直辖市 district-free) and a prefecture
add('C25-muni-2021', PROV('江海市', 2021, { figs: 'S3', short: '全市', lead: '市长', meeting: '市政府常务会议', leader: '党中央、国务院和市委', docSplitA: '市政府文件', docSplitB: '市级部门文件', date: '2022年3月29日' }));
add('C26-city-2019-review', CITY('河岭省', '丰谷市', 2019, { figs: 'S3', part5: '2019年全市未发生因违法行政引发的重大群体性事件。' }));
add('C27-prov-2020-goal', PROV('中原省', 2020, { figs: 'S2', part5: '对照《法治政府建设实施纲要（2015—2020年）》确定的到2020年基本建成法治政府的目标，全省已完成各项阶段性任务。' }));

add('C28-city-2021-notitlebody', CITY('云川省', '鹤山市', 2021, { figs: 'S1', title: '关于2021年度法治政府建设工作情况的报告', date: '2022年2月26日' }));
add('C29-prov-2020-addressee', PROV('西江省', 2020, { figs: 'S2', title: '关于2020年法治政府建设情况的报告', date: '2021年3月30日' }));

// ---- one planted fault each
add('F01-year-heading', CITY('安江省', '白鹭市', 2021, { figs: 'S1', part1: '2020年推进法治政府建设的主要举措和成效' }), ['consistent-year', 'look-back heading names 2020 in a 2021 report']);
add('F02-goal-2022', PROV('云川省', 2022, { figs: 'S1', goal: GOAL15 }), ['no-outdated-goal-formula', '2015 goal formula in a 2022 province report']);
add('F03-late-city', CITY('海陵省', '潮平市', 2020, { figs: 'S2', date: '2021年3月22日' }), ['no-late-publication', 'city report dated 2021-03-22, after the 3月1日 deadline']);
add('F04-late-prov', PROV('北原省', 2021, { figs: 'S3', date: '2022年4月15日' }), ['no-late-publication', 'province report dated 2022-04-15, after 4月1日']);
add('F05-superseded', DEPT('南湖省', '司法厅', 2022, { figs: 'S2', gang: '《法治政府建设实施纲要（2015—2020年）》' }), ['valid-law-title', '2015—2020 纲要 cited as the plan being implemented in a 2022 report']);
add('F06-total', PROV('东川省', 2021, { figs: 'S1', figOverride: { sum: '1475件' } }), ['consistent-total', '612件+845件 stated as 共1475件 (is 1457件)']);
add('F07-rate', CITY('中原省', '新野市', 2022, { figs: 'S2', figOverride: { doneRate: '92.4%' } }), ['consistent-rate', '3068/3250 stated 92.4% (is 94.4%)']);
add('F08-planyear', DEPT('海陵省', '公安厅', 2019, { figs: 'S2', planYear: 2019 }), ['require-next-year-plan', 'plan part of a 2019 report names 2019 instead of 2020']);

// ---- batch 2 (written and labelled after the first run had scored batch 1; labels fixed before batch 2 was run)
add('G01-city-2022-history', CITY('安江省', '沙洲市', 2022, { figs: 'S2', extraLook: ['回顾近年来法治政府建设进程', [
  '2020年，全市如期完成《法治政府建设实施纲要（2015—2020年）》确定的各项目标任务，法治政府基本建成。',
  '2021年以来，全市对照新纲要制定本市实施方案，明确了到2025年的阶段性目标。',
]] }));
add('G02-prov-2021-docno', PROV('北江省', 2021, { figs: 'S1', preamble: '北政报〔2022〕8号\n签发人：周启明\n', title: '北江省人民政府关于\n2021年法治政府建设情况的报告', date: '2022年3月30日' }));
add('G03-city-2020-cnyear', CITY('河岭省', '松阳市', 2020, { figs: 'S3', title: '关于二〇二〇年度法治政府建设情况的报告', sign: '松阳市人民政府', date: '二〇二一年二月二十六日' }));
add('G04-prov-2022-compare', PROV('海陵省', 2022, { figs: 'S1', extraLook: ['统筹疫情防控和经济社会发展', [
  '与2021年相比，全省行政复议案件受理量有所增长，主要集中在征地拆迁、社会保障和市场监管领域。',
  '2022年12月，根据国家疫情防控政策调整，全省及时清理废止涉疫规范性文件，做好防控措施平稳转段。',
]] }));
add('G05-gat-2019-shorttitle', DEPT('', '省公安厅', 2019, { figs: 'S2', title: '省公安厅2019年度法治政府建设情况报告', sign: '省公安厅', who: '省公安厅', date: '2020年2月25日',
  figOverride: { recv: '3,250件', done: '3,068件', from: '2,400件', to: '2,760件' } }));
add('G06-city-2021-nextstep', CITY('云川省', '青禾市', 2021, { figs: 'S2', part4: '下一步工作打算', planLead: '2022年，青禾市人民政府将对照到2025年政府行为全面纳入法治轨道的目标，重点做好以下工作：' }));
add('G07-prov-2020-newlaw', PROV('中原省', 2020, { figs: 'S3', planLead: '2021年是“十四五”开局之年。2021年，中原省人民政府将认真贯彻新修订的《中华人民共和国行政处罚法》和自2021年1月1日起施行的《中华人民共和国民法典》，重点做好以下工作：' }));
add('G08-sft-2022-revnote', DEPT('东川省', '司法厅', 2022, { figs: 'S2', special2: '严格执行《中华人民共和国行政复议法》（2017年修正），积极配合做好行政复议法修订的调研论证工作，推进行政复议体制改革各项配套制度落地。' }));

add('H01-late-prov-published', PROV('南湖省', 2021, { figs: 'S3', meta: '发布时间：2022-04-20', date: '2022年3月28日' }), ['no-late-publication', 'province report published 2022-04-20, after the 4月1日 publication deadline']);
add('H02-repealed-contract', PROV('西江省', 2021, { figs: 'S1', special2: '审查政府合同时严格依照《中华人民共和国合同法》把关合同条款，全年审查重大合同120份。' }), ['valid-law-title', '合同法 (repealed 2021-01-01) cited as current in a 2021 report']);
add('H03-pp', CITY('北原省', '雁门市', 2020, { figs: 'S3', figOverride: { pp: '18.5' } }), ['consistent-rate', '81.0% -> 98.5% stated 提高18.5个百分点 (is 17.5)']);
add('H04-date-in-year', PROV('安江省', 2021, { figs: 'S1', date: '2021年3月25日' }), ['consistent-year', 'closing date 2021-03-25 inside the 2021 report year (should be 2022)']);
add('H05-goal-dept-2021', DEPT('云川省', '公安厅', 2021, { figs: 'S2', goal: GOAL15 }), ['no-outdated-goal-formula', '2015 goal formula in a 2021 department report']);
add('H06-nogap', CITY('东川省', '芦溪市', 2020, { figs: 'S1', noGap: true }), ['require-sections', 'part 2 (不足和原因) missing']);
add('H07-total-docs', PROV('河岭省', 2019, { figs: 'S3', figOverride: { docs: '402件' } }), ['consistent-total', '57件+355件 stated as 共402件 (is 412件)']);
add('H08-wrongyears', CITY('海陵省', '浦口市', 2021, { figs: 'S1', gang: '《法治政府建设实施纲要（2020—2025年）》' }), ['valid-law-title', '纲要 cited with years 2020—2025 (is 2021—2025)']);

// ---- batch 3 (labelled before its run): figures of a whole province in 万件/亿元, later-year events named in a
// look-back, 2019 laws taking effect in 2020, dates in page furniture
const REVIEW = ['行政复议和行政应诉', [
  '全省各级行政复议机关共收到行政复议申请2.36万件，依法受理2.08万件，受理率88.1%。',
  '受理案件中，县级政府受理0.95万件、市级政府受理0.86万件、省级受理0.27万件，合计2.08万件。',
  '全省法院一审审结的行政案件中，行政机关败诉率为8.6%，较2020年的10.2%下降1.6个百分点。',
]];
const TAX = ['助企纾困', ['全年新增减税降费1256.3亿元，其中减税842.1亿元、降费414.2亿元，惠及市场主体86万户。']];
add('K01-prov-2021-review', PROV('安江省', 2021, { figs: 'S1', extraLook: REVIEW, date: '2022年3月18日' }));
add('K02-city-2022-meta', CITY('河岭省', '长汀市', 2022, { figs: 'S2', meta: '成文日期：2023-02-27\n发布日期：2023-03-31', date: '2023年2月27日' }));
add('K03-prov-2022-jan2023', PROV('云川省', 2022, { figs: 'S3', extraLook: ['平稳有序实施疫情防控政策调整', [
  '2022年12月，全省按照国家部署优化调整防控措施，及时废止涉疫临时性规定。',
  '2023年1月8日起新冠病毒感染实施“乙类乙管”，全省提前做好法律政策衔接，相关文件清理工作已于2023年1月上旬完成。',
]] }));
add('K04-prov-2020-tax', PROV('海陵省', 2020, { figs: 'S1', extraLook: TAX }));
add('K05-prov-2019-foreign', PROV('南湖省', 2019, { figs: 'S1', special2: '《中华人民共和国外商投资法》自2020年1月1日起施行，全省对涉及外商投资的规章和规范性文件开展专项清理，为新法施行做好准备。', extraLook: ['比较', ['全省行政执法办案数量较2018年的1.12万件增长11.6%。']] }));
add('K06-city-2020-punish2021', CITY('东川省', '桐乡市', 2020, { figs: 'S2', planLead: '2021年，桐乡市人民政府将以贯彻实施《中华人民共和国行政处罚法》（2021年修订）为重点，重点做好以下工作：' }));
add('K07-city-2021-pubmeta', CITY('北原省', '阳曲市', 2021, { figs: 'S3', title: '关于2021年度法治政府建设工作情况的报告', meta: '来源：阳曲市司法局  发布时间：2022-02-28' }));
add('K08-dept-2022-draft', DEPT('中原省', '司法厅', 2022, { figs: 'S2', special2: '配合做好《中华人民共和国行政复议法（修订草案）》征求意见工作，组织全省行政复议机构提出修改建议46条。' }));

add('L01-rate-accept', PROV('东川省', 2021, { figs: 'S1', extraLook: [REVIEW[0], [REVIEW[1][0].replace('88.1%', '86.1%'), REVIEW[1][1], REVIEW[1][2]]] }), ['consistent-rate', '2.08/2.36 stated 86.1% (is 88.1%)']);
add('L02-total-wan', PROV('北原省', 2022, { figs: 'S3', extraLook: [REVIEW[0], [REVIEW[1][0], REVIEW[1][1].replace('合计2.08万件', '合计2.18万件'), REVIEW[1][2].replace('2020年', '2021年')]] }), ['consistent-total', '0.95+0.86+0.27 stated 合计2.18万件 (is 2.08万件)']);
add('L03-pp-lose', PROV('西江省', 2021, { figs: 'S3', extraLook: [REVIEW[0], [REVIEW[1][0], REVIEW[1][1], REVIEW[1][2].replace('下降1.6个百分点', '下降2.6个百分点')]] }), ['consistent-rate', '10.2% -> 8.6% stated 下降2.6个百分点 (is 1.6)']);
add('L04-late-city-meta', CITY('云川省', '竹溪市', 2021, { figs: 'S2', meta: '成文日期：2022-03-15\n发布日期：2022-03-20', date: '2022年3月15日' }), ['no-late-publication', 'city report written 2022-03-15, after 3月1日']);
add('L05-superseded-plan', CITY('海陵省', '渔阳市', 2021, { figs: 'S1', planLead: '2022年，渔阳市人民政府将继续贯彻落实《法治政府建设实施纲要（2015—2020年）》，重点做好以下工作：' }), ['valid-law-title', '2015—2020 纲要 as the plan to carry on in 2022']);
add('L06-opening-year', CITY('南湖省', '兰溪市', 2022, { figs: 'S2', lookbackYear: 2021 }), ['consistent-year', 'title 2022 but opening and look-back heading say 2021']);
add('L07-goal-comma', PROV('中原省', 2022, { figs: 'S1', goal: '职能科学，权责法定，执法严明，公开公正，廉洁高效，守法诚信' }), ['no-outdated-goal-formula', '2015 formula with ， separators in a 2022 report']);
add('L08-plan-noyear', CITY('河岭省', '北流市', 2021, { figs: 'S1', part4: '下一步工作打算', planLead: '下一步，北流市人民政府将重点做好以下工作：' }), ['require-next-year-plan', 'plan part names no year']);

// ---- batch 4 (labelled before its run): the remaining rules on higher-level and older reports
const one = (a, b) => (t) => { if (t.split(a).length !== 2) throw new Error(`post: ${a}`); return t.replace(a, b); };
add('M01-prov-2019-npc', PROV('安江省', 2019, { figs: 'S3', addressee: '省委、省人大常委会：', date: '2020年3月30日' }));
add('M02-city-2021-centenary', CITY('河岭省', '凤鸣市', 2021, { figs: 'S1', extraLook: ['开展党史学习教育', ['2021年是中国共产党成立100周年，全市把党史学习教育与法治政府建设结合起来。', '2016年以来，全市已连续六年开展法治政府建设考核，考核结果纳入领导班子综合考评。']] }));
add('M03-prov-2019-goalyear', PROV('云川省', 2019, { figs: 'S2', planLead: '2020年是法治政府基本建成的目标年。2020年，云川省人民政府将对照到2020年基本建成法治政府的目标，重点做好以下工作：' }));
add('M04-prov-2022-hotline', PROV('海陵省', 2022, { figs: 'S1', extraLook: ['优化政务服务', ['整合“12345”政务服务便民热线，全年受理群众诉求286万件，按期办结率99.2%。', '深化“放管服”、“证照分离”改革，推行“一件事一次办”。']], contact: '联系单位：海陵省司法厅，电话：0898-6535812' }));
add('M05-wjw-2020', DEPT('河岭省', '卫生健康委员会', 2020, { figs: 'S2', who: '河岭省卫生健康委员会', short: '全省卫生健康系统', lead: '委主要负责同志', meeting: '委党组会议', docSplitA: '委本级文件', docSplitB: '系统文件' }));
add('M06-city-2022-anon', CITY('南湖省', '临川市', 2022, { figs: 'S3', extraLook: ['强化典型案例指导', ['发布行政执法典型案例12件，其中依法查处王某某非法占用耕地案入选全省十大典型案例。']] }));
add('M07-prov-2020-headings', PROV('东川省', 2020, { figs: 'S3', part2: '存在的问题和困难', part3: '省政府主要负责同志履行推进法治建设第一责任人职责情况' }));
add('M08-city-2019-orders', CITY('北原省', '云中市', 2019, { figs: 'S2', title: '云中市2019年度法治政府建设情况报告', part5: '2019年全市共有3个单位被命名为全省依法行政示范单位。' }));

add('N01-numbering-skip', PROV('中原省', 2021, { figs: 'S1', post: one('（五）依法有效化解', '（六）依法有效化解') }), ['consistent-numbering', '（四） followed by （六）']);
add('N02-unclosed-title', CITY('安江省', '江陵市', 2022, { figs: 'S2', post: one('《中华人民共和国政府信息公开条例》', '《中华人民共和国政府信息公开条例') }), ['no-unpaired-punctuation', '《 without 》']);
add('N03-halfwidth-comma', DEPT('河岭省', '司法厅', 2021, { figs: 'S2', post: one('统一公布行政许可事项，实行', '统一公布行政许可事项,实行') }), ['require-fullwidth-punctuation', 'one half-width comma between Chinese characters']);
add('N04-placeholder', PROV('云川省', 2020, { figs: 'S1', figOverride: { sug: '××件' } }), ['no-placeholder', '人大代表建议××件 left unfilled']);
add('N05-mobile', CITY('海陵省', '南渡市', 2021, { figs: 'S3', contact: '联系人：李明，联系电话：13907315628' }), ['no-sensitive-data', 'a mobile number in the published report']);
add('N06-duty-in-plan', CITY('南湖省', '石岭市', 2022, { figs: 'S2', dutyInPlan: true }), ['require-first-responsible-person', 'no part 3; the account of the duty written into the plan part']);
add('N07-late-dept', DEPT('东川省', '公安厅', 2020, { figs: 'S2', date: '2021年3月20日' }), ['no-late-publication', 'provincial department report dated 2021-03-20, after the 3月1日 deadline for departments']);
add('N08-pub-before-year-end', PROV('北原省', 2019, { figs: 'S1', meta: '发布时间：2019-11-15' }), ['consistent-year', 'publication date 2019-11-15 inside the 2019 report year']);

writeFileSync(path.join(here, 'cases.json'), JSON.stringify(C, null, 2) + '\n');
console.log(C.length, 'cases');
