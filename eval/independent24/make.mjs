// eval/independent24: writes cases/ and cases.json. Every text is written anew (the tester's own words) on the layout
// and wording of the published report named in `source`; figures are invented and checked by hand. Traditional pages
// are written in simplified characters here and converted character by character with opencc-js (cn → tw), as a site's
// 繁體 button does. Run: NODE_PATH=/tmp/occ/node_modules node eval/independent24/make.mjs
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
let toTrad;
try {
  const O = require(process.env.OPENCC ?? '/tmp/occ/node_modules/opencc-js');
  toTrad = O.Converter({ from: 'cn', to: 'tw' });
} catch {
  throw new Error('opencc-js is needed (npm install opencc-js in /tmp/occ)');
}

const S = {
  xialu: 'http://www.xialuqu.gov.cn/zwgk/fdzdgknr/qtzdgknr/fzzfjsndbg/202602/t20260206_1307196.html',
  jinghai: 'http://www.tjjh.gov.cn/jhqzf/zwgk_28985/zfxxgk_qzf1/qzf1/fdzdgknr2/qtfdgkxx2/202403/t20240328_6583952.html',
  jinghai20: 'http://www.tjjh.gov.cn/jhqzf/zwgk_28985/gzbg/202103/t20210329_5396867.html',
  yanta: 'http://www.yanta.gov.cn/xxgk/zdxxgk/fzzfjs/fzjs/2000745032788254721.html',
  changyanbao: 'http://www.yanta.gov.cn/xxgk/zdxxgk/fzzfjs/fzjs/2013177503296303105.html',
  beicheng: 'http://xxgk.sxgp.gov.cn/xzjd/gpbcb/fdzdgknr/gzdt/202602/t20260203_2317052.shtml',
  dazhong: 'http://www.dafeng.gov.cn/art/2026/2/24/art_25005_4405568.html',
  gulou: 'https://www.bjmy.gov.cn/zwgk/zfxxgk/fdzdgknr/qt/202602/t20260213_531006.html',
  xizhu: 'http://www.kmwh.gov.cn/c/2026-02-03/7104348.shtml',
  caotan: 'http://www.weiyang.gov.cn/ztzl/fzzfjs/ndfzjsqkbg/1888866929421656065.html',
  zhongliang: 'http://cqjlp.gov.cn/zwgk_251/zfxxgkml_1/fzzfjsndbg/xzjd_65462/zlsjd_65470/202602/t20260205_15385480.html',
  tongmu: 'http://admin.yzcity.gov.cn:8888/nyx/fzzfjs/202403/7467b23e545c43b8b6b44a64ab4a399e.shtml',
  lizi: 'http://www.cqfd.gov.cn/zwgk_200/zfxxgkml/fzzfjsbg/xzjd/202602/t20260210_15418039.html',
  zhongcun: 'https://ynlf.gov.cn/info/4078/201534.htm',
  taianscj: 'http://scjgj.taian.gov.cn/art/2025/2/26/art_48383_10307655.html',
  shaanxisft: 'https://sft.shaanxi.gov.cn/zfxxgk/gsgg/202503/t20250321_3464923.html',
  shandongsft: 'http://sft.shandong.gov.cn/articles/ch04216/202402/bcdd1b5b-ebbc-44bb-a3fc-dfcf3523dde9.shtml',
  shanxisft: 'http://sft.shanxi.gov.cn/qmyfzs/fzzfndbg/202503/t20250328_9797856.html',
  xmsfj: 'http://sf.xm.gov.cn/ztzl/yfxz/ndbg/202503/t20250318_2922650.htm',
  jssft: 'https://sft.jiangsu.gov.cn/art/2025/3/31/art_74363_11530544.html',
  fl: 'http://fl.gov.cn/jz/dmx/zwgk_47234/zfxxgkml/fzzfjsndbgg1/202301/t20230111_11487872.html',
  lieshan: 'https://www.lieshan.gov.cn/zwgk/public/198/64851798.html',
};

const N = (y) => y + 1;

// ---------------------------------------------------------------------------------------------------------------
// Bodies. Each returns lines (simplified). y = report year. Figures are consistent in the clean text.

