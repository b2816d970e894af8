// Writes eval/independent13/cases/*.txt|.md and cases.json. Text written for this suite (no sentence pasted from a
// source); every figure below was checked by hand (README.md shows the arithmetic). Run: node eval/independent13/make.mjs
import { writeFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, 'cases');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const GOAL = '职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意';
const GOAL15 = '职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信';

// ---- hand-checked figure sentences (README.md: arithmetic) ----
const FIG = {
  zw: '梳理公布政务服务事项1286项，其中即办件532项、承诺件754项', // 532+754=1286
  ht: '审查各类合同64份，其中采购合同38份、租赁合同15份、其他合同11份', // 38+15+11=64
  gf: '报送备案规范性文件23件，按时报备23件，报备率100%', // 23/23
  yz: '办理行政处罚案件312件，较上年的268件增加44件', // 312-268=44
  fy: '全年收到行政复议申请208件，依法受理196件，受理率94.2%', // 196/208=0.94231
  fy2: '受理行政复议案件126件，审结118件，审结率93.7%', // 118/126=0.93651
  tj: '排查矛盾纠纷420件，成功化解405件，化解率96.4%', // 405/420=0.96429
  fa: '办理法律援助案件245件，其中刑事案件98件、民事案件131件、行政案件16件', // 98+131+16=245
  ys: '发生行政应诉案件37件，行政机关负责人出庭应诉37件，出庭应诉率100%', // 37/37
  town: '调处矛盾纠纷86件，调解成功84件，调解成功率97.7%', // 84/86=0.97674
};
// planted figure faults (one per case)
const BAD = {
  fy: '全年收到行政复议申请208件，依法受理196件，受理率95.2%', // 94.2 is right
  tj: '排查矛盾纠纷420件，成功化解405件，化解率98.4%', // 96.4 is right
  town: '调处矛盾纠纷86件，调解成功84件，调解成功率96.7%', // 97.7 is right
  fa: '办理法律援助案件245件，其中刑事案件98件、民事案件151件、行政案件16件', // 265 > 245
  htSum: '审查采购合同38份、租赁合同15份、其他合同11份，共计66份', // 64
  yz: '办理行政处罚案件312件，较上年的268件增加54件', // 44
  fy2: '受理行政复议案件126件，审结118件，审结率98.7%', // 93.7
};

// ---- genres ----
const G = {
  joint: (Y) => ({ title: `中共青禾县委 青禾县人民政府关于${Y}年度法治政府建设情况的报告`, addr: '中共江州市委、江州市人民政府：', we: '我县', all: '全县', gov: '县政府', party: '县委', heads: '县委书记、县长', sign: ['中共青禾县委', '青禾县人民政府'], kind: '法治政府建设', place: '青禾县' }),
  joint2: (Y) => ({ title: `中共东川区委 东川区人民政府关于${Y}年法治政府建设工作情况的报告`, addr: '市委、市政府：', we: '我区', all: '全区', gov: '区政府', party: '区委', heads: '区委书记、区长', sign: ['中共东川区委', '东川区人民政府'], kind: '法治政府建设', place: '东川区' }),
  yfz: (Y) => ({ title: `中共青禾县委全面依法治县委员会办公室关于${Y}年度全县法治建设情况的报告`, addr: '市委全面依法治市委员会办公室：', we: '我县', all: '全县', gov: '县政府', party: '县委', heads: '县委、县政府主要负责同志', sign: ['中共青禾县委全面依法治县委员会办公室'], kind: '法治建设', place: '青禾县' }),
  street: (Y) => ({ title: `南湖街道办事处${Y}年度法治政府建设情况的报告`, addr: '', we: '街道', all: '辖区', gov: '街道办事处', party: '街道党工委', heads: '街道党工委书记、办事处主任', sign: ['江州市南湖区人民政府南湖街道办事处'], kind: '法治政府建设', place: '南湖街道' }),
  streetFz: (Y) => ({ title: `柳岸街道${Y}年法治建设年度报告`, addr: '', we: '街道', all: '辖区', gov: '街道办事处', party: '街道党工委', heads: '街道党工委书记、办事处主任', sign: ['柳岸街道办事处'], kind: '法治建设', place: '柳岸街道' }),
  gwh: (Y) => ({ title: `云岭经济技术开发区管委会${Y}年度法治政府建设情况的报告`, addr: '', we: '管委会', all: '园区', gov: '管委会', party: '党工委', heads: '党工委书记、管委会主任', sign: ['云岭经济技术开发区管理委员会'], kind: '法治政府建设', place: '云岭经开区' }),
  dept: (Y) => ({ title: `江州市自然资源和规划局${Y}年度依法行政工作报告`, addr: '市人民政府：', we: '我局', all: '全系统', gov: '局', party: '局党组', heads: '局党组书记、局长', sign: ['江州市自然资源和规划局'], kind: '依法行政', place: '市自然资源和规划局' }),
  summary: (Y) => ({ title: `青石县人民政府${Y}年法治政府建设工作总结`, addr: '', we: '我县', all: '全县', gov: '县政府', party: '县委', heads: '县委书记、县长', sign: ['青石县人民政府'], kind: '法治政府建设', place: '青石县' }),
  town: (Y) => ({ title: `柳溪镇${Y}年法治政府建设情况报告`, addr: '', we: '我镇', all: '全镇', gov: '镇政府', party: '镇党委', heads: '镇党委书记、镇长', sign: ['柳溪镇人民政府'], kind: '法治政府建设', place: '柳溪镇' }),
  city: (Y) => ({ title: `江州市人民政府关于${Y}年度法治政府建设情况的报告`, addr: '省委、省政府：', we: '我市', all: '全市', gov: '市政府', party: '市委', heads: '市委书记、市长', sign: ['江州市人民政府'], kind: '法治政府建设', place: '江州市' }),
};

// ---- look-back paragraphs (own wording) ----
const P = {
  lead: (s) => `${s.party}把法治建设纳入全局工作统筹谋划，${s.gov}全年4次专题研究法治政府建设重点任务，及时协调解决执法力量下沉、行政争议化解等具体问题。`,
  study: (s) => `把习近平法治思想纳入理论学习中心组学习内容，组织领导干部旁听庭审、参加法治专题讲座，开展年度述法评议。`,
  func: (s, f = FIG.zw) => `持续优化法治化营商环境，${f}，企业开办全流程1个工作日内办结，涉企经营许可事项全部纳入“证照分离”改革。`,
  rules: (s, f = FIG.ht) => `严格规范性文件合法性审核，${FIG.gf}；${f}，均在签订前完成合法性审查。`,
  dec: (s) => `重大行政决策严格履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序，法律顾问全年列席会议30余次、出具书面法律意见112份。`,
  enf: (s, f = FIG.yz) => `深入落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，${f}；推行包容审慎监管，对首次轻微违法行为依法不予处罚。`,
  disp: (s, f = FIG.fy, g = FIG.tj) => `发挥行政复议化解行政争议主渠道作用，${f}；坚持和发展新时代“枫桥经验”，${g}。`,
  over: (s, f = FIG.ys) => `自觉接受人大法律监督和政协民主监督，认真办理代表建议和委员提案；${f}，政务公开平台主动公开政府信息2100余条。`,
  pufa: (s, f = FIG.fa) => `落实“谁执法谁普法”普法责任制，开展宪法宣传周、民法典宣传月等主题活动；${f}。`,
  digital: (s) => `推进“互联网+监管”，执法信息通过移动执法终端实时录入，行政检查实行扫码入企、亮码检查。`,
};
const SUBS = [
  ['坚持党的领导，统筹推进法治建设', 'lead'],
  ['深化“放管服”改革，依法全面履行政府职能', 'func'],
  ['加强制度建设，推进依法科学民主决策', 'rules'],
  ['严格规范公正文明执法', 'enf'],
  ['依法化解社会矛盾纠纷', 'disp'],
  ['强化行政权力制约监督', 'over'],
  ['深入开展法治宣传教育', 'pufa'],
];

