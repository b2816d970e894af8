/**
 * The independent corpus: short reports and report fragments written by a tester who had NOT read
 * src/model/ or rules/*.ts, on the layouts, headings, metadata and figures of published
 * 法治政府建设年度报告 found in the `pages` search corpus (each case names the address(es) it models;
 * the wording and the figures are our own). Labelled by hand before the suite was first run.
 *
 *   clean   complete and consistent: no finding at warn or error from any rule in scope
 *   defect  exactly ONE planted fault: the rule named in `expect` must report it at warn or error
 *           (at the severity given when `severity` says so); any other rule's warn/error is a false
 *           positive ("one fault, one finding")
 *
 * Scope: `report` cases are whole (short) reports, linted with every rule of fzlint:recommended;
 * `fragment` cases are one paragraph from a report body, linted only with the rules that judge text
 * on its own (FRAGMENT_RULES) — the structure and date rules have nothing to read in a fragment.
 *
 * Fragments are excerpts of reports on 2024 (FRAGMENT_YEAR is passed as reportYear, as a user's config
 * would), so a rule that needs the report year (a title repealed before it) can judge them.
 *
 * `tolerate` names rules whose finding on that case is neither counted for nor against (used only where
 * two rules both claim the same fault by their own documentation; each use says why).
 */
import type { Format } from '../../src/parse/format.js';

export type Scope = 'report' | 'fragment';
export type Label = 'clean' | 'defect';

export interface IndependentCase {
  id: string;
  scope: Scope;
  label: Label;
  /** Who writes like this: county, district, township, street office, department, 开发区 … */
  writer: string;
  text: string;
  format?: Format;
  /** For a defect: the rule that owns the planted fault, and the lowest acceptable severity (warn unless said). */
  expect?: { rule: string; severity?: 'warn' | 'error' };
  tolerate?: string[];
  /** The `pages` address(es) this case models. */
  models: string[];
  /** What was planted, or what makes the clean case worth having. */
  note: string;
}

export const FRAGMENT_YEAR = 2024;

export const FRAGMENT_RULES = [
  'consistent-rate',
  'consistent-total',
  'no-placeholder',
  'no-unpaired-punctuation',
  'require-fullwidth-punctuation',
  'valid-law-title',
  'no-sensitive-data',
  'no-outdated-goal-formula',
] as const;

// ---- the pages modelled -------------------------------------------------------------------------------
const JH23 = 'http://www.tjjh.gov.cn/jhqzf/zwgk_28985/zfxxgk_qzf1/qzf1/fdzdgknr2/qtfdgkxx2/202403/t20240328_6583952.html';
const JH20 = 'http://www.tjjh.gov.cn/jhqzf/zwgk_28985/gzbg/202103/t20210329_5396867.html';
const HL24 = 'https://www.by.gov.cn/zwgk/fzzfjs/zjfzzfjsbg/content/post_10073694.html';
const YC24 = 'http://yixing.gov.cn/doc/2025/03/04/1301207.shtml';
const XX24 = 'https://www.hhtz.gov.cn/art/2025/1/20/art_1229246163_4328428.html';
const GL25 = 'https://www.bjmy.gov.cn/zwgk/zfxxgk/fdzdgknr/qt/202602/t20260213_531006.html';
const XY24 = 'https://www.hzsc.gov.cn/art/2025/1/3/art_1229296313_4324539.html';
const BC25 = 'http://xxgk.sxgp.gov.cn/xzjd/gpbcb/fdzdgknr/gzdt/202602/t20260203_2317052.shtml';
const DB24 = 'http://www.lw.gov.cn/gzlwdbj/gkmlpt/content/10/10094/post_10094863.html';
const ZJ25 = 'http://www.zijin.gov.cn/zfxxgkml/xsfj/ghjh/content/post_690267.html';
const QJ25 = 'https://www.hbqj.gov.cn/xxgk/xxgkml/szfxxgkml/qtzdgknr/fzzfjsndbg/202602/t20260226_5880291.html';
const DG25 = 'http://donggezy.com/lbxzf/tzgg/202601/6a3ade0d69dc44aabf3ea30ebb690888.shtml';
const XG25 = 'http://www.e5515c-test.cn/xgxxxgk/fzzfjsnb/202601/f667a4540f3441589a94bf078c460598.shtml';
const SX23 = 'https://www.sx.gov.cn/art/2024/2/28/art_1229309447_4110183.html';
const GD23 = 'https://m.hqtbz.com/amr/zwgk/tzgg/content/post_4340195.html';
const MX25 = 'https://www.xiaomilidoc.com/p-15283494.html';
const QS23 = 'https://zm.sm-tc.cn/?depth=3&from=derive&link_type=60&restype=1&src=l4uLj8XQ0IiIiNGLjI6M0ZiQidGckdCWkZmQ0MrIysjQyM3LxsvP0ZeLkg%3D%3D';
const LS24 = 'https://www.lieshan.gov.cn/zwgk/public/198/64851798.html';
const TPL = 'https://xuncaibao.com/zhuantifanwen/gongwenfanwen/119532.html';
const ZCB = 'https://m.wenke99.com/p-5488381.html';
const GUIDE = 'http://zgtc.gov.cn/xxgk/dfbmptlj/bmxxgkpt/xslj/zfxxgkzd_22275/202309/t20230914_3274212.shtml';
const FY = 'http://www.360elib.com:2027/detail.aspx?NewsCode=NC846&NewsId=73994193&OrgId=001';
const NC19 = 'https://saintpaulhem.com/ncx/ncxrmzf/fzzfgzbg/202109/1612ef839ecc434b99e45ed9b50b44ca.shtml';
const ZB = 'http://zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml';

const lines = (...xs: string[]) => xs.join('\n\n');

/** Derive a one-fault case from a clean one; the edit must change the text. */
function edit(base: IndependentCase, from: string | RegExp, to: string): string {
  const out = base.text.replace(from, to);
  if (out === base.text) throw new Error(`eval/independent: edit of ${base.id} changed nothing (${String(from)})`);
  return out;
}

// ======================================================================================================
// Clean reports
// ======================================================================================================

const R01: IndependentCase = {
  id: 'R01-county-2023-five-parts',
  scope: 'report', label: 'clean', writer: 'county government', models: [JH20, JH23],
  note: 'the five parts headed word for word, web furniture with 来源/发布时间 on time',
  text: lines(
    '兴隆县2023年度法治政府建设情况报告',
    '来源：兴隆县司法局　发布时间：2024-03-26 10:12',
    '2023年，兴隆县在市委、市政府和县委的坚强领导下，深入学习贯彻习近平法治思想，全面落实《法治政府建设实施纲要（2021—2025年）》，现将2023年度法治政府建设情况报告如下：',
    '一、2023年度推进法治政府建设的主要举措和成效',
    '（一）依法全面履行政府职能。动态调整县级权责清单，保留行政许可事项186项。全年办理政务服务事项41256件，办结41256件，办结率100%。',
    '（二）严格规范公正文明执法。全县34个执法部门全部落实行政执法“三项制度”，组织执法人员培训6期、参训1120人次。',
    '二、2023年度推进法治政府建设存在的不足和原因',
    '一是部分执法人员法治素养与新形势要求还有差距；二是基层法治力量相对薄弱，乡镇合法性审查人员不足。原因主要在于培训针对性不强、人员配备不到位。',
    '三、党政主要负责人履行推进法治建设第一责任人职责情况',
    '县委、县政府主要负责同志认真履行推进法治建设第一责任人职责，全年主持召开县委全面依法治县委员会会议2次、县政府常务会议专题学法4次，带头开展年度述法。',
    '四、2024年推进法治政府建设的主要安排',
    '2024年，我县将围绕法治政府建设示范创建，重点抓好行政执法协调监督、行政复议体制改革落地和基层合法性审查全覆盖。',
    '五、其他需要报告的情况',
    '无。',
  ),
};

const R02: IndependentCase = {
  id: 'R02-district-2023-duty-first',
  scope: 'report', label: 'clean', writer: 'district government (municipality)', models: [JH23],
  note: 'part 3 comes first; 主要举措和成效 second; plan headed with the year',
  text: lines(
    '滨河区2023年度法治政府建设情况报告',
    '来源：滨河区人民政府办公室　发布时间：2024-03-28 09:18',
    '2023年，滨河区坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻习近平法治思想，加快建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。',
    '一、区政府主要负责同志履行推进法治建设第一责任人职责情况',
    '区政府主要负责同志严格执行《党政主要负责人履行推进法治建设第一责任人职责规定》，主持召开区政府常务会议审议《滨河区2022年度法治政府建设情况报告》，对法治政府建设重要工作亲自部署、重大问题亲自过问。',
    '二、推进法治政府建设的主要举措和成效',
    '（一）健全依法决策机制。全年提交区政府常务会议审议的议题均经合法性审查，区政府法律顾问出具法律意见书63份。',
    '（二）化解行政争议。区政府收到行政复议申请92件，受理85件，审结80件，其中调解和解结案12件。',
    '三、存在的不足',
    '对照上级要求，仍存在部分单位重大行政决策程序执行不够规范、行政执法监督手段不多等问题。',
    '四、2024年工作安排',
    '一是深入推进行政复议体制改革；二是开展行政执法质量提升行动；三是继续做好区政府主要负责同志年度述法。',
  ),
};