/** A county government, the five parts as the regulation words them (下陆区/静海区 layout). */
function county(y, name, o = {}) {
  const Y = y, P = N(y);
  return [
    `${Y}年，${name}坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，围绕全县中心工作，扎实推进法治政府建设各项任务。现将有关情况报告如下：`,
    `一、${Y}年推进法治政府建设的主要举措和成效`,
    `（一）依法全面履行政府职能。动态调整县级权责清单，保留行政权力事项2816项。深化“放管服”改革，政务服务事项网上可办率达98%以上，全年办理各类政务服务事项18.6万件。`,
    `（二）完善依法行政制度体系。严格规范性文件合法性审核，全年审核县政府规范性文件14件，均按规定报送备案，备案审查率100%。组织清理规范性文件56件，废止7件、修改3件。`,
    `（三）推进严格规范公正文明执法。全面落实行政执法“三项制度”，全县行政执法机关共办理行政处罚案件1462件，其中简易程序案件583件、普通程序案件879件。开展行政执法案卷评查，抽查案卷120卷，优秀案卷37卷。`,
    `（四）依法化解社会矛盾纠纷。全县各级人民调解组织共调解矛盾纠纷2145件，调解成功2108件，调解成功率98.3%。县行政复议机构全年新收行政复议申请96件，审结89件。`,
    `（五）强化行政权力制约和监督。坚持政务公开常态化，全年主动公开政府信息3670条。行政机关负责人出庭应诉案件41件，出庭应诉率100%。`,
    `二、${Y}年推进法治政府建设存在的不足和原因`,
    `一是少数部门运用法治思维推动工作的意识还不够强；二是基层执法人员专业能力与综合执法改革要求还有差距；三是法治宣传的针对性和实效性有待提升。究其原因，主要是学法用法制度落实还不够严格，执法培训的系统性不足。`,
    `三、${Y}年党政主要负责人履行推进法治建设第一责任人职责情况`,
    `县委、县政府主要负责同志认真履行推进法治建设第一责任人职责，主持召开县委常委会会议、县政府常务会议专题研究法治政府建设工作6次，带头开展年度述法，对重大行政决策、重要文件合法性审核作出批示12次。`,
    `四、${P}年推进法治政府建设的主要安排`,
    `${P}年，我县将以习近平法治思想为指导，重点抓好以下工作：一是持续深化“放管服”改革，优化法治化营商环境；二是健全行政执法协调监督工作体系，提升执法质量；三是深化矛盾纠纷多元化解，推动行政复议主渠道作用发挥；四是压紧压实法治建设责任，抓好领导干部应知应会法律法规学习。`,
    `五、其他需要报告的情况`,
    `无。`,
  ];
}

/** A township, duty part first, 一是/二是 items (长延堡街道 / 区政府办 layout). */
function township(y, name, o = {}) {
  const Y = y, P = N(y);
  return [
    `${Y}年，${name}在县委、县政府的坚强领导下，坚持以习近平法治思想为指导，紧扣基层治理实际，扎实推进依法行政。现将${Y}年度法治政府建设工作情况报告如下：`,
    `一、党政主要负责人履行推进法治建设第一责任人职责情况`,
    `乡党委书记、乡长切实履行推进法治建设第一责任人职责，做到重要工作亲自部署、重大问题亲自过问。全年召开党委会专题研究法治建设工作4次，党委理论学习中心组集中学法8次，乡长带头在村“两委”干部培训会上讲授法治课1次。`,
    `二、${Y}年度推进法治政府建设的主要举措和成效`,
    `（一）规范决策行为。一是落实重大事项集体决策制度，全年提交党委会、乡长办公会集体研究事项47项；二是发挥法律顾问作用，审查合同18份、提出法律意见26条；三是严格规范性文件管理，全年未制发行政规范性文件。`,
    `（二）推进基层依法治理。一是深化“民主法治示范村”创建，全乡9个行政村中已有4个获评县级示范村；二是培育“法律明白人”63名，实现每个村民小组至少1名；三是建立矛盾纠纷排查台账，全年排查化解矛盾纠纷138件，化解136件，化解率98.6%。`,
    `（三）加强法治宣传教育。一是围绕宪法、民法典开展集中宣传12场次，发放宣传资料3200余份；二是依托赶集日设立“法律咨询台”，解答群众法律咨询215人次。`,
    `三、存在的问题和不足`,
    `一是干部学法的自觉性还不够高，以会代学的情况仍然存在；二是村级调解组织力量薄弱，个别调解员业务能力不足；三是法治宣传形式较为单一。`,
    `四、${P}年工作计划`,
    `${P}年，我乡将着重做好以下几方面工作：一是健全学法用法长效机制，推动领导干部述法常态化；二是充实村级人民调解员队伍，开展调解业务培训不少于2次；三是创新普法宣传形式，打造1个法治文化阵地。`,
    `五、其他需要报告的情况`,
    `本年度无其他需要报告的情况。`,
  ];
}

/** A street office: 1. 2. straight under 一、 (house style), merged 不足及打算 (鼓楼街道 / 北城街 layout). */
function street(y, name, o = {}) {
  const Y = y, P = N(y);
  return [
    `${Y}年，${name}深入学习贯彻习近平法治思想，全面落实区委、区政府关于法治政府建设的工作部署，将法治建设与街道中心工作深度融合。现将本年度工作情况、存在不足及下一步安排报告如下：`,
    `一、${Y}年推进法治政府建设总体情况`,
    `1. 压实法治建设责任。街道党工委书记、办事处主任认真履行推进法治建设第一责任人职责，全年主持召开党工委会议专题研究法治工作5次，带头参加区级述法评议。`,
    `2. 规范行政执法行为。严格落实行政执法“三项制度”，全年办理综合执法案件214件，重大执法决定法制审核32件，执法全过程记录实现全覆盖。`,
    `3. 深化基层依法治理。健全“街道—社区—网格”三级调解网络，全年排查矛盾纠纷391件，化解376件，化解率96.2%。完成“民主法治示范社区”创建2个。`,
    `4. 提升政务服务水平。街道便民服务中心全年受理各类事项8640件，办结8640件，群众满意率保持在99%以上。`,
    `二、存在的不足及${P}年工作打算`,
    `街道法治建设仍存在一些短板：执法人员数量与辖区体量不相匹配，部分社区法律顾问作用发挥不够充分。${P}年，街道将进一步充实综合执法力量，完善社区法律顾问工作考核，持续开展“法治体检进企业”活动，推动基层治理法治化水平再上新台阶。`,
    `三、其他需要报告的情况`,
    `无。`,
  ];
}