const DUTY = (s) => `${s.heads}切实履行推进法治建设第一责任人职责，带头学法讲法，主持召开专题会议研究法治建设重大事项，对重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办；将法治建设纳入领导班子和领导干部年度考核，下属单位主要负责人年终述法实现全覆盖。`;
const PROB = (s) => `对照上级部署和群众期待，${s.we}法治政府建设仍有不足：一是少数干部运用法治思维和法治方式推动工作的能力还不够强，重业务、轻法治的现象仍然存在；二是基层执法人员数量不足、专业化水平不高；三是行政复议与调解、信访之间的衔接还不够顺畅。主要原因是法治培训针对性不强，执法队伍建设投入不足。`;
const PLAN = (s, N) => `${N}年，${s.we}将坚持以习近平法治思想为指导，重点抓好以下工作：一是深化行政执法协调监督工作体系建设，规范涉企行政检查；二是健全行政争议源头预防和实质化解机制；三是完善合法性审查工作机制，提升规范性文件质量；四是做好“八五”普法规划收官总结，谋划新一轮普法工作。`;
const OTHER = ['无其他需要报告的情况。', '本年度无其他需要报告的事项。', '按照上级统一部署，本年度接受了法治政府建设督察，反馈的问题已全部完成整改。'];

function opening(s, Y, kindWord) {
  return `${Y}年，${s.place === '青禾县' || s.place === '东川区' || s.place === '江州市' || s.place === '青石县' ? s.all : s.we}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，认真落实《法治政府建设实施纲要（2021—2025年）》，加快建设${GOAL}的法治政府，各项工作取得新进展。现将${Y}年度${kindWord ?? s.kind}情况报告如下：`;
}
function closing(s, date) {
  return ['', ...s.sign, date];
}
const ALL = [];
function add(id, text, label = {}, ext = 'txt') {
  const file = `${id}.${ext}`;
  writeFileSync(path.join(dir, file), text.replace(/\n{3,}/g, '\n\n') + '\n');
  ALL.push({ id, file, ...label });
}
const lb = (s, keys, over = {}) => keys.map((k) => (over[k] ?? P[k])(s));

// ---- structure A: standard five parts, （一） sub-headings ----
function stdA(s, Y, o = {}) {
  const N = Y + 1;
  const out = [s.title, ''];
  if (s.addr) out.push(s.addr);
  out.push(o.opening ?? opening(s, Y), '');
  const subs = o.subs ?? SUBS.slice(0, 6);
  out.push(`一、${o.h1 ?? `${o.h1Year ?? Y}年推进法治政府建设的主要举措和成效`}`);
  subs.forEach(([t, k], i) => { out.push(`（${CN[o.subNo?.[i] ?? i]}）${t}`, (o.over?.[k] ?? P[k])(s)); });
  const parts = [];
  if (!o.noProb) parts.push([o.h2 ?? '存在的不足和原因', o.prob ?? PROB(s)]);
  if (!o.noDuty) parts.push([o.h3 ?? `党政主要负责人履行推进法治建设第一责任人职责情况`, o.duty ?? DUTY(s)]);
  if (!o.noPlan) parts.push([o.h4 ?? `${o.planYear ?? N}年推进法治政府建设的主要安排`, o.plan ?? PLAN(s, o.planYear ?? N)]);
  if (!o.noOther) parts.push([o.h5 ?? '其他需要报告的情况', o.other ?? OTHER[0]]);
  if (o.order) parts.splice(0, parts.length, ...o.order(parts));
  parts.forEach(([h, b], i) => out.push(`${CN[i + 1]}、${h}`, ...(b === null ? [] : [b])));
  if (o.pageNos) { for (let k = out.length - 8, n = 3; k > 8; k -= 7, n--) if (n > 1) out.splice(k, 0, `— ${n} —`); }
  if (o.tail) out.push(...o.tail);
  out.push(...closing(s, o.date ?? `${N}年2月18日`));
  return out.join('\n');
}

// ---- structure B: 第一部分…第五部分, 一、 inside ----
function partsB(s, Y, o = {}) {
  const N = Y + 1;
  const out = [o.md ? `# ${s.title}` : s.title, ''];
  if (s.addr) out.push(s.addr);
  out.push(opening(s, Y), '');
  const P1 = [`第一部分 ${Y}年法治政府建设主要举措和成效`, ...SUBS.slice(0, o.nsubs ?? 5).flatMap(([t, k], i) => [`${CN[i]}、${t}`, (o.over?.[k] ?? P[k])(s)])];
  const P2 = [`第二部分 党政主要负责人履行推进法治建设第一责任人职责情况`, o.duty ?? DUTY(s)];
  const P3 = [`第三部分 存在的问题和不足`, o.prob ?? PROB(s)];
  const P4 = [`第四部分 ${o.planYear ?? N}年法治政府建设工作打算`, o.plan ?? PLAN(s, o.planYear ?? N)];
  const P5 = [`第五部分 其他需要报告的情况`, o.other ?? OTHER[1]];
  let parts = [P1, P2, P3, P4, P5].filter((p, i) => !(o.drop ?? []).includes(i + 1));
  const names = ['一', '二', '三', '四', '五'];
  parts = parts.map((p, i) => [p[0].replace(/^第[一二三四五]部分/, `第${o.partNo?.[i] ?? names[i]}部分`), ...p.slice(1)]);
  if (o.md) parts = parts.map((p) => [`## ${p[0]}`, '', ...p.slice(1).flatMap((x) => /^[一二三四五六七]、/.test(x) ? [`### ${x}`, ''] : [x, ''])]);
  for (const p of parts) out.push(...p);
  out.push(...closing(s, o.date ?? `${N}年2月21日`));
  return out.join('\n');
}

// ---- structure C: few headings, 一是/二是 items ----
function itemsC(s, Y, o = {}) {
  const N = Y + 1;
  const out = [s.title, ''];
  if (s.addr) out.push(s.addr);
  out.push(opening(s, Y), '');
  out.push(`一、${Y}年主要工作情况`);
  out.push(`${s.all}围绕法治政府建设目标任务，重点做了以下工作。一是${o.i1 ?? '强化组织领导'}。${P.lead(s)}${P.study(s)}`);
  out.push(`二是规范行政权力运行。${P.rules(s)}${P.dec(s)}`);
  out.push(o.i3 ?? `三是${s.heads}认真履行推进法治建设第一责任人职责。${DUTY(s).replace(/^.*?职责，/, '')}`);
  out.push(`${o.n4 ?? '四'}是提升执法和化解纠纷质效。${P.enf(s, o.enf)}${P.disp(s)}`);
  out.push(`${o.n5 ?? '五'}是深化普法依法治理。${P.pufa(s)}`);
  out.push(`二、${o.h2 ?? `存在问题和下步打算`}`);
  out.push(o.prob ?? `${s.all}法治建设还存在短板：一是法治队伍力量仍然薄弱；二是部分行政执法行为不够规范；三是普法宣传的针对性和实效性有待增强。`);
  out.push(o.plan ?? `${N}年，${s.we}将从三个方面着力：一是加强法治队伍建设，开展执法人员轮训；二是常态化开展行政执法案卷评查；三是推动普法与依法治理深度融合。`);
  if (!o.noOther) out.push(`三、其他需要报告的情况`, OTHER[0]);
  out.push(...closing(s, o.date ?? `${N}年2月10日`));
  return out.join('\n');
}

// ---- structure D: four levels 一、（一）1.（1） ----
function levelsD(s, Y, o = {}) {
  const N = Y + 1;
  const L = o.l4 ?? ['（1）', '（2）', '（3）'];
  const out = [s.title, ''];
  if (s.addr) out.push(s.addr);
  out.push(opening(s, Y), '');
  out.push(`一、${Y}年法治政府建设主要举措和成效`);
  out.push('（一）依法全面履行政府职能');
  out.push('1.深化“放管服”改革');
  out.push(`${L[0]}优化政务服务。${P.func(s)}`);
  out.push(`${L[1]}规范涉企检查。${P.digital(s)}`);
  out.push(`${L[2]}强化公平竞争审查。对涉及经营主体经济活动的政策措施开展公平竞争审查，清理妨碍统一市场的文件7件。`);
  out.push('2.提升行政决策质量');
  out.push(`${P.dec(s)}`);
  out.push('（二）严格规范公正文明执法');
  out.push(`1.落实执法制度。${P.enf(s)}`);
  out.push(`2.化解矛盾纠纷。${P.disp(s)}`);
  out.push('（三）党政主要负责人履行推进法治建设第一责任人职责');
  out.push(DUTY(s));
  out.push('二、存在的不足');
  out.push(PROB(s));
  out.push(`三、${N}年工作安排`);
  out.push('（一）持续提升依法行政能力');
  out.push('1.年内组织全体执法人员开展新法轮训，完成执法证件换发。');
  out.push('2.健全领导干部学法用法制度，落实年度述法。');
  out.push('（二）深化行政争议实质化解');
  out.push('1.完善行政复议与调解、信访衔接机制。');
  out.push('2.推进行政机关负责人出庭应诉常态化。');
  out.push('四、其他需要报告的情况', OTHER[1]);
  out.push(...closing(s, `${N}年2月25日`));
  return out.join('\n');
}