const R03: IndependentCase = {
  id: 'R03-street-2024-duty-subheading',
  scope: 'report', label: 'clean', writer: 'street office (Guangdong)', models: [HL24],
  note: 'part 3 as a sub-heading inside 主要举措和成效; plan "2025年工作打算"',
  text: lines(
    '鹤岭街道2024年法治政府建设工作报告',
    '2024年，鹤岭街坚持以习近平新时代中国特色社会主义思想为指导，落实《法治政府建设实施纲要（2021—2025年）》和区2024年全面依法治区工作要点，现将2024年法治政府建设工作报告如下：',
    '一、主要举措和成效',
    '（一）强化组织领导，坚持党政主要负责人履行推进法治建设第一责任人职责',
    '1.全面履行法治主体责任。严格落实“第一责任人”责任，主动召开法治建设专题会议5次，推进党政主要负责人述法。',
    '2.持续强化学规学法。组织在编干部参加2024年度国家工作人员学法考试，参考86人，全员通过。',
    '（二）推进基层综合执法',
    '1.规范执法程序。全年立案查处违法行为214件，其中简易程序96件、普通程序118件。',
    '二、存在的问题',
    '一是综合执法人员专业能力仍需提高；二是法治宣传的针对性有待加强。',
    '三、2025年工作打算',
    '2025年，街道将持续深化“法务大院”建设，健全执法案卷评查机制，力争执法案卷优良率进一步提升。',
  ),
};

const R04: IndependentCase = {
  id: 'R04-street-2024-full-headings',
  scope: 'report', label: 'clean', writer: 'street office (Jiangsu)', models: [YC24, DB24],
  note: '2024年度 in the look-back heading, duty as （二）, part 5 answered 无',
  text: lines(
    '宜川街道2024年度法治政府建设工作报告',
    '2024年，宜川街道在市委、市政府的坚强领导下，坚持依法执政、依法行政、依法治理。现将我街道2024年度法治政府建设工作报告如下：',
    '一、2024年度推进法治政府建设的主要举措和成效',
    '（一）加强党建引领，统筹推进法治建设。规范依法治街委员会运行，全年召开党政联席会专题研究法治工作6次。',
    '（二）切实履行推进法治建设第一责任人职责。街道党工委书记、办事处主任带头学法述法，对重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。',
    '（三）加强合法性审查。全年审查合同协议133份、重大行政决策2件，提出修改意见71条。',
    '二、存在的不足和原因',
    '基层法治队伍力量不足，社区法律顾问作用发挥不够均衡，主要原因是专业人员配备有限。',
    '三、2025年工作计划',
    '2025年，街道将把法治建设纳入经济社会发展总体规划，开展执法人员轮训，推动社区法律顾问服务提质。',
    '四、其他需要报告的情况',
    '无。',
  ),
};

const R05: IndependentCase = {
  id: 'R05-county-bureau-2025',
  scope: 'report', label: 'clean', writer: 'county 司法局 (department)', models: [ZJ25],
  note: 'department report: 工作开展情况 with duty as （一）; a 其中 subset that sums exactly',
  text: lines(
    '金溪县司法局2025年法治政府建设年度报告',
    '2025年，金溪县司法局在县委、县政府的正确领导下，深入贯彻习近平法治思想，扎实推进法治政府建设各项工作，现将有关情况报告如下。',
    '一、工作开展情况',
    '（一）切实履行法治建设第一责任人职责。局主要负责同志带头落实《党政主要负责人履行推进法治建设第一责任人职责规定》，局党组会议专题研究法治建设工作4次。',
    '（二）强化合法性审查。全年共收到审查事项149件，出具合法性审查书面意见149件，其中审查行政规范性文件17件、重大行政决策11件。',
    '（三）发挥法律顾问作用。县政府法律顾问出具书面法律意见42份，参加涉法会议90场。',
    '二、存在的问题',
    '一是行政执法监督力量不足；二是公共法律服务在偏远乡村覆盖不够。',
    '三、2026年工作思路',
    '2026年，我局将围绕“十五五”开局，健全行政执法协调监督工作体系，推进公共法律服务向村（社区）延伸。',
  ),
};

const R06: IndependentCase = {
  id: 'R06-city-bureau-2025-items',
  scope: 'report', label: 'clean', writer: 'city 司法局 (Hubei)', models: [QJ25],
  note: '一是…二是… items; 述法 figures; plan opened by 下一步 and then a year',
  text: lines(
    '江泉市司法局2025年度法治政府建设年度报告',
    '根据省、市关于法治政府建设的决策部署，2025年，市司法局全面贯彻党的二十大和二十届历次全会精神，扎实推进法治政府建设工作。现将2025年度法治政府建设工作情况报告如下：',
    '一、法治政府建设主要举措和成效',
    '（一）发挥牵头协调作用。一是深学细悟习近平法治思想，拟任命人员法律知识考试参考率和通过率均达100%。二是组织2024年度党政主要负责人专题述法，74家单位主要负责人现场或书面述法，实现述法全覆盖。',
    '（二）局主要负责人履行推进法治建设第一责任人职责。局党组书记、局长对法治建设重要工作亲自部署，全年主持专题研究法治工作5次。',
    '二、存在的不足',
    '法治督察发现问题的整改跟踪还不够及时，部分单位行政规范性文件报备不规范。',
    '三、下一步工作打算',
    '下一步，市司法局将以“十五五”规划开局为契机，2026年重点做好行政执法协调监督、法治督察整改闭环和述法评议结果运用。',
  ),
};

const R07: IndependentCase = {
  id: 'R07-province-dept-2023',
  scope: 'report', label: 'clean', writer: 'provincial department (市场监管局)', models: [GD23],
  note: 'provincial department, topical part 1 headings, duty as （二）, 成文日期 in February',
  text: lines(
    '南岭省市场监督管理局关于2023年度法治政府建设情况的报告',
    '成文日期：2024-02-26',
    '2023年，省市场监管局坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，以高水平法治保障市场监管高质量发展。现将有关情况报告如下：',
    '一、坚持思想引领，强化统筹协调，有力推进市场监管法治建设',
    '（一）深入学习贯彻习近平法治思想。将习近平法治思想列为党组理论学习中心组年度重点学习内容，各基层党组织开展学习交流400余次。',
    '（二）主要负责人带头履行推进法治建设第一责任人职责。局党组书记、局长带头落实《党政主要负责人履行推进法治建设第一责任人职责规定》，主持召开局务会议研究法治工作6次。',
    '二、存在的问题和不足',
    '一是部分新兴领域监管规则供给不足；二是基层执法办案能力不平衡。',
    '三、2024年工作安排',
    '2024年，我局将加快重点领域立法，深化包容审慎监管，开展基层执法办案能力提升行动。',
  ),
};

const R08: IndependentCase = {
  id: 'R08-city-dept-2023-highlights',
  scope: 'report', label: 'clean', writer: 'city department (市场监管局, Zhejiang)', models: [SX23],
  note: 'highlight lines with —— before part 1; rates of 100% without counts',
  text: lines(
    '越州市市场监督管理局2023年法治政府建设年度报告',
    '2023年，市市场监管局在市委市政府的坚强领导下，紧紧围绕法治政府建设工作要点和任务清单，按照“法治立局”的工作要求，各项工作取得新成效。',
    '——成功创建国家食品安全示范城市。',
    '——直播电商监管服务模式获评全省营商环境优化提升最佳实践案例。',
    '一、法治政府建设主要举措和成效',
    '（一）压实法治建设责任。局主要负责人认真履行推进法治建设第一责任人职责，出台年度法治建设工作清单和考评办法，带头开展述法。',
    '（二）提升依法行政能力。在2023年度学法用法考试中，全局参考率、通过率和优秀率均为100%；全局执法人员持证比例98%以上。',
    '二、存在的不足和原因',
    '执法办案中说理式执法文书运用不够充分，原因在于办案人员培训不足。',
    '三、2024年工作打算',
    '2024年，市市场监管局将深化说理式执法，推动《越州市电梯安全管理规定》全面实施。',
  ),
};

const R09: IndependentCase = {
  id: 'R09-county-2025-topical',
  scope: 'report', label: 'clean', writer: 'county government (topical headings)', models: [MX25],
  note: 'topical part-1 headings with no part names; duty in a sub-heading lead; 短板和不足',
  text: lines(
    '临江县2025年度法治政府建设情况报告',
    '2025年，全县坚持以习近平新时代中国特色社会主义思想为指导，以创建全省法治政府建设示范县为契机，统筹推进依法行政、公正执法、全民守法各项工作。',
    '一、以思想引领为先导，在深学笃行中凝聚法治共识',
    '（一）强化理论武装。全年开展专题学习18次，举办领导干部法治专题培训班3期，覆盖科级以上干部680余人次。',
    '（二）压实法治责任。县委、县政府主要负责同志切实履行推进法治建设第一责任人职责，研究制定年度法治政府建设工作要点，明确重点任务56项。',
    '二、以规范执法为抓手，在公正文明中提升治理效能',
    '组织实地督察2轮，通报问题单位7个，约谈责任人5名。',
    '三、存在的短板和不足',
    '法治政府建设区域发展不平衡，乡镇综合执法规范化水平有待提升。',
    '四、2026年工作安排',
    '2026年，我县将对标“十五五”法治建设规划，全面完成示范县创建验收，推进乡镇合法性审查全覆盖。',
  ),
};

const R10: IndependentCase = {
  id: 'R10-township-2022',
  scope: 'report', label: 'clean', writer: 'township (Chongqing)', models: [ZCB],
  note: 'township with a bare 日期 line; duty as a sub-point lead sentence; three parts',
  text: lines(
    '青石镇人民政府2022年法治政府建设报告',
    '日期：2023-02-20',
    '2022年，青石镇在县委、县政府的坚强领导下，在全面依法治县委员会办公室的指导下，坚持以习近平法治思想为指导，结合我镇实际，现将有关情况汇报如下：',
    '一、主要举措和成效',
    '（一）加强党的领导。党政主要负责人严格履行推进法治建设第一责任人职责，及时调整法治政府建设工作领导小组，全年召开专题会议3次。',
    '（二）坚持学法用法。全年党委会学法6次、职工会学法13次，领导干部旁听庭审1次。',
    '（三）化解矛盾纠纷。全年排查矛盾纠纷126件，成功调处121件，调处成功率96.03%。',
    '二、存在的问题',
    '干部运用法治思维解决问题的能力还需提高，村级法律明白人作用发挥不充分。',
    '三、2023年工作打算',
    '2023年，我镇将继续落实领导干部学法制度，加强村级法律明白人培训，推动矛盾纠纷就地化解。',
  ),
};