/** A department (市场监管局), topical headings, duty as a sub-heading, plan 工作思路 (泰安市场监管局 layout). */
function dept(y, name, o = {}) {
  const Y = y, P = N(y);
  return [
    `${Y}年，${name}在市委、市政府的坚强领导下，坚持法治为本理念，持续优化法治化营商环境，市场监管法治化建设取得新成效。现将有关情况报告如下：`,
    `一、主要举措和成效`,
    `（一）强化组织领导。局党组书记、局长认真履行推进法治建设第一责任人职责，全年主持召开党组会专题研究法治工作5次，坚持会前学法制度，组织党组会前学法11次。`,
    `（二）推进包容审慎监管。推行“首违不罚”“轻微免罚”清单，全年依法不予处罚案件294件，从轻减轻处罚案件226件。`,
    `（三）规范行政执法。全年共查办各类违法案件1268件，其中食品安全案件412件、特种设备案件86件、价格监督案件153件、知识产权案件217件，罚没款2340.6万元。`,
    `（四）化解消费纠纷。全年受理消费者投诉举报25810件，办结25604件，办结率99.2%，为消费者挽回经济损失1186.3万元。`,
    `二、存在的问题`,
    `一是基层执法力量相对不足，执法人员专业结构有待优化；二是新业态新领域监管的法律依据还不够完善，执法办案中疑难问题较多。`,
    `三、${P}年工作思路`,
    `${P}年，我局将坚持以习近平法治思想为指导，一是深化“双随机、一公开”监管，推进跨部门综合监管；二是加强执法人员分级分类培训；三是健全行政执法监督机制，开展案卷评查两次以上。`,
    `四、其他需要报告的事项`,
    `无。`,
  ];
}

/** A provincial 司法厅: topical parts, the duty inside the first part (陕西/山西省司法厅 layout). */
function provdept(y, name, o = {}) {
  const Y = y, P = N(y);
  return [
    `${Y}年，${name}坚持以习近平新时代中国特色社会主义思想为指导，深入践行习近平法治思想，紧紧围绕《法治政府建设实施纲要（2021—2025年）》要求，加快推进司法行政系统法治政府建设。现将有关情况报告如下：`,
    `一、${Y}年主要工作情况`,
    `（一）坚持党的全面领导，健全法治政府建设推进机制。厅党委把研究部署法治建设纳入重要议事日程，厅主要负责同志认真履行推进法治建设第一责任人职责，全年主持召开厅党委会研究法治建设议题9次，带头开展专题述法。`,
    `（二）完善依法行政制度体系。全年完成法规规章草案审查项目32项，审核省政府行政规范性文件13件，审核省政府重大行政决策、合作协议等259件。`,
    `（三）推进严格规范公正文明执法。组织开展行政执法案卷评查，抽查全省执法案卷1500卷，评出优秀案卷210卷，优秀率14.0%。`,
    `（四）发挥行政复议化解行政争议主渠道作用。全省各级行政复议机构新收行政复议案件18642件，审结17215件，其中调解和解结案4133件。`,
    `二、存在的问题和不足`,
    `对照新形势新要求，全省法治政府建设仍存在一些薄弱环节：基层行政执法规范化水平参差不齐，乡镇（街道）合法性审核力量不足，行政复议案件增长较快而办案人员配备相对不足。`,
    `三、${P}年工作安排`,
    `${P}年，我厅将持续深化法治政府建设：一是推动出台年度立法工作计划，提高立法质量；二是全面提升行政执法质量；三是推进行政复议规范化建设；四是深化法治政府建设示范创建。`,
    `四、其他需要报告的情况`,
    `无。`,
  ];
}

/** A district government addressed to the city, signature and date at the end (烈山区 joint report layout). */
function district(y, name, o = {}) {
  const Y = y, P = N(y);
  const sign = o.sign ?? name;
  return [
    `市委、市政府：`,
    `${Y}年，${name}在市委、市政府和区委的坚强领导下，全面贯彻落实党的二十大和二十届历次全会精神，深入践行习近平法治思想，法治政府建设取得积极成效。现将${Y}年度法治政府建设情况报告如下：`,
    `一、${Y}年度推进法治政府建设的主要举措和成效`,
    `（一）健全政府机构职能体系。全面实行权责清单制度，动态调整区级部门权责事项4021项。深化“一网通办”，全年网上办件31.2万件。`,
    `（二）推进行政决策科学化民主化法治化。严格落实重大行政决策程序，全年纳入目录管理的重大行政决策事项6项，均经过公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。`,
    `（三）健全矛盾纠纷化解体系。全区共受理法律援助案件236件，其中刑事案件98件、民事案件131件、行政案件7件。行政复议机构受理案件72件，审结68件，审结率94.4%。`,
    `二、${Y}年度党政主要负责人履行推进法治建设第一责任人职责情况`,
    `区委、区政府主要负责同志坚持把法治政府建设摆在全局工作的突出位置，区委书记主持召开区委全面依法治区委员会会议2次，区长主持召开区政府常务会议会前学法10次，带头履行推进法治建设第一责任人职责。`,
    `三、${Y}年度推进法治政府建设存在的不足和原因`,
    `一是法治政府建设的统筹推进还不够平衡，部分部门重业务轻法治；二是行政执法队伍素质与新形势要求还有差距。`,
    `四、${P}年度推进法治政府建设的主要安排`,
    `${P}年，区政府将重点做好以下工作：（一）深入学习贯彻习近平法治思想；（二）持续优化法治化营商环境；（三）全面提升行政执法质量；（四）加强行政权力制约和监督。`,
    `五、其他需要报告的情况`,
    `无。`,
    ``,
    `${sign}`,
    `${P}年2月20日`,
  ];
}

