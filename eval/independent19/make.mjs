// Writes eval/independent19/cases/* and cases.json: whole reports of 县/区 government departments (2022–2025),
// each composed on the layout and kind of figures of one published department report (address in `source`),
// clean or with exactly one planted fault. Deterministic: node eval/independent19/make.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const caseDir = path.join(here, 'cases');
mkdirSync(caseDir, { recursive: true });

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
/** a/b×100 rounded half-up to d decimals, as a string (exact integer arithmetic). */
function pct(a, b, d = 1) {
  const scale = 10 ** d;
  const num = a * 100 * scale * 2 + b;
  const q = Math.floor(num / (2 * b));
  if (d === 0) return String(q);
  const s = String(q).padStart(d + 1, '0');
  return `${s.slice(0, -d)}.${s.slice(-d)}`;
}
const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

// ---------------------------------------------------------------- departments
// Each returns look-back sub-sections: [{ title, paras: [text] }]; f = fault switch (string or null), r = rng
const DEPTS = {
  司法局: {
    short: '局', lead: '局党组书记、局长', party: '局党组',
    laws: ['《中华人民共和国法律援助法》', '《中华人民共和国人民调解法》', '《中华人民共和国社区矫正法》'],
    sections(r, f, Y) {
      const la = 300 + Math.floor(r() * 300), lx = Math.floor(la * 0.45), lm = Math.floor(la * 0.4);
      const md = 1200 + Math.floor(r() * 900), ms = md - 7 - Math.floor(r() * 30);
      const hs = 40 + Math.floor(r() * 60);
      const fy = 90 + Math.floor(r() * 60), wc = Math.floor(fy * 0.7), cx = 5 + Math.floor(r() * 6), zz = fy - wc - cx - 3;
      return [
        { title: '强化合法性审核，规范行政决策', paras: [
          `严格落实《重大行政决策程序暂行条例》，全年审核县政府及部门规范性文件${hs}件，审核重大行政决策、重大合同和协议${hs + 37}件，提出审核意见${hs * 2 + 11}条，均被采纳。${f === 'title-dup' ? '认真执行《法治政府建设与责任落实督察规定》' : '认真执行《法治政府建设与责任落实督察工作规定》'}，配合县委依法治县办开展法治督察2轮。`,
        ] },
        { title: '发挥行政复议主渠道作用', paras: [
          f === 'total-exceed'
            ? `全年办理行政复议案件${fy}件，其中维持${wc}件、撤销${cx + 6}件、终止${zz + 2}件，其余以调解方式结案。行政机关负责人出庭应诉率100%。`
            : `全年办理行政复议案件${fy}件，其中维持${wc}件、撤销${cx}件、终止${zz}件，其余以调解方式结案。行政机关负责人出庭应诉率100%。`,
        ] },
        { title: '做优公共法律服务', paras: [
          `受理法律援助案件${la}件，其中刑事案件${lx}件、民事案件${lm}件，为受援人挽回经济损失${(120 + Math.floor(r() * 200)) / 1}万元。全县调解矛盾纠纷${md}件，调解成功${ms}件，调解成功率${f === 'rate' ? pct(ms - 40, md) : pct(ms, md)}%。`,
          `累计接收社区矫正对象${80 + Math.floor(r() * 40)}人，解除矫正${60 + Math.floor(r() * 20)}人，未发生脱管漏管。`,
        ] },
      ];
    },
  },
  公安局: {
    short: '局', lead: '局党委书记、局长', party: '局党委',
    laws: ['《中华人民共和国治安管理处罚法》', '《中华人民共和国行政处罚法》', '《中华人民共和国道路交通安全法》'],
    sections(r, f) {
      const xa = 2000 + Math.floor(r() * 2000), xb = xa - 100 - Math.floor(r() * 200);
      const ck = 180 + Math.floor(r() * 40), tg = ck - 3 - Math.floor(r() * 8);
      const prev = 40 + Math.floor(r() * 20), now = prev + 6 + Math.floor(r() * 10);
      return [
        { title: '深化执法规范化建设', paras: [
          `全年受理各类行政案件${xa}起，查处${xb}起，执法办案管理中心入区审查率100%。组织民辅警执法资格等级考试，参考${ck}人，通过${tg}人，通过率${f === 'rate' ? pct(tg - 9, ck) : pct(tg, ck)}%。`,
          `开展案件评查${12 + Math.floor(r() * 6)}次，发现问题${30 + Math.floor(r() * 20)}个，全部整改到位。`,
        ] },
        { title: '推进“放管服”改革', paras: [
          `户政窗口办理户籍业务${8000 + Math.floor(r() * 5000)}笔，“跨省通办”业务${now}件，${f === 'change' ? `较上年的${prev}件增加${now - prev + 5}件` : `较上年的${prev}件增加${now - prev}件`}。`,
        ] },
      ];
    },
  },
  市场监督管理局: {
    short: '局', lead: '局党组书记、局长', party: '局党组',
    laws: ['《中华人民共和国食品安全法》', '《中华人民共和国产品质量法》', '《优化营商环境条例》'],
    sections(r, f) {
      const la = 150 + Math.floor(r() * 150), ja = la - 5 - Math.floor(r() * 15), mk = (50 + Math.floor(r() * 300)) + 0.36;
      const ts = 2000 + Math.floor(r() * 1500), bj = ts - Math.floor(r() * 4);
      const sj = 30 + Math.floor(r() * 20), hu = 600 + Math.floor(r() * 400);
      const food = Math.floor(la * 0.4), price = Math.floor(la * 0.2);
      return [
        { title: '严格规范公正文明执法', paras: [
          `全年立案查处各类违法案件${la}件，${f === 'total-exceed' ? `其中食品安全案件${food}件、价格案件${price}件、广告案件${la - food - price + 9}件` : `其中食品安全案件${food}件、价格案件${price}件`}；结案${ja}件，结案率${f === 'rate' ? pct(ja, la + 12) : pct(ja, la)}%，罚没款${mk.toFixed(2)}万元。全面推行包容审慎监管，对${20 + Math.floor(r() * 30)}起轻微违法行为依法不予处罚。`,
          `开展“双随机、一公开”抽查${sj}次，检查市场主体${hu}户，结果全部通过国家企业信用信息公示系统公示。`,
        ] },
        { title: '维护消费者合法权益', paras: [
          `受理投诉举报${ts}件，办结${bj}件，办结率${pct(bj, ts, 2)}%，为消费者挽回经济损失${(30 + Math.floor(r() * 60))}.5万元。`,
        ] },
      ];
    },
  },
  生态环境分局: {
    short: '分局', lead: '分局党组书记、局长', party: '分局党组',
    laws: ['《中华人民共和国环境保护法》', '《中华人民共和国大气污染防治法》', '《中华人民共和国固体废物污染环境防治法》'],
    sections(r, f) {
      const an = 40 + Math.floor(r() * 40), fk = (200 + Math.floor(r() * 300)) + 0.8;
      const xf = 120 + Math.floor(r() * 80);
      const hp = 50 + Math.floor(r() * 40), bg = Math.floor(hp * 0.3), dj = hp - bg;
      return [
        { title: '依法严惩环境违法行为', paras: [
          `全年办理环境违法案件${an}件，处罚金额${fk.toFixed(1)}万元，移送公安机关行政拘留案件${2 + Math.floor(r() * 3)}件。严格执行《生态环境行政处罚办法》，所有处罚决定均经法制审核。`,
          `受理环境信访投诉${xf}件，全部按期办结，办结率100%。`,
        ] },
        { title: '优化环评审批服务', paras: [
          f === 'total-closed'
            ? `审批建设项目环评文件${hp}个，分别为报告书${bg}个、报告表${dj - 4}个，共计${hp}个，审批时限压缩至法定时限的一半以内。`
            : `审批建设项目环评文件${hp}个，其中报告书${bg}个、报告表${dj}个，审批时限压缩至法定时限的一半以内。`,
        ] },
      ];
    },
  },
  自然资源局: {
    short: '局', lead: '局党组书记、局长', party: '局党组',
    laws: ['《中华人民共和国土地管理法》', '《中华人民共和国矿产资源法》', '《中华人民共和国城乡规划法》'],
    sections(r, f) {
      const tb = 200 + Math.floor(r() * 200), hs = tb, wf = Math.floor(tb * 0.2);
      const za = 20 + Math.floor(r() * 20), mj = 30 + Math.floor(r() * 40);
      const dj = 9000 + Math.floor(r() * 6000);
      return [
        { title: '守牢耕地保护红线', paras: [
          `完成卫片执法图斑核查${hs}个，其中认定违法图斑${wf}个，已全部整改销号。立案查处违法用地案件${za}宗，涉及土地面积${mj}.6亩，收缴罚没款${(60 + Math.floor(r() * 80))}.2万元。`,
        ] },
        { title: '提升不动产登记效能', paras: [
          `全年办理不动产登记业务${dj}件，一般登记办理时限由5个工作日压缩至3个工作日，${f === 'change' ? '压缩3个工作日' : '压缩2个工作日'}，抵押登记实现1个工作日办结。`,
        ] },
      ];
    },
  },
  住房和城乡建设局: {
    short: '局', lead: '局党组书记、局长', party: '局党组',
    laws: ['《中华人民共和国建筑法》', '《建设工程质量管理条例》', '《保障农民工工资支付条例》'],
    sections(r, f) {
      const jc = 300 + Math.floor(r() * 200), zg = 100 + Math.floor(r() * 80), yz = zg - Math.floor(r() * 3);
      const xq = 20 + Math.floor(r() * 30);
      return [
        { title: '强化建筑市场监管', paras: [
          `全年开展在建工地执法检查${jc}次，下达整改通知书${zg}份，督促完成整改${yz}份，整改完成率${f === 'rate' ? pct(yz - 10, zg) : pct(yz, zg)}%。立案查处违法建设行为${xq}起。`,
          `落实农民工工资专用账户制度，在建项目工资专户开设率100%。`,
        ] },
      ];
    },
  },
  交通运输局: {
    short: '局', lead: '局党组书记、局长', party: '局党组',
    laws: ['《中华人民共和国公路法》', '《中华人民共和国道路运输条例》', '《公路安全保护条例》'],
    sections(r, f) {
      const jc = 15000 + Math.floor(r() * 10000), cx = 100 + Math.floor(r() * 100);
      const an = 300 + Math.floor(r() * 200), ys = Math.floor(an * 0.6), cz = Math.floor(an * 0.25);
      return [
        { title: '依法治理超限超载', paras: [
          `全年检测货运车辆${jc}辆次，查处超限超载车辆${cx}辆，卸载货物${2000 + Math.floor(r() * 2000)}吨。`,
          f === 'total-exceed'
            ? `查处道路运输违法案件${an}件，其中非法营运${ys}件、出租车违规${cz + Math.floor(an * 0.2)}件。`
            : `查处道路运输违法案件${an}件，其中非法营运${ys}件、出租车违规${cz}件。`,
        ] },
      ];
    },
  },
  人力资源和社会保障局: {
    short: '局', lead: '局党组书记、局长', party: '局党组',
    laws: ['《保障农民工工资支付条例》', '《中华人民共和国劳动合同法》', '《中华人民共和国劳动争议调解仲裁法》'],
    sections(r, f) {
      const qx = 60 + Math.floor(r() * 60), rs = 600 + Math.floor(r() * 600), je = 800 + Math.floor(r() * 800);
      const zc = 400 + Math.floor(r() * 300), sj = zc - 20 - Math.floor(r() * 20), tj = Math.floor(sj * 0.55);
      return [
        { title: '全力根治欠薪', paras: [
          `立案查处欠薪案件${qx}件，为${rs}名劳动者追回工资待遇${je}.4万元，向公安机关移送拒不支付劳动报酬案件${2 + Math.floor(r() * 3)}件。`,
        ] },
        { title: '提升劳动人事争议处理质效', paras: [
          `受理劳动人事争议仲裁案件${zc}件，审结${sj}件，结案率${f === 'rate' ? pct(sj + 15, zc) : pct(sj, zc)}%；调解${tj}件，调解率${pct(tj, sj)}%。`,
        ] },
      ];
    },
  },
  卫生健康局: {
    short: '局', lead: '局党组书记、局长', party: '局党组',
    laws: ['《中华人民共和国基本医疗卫生与健康促进法》', '《中华人民共和国医师法》', '《医疗机构管理条例》'],
    sections(r, f) {
      const xk = 250 + Math.floor(r() * 100), fz = xk - 10 - Math.floor(r() * 10);
      const la = 15 + Math.floor(r() * 15);
      const sj = 300 + Math.floor(r() * 100), hg = sj - 4 - Math.floor(r() * 8);
      return [
        { title: '深化卫生健康领域“放管服”改革', paras: [
          `受理卫生行政许可申请${xk}件，发放《卫生许可证》${fz}件，公共场所卫生许可全面推行告知承诺制。`,
        ] },
        { title: '规范卫生监督执法', paras: [
          `完成“双随机”监督抽检任务${sj}户，合格${hg}户，合格率${f === 'rate' ? pct(hg - 12, sj) : pct(hg, sj)}%；立案查处${la}起，罚没金额${(5 + Math.floor(r() * 10))}.18万元，无行政诉讼案件。`,
        ] },
      ];
    },
  },
  教育局: {
    short: '局', lead: '局党组书记、局长', party: '局党组',
    laws: ['《中华人民共和国教育法》', '《中华人民共和国义务教育法》', '《中华人民共和国未成年人保护法》'],
    sections(r) {
      const px = 60 + Math.floor(r() * 40), fz = 20 + Math.floor(r() * 10);
      return [
        { title: '依法治校', paras: [
          `全县${px}所中小学全部配备法治副校长，开展“法治进校园”活动${100 + Math.floor(r() * 50)}场次，覆盖师生${3 + Math.floor(r() * 4)}万余人次。`,
          `规范校外培训机构管理，检查校外培训机构${fz}家次，责令整改${3 + Math.floor(r() * 4)}家。`,
        ] },
      ];
    },
  },
  应急管理局: {
    short: '局', lead: '局党委书记、局长', party: '局党委',
    laws: ['《中华人民共和国安全生产法》', '《中华人民共和国突发事件应对法》', '《生产安全事故应急条例》'],
    sections(r, f) {
      const jc = 400 + Math.floor(r() * 300), yh = 1500 + Math.floor(r() * 800), zg = yh - 20 - Math.floor(r() * 30);
      const la = 40 + Math.floor(r() * 30), fk = 80 + Math.floor(r() * 70);
      const xk = 50 + Math.floor(r() * 30);
      return [
        { title: '严格安全生产执法', paras: [
          `全年检查生产经营单位${jc}家次，排查一般事故隐患${yh}项，已整改${zg}项，整改率${f === 'rate' ? pct(zg, yh - 60) : pct(zg, yh)}%；立案查处${la}起，罚款${fk}.5万元。`,
          `受理行政许可${xk}件，准予行政许可${xk}件，办结率100%。`,
        ] },
      ];
    },
  },
  农业农村局: {
    short: '局', lead: '局党组书记、局长', party: '局党组',
    laws: ['《中华人民共和国农产品质量安全法》', '《中华人民共和国种子法》', '《农药管理条例》'],
    sections(r, f) {
      const jc = 500 + Math.floor(r() * 200), cy = 800 + Math.floor(r() * 400), hg = cy - 3 - Math.floor(r() * 6);
      const la = 20 + Math.floor(r() * 20);
      return [
        { title: '守护农产品质量安全', paras: [
          `开展农资市场检查${jc}家次，抽检农产品样品${cy}批次，合格${hg}批次，合格率${f === 'rate' ? pct(hg - 30, cy) : pct(hg, cy)}%。立案查处农业违法案件${la}件，罚没款${(10 + Math.floor(r() * 20))}.6万元。`,
        ] },
      ];
    },
  },
  税务局: {
    short: '局', lead: '局党委书记、局长', party: '局党委',
    laws: ['《中华人民共和国税收征收管理法》', '《中华人民共和国行政复议法》', '《优化营商环境条例》'],
    sections(r, f) {
      const sw = 300 + Math.floor(r() * 300), fy = 3 + Math.floor(r() * 5);
      const zx = 5000 + Math.floor(r() * 3000), bj = zx - Math.floor(r() * 3);
      return [
        { title: '推进精确执法', paras: [
          `落实“首违不罚”清单，对${sw}户次纳税人依法不予行政处罚。全年受理税务行政复议申请${fy}件，均依法审结，未发生行政诉讼败诉案件。`,
          `办理12366纳税缴费服务热线工单${zx}件，办结${bj}件，办结率${pct(bj, zx, 2)}%。`,
        ] },
      ];
    },
  },
  综合行政执法局: {
    short: '局', lead: '局党组书记、局长', party: '局党组',
    laws: ['《城市市容和环境卫生管理条例》', '《中华人民共和国行政处罚法》', '《中华人民共和国行政强制法》'],
    sections(r, f) {
      const an = 500 + Math.floor(r() * 400), fm = (40 + Math.floor(r() * 60)) + 0.3;
      const zd = 3000 + Math.floor(r() * 2000), ws = 120 + Math.floor(r() * 80);
      const a1 = Math.floor(an * 0.5), a2 = Math.floor(an * 0.3), a3 = an - a1 - a2;
      return [
        { title: '推行柔性执法', paras: [
          `全年办理城管执法案件${an}件，罚没款${fm.toFixed(1)}万元${f === 'total-closed' ? `，按类别分别为市容环卫类${a1}件、违法建设类${a2}件、其他类${a3 + 7}件` : `，按类别分别为市容环卫类${a1}件、违法建设类${a2}件、其他类${a3}件`}。规范占道经营${zd}处，拆除违法建设${ws}处。`,
        ] },
      ];
    },
  },
  民政局: {
    short: '局', lead: '局党组书记、局长', party: '局党组',
    laws: ['《社会救助暂行办法》', '《中华人民共和国民法典》', '《社会组织登记管理条例》'],
    sections(r, f) {
      const nj = 120 + Math.floor(r() * 60), hg = nj - 5 - Math.floor(r() * 8);
      const hy = 1500 + Math.floor(r() * 1000);
      return [
        { title: '依法履行民政职责', paras: [
          `办理婚姻登记${hy}对，登记合格率100%。完成社会组织年检${nj}家，年检合格${hg}家，合格率${f === 'rate' ? pct(hg - 8, nj) : pct(hg, nj)}%。`,
        ] },
      ];
    },
  },
  医疗保障局: {
    short: '局', lead: '局党组书记、局长', party: '局党组',
    laws: ['《医疗保障基金使用监督管理条例》', '《中华人民共和国社会保险法》', '《中华人民共和国行政处罚法》'],
    sections(r, f) {
      const dd = 200 + Math.floor(r() * 100), zh = 300 + Math.floor(r() * 400);
      const la = 8 + Math.floor(r() * 8);
      return [
        { title: '严守医保基金安全', paras: [
          `检查定点医药机构${dd}家，实现检查全覆盖，追回医保基金${zh}.6万元，立案查处${la}件。`,
        ] },
      ];
    },
  },
};