// ================= cases =================
const Y = 2024, N = 2025;
const clean = (id, text, ext) => add(id, text, {}, ext);
const fault = (id, text, expect, fault, ext) => add(id, text, { expect, fault }, ext);

// --- joint 党委+政府 (model: 静海区/淮安市 layouts; pages search 中共 县委 县人民政府 关于 法治政府建设情况的报告)
clean('C01-joint-std', stdA(G.joint(Y), Y));
clean('C02-joint2-parts', partsB(G.joint2(Y), Y));
// C03 is rebuilt properly below (part 3 first); the line above is overwritten
function part3First(s, Y2, o = {}) {
  const N2 = Y2 + 1;
  const out = [s.title, ''];
  if (s.addr) out.push(s.addr);
  out.push(opening(s, Y2), '');
  out.push(`一、${o.h3 ?? '党政主要负责人履行推进法治建设第一责任人职责情况'}`, DUTY(s));
  out.push(`二、${Y2}年推进法治政府建设的主要举措和成效`);
  SUBS.slice(1, 6).forEach(([t, k], i) => out.push(`（${CN[i]}）${t}`, P[k](s)));
  if (!o.noProb) out.push('三、存在的不足和原因', PROB(s));
  const n = o.noProb ? ['三', '四'] : ['四', '五'];
  if (!o.noPlan) out.push(`${n[0]}、${o.h4 ?? `${N2}年工作要点`}`, o.plan ?? PLAN(s, N2));
  out.push(`${o.noPlan ? n[0] : n[1]}、其他需要报告的情况：${o.other ?? '无。'}`);
  out.push(...closing(s, `${N2}年2月14日`));
  return out.join('\n');
}
clean('C03-joint-part3first', part3First(G.joint(Y), Y));
clean('C04-joint2-items', itemsC(G.joint2(Y), Y));
clean('C05-joint-levels', levelsD(G.joint(Y), Y));

// --- 依法治县办 法治建设 reports
clean('C06-yfz-std', stdA(G.yfz(Y), Y, { h1: `${Y}年法治建设主要举措和成效`, h4: `${N}年法治建设工作安排`, h3: '县委、县政府主要负责同志履行推进法治建设第一责任人职责情况' }));
clean('C07-yfz-parts', partsB(G.yfz(Y), Y, { other: OTHER[2] }));
clean('C08-yfz-merged-nuli', stdA(G.yfz(Y), Y, { noPlan: true, h2: `存在的问题及努力方向`, prob: PROB(G.yfz(Y)) + '\n' + PLAN(G.yfz(Y), N) }));

// --- streets
clean('C09-street-std', stdA(G.street(Y), Y, { subs: SUBS.slice(0, 5) }));
clean('C10-street-items', itemsC(G.street(Y), Y, { h2: `困难与${N}年工作思路` }));
clean('C11-streetFz-parts', partsB(G.streetFz(Y), Y, { nsubs: 4 }));
clean('C12-streetFz-gongzuozhongdian', stdA(G.streetFz(Y), Y, { h4: `${N}年工作重点`, h1: `${Y}年法治建设主要成效` }));

// --- 管委会
clean('C13-gwh-std', stdA(G.gwh(Y), Y, { h4: `${N}年工作思路` }));
clean('C14-gwh-part3first', part3First(G.gwh(Y), Y, { h3: '党工委、管委会主要负责人履行推进法治建设第一责任人职责情况', other: '无其他需要报告的情况。' }));
clean('C15-gwh-items', itemsC(G.gwh(Y), Y, { h2: '存在的问题和下步打算' }));

// --- 依法行政工作报告 (department)
clean('C16-dept-std', stdA(G.dept(Y), Y, { h1: `${Y}年依法行政工作主要举措和成效`, h4: `${N}年依法行政工作目标`, h3: '局主要负责人履行推进法治建设第一责任人职责情况' }));
clean('C17-dept-levels', levelsD(G.dept(Y), Y));

// --- 工作总结
clean('C18-summary-std', stdA(G.summary(Y), Y, { h4: `${N}年工作要点` }));
clean('C19-summary-parts', partsB(G.summary(Y), Y));

// --- plan inside the last look-back section (no separate plan heading)
function planInLast(s, Y2, o = {}) {
  const N2 = Y2 + 1;
  const out = [s.title, ''];
  if (s.addr) out.push(s.addr);
  out.push(opening(s, Y2), '');
  out.push(`一、主要工作举措及成效`);
  SUBS.slice(0, 5).forEach(([t, k], i) => out.push(`（${CN[i]}）${t}。${P[k](s)}`));
  out.push(`二、${o.h3 ?? '党政主要负责人履行推进法治建设第一责任人职责情况'}`, DUTY(s));
  out.push(`三、存在的不足`, `${s.all}法治建设仍存在薄弱环节，执法人员专业素质与新形势新任务的要求还有差距，社区法律顾问作用发挥不够充分。`);
  out.push(o.planPara ?? `${N2}年，${s.we}将针对上述问题，组织执法人员开展专题轮训，推动法律顾问定期到社区坐班，持续提升基层治理法治化水平。`);
  out.push(...closing(s, `${N2}年2月8日`));
  return out.join('\n');
}
clean('C20-street-planInLast', planInLast(G.street(Y), Y));
clean('C21-town-planInLast', planInLast(G.town(Y), Y, { h3: '镇党委书记、镇长履行推进法治建设第一责任人职责情况' }));

// --- very short township reports (800–1500 chars)
function townShort(s, Y2, o = {}) {
  const N2 = Y2 + 1;
  return [
    s.title, '',
    `${Y2}年，${s.we}在${o.up ?? '县委、县政府'}的领导下，认真落实法治政府建设各项任务，现将有关情况报告如下：`,
    `一、${o.h1 ?? '主要工作及成效'}`,
    `${o.l1 ?? `一是健全工作机制。成立由镇党委书记、镇长任组长的法治建设领导小组，全年召开专题会议3次。二是规范重大决策。镇政府重大事项均经法律顾问审查后集体讨论决定，审查村级合同27份。三是化解矛盾纠纷。${o.town ?? FIG.town}。四是开展法治宣传。组织“法律明白人”进村入户宣讲42场次，在集市、学校开展宪法和民法典主题宣传，发放宣传资料3000余份。五是规范综合执法。镇综合行政执法队严格落实执法公示、全过程记录、法制审核制度，对农村乱搭乱建、占道经营等问题依法处置，执法文书均经司法所审核。六是推进村务依法管理。指导12个行政村修订村规民约，村级重大事项全部落实“四议两公开”，村级财务每季度公开一次。七是提升公共法律服务。镇公共法律服务工作站与司法所合署办公，律师每周到站值班一天，为群众解答法律咨询，引导群众通过法律途径表达诉求。`}`,
    `二、${o.h2 ?? '党政主要负责人履行推进法治建设第一责任人职责情况'}`,
    o.duty ?? `镇党委书记、镇长认真履行推进法治建设第一责任人职责，带头学法述法，主持研究法治建设重要事项，年内到村（社区）讲授法治课2次；把法治建设纳入镇党委年度工作要点，与经济发展、乡村振兴同部署、同检查，年底在全县乡镇党政主要负责人述法会上作书面述法。`,
    ...(o.noProb ? [] : [`三、${o.h3 ?? '存在的问题'}`, o.prob ?? '一是村级法律顾问作用发挥不充分，到村服务频次偏低；二是部分村干部依法办事意识不强，处理村务仍习惯凭经验；三是综合执法力量较为薄弱，持证执法人员仅有6名。']),
    ...(o.noPlan ? [] : [`${o.noProb ? '三' : '四'}、${o.h4 ?? `${N2}年工作计划`}`, o.plan ?? `${N2}年，我镇将重点做好三项工作：一是加强村级法律顾问履职管理，建立到村服务台账；二是分批开展村干部法治培训，年内实现全覆盖；三是推进综合执法规范化建设，争取新增持证执法人员。`]),
    ...(o.noOther ? [] : [`${o.noProb || o.noPlan ? '四' : '五'}、其他需要报告的情况`, '无。']),
    '', s.sign[0], o.date ?? `${N2}年1月20日`,
  ].join('\n');
}
clean('C22-town-short', townShort(G.town(Y), Y));
clean('C23-town-short-mubiao', townShort(G.town(Y), Y, { h4: `${N}年工作目标`, plan: `到${N}年底，村级法律顾问实现每月到村服务一次，村干部法治培训全覆盖，综合执法案卷评查合格率保持100%。` }));
clean('C24-town-short-merged', townShort(G.town(Y), Y, { noProb: true, h4: `存在问题和${N}年工作打算`, plan: `村级法律顾问作用发挥不充分，综合执法力量较为薄弱。${N}年，我镇将建立法律顾问到村服务台账，开展执法人员轮训。` }));
clean('C25-town-short-2023', townShort(G.town(2023), 2023, { plan: '2024年，我镇将加强村级法律顾问履职管理，推进综合执法规范化建设。' }));
clean('C26-town-short-xiabu', townShort(G.town(Y), Y, { h4: '下一步工作打算', plan: `${N}年，我镇将围绕乡村振兴中的法治需求，推进“民主法治示范村”创建，开展村干部法治培训。` }));