const BODIES = { county, township, street, dept, provdept, district };

// ---------------------------------------------------------------------------------------------------------------
// Cases

const cases = [];
/**
 * add one case.
 * kind: a | b | c | d; body lines (simplified); head: lines before the body (title, metadata); mutate: [from, to] on
 * the final simplified text (must occur once); mark: a substring of the final text whose line is the expected line.
 */
function add(c) {
  cases.push(c);
}

function title(y, issuer, genre = '法治政府建设情况报告') {
  return `${issuer}${y}年度${genre}`;
}

// (a) whole reports, text and Markdown ---------------------------------------------------------------------------
const A = [
  { id: 'a01', body: 'county', y: 2025, issuer: '宜都县', src: S.xialu, meta: ['索引号：11420200MB1234567X/2026-00012 发布机构：宜都县人民政府办公室 成文日期：2026-02-10 发布日期：2026-02-14'] },
  { id: 'a02', body: 'township', y: 2025, issuer: '龙盘乡人民政府', src: S.tongmu, head: (y, t) => [t, ''], n: '龙盘乡' },
  { id: 'a03', body: 'street', y: 2025, issuer: '果岭街道办事处', src: S.gulou, head: (y, t) => [t] },
  { id: 'a04', body: 'dept', y: 2024, issuer: '泰宁市市场监督管理局', src: S.taianscj, pre: ['泰市监字〔2025〕8号', ''], meta: ['', '市人民政府：'] },
  { id: 'a05', body: 'provdept', y: 2024, issuer: '陕北省司法厅', src: S.shaanxisft, n: '省司法厅', t: '陕北省司法厅2024年法治政府建设情况报告', meta: ['发布时间：2025-03-21 10:12:33 来源：省司法厅'] },
  { id: 'a06', body: 'district', y: 2025, issuer: '中共烈阳区委 烈阳区人民政府', src: S.lieshan, n: '烈阳区', t: '中共烈阳区委 烈阳区人民政府关于2025年度法治政府建设情况的报告', head: (y, t) => [t, ''] },
  { id: 'a07', body: 'county', y: 2023, issuer: '清河县人民政府', n: '清河县', src: S.jinghai, md: true, bold: true },
  { id: 'a08', body: 'township', y: 2024, issuer: '栗园乡人民政府', n: '栗园乡', src: S.lizi, md: true },
  { id: 'a09', body: 'street', y: 2024, issuer: '草湾街道', n: '草湾街道', src: S.caotan, md: true },
  { id: 'a10', body: 'dept', y: 2025, issuer: '临海市市场监督管理局', n: '市局', src: S.taianscj, md: true, bold: true },
  // faults
  { id: 'a11', body: 'county', y: 2025, issuer: '永平县', src: S.xialu, expect: 'require-next-year-plan', sev: 'error', fault: 'plan heading and lead with the report year',
    mutate: [['四、2026年推进法治政府建设的主要安排', '四、2025年推进法治政府建设的主要安排'], ['2026年，我县将以习近平', '2025年，我县将以习近平']], mark: '四、2025年推进法治政府建设的主要安排' },
  { id: 'a12', body: 'district', y: 2024, issuer: '中共青山区委 青山区人民政府', n: '青山区', t: '中共青山区委 青山区人民政府关于2024年度法治政府建设情况的报告', src: S.lieshan, expect: 'consistent-total', sev: 'error', fault: '其中 parts 98+141+7=246 over 236',
    mutate: [['民事案件131件', '民事案件141件']], mark: '民事案件141件' },
  { id: 'a13', body: 'township', y: 2025, issuer: '石门镇人民政府', n: '石门镇', src: S.tongmu, md: true, expect: 'no-placeholder', sev: 'error', fault: 'XX个 村',
    mutate: [['全乡9个行政村中已有4个', '全镇XX个行政村中已有4个']], mark: 'XX个' },
  { id: 'a14', body: 'dept', y: 2025, issuer: '东平县市场监督管理局', n: '县局', src: S.taianscj, expect: 'consistent-numbering', sev: 'warn', fault: '（一）（二）（三）（五）',
    mutate: [['（四）化解消费纠纷', '（五）化解消费纠纷']], mark: '（五）化解消费纠纷' },
  { id: 'a15', body: 'street', y: 2025, issuer: '北关街道办事处', n: '北关街道', src: S.beicheng, md: true, expect: 'consistent-rate', sev: 'warn', fault: '376/391 = 96.2%, written 97.2%',
    mutate: [['化解率96.2%', '化解率97.2%']], mark: '化解率97.2%' },
];