const R11: IndependentCase = {
  id: 'R11-devzone-2024-merged',
  scope: 'report', label: 'clean', writer: '经济技术开发区管委会', models: [DG25, XY24],
  note: '开发区 writer; 不足 and plan merged in one part naming 2025年',
  text: lines(
    '云港经济技术开发区管理委员会2024年度法治政府建设情况报告',
    '2024年，云港经开区管委会坚持以习近平法治思想为指导，认真落实市委、市政府关于法治政府建设的部署，现将2024年度法治政府建设情况报告如下：',
    '一、主要工作及成效',
    '（一）管委会主要负责人履行推进法治建设第一责任人职责。党工委书记、管委会主任主持召开法治建设专题会议4次，带头述法。',
    '（二）优化法治化营商环境。组织28个入区执法单位完成执法事项清单编制，整合跨部门联合抽查计划62个，实现“进一次门、查多项事”。',
    '（三）提升执法能力。开展行政执法人员资格考试2次，参考245人，216人取得执法证，通过率88.16%。',
    '二、存在的问题及2025年工作打算',
    '当前还存在执法监督手段单一、企业法律服务供给不足等问题。2025年，管委会将健全涉企执法监督机制，建设企业法律服务驿站，推动涉企行政检查“无事不扰”。',
  ),
};

const R12: IndependentCase = {
  id: 'R12-county-redhead-2023',
  scope: 'report', label: 'clean', writer: 'county government (red-head copy)', models: [QS23, ZB],
  note: 'red-head, 文号 and addressee before the title; 工作总结的报告 wording; closing date line',
  text: lines(
    '平溪县人民政府文件',
    '平政发〔2024〕6号',
    '平溪县人民政府关于平溪县2023年度法治政府建设工作总结的报告',
    '县委、县人大常委会：',
    '按照省、市法治政府建设工作要求，现将我县2023年度法治政府建设工作情况报告如下：',
    '一、工作开展情况',
    '（一）坚持党的全面领导。县政府主要负责同志履行推进法治建设第一责任人职责，全年主持县政府常务会议学法4次，听取法治政府建设工作汇报2次。',
    '（二）坚持依法行政。全年审查县政府行政规范性文件21件，其中制发前合法性审查21件，报备率100%。',
    '（三）加强法治宣传。开展“宪法宣传周”等普法活动320余场次，覆盖群众5万余人次。',
    '二、存在的问题',
    '少数部门对法治政府建设重视程度不够，执法人员年龄结构老化。',
    '三、下一年度工作安排',
    '2024年，县政府将聚焦行政执法质量提升，推进乡镇（街道）合法性审查全覆盖，做好2024年度述法评议。',
    '平溪县人民政府',
    '2024年2月23日',
  ),
};

const R13: IndependentCase = {
  id: 'R13-street-2024-markdown-bold',
  scope: 'report', label: 'clean', writer: 'street office (Zhejiang), Markdown copy with bold sub-headings', format: 'markdown', models: [XX24],
  note: 'Markdown: ## part headings, bold run-in sub-headings, duty as a bold run-in heading',
  text: lines(
    '# 西岸街道2024年法治政府建设年度报告',
    '2024年，西岸街道坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《法治政府建设实施纲要（2021—2025年）》，现将2024年工作开展情况报告如下：',
    '## 一、2024年推进法治政府建设的主要举措和突出成效',
    '**笃学践行习近平法治思想。**全年召开党工委（扩大）会议26次，开展理论学习中心组学习14次，开展主题宣讲35场，累计参与5000人次。',
    '**全面落实法治建设第一责任人职责。**街道党政主要负责人严格履行法治建设第一责任人职责，对法治建设重要工作亲自部署、亲自督办。',
    '## 二、存在的不足',
    '基层执法规范化水平与群众期待仍有差距，法治宣传形式较为单一。',
    '## 三、2025年工作思路',
    '2025年，街道将持续深化“枫桥式”法治服务，推进综合行政执法规范化建设。',
  ),
};

const R14: IndependentCase = {
  id: 'R14-county-2022-parts',
  scope: 'report', label: 'clean', writer: 'county government (第一部分 headings)', models: [QS23],
  note: '第一部分/第二部分/第三部分 headings; three parts; duty as item lead',
  text: lines(
    '河阳县2022年法治政府建设工作报告',
    '2022年，河阳县深入学习贯彻党的二十大精神，扎实推进法治政府建设，现将有关情况报告如下。',
    '第一部分　2022年法治政府建设工作情况',
    '一是坚持党的全面领导。县委、县政府主要负责人认真履行推进法治建设第一责任人职责，将法治建设纳入县委常委会工作要点。二是坚持依法行政。全年审查县政府合同协议58件、规范性文件9件。三是严格执法监督。开展行政执法案卷评查，抽查案卷120卷，评出优秀案卷24卷，优秀率20%。',
    '第二部分　存在的问题',
    '执法监督的信息化水平不高，部分乡镇法治建设投入不足。',
    '第三部分　2023年工作计划',
    '2023年，我县将推进行政执法监督平台建设，开展乡镇法治建设专项督察。',
  ),
};

const R15: IndependentCase = {
  id: 'R15-district-2024-bracket-headings',
  scope: 'report', label: 'clean', writer: 'district government (【】 headings, web copy)', models: [HL24, GL25],
  note: '【】 used as heading brackets around real words — not placeholders',
  text: lines(
    '东平区2024年法治政府建设情况报告',
    '发布日期：2025-03-18',
    '2024年，东平区认真贯彻落实中央、省、市关于法治政府建设的决策部署，现将2024年法治政府建设情况报告如下。',
    '【主要举措和成效】',
    '区委、区政府主要负责人履行推进法治建设第一责任人职责，全年召开区委全面依法治区委员会会议2次、区政府常务会议学法6次。全区行政复议案件审结76件，其中维持51件、驳回9件、撤销或确认违法16件。',
    '【存在的不足】',
    '行政复议纠错后的执法整改跟踪还不够到位。',
    '【2025年工作安排】',
    '2025年，我区将建立行政复议意见书履行回访制度，推进执法整改闭环管理。',
  ),
};

const R16: IndependentCase = {
  id: 'R16-county-2024-unnumbered',
  scope: 'report', label: 'clean', writer: 'county government (no numbered headings)', models: [GL25, XG25],
  note: 'no numbered headings at all: each paragraph carries one part by its lead words',
  text: lines(
    '安平县2024年度法治政府建设情况报告',
    '2024年，安平县深入贯彻市委、市政府工作要求，统筹抓好依法行政、营商环境优化和社会治理创新，现将有关情况报告如下。',
    '主要举措和成效方面，全县梳理“同事同标”事项512项，减少申请材料60项；“高效办成一件事”改革全年办件47582件。',
    '县委、县政府主要负责同志认真履行推进法治建设第一责任人职责，全年主持研究法治建设议题9个，带头述法并接受评议。',
    '存在的不足方面，部分乡镇执法力量薄弱，数字化监管手段应用不充分。',
    '2025年工作安排方面，我县将深化“综合查一次”联合监管，推进乡镇执法规范化建设。',
  ),
};

const R17: IndependentCase = {
  id: 'R17-street-2025-arabic',
  scope: 'report', label: 'clean', writer: 'street office (Beijing suburb, 1. numbering)', models: [GL25],
  note: '1. 2. 3. sub-numbering; rate over stated counts (391件, 化解率96%: 376件)',
  text: lines(
    '鼓岭街道办事处2025年法治政府建设情况报告',
    '2025年，鼓岭街道办事处深入学习贯彻习近平法治思想，紧扣基层治理实际推进依法行政。现将本年度工作情况、存在不足及下一步安排报告如下：',
    '一、2025年推进法治政府建设总体情况',
    '1. 健全法治建设工作体系。街道党政主要负责人履行推进法治建设第一责任人职责，将法治建设纳入年度考核，与经济发展同部署、同考核。',
    '2. 规范行政执法行为。全年完成重大执法决定法制审核36件，开展专项执法行动12次。',
    '3. 深化基层依法治理。全年排查矛盾纠纷391件，化解376件，化解率达96%。',
    '二、存在的不足',
    '社区法治工作站作用发挥不均衡，执法人员专业化水平有待提升。',
    '三、2026年工作安排',
    '2026年，街道将推进社区法治工作站标准化建设，组织执法人员全员轮训。',
  ),
};

const R18: IndependentCase = {
  id: 'R18-county-2024-normalised',
  scope: 'report', label: 'clean', writer: 'county government (NFKC-normalised web copy)', models: [NC19, JH20],
  note: 'a normalised copy: ASCII , : ( ) throughout (the rule says it notes this once, at info)',
  text: lines(
    '南塘县2024年法治政府建设情况报告',
    '更新时间:2025/03/20 11:30:01',
    '2024年,南塘县全面贯彻党的二十届三中全会精神,以法治政府建设示范创建为抓手,依法全面履行政府职能。',
    '一、2024年推进法治政府建设情况',
    '(一)依法全面履行政府职能。全县27个部门的278项行政许可事项统一划入县行政审批局,实现“一枚印章管审批”。',
    '(二)党政主要负责人履行推进法治建设第一责任人职责。县长主持县政府常务会议专题学法5次,带头出庭应诉2次。',
    '二、存在的不足',
    '部分单位重大行政决策公众参与不够充分。',
    '三、2025年工作计划',
    '2025年,县政府将健全重大行政决策公众参与机制,完成法治政府建设示范创建迎检。',
  ),
};