// --- very long city reports (6–10k chars)
function cityLong(s, Y2, o = {}) {
  const N2 = Y2 + 1;
  const C = {
    fy: o.fy ?? '全市收到行政复议申请3816件，受理3542件，受理率92.8%', // 3542/3816=0.92820
    sj: o.sj ?? '审结3405件，其中维持2310件、确认违法267件、撤销198件、责令履行41件、驳回和调解终止589件，综合纠错率14.9%', // sum 3405; (267+198+41)/3405=0.14861
    rx: o.rx ?? '12345政务服务便民热线受理群众诉求41.2万件，办结40.9万件，办结率99.3%', // 40.9/41.2=0.99272
    cf: o.cf ?? '全市行政执法机关办理行政处罚案件2.46万件，较上年增长8.4%',
    lf: '提请市人大常委会审议地方性法规3件，制定政府规章2件，修改规章4件、废止1件',
  };
  const out = [s.title, ''];
  out.push(s.addr);
  out.push(`${Y2}年，${s.all}坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，深入学习贯彻习近平法治思想，在省委、省政府和${s.party}的坚强领导下，对标《法治政府建设实施纲要（2021—2025年）》，加快建设${GOAL}的法治政府，法治政府建设各项任务扎实推进。现将${Y2}年度法治政府建设情况报告如下：`, '');
  out.push(`一、${Y2}年推进法治政府建设的主要举措和成效`);
  const secs = [
    ['坚持党的全面领导，法治政府建设统筹推进有力', [
      `${s.party}常委会会议、市委全面依法治市委员会会议先后7次研究法治建设重大事项，审议通过法治江州建设年度工作要点和法治政府建设年度计划；${s.gov}党组把学习贯彻习近平法治思想作为重要政治任务，常务会议会前学法12次，内容涵盖行政复议法、公司法、保守国家秘密法等新制定和新修订的法律。`,
      `健全法治建设考核评价机制，法治建设成效在各县（市、区）和市直部门综合考核中的分值比重提高到5%，考核结果作为领导班子和领导干部评先评优的重要依据；开展法治督察，对8个县（市、区）和20个市直部门进行实地督察，督促整改问题64个。`,
    ]],
    ['深化政府职能转变，法治化营商环境持续优化', [
      `深入推进“高效办成一件事”改革，新生儿出生、企业信息变更、开办餐饮店等21个重点事项实现一次告知、一表申请、一套材料、一窗受理、一次办结；全面推行告知承诺制，可承诺事项全部公开承诺标准。`,
      `动态调整市级权责清单，保留行政权力事项4618项；推行行政许可事项清单管理，清单之外一律不得违法实施行政许可。开展妨碍统一市场和公平竞争政策措施清理，修订和废止文件19件。`,
      `聚焦经营主体关切，建立涉企行政检查“白名单”制度，推行“综合查一次”，跨部门联合检查比例明显提高；对涉企行政执法中的首违不罚、轻微免罚事项实行清单管理，市场监管、交通运输、生态环境等领域清单事项达到386项。`,
    ]],
    ['完善依法行政制度体系，政府治理规范化水平不断提升', [
      `坚持立改废释并举，围绕保障高质量发展开展地方性法规和政府规章清理，重点清理与新修订上位法不一致、不适应经济社会发展要求的条款，清理结果向社会公布。`,
      `科学编制年度立法计划，${C.lf}。围绕城市更新、养老服务、河湖保护等领域开展立法调研，基层立法联系点收集意见建议540余条，采纳83条。`,
      `严格落实行政规范性文件合法性审核机制，市政府及其部门制定的规范性文件全部经过合法性审核，未经审核的一律不得提交审议；开展规范性文件备案审查，发现并督促纠正制定程序、内容方面的问题文件7件。`,
    ]],
    ['健全行政决策制度体系，依法科学民主决策水平持续提高', [
      `制定并公布年度重大行政决策事项目录，纳入目录的事项全部履行法定程序；对涉及群众切身利益的决策事项，通过听证会、座谈会、网络征求意见等方式广泛听取意见。发挥政府法律顾问和公职律师作用，市政府法律顾问全年参与审查重大合同、协议，出具法律意见书286份。`,
      `规范政府合同管理，建立政府合同起草、审查、签订、履行、归档全流程管理制度，市政府重大合同全部经过合法性审查；开展政府合同履约专项检查，督促有关单位依约履行合同义务。`,
      `推进重大行政决策后评估，选取城市停车设施建设、农村生活污水治理两项决策开展后评估，根据评估结果调整完善相关政策措施。`,
    ]],
    ['严格规范公正文明执法，行政执法质量全面提升', [
      `深入实施提升行政执法质量三年行动计划，${C.cf}；全面落实行政执法“三项制度”，行政执法信息统一在执法信息公示平台公开。`,
      `组织开展行政执法案卷评查，抽查执法案卷1200卷，对发现的问题逐一反馈整改；建立市、县、乡三级行政执法协调监督工作体系，设立行政执法监督联系点60个，聘请社会监督员240名。`,
      `推进乡镇（街道）综合行政执法规范化建设，编制乡镇（街道）赋权事项清单，对下放事项开展评估，收回基层承接不了的事项12项。`,
    ]],
    ['加强行政执法队伍建设，执法能力持续增强', [
      `严格执行行政执法人员持证上岗和资格管理制度，组织行政执法人员参加公共法律知识和专业法律知识培训，全年清理不在岗执法证件，新申领执法证件人员全部通过统一考试。`,
      `开展行政执法人员旁听庭审、典型案例研讨活动，编印行政执法常见问题指引，选树行政执法典型案例，引导执法人员在执法中释法说理，做到宽严相济、法理相融。`,
      `落实行政执法责任制，对群众反映强烈的执法不作为、乱作为问题开展专项整治，督促相关部门建章立制，执法行为的社会评价持续向好。`,
    ]],
    ['强化突发事件依法应对，应急处置法治化水平稳步提升', [
      `修订市级突发事件总体应急预案和防汛抗旱、地质灾害等专项应急预案，开展综合应急演练；汛期依法启动防汛应急响应，转移安置受威胁群众，确保人民群众生命财产安全。`,
      `健全突发事件应对法律制度体系，贯彻修订后的突发事件应对法，完善应急指挥、物资保障、信息发布等配套制度；加强基层应急能力建设，乡镇（街道）全部明确应急管理工作机构和人员。`,
      `开展安全生产治本攻坚三年行动，聚焦燃气、消防、交通运输、建筑施工等重点行业领域开展隐患排查整治，依法查处安全生产违法行为，推动企业落实安全生产主体责任。`,
    ]],
    ['依法预防化解社会矛盾纠纷，社会大局和谐稳定', [
      `深入贯彻新修订的行政复议法，${C.fy}，${C.sj}；行政复议化解行政争议的主渠道作用持续彰显。`,
      `落实行政机关负责人出庭应诉制度，支持法院依法受理和审理行政案件，行政机关负责人出庭应诉实现常态化；对败诉案件逐案分析原因，通报典型问题，督促相关单位改进执法工作。`,
      `健全行政复议与行政调解、信访、诉讼的衔接机制，推进行政复议咨询服务窗口建设，在乡镇（街道）公共法律服务站设立行政复议受理点，方便群众就近申请行政复议。`,
      `坚持和发展新时代“枫桥经验”，健全人民调解、行政调解、司法调解联动工作体系，各级人民调解组织调解矛盾纠纷3.1万件；完善公共法律服务体系，建成村（社区）公共法律服务工作室1426个，实现全覆盖。`,
      `${C.rx}，群众满意度持续提高；推进信访工作法治化，依法分类处理信访诉求。`,
    ]],
    ['强化行政权力制约监督，权力运行更加规范透明', [
      `自觉接受人大法律监督、工作监督和政协民主监督，办理人大代表建议512件、政协委员提案468件，全部按期办结；支持人民法院依法受理和审理行政案件，认真落实司法建议和检察建议。`,
      `全面推进政务公开，市政府门户网站主动公开政府信息1.2万条；加强审计监督，对重点领域、重点项目实施审计，推动整改问题资金。`,
      `完善政府信息公开申请办理工作机制，依法规范答复信息公开申请，答复内容和程序的规范化水平进一步提高；健全统计、财会、审计等监督与行政执法监督的贯通协调机制，形成监督合力。`,
      `加强政务诚信建设，开展政府机构失信问题专项治理，对政府拖欠企业账款问题建立台账、限期清偿，依法保护经营主体合法权益。`,
    ]],
    ['加快数字法治政府建设，科技保障能力不断增强', [
      `依托一体化政务服务平台推进“一网通办”，市级政务服务事项网上可办率达到99%以上；建设行政执法监督信息平台，实现执法主体、人员、事项、案件信息的实时归集和监督。`,
      `推进政务数据依法有序共享，编制公共数据资源目录，建立数据安全管理制度；推广电子证照、电子印章在政务服务中的应用，减少群众重复提交材料。`,
      `建设法治宣传教育网络平台，开设“以案释法”“法律小课堂”等栏目，利用新媒体开展普法宣传，全年推送普法内容1600余条，普法宣传的覆盖面和影响力进一步扩大。`,
    ]],
  ];
  if (o.long) secs.splice(3, 0, ...[
    ['推进政府职能优化协同高效，机构职能体系更加健全', [
      `深化事业单位改革，理顺部门间职责关系，对职责交叉事项逐项明确牵头部门和配合部门；推进乡镇（街道）扁平化管理改革，按照依法赋权、能放尽放的原则向基层下放审批服务和执法权限，同步配套人员和经费。`,
      `深化“双随机、一公开”监管，市场监管领域部门联合抽查实现常态化；加强信用监管，建立经营主体信用分级分类监管制度，对信用良好的经营主体降低抽查比例，对失信主体依法实施联合惩戒。`,
      `健全公平竞争审查制度，新出台的涉及经营主体经济活动的政策措施全部开展公平竞争审查；开展招标投标领域突出问题专项治理，清理招标投标领域不合理限制条件，维护公平竞争的市场秩序。`,
    ]],
    ['加强重点领域依法治理，法治保障作用充分发挥', [
      `围绕生态环境保护，落实生态环境损害赔偿制度，开展河湖“清四乱”、非法采砂等专项执法；围绕食品药品安全，开展校园及周边食品安全专项检查，严厉打击制售假劣药品违法行为。`,
      `围绕民生保障，依法规范住房保障、社会救助、养老服务等领域的行政行为，对涉及群众切身利益的政策调整事先开展风险评估；加强欠薪治理，健全根治欠薪长效机制，依法保障农民工合法权益。`,
      `围绕城市管理，推进城市管理领域相对集中行政处罚权改革，推行“721”工作法，以服务为先、管理为辅、执法兜底，城市管理精细化、法治化水平持续提升。`,
    ]],
  ]);
  secs.forEach(([t, ps], i) => { out.push(`（${CN[i]}）${t}`); out.push(...ps); });
  out.push(`二、${Y2}年度党政主要负责人履行推进法治建设第一责任人职责情况`);
  out.push(`${s.heads}认真贯彻《党政主要负责人履行推进法治建设第一责任人职责规定》，把法治建设作为“一把手”工程亲自抓。市委主要负责同志全年主持召开市委全面依法治市委员会会议2次，听取法治建设工作汇报，对法治督察发现问题的整改作出部署；市政府主要负责同志主持常务会议专题研究法治政府建设4次，带头参加行政复议案件听证并出庭应诉行政诉讼案件，带动各县（市、区）和市直部门主要负责人依法履职。`);
  out.push(`市委、市政府主要负责同志带头尊法学法守法用法，分别以习近平法治思想和依法行政为主题为全市领导干部讲授专题法治课；深入基层调研法治工作，到市司法局、行政复议服务中心、基层司法所实地调研，协调解决行政执法力量配备、法治队伍建设等方面的困难和问题。`);
  out.push(`严格落实述法制度，组织县（市、区）党政主要负责人和市直部门主要负责人在市委全面依法治市委员会会议上现场述法，其余单位书面述法，述法评议结果纳入年度考核。`);
  out.push(`三、${Y2}年法治政府建设存在的不足和原因`);
  out.push(`在肯定成绩的同时，我们也清醒看到，${s.all}法治政府建设与党中央要求和人民群众期待相比仍有差距：一是个别领导干部运用法治思维和法治方式深化改革、推动发展、化解矛盾的能力还不够强；二是基层行政执法规范化水平不高，乡镇（街道）承接赋权事项的能力有待提升；三是行政复议与行政诉讼、信访之间的衔接还不够紧密，部分行政争议未能得到实质性化解；四是数字法治政府建设推进不平衡，部门间数据共享还不充分。产生这些问题的原因，既有法治队伍力量不足的客观因素，也有部分单位重视程度不够、工作统筹不到位的主观因素。`);
  out.push(`四、${N2}年推进法治政府建设的主要安排`);
  out.push(`${N2}年是“十四五”规划收官之年，也是《法治政府建设实施纲要（2021—2025年）》的目标之年。${s.all}将重点做好以下工作：`);
  out.push(`（一）持续深化习近平法治思想学习贯彻。把习近平法治思想纳入各级党委（党组）理论学习中心组学习重点内容，完善领导干部应知应会法律法规清单。`);
  out.push(`（二）全面完成法治政府建设纲要目标任务。对照纲要开展总结评估，查漏补缺，确保各项任务如期完成，谋划下一阶段法治政府建设思路。`);
  out.push(`（三）持续规范涉企行政检查。严格控制检查频次，推进“综合查一次”制度化，坚决防止和纠正乱检查、乱罚款。`);
  out.push(`（四）深化行政复议体制改革。提升行政复议案件办理质效，加大对违法和不当行政行为的纠错力度，推动行政争议实质性化解。`);
  out.push(`（五）扎实做好“八五”普法总结验收。全面总结“八五”普法规划实施情况，科学谋划“九五”普法规划。`);
  out.push(`（六）健全依法行政制度体系。科学编制年度立法计划，加强重点领域、新兴领域立法，严格规范性文件合法性审核和备案审查，确保制度合法有效。`);
  out.push(`（七）推进严格规范公正文明执法。深入实施提升行政执法质量三年行动计划，全面落实行政裁量权基准制度，常态化开展案卷评查和执法监督检查，切实解决执法中的突出问题。`);
  out.push(`（八）加强行政执法队伍建设。分级分类开展执法人员培训，推动执法力量向基层和一线倾斜，提升乡镇（街道）综合执法能力。`);
  out.push(`（九）推进数字法治政府建设。完善行政执法监督信息平台功能，推动执法数据互联互通，以数字化手段提升政府治理效能。`);
  out.push(`五、其他需要报告的情况`);
  out.push(`${Y2}年，${s.place}被命名为省级法治政府建设示范市，${o.extra ?? '2个县（市、区）被命名为省级法治政府建设示范县（市、区）'}。`);
  out.push(...closing(s, `${N2}年2月26日`));
  return out.join('\n');
}
clean('C27-city-long', cityLong(G.city(Y), Y));
clean('C28-city-long-2023', cityLong(G.city(2023), 2023).replace(/“十四五”规划收官之年，也是《法治政府建设实施纲要（2021—2025年）》的目标之年/, '“十四五”规划实施的关键之年').replace(/全面完成法治政府建设纲要目标任务。对照纲要开展总结评估，查漏补缺，确保各项任务如期完成，谋划下一阶段法治政府建设思路/, '推进法治政府建设纲要任务落实。对照纲要开展中期评估，查漏补缺，确保各项任务按进度完成').replace(/扎实做好“八五”普法总结验收。全面总结“八五”普法规划实施情况，科学谋划“九五”普法规划/, '深入实施“八五”普法规划。开展“八五”普法中期检查，推动普法责任制落实').replace(/二十届二中、三中全会精神/, '二十届二中全会精神').replace(/保守国家秘密法等新制定和新修订的法律/, '行政复议法等新修订的法律').replace(/深入推进“高效办成一件事”改革，新生儿出生、企业信息变更、开办餐饮店等21个重点事项实现/, '推进政务服务集成办理，新生儿出生、企业信息变更等15个重点事项实现').replace(/深入贯彻新修订的行政复议法，/, '做好新修订的行政复议法施行准备，').replace(/建立涉企行政检查“白名单”制度，推行“综合查一次”，跨部门联合检查比例明显提高；/, '推行跨部门联合检查，减少重复检查；').replace(/推进“综合查一次”制度化，/, '推进跨部门综合监管，'));