// (b) openings cut mid-sentence ------------------------------------------------------------------------------
// cut: the substring at which the text stops (kept up to and including it).
const B = [
  { id: 'b01', body: 'county', y: 2025, issuer: '宜都县', src: S.xialu, cut: '全年办理各类政务服务事项18.6', meta: ['发布时间：2026-02-06 来源：县司法局'] },
  { id: 'b02', body: 'township', y: 2025, issuer: '龙盘乡人民政府', n: '龙盘乡', src: S.tongmu, cut: '全年召开党委会专题研究法治建设工作4次，党委理论学习中心组集中学法8次，乡长带头在村“两委”干部' },
  { id: 'b03', body: 'street', y: 2025, issuer: '中岭街道', n: '中岭街道', src: S.zhongliang, cut: '全年办理综合执法案件214件，重大执法决定法制' , meta: ['[ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-05'] },
  { id: 'b04', body: 'dept', y: 2024, issuer: '泰宁市市场监督管理局', src: S.taianscj, cut: '推行“首违不罚”“轻微免罚”清单，全年依法不予处罚' },
  { id: 'b05', body: 'provdept', y: 2024, issuer: '陕北省司法厅', n: '省司法厅', t: '陕北省司法厅2024年法治政府建设情况报告', src: S.shaanxisft, cut: '（二）完善依法行政制度体系。全年完成法规规章草案审查项目32项，审核省政府行政规范性文件13件，审核省' },
  { id: 'b06', body: 'district', y: 2025, issuer: '中共烈阳区委 烈阳区人民政府', n: '烈阳区', t: '中共烈阳区委 烈阳区人民政府关于2025年度法治政府建设情况的报告', src: S.lieshan, cut: '一、2025年度推进法治政府建设的主要举措和成效', meta: ['信息来源：区司法局 发布时间：2026-03-10 浏览次数：'] },
  { id: 'b07', body: 'county', y: 2022, issuer: '静安县', src: S.jinghai20, cut: '全面落实行政执法“三项制度”，全县行政执法机关共办理行政处罚案件1462件，其中简易程序案件583件、普通程序案件879件。开展行政执法案卷评查，抽查案卷120卷，优秀案卷37卷。\n（四）依法化解社会矛盾纠纷。全县各级人民调解组织共调解矛盾纠纷2145件，调解成功2108件，调解成功率98.3%。县行政复议机构全年新收行政复议申请96件，审结89' },
  { id: 'b08', body: 'township', y: 2023, issuer: '桐溪瑶族乡人民政府', n: '桐溪瑶族乡', src: S.tongmu, md: true, cut: '（二）推进基层依法治理。一是深化“民主法治示范村”创建，全乡9个' },
  { id: 'b09', body: 'street', y: 2024, issuer: '长宁街道', n: '长宁街道', src: S.changyanbao, md: true, cut: '街道党工委书记、办事处主任认真履行推进法治建设第一责任人职责，全年主持召开党工委会议专题研究法治工作5次，带头参加区级述' },
  { id: 'b10', body: 'dept', y: 2025, issuer: '临海市市场监督管理局', n: '市局', src: S.taianscj, cut: '（三）规范行政执法。全年共查办各类违法案件1268件，其中食品安全案件412件、特种设备案件86件、价格监督案件153件、知识产权' },
  // faults in the visible text
  { id: 'b11', body: 'county', y: 2025, issuer: '云溪县', src: S.xialu, cut: '全年审核县政府规范性文件14件，均按规定报送备案', expect: 'consistent-year', sev: 'error', fault: 'opening names last year',
    mutate: [['2025年，云溪县坚持以习近平', '2024年，云溪县坚持以习近平']], mark: '2024年，云溪县坚持' },
  { id: 'b12', body: 'township', y: 2025, issuer: '白沙镇人民政府', n: '白沙镇', src: S.zhongcun, cut: '二是发挥法律顾问作用，审查合同18份、提出法律', expect: 'require-fullwidth-punctuation', sev: 'warn', fault: 'half-width comma in the duty paragraph',
    mutate: [['做到重要工作亲自部署、重大问题亲自过问。', '做到重要工作亲自部署,重大问题亲自过问。']], mark: '亲自部署,重大' },
  { id: 'b13', body: 'street', y: 2025, issuer: '西翠街道办事处', n: '西翠街道', src: S.xizhu, cut: '健全“街道—社区—网格”三级调解网络，全年排查矛盾纠纷391件，化解376件，化解率95.2%。完成“民主法治示范', expect: 'consistent-rate', sev: 'warn', fault: '376/391 = 96.2%, written 95.2%',
    mutate: [['化解率96.2%', '化解率95.2%']], mark: '化解率95.2%' },
  { id: 'b14', body: 'dept', y: 2024, issuer: '岱山市市场监督管理局', src: S.taianscj, cut: '推行“首违不罚”“轻微免罚”清单，全年依法不予处罚案件294件，从轻减轻', meta: ['发布日期：2025-05-14'], expect: 'no-late-publication', sev: 'error', fault: 'published 14 May', mark: '发布日期：2025-05-14' },
  { id: 'b15', body: 'district', y: 2025, issuer: '中共东湖区委 东湖区人民政府', n: '东湖区', t: '中共东湖区委 东湖区人民政府关于2025年度法治政府建设情况的报告', src: S.lieshan, cut: '（二）推进行政决策科学化民主化法治化。严格落实重大行政决策程序，全年纳入目录', expect: 'no-unpaired-punctuation', sev: 'error', fault: '“一网通办 never closed, in a paragraph before the cut',
    mutate: [['深化“一网通办”，全年网上办件', '深化“一网通办，全年网上办件']], mark: '深化“一网通办，' },
];

