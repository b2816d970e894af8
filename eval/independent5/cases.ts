/**
 * The fifth independent corpus: 30 clean 2025 reports and 6 with one planted fault, assembled from paragraph
 * templates written for this suite. Every derived figure is computed here with integer half-up rounding.
 * Layouts modelled (no sentence copied) on two `pages` sources: 丰都县栗子乡 2025 (cqfd.gov.cn, 索引号/发布机构
 * metadata block) and 柳江区三都镇 2025 (liujiang.gov.cn, 一是/二是 items inside paragraphs).
 */
import type { Format } from '../../src/parse/index.js';

export interface Case {
  id: string;
  text: string;
  format?: Format;
  expect?: string;
  fault?: string;
  models: string[];
}

const MODELS = ['cqfd.gov.cn 丰都县栗子乡2025年法治政府建设情况报告', 'liujiang.gov.cn 三都镇2025年法治政府建设年度报告'];

/** a/b as a percentage, half-up to d decimals, integer arithmetic */
export function pct(a: number, b: number, d = 1): string {
  const k = 10 ** (d + 2);
  const q = Math.floor((2 * a * k + b) / (2 * b));
  return d === 0 ? String(q) : `${Math.floor(q / 10 ** d)}.${String(q % 10 ** d).padStart(d, '0')}`;
}
/** a/b half-up to d decimals */
function ratio(a: number, b: number, d = 1): string {
  const k = 10 ** d;
  const q = Math.floor((2 * a * k + b) / (2 * b));
  return d === 0 ? String(q) : `${Math.floor(q / k)}.${String(q % k).padStart(d, '0')}`;
}

let seed = 20251206;
function rnd(lo: number, hi: number): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return lo + (seed % (hi - lo + 1));
}

const WRITERS: [string, string, 'town' | 'dept' | 'county'][] = [
  ['青石镇人民政府', '青石镇', 'town'], ['柳溪乡人民政府', '柳溪乡', 'town'], ['南屏县市场监督管理局', '县市场监管局', 'dept'],
  ['东湖区司法局', '区司法局', 'dept'], ['北山县人民政府', '北山县', 'county'], ['白河镇人民政府', '白河镇', 'town'],
  ['西城区住房和城乡建设局', '区住建局', 'dept'], ['云岭县人民政府', '云岭县', 'county'], ['长乐街道办事处', '长乐街道', 'town'],
  ['江口县生态环境局', '县生态环境局', 'dept'],
];
const PLAN_HEADS = ['2026年工作思路', '下一步工作打算', '明年工作安排'];
const LEADERS: Record<string, string> = { town: '镇党委书记、镇长', dept: '局党组书记、局长', county: '县委书记、县长' };

interface Opts { fault?: string; figs?: string }