// --- Markdown versions
function mdA(s, Y2, o = {}) {
  const N2 = Y2 + 1;
  const out = [`# ${s.title}`, ''];
  out.push(opening(s, Y2), '');
  out.push(`## 一、${Y2}年推进法治政府建设的主要举措和成效`, '');
  SUBS.slice(0, 5).forEach(([t, k], i) => out.push(`**（${CN[i]}）${t}。**${P[k](s)}`, ''));
  if (!o.noDuty) out.push(`## 二、党政主要负责人履行推进法治建设第一责任人职责情况`, '', DUTY(s), '');
  out.push(`## ${o.noDuty ? '二' : '三'}、存在的不足和原因`, '', '- 一是法治队伍力量仍然薄弱，专业执法人员占比偏低；', '- 二是行政执法规范化水平不均衡；', '- 三是普法宣传的针对性有待增强。', '');
  if (!o.noPlan) out.push(`## ${o.noDuty ? '三' : '四'}、${o.h4 ?? `${N2}年工作安排`}`, '', o.plan ?? `${N2}年，${s.we}将重点做好以下工作：`, '', ...(o.planList ?? ['1. 深化行政执法协调监督工作体系建设；', '2. 规范涉企行政检查；', '3. 健全行政争议源头预防机制。']), '');
  out.push(`## ${o.noDuty ? (o.noPlan ? '三' : '四') : o.noPlan ? '四' : '五'}、其他需要报告的情况`, '', '无。', '');
  out.push(...s.sign, '', `${N2}年2月16日`);
  return out.join('\n');
}
clean('C29-md-joint', mdA(G.joint(Y), Y), 'md');
clean('C30-md-street', mdA(G.street(Y), Y, { h4: `${N}年工作要点` }), 'md');
clean('C31-md-gwh', mdA(G.gwh(Y), Y), 'md');
function mdItems(s, Y2, o = {}) {
  const N2 = Y2 + 1;
  return [`# ${s.title}`, '', opening(s, Y2), '',
    `## 一、${Y2}年工作开展情况`, '',
    `**一是加强组织领导。**${P.lead(s)}`, '',
    `**二是${s.heads}履行推进法治建设第一责任人职责。**${DUTY(s).replace(/^.*?职责，/, '')}`, '',
    `**${o.n3 ?? '三'}是规范行政执法。**${P.enf(s)}`, '',
    `**${o.n4 ?? '四'}是化解矛盾纠纷。**${P.disp(s)}`, '',
    `## 二、问题及${N2}年打算`, '',
    `当前，${s.all}法治建设仍存在执法力量不足、法治宣传形式单一等问题。${N2}年，${s.we}将着力补齐短板：`, '',
    '- 开展执法人员全员轮训；', '- 推进法律顾问全覆盖；', '- 创新普法宣传方式。', '',
    '## 三、其他需要报告的情况', '', '无其他需要报告的情况。', '', s.sign[0], `${N2}年2月12日`].join('\n');
}
clean('C32-md-items-streetFz', mdItems(G.streetFz(Y), Y), 'md');
clean('C33-md-items-town', mdItems(G.town(Y), Y), 'md');