// (c) traditional pages --------------------------------------------------------------------------------------
const C = [
  { id: 'c01', body: 'county', y: 2025, issuer: '宜都县', src: S.jinghai, meta: ['无障碍 简体 | 繁体', '来源：县司法局 发布时间：2026-03-02'] },
  { id: 'c02', body: 'township', y: 2025, issuer: '龙盘乡人民政府', n: '龙盘乡', src: S.tongmu },
  { id: 'c03', body: 'street', y: 2025, issuer: '果岭街道办事处', n: '果岭街道', src: S.gulou, meta: ['发布日期：2026-02-13'] },
  { id: 'c04', body: 'dept', y: 2024, issuer: '泰宁市市场监督管理局', src: S.taianscj },
  { id: 'c05', body: 'provdept', y: 2024, issuer: '陕北省司法厅', n: '省司法厅', t: '陕北省司法厅2024年法治政府建设情况报告', src: S.shaanxisft, meta: ['发布时间：2025-03-21'] },
  { id: 'c06', body: 'district', y: 2025, issuer: '中共烈阳区委 烈阳区人民政府', n: '烈阳区', t: '中共烈阳区委 烈阳区人民政府关于2025年度法治政府建设情况的报告', src: S.lieshan },
  { id: 'c07', body: 'county', y: 2023, issuer: '静海县', src: S.jinghai, md: true },
  { id: 'c08', body: 'street', y: 2024, issuer: '草湾街道', n: '草湾街道', src: S.caotan, cut: '3. 深化基层依法治理。健全“街道—社区—网格”三级调解网络，全年排查' },
  { id: 'c09', body: 'township', y: 2024, issuer: '中村乡人民政府', n: '中村乡', src: S.zhongcun, flat: true },
  { id: 'c10', body: 'dept', y: 2025, issuer: '临海市市场监督管理局', n: '市局', src: S.taianscj, crumbs: true },
  // faults
  { id: 'c11', body: 'county', y: 2025, issuer: '永宁县', src: S.jinghai, expect: 'require-sections', sev: 'error', fault: 'part 2 (不足) removed',
    drop: ['二、2025年推进法治政府建设存在的不足和原因', '一是少数部门运用法治思维'], mark: 'TITLE' },
  { id: 'c12', body: 'township', y: 2025, issuer: '青龙乡人民政府', n: '青龙乡', src: S.tongmu, expect: 'require-next-year-plan', sev: 'warn', fault: 'plan with 下一步 only',
    mutate: [['四、2026年工作计划', '四、下一步工作计划'], ['2026年，我乡将着重做好以下几方面工作', '下一步，我乡将着重做好以下几方面工作']], mark: '四、下一步工作计划' },
  { id: 'c13', body: 'dept', y: 2025, issuer: '宁远县市场监督管理局', n: '县局', src: S.taianscj, expect: 'consistent-total', sev: 'error', fault: '其中 parts 412+86+153+717 = 1368 over 1268',
    mutate: [['知识产权案件217件', '知识产权案件717件']], mark: '知识产权案件717件' },
  { id: 'c14', body: 'provdept', y: 2025, issuer: '晋北省司法厅', n: '省司法厅', t: '晋北省司法厅2025年法治政府建设情况报告', src: S.shanxisft, expect: 'valid-law-title', sev: 'warn', fault: '《中华人民共和国行政复议条例》 for 行政复议法',
    mutate: [['发挥行政复议化解行政争议主渠道作用。全省', '发挥行政复议化解行政争议主渠道作用。深入贯彻《中华人民共和国行政复议条例》，全省']], mark: '《中华人民共和国行政复议条例》' },
  { id: 'c15', body: 'district', y: 2025, issuer: '中共南岗区委 南岗区人民政府', n: '南岗区', t: '中共南岗区委 南岗区人民政府关于2025年度法治政府建设情况的报告', src: S.lieshan, expect: 'consistent-year', sev: 'error', fault: 'look-back heading with last year',
    mutate: [['一、2025年度推进法治政府建设的主要举措和成效', '一、2024年度推进法治政府建设的主要举措和成效']], mark: '一、2024年度推进' },
];