function figures(short: string, o: Opts) {
  // 1 由X件增至Y件，增幅p%
  const x1 = rnd(120, 400), y1 = x1 + rnd(8, 90);
  const zf = o.fault === 'rate' ? pct(y1 - x1, x1) .replace(/\d$/, (c) => String((+c + 4) % 10)) : pct(y1 - x1, x1);
  // 2 由降至，降幅
  const x2 = rnd(40, 90), y2 = x2 - rnd(3, 20);
  // 3 percentage-point change
  const r1 = rnd(700, 900) / 10, r2 = r1 + rnd(12, 80) / 10;
  const pp = ((Math.round(r2 * 10) - Math.round(r1 * 10)) / 10).toFixed(1);
  // 4 环比
  const q3 = rnd(50, 120), q4 = q3 + rnd(5, 30);
  // 5 翻一番 / 是上年的N倍
  const a5 = rnd(12, 40), k5 = rnd(2, 4);
  // 6 占全部 / 比重
  const t6 = rnd(600, 1500), x6 = rnd(200, t6 - 200);
  const t7 = rnd(300, 500), x7 = rnd(250, t7 - 10);
  // 7 budget
  const b8 = rnd(40, 200) * 10, s8 = b8 - rnd(5, 60);
  const need9 = rnd(50, 150), got9 = need9 - rnd(0, 10);
  // 8 人 / 人次 / 人均
  const n10 = rnd(40, 120), avg10x10 = rnd(300, 600); // 学时 ×10
  const tot10 = n10 * avg10x10; // in tenths → total hours must be integer: use n10*avg with avg one decimal
  const hours = Math.round(tot10 / 10); // integer total hours
  const avg = ratio(hours, n10, 1);
  const renci = n10 * rnd(2, 4) + rnd(0, 9);
  // 9 同比 both years
  const a11 = rnd(200, 500), b11 = a11 + rnd(10, 60);
  // 10 two rates: 应考/实考/合格
  const ying = rnd(150, 400), shi = ying - rnd(1, 8), he = shi - rnd(0, 5);
  // 11 分别 … 合计
  const f1 = rnd(100, 900), f2 = rnd(50, 300), f3 = rnd(10, 90);
  const fsum = f1 + f2 + f3 + (o.fault === 'total' ? 10 : 0);
  // 12 其中 subset
  const t12 = rnd(300, 800), s12a = rnd(50, 120), s12b = rnd(20, 60);
  // 13 持平
  const same = rnd(5, 20);
  const dup = a5 * 2;
  return `${short}行政复议和行政应诉工作平稳有序。全年收到行政复议申请${y1}件，由上年的${x1}件增至${y1}件，增幅${zf}%；行政诉讼败诉案件由上年的${x2}件降至${y2}件，降幅${pct(x2 - y2, x2)}%。行政机关负责人出庭应诉率由${r1.toFixed(1)}%提高到${r2.toFixed(1)}%，提高${pp}个百分点。第三季度受理行政执法投诉${q3}件，第四季度受理${q4}件，环比增长${pct(q4 - q3, q3)}%。
办理法律援助案件${dup}件，比上年的${a5}件翻了一番；开展行政执法案卷评查${a5 * k5}卷，是上年${a5}卷的${k5}倍。全年办理行政执法案件${t6}件，其中适用简易程序${x6}件，占全部案件的${pct(x6, t6)}%。政务服务事项${t7}项中可全程网办${x7}项，全程网办事项所占比重为${pct(x7, t7, 2)}%。
全年安排法治建设专项经费${b8}万元，实际支出${s8}万元，预算执行率${pct(s8, b8)}%；上级下达普法补助资金${need9}万元，实际到位${got9}万元，到位率${pct(got9, need9)}%。组织${n10}名执法人员参加专业法律知识培训${renci}人次，累计${hours}学时，人均${avg}学时。
2025年共办理人民调解案件${b11}件，2024年为${a11}件，同比增长${pct(b11 - a11, a11)}%。与2024年的${a11 + 7}件相比，2025年接待群众来访${b11 + 7 + 15}件，同比增长${pct(b11 + 15 - a11, a11 + 7)}%。组织年度学法考试，应考${ying}人，实考${shi}人，合格${he}人，参考率、合格率分别为${pct(shi, ying)}%、${pct(he, shi)}%。
全年作出行政许可、行政处罚、行政检查决定分别为${f1}件、${f2}件、${f3}件，合计${fsum}件。受理各类矛盾纠纷${t12}件，其中涉及土地权属${s12a}件、婚姻家庭${s12b}件。行政复议纠错${same}件，与上年持平。辖区内超过三分之二的村（社区）配备了法律顾问，近九成的执法人员通过了年度考核，线上调解占比达到30%以上。`;
}