// --- page furniture
function web(s, body, o = {}) {
  return [
    `首页 > 政务公开 > 法定主动公开内容 > ${o.col ?? '法治政府建设'}`,
    s.title,
    `发布时间：${o.pub ?? '2025-02-27 09:30'}    来源：${s.sign[0]}    浏览次数：`,
    '【打印】【关闭】',
    '',
    body,
    '',
    '相关链接：江州市人民政府 | 江州市司法局',
    `主办单位：${s.sign[0]}    网站标识码：3607000021    赣ICP备05004321号-1`,
  ].join('\n');
}
const noTitle = (t) => t.split('\n').slice(1).join('\n');
clean('C34-web-street', web(G.street(Y), noTitle(stdA(G.street(Y), Y, { subs: SUBS.slice(0, 4) }))));
clean('C35-web-gwh-parts', web(G.gwh(Y), noTitle(partsB(G.gwh(Y), Y))));
clean('C36-web-town-short', web(G.town(Y), noTitle(townShort(G.town(Y), Y)), { pub: '2025-01-23 16:05' }));
clean('C37-web-dept', web(G.dept(Y), noTitle(stdA(G.dept(Y), Y, { h1: `${Y}年依法行政工作情况`, h4: `${N}年依法行政工作打算` }))));

// --- more wordings
clean('C38-joint-merged-xiabu', stdA(G.joint2(Y), Y, { noPlan: true, h2: '不足及下一步工作打算', prob: PROB(G.joint2(Y)) + '\n' + PLAN(G.joint2(Y), N) }));
clean('C39-summary-merged-kunnan', stdA(G.summary(Y), Y, { noPlan: true, h2: `困难与${N}年工作思路`, prob: PROB(G.summary(Y)) + '\n' + PLAN(G.summary(Y), N) }));
clean('C40-street-levels', levelsD(G.street(Y), Y));
clean('C41-dept-items', itemsC(G.dept(Y), Y));
clean('C42-gwh-planInLast', planInLast(G.gwh(Y), Y, { h3: '党工委书记、管委会主任履行推进法治建设第一责任人职责情况' }));
clean('C43-town-part3first-2023', part3First(G.town(2023), 2023, { h4: '2024年工作重点' }));
clean('C44-yfz-items-2023', itemsC(G.yfz(2023), 2023));
clean('C45-city-parts', partsB(G.city(Y), Y, { nsubs: 7 }));
clean('C46-joint2-levels-circled', levelsD(G.joint2(Y), Y, { l4: ['①', '②', '③'] }));