// ---------------------------------------------------------------- common look-back sections
function commonSections(r, f, dept, Y, D) {
  const pxc = 8 + Math.floor(r() * 10), pxr = 300 + Math.floor(r() * 500);
  const ss = 2 + Math.floor(r() * 5);
  const law = D.laws;
  const lawSep = f === 'titles-comma' ? '、' : '';
  return [
    { title: '加强学法用法，提升法治素养', paras: [
      `${D.party}理论学习中心组全年专题学习习近平法治思想${4 + Math.floor(r() * 6)}次，落实会前学法制度，集中学习${law[0]}${lawSep}${law[1]}${lawSep}${law[2]}等法律法规。组织执法人员法治培训${pxc}场次、${pxr}人次，新申领行政执法证件${10 + Math.floor(r() * 15)}本。`,
    ] },
    { title: '落实普法责任制', paras: [
      `制定年度普法责任清单，开展“宪法宣传周”、“${Y === 2025 ? '八五' : '八五'}”普法主题活动${20 + Math.floor(r() * 20)}场次，发放宣传资料${(1 + Math.floor(r() * 3))}万余份。${f === 'quote' ? `结合“谁执法谁普法“要求，组织以案释法${ss}次。` : `结合“谁执法谁普法”要求，组织以案释法${ss}次。`}`,
    ] },
  ];
}