// (d) flattened pages and pages with breadcrumbs/share widgets ----------------------------------------------
const D = [
  { id: 'd01', body: 'county', y: 2025, issuer: '宜都县', src: S.xialu, flat: true, meta: ['发布时间：2026-02-06'] },
  { id: 'd02', body: 'township', y: 2025, issuer: '龙盘乡人民政府', n: '龙盘乡', src: S.tongmu, flat: true },
  { id: 'd03', body: 'street', y: 2025, issuer: '大丰街道', n: '大丰街道', src: S.dazhong, flat: true, flatTitle: true },
  { id: 'd04', body: 'dept', y: 2024, issuer: '泰宁市市场监督管理局', src: S.taianscj, flat: true },
  { id: 'd05', body: 'provdept', y: 2024, issuer: '齐鲁省司法厅', n: '省司法厅', t: '齐鲁省司法厅2024年法治政府建设情况报告', src: S.shandongsft, crumbs: true },
  { id: 'd06', body: 'district', y: 2025, issuer: '中共烈阳区委 烈阳区人民政府', n: '烈阳区', t: '中共烈阳区委 烈阳区人民政府关于2025年度法治政府建设情况的报告', src: S.lieshan, crumbs: true },
  { id: 'd07', body: 'county', y: 2024, issuer: '静水县', src: S.jinghai, crumbs: true },
  { id: 'd08', body: 'township', y: 2025, issuer: '栗园乡人民政府', n: '栗园乡', src: S.lizi, crumbs: true },
  { id: 'd09', body: 'street', y: 2025, issuer: '鼓岭街道办事处', n: '鼓岭街道', src: S.gulou, crumbs: true },
  { id: 'd10', body: 'dept', y: 2025, issuer: '厦岭市司法局', n: '市司法局', src: S.xmsfj, crumbs: true, flat: true },
  // faults
  { id: 'd11', body: 'county', y: 2025, issuer: '安远县', src: S.xialu, flat: true, expect: 'require-sections', sev: 'error', fault: 'part 3 removed, no mention of the duty',
    drop: ['三、2025年党政主要负责人履行推进法治建设第一责任人职责情况', '县委、县政府主要负责同志认真履行'], mark: 'TITLE' },
  { id: 'd12', body: 'township', y: 2025, issuer: '桃源镇人民政府', n: '桃源镇', src: S.tongmu, flat: true, expect: 'no-sensitive-data', sev: 'error', fault: 'a mobile number in the text',
    mutate: [['解答群众法律咨询215人次。', '解答群众法律咨询215人次，咨询联系人李某某，电话13907754321。']], mark: '13907754321' },
  { id: 'd13', body: 'district', y: 2025, issuer: '中共西城区委 西城区人民政府', n: '西城区', t: '中共西城区委 西城区人民政府关于2025年度法治政府建设情况的报告', src: S.lieshan, crumbs: true, expect: 'no-late-publication', sev: 'error', fault: 'signed 20 March (county level, due 1 March)',
    mutate: [['2026年2月20日', '2026年3月20日']], mark: '2026年3月20日' },
  { id: 'd14', body: 'street', y: 2025, issuer: '南河街道办事处', n: '南河街道', src: S.beicheng, crumbs: true, expect: 'require-next-year-plan', sev: 'error', fault: 'plan year 2027 in a 2025 report',
    mutate: [['二、存在的不足及2026年工作打算', '二、存在的不足及2027年工作打算'], ['2026年，街道将进一步', '2027年，街道将进一步']], mark: '二、存在的不足及2027年工作打算' },
  { id: 'd15', body: 'dept', y: 2025, issuer: '厦岭市司法局', n: '市司法局', src: S.xmsfj, crumbs: true, expect: 'no-placeholder', sev: 'error', fault: '*次',
    mutate: [['全年主持召开党组会专题研究法治工作5次', '全年主持召开党组会专题研究法治工作*次']], mark: '工作*次' },
];

// ---------------------------------------------------------------------------------------------------------------
// Assembly

const CRUMBS = (y) => [
  `当前位置:首页 > 政务公开 > 法定主动公开内容 > 法治政府建设年度报告`,
  `【字体：大 中 小】  打印本页  关闭窗口`,
  `分享到：微信 微博 QQ空间`,
];
const TAIL_CRUMBS = ['扫一扫在手机打开当前页', '上一篇：关于开展2026年度“八五”普法总结验收的通知', '下一篇：无'];