// ================= faults (one each) =================
// structure: a missing part in each structure
fault('F01-std-noProb', stdA(G.joint(Y), Y, { noProb: true }), 'require-sections', 'part 2 (不足) missing in a 5-part joint report');
fault('F02-parts-noDuty', partsB(G.joint2(Y), Y, { drop: [2] }), 'require-sections', '第二部分 (duty) dropped from a 第一部分…第五部分 report; duty never mentioned');
fault('F03-items-noDutyItem', itemsC(G.street(Y), Y, { i3: `三是提升基层治理水平。推行网格化管理，辖区矛盾纠纷就地化解。` }), 'require-sections', '一是/二是 report without the duty item; duty never mentioned');
fault('F04-part3first-noPlan', part3First(G.gwh(Y), Y, { noPlan: true, h3: '党工委、管委会主要负责人履行推进法治建设第一责任人职责情况' }), 'require-next-year-plan', 'part-3-first report with no plan at all');
fault('F05-town-short-noProb', townShort(G.town(Y), Y, { noProb: true }), 'require-sections', 'short township report without 不足');
fault('F06-md-noPlan', mdA(G.street(Y), Y, { noPlan: true }), 'require-next-year-plan', 'Markdown report without plan', 'md');
fault('F07-planInLast-noProb', (() => { const s = G.street(Y); return planInLast(s, Y).replace(/三、存在的不足\n.*\n/, '三、基层依法治理\n辖区11个社区全部配备法律顾问，开展“法治进社区”活动48场。\n'); })(), 'require-sections', 'plan paragraph in the last look-back section, but no 不足 at all');
fault('F08-parts-noProb', partsB(G.summary(Y), Y, { drop: [3] }), 'require-sections', '第三部分 (不足) dropped');
fault('F09-md-noDuty', mdA(G.joint2(Y), Y, { noDuty: true }), 'require-sections', 'Markdown report without duty part; duty never mentioned', 'md');
fault('F10-levels-merged-noPlanWords', levelsD(G.dept(Y), Y).replace(/三、2025年工作安排[\s\S]*?四、其他/, '三、其他').replace('三、其他', '三、其他'), 'require-next-year-plan', '4-level report whose plan section was cut');
// plan for the wrong year
fault('F11-std-planSameYear', stdA(G.joint(Y), Y, { planYear: Y }), 'require-next-year-plan', 'plan headed and written for 2024 in a 2024 report');
fault('F12-parts-plan2026', partsB(G.yfz(Y), Y, { planYear: 2026 }), 'require-next-year-plan', '第四部分 plan for 2026 in a 2024 report');
fault('F13-part3first-gongzuoyaodian2024', part3First(G.joint2(Y), Y, { h4: `${Y}年工作要点`, plan: PLAN(G.joint2(Y), Y) }), 'require-next-year-plan', '「2024年工作要点」 in a 2024 report');
fault('F14-town-short-plan2024', townShort(G.town(Y), Y, { h4: `${Y}年工作计划`, plan: `${Y}年，我镇将加强村级法律顾问履职管理，开展村干部法治培训。` }), 'require-next-year-plan', 'short township plan for the report year');
fault('F15-planInLast-sameYear', planInLast(G.gwh(Y), Y, { h3: '党工委书记、管委会主任履行推进法治建设第一责任人职责情况', planPara: `${Y}年，管委会将针对上述问题，组织执法人员开展专题轮训，推动法律顾问定期到企业坐班。` }), 'require-next-year-plan', 'plan paragraph in the last section names the report year');
// 第一责任人 only in the plan / 不足
fault('F16-items-dutyOnlyInPlan', itemsC(G.gwh(Y), Y, { i3: '三是优化园区营商环境。为入园企业提供“法治体检”服务，开展合规指导。', plan: `${N}年，管委会将从三个方面着力：一是压紧压实党工委、管委会主要负责人推进法治建设第一责任人职责；二是常态化开展行政执法案卷评查；三是推动普法与依法治理深度融合。` }), 'require-first-responsible-person', 'duty only in the merged 问题和下步打算 plan (require-sections part 3 by design too)');
fault('F17-parts-dutyOnlyInProb', partsB(G.streetFz(Y), Y, { drop: [2], prob: '对照要求，街道法治建设还有不足：一是党政主要负责人履行推进法治建设第一责任人职责的压力传导还不够到位；二是执法人员专业化水平不高；三是社区法律顾问作用发挥不充分。' }), 'require-first-responsible-person', 'duty only in 不足 (require-sections part 3 by design too)');
// numbering
fault('F18-levels-skip', levelsD(G.joint(Y), Y, { l4: ['（1）', '（3）', '（4）'] }), 'consistent-numbering', '（1）（3）（4）: （2） skipped');
fault('F19-items-skip', itemsC(G.joint2(Y), Y, { n4: '五', n5: '六' }), 'consistent-numbering', '一是二是三是五是六是: 四是 skipped');
fault('F20-md-items-repeat', mdItems(G.gwh(Y), Y, { n3: '二', n4: '三' }), 'consistent-numbering', 'bold 一是 二是 二是 三是', 'md');
// figures
fault('F21-city-long-rate', cityLong(G.city(Y), Y, { rx: '12345政务服务便民热线受理群众诉求41.2万件，办结40.9万件，办结率98.3%' }), 'consistent-rate', '40.9/41.2 = 99.3%, written 98.3%');
fault('F22-city-long-exceed', cityLong(G.city(Y), Y, { sj: '审结3405件，其中维持2800件、确认违法267件、撤销198件、责令履行41件、驳回和调解终止589件，综合纠错率14.9%' }), 'consistent-total', '2800+267+198+41+589 = 3895 > 3405 (and > 3542, > 3816)');
fault('F23-std-rate', stdA(G.joint(Y), Y, { over: { disp: (s) => P.disp(s, BAD.fy) } }), 'consistent-rate', '196/208 = 94.2%, written 95.2%');
fault('F24-std-exceed', stdA(G.street(Y), Y, { subs: SUBS.slice(0, 7), over: { pufa: (s) => P.pufa(s, BAD.fa) } }), 'consistent-total', '98+151+16 = 265 > 245');
fault('F25-parts-sum', partsB(G.gwh(Y), Y, { over: { rules: (s) => P.rules(s, BAD.htSum) } }), 'consistent-total', '38+15+11 = 64, 共计66');
fault('F26-levels-change', levelsD(G.dept(Y), Y).replace(FIG.yz, BAD.yz), 'consistent-total', '312-268 = 44, written 54');
fault('F27-town-rate', townShort(G.town(Y), Y, { town: BAD.town }), 'consistent-rate', '84/86 = 97.7%, written 96.7%');
fault('F28-items-rate', itemsC(G.yfz(Y), Y).replace(FIG.tj, BAD.tj), 'consistent-rate', '405/420 = 96.4%, written 98.4%');
// other rules, in the rarer genres
fault('F29-joint-late', stdA(G.joint(Y), Y, { date: '2025年3月20日' }), 'no-late-publication', 'joint county report dated 3月20日 (due 3月1日)');
fault('F30-web-late', web(G.street(Y), noTitle(stdA(G.street(Y), Y, { subs: SUBS.slice(0, 4) })), { pub: '2025-04-18 10:20' }), 'no-late-publication', 'web page published 2025-04-18 (due 4月1日)');
fault('F31-dept-headingYear', stdA(G.dept(Y), Y, { h1Year: 2023, h4: `${N}年依法行政工作打算` }), 'consistent-year', 'look-back heading says 2023 in a 2024 report');
fault('F32-gwh-placeholder', stdA(G.gwh(Y), Y, { over: { rules: (s) => P.rules(s, '审查各类合同××份，均在签订前完成合法性审查') } }).replace('，均在签订前完成合法性审查，均在签订前完成合法性审查', '，均在签订前完成合法性审查'), 'no-placeholder', '合同××份 left in');
fault('F33-streetFz-goal15', stdA(G.streetFz(Y), Y, { opening: `${Y}年，街道坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，加快建设${GOAL15}的法治政府，各项工作取得新进展。现将${Y}年度法治建设情况报告如下：` }), 'no-outdated-goal-formula', '2015 goal formula in a 2024 report');
fault('F34-yfz-gangyaoYears', stdA(G.yfz(Y), Y, { opening: opening(G.yfz(Y), Y).replace('（2021—2025年）', '（2020—2025年）') }), 'valid-law-title', '纲要 cited with 2020—2025');
fault('F35-summary-unpaired', stdA(G.summary(Y), Y, { over: { pufa: (s) => P.pufa(s).replace('开展宪法宣传周', '组织学习《中华人民共和国宪法，开展宪法宣传周') } , subs: SUBS.slice(0, 7) }), 'no-unpaired-punctuation', '《 without 》');
fault('F36-town-halfwidth', townShort(G.town(Y), Y).replace('三是综合执法力量较为薄弱，持证执法人员', '三是综合执法力量较为薄弱,持证执法人员'), 'require-fullwidth-punctuation', 'one half-width comma between Chinese characters');
fault('F37-street-mobile', planInLast(G.street(Y), Y).replace('推动法律顾问定期到社区坐班', '推动法律顾问（联系电话13907915528）定期到社区坐班'), 'no-sensitive-data', 'a mobile number in the plan');

