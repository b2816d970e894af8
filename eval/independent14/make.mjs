// Writes eval/independent14/cases/*.txt, cases.json and arithmetic.md. Long, complete, clean reports (5,000–9,000
// characters) in the manner of large city/district governments and big departments, plus fault variants with ONE
// planted fault each. Text written for this suite (no sentence pasted from a source). Every figure is derived from a
// few base counts below; each derived figure (rate, total, 同比, 百分点, 占比) is computed here, asserted not to sit on a
// rounding edge, and written out with its arithmetic to arithmetic.md. Run: node eval/independent14/make.mjs
import { writeFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, 'cases');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

// deterministic PRNG (mulberry32)
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const ARITH = [];
/** a rate num/den in % to 1 decimal, refusing values near a rounding edge */
function pct(num, den, what, log) {
  const v = (num / den) * 100;
  const frac = (v * 10) % 1;
  if (Math.abs(frac - 0.5) < 0.02) throw new Error(`rounding edge: ${what} ${v}`);
  const s = v.toFixed(1);
  log.push(`${what}: ${num}/${den} = ${v.toFixed(4)}% → ${s}%`);
  return s;
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** base figures for one report, drawn from a seed and derived by arithmetic */
function figures(seed, scale) {
  const r = rng(seed);
  const int = (lo, hi) => Math.round(lo + r() * (hi - lo));
  const log = [];
  const F = {};
  for (;;) {
    try {
      log.length = 0;
      // 政务服务事项
      F.items = int(1200, 2400) * scale;
      F.online = F.items - int(20, 90);
      F.onlineRate = pct(F.online, F.items, '全程网办率 = 可全程网办事项/政务服务事项', log);
      F.instant = int(300, 600);
      F.promise = F.items - F.instant;
      log.push(`政务服务事项 ${F.items} = 即办件 ${F.instant} + 承诺件 ${F.promise}`);
      // 经营主体
      F.ent0 = int(8000, 15000) * scale;
      F.ent = F.ent0 + int(600, 2200);
      F.entDiff = F.ent - F.ent0;
      F.entGrow = pct(F.entDiff, F.ent0, `新增经营主体增长率 = (${F.ent}-${F.ent0})/${F.ent0}`, log);
      // 双随机
      F.rand = int(160, 320);
      F.joint = int(40, 110);
      F.jointShare = pct(F.joint, F.rand, '部门联合抽查占比 = 联合抽查/双随机抽查', log);
      F.randFirms = int(3000, 9000);
      // 规范性文件
      F.docGov = int(12, 40);
      F.docOff = int(15, 60);
      F.docs = F.docGov + F.docOff;
      log.push(`审核规范性文件 ${F.docs} = 政府 ${F.docGov} + 政府办公室 ${F.docOff}`);
      F.clKeep = int(120, 300);
      F.clMod = int(8, 30);
      F.clDel = int(10, 45);
      F.clean = F.clKeep + F.clMod + F.clDel;
      log.push(`清理规范性文件 ${F.clean} = 保留 ${F.clKeep} + 修改 ${F.clMod} + 废止 ${F.clDel}`);
      F.decisions = int(6, 18);
      F.contracts = int(180, 520);
      F.contractYi = (int(150, 900) / 10).toFixed(1);
      F.opinions = int(300, 900);
      // 执法
      F.pun0 = int(5000, 12000) * scale;
      F.pun = F.pun0 - int(300, 1500);
      F.punDown = pct(F.pun0 - F.pun, F.pun0, `行政处罚案件下降率 = (${F.pun0}-${F.pun})/${F.pun0}`, log);
      F.fine = int(3000, 9000);
      F.exempt = int(300, 1200);
      F.exemptWan = int(200, 900);
      F.fileGood = int(40, 90);
      F.fileOk = int(150, 300);
      F.fileBad = int(3, 12);
      F.files = F.fileGood + F.fileOk + F.fileBad;
      log.push(`评查案卷 ${F.files} = 优秀 ${F.fileGood} + 合格 ${F.fileOk} + 不合格 ${F.fileBad}`);
      F.filePass = pct(F.fileGood + F.fileOk, F.files, `案卷合格率 = (${F.fileGood}+${F.fileOk})/${F.files}`, log);
      F.trainees = int(1500, 4800);
      F.checks0 = int(9000, 20000);
      F.checks = F.checks0 - int(1500, 5000);
      F.checksDown = pct(F.checks0 - F.checks, F.checks0, `涉企行政检查下降率 = (${F.checks0}-${F.checks})/${F.checks0}`, log);
      // 行政复议
      F.rvKeep = int(90, 250) * scale;
      F.rvRej = int(40, 120) * scale;
      F.rvIllegal = int(8, 30);
      F.rvRevoke = int(10, 40);
      F.rvOrder = int(3, 15);
      F.rvSettle = int(60, 200) * scale;
      F.rvDone = F.rvKeep + F.rvRej + F.rvIllegal + F.rvRevoke + F.rvOrder + F.rvSettle;
      F.rvAcc = F.rvDone + int(10, 60);
      F.rv = F.rvAcc + int(15, 50);
      F.rv0 = F.rv - int(30, Math.round(F.rv / 4));
      F.rvGrow = pct(F.rv - F.rv0, F.rv0, `复议申请增长率 = (${F.rv}-${F.rv0})/${F.rv0}`, log);
      log.push(`复议 收到 ${F.rv} ≥ 受理 ${F.rvAcc} ≥ 审结 ${F.rvDone}`);
      log.push(`复议审结 ${F.rvDone} = 维持 ${F.rvKeep} + 驳回 ${F.rvRej} + 确认违法 ${F.rvIllegal} + 撤销 ${F.rvRevoke} + 责令履行 ${F.rvOrder} + 调解和解终止 ${F.rvSettle}`);
      F.rvFix = F.rvIllegal + F.rvRevoke + F.rvOrder;
      log.push(`直接纠错 ${F.rvFix} = ${F.rvIllegal} + ${F.rvRevoke} + ${F.rvOrder}`);
      F.rvFixRate = pct(F.rvFix, F.rvDone, `纠错率 = 直接纠错/审结`, log);
      F.rvSettleRate = pct(F.rvSettle, F.rvDone, '调解和解结案占比 = 调解和解终止/审结', log);
      // 行政诉讼
      F.lit = int(200, 700) * scale;
      F.litDone = F.lit - int(20, 80);
      F.litLose = int(6, 30);
      F.litLoseRate = pct(F.litLose, F.litDone, '败诉率 = 败诉/审结', log);
      F.hearings = int(100, 300);
      F.lose0 = (Number(F.litLoseRate) + int(5, 40) / 10).toFixed(1);
      F.loseDrop = (Number(F.lose0) - Number(F.litLoseRate)).toFixed(1);
      log.push(`败诉率 由 ${F.lose0}% 降至 ${F.litLoseRate}%，下降 ${F.lose0}-${F.litLoseRate} = ${F.loseDrop} 个百分点`);
      // 调解
      F.med = int(6000, 16000) * scale;
      F.medOk = F.med - int(150, 600);
      F.medRate = pct(F.medOk, F.med, '调解成功率 = 调解成功/调解纠纷', log);
      // 建议提案
      F.sug = int(80, 260);
      F.pro = int(100, 320);
      F.sugPro = F.sug + F.pro;
      log.push(`建议提案合计 ${F.sugPro} = 建议 ${F.sug} + 提案 ${F.pro}`);
      // 政务公开
      F.pub = int(12000, 40000);
      F.apply0 = int(150, 500);
      F.apply = F.apply0 + int(20, 150);
      F.applyGrow = pct(F.apply - F.apply0, F.apply0, `依申请公开增长率 = (${F.apply}-${F.apply0})/${F.apply0}`, log);
      // 满意度 百分点
      F.sat0 = (int(880, 930) / 10).toFixed(1);
      F.sat = (Number(F.sat0) + int(8, 40) / 10).toFixed(1);
      F.satUp = (Number(F.sat) - Number(F.sat0)).toFixed(1);
      log.push(`满意度 由 ${F.sat0}% 提高到 ${F.sat}%，提高 ${F.sat}-${F.sat0} = ${F.satUp} 个百分点`);
      // 12345
      F.hot = int(20, 90) * scale;
      F.hotDoneWan = F.hot;
      F.hotRate = (int(980, 998) / 10).toFixed(1);
      // 普法
      F.law = int(600, 2000);
      F.lawPeople = int(20, 80);
      // 安全生产隐患
      F.haz = int(2000, 9000);
      F.hazFixed = F.haz - int(20, 120);
      F.hazRate = pct(F.hazFixed, F.haz, '隐患整改率 = 已整改/排查隐患', log);
      // 数字法治
      F.dataWan = int(120, 900);
      F.certTypes = int(180, 420);
      F.platformRec = int(40000, 160000);
      // 法律顾问 公职律师
      F.adv = int(40, 160);
      F.lawyer0 = int(60, 200);
      F.lawyer = F.lawyer0 + int(10, 60);
      F.lawyerGrow = pct(F.lawyer - F.lawyer0, F.lawyer0, `公职律师增长率 = (${F.lawyer}-${F.lawyer0})/${F.lawyer0}`, log);
      F.exam = int(300, 1200);
      F.examPass = F.exam - int(10, 60);
      F.examRate = pct(F.examPass, F.exam, '学法考试合格率 = 合格/参考', log);
      // 督察整改
      F.insp = int(12, 40);
      F.inspDone = F.insp - int(1, 4);
      // 第一责任人
      F.meetings = int(4, 9);
      F.topics = F.meetings + int(3, 12);
      F.study = int(6, 14);
      F.shufa = int(20, 60);
      return { F, log: [...log] };
    } catch (e) {
      if (!/rounding edge|retry/.test(e.message)) throw e;
      // draw again
    }
  }
}

const GOAL = '职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意';
function yearTheme(Y) {
  if (Y === 2023) return { theme: '全面贯彻党的二十大精神', next: `${Y + 1}年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。`, dateDay: '2月' };
  if (Y === 2024) return { theme: '全面贯彻党的二十大和二十届二中、三中全会精神', next: `${Y + 1}年是“十四五”规划收官之年。`, dateDay: '2月' };
  return { theme: '全面贯彻党的二十大和二十届历次全会精神', next: `${Y + 1}年是“十五五”规划开局之年。`, dateDay: '2月' };
}

/**
 * o: { id, Y, kind: 'city'|'district'|'county'|'dept', name (发文机关), self (我市/我区/本局 wording), upper (上级),
 *   abbr (文号机关代字), num, addressee, date, scale, seed, figLog }
 */
function report(o) {
  const { F, log } = figures(o.seed, o.scale ?? 1);
  ARITH.push(`### ${o.id}\n\n` + log.map((l) => `- ${l}`).join('\n'));
  const Y = o.Y, N = Y + 1;
  const t = yearTheme(Y);
  const gov = o.kind !== 'dept';
  const S = o.self; // 全市 / 全区 / 全县 / 全系统
  const meeting = gov ? `${o.short}政府常务会议` : '局党组会议和局长办公会议';
  const head = gov ? `${o.short}政府主要负责同志` : '局主要负责同志';
  const out = [];
  out.push(o.name + (gov ? '' : ''));
  out.push(`${o.abbr}〔${N}〕${o.num}号`, '');
  out.push(o.title ?? `${o.name}关于${Y}年度法治政府建设情况的报告`, '');
  out.push(o.addressee);
  out.push(`${Y}年，在${o.upper}的坚强领导下，${o.name}坚持以习近平新时代中国特色社会主义思想为指导，${t.theme}，深入践行习近平法治思想，对标《法治政府建设实施纲要（2021—2025年）》确定的目标任务，着力建设${GOAL}的法治政府，以法治之力护航高质量发展。现将${Y}年度法治政府建设情况报告如下：`, '');

  out.push(`一、${Y}年推进法治政府建设的主要举措和成效`);
  const subs = [];
  // (一) 职能
  subs.push([gov ? '依法全面履行政府职能，营商环境持续优化' : '依法全面履行部门职能，服务保障大局有力', [
    ['深化“放管服”改革', `${o.name}动态调整权责清单，全面实施行政许可事项清单管理，清单之外不得违法实施行政许可。一是推进政务服务标准化，${S}政务服务事项${F.items}项，其中即办件${F.instant}项、承诺件${F.promise}项，可全程网办事项${F.online}项，全程网办率达${F.onlineRate}%。二是推行${Y === 2023 ? '“一件事一次办”' : '“高效办成一件事”'}，上线企业开办、工程建设项目审批、退休等集成服务，申请材料平均精简四成以上。三是建成“15分钟政务服务圈”，把高频事项延伸至街道（乡镇）便民服务中心和村（社区）代办点。`],
    ['打造法治化营商环境', `严格落实《优化营商环境条例》和《保障中小企业款项支付条例》，开展妨碍统一市场和公平竞争的政策措施清理，对新出台的涉企政策逐件进行公平竞争审查。${Y}年${S}新增经营主体${F.ent}户，比上年增加${F.entDiff}户，增长${F.entGrow}%。设立“企业服务直通车”，由${gov ? '政府领导' : '局领导'}带队走访企业，协调解决融资、用地、用工等诉求，做到件件有回音。`],
    ['加强重点领域依法监管', `认真贯彻《中华人民共和国安全生产法》《中华人民共和国食品安全法》，深入开展安全生产治本攻坚和食品安全“守底线、查隐患、保安全”专项行动，${S}排查各类隐患${F.haz}项，已整改${F.hazFixed}项，整改率为${F.hazRate}%，其余隐患均已落实管控措施、明确整改时限。`],
    ['创新事中事后监管', `全面推行“双随机、一公开”监管，${S}开展随机抽查${F.rand}次，抽查经营主体${F.randFirms}户，其中部门联合抽查${F.joint}次，占比${F.jointShare}%。规范涉企行政检查，推行“综合查一次”和非现场监管，全年涉企行政检查${F.checks}户次，较上年的${F.checks0}户次下降${F.checksDown}%，做到“无事不扰”与“无处不在”相统一。`],
  ]]);
  // (二) 制度与决策
  subs.push(['健全依法决策机制，制度建设质量不断提升', [
    ['加强行政规范性文件管理', `坚持“有件必备、有备必审、有错必纠”，全年审核行政规范性文件${F.docs}件，其中以${gov ? '政府' : '本局'}名义制发${F.docGov}件、以${gov ? '政府办公室' : '局办公室'}名义制发${F.docOff}件，均在规定时限内报送备案。组织开展规范性文件集中清理，共清理${F.clean}件，其中保留${F.clKeep}件、修改${F.clMod}件、废止${F.clDel}件，清理结果已向社会公布。`],
    ['严格履行重大行政决策程序', `认真执行《重大行政决策程序暂行条例》，编制并公布${Y}年度重大行政决策事项目录，纳入目录的${F.decisions}项决策事项均履行了公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。对涉及群众切身利益的决策事项，通过听证会、座谈会、网络征求意见等方式广泛听取意见，决策的透明度和认可度明显提高。对实施满一年的重要决策开展后评估，根据评估结论及时调整完善相关措施，形成决策、执行、评估、调整的闭环管理。`],
    ['全面推进合法性审查', `坚持“应审必审”，由法律顾问和公职律师共同参与审查工作，全年审查${gov ? '政府' : '本局'}合同${F.contracts}份，涉及金额${F.contractYi}亿元，依照《中华人民共和国民法典》对合同主体、权利义务和违约责任条款逐项把关，出具法律意见${F.opinions}条，有效防范了履约风险。`],
  ]]);
  // (三) 执法
  subs.push(['严格规范公正文明执法，执法质效稳步提高', [
    ['落实行政执法“三项制度”', `严格落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，执法信息在规定时限内统一公示。${Y}年${S}共办理行政处罚案件${F.pun}件，比上年的${F.pun0}件下降${F.punDown}%，罚没款${F.fine}万元。全面推行说理式执法和执法文书标准化，执法决定书载明认定事实、法律依据和裁量理由，当事人的陈述申辩权利得到充分保障。`],
    ['推行包容审慎监管', `依照《中华人民共和国行政处罚法》，动态调整“首违不罚、轻微不罚”清单，全年依法不予处罚或者减轻处罚案件${F.exempt}件，涉及金额${F.exemptWan}万元，让执法既有力度又有温度。`],
    ['推进执法数字化转型', `依托行政执法监督平台归集执法检查、处罚、强制等数据${F.platformRec}条，对超期办案、程序缺项等问题自动预警。在交通运输、生态环境、城市管理等领域推行非现场执法，减少对经营主体正常生产经营活动的干扰。`],
    ['强化执法监督和队伍建设', `开展行政执法案卷评查，评查案卷${F.files}卷，其中优秀${F.fileGood}卷、合格${F.fileOk}卷、不合格${F.fileBad}卷，合格率为${F.filePass}%，对发现的问题逐一反馈整改。组织执法人员分级分类培训，累计轮训${F.trainees}人次，执法人员持证上岗率保持100%。`],
  ]]);
  // (四) 矛盾纠纷
  subs.push(['依法有效化解社会矛盾纠纷，社会大局和谐稳定', [
    ['发挥行政复议主渠道作用', `${Y === 2023 ? '认真学习宣传新修订的' : '深入实施新修订的'}《中华人民共和国行政复议法》，${gov ? `${o.short}政府` : '本局'}收到行政复议申请${F.rv}件，比上年的${F.rv0}件增长${F.rvGrow}%，受理${F.rvAcc}件。审结${F.rvDone}件，其中维持${F.rvKeep}件、驳回${F.rvRej}件、确认违法${F.rvIllegal}件、撤销${F.rvRevoke}件、责令履行${F.rvOrder}件、调解和解后终止${F.rvSettle}件，直接纠错${F.rvFix}件，纠错率为${F.rvFixRate}%；通过调解和解方式结案的占审结案件的${F.rvSettleRate}%。`],
    ['提升行政应诉水平', `认真执行《中华人民共和国行政诉讼法》，全年办理一审行政应诉案件${F.lit}件，审结${F.litDone}件，败诉${F.litLose}件，败诉率为${F.litLoseRate}%，较上年的${F.lose0}%下降${F.loseDrop}个百分点。开庭审理的${F.hearings}件案件均有行政机关负责人出庭应诉，出庭应诉率为100%。`],
    ['坚持和发展新时代“枫桥经验”', `完善人民调解、行政调解、司法调解联动工作体系，${S}调解各类矛盾纠纷${F.med}件，调解成功${F.medOk}件，调解成功率达${F.medRate}%。“12345”政务服务便民热线全年受理群众诉求${F.hot}万件，按期办结率${F.hotRate}%。健全信访工作法治化机制，推动信访事项依法分类处理，引导群众通过法定途径表达诉求、维护权益，做到依法按政策解决问题。`],
  ]]);
  // (五) 监督 公开 普法
  subs.push(['强化行政权力制约监督，政务公开和普法同步推进', [
    ['自觉接受各方面监督', `主动接受人大法律监督、工作监督和政协民主监督，全年办理人大代表建议${F.sug}件、政协提案${F.pro}件，合计${F.sugPro}件，均在规定期限内办复。支持审计、统计等专门监督，对审计发现的问题建立台账，逐项销号。`],
    ['深化政务公开', `依照《中华人民共和国政府信息公开条例》，全年主动公开政府信息${F.pub}条；办理依申请公开${F.apply}件，比上年增加${F.apply - F.apply0}件，增长${F.applyGrow}%，均在法定期限内答复。群众对政务公开工作的满意度由上年的${F.sat0}%提高到${F.sat}%，提高${F.satUp}个百分点。`],
    ['深入推进“八五”普法', `落实“谁执法谁普法”普法责任制，围绕宪法、民法典和与群众生产生活密切相关的法律法规，举办法治讲座、以案释法、法律进社区等活动${F.law}场次，受众${F.lawPeople}万人次。组织国家工作人员年度学法考试，参考${F.exam}人，合格${F.examPass}人，合格率为${F.examRate}%。`],
  ]]);
  subs.push(['加快数字法治政府建设，依法行政支撑能力持续增强', [
    ['推进政务数据依法共享', `健全政务数据共享协调机制，${Y}年通过数据共享平台调用数据${F.dataWan}万次，汇聚电子证照${F.certTypes}类，“减证便民”成效明显。严格落实数据安全和个人信息保护要求，对涉及个人信息的数据调用实行审批留痕。`],
    ['加强法治工作队伍建设', `${gov ? `${o.short}政府及其工作部门` : '本局及直属单位'}共聘请法律顾问${F.adv}名，公职律师发展到${F.lawyer}名，比上年增加${F.lawyer - F.lawyer0}名，增长${F.lawyerGrow}%，法律顾问和公职律师参与重大事项研究论证实现常态化。`],
  ]]);
  subs.push(['推进法治社会和基层法治建设，法治氛围日益浓厚', [
    ['加强基层法治建设', `${gov ? `指导街道（乡镇）规范行使综合行政执法权，对赋权事项开展评估，对承接不了、监管不到位的事项按程序调整。` : `指导基层单位规范执法程序，对基层执法人员开展跟班指导和案卷点评。`}深化“民主法治示范村（社区）”创建，推动“法律明白人”培养工程提质扩面，让群众在家门口就能找到法律服务。`],
    ['完善公共法律服务体系', `整合律师、公证、法律援助、司法鉴定、人民调解等服务资源，推行公共法律服务“一站式”办理，为困难群众、农民工、老年人等群体提供便捷的法律援助，努力让群众感受到法治的温度和公平正义。`],
  ]]);
  subs.forEach(([h, items], i) => {
    out.push(`（${CN[i]}）${h}`);
    items.forEach(([ih, body], j) => out.push(`${j + 1}.${ih}。${body}`));
  });
  out.push('');

  out.push(gov ? `二、${o.short}政府主要负责同志履行推进法治建设第一责任人职责情况` : '二、局主要负责同志履行推进法治建设第一责任人职责情况');
  out.push(`${head}认真落实《党政主要负责人履行推进法治建设第一责任人职责规定》，切实履行推进法治建设第一责任人职责，做到重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。一是高位推动。主持召开${meeting}${F.meetings}次专题研究法治政府建设，审议法治议题${F.topics}个，把法治政府建设纳入年度重点工作和绩效考核。二是带头学法。坚持会前学法制度，全年组织集体学法${F.study}次，内容涵盖宪法、行政复议法、安全生产法等。三是压实责任。组织${F.shufa}名${gov ? '部门和街道（乡镇）主要负责人' : '科室和直属单位主要负责人'}年终述法，述法结果纳入考核。四是督促整改。对上级法治督察反馈的${F.insp}个问题，逐项明确责任单位和整改时限，已完成整改${F.inspDone}个，其余问题正在按计划推进。五是强化保障。将法治政府建设工作经费列入年度预算，配齐配强法治工作力量，为法治政府建设提供有力支撑。`);
  out.push(`在重大事项决策中，${head}坚持把合法性审查作为必经程序，未经合法性审查或者经审查不合法的，不提交会议讨论；在重大执法活动和重大行政争议处置中，亲自听取汇报、协调推进，带头尊重和执行人民法院生效裁判，带头履行行政复议决定，以“关键少数”示范带动“绝大多数”，推动形成办事依法、遇事找法、解决问题用法、化解矛盾靠法的良好氛围。`, '');

  out.push(`三、${Y}年推进法治政府建设存在的不足和原因`);
  out.push(`${Y}年，${o.name}法治政府建设取得了一定成效，但对照上级要求和人民群众期待，仍存在一些不足：一是部分单位运用法治思维和法治方式推动工作的能力还不够强，“关键少数”学法用法的实效有待提升；二是行政执法规范化水平不够均衡，少数执法人员程序意识不强，基层执法力量相对薄弱；三是政务服务数据共享不够充分，“一网通办”的深度和广度还需拓展；四是行政争议源头预防机制不够健全，部分领域行政复议和行政诉讼案件数量仍在高位运行。究其原因，主要是法治建设责任传导存在层层递减的现象，考核评价的导向作用发挥不够充分；同时，法治人才队伍建设滞后于工作需要，基层法治机构人员少、任务重的矛盾较为突出。`, '');

  out.push(`四、${N}年推进法治政府建设的主要安排`);
  out.push(`${t.next}${N}年，${o.name}将坚持以习近平法治思想为指导，重点做好以下工作：`);
  out.push(`（一）压紧压实法治建设责任。一是把学习宣传贯彻习近平法治思想作为首要任务，完善领导干部学法用法制度；二是严格落实党政主要负责人履行推进法治建设第一责任人职责清单，健全述法评议机制。`);
  out.push(`（二）持续提升依法行政能力。一是完善重大行政决策事项目录管理，提高决策质量；二是加强行政规范性文件全链条管理，做好与上位法的衔接清理；三是深化行政执法协调监督工作体系建设，推进严格规范公正文明执法。`);
  out.push(`（三）着力营造一流法治化营商环境。一是${Y === 2025 ? '认真贯彻《中华人民共和国民营经济促进法》' : '深入落实《优化营商环境条例》'}，依法平等保护各类经营主体；二是规范涉企行政检查，让企业专心经营、安心发展；三是发挥行政复议化解行政争议主渠道作用，努力把矛盾纠纷化解在基层。`);
  out.push(`（四）深入推进严格规范公正文明执法。一是全面落实行政裁量权基准制度，细化量化裁量标准；二是加强行政执法人员培训考核，提升一线执法能力；三是开展行政执法案卷评查和专项监督，以典型问题推动系统整改。`);
  out.push(`（五）扎实做好法治宣传教育。一是${Y === 2025 ? '谋划新一轮法治宣传教育规划' : '抓好“八五”普法规划的实施和评估'}；二是推进法治文化阵地建设，让尊法学法守法用法在${o.self}蔚然成风。`);
  out.push(`（六）加快推进数字法治政府建设。一是推动行政执法监督平台与政务服务平台数据互联互通；二是拓展电子证照应用场景，提升“掌上办”“指尖办”水平；三是健全政务数据安全管理制度，依法保护个人信息。`, '');

  out.push(`五、其他需要报告的情况`);
  out.push(o.part5 ?? `一是按照上级部署，认真开展法治政府建设示范创建活动，组织对照示范指标体系逐项自查，补齐短板弱项。二是按时在${gov ? '政府门户网站' : '本局门户网站'}公开上一年度法治政府建设情况报告，自觉接受社会监督。三是${Y}年，${o.name}未发生因违法行政被追究责任的重大事件。${o.extra5 ?? ''}`, '');
  out.push(o.name);
  out.push(o.date);
  return out.join('\n') + '\n';
}

const C = [];
const TEXT = new Map();
function add(id, text, label) {
  const file = `${id}.txt`;
  writeFileSync(path.join(dir, file), text);
  TEXT.set(id, text);
  C.push({ id, file, ...(label ? { expect: label[0], fault: label[1] } : {}) });
}
const one = (a, b) => (t) => {
  if (t.split(a).length !== 2) throw new Error(`post: ${a}`);
  return t.replace(a, b);
};

// ---- clean reports: 10 governments, 4 departments
const CLEAN = [
  { id: 'C01-city-2024', Y: 2024, kind: 'city', name: '江州市人民政府', short: '市', self: '全市', upper: '省委、省政府和市委', abbr: '江府', num: 6, addressee: '省人民政府：', date: '2025年2月18日', scale: 3, seed: 101 },
  { id: 'C02-district-2024', Y: 2024, kind: 'district', name: '江州市临湖区人民政府', short: '区', self: '全区', upper: '市委、市政府和区委', abbr: '临政', num: 3, addressee: '市委、市人民政府：', date: '2025年1月24日', scale: 1, seed: 202 },
  { id: 'C03-city-2023', Y: 2023, kind: 'city', name: '南平原市人民政府', short: '市', self: '全市', upper: '省委、省政府和市委', abbr: '南平政', num: 11, addressee: '省人民政府：', date: '2024年2月26日', scale: 2, seed: 303 },
  { id: 'C04-district-2025', Y: 2025, kind: 'district', name: '海门市东港区人民政府', short: '区', self: '全区', upper: '市委、市政府和区委', abbr: '东港政', num: 2, addressee: '市委、市人民政府：', date: '2026年1月30日', scale: 1, seed: 404 },
  { id: 'C05-county-2024', Y: 2024, kind: 'county', name: '青川县人民政府', short: '县', self: '全县', upper: '市委、市政府和县委', abbr: '青政', num: 5, addressee: '市人民政府：', date: '2025年2月10日', scale: 1, seed: 505 },
  { id: 'C06-city-2025', Y: 2025, kind: 'city', name: '北陵市人民政府', short: '市', self: '全市', upper: '省委、省政府和市委', abbr: '北陵政', num: 9, addressee: '省委、省人民政府：', date: '2026年2月27日', scale: 4, seed: 606 },
  { id: 'C07-district-2023', Y: 2023, kind: 'district', name: '西津市云岭区人民政府', short: '区', self: '全区', upper: '市委、市政府和区委', abbr: '云政', num: 4, addressee: '市委、市人民政府：', date: '2024年1月29日', scale: 1, seed: 707 },
  { id: 'C08-city-2024b', Y: 2024, kind: 'city', name: '安澜市人民政府', short: '市', self: '全市', upper: '省委、省政府和市委', abbr: '安政', num: 14, addressee: '省人民政府：', date: '2025年2月28日', scale: 2, seed: 808 },
  { id: 'C09-district-2024b', Y: 2024, kind: 'district', name: '滨江市金沙区人民政府', short: '区', self: '全区', upper: '市委、市政府和区委', abbr: '金政', num: 7, addressee: '市委、市人民政府：', date: '2025年2月6日', scale: 2, seed: 909 },
  { id: 'C10-county-2025', Y: 2025, kind: 'county', name: '石门县人民政府', short: '县', self: '全县', upper: '市委、市政府和县委', abbr: '石政', num: 1, addressee: '市委、市人民政府：', date: '2026年2月13日', scale: 1, seed: 1010 },
  { id: 'C11-dept-sfj-2024', Y: 2024, kind: 'dept', name: '江州市司法局', self: '全市司法行政系统', upper: '市委、市政府和省司法厅', abbr: '江司', num: 8, addressee: '市委、市人民政府：', date: '2025年2月20日', scale: 1, seed: 1111 },
  { id: 'C12-dept-scjg-2025', Y: 2025, kind: 'dept', name: '北陵市市场监督管理局', self: '全市市场监管系统', upper: '市委、市政府和省市场监督管理局', abbr: '北陵市监', num: 12, addressee: '市委、市人民政府：', date: '2026年2月9日', scale: 2, seed: 1212 },
  { id: 'C13-dept-zjj-2023', Y: 2023, kind: 'dept', name: '南平原市住房和城乡建设局', self: '全市住房城乡建设系统', upper: '市委、市政府和省住房和城乡建设厅', abbr: '南平建', num: 5, addressee: '市委、市人民政府：', date: '2024年2月22日', scale: 1, seed: 1313 },
  { id: 'C14-dept-sthj-2024', Y: 2024, kind: 'dept', name: '安澜市生态环境局', self: '全市生态环境系统', upper: '市委、市政府和省生态环境厅', abbr: '安环', num: 3, addressee: '市委、市人民政府：', date: '2025年1月27日', scale: 1, seed: 1414, extra5: `${2024}年，本局被评为全省生态环境系统法治宣传教育先进集体。` },
];
const BY = new Map();
for (const o of CLEAN) {
  const text = report(o);
  BY.set(o.id, text);
  add(o.id, text);
}

// ---- fault variants: a copy of a clean report with one planted fault
const base = (id) => BY.get(id);
function fault(id, from, post, label) {
  add(id, post(base(from)), label);
}
// F01 wrong rate: C02's 败诉率
{
  const t = base('C02-district-2024');
  const m = t.match(/败诉率为(\d+\.\d)%/);
  const wrong = (Number(m[1]) + 2).toFixed(1);
  fault('F01-rate', 'C02-district-2024', one(`败诉率为${m[1]}%`, `败诉率为${wrong}%`), ['consistent-rate', `败诉率 stated ${wrong}% (is ${m[1]}%)`]);
}
// F02 total not adding up: C05's 建议提案合计
{
  const t = base('C05-county-2024');
  const m = t.match(/合计(\d+)件/);
  const wrong = Number(m[1]) + 10;
  fault('F02-total', 'C05-county-2024', one(`合计${m[1]}件`, `合计${wrong}件`), ['consistent-total', `建议+提案 stated 合计${wrong}件 (is ${m[1]})`]);
}
// F03 wrong plan year: C09 (2024) plan heading names 2024
fault('F03-plan-year', 'C09-district-2024b', one('四、2025年推进法治政府建设的主要安排', '四、2024年推进法治政府建设的主要安排'), ['require-next-year-plan', 'plan heading names 2024 in a 2024 report (should be 2025)']);
// F04 repealed law: C08 contract review under 合同法
fault('F04-repealed', 'C08-city-2024b', one('依照《中华人民共和国民法典》', '依照《中华人民共和国合同法》'), ['valid-law-title', '《中华人民共和国合同法》 (repealed 2021-01-01) cited as the basis of 2024 contract review']);
// F05 half-width comma: C11
fault('F05-halfwidth', 'C11-dept-sfj-2024', one('动态调整权责清单，全面实施', '动态调整权责清单,全面实施'), ['require-fullwidth-punctuation', 'one half-width comma between Chinese characters']);
// F06 placeholder: C06 罚没款××万元
{
  const t = base('C06-city-2025');
  const m = t.match(/罚没款(\d+)万元/);
  fault('F06-placeholder', 'C06-city-2025', one(`罚没款${m[1]}万元`, '罚没款××万元'), ['no-placeholder', '罚没款××万元 left unfilled']);
}
// F07 numbering skip: C03 part-1 (二) items 1. 2. 4.
fault('F07-numbering', 'C03-city-2023', one('3.全面推进合法性审查', '4.全面推进合法性审查'), ['consistent-numbering', '（二） items numbered 1. 2. 4.']);
// F08 late date: C07 district report signed 2024-03-18
fault('F08-late', 'C07-district-2023', one('2024年1月29日', '2024年3月18日'), ['no-late-publication', 'district report dated 2024-03-18, after the 3月1日 deadline']);


// ---- batch 2 (labelled and committed before its own run): a second layout, longer (6,000+ characters), the duty
// part first, paragraph-style （一） items with 一是/二是, 分别为 lists, 亿元 with decimals, 占…总数的 shares, 同比 with
// the base in brackets, dates inside the year, plan items with 1. 2. under （一）.
const fix2 = (x) => x.toFixed(2);
function figures2(seed, scale) {
  const r = rng(seed);
  const int = (lo, hi) => Math.round(lo + r() * (hi - lo));
  const log = [];
  for (;;) {
    try {
      log.length = 0;
      const F = {};
      // 合同 亿元 (cents as integers)
      F.cA = int(300, 1500); F.cB = int(100, 600); F.cC = int(20, 200);
      F.cSum = F.cA + F.cB + F.cC;
      F.yA = fix2(F.cA / 100); F.yB = fix2(F.cB / 100); F.yC = fix2(F.cC / 100); F.ySum = fix2(F.cSum / 100);
      log.push(`合同金额 ${F.ySum}亿元 = 工程类 ${F.yA} + 采购类 ${F.yB} + 其他 ${F.yC} (in 0.01亿元: ${F.cA}+${F.cB}+${F.cC}=${F.cSum})`);
      F.nA = int(60, 200); F.nB = int(100, 300); F.nC = int(20, 90); F.nSum = F.nA + F.nB + F.nC;
      log.push(`合同份数 ${F.nSum} = ${F.nA} + ${F.nB} + ${F.nC}`);
      // 复议 分别为
      F.k = [int(100, 300) * scale, int(40, 120) * scale, int(10, 40), int(5, 25), int(2, 12), int(50, 160) * scale];
      F.done = F.k.reduce((a, b) => a + b, 0);
      log.push(`复议审结 ${F.done} = ${F.k.join(' + ')} (维持、驳回、撤销、确认违法、责令履行、终止)`);
      F.fix = F.k[2] + F.k[3] + F.k[4];
      F.fixRate = pct(F.fix, F.done, `纠错率 = (${F.k[2]}+${F.k[3]}+${F.k[4]})/${F.done}`, log);
      F.rv0 = int(Math.round(F.done * 0.8), Math.round(F.done * 0.95));
      F.rv = F.done + int(20, 80);
      F.rvGrow = pct(F.rv - F.rv0, F.rv0, `复议新收增长率 = (${F.rv}-${F.rv0})/${F.rv0}`, log);
      F.firm = int(Math.round(F.rv * 0.2), Math.round(F.rv * 0.45));
      F.firmShare = pct(F.firm, F.rv, '涉企复议案件占新收案件总数的比例', log);
      // 诉讼 分别为
      F.l1 = int(150, 500) * scale; F.l2 = int(40, 160); F.lSum = F.l1 + F.l2;
      log.push(`行政诉讼 ${F.lSum} = 一审 ${F.l1} + 二审 ${F.l2}`);
      // 处罚 万元 with decimals
      F.fineC = int(150000, 900000); F.fine = fix2(F.fineC / 100);
      F.fine0C = F.fineC + int(10000, 90000); F.fine0 = fix2(F.fine0C / 100);
      F.fineDown = pct(F.fine0C - F.fineC, F.fine0C, `罚没款下降率 = (${F.fine0}-${F.fine})/${F.fine0}`, log);
      // 经费
      F.fund0 = int(300, 900); F.fund = F.fund0 + int(20, 150);
      F.fundGrow = pct(F.fund - F.fund0, F.fund0, `法治经费增长率 = (${F.fund}-${F.fund0})/${F.fund0}`, log);
      // 听证
      F.hear = int(6, 30);
      // 执法证件
      F.cert = int(2000, 6000) * scale;
      F.certNew = int(150, 600);
      // 公开
      F.pA = int(5000, 20000); F.pB = int(3000, 12000); F.pC = int(1000, 5000); F.pSum = F.pA + F.pB + F.pC;
      log.push(`主动公开 ${F.pSum} = 政策文件 ${F.pA} + 工作动态 ${F.pB} + 解读 ${F.pC}`);
      // 热线
      F.hot = int(300000, 900000) * scale;
      F.hotOk = F.hot - int(2000, 9000);
      F.hotRate = pct(F.hotOk, F.hot, '热线办结率', log);
      F.sat0 = (int(900, 950) / 10).toFixed(1);
      F.sat = (Number(F.sat0) + int(5, 30) / 10).toFixed(1);
      F.satUp = (Number(F.sat) - Number(F.sat0)).toFixed(1);
      log.push(`热线满意率 ${F.sat0}% → ${F.sat}%，提高 ${F.satUp} 个百分点`);
      // 学法
      F.study = int(8, 16); F.lecture = int(2, 5);
      F.topics = int(10, 30);
      F.pfA = int(40, 160); F.pfB = int(60, 200); F.pfC = int(200, 800); F.pf = F.pfA + F.pfB + F.pfC;
      log.push(`普法活动 ${F.pf} = 宪法宣传周 ${F.pfA} + 民法典宣传月 ${F.pfB} + 法律六进 ${F.pfC}`);
      F.aid0 = int(800, 2400) * scale; F.aid = F.aid0 + int(40, 300);
      F.aidGrow = pct(F.aid - F.aid0, F.aid0, `法律援助增长率 = (${F.aid}-${F.aid0})/${F.aid0}`, log);
      F.aidWan = int(800, 5000);
      F.medOrg = int(150, 600); F.mediators = F.medOrg * int(3, 6);
      F.med = int(5000, 15000) * scale; F.medOk = F.med - int(100, 500);
      F.medRate = pct(F.medOk, F.med, '调解成功率', log);
      F.units = int(20, 60); F.probs = int(60, 200); F.probsFixed = F.probs - int(2, 12);
      F.probsRate = pct(F.probsFixed, F.probs, '执法检查问题整改率', log);
      F.dec = int(6, 16); F.decDone = F.dec - int(1, 3);
      F.decRate = pct(F.decDone, F.dec, '重大决策事项完成率', log);
      F.docs = int(20, 60); F.docsFix = int(1, 5);
      F.credit = int(300, 1500);
      F.certTypes = int(150, 400); F.certUseWan = int(50, 400);
      F.plans = int(20, 80); F.drills = int(100, 600); F.drillWan = int(2, 20);
      F.haz = int(3000, 12000); F.hazFixed = F.haz - int(30, 200);
      F.hazRate = pct(F.hazFixed, F.haz, '安全隐患整改率', log);
      return { F, log: [...log] };
    } catch (e) {
      if (!/rounding edge/.test(e.message)) throw e;
    }
  }
}

function report2(o) {
  const { F, log } = figures2(o.seed, o.scale ?? 1);
  ARITH.push(`### ${o.id}\n\n` + log.map((l) => `- ${l}`).join('\n'));
  const Y = o.Y, N = Y + 1;
  const t = yearTheme(Y);
  const gov = o.kind !== 'dept';
  const S = o.self;
  const out = [];
  out.push(`${o.abbr}〔${N}〕${o.num}号`, '');
  out.push(o.title ?? `${o.name}关于${Y}年法治政府建设工作情况的报告`, '');
  out.push(o.addressee);
  out.push(`${Y}年是${Y === 2023 ? '全面贯彻落实党的二十大精神的开局之年' : Y === 2024 ? '中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年' : '“十四五”规划收官之年'}。一年来，${o.name}坚持以习近平新时代中国特色社会主义思想为指导，${t.theme}，深入学习贯彻习近平法治思想，把法治政府建设摆在全局工作的突出位置，与经济社会发展同谋划、同部署、同推进、同考核。一年来，依法行政制度体系更加完善，行政决策的科学化、民主化、法治化水平持续提升，行政执法更加严格规范公正文明，社会矛盾纠纷得到依法有效化解，法治政府建设各项任务顺利完成。根据《法治政府建设与责任落实督察工作规定》要求，现将有关情况报告如下。`, '');

  out.push(`一、党政主要负责人履行推进法治建设第一责任人职责情况`);
  out.push(`（一）坚持以上率下，带头学法用法。${o.leader}严格落实《党政主要负责人履行推进法治建设第一责任人职责规定》，把学习贯彻习近平法治思想纳入${gov ? '政府常务会议' : '党组理论学习中心组'}学习的重要内容。一是坚持会前学法，全年组织专题学法${F.study}次，邀请专家举办法治讲座${F.lecture}场；二是带头讲法治课，于${Y}年12月4日国家宪法日组织开展宪法宣誓和宪法学习活动；三是带头运用法治思维谋划工作，审议涉法议题${F.topics}个。`);
  out.push(`（二）坚持统筹谋划，压实法治责任。年初即印发${Y}年法治政府建设工作要点，把各项任务分解到责任单位，明确完成时限。${Y}年3月和9月，${o.leader}两次听取法治政府建设工作汇报，对重点难点问题逐项研究、协调解决。将法治建设成效纳入综合绩效考核，考核结果作为领导班子和领导干部评先评优的重要依据。`);
  out.push(`（三）坚持问题导向，抓实督察整改。对照上级法治督察和法治政府建设示范创建评估中反馈的问题，建立问题清单、任务清单、责任清单，实行销号管理，督促各责任单位举一反三、建章立制。`);
  out.push(`（四）坚持述法评议，强化考核导向。组织所属单位主要负责人在年终述职中专题述法，围绕学法用法、依法决策、推进依法行政、化解行政争议等内容逐项报告，并由评议人员现场提问、当场打分。述法评议结果在一定范围内通报，并作为年度考核的重要参考，推动法治建设责任从“软约束”变为“硬任务”。`, '');

  out.push(`二、${Y}年推进法治政府建设的主要举措和成效`);
  out.push(`（一）聚焦依法履职，政府职能加快转变`);
  out.push(`1.深化行政审批制度改革。全面落实行政许可事项清单制度，推动审批服务标准化、规范化、便利化。一是推进“一网通办”，依托政务服务平台实现“一次登录、全网通办”；二是推进“跨省通办”“省内通办”，与周边地区签订合作协议，群众办事少跑腿；三是开展政务服务“好差评”，差评件均在规定时间内整改回访；四是全面推行告知承诺制，对符合条件的事项实行“容缺受理”，审批时限整体压减一半以上。同时，严格落实行政许可实施规范，对许可条件、申请材料、审查程序逐项明确，杜绝“体外循环”和变相审批。`);
  out.push(`2.优化法治化营商环境。认真贯彻《优化营商环境条例》，推行涉企政策“免申即享”，清理妨碍统一市场和公平竞争的规定。全年${S}依法办理涉企行政复议案件${F.firm}件，占新收复议案件总数的${F.firmShare}%，对违法的涉企行政行为依法纠正，切实保护经营主体合法权益。建立信用修复“主动告知”机制，全年帮助${F.credit}户经营主体完成信用修复，推动其重新获得参与招投标、申请政策扶持的资格。`);
  out.push(`3.加强和创新社会治理。健全“12345”政务服务便民热线与各部门的联动机制，全年受理诉求${F.hot}件，办结${F.hotOk}件，办结率为${F.hotRate}%；群众满意率为${F.sat}%，比上年的${F.sat0}%提高${F.satUp}个百分点。`);
  out.push(`（二）聚焦科学决策，依法决策水平持续提升`);
  out.push(`1.规范决策程序。严格执行《重大行政决策程序暂行条例》，${Y}年纳入重大行政决策事项目录的${F.dec}项事项已完成${F.decDone}项，完成率为${F.decRate}%，剩余事项因论证尚未结束顺延办理。对涉及面广、与群众利益密切相关的决策事项举行听证会${F.hear}场，决策草案均经合法性审查后再提交集体讨论。`);
  out.push(`2.加强合同管理。全年审查各类合同${F.nSum}份，其中工程类${F.nA}份、采购类${F.nB}份、其他类${F.nC}份；涉及金额${F.ySum}亿元，其中工程类${F.yA}亿元、采购类${F.yB}亿元、其他类${F.yC}亿元。对合同履行情况开展抽查，防范化解合同纠纷风险。建立合同管理台账，对合同订立、履行、变更、终止实行全过程管理，对存在争议的合同及时组织法律顾问研判，依法通过协商、调解等方式妥善处理，维护政府诚信形象。`);
  out.push(`3.加强规范性文件监督管理。全年报送备案行政规范性文件${F.docs}件，经备案审查发现问题并督促制定机关自行纠正${F.docsFix}件，做到报备及时、格式规范、内容合法。
4.发挥法律顾问作用。健全法律顾问参与决策论证的工作机制，法律顾问列席${gov ? '政府常务会议' : '局长办公会议'}，就重大事项提出法律意见，做到“未经审查不上会”。`);
  out.push(`（三）聚焦公正文明，执法质量不断提高`);
  out.push(`1.规范执法行为。全面落实行政执法“三项制度”，严格执行行政裁量权基准。全年罚没款${F.fine}万元，比上年的${F.fine0}万元下降${F.fineDown}%，执法由“以罚代管”向“以管促治”转变。修订完善行政处罚裁量基准，对同一类违法行为的处罚幅度统一标准，并在执法文书中说明裁量理由，避免同案不同罚。推行“首违不罚”“轻微不罚”等包容审慎监管措施，对初次轻微违法的经营主体以教育引导为主，让执法既有力度又有温度。`);
  out.push(`2.加强执法队伍管理。严格行政执法人员资格管理，对不符合条件的人员坚决不予发证、及时清理。组织开展执法资格考试，新取得执法证件${F.certNew}人，${S}持有执法证件的执法人员达到${F.cert}人。坚持执法人员“先培训、后上岗”，开展执法技能比武和案卷讲评。`);
  out.push(`3.推进“严格规范公正文明执法”示范创建。选取交通运输、城市管理、市场监管等领域开展示范点建设，总结推广“柔性执法”“说理式执法”等经验做法。
4.强化执法监督检查。对${F.units}个行政执法单位开展执法监督检查，发现问题${F.probs}个，已整改${F.probsFixed}个，整改率为${F.probsRate}%，对整改不到位的单位进行约谈提醒。`);
  out.push(`（四）聚焦定分止争，社会矛盾有效化解`);
  out.push(`1.推进行政复议体制改革落地见效。全年新收行政复议案件${F.rv}件，同比增长${F.rvGrow}%（上年为${F.rv0}件）；审结${F.done}件，维持、驳回、撤销、确认违法、责令履行、终止的分别为${F.k[0]}件、${F.k[1]}件、${F.k[2]}件、${F.k[3]}件、${F.k[4]}件、${F.k[5]}件，纠错率为${F.fixRate}%。`);
  out.push(`2.加强行政应诉工作。全年办理行政诉讼案件${F.lSum}件，其中一审、二审案件分别为${F.l1}件、${F.l2}件，行政机关负责人出庭应诉率保持100%。与人民法院建立府院联动机制，定期通报行政审判中发现的问题。对人民法院发出的司法建议和检察机关发出的检察建议，逐件研究、限期回复，推动从个案纠错向类案规范延伸。组织行政机关工作人员旁听庭审，以庭审为课堂，提升依法行政意识和应诉能力。`);
  out.push(`3.做实诉源治理。推进矛盾纠纷多元化解“一站式”平台建设，把行政调解、人民调解与司法调解有机衔接，努力实现“小事不出村、大事不出镇、矛盾不上交”。${S}共有人民调解组织${F.medOrg}个、人民调解员${F.mediators}名，全年调解矛盾纠纷${F.med}件，调解成功${F.medOk}件，调解成功率为${F.medRate}%。`);
  out.push(`4.做好法律援助工作。认真贯彻《中华人民共和国法律援助法》，扩大法律援助覆盖面，全年办理法律援助案件${F.aid}件，同比增长${F.aidGrow}%（上年为${F.aid0}件），为受援人挽回经济损失${F.aidWan}万元。在乡镇（街道）公共法律服务站设立法律援助联络点，实现法律援助申请“就近办、马上办”。`);
  out.push(`（五）聚焦公开透明，权力运行更加规范`);
  out.push(`1.推进政务公开。全年主动公开政府信息${F.pSum}条，其中政策文件${F.pA}条、工作动态${F.pB}条、政策解读${F.pC}条。规范依申请公开办理，答复文书的规范性明显提升。`);
  out.push(`2.强化权力监督。认真办理人大代表建议和政协委员提案，主动接受司法监督、审计监督和社会舆论监督，对监督中发现的问题立行立改。全年办理的人大代表建议、政协委员提案均按时办结，代表委员对办理结果总体满意。畅通群众监督渠道，对群众反映的行政执法问题做到件件有核查、事事有回音。`);
  out.push(`3.强化法治保障。${Y}年${gov ? '本级财政安排' : '本局预算安排'}法治建设专项经费${F.fund}万元，比上年的${F.fund0}万元增长${F.fundGrow}%，主要用于法律顾问聘请、执法培训和普法宣传。`);
  out.push(`（六）聚焦全民守法，法治社会建设扎实推进`);
  out.push(`1.深化普法宣传。全年开展各类普法活动${F.pf}场次，其中“宪法宣传周”活动${F.pfA}场次、“民法典宣传月”活动${F.pfB}场次、“法律六进”活动${F.pfC}场次。利用新媒体平台推送以案释法短视频，扩大普法覆盖面。`);
  out.push(`2.推进基层依法治理。深化“民主法治示范村（社区）”创建，完善村规民约和居民公约，培养“法律明白人”，推动基层群众自治在法治轨道上运行。加强法治文化阵地建设，在公园、广场、社区建成一批法治文化主题场所，营造浓厚的法治氛围。`);
  out.push(`（七）聚焦数字赋能，数字法治政府建设提速`);
  out.push(`1.推进电子证照应用。累计归集电子证照${F.certTypes}类，全年电子证照调用${F.certUseWan}万次，企业和群众办事“免提交”范围不断扩大。`);
  out.push(`2.推进执法监督数字化。依托行政执法和监督一体化平台，实现执法主体、人员、事项、案件信息“一网统管”，对执法办案全过程进行在线监督。`);
  out.push(`（八）聚焦安全发展，依法应对突发事件`);
  out.push(`1.健全应急管理制度。认真贯彻《中华人民共和国突发事件应对法》，修订完善各类应急预案${F.plans}件，组织开展应急演练${F.drills}场次，参演${F.drillWan}万人次，突发事件应对的法治化、规范化水平不断提高。`);
  out.push(`2.依法抓好安全生产。严格落实《中华人民共和国安全生产法》，压实企业安全生产主体责任和部门监管责任，全年排查各类安全隐患${F.haz}处，整改${F.hazFixed}处，整改率为${F.hazRate}%，未整改的隐患均已落实管控措施并明确整改时限。全年未发生较大及以上生产安全事故，安全生产形势总体平稳。`, '');

  out.push(`三、存在的问题和不足`);
  out.push(`在肯定成绩的同时，我们也清醒地认识到，${o.name}法治政府建设还存在一些短板：一是法治政府建设推进不够平衡，个别单位对法治建设重视不够，工作停留在“文件落实”层面；二是行政执法监督的手段还不够丰富，执法监督的覆盖面和及时性有待提高；三是基层法治力量较为薄弱，部分单位法制审核人员数量不足、专业能力不强；四是数字化手段在法治政府建设中的运用还不够充分，各部门业务系统之间的数据壁垒尚未完全打通。分析原因，既有思想认识不到位、责任落实不够有力等主观原因，也有基层任务重、法治人才引进难等客观因素，需要在今后工作中认真加以解决。对上述问题，我们已逐项制定整改措施，明确责任单位和完成时限，确保问题整改到位、取得实效。`, '');

  out.push(`四、${N}年工作安排`);
  out.push(`${N}年，${o.name}将以更高标准推进法治政府建设，坚持把法治政府建设放在经济社会发展全局中谋划和推进，坚持目标导向、问题导向、结果导向相统一，对照法治政府建设示范指标体系查漏补缺，推动法治政府建设向更高水平迈进，着力抓好以下工作。`);
  out.push(`（一）坚持党的领导，强化统筹推进`);
  out.push(`1.深入学习贯彻习近平法治思想，将其作为${gov ? '政府常务会议' : '党组理论学习中心组'}学习的必学内容。`);
  out.push(`2.认真组织开展${Y}年度法治政府建设考核，用好考核结果，推动责任落实。`);
  out.push(`（二）坚持依法行政，提升治理效能`);
  out.push(`1.严格落实重大行政决策程序，提高决策的科学化、民主化、法治化水平。`);
  out.push(`2.推进行政执法标准化建设，加强行政执法协调监督，确保严格规范公正文明执法。`);
  out.push(`3.做优行政复议和应诉工作，力争行政复议纠错率、行政诉讼败诉率保持合理区间。`);
  out.push(`（三）坚持服务大局，优化营商环境`);
  out.push(`1.${Y === 2025 ? '认真贯彻《中华人民共和国民营经济促进法》，依法保护民营企业和民营企业家合法权益' : '持续清理涉企政策文件，依法保护各类经营主体的合法权益'}。`);
  out.push(`2.深化“高效办成一件事”，让企业和群众办事更加便捷。`);
  out.push(`（四）坚持普治并举，建设法治社会`);
  out.push(`1.${Y === 2025 ? '做好“八五”普法总结验收，科学谋划下一个五年普法规划' : '推进“八五”普法规划各项任务落实，做好规划实施情况评估'}。`);
  out.push(`2.健全矛盾纠纷预防化解机制，推进公共法律服务体系建设，让群众办事依法、遇事找法。`);
  out.push(`（五）坚持数字赋能，提升法治效能`);
  out.push(`1.加快数字法治政府建设，推进执法监督平台与各业务系统互联互通。`);
  out.push(`2.拓展电子证照应用，推动更多政务服务事项“一网通办”“掌上可办”。`, '');

  out.push(`五、其他需要报告的事项`);
  out.push(`一是按照规定时限在门户网站公开${Y}年度法治政府建设情况报告，接受社会监督。二是${Y}年，${o.name}${o.award ?? '未发生因违法行政被追究责任的重大事件'}。三是对上级法治督察中指出的问题，已形成整改方案并按时报送整改情况。`, '');
  out.push(o.name);
  out.push(o.date);
  return out.join('\n') + '\n';
}

const CLEAN2 = [
  { id: 'D01-city-2024', Y: 2024, kind: 'city', name: '临沧江市人民政府', self: '全市', leader: '市长', abbr: '临江府报', num: 4, addressee: '省人民政府：', date: '2025年2月25日', scale: 3, seed: 2101, award: '被评为第三批省级法治政府建设示范市' },
  { id: 'D02-district-2025', Y: 2025, kind: 'district', name: '东陵市望海区人民政府', self: '全区', leader: '区长', abbr: '望政报', num: 1, addressee: '中共东陵市委、东陵市人民政府：', date: '2026年2月12日', scale: 1, seed: 2202 },
  { id: 'D03-dept-jtj-2024', Y: 2024, kind: 'dept', name: '临沧江市交通运输局', self: '全市交通运输系统', leader: '局长', abbr: '临交', num: 6, addressee: '市委全面依法治市委员会办公室：', date: '2025年2月14日', scale: 1, seed: 2303 },
  { id: 'D04-county-2023', Y: 2023, kind: 'county', name: '长宁县人民政府', self: '全县', leader: '县长', abbr: '长政报', num: 3, addressee: '市人民政府：', date: '2024年2月8日', scale: 1, seed: 2404, award: '有2个乡镇入选全市法治建设示范乡镇' },
  { id: 'D05-city-2025', Y: 2025, kind: 'city', name: '云阳市人民政府', self: '全市', leader: '市长', abbr: '云政报', num: 10, addressee: '省人民政府：', date: '2026年2月26日', scale: 2, seed: 2505 },
  { id: 'D06-dept-cgj-2025', Y: 2025, kind: 'dept', name: '东陵市城市管理局', self: '全市城管系统', leader: '局长', abbr: '东城管', num: 2, addressee: '东陵市人民政府：', date: '2026年1月22日', scale: 1, seed: 2606 },
];
for (const o of CLEAN2) {
  const text = report2(o);
  BY.set(o.id, text);
  add(o.id, text);
}
// batch-2 faults
fault('G01-plan-year-both', 'D02-district-2025', (t) => one('四、2026年工作安排', '四、2025年工作安排')(one('2026年，东陵市望海区人民政府将以更高标准', '2025年，东陵市望海区人民政府将以更高标准')(t)), ['require-next-year-plan', 'plan heading and lead both name 2025 in a 2025 report (should be 2026)']);
{
  const t = base('D01-city-2024');
  const m = t.match(/同比增长(\d+\.\d)%（上年为/);
  const wrong = (Number(m[1]) + 3).toFixed(1);
  fault('G02-yoy', 'D01-city-2024', one(`同比增长${m[1]}%（上年为`, `同比增长${wrong}%（上年为`), ['consistent-rate', `复议新收同比 stated ${wrong}% (is ${m[1]}%)`]);
}
{
  const t = base('D04-county-2023');
  const m = t.match(/涉及金额(\d+\.\d\d)亿元，其中/);
  const wrong = (Number(m[1]) + 1).toFixed(2);
  fault('G03-yi-total', 'D04-county-2023', one(`涉及金额${m[1]}亿元，其中`, `涉及金额${wrong}亿元，其中`), ['consistent-total', `合同金额 stated ${wrong}亿元 (parts sum to ${m[1]})`]);
}
{
  const t = base('D05-city-2025');
  const m = t.match(/比上年的(\d+\.\d)%提高(\d+\.\d)个百分点/);
  const wrong = (Number(m[2]) + 1).toFixed(1);
  fault('G04-pp', 'D05-city-2025', one(`提高${m[2]}个百分点`, `提高${wrong}个百分点`), ['consistent-rate', `满意率 change stated ${wrong} points (is ${m[2]})`]);
}
fault('G05-repealed-gang', 'D06-dept-cgj-2025', one('根据《法治政府建设与责任落实督察工作规定》要求', '根据《法治政府建设实施纲要（2015—2020年）》要求'), ['valid-law-title', 'superseded 2015—2020 纲要 cited as the basis of a 2025 report']);
fault('G06-late-dept', 'D03-dept-jtj-2024', one('2025年2月14日', '2025年3月12日'), ['no-late-publication', 'city department report dated 2025-03-12, after 3月1日']);


// ---- batch 3 (labelled and committed before its own run): the batch-2 layout made denser and longer (6,000+
// characters) with phrasings that stress the figure rules: 同比分别下降x%、y%（上年分别为…）, a share of a named whole
// by three named parts, 是上年的k倍, 万件 totals over 件 parts, nested 其中 with a bracketed sub-count, 占比分别为,
// a 亿元 increase with its 增加 amount, a rate with 上年为q% in brackets and its 百分点 change, 1—11月 and 截至 dates.
function figures3(seed) {
  const r = rng(seed);
  const int = (lo, hi) => Math.round(lo + r() * (hi - lo));
  const log = [];
  for (;;) {
    try {
      log.length = 0;
      const F = {};
      // 复议 受理 in 万件 with three named fields and their share
      F.accH = int(100, 300); // hundreds → x.xx万件
      F.acc = F.accH * 100;
      F.accWan = (F.accH / 100).toFixed(2);
      F.f1 = int(Math.round(F.acc * 0.25), Math.round(F.acc * 0.35));
      F.f2 = int(Math.round(F.acc * 0.18), Math.round(F.acc * 0.25));
      F.f3 = int(Math.round(F.acc * 0.10), Math.round(F.acc * 0.17));
      F.f123 = F.f1 + F.f2 + F.f3;
      F.f123Share = pct(F.f123, F.acc, `三领域合计 (${F.f1}+${F.f2}+${F.f3}=${F.f123}) 占受理总数 ${F.acc} (${F.accWan}万件)`, log);
      // 收到申请 nested
      F.acc2 = int(400, 900); F.simple = int(50, Math.round(F.acc2 / 3)); F.rej = int(10, 40); F.redir = int(5, 30);
      F.recv = F.acc2 + F.rej + F.redir;
      log.push(`收到申请 ${F.recv} = 受理 ${F.acc2} (其中简易程序 ${F.simple}) + 不予受理 ${F.rej} + 告知 ${F.redir}`);
      // 处罚 强制 分别下降
      F.a0 = int(6000, 15000); F.a = F.a0 - int(300, 1500);
      F.b0 = int(300, 900); F.b = F.b0 - int(20, 120);
      F.aDown = pct(F.a0 - F.a, F.a0, `处罚下降率 (${F.a0}-${F.a})/${F.a0}`, log);
      F.bDown = pct(F.b0 - F.b, F.b0, `强制下降率 (${F.b0}-${F.b})/${F.b0}`, log);
      // 非现场执法 倍
      F.nc0 = int(200, 800) * 2; F.ncK = [1.5, 2, 2.5, 3][int(0, 3)]; F.nc = F.nc0 * F.ncK;
      log.push(`非现场执法 ${F.nc} = 上年 ${F.nc0} × ${F.ncK}`);
      // 线上 线下 占比分别为
      F.on = int(30000, 90000); F.off = int(5000, 20000); F.onoff = F.on + F.off;
      F.onShare = pct(F.on, F.onoff, '线上占比', log);
      F.offShare = pct(F.off, F.onoff, '线下占比', log);
      log.push(`办件 ${F.onoff} = 线上 ${F.on} + 线下 ${F.off}`);
      // 亿元 增加
      F.tax0 = int(150, 400); F.taxUp = int(20, 90); F.tax = F.tax0 + F.taxUp;
      F.taxY = (F.tax / 100).toFixed(2); F.taxUpY = (F.taxUp / 100).toFixed(2); F.tax0Y = (F.tax0 / 100).toFixed(2);
      F.taxGrow = pct(F.taxUp, F.tax0, `助企纾困资金增长率 ${F.taxUpY}/${F.tax0Y}`, log);
      log.push(`${F.taxY} = ${F.tax0Y} + ${F.taxUpY} (亿元)`);
      // 败诉率 with 上年 in brackets
      F.l = int(200, 600); F.lose = int(5, 25);
      F.loseRate = pct(F.lose, F.l, '一审败诉率', log);
      F.lose0 = (Number(F.loseRate) + int(5, 30) / 10).toFixed(1);
      F.loseDrop = (Number(F.lose0) - Number(F.loseRate)).toFixed(1);
      log.push(`败诉率 ${F.lose0}% → ${F.loseRate}%，下降 ${F.loseDrop} 个百分点`);
      // 全部办结
      F.hotline = int(3000, 9000);
      F.visitors = int(200, 800);
      return { F, log: [...log] };
    } catch (e) {
      if (!/rounding edge/.test(e.message)) throw e;
    }
  }
}
function report3(o) {
  let t = report2(o);
  const { F, log } = figures3(o.seed + 7);
  ARITH.push(`### ${o.id} (batch-3 paragraphs)\n\n` + log.map((l) => `- ${l}`).join('\n'));
  const Y = o.Y;
  const ins = (anchor, text) => {
    if (t.split(anchor).length !== 2) throw new Error(`anchor ${anchor}`);
    t = t.replace(anchor, anchor + text);
  };
  ins('差评件均在规定时间内整改回访；', `全年政务服务办件${F.onoff}件，线上、线下办理的分别为${F.on}件、${F.off}件，占比分别为${F.onShare}%、${F.offShare}%；`);
  ins('对违法的涉企行政行为依法纠正，切实保护经营主体合法权益。', `${Y}年1—11月，${o.self}兑现助企纾困资金${F.taxY}亿元，比上年同期增加${F.taxUpY}亿元，增长${F.taxGrow}%。`);
  ins('执法由“以罚代管”向“以管促治”转变。', `全年办理行政处罚案件和行政强制案件分别为${F.a}件、${F.b}件，同比分别下降${F.aDown}%、${F.bDown}%（上年分别为${F.a0}件、${F.b0}件）。推行非现场执法，全年通过非现场方式办理案件${F.nc}件，是上年的${F.ncK}倍。`);
  ins('纠错率为', '');
  t = t.replace(/(纠错率为\d+\.\d%。)/, `$1各级行政复议机构全年受理行政复议案件${F.accWan}万件，其中涉及市场监管、自然资源、公安领域的分别为${F.f1}件、${F.f2}件、${F.f3}件，三个领域合计占受理总数的${F.f123Share}%。${o.short3}收到行政复议申请${F.recv}件，其中受理${F.acc2}件（其中适用简易程序${F.simple}件）、不予受理${F.rej}件、告知向其他机关申请${F.redir}件。`);
  ins('行政机关负责人出庭应诉率保持100%。', `一审行政诉讼案件审结${F.l}件，败诉${F.lose}件，败诉率为${F.loseRate}%（上年为${F.lose0}%），下降${F.loseDrop}个百分点。`);
  ins('畅通群众监督渠道，', `截至${Y}年12月31日，${o.self}行政执法监督投诉举报热线共受理投诉${F.hotline}件，全部按期办结。`);
  return t;
}
const CLEAN3 = [
  { id: 'E01-city-2024', Y: 2024, kind: 'city', name: '澄海市人民政府', self: '全市', short3: '市政府', leader: '市长', abbr: '澄政报', num: 2, addressee: '省人民政府：', date: '2025年2月21日', scale: 4, seed: 3101 },
  { id: 'E02-city-2025', Y: 2025, kind: 'city', name: '宁远市人民政府', self: '全市', short3: '市政府', leader: '市长', abbr: '宁政报', num: 7, addressee: '中共宁远市委：', date: '2026年2月16日', scale: 3, seed: 3202 },
  { id: 'E03-district-2024', Y: 2024, kind: 'district', name: '澄海市南湾区人民政府', self: '全区', short3: '区政府', leader: '区长', abbr: '南湾政报', num: 5, addressee: '澄海市人民政府：', date: '2025年1月17日', scale: 2, seed: 3303 },
  { id: 'E04-dept-sfj-2025', Y: 2025, kind: 'dept', name: '宁远市司法局', self: '全市', short3: '市政府（由市司法局承办）', leader: '局长', abbr: '宁司', num: 9, addressee: '宁远市人民政府：', date: '2026年2月5日', scale: 2, seed: 3404 },
];
for (const o of CLEAN3) {
  const text = report3(o);
  BY.set(o.id, text);
  add(o.id, text);
}
{
  const t = base('E01-city-2024');
  const m = t.match(/同比分别下降(\d+\.\d)%、(\d+\.\d)%/);
  const wrong = (Number(m[2]) + 2).toFixed(1);
  fault('H01-respectively-rate', 'E01-city-2024', one(`同比分别下降${m[1]}%、${m[2]}%`, `同比分别下降${m[1]}%、${wrong}%`), ['consistent-rate', `second of 同比分别下降 stated ${wrong}% (is ${m[2]}%)`]);
}
{
  const t = base('E03-district-2024');
  const m = t.match(/收到行政复议申请(\d+)件，其中受理/);
  const wrong = Number(m[1]) - 20;
  fault('H02-nested-total', 'E03-district-2024', one(`收到行政复议申请${m[1]}件，其中受理`, `收到行政复议申请${wrong}件，其中受理`), ['consistent-total', `收到申请 stated ${wrong} (受理+不予受理+告知 = ${m[1]})`]);
}


// ---- batch 4 (labelled and committed before its own run): the batch-1 layout made long (7,000+ characters) — a red
// head with 签发人, the batch-3 dense passages, a 地方立法 subsection, a 注 on the data, and the document's tail
// (抄送, 印发 line, an office landline).
function report4(o) {
  let t = report(o);
  const { F, log } = figures3(o.seed + 11);
  ARITH.push(`### ${o.id} (batch-4 passages)\n\n` + log.map((l) => `- ${l}`).join('\n'));
  const Y = o.Y, N = Y + 1;
  const ins = (anchor, text, before = false) => {
    if (t.split(anchor).length !== 2) throw new Error(`anchor ${anchor}`);
    t = t.replace(anchor, before ? text + anchor : anchor + text);
  };
  // red head
  t = t.replace(/^[^\n]+\n/, `${o.name}文件\n`);
  ins(`${o.abbr}〔${N}〕${o.num}号`, `　　　　签发人：${o.signer}`);
  ins('全程网办率达', `全年政务服务办件${F.onoff}件，线上、线下办理的分别为${F.on}件、${F.off}件，占比分别为${F.onShare}%、${F.offShare}%。`, true);
  t = t.replace(`全年政务服务办件${F.onoff}件`, `全年政务服务办件${F.onoff}件`); // no-op, keeps the order readable
  ins('做到件件有回音。', `${Y}年1—11月，${o.self}兑现助企纾困资金${F.taxY}亿元，比上年同期增加${F.taxUpY}亿元，增长${F.taxGrow}%。`);
  ins('当事人的陈述申辩权利得到充分保障。', `全年办理行政处罚案件和行政强制案件分别为${F.a}件、${F.b}件，同比分别下降${F.aDown}%、${F.bDown}%（上年分别为${F.a0}件、${F.b0}件）。推行非现场执法，全年通过非现场方式办理案件${F.nc}件，是上年的${F.ncK}倍。`);
  t = t.replace(/(通过调解和解方式结案的占审结案件的\d+\.\d%。)/, `$1${o.self}各级行政复议机构全年受理行政复议案件${F.accWan}万件，其中涉及市场监管、自然资源、公安领域的分别为${F.f1}件、${F.f2}件、${F.f3}件，三个领域合计占受理总数的${F.f123Share}%。`);
  ins('逐项销号。', `截至${Y}年12月31日，行政执法监督投诉举报热线共受理投诉${F.hotline}件，全部按期办结。`);
  ins('（二）健全依法决策机制', `（二）加强重点领域立法，制度供给更加有力\n1.做好地方立法工作。坚持立改废释并举，${Y}年提请市人民代表大会常务委员会审议地方性法规草案${o.bills}件，制定政府规章${o.regs}件，修改政府规章1件，围绕城市更新、养老服务、生态保护等领域补齐制度短板。立法过程中通过基层立法联系点广泛听取意见，征集意见建议${o.billOpinions}条，采纳的意见建议已在草案修改说明中逐条反馈。\n2.开展立法后评估。选取实施满三年的政府规章开展立法后评估，对评估中发现的与上位法不一致、与改革要求不适应的条款，列入下一年度立法计划予以修改。\n`, true);
  // renumber the later （二）…（七） of part 1 to （三）…（八）
  const order = ['七', '六', '五', '四', '三'];
  const next = { 七: '八', 六: '七', 五: '六', 四: '五', 三: '四' };
  for (const k of order) t = t.replace(new RegExp(`\\n（${k}）(?=[^\\n]*\\n1\\.)`), `\n（${next[k]}）`);
  t = t.replace('（二）健全依法决策机制', '（三）健全依法决策机制');
  ins(`\n\n二、${o.short}政府主要负责同志`, `\n（九）总结推广基层法治实践经验，示范引领作用不断彰显\n1.打造法治建设品牌。围绕营商环境、基层治理、公共法律服务等领域，组织各区（县）和市直部门开展法治建设创新项目评选，${Y}年共评选出优秀创新项目${o.projects}个，对其中运行成熟、群众认可的项目在全市复制推广。坚持把法治建设创新与解决群众急难愁盼问题结合起来，防止“为创新而创新”、重形式轻实效。\n2.深化示范创建。以法治政府建设示范创建为抓手，对照示范指标体系开展自查评估，建立问题台账并逐项整改销号。组织开展法治政府建设年度考评，考评结果与领导班子和领导干部年度考核挂钩，对工作滞后的单位进行通报并约谈主要负责人，形成比学赶超、争先创优的良好态势。`, true);
  ins('基层法治机构人员少、任务重的矛盾较为突出。', `此外，法治政府建设的数字化支撑还不够有力，执法监督平台与各业务系统之间的数据共享仍不充分，部分统计数据仍需人工汇总，影响了分析研判的及时性和准确性。下一步，将针对上述问题逐项制定整改措施，明确责任单位和完成时限，确保整改到位。`);
  ins('未发生因违法行政被追究责任的重大事件。', `四是${Y}年，${o.self}共有${o.demo}个单位被评为省级法治政府建设示范项目或示范单位，法治建设的典型引领作用进一步显现。五是按照上级关于年度报告报送和公开的要求，本报告经${o.short}政府常务会议审议通过后按时报送，并将在门户网站“法治政府建设”专栏向社会公开。`);
  ins('五、其他需要报告的情况', '', false);
  t = t.replace(/\n(\d{4}年\d{1,2}月\d{1,2}日)\n$/, `\n$1\n\n注：本报告所列数据统计截至${Y}年12月31日，部分数据为快报数。\n（联系单位：${o.contactUnit}，联系电话：${o.phone}）\n\n抄送：${o.cc}。\n${o.office}　　${o.printed}印发\n`);
  return t;
}
const CLEAN4 = [
  { id: 'K01-city-2024-long', Y: 2024, kind: 'city', name: '江宁府市人民政府', short: '市', self: '全市', upper: '省委、省政府和市委', abbr: '江宁府', num: 13, addressee: '省人民政府：', date: '2025年2月24日', scale: 3, seed: 4101, signer: '陈立新', projects: 12, demo: 3, bills: 3, regs: 2, billOpinions: 486, contactUnit: '市司法局', phone: '0571-87016532', cc: '市委办公室，市人大常委会办公室，市政协办公室', office: '江宁府市人民政府办公室', printed: '2025年2月25日' },
  { id: 'K02-city-2025-long', Y: 2025, kind: 'city', name: '西湖州市人民政府', short: '市', self: '全市', upper: '省委、省政府和市委', abbr: '西州政', num: 4, addressee: '省委、省人民政府：', date: '2026年2月11日', scale: 2, seed: 4202, signer: '刘明远', projects: 9, demo: 2, bills: 2, regs: 3, billOpinions: 312, contactUnit: '市司法局法治督察处', phone: '0731-88765210', cc: '省委依法治省办，市委办公室，市人大常委会办公室，市政协办公室', office: '西湖州市人民政府办公室', printed: '2026年2月12日' },
  { id: 'K03-city-2023-long', Y: 2023, kind: 'city', name: '北湾市人民政府', short: '市', self: '全市', upper: '省委、省政府和市委', abbr: '北湾政', num: 8, addressee: '省人民政府：', date: '2024年2月19日', scale: 2, seed: 4303, signer: '赵国华', projects: 15, demo: 4, bills: 4, regs: 1, billOpinions: 590, contactUnit: '市司法局', phone: '0532-85912340', cc: '市委办公室，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院', office: '北湾市人民政府办公室', printed: '2024年2月20日' },
];
for (const o of CLEAN4) {
  const text = report4(o);
  BY.set(o.id, text);
  add(o.id, text);
}
{
  const t = base('K01-city-2024-long');
  const m = t.match(/纠错率为(\d+\.\d)%/);
  const wrong = (Number(m[1]) + 1.5).toFixed(1);
  fault('J01-fixrate-long', 'K01-city-2024-long', one(`纠错率为${m[1]}%`, `纠错率为${wrong}%`), ['consistent-rate', `纠错率 stated ${wrong}% (is ${m[1]}%)`]);
}
fault('J02-numbering-dup', 'K02-city-2025-long', one('2.开展立法后评估', '1.开展立法后评估'), ['consistent-numbering', '（二） items numbered 1. 1.']);


// ---- batch 5 (labelled and committed before its own run): the longest reports (8,000+ characters): the batch-4 text
// plus a （十） on 政务服务 time limits and funds (a 亿元 total over parts in 亿元 and 万元, 压缩p%, 完成年度目标的p%,
// 增速比上年提高d个百分点（上年增速为z%）, 同比持平, 由p%下降至q%), local titles in 《》 (a city's own 条例 and a
// 三年行动计划（2024—2026年）), “5+2”“白+黑” slogans, and a longer plan with 1. 2. items under each （一）.
function report5(o) {
  let t = report4(o);
  const r = rng(o.seed + 23);
  const int = (lo, hi) => Math.round(lo + r() * (hi - lo));
  const log = [];
  let F;
  for (;;) {
    try {
      log.length = 0;
      F = {};
      F.d0 = [12, 15, 20][int(0, 2)]; F.d = [3, 4, 5][int(0, 2)];
      F.dCut = pct(F.d0 - F.d, F.d0, `办理时限压缩 (${F.d0}-${F.d})/${F.d0}`, log);
      F.target = int(40, 80) * 10; F.doneT = F.target + int(10, 120);
      F.targetPct = pct(F.doneT, F.target, `完成年度目标 ${F.doneT}/${F.target}`, log);
      // funds: central x.x亿 (tenths), provincial in 万元, city x.x亿; total in 亿元 2 decimals
      F.c1 = int(8, 20) / 10; F.c2w = int(30, 95) * 100; F.c3 = int(5, 18) / 10;
      const totalW = Math.round(F.c1 * 10000) + F.c2w + Math.round(F.c3 * 10000);
      F.total = (totalW / 10000).toFixed(2);
      log.push(`资金总额 ${F.total}亿元 = ${F.c1}亿元 + ${F.c2w}万元 + ${F.c3}亿元 (${Math.round(F.c1 * 10000)}+${F.c2w}+${Math.round(F.c3 * 10000)}=${totalW}万元)`);
      F.g0 = (int(40, 90) / 10).toFixed(1); F.gUp = (int(5, 30) / 10).toFixed(1);
      F.g = (Number(F.g0) + Number(F.gUp)).toFixed(1);
      F.base0 = int(2000, 6000); F.val = Math.round(F.base0 * (1 + Number(F.g) / 100));
      F.gReal = pct(F.val - F.base0, F.base0, `电子证照调用增长 (${F.val}-${F.base0})/${F.base0}`, log);
      if (F.gReal !== F.g) throw new Error('rounding edge: g');
      log.push(`增速 ${F.g}% = 上年增速 ${F.g0}% + ${F.gUp} 个百分点`);
      F.flat = int(30, 90);
      F.over0 = (int(30, 80) / 10).toFixed(1); F.over = (Number(F.over0) - int(5, 20) / 10).toFixed(1);
      if (Number(F.over) <= 0) throw new Error('rounding edge: over');
      F.overDown = (Number(F.over0) - Number(F.over)).toFixed(1);
      log.push(`超期率 由 ${F.over0}% 下降至 ${F.over}%，下降 ${F.overDown} 个百分点`);
      break;
    } catch (e) {
      if (!/rounding edge/.test(e.message)) throw e;
    }
  }
  ARITH.push(`### ${o.id} (batch-5 passages)\n\n` + log.map((l) => `- ${l}`).join('\n'));
  const Y = o.Y, N = Y + 1;
  const ins = (anchor, text, before = false) => {
    if (t.split(anchor).length !== 2) throw new Error(`anchor ${anchor}`);
    t = t.replace(anchor, before ? text + anchor : anchor + text);
  };
  ins(`\n\n二、${o.short}政府主要负责同志`, `\n（十）提升政务服务效能，让法治红利惠及企业群众\n1.压减办理时限。认真贯彻《${o.city}优化营商环境条例》，对企业投资项目审批实行“容缺受理+承诺制”，平均办理时限由${F.d0}个工作日压缩至${F.d}个工作日，压缩${F.dCut}%。政务服务大厅推行“5+2”“白+黑”预约服务，做到“周末不打烊、午间不断档”。\n2.用好惠企资金。全年争取和安排惠企政策资金${F.total}亿元，其中中央资金${F.c1}亿元、省级资金${F.c2w}万元、市级资金${F.c3}亿元，全部通过“免申即享”平台直达企业。全年新增“免申即享”事项${F.doneT}项，完成年度目标任务的${F.targetPct}%。\n3.推动数据多跑路。全年电子证照调用${F.val}万次，比上年增长${F.g}%，增速比上年提高${F.gUp}个百分点（上年增速为${F.g0}%）。全市行政许可事项保持${F.flat}类，与上年持平；行政审批超期率由上年的${F.over0}%下降至${F.over}%，下降${F.overDown}个百分点。`, true);
  ins('重点做好以下工作：', `\n按照《${o.city}法治政府建设三年行动计划（${Y}—${Y + 2}年）》确定的路线图，${N}年要突出抓好以下六个方面，并细化为可量化、可考核的具体任务。`);
  ins('（六）加快推进数字法治政府建设。一是推动行政执法监督平台与政务服务平台数据互联互通；二是拓展电子证照应用场景，提升“掌上办”“指尖办”水平；三是健全政务数据安全管理制度，依法保护个人信息。', `\n（七）持续加强法治工作队伍建设。一是配齐配强各级法制审核力量，确保法制审核人员不少于本单位执法人员总数的5%；二是推进公职律师、法律顾问工作全覆盖，健全法律顾问履职评价机制；三是加强法治人才培养交流，分批选派年轻干部到执法一线和司法行政机关跟班学习。\n（八）完善法治政府建设推进机制。一是健全法治政府建设年度报告、督察、考评制度；二是强化法治督察结果运用，对督察发现的问题实行清单化管理；三是${N}年底前完成对本级政府规章和行政规范性文件的全面清理。`);
  return t;
}
const CLEAN5 = [
  { id: 'L01-city-2024-longest', Y: 2024, kind: 'city', name: '东临湖市人民政府', city: '东临湖市', short: '市', self: '全市', upper: '省委、省政府和市委', abbr: '东临湖政', num: 15, addressee: '省人民政府：', date: '2025年2月26日', scale: 3, seed: 5101, signer: '孙海涛', projects: 11, demo: 3, bills: 2, regs: 2, billOpinions: 411, contactUnit: '市司法局', phone: '0591-87553120', cc: '市委办公室，市人大常委会办公室，市政协办公室', office: '东临湖市人民政府办公室', printed: '2025年2月27日' },
  { id: 'L02-city-2025-longest', Y: 2025, kind: 'city', name: '南岭山市人民政府', city: '南岭山市', short: '市', self: '全市', upper: '省委、省政府和市委', abbr: '南岭政', num: 6, addressee: '省委、省人民政府：', date: '2026年2月23日', scale: 2, seed: 5202, signer: '周文博', projects: 8, demo: 2, bills: 3, regs: 1, billOpinions: 275, contactUnit: '市司法局', phone: '0771-55108732', cc: '市委办公室，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院', office: '南岭山市人民政府办公室', printed: '2026年2月24日' },
  { id: 'L03-city-2023-longest', Y: 2023, kind: 'city', name: '西江口市人民政府', city: '西江口市', short: '市', self: '全市', upper: '省委、省政府和市委', abbr: '西江政', num: 3, addressee: '省人民政府：', date: '2024年2月6日', scale: 2, seed: 5303, signer: '吴建平', projects: 14, demo: 5, bills: 2, regs: 3, billOpinions: 630, contactUnit: '市司法局', phone: '0851-86920415', cc: '市委办公室，市人大常委会办公室，市政协办公室', office: '西江口市人民政府办公室', printed: '2024年2月7日' },
];
for (const o of CLEAN5) {
  const text = report5(o);
  BY.set(o.id, text);
  add(o.id, text);
}
{
  const t = base('L02-city-2025-longest');
  const m = t.match(/惠企政策资金(\d+\.\d\d)亿元，其中/);
  const wrong = (Number(m[1]) + 0.5).toFixed(2);
  fault('M01-mixed-unit-total', 'L02-city-2025-longest', one(`惠企政策资金${m[1]}亿元，其中`, `惠企政策资金${wrong}亿元，其中`), ['consistent-total', `资金 stated ${wrong}亿元 (亿元+万元+亿元 parts sum to ${m[1]})`]);
}

writeFileSync(path.join(here, 'cases.json'), JSON.stringify(C, null, 2) + '\n');
writeFileSync(path.join(here, 'arithmetic.md'), '# Arithmetic of every derived figure (generated by make.mjs)\n\n' + ARITH.join('\n\n') + '\n');
for (const c of C) console.log(c.id, [...TEXT.get(c.id)].length);
console.log(C.length, 'cases');