function build(i: number, o: Opts = {}): { text: string; format: Format } {
  const [org, short, kind] = WRITERS[i % WRITERS.length];
  const layout = i % 5;
  const planHead = o.fault === 'plan' ? '2025年工作思路' : PLAN_HEADS[i % 3];
  const planYear = o.fault === 'plan' ? '2025' : '2026';
  const p1Year = o.fault === 'year' ? '2024' : '2025';
  const p3inP1 = i % 2 === 1;
  const day = 5 + (i % 20);
  const title = `${org}2025年度法治政府建设情况报告`;
  const intro = `2025年，${short}在上级党委、政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，扎实推进依法行政，各项工作取得新进展。现将2025年度法治政府建设情况报告如下。`;
  const learn = `坚持把学习贯彻习近平法治思想作为首要政治任务，全年召开理论学习中心组法治专题学习${4 + (i % 5)}次，举办法治讲座${2 + (i % 3)}场。${o.fault === 'ph' ? '组织旁听庭审XX次。' : ''}`;
  const law = o.fault === 'punct' ? '严格执行《中华人民共和国行政处罚法》和《重大行政决策程序暂行条例，重大行政决策全部经过合法性审查。' : '严格执行《中华人民共和国行政处罚法》和《重大行政决策程序暂行条例》，重大行政决策全部经过合法性审查。';
  const figText = o.figs ? o.figs : figures(short, o);
  // a pipe table stays one block, and only Markdown reports carry one
  const figParas = figText.split(/\n(?!\|)/).map((x) => x.trim()).filter((x) => x !== '' && (layout === 2 || !x.startsWith('|')));
  const fig = { split: (_: string) => figParas };
  const p3 = `${LEADERS[kind]}切实履行推进法治建设第一责任人职责，年内${3 + (i % 4)}次主持研究法治政府建设工作，带头述法，将法治建设纳入年度绩效考核。`;
  const weak = `对照上级要求，还存在一些不足：一是部分干部运用法治思维解决问题的能力有待提升；二是基层法治宣传的针对性还不够强。原因主要是学习培训的系统性不足，基层法治工作力量相对薄弱。`;
  const plan = `${planYear}年，${short}将围绕法治政府建设目标任务，一是持续深化习近平法治思想学习宣传；二是严格规范公正文明执法；三是加强基层法治队伍建设，推动法治政府建设再上新台阶。`;
  const sign = `${org}\n2026年1月${day}日`;
  const meta0 = `[ 索引号 ] 1150${100 + i}/2026-000${10 + i}\n[ 发布机构 ] ${org}\n[ 成文日期 ] 2026-01-${String(day).padStart(2, '0')} [ 发布日期 ] 2026-01-${String(day + 2).padStart(2, '0')}`;
  const furn = `来源：${org}    发布时间：2026-01-${String(day + 3).padStart(2, '0')} 09:30    字号：[ 大 中 小 ]`;
  const tail = `【打印本页】 【关闭窗口】`;
  const parts = (h: (n: number, s: string) => string, sub: (n: number, s: string) => string, items = false) => {
    const b: string[] = [];
    b.push(h(1, `${p1Year}年度推进法治政府建设的主要举措和成效`));
    if (items) {
      b.push(`一是强化理论武装。${learn}二是规范行政决策。${law}三是以数据检验成效。${fig.split('\n')[0]}`);
      b.push(...fig.split('\n').slice(1));
    } else {
      b.push(sub(1, '深入学习贯彻习近平法治思想'), learn, sub(2, '严格规范行政决策和执法'), law, ...fig.split('\n'));
    }
    if (p3inP1 && items) b.push(`四是压实法治建设第一责任人职责。${p3}`);
    else if (p3inP1) b.push(sub(3, '压实法治建设第一责任人职责'), p3);
    let n = 2;
    if (!p3inP1) { b.push(h(n, '党政主要负责人履行推进法治建设第一责任人职责情况'), p3); n++; }
    b.push(h(n, '存在的不足和原因'), weak); n++;
    b.push(h(n, planHead), plan); n++;
    if (i % 4 === 0) b.push(h(n, '其他需要报告的情况'), '无。');
    return b;
  };
  const cn = ['', '一', '二', '三', '四', '五'];
  let body: string[]; let format: Format = 'text'; let head: string[] = [title];
  switch (layout) {
    case 0: head = [meta0, '', title]; body = parts((n, s) => `${cn[n]}、${s}`, (n, s) => `（${cn[n]}）${s}`); break;
    case 1: body = parts((n, s) => `${cn[n]}、${s}`, (n, s) => `（${cn[n]}）${s}`, true); break;
    case 2: {
      format = 'markdown'; head = [`# ${title}`];
      body = parts((n, s) => `## ${cn[n]}、${s}`, (n, s) => `### （${cn[n]}）${s}`);
      body.splice(3, 0, `| 指标 | 2024年 | 2025年 |\n| --- | --- | --- |\n| 行政复议决定（件） | ${40 + i} | ${46 + i} |\n| 合法性审查（件） | ${120 + i} | ${120 + i} |`);
      break;
    }
    case 3: head = [furn, '', title]; body = [...parts((n, s) => `${cn[n]}、${s}`, (n, s) => `（${cn[n]}）${s}`), '__TAIL__']; break;
    default: body = parts((n, s) => `第${cn[n]}部分　${s}`, (n, s) => `${n}.${s}`); break;
  }
  const lines = [...head, '', intro, '', ...body.filter((x) => x !== '__TAIL__').flatMap((x) => [x, '']), sign];
  if (layout === 3) lines.push('', tail);
  return { text: lines.join('\n') + '\n', format };
}