const R19: IndependentCase = {
  id: 'R19-county-dept-2022',
  scope: 'report', label: 'clean', writer: 'county department (教育局)', models: [ZJ25, GUIDE],
  note: 'small department report, four numbered parts, 发布日期 before 4月1日',
  text: lines(
    '松阳县教育局2022年度法治政府建设情况报告',
    '发布日期：2023-03-15',
    '2022年，县教育局坚持依法治教、依法治校，现将2022年度法治政府建设情况报告如下。',
    '一、主要举措和成效',
    '全年开展校园法治讲座146场，法治副校长覆盖全县63所中小学，覆盖率100%。',
    '二、局主要负责人履行推进法治建设第一责任人职责情况',
    '局党组书记、局长带头学法，主持局党组会议研究依法治校工作3次。',
    '三、存在的不足',
    '部分学校章程修订滞后，依法治校示范校创建覆盖面不大。',
    '四、2023年工作计划',
    '2023年，我局将完成全县中小学章程修订，新创建市级依法治校示范校5所。',
  ),
};

const R20: IndependentCase = {
  id: 'R20-district-2024-figures',
  scope: 'report', label: 'clean', writer: 'district government (figure-heavy)', models: [FY, JH23],
  note: 'many rates and totals, all consistent: 纠错率, 出庭应诉率, a 其中 subset',
  text: lines(
    '北湖区2024年度法治政府建设情况报告',
    '来源：北湖区司法局　发布时间：2025-03-27',
    '2024年，北湖区坚持以习近平法治思想为指导，全面推进法治政府建设，现将2024年度情况报告如下：',
    '一、2024年度推进法治政府建设的主要举措和成效',
    '（一）发挥行政复议化解行政争议主渠道作用。全年收到行政复议申请236件，受理218件，审结209件，通过变更、撤销、确认违法等方式纠错25件，纠错率11.96%。',
    '（二）推进行政机关负责人出庭应诉。全区一审行政应诉案件共开庭84件，行政机关负责人出庭应诉84件，出庭应诉率100%。',
    '（三）加强行政规范性文件管理。共审查行政规范性文件31件，其中区政府文件12件、部门文件19件。',
    '（四）区委、区政府主要负责同志履行推进法治建设第一责任人职责。主持召开区委全面依法治区委员会会议2次，带头旁听庭审1次。',
    '二、存在的不足和原因',
    '行政复议纠错率较上年有所上升，反映出部分执法单位程序意识仍然不强。',
    '三、2025年工作安排',
    '2025年，我区将开展行政执法质量三年行动收官评估，健全行政复议纠错案件通报机制。',
  ),
};

const R21: IndependentCase = {
  id: 'R21-township-2025',
  scope: 'report', label: 'clean', writer: 'ethnic township (Guizhou)', models: [ZCB, BC25],
  note: 'township, 2025 report written in 2026, 成文日期 in February, plan 2026',
  text: lines(
    '岩门苗族乡2025年法治政府建设年度报告',
    '成文日期：2026-02-10',
    '2025年，岩门苗族乡在县委、县政府的坚强领导下，扎实推进法治乡镇建设，现将全年工作情况报告如下：',
    '一、2025年法治政府建设主要举措和成效',
    '（一）压实法治建设责任。乡党委书记、乡长履行推进法治建设第一责任人职责，全年召开法治建设专题会议4次。',
    '（二）化解矛盾纠纷。全年调解矛盾纠纷88件，调解成功86件，调解成功率97.73%。',
    '二、存在的问题',
    '少数村法律明白人作用发挥不充分，法治宣传以集中宣讲为主、形式单一。',
    '三、2026年工作打算',
    '2026年，我乡将实施“法律明白人”能力提升计划，开展“八五”普法总结验收。',
  ),
};

const R22: IndependentCase = {
  id: 'R22-party-gov-joint-2024',
  scope: 'report', label: 'clean', writer: '区委 and 区政府 joint report', models: [LS24],
  note: 'joint 区委区政府 report, 关于…的报告 title, closing date line in February',
  text: lines(
    '中共临河区委　临河区人民政府关于2024年法治政府建设情况的报告',
    '2024年，区委、区政府坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，现将2024年法治政府建设情况报告如下：',
    '一、2024年法治政府建设主要举措和成效',
    '（一）健全依法行政制度体系。制定《临河区重大行政决策事项目录管理办法》，全年纳入目录管理的重大行政决策7项，均履行法定程序。',
    '（二）提升基层治理法治化水平。全区138个村（社区）配备法律顾问，实现全覆盖。',
    '二、党政主要负责人履行推进法治建设第一责任人职责情况',
    '区委书记、区长分别主持召开区委常委会会议、区政府常务会议研究法治建设工作，区委书记带头述法。',
    '三、存在的不足',
    '法治督察整改成效不够均衡，部分部门行政执法协调监督衔接不畅。',
    '四、2025年工作安排',
    '2025年，区委、区政府将围绕法治建设“一规划两方案”收官，开展法治督察“回头看”。',
    '中共临河区委　　　临河区人民政府',
    '2025年2月24日',
  ),
};

const R23: IndependentCase = {
  id: 'R23-county-2023-duty-lvzhi',
  scope: 'report', label: 'clean', writer: 'county government (Shandong)', models: [JH20, NC19],
  note: 'duty worded 主要负责同志履职尽责情况; plan heading with a span 2024—2025年',
  text: lines(
    '泗河县2023年度法治政府建设情况报告',
    '2023年以来，泗河县认真落实《法治政府建设实施纲要（2021—2025年）》，加快推进法治政府建设。现将2023年度有关情况报告如下：',
    '一、2023年法治政府建设工作情况',
    '（一）深化“放管服”改革。全县政务服务事项网上可办率达98.6%，“一窗受理”事项1163项。',
    '（二）推进严格规范公正文明执法。开展行政执法案卷评查2次，评查案卷316卷。',
    '二、县政府主要负责同志履职尽责情况',
    '县长认真履行推进法治建设第一责任人职责，主持县政府常务会议会前学法10次，带头出庭应诉1次。',
    '三、存在的困难和问题',
    '行政执法人员专业化程度不高，部分乡镇法治机构力量薄弱。',
    '四、2024—2025年工作思路',
    '2024年，我县将全面完成法治政府建设实施方案中期任务，2025年迎接法治政府建设示范县评估。',
  ),
};

const R24: IndependentCase = {
  id: 'R24-county-2024-signer-annex',
  scope: 'report', label: 'clean', writer: 'county government (附件 with 签发人)', models: [ZB, QS23],
  note: '附件1 and 签发人 lines before the title; Chinese-numeral closing date',
  text: lines(
    '附件1',
    '签发人：王立新',
    '石门县2024年度法治政府建设情况报告',
    '2024年，石门县坚持以习近平法治思想为指导，全面推进依法行政，现将有关情况报告如下。',
    '一、主要举措和成效',
    '（一）县政府主要负责人履行推进法治建设第一责任人职责。县长主持召开县政府常务会议专题研究法治政府建设工作3次。',
    '（二）加强行政执法监督。全县组建行政执法监督员队伍，聘任特邀监督员30名。',
    '二、存在的不足',
    '行政执法监督的覆盖面和深度仍有不足。',
    '三、2025年主要安排',
    '2025年，我县将推进行政执法监督与12345热线联动，开展涉企行政检查专项监督。',
    '石门县人民政府',
    '二〇二五年二月二十日',
  ),
};

const R25: IndependentCase = {
  id: 'R25-county-2023-hyphen-outline',
  scope: 'report', label: 'clean', writer: 'county government (Chongqing habit: hyphen in 纲要 years)', models: [NC19],
  note: '《法治政府建设实施纲要（2021-2025年）》 written with an ASCII hyphen in the years (published so; not a wrong title). First written with half-width brackets too, which require-fullwidth-punctuation flagged (rightly, by GB/T 15834): the brackets were made full-width so the case tests only the hyphen',
  text: lines(
    '清溪县2023年法治政府建设年度报告',
    '2023年，清溪县深入贯彻《法治政府建设实施纲要（2021-2025年）》，扎实推进法治政府建设，现将有关情况报告如下：',
    '一、2023年推进法治政府建设的主要举措和成效',
    '县委、县政府主要负责人认真履行推进法治建设第一责任人职责，全年专题研究法治建设工作5次。全县行政复议案件审结58件，综合纠错率13.79%。',
    '二、存在的不足',
    '法治政府建设考核指标的精准度还有待提高。',
    '三、2024年工作打算',
    '2024年，我县将健全法治政府建设考核评价体系，推动考核结果运用。',
  ),
};

const R26: IndependentCase = {
  id: 'R26-township-2024-item-duty',
  scope: 'report', label: 'clean', writer: 'township (Hunan), duty as an 一是 item', models: [ZCB, XY24],
  note: 'part 3 as an item lead inside part 1: 一是党委书记履行第一责任人职责',
  text: lines(
    '黄土铺镇2024年法治政府建设工作报告',
    '2024年，黄土铺镇在县委、县政府的正确领导下，扎实推进法治政府建设，现将有关情况报告如下：',
    '一、主要做法及成效',
    '一是镇党委书记、镇长履行推进法治建设第一责任人职责，全年召开法治建设专题会议3次，带头讲法治课2次。二是规范合法性审查，全年审查合同协议46份。三是推进矛盾纠纷多元化解，受理矛盾纠纷73件，调解成功71件，调解成功率97.26%。',
    '二、存在的问题',
    '村级法治宣传阵地利用率不高。',
    '三、2025年工作计划',
    '2025年，我镇将推进村级法治文化阵地提质，开展“法律明白人”培训2期。',
  ),
};