// ================= batch 2 (labelled before its run) =================
clean('B01-city-verylong', cityLong(G.city(Y), Y, { long: true }));
clean('B02-yfz-part5-oneline', stdA(G.yfz(Y), Y, { h1: `${Y}年法治建设主要举措和成效`, h4: `${N}年法治建设工作安排`, h5: '其他需要报告的情况：无其他需要报告的情况。', other: null }));
clean('B03-gwh-parts-2023', partsB(G.gwh(2023), 2023, { plan: PLAN(G.gwh(2023), 2024).replace('做好“八五”普法规划收官总结，谋划新一轮普法工作', '推进“八五”普法规划各项任务落实') }));
clean('B04-street-duanban-jucuo', stdA(G.street(Y), Y, { noPlan: true, subs: SUBS.slice(0, 5), h2: '存在的短板和下一步举措', prob: PROB(G.street(Y)) + '\n' + PLAN(G.street(Y), N) }));
clean('B05-town-part3first-oneline', part3First(G.town(Y), Y, { h3: '镇党委书记、镇长履行推进法治建设第一责任人职责情况', h4: `${N}年工作计划`, other: '无其他需要报告的情况。' }));
clean('B06-md-parts-joint', partsB(G.joint(Y), Y, { md: true }), 'md');
clean('B07-joint-pagenos', stdA(G.joint(Y), Y, { pageNos: true, subs: SUBS.slice(0, 7) }));
clean('B08-dept-merged-kunnan', stdA(G.dept(Y), Y, { noPlan: true, h1: `${Y}年依法行政工作情况`, h2: `困难与${N}年工作思路`, h3: '局主要负责人履行推进法治建设第一责任人职责情况', prob: PROB(G.dept(Y)) + '\n' + PLAN(G.dept(Y), N) }));
clean('B09-joint-planInLast-xiayibu', planInLast(G.joint(Y), Y, { planPara: '下一步，我县将针对上述问题，组织执法人员开展专题轮训，推动法律顾问定期到乡镇坐班，2025年力争实现村（社区）法律顾问服务全覆盖。' }));
clean('B10-md-summary-mubiao', mdA(G.summary(Y), Y, { h4: `${N}年工作目标`, plan: `到${N}年底，${'我县'}法治政府建设实现以下目标：` }), 'md');
// faults
fault('BF01-items-merged-sameYear', itemsC(G.street(Y), Y, { h2: `困难与${Y}年工作思路`, plan: `${Y}年，街道将从三个方面着力：一是加强法治队伍建设；二是常态化开展行政执法案卷评查；三是推动普法与依法治理深度融合。` }), 'require-next-year-plan', 'merged 困难与2024年工作思路 in a 2024 report');
fault('BF02-merged-2026', stdA(G.joint2(Y), Y, { noPlan: true, h2: '存在问题和2026年打算', prob: PROB(G.joint2(Y)) + '\n' + PLAN(G.joint2(Y), 2026) }), 'require-next-year-plan', 'merged 存在问题和2026年打算 in a 2024 report');
fault('BF03-noLookback', (() => { const s = G.gwh(Y); return [s.title, '', opening(s, Y), '', '一、党工委、管委会主要负责人履行推进法治建设第一责任人职责情况', DUTY(s), '二、存在的不足和原因', PROB(s), `三、${N}年工作安排`, PLAN(s, N), '四、其他需要报告的情况', OTHER[0], '', s.sign[0], `${N}年2月18日`].join('\n'); })(), 'require-sections', 'no part 1 (举措和成效) at all');
fault('BF04-parts-skipNo', partsB(G.street(Y), Y, { partNo: ['一', '二', '四', '五', '六'] }), 'consistent-numbering', '第一部分 第二部分 第四部分 …: 第三部分 skipped (all five contents present)');
fault('BF05-std-subSkip', stdA(G.summary(Y), Y, { subNo: [0, 1, 3, 4, 5, 6] }), 'consistent-numbering', '（一）（二）（四）: （三） skipped');
fault('BF06-md-dutyOnlyInPlan', mdA(G.town(Y), Y, { noDuty: true, planList: ['1. 压紧压实镇党委书记、镇长推进法治建设第一责任人职责；', '2. 规范涉企行政检查；', '3. 健全行政争议源头预防机制。'] }), 'require-first-responsible-person', 'Markdown: duty only in the plan list (require-sections part 3 by design too)', 'md');
fault('BF07-joint-openingYear', stdA(G.joint(Y), Y, { opening: opening(G.joint(Y), 2023) }), 'consistent-year', 'title 2024, opening 2023 (the look-back heading says 2024)');
fault('BF08-web-gwh-lateSigned', web(G.gwh(Y), noTitle(stdA(G.gwh(Y), Y, { date: '2025年3月12日' })), { pub: '2025-03-20 15:00' }), 'no-late-publication', '管委会 report signed 2025年3月12日 (due 3月1日), published in time');
fault('BF09-town-fenbie', townShort(G.town(Y), Y, { town: '调处矛盾纠纷620件，分别为土地权属类240件、婚姻家庭类205件、其他类185件' }), 'consistent-total', '240+205+185 = 630 ≠ 620');
fault('BF10-md-rate', mdA(G.street(Y), Y).replace(FIG.fy, BAD.fy2), 'consistent-rate', '118/126 = 93.7%, written 98.7%', 'md');
fault('BF11-joint-star', stdA(G.joint(Y), Y, { duty: DUTY(G.joint(Y)).replace('主持召开专题会议研究', '主持召开专题会议*次研究') }), 'no-placeholder', '会议*次');
fault('BF12-street-lawTitle', stdA(G.street(Y), Y, { duty: '严格执行《法治政府建设与责任落实督察规定》，' + DUTY(G.street(Y)) }), 'valid-law-title', '《法治政府建设与责任落实督察规定》 lacks 工作');
fault('BF13-items-noPlan', itemsC(G.yfz(Y), Y, { h2: '存在的问题', plan: '' }), 'require-next-year-plan', '一是 report whose 问题 part has no plan and no other plan part');
fault('BF14-planInLast-noYear', planInLast(G.town(Y), Y, { h3: '镇党委书记、镇长履行推进法治建设第一责任人职责情况', planPara: '下一步，我镇将针对上述问题，组织执法人员开展专题轮训，推动法律顾问定期到村坐班。' }), 'require-next-year-plan', 'plan paragraph with 下一步 and no year (noYear, warn)');

// ================= batch 3 (labelled before its run) =================
function redhead(o = {}) {
  const s = G.joint(Y);
  const body = stdA(s, Y, o).split('\n').slice(2); // drop the one-line title
  return ['中共青禾县委文件', '', '青发〔2025〕3号', '', '中共青禾县委 青禾县人民政府', '关于2024年度法治政府建设情况的报告', '', ...body].join('\n');
}
clean('D01-joint-redhead-wrapped', redhead());
function mdBold(s, Y2, o = {}) {
  const N2 = Y2 + 1;
  const out = [`**${s.title}**`, '', opening(s, Y2), '', `**一、${Y2}年主要举措和成效**`, ''];
  SUBS.slice(0, 4).forEach(([t, k], i) => out.push(`（${CN[i]}）${t}。${P[k](s)}`, ''));
  out.push('**二、党政主要负责人履行推进法治建设第一责任人职责情况**', '', DUTY(s), '');
  out.push('**三、存在的不足**', '', PROB(s), '');
  if (!o.noPlan) out.push(`**四、${N2}年工作安排**`, '', `${N2}年，${s.we}将重点做好以下工作：`, '', '1. 深化行政执法协调监督工作体系建设；', '2. 规范涉企行政检查；', '3. 健全行政争议源头预防机制。', '');
  out.push(`**${o.noPlan ? '四' : '五'}、其他需要报告的情况**`, '', '无。', '', s.sign[0], `${N2}年2月11日`);
  return out.join('\n');
}
clean('D02-md-bold-parts', mdBold(G.streetFz(Y), Y), 'md');
clean('D03-joint-cn-date', stdA(G.joint2(Y), Y, { date: '二〇二五年二月十日' }));
function hardwrap(t, w = 32) {
  return t.split('\n').flatMap((line) => { if ([...line].length <= w || /^[一二三四五六七八九十]、/.test(line)) return [line]; const cs = [...line]; const out = []; for (let i = 0; i < cs.length; i += w) out.push(cs.slice(i, i + w).join('')); return out; }).join('\n');
}
clean('D04-town-hardwrap', hardwrap(townShort(G.town(Y), Y)));
clean('D05-yfz-yaodian-list', stdA(G.yfz(Y), Y, { h1: `${Y}年法治建设主要举措和成效`, h4: `${N}年全县法治建设工作要点`, plan: ['1.深入学习宣传贯彻习近平法治思想，组织全县领导干部专题轮训。', '2.完善法治建设考核评价机制，开展法治督察。', '3.推进乡镇（街道）合法性审查全覆盖。', '4.做好“八五”普法总结验收。'].join('\n'), h5: '其他需要报告的情况：无。', other: null }));
function webMeta(s, body, o = {}) {
  return [`索引号：11360700MB1234567X/2025-00012`, `发文机关：${s.sign[0]}`, `成文日期：${o.signed ?? '2025-02-14'}`, `标题：${s.title}`, `发布日期：${o.pub ?? '2025-02-20'}`, '', body, '', '【打印】【关闭】'].join('\n');
}
clean('D06-gwh-web-meta', webMeta(G.gwh(Y), stdA(G.gwh(Y), Y, { date: '2025年2月14日' })));
fault('DF01-joint-redhead-noProb', redhead({ noProb: true }), 'require-sections', 'red-head joint report, wrapped title, no 不足');
fault('DF02-md-bold-parts-noPlan', mdBold(G.street(Y), Y, { noPlan: true }), 'require-next-year-plan', 'Markdown bold part headings, no plan', 'md');
fault('DF03-town-hardwrap-rate', hardwrap(townShort(G.town(Y), Y, { town: BAD.town })), 'consistent-rate', 'hard-wrapped; 84/86 = 97.7%, written 96.7% (wrap may fall anywhere)');
fault('DF04-web-meta-late', webMeta(G.gwh(Y), stdA(G.gwh(Y), Y, { date: '2025年3月5日' }), { signed: '2025-03-05', pub: '2025-03-10' }), 'no-late-publication', '成文日期 2025-03-05 in metadata and signature (due 3月1日), one fault');

writeFileSync(path.join(here, 'cases.json'), JSON.stringify(ALL, null, 2) + '\n');
console.log(`${ALL.length} cases (${ALL.filter((c) => !c.expect).length} clean, ${ALL.filter((c) => c.expect).length} faults)`);