export const CASES: Case[] = [];
for (let i = 0; i < 30; i++) {
  const { text, format } = build(i);
  CASES.push({ id: `c${String(i + 1).padStart(2, '0')}`, text, format, models: MODELS });
}
const FAULTS: [string, string, string][] = [
  ['rate', 'consistent-rate', '由X件增至Y件，增幅p% with the last digit of p shifted by 4'],
  ['total', 'consistent-total', '分别为a件、b件、c件，合计 a+b+c+10 件'],
  ['plan', 'require-next-year-plan', 'plan heading 2025年工作思路 and body 2025年 in a 2025 report'],
  ['ph', 'no-placeholder', '组织旁听庭审XX次'],
  ['punct', 'no-unpaired-punctuation', '《重大行政决策程序暂行条例 without closing 》'],
  ['year', 'consistent-year', 'part 1 heading 2024年度推进… in a 2025 report'],
];
FAULTS.forEach(([f, rule, desc], k) => {
  const { text, format } = build(30 + k, { fault: f });
  CASES.push({ id: `d0${k + 1}`, text, format, expect: rule, fault: desc, models: MODELS });
});

/** second batch (x01–x12): further phrasings, labelled clean before their first run */
function figures2(short: string): string {
  const a = rnd(10, 30), b = a * 2; // 增长1倍 = 2×
  const p1 = rnd(300, 600), p0 = p1 + rnd(10, 80); // 减少, 下降
  const l1 = rnd(100, 300), c1 = rnd(40, 90);
  const l0 = l1 - rnd(5, 40), c0 = c1 - rnd(2, 20);
  const d0 = rnd(12, 20), d1 = d0 - rnd(3, 8); // 工作日压缩
  const r0 = rnd(850, 950), r1 = r0 - rnd(5, 30); // 比率下降，十分之一百分点
  const wan = rnd(12, 58); // 万人次 ×10
  const tot = rnd(2000, 4000), y25 = rnd(500, 900);
  const ce = rnd(20, 60), cs = ce - rnd(0, 3);
  return `${short}全年审查规范性文件${b}件，比上年的${a}件增长1倍；办理行政执法案件${p1}件，较2024年减少${p0 - p1}件，下降${pct(p0 - p1, p0)}%（2024年为${p0}件）。
行政许可和行政处罚案件分别为${l1}件、${c1}件，分别同比增长${pct(l1 - l0, l0)}%、${pct(c1 - c0, c0)}%（上年分别为${l0}件、${c0}件）。企业开办平均办理时限由${d0}个工作日压缩至${d1}个工作日，压缩${pct(d0 - d1, d0)}%。
行政复议案件调解率为${(r1 / 10).toFixed(1)}%，较上年的${(r0 / 10).toFixed(1)}%下降${((r0 - r1) / 10).toFixed(1)}个百分点，主要是受理案件类型变化所致。开展“法律明白人”培训，覆盖群众${(wan / 10).toFixed(1)}万人次，约占辖区常住人口的两成。
自2021年以来累计化解矛盾纠纷${tot}件，其中2025年化解${y25}件。全年办结信访事项1500余件，按期办结率保持在95%以上。组织执法资格考试，报名${ce}人，参考${cs}人，${cs === ce ? '参考率100%' : `参考率${pct(cs, ce)}%`}。
全年举办“宪法宣传周”“民法典宣传月”等主题活动${rnd(10, 30)}场次，发放宣传资料${rnd(2, 9)}000余份，第一季度至第四季度分别开展${rnd(3, 6)}次、${rnd(3, 6)}次、${rnd(3, 6)}次、${rnd(3, 6)}次普法下乡。`;
}
for (let j = 0; j < 12; j++) {
  const short = WRITERS[j % WRITERS.length][1];
  const { text, format } = build(40 + j, { figs: figures2(short) });
  CASES.push({ id: `x${String(j + 1).padStart(2, '0')}`, text, format, models: MODELS });
}

