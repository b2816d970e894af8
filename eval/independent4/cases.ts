/**
 * The fourth independent corpus. Every case is built from paragraphs written for this suite (wording and
 * layouts studied on pages in the `pages` search corpus, each case names them in `models`; no sentence
 * copied). Figures are drawn from a pinned pseudo-random sequence per case and every derived figure (sums,
 * differences, rates, shares, 倍) is COMPUTED here, rounded half-up with integer arithmetic to the decimals
 * written, so a clean case holds together by construction.
 *
 * Labels (given by hand before the first run): a case with no `expect` is clean — every warn/error finding on
 * it is false. A case with `expect` carries exactly one planted fault, owned by that rule.
 */
export interface Case {
  id: string;
  /** The page(s) of the `pages` corpus whose layout/wording the case models. */
  models: string;
  format?: 'text' | 'markdown';
  text: string;
  /** Rule that must fire at warn/error (defect cases only). */
  expect?: string;
  /** What was planted. */
  fault?: string;
}

import { HAND } from './hand.js';

const PAGES = {
  zhaoxian: 'zhaoxian.gov.cn 赵县人民政府关于2025年度法治政府建设情况的报告',
  yaoan: 'yaoan.gov.cn 姚安县2025年法治政府建设报告',
  yueyang: 'sfj.yueyang.gov.cn 岳阳市2025年度法治政府建设情况报告',
  xiaomi: 'xiaomilidoc.com 某县2025年度法治政府建设情况报告',
};

/** round(a/b*100, dec) half-up, exactly (integers only). */
function pct(a: number, b: number, dec = 1): string {
  const f = 10 ** dec;
  const v = Math.floor((2 * a * 100 * f + b) / (2 * b));
  return dec === 0 ? String(v) : `${Math.floor(v / f)}.${String(v % f).padStart(dec, '0')}`;
}

function rng(seed: number): (lo: number, hi: number) => number {
  let s = (seed * 2654435761) >>> 0 || 1;
  return (lo, hi) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return lo + ((s >>> 8) % (hi - lo + 1));
  };
}

interface Body {
  name: string;
  self: string;
  all: string;
  lead: string;
  kind: 'county' | 'town' | 'dept';
  unit: string;
}

const BODIES: Body[] = [
  { name: '清河县人民政府', self: '我县', all: '全县', lead: '县委书记、县长', kind: 'county', unit: '县政府' },
  { name: '东岭镇人民政府', self: '我镇', all: '全镇', lead: '镇党委书记、镇长', kind: 'town', unit: '镇政府' },
  { name: '南川市市场监督管理局', self: '我局', all: '全局', lead: '局党组书记、局长', kind: 'dept', unit: '局党组' },
  { name: '白沙区人民政府', self: '我区', all: '全区', lead: '区委书记、区长', kind: 'county', unit: '区政府' },
  { name: '桐林县司法局', self: '我局', all: '全局', lead: '局党组书记、局长', kind: 'dept', unit: '局党组' },
  { name: '青石乡人民政府', self: '我乡', all: '全乡', lead: '乡党委书记、乡长', kind: 'town', unit: '乡政府' },
  { name: '河东县交通运输局', self: '我局', all: '全局', lead: '局党组书记、局长', kind: 'dept', unit: '局党组' },
  { name: '云岗县应急管理局', self: '我局', all: '全局', lead: '局党委书记、局长', kind: 'dept', unit: '局党委' },
  { name: '柳溪县人民政府', self: '我县', all: '全县', lead: '县委书记和县长', kind: 'county', unit: '县政府' },
  { name: '西山县自然资源局', self: '我局', all: '全局', lead: '局党组书记、局长', kind: 'dept', unit: '局党组' },
];

const CN_DIGITS = '〇一二三四五六七八九';
function cnYear(y: number): string {
  return [...String(y)].map((d) => CN_DIGITS[Number(d)]).join('');
}
function cnSmall(n: number): string {
  const t = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return t[n]!;
  if (n < 20) return '十' + t[n % 10];
  return t[Math.floor(n / 10)] + '十' + t[n % 10];
}

export interface Knobs {
  /** Replace the heading of part 1's year with this (consistent-year defect). */
  part1Year?: number;
  /** The plan names this year instead of Y+1 (require-next-year-plan defect). */
  planYear?: number;
  /** Closing date override. */
  date?: string;
  /** Extra sentence put in part 1's first sub-section. */
  extra?: string;
  /** Text replacements applied last: [from, to]; each must match. */
  replace?: [string, string][];
}