function build(c, kind) {
  const y = c.y;
  const issuer = c.issuer;
  const n = c.n ?? issuer.replace(/人民政府$/, '');
  const t = c.t ?? title(y, issuer);
  let body = BODIES[c.body](y, n, { sign: issuer });
  // the body's words adapted to the issuer
  if (c.body === 'township' && /镇/.test(n)) body = body.map((l) => l.replace(/乡党委书记、乡长/g, '镇党委书记、镇长').replace(/我乡/g, '我镇').replace(/乡长办公会/g, '镇长办公会').replace(/乡长带头/g, '镇长带头'));
  if (c.body === 'provdept' && /司法局/.test(n)) body = body.map((l) => l.replace(/厅/g, '局'));
  if (c.body === 'dept' && /司法局/.test(issuer)) {
    body = body.map((l) => l
      .replace('坚持法治为本理念，持续优化法治化营商环境，市场监管法治化建设取得新成效', '统筹推进全面依法治市和司法行政工作，本局法治政府建设取得新进展')
      .replace('（二）推进包容审慎监管。推行“首违不罚”“轻微免罚”清单，全年依法不予处罚案件294件，从轻减轻处罚案件226件。', '（二）推动审批服务提质增效。局驻市政务服务中心窗口全年办理各类业务2329件，主动公开行政许可决定书1766份。')
      .replace('（三）规范行政执法。全年共查办各类违法案件1268件，其中食品安全案件412件、特种设备案件86件、价格监督案件153件、知识产权案件217件，罚没款2340.6万元。', '（三）加强法律服务行业监管。全年开展律师事务所、司法鉴定机构“双随机”抽查46家次，办理投诉38件，均依法作出处理。')
      .replace('（四）化解消费纠纷。全年受理消费者投诉举报25810件，办结25604件，办结率99.2%，为消费者挽回经济损失1186.3万元。', '（四）做优公共法律服务。全市公共法律服务平台全年提供法律咨询5.6万人次，办理法律援助案件3120件，受援群众满意率98%以上。')
      .replace('一是基层执法力量相对不足，执法人员专业结构有待优化；二是新业态新领域监管的法律依据还不够完善，执法办案中疑难问题较多。', '一是法治督察的刚性约束还需加强；二是公共法律服务资源在城乡之间分布仍不均衡。')
      .replace('一是深化“双随机、一公开”监管，推进跨部门综合监管；二是加强执法人员分级分类培训；三是健全行政执法监督机制，开展案卷评查两次以上。', '一是统筹推进法治督察和述法工作；二是完善覆盖城乡的公共法律服务体系；三是加强行政执法协调监督工作体系建设。'));
  }
  let text = body.join('\n');
  // drops: remove the lines starting with these prefixes
  if (c.drop) {
    const lines = text.split('\n').filter((l) => !c.drop.some((d) => l.startsWith(d)));
    // renumber the top-level parts after a drop so that the numbering stays continuous
    const nums = '一二三四五六七八九';
    let k = 0;
    text = lines.map((l) => (/^[一二三四五六七八九]、/.test(l) ? nums[k++] + l.slice(1) : l)).join('\n');
  }
  for (const [from, to] of c.mutate ?? []) {
    const count = text.split(from).length - 1;
    if (count !== 1) throw new Error(`${c.id}: mutate "${from}" occurs ${count} times`);
    text = text.replace(from, to);
  }
  if (c.cut) {
    const i = text.indexOf(c.cut);
    if (i < 0) throw new Error(`${c.id}: cut "${c.cut}" not found`);
    text = text.slice(0, i + c.cut.length);
  }
  let lines = text.split('\n');
  const meta = c.meta ?? [];
  const md = !!c.md;
  let out;
  if (c.flat) {
    // the page lost its line breaks: the whole body (headings too) is one paragraph
    const one = lines.filter((l) => l !== '').join('');
    if (c.flatTitle) out = [t + meta.join('') + one];
    else out = [t, ...meta, one];
  } else if (md) {
    out = [`# ${t}`, '', ...meta.flatMap((m) => [m, '']), ...lines.flatMap((l) => {
      if (l === '') return [];
      if (/^[一二三四五六七八九]、/.test(l)) return [`## ${l}`, ''];
      if (/^（[一二三四五六七八九]）[^。]{0,30}$/.test(l)) return [`### ${l}`, ''];
      if (c.bold) { const m = /^(（[一二三四五六七八九]）[^。]{2,30}。)(.*)$/.exec(l); if (m) return [`**${m[1]}**${m[2]}`, '']; }
      return [l, ''];
    })];
    while (out[out.length - 1] === '') out.pop();
  } else {
    out = [...(c.pre ?? []), t, ...meta, '', ...lines];
  }
  if (c.crumbs) out = [...CRUMBS(y), '', ...out, ...(c.cut ? [] : ['', ...TAIL_CRUMBS])];
  let final = out.join('\n') + (c.cut ? '' : '\n');
  if (kind === 'c') final = toTrad(final);
  return { final, t };
}

const dir = path.join(here, 'cases');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const labels = [];
for (const [kind, list] of [['a', A], ['b', B], ['c', C], ['d', D]]) {
  for (const c of list) {
    const { final, t } = build(c, kind);
    const file = `${c.id}-${c.body}-${c.y}${c.expect ? '-fault' : ''}.${c.md ? 'md' : 'txt'}`;
    writeFileSync(path.join(dir, file), final);
    const label = { id: c.id, file, source: c.src, kind: { a: 'whole', b: 'cut', c: 'traditional', d: c.flat ? 'flattened' : 'crumbs' }[kind], year: c.y, body: c.body };
    if (c.flat) label.flat = true;
    if (c.crumbs) label.crumbs = true;
    if (c.cut) label.cut = true;
    if (c.expect) {
      label.expect = c.expect;
      label.severity = c.sev;
      label.fault = c.fault;
      let mark = c.mark === 'TITLE' ? t : c.mark;
      if (kind === 'c') mark = toTrad(mark);
      const i = final.indexOf(mark);
      if (i < 0) throw new Error(`${c.id}: mark not found`);
      label.line = final.slice(0, i).split('\n').length;
    }
    labels.push(label);
  }
}
writeFileSync(path.join(here, 'cases.json'), JSON.stringify(labels, null, 2) + '\n');
console.log(`${labels.length} cases, ${labels.filter((l) => l.expect).length} faults`);