/** third batch (y01–y10): rounding-sensitive shares, decimals in 万元, carry-over, base in an earlier sentence */
function figures3(short: string, j: number): string {
  const a0 = rnd(300, 600), a1 = a0 + rnd(20, 90);
  const n = rnd(30, 60), s1 = n, s2 = n, s3 = n; // three equal shares: 33.3 ×3 = 99.9
  const t = s1 + s2 + s3;
  const m1 = rnd(50, 150), m2 = rnd(30, 90), m3 = rnd(10, 50); // tenths of 万元
  const w = (x: number) => `${Math.floor(x / 10)}.${x % 10}`;
  const bud = rnd(8000, 15000), spent = bud - rnd(100, 900); // hundredths of 万元
  const h = (x: number) => `${Math.floor(x / 100)}.${String(x % 100).padStart(2, '0')}`;
  const acc = rnd(200, 400), carry = rnd(10, 40), done = acc - 1 - (rnd(0, 1400) % 14);
  const up0 = rnd(600, 800), up1 = up0 + rnd(30, 150);
  const k0 = rnd(80, 200), k1 = Math.round(k0 * 1.25) + j % 3;
  const tb = [rnd(20, 60), rnd(100, 200), rnd(5, 15)];
  const tb1 = tb.map((x) => x + rnd(1, 12));
  const rows = ['行政复议', '合法性审查', '行政应诉'].map((r, i) => `| ${r} | ${tb[i]} | ${tb1[i]} | ${pct(tb1[i] - tb[i], tb[i])}% |`).join('\n');
  return `2024年，${short}共受理政务服务申请${a0}件。2025年受理${a1}件，同比增长${pct(a1 - a0, a0)}%。
全年办理法律咨询、人民调解、法律援助事项分别为${s1}件、${s2}件、${s3}件，分别占总数${t}件的${pct(s1, t)}%、${pct(s2, t)}%、${pct(s3, t)}%。
普法阵地、法律顾问、执法装备分别投入${w(m1)}万元、${w(m2)}万元、${w(m3)}万元，共计${w(m1 + m2 + m3)}万元；年度法治经费预算${h(bud)}万元，实际支出${h(spent)}万元，执行率${pct(spent, bud, 2)}%。
受理行政执法监督案件${acc}件（含上年结转${carry}件），审结${done}件，结案率${pct(done, acc)}%。行政执法公示信息${up1}条，较上年增加${up1 - up0}条，增幅为${pct(up1 - up0, up0)}%；办理行政裁决${k1}件，是上年的${pct(k1, k0)}%。

| 事项 | 2024年（件） | 2025年（件） | 增长率 |
| --- | --- | --- | --- |
${rows}`;
}
for (let j = 0; j < 10; j++) {
  const short = WRITERS[(60 + j) % WRITERS.length][1];
  const { text, format } = build(60 + j, { figs: figures3(short, j) });
  CASES.push({ id: `y${String(j + 1).padStart(2, '0')}`, text, format, models: MODELS });
}