/**
 * One report. i picks the writer, year, layout and figures; style: 0 一、/（一）/一是, 1 一、/（一）/1./（1）,
 * 2 Markdown with a table, 3 ①② lists and a 第一责任人 sub-section inside part 1, 4 bold Markdown headings.
 */
export function report(i: number, k: Knobs = {}): { text: string; format: 'text' | 'markdown' } {
  const r = rng(i + 17);
  const b = BODIES[i % BODIES.length]!;
  const Y = [2025, 2025, 2024, 2025, 2023][i % 5]!;
  const N1 = k.planYear ?? Y + 1;
  const style = i % 5;
  const md = style === 2 || style === 4;
  const P1 = k.part1Year ?? Y;

  // ---- figures (all derived ones computed) ----
  const fyN = r(60, 140); // 复议受理
  const fyM = fyN - r(2, 9); // 审结
  const fyB = r(3, 9), fyC = r(1, 5), fyD = r(4, 12), fyE = r(5, 15);
  const fyA = fyM - fyB - fyC - fyD - fyE; // 维持
  const cfP = r(800, 2600); // 处罚案件
  const cfS = r(200, cfP - 300); // 简易程序
  const cfG = cfP - cfS;
  const cfMoney = `${r(900, 4800)}.${r(1, 9)}`;
  const cfPrev = cfP - r(40, 160);
  const gkA = r(60, 180), gkA0 = gkA - r(5, 40); // 依申请公开
  const ysL = r(20, 60), ysO = ysL - r(0, 3); // 应诉、出庭
  const ysPrevRate = `${r(90, 96)}.${r(0, 9)}`;
  const exE = r(300, 1200); // 持证人员
  const exT = r(280, 900), exT2 = exT - r(1, 12), exT3 = exT2 - r(2, 20); // 应考 实考 合格
  const jcPrev = r(12, 40) * 10, jcK = r(15, 32); // 抽查: 上年 jcPrev 次, 今年 jcPrev*jcK/10 次
  const jc = (jcPrev * jcK) / 10;
  const jcRatio = `${Math.floor(jcK / 10)}.${jcK % 10}`;
  const htC1 = r(80, 260), htC2 = r(10, 40), htC3 = r(2, 12);
  const laX = r(60, 200), laY = r(80, 300), laZ = r(2, 20);
  const laAll = laX + laY + laZ;
  const tjR = r(300, 1500), tjS = tjR - r(5, 40);
  const tjMoney = r(120, 900);
  const q3 = r(300, 900), q4 = q3 - r(10, 90);
  const pxTimes = r(6, 24), pxPeople = r(500, 3000);
  const xxTimes = r(4, 12);
  const qdItems = r(1800, 3800), qdA = r(100, 400), qdB = r(1000, qdItems - qdA - 100);
  const qdC = qdItems - qdA - qdB; // 权责清单: 许可 qdA, 处罚 qdB, 其他 qdC
  const satis = `${r(95, 99)}.${r(1, 9)}`, satisUp = `${r(0, 2)}.${r(1, 9)}`;
  const gfN = r(8, 30), gfK = r(1, gfN - 3); // 规范性文件备案
  const sbScore = r(2, 6);

  const A = b.all;
  const S = b.self;

  const H = (level: 1 | 2, t: string) => (md ? (style === 2 ? `${level === 1 ? '##' : '###'} ${t}` : `**${t}**`) : t);
  const sub = ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）'];
  const circ = '①②③④⑤';
  const items = (xs: string[]): string => {
    if (style === 0 || style === 4) return xs.map((x, j) => `${cnSmall(j + 1)}是${x}`).join('');
    if (style === 3) return xs.map((x, j) => `${circ[j]}${x}`).join('');
    return xs.map((x, j) => `${j + 1}.${x}`).join('\n\n');
  };

  const P: string[] = [];
  if (i % 3 === 0) P.push(`来源：${b.name.replace(/人民政府$/, '')}${b.kind === 'dept' ? '办公室' : b.kind === 'town' ? '党政办' : '司法局'}　发布时间：${Y + 1}-01-${String(r(12, 28)).padStart(2, '0')} 09:${r(10, 59)}　浏览次数：${r(100, 900)}`);
  const title = [
    `${b.name}关于${Y}年度法治政府建设情况的报告`,
    `${b.name}${Y}年法治政府建设工作情况报告`,
    `${b.name}关于${Y}年法治政府建设工作的报告`,
  ][i % 3]!;
  if (b.kind !== 'dept' && i % 4 === 1) P.push(`${b.name.slice(0, 2)}${b.kind === 'town' ? '政' : '政发'}〔${Y + 1}〕${r(2, 30)}号`);
  P.push(md && style === 2 ? `# ${title}` : title);

  const goal = '职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府';
  P.push(
    `${Y}年，${S}以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，对照《法治政府建设实施纲要（2021—2025年）》确定的目标任务，着力建设${goal}，各项工作取得新进展。根据《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）要求，现将${S}${Y}年度法治政府建设情况报告如下。`,
  );

  P.push(H(1, `一、${P1}年度推进法治政府建设的主要举措和成效`));
  P.push(H(2, `${sub[0]}依法全面履行职能，营商环境持续优化`));
  P.push(
    `动态调整权责清单，共梳理权责事项${qdItems}项，其中行政许可${qdA}项、行政处罚${qdB}项、其他行政权力${qdC}项，经${b.kind === 'town' ? '镇党政联席会议' : '党组会议'}审定后向社会公布。${k.extra ?? ''}深化“高效办成一件事”改革，全年通过线上线下受理各类政务服务事项${r(12000, 48000)}件，群众满意度${satis}%，较上年提高${satisUp}个百分点。`,
  );
  P.push(
    items([
      `严格落实《优化营商环境条例》，清理妨碍统一市场和公平竞争的政策措施${r(20, 90)}件，修改${r(1, 6)}件、废止${r(1, 5)}件。`,
      `推行包容审慎监管，依据《中华人民共和国行政处罚法》第三十三条，对${r(20, 160)}家首次轻微违法的经营主体依法不予处罚，减免罚款${r(40, 300)}.${r(1, 9)}万元。`,
      `开展“双随机、一公开”联合抽查${jc}次，是上年${jcPrev}次的${jcRatio}倍，检查结果全部通过国家企业信用信息公示系统公示。`,
    ]),
  );

  P.push(H(2, `${sub[1]}健全依法决策机制，决策质量稳步提升`));
  P.push(
    `严格执行《重大行政决策程序暂行条例》，年初公布重大行政决策事项目录，对列入目录的事项全部履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。法律顾问和公职律师全年审查合同${htC1}件、规范性文件${htC2}件、重大行政决策事项${htC3}件，合计${htC1 + htC2 + htC3}件，提出法律意见${r(200, 600)}条。报送备案规范性文件${gfN}件，其中${gfK}件经审查后作了修改，备案审查率100%。`,
  );

  P.push(H(2, `${sub[2]}严格规范公正文明执法，执法质效不断提升`));
  const tableOrText =
    style === 2
      ? [
          `主要执法指标对比如下：`,
          `| 指标 | ${Y - 1}年 | ${Y}年 | 增减 |\n| --- | --- | --- | --- |\n| 行政处罚案件（件） | ${cfPrev} | ${cfP} | +${cfP - cfPrev} |\n| 依申请公开（件） | ${gkA0} | ${gkA} | +${gkA - gkA0} |\n| 行政应诉案件（件） | ${ysL - 4} | ${ysL} | +4 |`,
        ]
      : [];
  P.push(
    `全年办理行政处罚案件${cfP}件，较上年的${cfPrev}件增加${cfP - cfPrev}件，增长${pct(cfP - cfPrev, cfPrev)}%，罚没款${cfMoney}万元；其中适用简易程序${cfS}件、一般程序${cfG}件，分别占${pct(cfS, cfP)}%、${pct(cfG, cfP)}%。${A}持有行政执法证件人员${exE}名，组织执法人员专题培训${pxTimes}期、${pxPeople}人次。年度执法资格考试应考${exT}人、实考${exT2}人，参考率${pct(exT2, exT)}%；合格${exT3}人，合格率${pct(exT3, exT2)}%。`,
    ...tableOrText,
  );
  P.push(
    items([
      `落实行政执法公示、执法全过程记录、重大执法决定法制审核“三项制度”，法制审核重大执法决定${r(20, 90)}件。`,
      `开展行政执法案卷评查，评查案卷${r(60, 240)}卷，评出优秀案卷${r(5, 20)}卷，发现问题全部督促整改。`,
      `推行“综合查一次”，涉企检查次数同比下降${r(15, 40)}.${r(1, 9)}%。`,
    ]),
  );

  P.push(H(2, `${sub[3]}依法化解矛盾纠纷，社会大局和谐稳定`));
  P.push(
    `${Y}年共受理行政复议案件${fyN}件，审结${fyM}件，审结率${pct(fyM, fyN)}%；审结案件中维持${fyA}件、驳回${fyD}件、撤销${fyB}件、确认违法${fyC}件、调解和解${fyE}件。行政应诉案件${ysL}件，行政机关负责人出庭应诉${ysO}件，出庭应诉率${pct(ysO, ysL)}%，上年为${ysPrevRate}%。依法办理政府信息公开申请${gkA}件，较上年的${gkA0}件增长${pct(gkA - gkA0, gkA0)}%，均在法定期限内答复。`,
  );
  P.push(
    `人民调解组织排查矛盾纠纷${tjR}起，调解成功${tjS}起，调解成功率${pct(tjS, tjR)}%，涉及金额${tjMoney}万元。办理法律援助案件${laAll}件，其中刑事${laX}件、民事${laY}件、行政${laZ}件，依照《中华人民共和国法律援助法》第四十一条规定，对经济困难的申请人简化审查流程。12345热线涉法诉求四季度${q4}件，较三季度的${q3}件环比下降${pct(q3 - q4, q3)}%。`,
  );

  P.push(H(2, `${sub[4]}加强普法宣传，法治氛围日益浓厚`));
  P.push(
    `围绕3月8日妇女节、4月15日全民国家安全教育日、“6·26”国际禁毒日和12月4日国家宪法日等节点开展集中宣传，发放资料${r(3, 12)}万余份。组织领导干部旁听庭审${r(1, 4)}次，${b.unit}常务会议会前学法${xxTimes}次，学习了新修订的《中华人民共和国行政复议法》《中华人民共和国安全生产法》等法律。`,
  );

  const dutyBody = `${b.lead}切实履行推进法治建设第一责任人职责，做到重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。全年${b.unit}专题研究法治建设工作${r(3, 8)}次，主要负责同志在年终述职中专门报告履行法治建设职责情况，并将述法结果纳入考核，在综合考核中占${sbScore}分。严格执行《党政主要负责人履行推进法治建设第一责任人职责规定》，对${r(2, 9)}个下属单位开展法治建设专项督察。`;
  if (style === 3) {
    P.push(H(2, `${sub[5]}压实第一责任人职责，强化组织保障`));
    P.push(dutyBody);
  }

  P.push(H(1, ['二、存在的不足和原因', '二、存在的问题及原因分析', '二、存在的短板和不足'][i % 3]!));
  P.push(
    `对照上级要求，${S}法治政府建设还存在一些不足：${items([
      '部分行政执法人员运用法治思维和法治方式解决问题的能力仍需提升；',
      `基层执法力量相对薄弱，${b.kind === 'town' ? '镇综合行政执法队' : '执法队伍'}专业人员不足；`,
      '法治宣传的针对性和实效性有待增强。',
    ])}原因主要是思想认识还不够到位，统筹推进力度有待加强。`,
  );

  if (style !== 3) {
    P.push(
      H(
        1,
        [
          '三、党政主要负责人履行推进法治建设第一责任人职责情况',
          `三、${b.lead}履行推进法治建设第一责任人职责情况`,
          '三、主要负责人履行法治建设第一责任人职责，加强法治政府建设的有关情况',
          '三、党政主要负责人履行推进法治建设第一责任人职责情况',
          `三、${Y}年度主要负责人履行法治建设第一责任人职责情况`,
        ][i % 5]!,
      ),
    );
    P.push(dutyBody);
  }

  const n = style === 3 ? ['三', '四'] : ['四', '五'];
  const planHead = [
    `${n[0]}、${N1}年推进法治政府建设的主要安排`,
    `${n[0]}、下一年度推进法治政府建设的工作安排`,
    `${n[0]}、${N1}年工作打算`,
    `${n[0]}、下一步工作思路`,
    `${n[0]}、${N1}年度工作计划`,
  ][i % 5]!;
  P.push(H(1, planHead));
  P.push(
    `${N1}年，${S}将以《法治政府建设实施纲要（2021—2025年）》${N1 >= 2026 ? '评估总结' : '深入实施'}为契机，重点抓好以下工作：${items([
      '持续深化习近平法治思想学习宣传贯彻，把法治建设成效纳入年度绩效考核；',
      '严格落实重大行政决策程序，提高决策科学化、民主化、法治化水平；',
      '推进严格规范公正文明执法，完善行政执法协调监督工作体系；',
      `${N1}年6月底前完成规范性文件全面清理，持续推进“八五”普法各项任务。`,
    ])}`,
  );
  if (i % 2 === 0) {
    P.push(H(1, `${n[1]}、其他需要报告的情况`));
    P.push(i % 4 === 0 ? '无。' : `${Y}年，${S}未发生因违法行政被上级通报或被追究责任的情形，行政诉讼败诉案件${r(0, 2)}件均已整改到位。`);
  }

  P.push(b.name);
  const dates = [
    `${Y + 1}年1月${r(10, 28)}日`,
    `${cnYear(Y + 1)}年二月${cnSmall(r(1, 26))}日`,
    `${Y + 1}年2月${r(1, 25)}日`,
  ];
  P.push(k.date ?? dates[i % 3]!);

  let text = P.join('\n\n') + '\n';
  for (const [from, to] of k.replace ?? []) {
    if (!text.includes(from)) throw new Error(`replace: ${from} not in case ${i}`);
    text = text.replace(from, to);
  }
  return { text, format: md ? 'markdown' : 'text' };
}