const R27: IndependentCase = {
  id: 'R27-city-dept-2024-december',
  scope: 'report', label: 'clean', writer: 'city department (住建局) dated in December of the report year', models: [GUIDE],
  note: '成文日期 2024-12-27 for a 2024 report: a December date is info only by the rule page (some bodies report in December)',
  text: lines(
    '岚山市住房和城乡建设局2024年度法治政府建设情况报告',
    '成文日期：2024-12-27',
    '2024年，市住建局坚持依法行政，推进住建领域法治建设，现将有关情况报告如下：',
    '一、主要举措和成效',
    '局主要负责人履行推进法治建设第一责任人职责，主持召开局党组会议研究法治工作4次。全年办理行政许可事项3286件，按时办结3286件。',
    '二、存在的不足',
    '住建领域执法人员缺口较大。',
    '三、2025年工作打算',
    '2025年，我局将推进住建领域综合执法改革，健全执法人员培训机制。',
  ),
};

const R28: IndependentCase = {
  id: 'R28-county-2024-deep-outline',
  scope: 'report', label: 'clean', writer: 'county government (four heading levels)', models: [JH20],
  note: '一、（一）1.（1） used in full and in order',
  text: lines(
    '云岭县2024年度法治政府建设情况报告',
    '2024年，云岭县全面推进法治政府建设，现将2024年度情况报告如下：',
    '一、2024年度推进法治政府建设的主要举措和成效',
    '（一）加强组织领导',
    '1.压实第一责任人职责',
    '（1）县委书记、县长履行推进法治建设第一责任人职责，主持召开县委全面依法治县委员会会议2次。',
    '（2）将法治建设纳入年度综合考核，权重5%。',
    '2.完善考核评价',
    '开展法治政府建设实地督察1轮，覆盖15个乡镇。',
    '（二）推进依法决策',
    '全年7项重大行政决策均经合法性审查和集体讨论决定。',
    '二、存在的不足和原因',
    '乡镇法治审核力量不足，原因是编制紧张。',
    '三、2025年工作安排',
    '2025年，我县将推进乡镇合法性审查人员专职化。',
  ),
};

const R29: IndependentCase = {
  id: 'R29-devzone-2025-keypoints',
  scope: 'report', label: 'clean', writer: '高新区管委会 (plan as 重点工作)', models: [DG25],
  note: 'plan headed 2026年重点工作; 党工委 duty sub-heading; 面临的困难和挑战',
  text: lines(
    '星湖高新技术产业开发区管委会2025年法治政府建设年度报告',
    '2025年，星湖高新区管委会深入学习贯彻习近平法治思想，持续优化法治化营商环境，现将有关情况报告如下：',
    '一、2025年主要工作及成效',
    '（一）党工委、管委会主要负责人履行推进法治建设第一责任人职责。党工委书记主持召开专题会议研究法治建设4次，管委会主任带头述法。',
    '（二）深化涉企服务。设立企业法律服务驿站3个，全年为企业提供法律咨询612次。',
    '二、面临的困难和挑战',
    '园区企业合规需求增长快，专业法律服务供给不足。',
    '三、2026年重点工作',
    '2026年，管委会将建设园区合规服务中心，推行涉企行政检查“白名单”制度。',
  ),
};

const R30: IndependentCase = {
  id: 'R30-county-2023-fullwidth-digits',
  scope: 'report', label: 'clean', writer: 'county government (full-width digits from a Word copy)', models: [NC19],
  note: 'title and opening with full-width digits ２０２３年; plan ２０２４年',
  text: lines(
    '柳林县２０２３年度法治政府建设情况报告',
    '２０２３年，柳林县坚持依法行政，现将２０２３年度法治政府建设情况报告如下：',
    '一、主要举措和成效',
    '（一）县政府主要负责同志履行推进法治建设第一责任人职责。主持县政府常务会议学法６次。',
    '（二）推进行政复议体制改革。县政府统一行使行政复议职责，全年审结案件４２件。',
    '二、存在的不足',
    '行政复议人员配备与案件增长不匹配。',
    '三、２０２４年工作安排',
    '２０２４年，县政府将充实行政复议工作力量，推进行政复议规范化建设。',
  ),
};

const R31: IndependentCase = {
  id: 'R31-county-2023-html-page',
  scope: 'report', label: 'clean', writer: 'county government web page (HTML with a metadata table)', format: 'html', models: [ZB, JH23],
  note: 'a saved web page: 索引号/发布机构/成文日期/发布日期 table, breadcrumbs, 上一篇/下一篇',
  text: [
    '<html><head><meta charset="utf-8"><title>桐江县2023年度法治政府建设情况报告</title></head><body>',
    '<div class="crumb">首页 &gt; 政务公开 &gt; 法治政府建设</div>',
    '<table class="meta"><tr><td>索引号：</td><td>11330100MB0000000X/2024-00031</td><td>发布机构：</td><td>桐江县司法局</td></tr>',
    '<tr><td>成文日期：</td><td>2024-02-27</td><td>发布日期：</td><td>2024-03-20</td></tr></table>',
    '<h1>桐江县2023年度法治政府建设情况报告</h1>',
    '<p>2023年，桐江县坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：</p>',
    '<p>一、2023年度推进法治政府建设的主要举措和成效</p>',
    '<p>（一）县政府主要负责人履行推进法治建设第一责任人职责。县长主持县政府常务会议专题学法6次，带头出庭应诉2次。</p>',
    '<p>（二）推进综合行政执法改革。全县组建乡镇综合执法队13支，实现“一支队伍管执法”。</p>',
    '<p>二、存在的不足和原因</p>',
    '<p>乡镇综合执法队伍专业能力与承接事项不匹配，原因是培训周期短。</p>',
    '<p>三、2024年推进法治政府建设的主要安排</p>',
    '<p>2024年，我县将开展乡镇综合执法能力提升年活动，实现执法人员轮训全覆盖。</p>',
    '<div class="pager">上一篇：桐江县2023年政府信息公开工作年度报告</div>',
    '<div class="pager">下一篇：关于公布行政执法主体名单的公告</div>',
    '</body></html>',
  ].join('\n'),
};

const R32: IndependentCase = {
  id: 'R32-township-2023-one-paragraph-parts',
  scope: 'report', label: 'clean', writer: 'township (one paragraph per part)', models: [ZCB],
  note: 'short township report: each part one paragraph; the duty is the first sentence of part 1',
  text: lines(
    '桃源乡2023年法治政府建设情况报告',
    '2023年，桃源乡认真贯彻县委、县政府部署，推进法治乡镇建设。现将有关情况报告如下：',
    '一、主要工作及成效',
    '乡党委书记作为法治建设第一责任人，带头学法述法，全年主持召开法治建设专题会议3次；乡政府规范合同审查，审查合同协议29份；受理矛盾纠纷41件，调解成功40件。',
    '二、存在的问题',
    '村干部法治意识参差不齐。',
    '三、2024年工作打算',
    '2024年，我乡将开展村干部法治轮训，推进“法律明白人”工程。',
  ),
};

const R33: IndependentCase = {
  id: 'R33-county-dept-2022-work-points',
  scope: 'report', label: 'clean', writer: 'county department (人社局), plan as 工作要点', models: [ZJ25, GD23],
  note: 'duty as part 2 heading; plan headed 2023年工作要点; 其他事项 with text',
  text: lines(
    '东川县人力资源和社会保障局2022年度法治政府建设情况报告',
    '2022年，县人社局坚持依法行政，全力保障劳动者合法权益。现将2022年度法治政府建设情况报告如下：',
    '一、主要举措和成效',
    '全年办理劳动保障监察案件86件，为412名劳动者追发工资报酬610万元；受理劳动人事争议仲裁案件154件，结案148件，结案率96.1%。',
    '二、履行法治建设第一责任人职责情况',
    '局党组书记、局长认真履行推进法治建设第一责任人职责，主持召开局党组会议研究法治工作4次。',
    '三、存在的不足和原因',
    '基层劳动保障监察力量不足，原因是编制未随职能调整同步增加。',
    '四、2023年工作要点',
    '2023年，我局将深化根治欠薪，推进劳动人事争议仲裁院标准化建设。',
    '五、其他事项',
    '本报告已经局党组会议审议通过。',
  ),
};

const R34: IndependentCase = {
  id: 'R34-county-2025-plan-next-step-with-year',
  scope: 'report', label: 'clean', writer: 'county government', models: [MX25, DG25],
  note: 'plan headed 下一步工作打算 with 2026年 in its first sentence; 此件公开发布 and 抄送 lines',
  text: lines(
    '白沙县2025年度法治政府建设情况报告',
    '2025年，白沙县全面完成法治政府建设“十四五”各项任务，现将有关情况报告如下：',
    '一、2025年推进法治政府建设的主要举措和成效',
    '（一）县政府主要负责同志履行推进法治建设第一责任人职责。主持县政府常务会议学法8次，听取法治政府建设专题汇报2次。',
    '（二）规范涉企行政检查。全县涉企行政检查同比减少33%，无事不扰企业名单覆盖企业2100余家。',
    '二、存在的不足',
    '部分执法部门“一业一查”推进较慢。',
    '三、下一步工作打算',
    '2026年，我县将以“十五五”法治政府建设规划开局为牵引，全面推行“综合查一次”。',
    '（此件公开发布）',
    '抄送：市委依法治市办，县人大常委会办公室。',
  ),
};

const R35: IndependentCase = {
  id: 'R35-county-2024-five-parts-other',
  scope: 'report', label: 'clean', writer: 'county government (Sichuan), 短板弱项 and 其他事项', models: [JH20, GUIDE],
  note: 'part 2 worded 存在的短板弱项; part 5 with real content',
  text: lines(
    '剑门县2024年法治政府建设年度报告',
    '2024年，剑门县坚持以习近平法治思想为指导，现将2024年法治政府建设情况报告如下：',
    '一、2024年推进法治政府建设主要举措和成效',
    '全县行政规范性文件合法性审核率、备案率均为100%；行政复议案件审结64件，调解和解结案11件。',
    '二、存在的短板弱项',
    '行政复议调解和解率仍然偏低，基层执法装备不足。',
    '三、党政主要负责人履行推进法治建设第一责任人职责情况',
    '县委书记、县长带头履行推进法治建设第一责任人职责，年内专题研究法治建设议题6个，开展述法评议1次。',
    '四、2025年工作安排',
    '2025年，我县将推进行政复议调解中心建设，补齐基层执法装备。',
    '五、其他事项',
    '2024年我县被命名为省级法治政府建设示范县。',
  ),
};