// ---------------------------------------------------------------- part texts
function dutyText(D, f, Y, r) {
  return `${D.lead}认真履行推进法治建设第一责任人职责，对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。全年主持召开${D.party}会议专题研究法治建设工作${3 + Math.floor(r() * 4)}次，带头讲法治课1次，在年终述职中一并报告履行法治建设职责情况。`;
}
const PROBLEMS = [
  [`一是执法人员队伍结构有待优化，持证执法人员年龄偏大，熟悉新业态监管的专业人才不足。二是普法宣传方式较为传统，运用新媒体开展精准普法的能力不强。三是行政执法数字化水平不高，执法信息平台与上级系统尚未完全贯通。`,
   `原因主要是对新形势下依法行政的要求研究不深，培训的针对性不够，基层执法力量投入不足。`],
  [`对照上级要求，我们的工作还有差距：基层执法所（队）法制审核力量薄弱，部分案卷文书制作不够规范；领导干部运用法治思维和法治方式推动工作的能力有待进一步提高；“谁执法谁普法”责任落实不够均衡。`,
   `究其原因，一方面是执法人员业务培训投入不足，另一方面是对法治建设的督促检查还不够经常。`],
  [`一是行政执法监督不够有力，案卷评查发现的问题整改跟踪不到位。二是部分股室对合法性审查重视程度不够，存在先定事后审的情况。三是法律顾问参与重大事项的深度不够。`],
];
function problemsText(D, Y, r) {
  return PROBLEMS[Math.floor(r() * PROBLEMS.length)];
}
function planText(D, Y, withYearLead, r) {
  const N = Y + 1;
  const we = D.short === '分局' ? '我分局' : '我局';
  const v = Math.floor(r() * 2);
  const body = v === 0
    ? ['规范行政执法行为，严格落实行政执法“三项制度”，开展执法案卷评查', '加强执法队伍建设，组织执法人员全员轮训', '创新普法方式，打造部门普法品牌']
    : ['深化包容审慎监管，动态调整轻微违法行为不予处罚清单', '健全合法性审查机制，发挥法律顾问和公职律师作用', '推进“互联网+监管”，提升执法信息化水平'];
  return [
    `${withYearLead ? `${N}年，${we}将` : '一是'}持续深入学习贯彻习近平法治思想，把法治建设纳入年度工作重点统筹推进。`,
    `${withYearLead ? '一是' : '二是'}${body[0]}。${withYearLead ? '二是' : '三是'}${body[1]}。${withYearLead ? '三是' : '四是'}${body[2]}。`,
  ];
}