const M = Object.values(PAGES);
const models = (i: number) => `${M[i % 4]}; ${M[(i + 1) % 4]}`;

const clean: Case[] = Array.from({ length: 30 }, (_, j) => {
  const { text, format } = report(j);
  return { id: `c${String(j + 1).padStart(2, '0')}`, models: models(j), format, text };
});

function defect(n: number, i: number, expect: string, fault: string, k: Knobs): Case {
  const { text, format } = report(i, k);
  return { id: `d${String(n).padStart(2, '0')}`, models: models(i), format, text, expect, fault };
}

// Defect cases: writers 30+ (fresh figures), one planted fault each. Year of case i: [2025,2025,2024,2025,2023][i%5].
const defects: Case[] = [
  defect(1, 30, 'consistent-rate', '调解成功率 97.2% over 238/250 (= 95.2%)', { extra: '全年矛盾纠纷多元化解中心受理纠纷250起，调解成功238起，调解成功率97.2%。' }),
  defect(2, 31, 'consistent-total', '其中 parts 208+2407+96+713 = 3424 exceed 共3415项', { extra: '新梳理涉企行政职权共3415项，其中行政许可208项、行政处罚2407项、行政强制96项、行政检查713项。' }),
  defect(3, 33, 'consistent-year', 'part 1 heading names 2024 in a 2025 report', { part1Year: 2024 }),
  defect(4, 35, 'require-next-year-plan', 'plan names 2025 (the report year) instead of 2026', { planYear: 2025 }),
  defect(5, 36, 'no-placeholder', '组织领导干部旁听庭审XX次', { extra: '组织领导干部旁听庭审XX次。' }),
  defect(6, 38, 'no-outdated-goal-formula', '2015 goal formula 廉洁高效、守法诚信 in a 2025 report', {
    replace: [['智能高效、廉洁诚信、人民满意的法治政府', '廉洁高效、守法诚信的法治政府']],
  }),
  defect(7, 40, 'no-unpaired-punctuation', '“双随机、一公开 left open', { replace: [['“双随机、一公开”联合抽查', '“双随机、一公开联合抽查']] }),
  defect(8, 41, 'valid-law-title', '《法治政府建设实施纲要（2021—2024年）》 wrong years', {
    replace: [['对照《法治政府建设实施纲要（2021—2025年）》', '对照《法治政府建设实施纲要（2021—2024年）》']],
  }),
  defect(9, 43, 'no-late-publication', 'county report dated 2026年3月20日', { date: '2026年3月20日' }),
  defect(10, 45, 'no-sensitive-data', 'mobile number in the text', { extra: '群众可拨打执法监督电话13907215568反映问题。' }),
];

export const CASES: Case[] = [...clean, ...defects, ...HAND];