const R36: IndependentCase = {
  id: 'R36-street-2024-markdown-headings',
  scope: 'report', label: 'clean', writer: 'street office, Markdown with ## / ### headings and bold heading lines', format: 'markdown', models: [DB24],
  note: 'Markdown with ATX headings and a stand-alone bold heading line (no run-in text)',
  text: lines(
    '# 多福街道2024年度法治政府建设情况报告',
    '2024年，多福街道坚持把推进基层法治政府建设摆在突出位置，现将2024年度法治政府建设情况报告如下：',
    '## 一、2024年法治政府建设情况',
    '### （一）坚持党对法治政府建设的全面领导',
    '落实“第一议题”制度，党工委理论学习中心组集体学法6次。',
    '### （二）切实履行推进法治建设第一责任人职责',
    '街道党工委书记主持召开依法治街工作会议2次，办事处主任主持主任办公会议研究法治工作4次。',
    '## 二、存在的不足',
    '**法治宣传针对性不强**',
    '面向外来务工人员的法治宣传覆盖不足。',
    '## 三、2025年工作计划',
    '2025年，街道将针对外来务工人员开展“法律服务进园区”活动。',
  ),
};

const R37: IndependentCase = {
  id: 'R37-district-2022-chinese-date-meta',
  scope: 'report', label: 'clean', writer: 'district government, 发布时间 with leading zeros', models: [HL24, JH20],
  note: '发布时间：2023年03月30日 (leading zeros, on time)',
  text: lines(
    '金湾区2022年法治政府建设工作报告',
    '信息来源：金湾区司法局　发布时间：2023年03月30日　浏览次数：',
    '2022年，金湾区深入学习贯彻党的二十大精神，扎实推进法治政府建设，现将2022年法治政府建设工作报告如下：',
    '一、主要举措和成效',
    '（一）强化组织领导，坚持党政主要负责人履行推进法治建设第一责任人职责。区委、区政府主要负责人主持召开专题会议研究法治建设5次。',
    '（二）加强执法监督。开展行政执法案卷评查，评查案卷240卷，发现问题76个，已全部整改。',
    '二、存在的问题',
    '执法监督信息平台数据共享不够。',
    '三、2023年工作打算',
    '2023年，我区将推进执法监督平台与各执法部门系统对接。',
  ),
};

const CLEAN_REPORTS_2 = [R23, R24, R25, R26, R27, R28, R29, R30, R31, R32, R33, R34, R35, R36, R37];

const CLEAN_REPORTS = [R01, R02, R03, R04, R05, R06, R07, R08, R09, R10, R11, R12, R13, R14, R15, R16, R17, R18, R19, R20, R21, R22, ...CLEAN_REPORTS_2];

// ======================================================================================================
// Defective reports: one planted fault each, derived from a clean report above
// ======================================================================================================

function derive(base: IndependentCase, id: string, expect: IndependentCase['expect'], note: string, text: string, extra: Partial<IndependentCase> = {}): IndependentCase {
  return { ...base, id, label: 'defect', expect, note, text, ...extra };
}