// ---------------------------------------------------------------- case builder
const COUNTIES = ['青溪县', '云岭县', '石门区', '松阳县', '河东区', '兰溪县', '白水县', '梅江区', '安平县', '北湖区', '临川县', '东坡区', '南溪县', '枫林县', '西陵区', '桃源县', '龙泉县', '新华区', '江口县', '红山区'];

function build(spec) {
  const r = rng(spec.seed);
  const D = DEPTS[spec.dept];
  const Y = spec.year, N = Y + 1;
  const f = spec.fault ?? null;
  const county = spec.county;
  const org = `${county}${spec.dept}`;
  const we = D.short === '分局' ? '我分局' : '我局';
  const titleYear = f === 'title-year' ? Y - 1 : Y;
  const title = spec.titleForm === 'guanyu'
    ? `${org}关于${titleYear}年度法治政府建设情况的报告`
    : spec.titleForm === 'nian'
      ? `${org}${titleYear}年法治政府建设年度报告`
      : `${org}${titleYear}年度法治政府建设工作情况报告`;
  const goal = f === 'goal' ? '职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信' : '职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意';
  const openYear = f === 'opening-year' ? Y - 1 : Y;
  const opening = `${openYear}年，${we}在${county.slice(-1)}委、${county.slice(-1)}政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，对标建设${goal}的法治政府目标，扎实推进${spec.sector ?? ''}法治建设各项工作。现将${Y}年度法治政府建设工作情况报告如下：`;

  // look-back sub-sections
  const subs = [...commonSections(r, f, spec.dept, Y, D), ...D.sections(r, f, Y)];
  if (f === 'placeholder') subs[0].paras[0] = subs[0].paras[0].replace(/专题学习习近平法治思想\d+次/, '专题学习习近平法治思想*次');
  if (f === 'placeholder-xx') subs[subs.length - 1].paras.push(`聘请XX律师事务所律师担任常年法律顾问，参与合法性审查和行政应诉工作。`);
  if (f === 'mobile') subs[subs.length - 1].paras.push(`设立执法监督投诉电话，由法规股${['张', '李', '王'][Math.floor(r() * 3)]}同志负责受理（联系电话：13907${String(Math.floor(r() * 900000) + 100000)}），全年受理投诉${3 + Math.floor(r() * 5)}件。`);
  if (f === 'unclosed-title') subs[0].paras[0] = subs[0].paras[0].replace(D.laws[1], D.laws[1].slice(0, -1));
  if (f === 'halfwidth') subs[1].paras[0] = subs[1].paras[0].replace('制定年度普法责任清单，', '制定年度普法责任清单,');
  if (f === 'repealed') subs[0].paras[0] += '组织学习《中华人民共和国食品卫生法》相关条款。';

  const dutyStyle = spec.duty; // 'top' | 'first' | 'sub' | 'item'
  const lines = [];
  const H = spec.fmt === 'md' ? (lvl, t) => `${lvl === 1 ? '## ' : '### '}${t}` : (lvl, t) => t;
  const P = spec.fmt === 'web' ? (t) => `　　${t}` : (t) => t;

  // header
  if (spec.fmt === 'web') {
    lines.push(`首页 > 政务公开 > 法治政府建设年度报告`);
    lines.push(`索引号：${county === '青溪县' ? '11' : '12'}4301${Math.floor(r() * 9000) + 1000}/${N}-00${Math.floor(r() * 90) + 10}　　发布机构：${org}`);
    lines.push(`成文日期：${spec.written}　　发布日期：${spec.published}`);
    lines.push('');
    lines.push(title);
    lines.push(`来源：${org}　　发布时间：${spec.published} ${9 + Math.floor(r() * 8)}:${10 + Math.floor(r() * 40)}　　浏览次数：`);
    lines.push('【字体：大 中 小】');
  } else if (spec.fmt === 'md') {
    lines.push(`# ${title}`);
  } else if (spec.fmt === 'word') {
    lines.push(`${county.slice(0, 2)}${spec.dept.slice(0, 2)}发〔${N}〕${3 + Math.floor(r() * 20)}号`);
    lines.push('');
    lines.push(title);
    lines.push('');
    lines.push(`${county.slice(-1)}委、${county.slice(-1)}人民政府：`);
  } else {
    lines.push(title);
  }
  lines.push('');
  lines.push(P(opening));
  lines.push('');

  let top = 0;
  const topNum = () => { top += 1; return spec.fmt === 'md' && spec.mdNoNum ? '' : `${CN[top]}、`; };
  const subNum = (i) => `（${CN[i]}）`;
  const lookBackHeads = {
    a: `${Y}年推进法治政府建设的主要举措和成效`,
    b: '主要工作措施和成效',
    c: `${Y}年度法治政府建设工作开展情况`,
  };
  const dutyHead = spec.dutyHead ?? `${D.lead}履行推进法治建设第一责任人职责情况`;

  if (dutyStyle === 'first') {
    lines.push(H(1, `${topNum()}${f === 'heading-year' ? `${Y - 1}年度` : ''}${dutyHead}`));
    lines.push(P(dutyText(D, f, Y, r)));
    lines.push('');
  }
  const lbHead = (f === 'heading-year' && dutyStyle !== 'first') ? `${Y - 1}年推进法治政府建设的主要举措和成效` : lookBackHeads[spec.lbHead ?? 'a'];
  lines.push(H(1, `${topNum()}${lbHead}`));
  let si = 0;
  const subList = [];
  if (dutyStyle === 'sub') subList.push({ title: `压实法治建设第一责任`, paras: [dutyText(D, f, Y, r)], duty: true });
  subList.push(...subs);
  if (dutyStyle === 'sub2') subList.push({ title: dutyHead, paras: [dutyText(D, f, Y, r)] });
  for (const [idx, s] of subList.entries()) {
    si += 1;
    let num = si;
    if (f === 'num-gap' && idx >= 2) num = si + 1;
    if (spec.subStyle === 'bold-runin') {
      // heading run into its paragraph
      const head = spec.fmt === 'md' ? `**${subNum(num)}${s.title}。**` : `${subNum(num)}${s.title}。`;
      lines.push(P(`${head}${s.paras.join('')}`));
    } else if (spec.subStyle === 'arabic') {
      lines.push(H(2, `${num}.${s.title}`));
      for (const p of s.paras) lines.push(P(p));
    } else {
      lines.push(H(2, `${subNum(num)}${s.title}`));
      for (const p of s.paras) lines.push(P(p));
    }
  }
  if (dutyStyle === 'item') {
    // the duty as an item lead inside the last look-back paragraph group
    lines.push(P(`此外，在组织保障方面：一是切实履行第一责任人职责。${dutyText(D, f, Y, r)}二是健全法治建设领导小组，定期听取法治工作汇报。`));
  }
  lines.push('');
  if (dutyStyle === 'top') {
    lines.push(H(1, `${topNum()}${f === 'heading-year' ? `${Y - 1}年度` : ''}${dutyHead}`));
    lines.push(P(dutyText(D, f, Y, r)));
    lines.push('');
  }
  // problems (+ plan if merged)
  const planYearInHead = spec.plan !== 'xiayibu';
  const planHeads = {
    anpai: `${N}年推进法治政府建设的主要安排`,
    silu: `${N}年工作思路`,
    xiayibu: '下一步工作打算',
    mingnian: '明年工作计划',
    jihua: `${N}年度工作计划`,
  };
  let planHead = planHeads[spec.plan ?? 'anpai'];
  if (f === 'plan-wrong-year') planHead = planHead.replace(String(N), String(Y));
  const planLead = f === 'plan-no-year' || f === 'plan-wrong-year' ? false : !planHead.includes(String(N));
  const planParas = planText(D, Y, planLead, r);
  if (f === 'plan-no-year') planParas[0] = planParas[0].replace(/^一是/, `下一步，${we}将重点做好以下工作。一是`);
  if (f === 'duty-in-plan') planParas.push(`${planLead ? '四是' : '五是'}压紧压实${D.lead}推进法治建设第一责任人职责，常态化开展年度述法。`);

  if (f !== 'no-problems') {
    if (spec.merged) {
      lines.push(H(1, `${topNum()}存在的问题及${spec.plan === 'xiayibu' || f === 'plan-no-year' ? '下一步工作打算' : `${f === 'plan-wrong-year' ? Y : N}年工作打算`}`));
      for (const p of problemsText(D, Y, r)) lines.push(P(p));
      for (const p of planParas) lines.push(P(p));
      lines.push('');
    } else {
      lines.push(H(1, `${topNum()}${spec.probHead ?? '存在的不足和原因'}`));
      for (const p of problemsText(D, Y, r)) lines.push(P(p));
      lines.push('');
    }
  }
  if (!spec.merged || f === 'no-problems') {
    if (f !== 'no-plan') {
      lines.push(H(1, `${topNum()}${planHead}`));
      for (const p of planParas) lines.push(P(p));
      lines.push('');
    }
  }
  if (spec.other) {
    lines.push(H(1, `${topNum()}其他需要报告的情况`));
    lines.push(P(spec.other === 'none' ? '无。' : `${Y}年，${we}未发生行政诉讼败诉案件，未发生因不依法履职被问责的情形。`));
    lines.push('');
  }
  // signature
  if (spec.fmt !== 'web' || spec.sign) {
    lines.push(`${org}`);
    lines.push(spec.signDate);
  }
  if (spec.fmt === 'web') {
    lines.push('');
    lines.push('【打印本页】【关闭窗口】');
    lines.push('扫一扫在手机打开当前页');
  }
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------- the cases
const S = {
  wushan: 'http://cqws.gov.cn/xzfbm_73744/sfj/zwgk_72016/zfxxgk/fzzfjsndbg/202502/t20250225_14343242.html',
  guzhang: 'http://www.guzhang.gov.cn/zwgk/bmgkml/zfbm/xsfj/tzgg/202502/t20250212_2225251.html',
  rongchangGA: 'http://rongchang.gov.cn/bm/qgaj/zwgk_70831/zfxxgkml_160187/fzzfndbg_216183/202202/t20220221_10418495.html',
  jingyuan: 'https://www.nxjy.gov.cn/ztml/fzzfjs/202602/t20260204_5159219.html',
  zengcheng23: 'http://www.zc.gov.cn/zfxxgkml/gzsgajzcqfj/qt/content/post_9437500.html',
  zengcheng24: 'http://www.zc.gov.cn/gk/zfxxgk/fzzfjs/bmfzzfjsbg/content/post_10074469.html',
  rongchangHB: 'http://rongchang.gov.cn/bm/qsthjj/zwgk_70831/zfxxgkml_160171/fzzfndbg_216183/202412/t20241231_14034112.html',
  sucheng: 'http://www.sqsc.gov.cn/scqgtj/zcfg/202502/c6683124faaf408b83219732bc858daa.shtml',
  shanghang: 'http://222.178.203.72:19005/whst/63/=vvvzrgZmfgZmfzfnuzbm//bm/gtj/zwgk/gzdtgtj/202501/t20250109_2192047.htm',
  xiangtanZR: 'http://www.yqfq.com.cn/8870/8864/content_1408721.html',
  baoan: 'https://www.sz.gov.cn/cn/xxgk/fzzfjsndbg/baq/content/post_11921002.html',
  haizhu: 'https://www.haizhu.gov.cn/zwgk/zdlyxxgk/newfazhizhengfu/fzzfgzbg/bm/2024/content/post_10037813.html',
  binjiang: 'http://www.hhtz.gov.cn/art/2023/2/17/art_1229247393_4140982.html',
  zhonglou: 'https://www.zhonglou.gov.cn/html/czzl/2024/OJAJLIHM_0307/21483.html',
  gl: 'http://gl.gov.cn/xjwz/zwgkml/gstg/gstg_rsj/202503/t20250324_4993669.htm',
  luqiao: 'http://www.luqiao.gov.cn/art/2024/3/4/art_1229729452_3918508.html',
  wuhua: 'https://www.wuhua.gov.cn/xxgk/zfjg/xyjglj/tzgg/content/post_2723020.html',
  mingxi: 'http://www.fjmx.gov.cn/zwgk/gggs/zh/202501/t20250123_2097265.htm',
  yuanling: 'http://www.yuanling.gov.cn/yuanling/c118941/202504/7aeb241ed7824bdaaa11be19530af118.shtml',
  huoqiu: 'https://www.huoqiu.gov.cn/public/6600681/37797868.html',
  dongan: 'http://www.da.gov.cn/dayjglj/0300/202601/8e793cb866a74eb98e9655e01d68b55d.shtml',
  sanyuan: 'http://www.smsy.gov.cn/zwgk/ghjh_26820/jhzj/202501/t20250113_2094018.htm',
  yongding: 'http://www.yongding.gov.cn/xxgk/zdxxgk/ylws/jdjc/202512/t20251216_2263867.htm',
  zijin: 'http://www.zijin.gov.cn/zfxxgkml/xwsjkj/ghjh/content/post_688556.html',
  xiangtanWJ: 'http://www.yqfq.com.cn/9473/9481/content_1410765.html',
  haifeng: 'http://www.gdhf.gov.cn/gdhf/ztzl/fzbg/2025/content/post_1221293.html',
};

const deptList = Object.keys(DEPTS);
const layouts = [
  { fmt: 'txt', duty: 'top', plan: 'anpai', other: 'none', titleForm: 'guanyu' },
  { fmt: 'web', duty: 'sub', plan: 'silu', titleForm: 'nian', subStyle: 'bold-runin' },
  { fmt: 'md', duty: 'first', plan: 'jihua', other: 'text', titleForm: 'gongzuo' },
  { fmt: 'word', duty: 'top', plan: 'xiayibu', merged: true, titleForm: 'guanyu', probHead: '存在的问题' },
  { fmt: 'txt', duty: 'item', plan: 'mingnian', other: 'none', titleForm: 'nian', lbHead: 'b', subStyle: 'arabic', probHead: '工作中存在的困难和问题' },
  { fmt: 'md', duty: 'sub2', plan: 'anpai', subStyle: 'bold-runin', titleForm: 'guanyu', lbHead: 'c', dutyHead: '主要负责人履行推进法治建设第一责任人职责情况' },
  { fmt: 'web', duty: 'first', plan: 'anpai', merged: true, titleForm: 'gongzuo', dutyHead: '党政主要负责人履行推进法治建设第一责任人职责情况' },
  { fmt: 'word', duty: 'sub', plan: 'silu', other: 'text', titleForm: 'nian', probHead: '存在的短板和不足' },
];
const SRC_BY_DEPT = {
  司法局: [S.wushan, S.guzhang], 公安局: [S.rongchangGA, S.jingyuan, S.zengcheng23, S.zengcheng24], 市场监督管理局: [S.huoqiu, S.gl],
  生态环境分局: [S.rongchangHB], 自然资源局: [S.sucheng, S.shanghang, S.xiangtanZR], 住房和城乡建设局: [S.sanyuan], 交通运输局: [S.mingxi],
  人力资源和社会保障局: [S.baoan, S.haizhu, S.binjiang, S.zhonglou, S.luqiao], 卫生健康局: [S.yongding, S.zijin, S.xiangtanWJ, S.haifeng],
  教育局: [S.guzhang], 应急管理局: [S.wuhua, S.mingxi, S.yuanling, S.huoqiu, S.dongan, S.sanyuan], 农业农村局: [S.yuanling],
  税务局: [S.zengcheng24], 综合行政执法局: [S.luqiao], 民政局: [S.haifeng], 医疗保障局: [S.zijin],
};

// fault plan: [dept index hint, fault, expected rule, description]
const FAULTS = [
  ['rate', 'consistent-rate', '比率与分子分母不符（部门业务数据）'],
  ['rate', 'consistent-rate', '比率与分子分母不符'],
  ['rate', 'consistent-rate', '比率与分子分母不符'],
  ['rate', 'consistent-rate', '比率与分子分母不符'],
  ['rate', 'consistent-rate', '比率与分子分母不符'],
  ['total-exceed', 'consistent-total', '其中分项之和超过总数'],
  ['total-exceed', 'consistent-total', '其中分项之和超过总数'],
  ['total-exceed', 'consistent-total', '其中分项之和超过总数'],
  ['total-closed', 'consistent-total', '分别为…其他类 封闭列举与总数不符'],
  ['total-closed', 'consistent-total', '分别为…共计 与分项之和不符'],
  ['change', 'consistent-total', '较上年的N件增加M件，M不是差数'],
  ['change', 'consistent-total', '由5个工作日压缩至3个工作日，写成压缩3个工作日'],
  ['plan-wrong-year', 'require-next-year-plan', '工作安排标题写成报告年度'],
  ['plan-wrong-year', 'require-next-year-plan', '合并的问题及打算标题写成报告年度'],
  ['plan-no-year', 'require-next-year-plan', '工作安排只写下一步，未写年份'],
  ['no-plan', 'require-next-year-plan', '缺少下一年度工作安排部分'],
  ['no-problems', 'require-sections', '缺少存在的不足和原因部分'],
  ['duty-in-plan', 'require-first-responsible-person', '第一责任人职责只写在工作安排中'],
  ['heading-year', 'consistent-year', '回顾部分标题沿用上一年份'],
  ['opening-year', 'consistent-year', '开头年份沿用上一年'],
  ['title-year', 'consistent-year', '标题年份沿用上一年（开头为本年）'],
  ['late-written', 'no-late-publication', '落款日期晚于3月1日'],
  ['late-published', 'no-late-publication', '网页发布日期晚于4月1日'],
  ['placeholder', 'no-placeholder', '学习次数留作*次'],
  ['placeholder-xx', 'no-placeholder', 'XX律师事务所未替换'],
  ['title-dup', 'valid-law-title', '《法治政府建设与责任落实督察规定》漏“工作”'],
  ['quote', 'no-unpaired-punctuation', '“谁执法谁普法“ 引号重复开启'],
  ['unclosed-title', 'no-unpaired-punctuation', '书名号未闭合'],
  ['titles-comma', 'require-fullwidth-punctuation', '并列书名号之间用顿号'],
  ['num-gap', 'consistent-numbering', '（二）之后直接（四）跳号'],
  ['mobile', 'no-sensitive-data', '正文留有经办人手机号码'],
  ['goal', 'no-outdated-goal-formula', '沿用2015年纲要目标表述'],
];
// which depts support which dept-specific faults
const SUPPORTS = {
  rate: ['司法局', '公安局', '市场监督管理局', '人力资源和社会保障局', '卫生健康局', '应急管理局', '农业农村局', '民政局', '住房和城乡建设局'],
  'total-exceed': ['司法局', '市场监督管理局', '交通运输局'],
  'total-closed': ['综合行政执法局', '生态环境分局'],
  change: ['公安局', '自然资源局'],
  'title-dup': ['司法局'],
};

const cases = [];
let n = 0;
const years = [2022, 2023, 2024, 2025];
function dates(Y, r, late) {
  const N = Y + 1;
  const m = 1 + Math.floor(r() * 2), d = 5 + Math.floor(r() * 20);
  const written = `${N}-0${m}-${String(d).padStart(2, '0')}`;
  const pm = m, pd = Math.min(d + 3, 28);
  const published = late === 'late-published' ? `${N}-04-${String(10 + Math.floor(r() * 15)).padStart(2, '0')}` : `${N}-0${pm}-${String(pd).padStart(2, '0')}`;
  const signDate = late === 'late-written' ? `${N}年3月${10 + Math.floor(r() * 15)}日` : `${N}年${m}月${d}日`;
  return { written: late === 'late-written' ? `${N}-03-${String(10 + Math.floor(r() * 15)).padStart(2, '0')}` : written, published, signDate };
}
function add(spec, expect, fault, source) {
  n += 1;
  const id = `d19-${String(n).padStart(3, '0')}`;
  const ext = spec.fmt === 'md' ? 'md' : 'txt';
  const file = `${id}-${spec.year}-${spec.dept}.${ext}`;
  const text = build(spec);
  writeFileSync(path.join(caseDir, file), text);
  cases.push({ id, file, source, ...(expect ? { expect, fault } : {}) });
}

// clean cases: 46
const R = rng(19);
for (let i = 0; i < 46; i++) {
  const dept = deptList[i % deptList.length];
  const L = layouts[(i * 3 + Math.floor(i / 8)) % layouts.length];
  const Y = years[(i + Math.floor(i / 4)) % 4];
  const dr = rng(1000 + i);
  const dt = dates(Y, dr, null);
  const srcs = SRC_BY_DEPT[dept];
  add({ ...L, seed: 500 + i, dept, year: Y, county: COUNTIES[i % COUNTIES.length], ...dt, sign: i % 3 === 0 }, null, null, srcs[i % srcs.length]);
}
// fault cases
for (const [j, [fault, expect, desc]] of FAULTS.entries()) {
  const sup = SUPPORTS[fault];
  const dept = sup ? sup[j % sup.length] : deptList[(j * 5) % deptList.length];
  let L = { ...layouts[(j * 5 + 1) % layouts.length] };
  if (fault === 'late-published') L = { ...layouts[1] };
  if (fault === 'late-written') L = { ...layouts[j % 2 ? 3 : 0] };
  if (fault === 'plan-wrong-year' && j === 13) L = { ...layouts[3], plan: 'anpai' };
  if (fault === 'plan-wrong-year' && j === 12) L = { ...layouts[0] };
  if (fault === 'plan-no-year') L = { ...layouts[0], plan: 'xiayibu' };
  if (fault === 'no-problems' || fault === 'no-plan') L = { ...layouts[0] };
  if (fault === 'duty-in-plan') L = { ...layouts[0], duty: 'none' };
  if (fault === 'heading-year') L = { ...layouts[2] };
  if (fault === 'num-gap') L = { ...layouts[0] };
  const Y = years[(j + 1) % 4];
  const dr = rng(2000 + j);
  const dt = dates(Y, dr, fault);
  const srcs = SRC_BY_DEPT[dept];
  add({ ...L, seed: 900 + j, dept, year: Y, county: COUNTIES[(j + 7) % COUNTIES.length], ...dt, fault, sign: true }, expect, desc, srcs[j % srcs.length]);
}
// batch 2 (d19-079…090) was written by hand into cases/ and labelled in cases.json: keep those labels
import { existsSync, readFileSync } from 'node:fs';
const labelFile = path.join(here, 'cases.json');
const kept = existsSync(labelFile) ? JSON.parse(readFileSync(labelFile, 'utf8')).filter((c) => c.batch === 2) : [];
writeFileSync(labelFile, JSON.stringify([...cases, ...kept], null, 2) + '\n');
console.log(`${cases.length} generated cases (+${kept.length} hand-written), ${cases.filter((c) => c.expect).length} faults`);