const DEFECT_REPORTS: IndependentCase[] = [
  derive(R01, 'D01-no-shortcomings', { rule: 'require-sections', severity: 'error' },
    'part 2 (不足和原因) cut out; headings renumbered',
    lines(
      '兴隆县2023年度法治政府建设情况报告',
      '来源：兴隆县司法局　发布时间：2024-03-26 10:12',
      '2023年，兴隆县在市委、市政府和县委的坚强领导下，深入学习贯彻习近平法治思想，现将2023年度法治政府建设情况报告如下：',
      '一、2023年度推进法治政府建设的主要举措和成效',
      '（一）依法全面履行政府职能。动态调整县级权责清单，保留行政许可事项186项。全年办理政务服务事项41256件，办结41256件，办结率100%。',
      '（二）严格规范公正文明执法。全县34个执法部门全部落实行政执法“三项制度”。',
      '二、党政主要负责人履行推进法治建设第一责任人职责情况',
      '县委、县政府主要负责同志认真履行推进法治建设第一责任人职责，带头开展年度述法。',
      '三、2024年推进法治政府建设的主要安排',
      '2024年，我县将围绕法治政府建设示范创建，重点抓好行政执法协调监督。',
      '四、其他需要报告的情况',
      '无。',
    )),
  derive(R04, 'D02-no-duty-part', { rule: 'require-sections', severity: 'error' },
    'the 第一责任人 sub-heading replaced by a topical one; the duty appears nowhere',
    edit(R04, '（二）切实履行推进法治建设第一责任人职责。街道党工委书记、办事处主任带头学法述法，对重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。',
      '（二）深化法治宣传教育。围绕民法典、宪法宣传周开展进社区宣讲42场，发放资料6000余份。')),
  derive(R05, 'D03-plan-wrong-year', { rule: 'require-next-year-plan', severity: 'error' },
    'a 2025 report whose plan is headed and opened with 2025 (copied from last year)',
    edit(R05, /2026年/g, '2025年')),
  derive(R09, 'D04-plan-no-year', { rule: 'require-next-year-plan', severity: 'warn' },
    'the plan says only 下一步, no year at all',
    edit(R09, '四、2026年工作安排\n\n2026年，我县将对标“十五五”法治建设规划，', '四、下一步工作打算\n\n下一步，我县将对标新一轮法治建设规划，')),
  derive(R02, 'D05-title-year-wrong', { rule: 'consistent-year', severity: 'error' },
    'title says 2022年度 while the opening, 发布时间 and plan all speak of 2023/2024 (title left from last year)',
    edit(R02, '滨河区2023年度法治政府建设情况报告', '滨河区2022年度法治政府建设情况报告')),
  derive(R01, 'D06-published-late', { rule: 'no-late-publication', severity: 'error' },
    '发布时间 2024-06-18 for a 2023 report (public deadline 2024-04-01)',
    edit(R01, '发布时间：2024-03-26 10:12', '发布时间：2024-06-18 10:12')),
  derive(R20, 'D07-rate-mismatch', { rule: 'consistent-rate', severity: 'warn' },
    '纠错率 13.76% does not match 25/209 = 11.96%',
    edit(R20, '纠错率11.96%', '纠错率13.76%')),
  derive(R20, 'D08-total-mismatch', { rule: 'consistent-total', severity: 'warn' },
    '其中 parts 12+21 = 33 exceed the total 31',
    edit(R20, '部门文件19件', '部门文件21件')),
  derive(R10, 'D09-placeholder-XX', { rule: 'no-placeholder', severity: 'error' },
    'a template slot left: XX村',
    edit(R10, '领导干部旁听庭审1次。', '领导干部到XX村开展旁听庭审1次。')),
  derive(R06, 'D10-placeholder-star', { rule: 'no-placeholder', severity: 'error' },
    'a count left as *次',
    edit(R06, '全年主持专题研究法治工作5次', '全年主持专题研究法治工作*次')),
  derive(R17, 'D11-placeholder-bracket', { rule: 'no-placeholder', severity: 'error' },
    '【待补充】 left in the body',
    edit(R17, '开展专项执法行动12次。', '开展专项执法行动【待补充】次。')),
  derive(R03, 'D12-repealed-law', { rule: 'valid-law-title', severity: 'warn' },
    'cites the repealed 合同法 as current study material',
    edit(R03, '组织在编干部参加2024年度国家工作人员学法考试', '组织在编干部学习《中华人民共和国合同法》，参加2024年度国家工作人员学法考试')),
  derive(R07, 'D13-plan-title-wrong-years', { rule: 'valid-law-title', severity: 'error' },
    '纲要 cited with the wrong end year (2021—2026年)',
    edit(R07, '深入学习贯彻习近平法治思想，以高水平', '深入学习贯彻习近平法治思想，全面落实《法治政府建设实施纲要（2021—2026年）》，以高水平')),
  derive(R08, 'D14-unpaired-quote', { rule: 'no-unpaired-punctuation', severity: 'error' },
    'closing quote typed as an opening one: “法治立局“',
    edit(R08, '“法治立局”', '“法治立局“')),
  derive(R11, 'D15-halfwidth-comma', { rule: 'require-fullwidth-punctuation', severity: 'warn' },
    'one half-width comma in an otherwise full-width text',
    edit(R11, '参考245人，216人取得执法证', '参考245人,216人取得执法证')),
  derive(R13, 'D16-duty-only-in-plan', { rule: 'require-first-responsible-person', severity: 'error' },
    'the duty paragraph dropped; 第一责任人 now appears only in the plan',
    lines(
      '# 西岸街道2024年法治政府建设年度报告',
      '2024年，西岸街道坚持以习近平新时代中国特色社会主义思想为指导，现将2024年工作开展情况报告如下：',
      '## 一、2024年推进法治政府建设的主要举措和突出成效',
      '**笃学践行习近平法治思想。**全年召开党工委（扩大）会议26次，开展理论学习中心组学习14次。',
      '**推进综合行政执法。**全年办理执法案件152件，案卷评查合格率100%。',
      '## 二、存在的不足',
      '基层执法规范化水平与群众期待仍有差距。',
      '## 三、2025年工作思路',
      '2025年，街道将压紧压实党政主要负责人推进法治建设第一责任人职责，推进综合行政执法规范化建设。',
    )),
  derive(R19, 'D17-numbering-skip', { rule: 'consistent-numbering', severity: 'warn' },
    'top-level headings jump from 二、 to 四、',
    edit(R19, '三、存在的不足', '四、存在的不足').replace('四、2023年工作计划', '五、2023年工作计划')),
  derive(R16, 'D18-outdated-goal', { rule: 'no-outdated-goal-formula', severity: 'warn' },
    'the 2015 goal formula in a 2024 report',
    edit(R16, '统筹抓好依法行政、营商环境优化和社会治理创新', '围绕建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府，统筹抓好依法行政和社会治理创新')),
  derive(R21, 'D19-written-late', { rule: 'no-late-publication', severity: 'error' },
    '成文日期 2026-03-16 for a township 2025 report (deadline 3月1日)',
    edit(R21, '成文日期：2026-02-10', '成文日期：2026-03-16')),
  derive(R22, 'D20-lookback-heading-year', { rule: 'consistent-year', severity: 'error' },
    'the look-back heading names 2023 in a 2024 report (left from last year)',
    edit(R22, '一、2024年法治政府建设主要举措和成效', '一、2023年法治政府建设主要举措和成效')),
  derive(R18, 'D21-phone-number', { rule: 'no-sensitive-data', severity: 'error' },
    'a personal mobile number left in the text',
    edit(R18, '带头出庭应诉2次。', '带头出庭应诉2次,联系人手机13907345621。')),
  derive(R12, 'D22-no-plan', { rule: 'require-next-year-plan', severity: 'error' },
    'the plan part cut out entirely (require-sections also owns part 4 by its page, so its finding is tolerated)',
    edit(R12, '三、下一年度工作安排\n\n2024年，县政府将聚焦行政执法质量提升，推进乡镇（街道）合法性审查全覆盖，做好2024年度述法评议。\n\n', ''),
    { tolerate: ['require-sections'] }),
  derive(R15, 'D23-placeholder-empty-bracket', { rule: 'no-placeholder', severity: 'error' },
    'an empty 【】 left where a number belonged',
    edit(R15, '其中维持51件', '其中维持【】件')),
  derive(R14, 'D24-opening-year', { rule: 'consistent-year', severity: 'error' },
    'the opening sentence starts with 2021年 in a 2022 report',
    edit(R14, '2022年，河阳县深入学习贯彻党的二十大精神', '2021年，河阳县深入学习贯彻党的二十大精神')),
  derive(R23, 'D25-plan-year-plus-two', { rule: 'require-next-year-plan', severity: 'error' },
    'the plan heading and its first sentence name 2025 only (Y+2) in a 2023 report',
    edit(R23, '四、2024—2025年工作思路\n\n2024年，我县将全面完成法治政府建设实施方案中期任务，2025年迎接', '四、2025年工作思路\n\n2025年，我县将全面完成法治政府建设实施方案各项任务，迎接')),
  derive(R19, 'D26-dept-published-late', { rule: 'no-late-publication', severity: 'error' },
    '发布日期 2023-04-17 for a 2022 department report',
    edit(R19, '发布日期：2023-03-15', '发布日期：2023-04-17')),
  derive(R26, 'D27-duty-only-in-problems', { rule: 'require-first-responsible-person', severity: 'error' },
    'the duty item dropped from part 1; 第一责任人 now only in the 问题 part',
    edit(R26, '一是镇党委书记、镇长履行推进法治建设第一责任人职责，全年召开法治建设专题会议3次，带头讲法治课2次。二是规范合法性审查', '一是规范合法性审查')
      .replace('二是推进矛盾纠纷多元化解', '二是推进矛盾纠纷多元化解')
      .replace('三是推进矛盾纠纷多元化解', '二是推进矛盾纠纷多元化解')
      .replace('村级法治宣传阵地利用率不高。', '村级法治宣传阵地利用率不高，落实法治建设第一责任人职责的压力传导还不够到位。')),
  derive(R24, 'D28-placeholder-fill-here', { rule: 'no-placeholder', severity: 'error' },
    '此处填写 left in the body',
    edit(R24, '聘任特邀监督员30名。', '聘任特邀监督员（此处填写人数）名。')),
  derive(R28, 'D29-nonexistent-law', { rule: 'valid-law-title', severity: 'warn' },
    'cites a 行政诉讼法实施条例 that does not exist',
    edit(R28, '全年7项重大行政决策均经合法性审查和集体讨论决定。', '全年7项重大行政决策均经合法性审查和集体讨论决定，组织学习《中华人民共和国行政诉讼法实施条例》。')),
  derive(R27, 'D30-dated-before-year-end', { rule: 'consistent-year', severity: 'error' },
    '成文日期 2024-11-08 for a 2024 report: written before the year it reports on had ended',
    edit(R27, '成文日期：2024-12-27', '成文日期：2024-11-08')),
  derive(R29, 'D31-rate-over-100', { rule: 'consistent-rate', severity: 'error' },
    'a completion rate over 100%',
    edit(R29, '全年为企业提供法律咨询612次。', '全年受理企业法律服务申请612件，办结626件，办结率102.29%。')),
  derive(R30, 'D32-heading-repeat', { rule: 'consistent-numbering', severity: 'warn' },
    'the second-level number （一） used twice',
    edit(R30, '（二）推进行政复议体制改革', '（一）推进行政复议体制改革')),
  derive(R25, 'D33-internal-mark', { rule: 'no-sensitive-data', severity: 'error' },
    'an 内部资料 mark left on a published copy',
    edit(R25, '清溪县2023年法治政府建设年度报告', '内部资料　注意保存\n\n清溪县2023年法治政府建设年度报告')),
  derive(R09, 'D34-plan-says-mingnian', { rule: 'require-next-year-plan', severity: 'warn' },
    'the plan speaks of 明年 only',
    edit(R09, '四、2026年工作安排\n\n2026年，我县将对标“十五五”法治建设规划，', '四、明年工作安排\n\n明年，我县将对标新一轮法治建设规划，')),
  derive(R31, 'D35-html-published-late', { rule: 'no-late-publication', severity: 'error' },
    'the metadata table gives 发布日期 2024-05-09 for a 2023 report',
    edit(R31, '<td>2024-03-20</td>', '<td>2024-05-09</td>')),
  derive(R32, 'D36-township-no-duty', { rule: 'require-sections', severity: 'error' },
    'the duty clause removed from the one-paragraph part 1',
    edit(R32, '乡党委书记作为法治建设第一责任人，带头学法述法，全年主持召开法治建设专题会议3次；乡政府规范合同审查', '乡政府规范合同审查')),
  derive(R34, 'D37-plan-report-year', { rule: 'require-next-year-plan', severity: 'error' },
    'the plan opens with 2025年 (the report year) — copied from last year',
    edit(R34, '2026年，我县将以“十五五”法治政府建设规划开局为牵引', '2025年，我县将以法治政府建设示范创建为牵引')),
  derive(R35, 'D38-placeholder-title', { rule: 'no-placeholder', severity: 'error' },
    '×× left for the county name in the title',
    edit(R35, '剑门县2024年法治政府建设年度报告', '××县2024年法治政府建设年度报告')),
  derive(R37, 'D39-halfwidth-bracket-heading', { rule: 'require-fullwidth-punctuation', severity: 'warn' },
    'one sub-heading numbered with half-width brackets (二) in a full-width text',
    edit(R37, '（二）加强执法监督', '(二)加强执法监督')),
  derive(R33, 'D40-no-shortcomings-dept', { rule: 'require-sections', severity: 'error' },
    'part 2 (不足和原因) cut out of a department report; parts renumbered',
    edit(R33, '三、存在的不足和原因\n\n基层劳动保障监察力量不足，原因是编制未随职能调整同步增加。\n\n四、2023年工作要点', '三、2023年工作要点').replace('五、其他事项', '四、其他事项')),
  derive(R36, 'D41-unclosed-title-heading', { rule: 'no-unpaired-punctuation', severity: 'error' },
    'a 《 never closed in a body paragraph',
    edit(R36, '落实“第一议题”制度，党工委理论学习中心组集体学法6次。', '落实“第一议题”制度，党工委理论学习中心组集体学习《中华人民共和国行政复议法，全年学法6次。')),
];

// ======================================================================================================
// Fragments: one paragraph each
// ======================================================================================================

type Row = [id: string, label: Label, writer: string, text: string, models: string[], note: string, expect?: IndependentCase['expect']];
const frag = (rows: Row[]): IndependentCase[] =>
  rows.map(([id, label, writer, text, models, note, expect]) => ({ id, scope: 'fragment', label, writer, text, models, note, ...(expect ? { expect } : {}) }));

const FRAGMENTS: IndependentCase[] = frag([
  // ---- clean
  ['F01-review-correction-rate', 'clean', 'city 司法局', '全年收到行政复议申请126件，受理118件，审结109件，纠正违法或不当行政行为15件，纠错率13.76%。', [FY], '15/109 = 13.76%'],
  ['F02-court-appearance', 'clean', 'county government', '全县行政应诉案件开庭审理37件，行政机关负责人出庭应诉37件，出庭应诉率100%，较上年提高6个百分点。', [JH23], '37/37; 个百分点 against last year (not checkable)'],
  ['F03-normative-docs-subset', 'clean', 'county 司法局', '共审查规范性文件42件，其中县政府文件15件、部门文件27件，均按规定报县人大常委会和市政府备案。', [ZJ25], '15+27 = 42'],
  ['F04-approximate', 'clean', 'township', '开展“八五”普法进村入户活动320余场次，覆盖群众5万余人次，群众法治满意度达98%以上。', [XG25], 'approximate counts and a survey rate'],
  ['F05-ontime-rate', 'clean', 'district 12345 center', '全年受理12345热线涉企工单8520件，办结8516件，办结率99.95%，按时办结率99.88%。', [XG25], '8516/8520 = 99.95%; 按时 over an unstated base'],
  ['F06-growth', 'clean', 'county government', '全县新收行政复议案件100件，较上年的80件增长25%。', [FY], '(100-80)/80 = 25%'],
  ['F07-open-subset', 'clean', 'county 法律援助中心', '全年受理法律援助案件215件，其中刑事案件98件、民事案件86件，为受援人挽回经济损失420万元。', [ZJ25], 'open 其中 list summing to less than the total'],
  ['F08-law-titles', 'clean', 'street office', '深入学习新修订的《中华人民共和国行政复议法》《中华人民共和国法律援助法》和《信访工作条例》，组织专题辅导2场。', [MX25, BC25], 'three current titles, no 顿号 between them'],
  ['F09-nested-title', 'clean', 'county government', '认真贯彻《中共中央办公厅　国务院办公厅关于印发〈法治政府建设与责任落实督察工作规定〉的通知》，按时报送年度报告。', [GUIDE], '〈〉 inside 《》'],
  ['F10-time-url', 'clean', 'city 政务服务中心', '政务服务大厅每周一至周五8:30—17:30提供“一窗通办”服务，办事指南可在https://zwfw.example.gov.cn查询，累计注册用户16,075个。', [XG25], 'a time, a URL and a thousands separator'],
  ['F11-local-regulation', 'clean', 'street office (Zhejiang)', '党工委理论学习中心组集体学习《浙江省行政合法性审查工作规定》，截至12月底共审查合同247份。', [XY24], 'a provincial regulation (not in the national list: at most info)'],
  ['F12-exam-pass-rate', 'clean', 'county government', '开展行政执法人员资格考试2次，参考245人，216人取得执法证，通过率88.16%。', [DG25], '216/245 = 88.16%'],
  ['F13-budget-rate', 'clean', 'county 司法局', '下达法律援助经费85万元，已支出76.5万元，预算执行率90%。', [ZJ25], '76.5/85 = 90%'],
  ['F14-quoted-series', 'clean', 'county government', '全面推行审批服务“马上办、网上办、就近办、一次办”，深化“证照分离”改革。', [GD23], 'quoted items and 顿号 inside quotes'],
  ['F15-ellipsis-span', 'clean', 'district government', '对照《法治政府建设实施纲要（2021—2025年）》逐项梳理任务清单，涉及职能、决策、执法、监督……等8个方面。', [JH23], 'correct 纲要 years and a proper ……'],
  ['F16-closed-list', 'clean', 'township', '全年调解纠纷540件，分别为婚姻家庭类210件、邻里纠纷180件、其他类150件，调解成功率100%。', [GL25], 'closed list 210+180+150 = 540; 成功率 without counts'],
  // ---- defects
  ['F21-correction-rate-wrong', 'defect', 'city 司法局', '全年审结行政复议案件109件，纠正违法或不当行政行为15件，纠错率14.68%。', [FY], '15/109 = 13.76%, not 14.68%', { rule: 'consistent-rate' }],
  ['F22-appearance-wrong', 'defect', 'county government', '全县行政应诉案件开庭审理37件，行政机关负责人出庭应诉35件，出庭应诉率97.3%。', [JH23], '35/37 = 94.59%', { rule: 'consistent-rate' }],
  ['F23-subset-exceeds', 'defect', 'county 司法局', '共审查规范性文件42件，其中县政府文件18件、部门文件27件。', [ZJ25], '18+27 = 45 > 42', { rule: 'consistent-total' }],
  ['F24-closed-list-short', 'defect', 'township', '全年调解纠纷540件，分别为婚姻家庭类210件、邻里纠纷180件、其他类140件。', [GL25], 'closed list sums to 530', { rule: 'consistent-total' }],
  ['F25-placeholder-cross', 'defect', 'county department', '由××县司法局牵头，会同有关部门开展行政执法案卷评查，抽查案卷120卷。', [TPL], '×× left for the county name', { rule: 'no-placeholder', severity: 'error' }],
  ['F26-placeholder-date', 'defect', 'district government', '区政府于2024年X月X日召开常务会议，专题听取法治政府建设工作汇报。', [ZCB], 'X月X日 left', { rule: 'no-placeholder', severity: 'error' }],
  ['F27-repealed-civil-code', 'defect', 'township', '组织村干部学习《中华人民共和国民法通则》，提升依法调处纠纷能力。', [BC25], '民法通则 repealed 2021', { rule: 'valid-law-title' }],
  ['F28-wrong-regulation-name', 'defect', 'county government', '严格执行《重大行政决策程序暂行规定》，全年7项重大行政决策均经合法性审查。', [LS24], 'the 国务院令 is 重大行政决策程序暂行条例', { rule: 'valid-law-title' }],
  ['F29-unclosed-title', 'defect', 'street office', '组织执法人员学习《中华人民共和国行政处罚法，全年开展专题培训3次。', [XX24], '《 never closed', { rule: 'no-unpaired-punctuation', severity: 'error' }],
  ['F30-unclosed-bracket', 'defect', 'county government', '全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度（以下简称“三项制度”，执法规范化水平持续提升。', [JH20], '（ never closed', { rule: 'no-unpaired-punctuation', severity: 'error' }],
  ['F31-halfwidth-semicolon', 'defect', 'county government', '一是健全合法性审查机制;二是落实法律顾问制度，全年出具法律意见42份。', [ZJ25], 'a half-width ; between Chinese clauses in full-width text', { rule: 'require-fullwidth-punctuation' }],
  ['F32-ascii-ellipsis', 'defect', 'district government', '涉及行政许可、行政处罚、行政强制...等8类执法事项。', [JH20], '... for the ellipsis', { rule: 'require-fullwidth-punctuation' }],
  ['F33-title-series-comma', 'defect', 'county government', '集中学习《中华人民共和国行政复议法》、《中华人民共和国行政诉讼法》等法律。', [BC25], '顿号 between adjacent titles', { rule: 'require-fullwidth-punctuation' }],
  ['F34-outline-years', 'defect', 'street office', '紧扣《法治政府建设实施纲要（2022—2025年）》要求，将法治建设融入基层治理。', [BC25], '纲要 years 2021—2025, not 2022—2025 (published exactly so)', { rule: 'valid-law-title', severity: 'error' }],
  ['F17-per-10000', 'clean', 'county 法律援助中心', '全县万人受援率30.54%，法律援助案件群众满意率99.2%。', [ZJ25], 'rates with no counts to check'],
  ['F18-points', 'clean', 'district government', '行政复议纠错率较上年下降3.2个百分点，行政诉讼败诉率同比下降1.5个百分点。', [FY], 'percentage points against last year'],
  ['F19-short-titles', 'clean', 'township', '围绕《宪法》《民法典》《行政处罚法》开展“法律进乡村”活动，全年发放资料1,280份。', [MX25], 'short titles of current laws and a thousands separator'],
  ['F20-fraction', 'clean', 'city government', '全市12个县（市、区）中已有10个建成公共法律服务中心，三分之二以上的乡镇配备专职调解员。', [QJ25], 'fractions and 中已有'],
  ['F35-listed-total-wrong', 'defect', 'township', '调处婚姻家庭纠纷32件、邻里纠纷25件、土地纠纷8件，共计67件。', [GL25], '32+25+8 = 65, not 67', { rule: 'consistent-total' }],
  ['F36-one-decimal-rate', 'defect', 'ethnic township', '全年调解矛盾纠纷88件，调解成功86件，调解成功率97.1%。', [ZCB], '86/88 = 97.7%', { rule: 'consistent-rate' }],
  ['F37-halfwidth-colon', 'defect', 'county government', '主要做法是:一是建立行政执法监督员制度，二是推行执法检查计划备案。', [JH20], 'a half-width colon between Chinese characters', { rule: 'require-fullwidth-punctuation' }],
  ['F38-repealed-petition', 'defect', 'county 信访局', '严格执行《信访条例》，全年受理群众来信来访412件次。', [GUIDE], '信访条例 replaced by 信访工作条例 (2022)', { rule: 'valid-law-title' }],
  ['F39-placeholder-name', 'defect', 'county government', '县委书记XXX同志主持召开县委全面依法治县委员会第三次会议。', [TPL], 'XXX left for a name', { rule: 'no-placeholder', severity: 'error' }],
  ['F40-unpaired-close-quote', 'defect', 'street office', '打造”法治驿站“品牌，全年接待群众咨询460人次。', [XX24], 'quotes typed backwards ”…“', { rule: 'no-unpaired-punctuation', severity: 'error' }],
  ['F41-growth-no-base', 'clean', 'county government', '全县行政复议案件同比增长12.5%，行政诉讼案件同比下降8.3%。', [FY], 'growth with no base stated'],
  ['F42-rate-alone', 'clean', 'county government', '全县行政复议综合纠错率13.79%，行政机关负责人出庭应诉率保持100%。', [FY], 'rates without counts'],
  ['F43-carry-over', 'clean', 'county court liaison', '受理执行案件523件（含上年结转112件），执结335件，执结率64.05%。', [ZJ25], '335/523 = 64.05%'],
  ['F44-new-law-date', 'clean', 'district government', '新修订的《中华人民共和国行政复议法》自2024年1月1日起施行，区政府组织专题培训4期、参训520人次。', [FY], 'a date and a current title'],
  ['F45-appearance-100-wrong', 'defect', 'county government', '全县行政应诉案件开庭37件，行政机关负责人出庭35件，出庭应诉率100%。', [JH23], '35/37 is not 100%', { rule: 'consistent-rate' }],
  ['F46-mixed-bracket', 'defect', 'county government', '严格执行《优化营商环境条例》（以下简称“条例”)，全年清理涉企规定16件。', [GD23], 'a full-width （ closed by a half-width )', { rule: 'require-fullwidth-punctuation' }],
  ['F47-nested-angle', 'defect', 'city government', '认真落实《国务院办公厅关于印发<全国深化“放管服”改革着力培育和激发市场主体活力电视电话会议重点任务分工方案>的通知》。', [GD23], '<> for a title inside a title', { rule: 'require-fullwidth-punctuation' }],
]);

export const CASES: IndependentCase[] = [...CLEAN_REPORTS, ...DEFECT_REPORTS, ...FRAGMENTS];
