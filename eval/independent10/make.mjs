// Writes eval/independent10/cases/*.txt and cases.json. Reports on the year 2025 (published Jan–Apr 2026):
// 十四五 收官 / 十五五 开局, plans for 2026, the 2021—2025 纲要 ending, laws new in 2024–2025. Text written for this
// suite (no sentence pasted from a source); every figure below was checked by hand (see README.md).
// Run: node eval/independent10/make.mjs
import { writeFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, 'cases');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const GOAL21 = '职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意';
const GOAL15 = '职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信';
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
const GANG = '《法治政府建设实施纲要（2021—2025年）》';

/**
 * Entities. Each: name (issuer), place, we (我县…), all (全县…), lead (subject of the duty account), blocks (part 1:
 * [heading, text]), problems, plans (2026), duty (text of part 3), part5, date (signature), src (modelled address).
 */
const E = {};

E.qc = {
  name: '青川县人民政府', place: '青川县', we: '我县', all: '全县', kind: 'county',
  src: 'http://www.zhaoxian.gov.cn/columns/4bc809b5-2280-4aca-bf79-3796a2d6f737/202601/27/5141831a-497b-4b8e-aa5d-7d12d325d0d6.html',
  lead: '县政府主要负责同志',
  blocks: [
    ['深学笃行习近平法治思想', '把学习贯彻习近平法治思想作为首要政治任务，县政府常务会议坚持会前学法，全年集体学法12次，重点学习《中华人民共和国民营经济促进法》《中华人民共和国行政复议法》等法律法规；举办领导干部法治专题培训班3期，培训680人次。组织行政执法人员资格考试，参考420人，通过368人，通过率87.6%。'],
    ['规范涉企行政检查', '贯彻《国务院办公厅关于严格规范涉企行政检查的意见》，清理公布行政检查主体52个、检查事项1106项，推行“综合查一次”“扫码入企”，全年涉企行政检查1826次，同比下降31.2%（2024年为2654次）。对轻微违法行为依法不予处罚、减轻处罚，推动执法既有力度又有温度。'],
    ['发挥行政复议主渠道作用', '2025年，县政府共收到行政复议申请364件，2024年为325件，同比增长12.0%；受理338件，审结316件，其中纠错41件，纠错率13.0%。全县行政诉讼案件86件，行政机关负责人出庭应诉86件，出庭应诉率100%。'],
    ['推进矛盾纠纷多元化解', '坚持和发展新时代“枫桥经验”，全年排查矛盾纠纷2416件，化解2371件，化解率98.1%。办理法律援助案件612件，其中刑事案件238件、民事案件341件、行政案件33件，为困难群众挽回经济损失1286.5万元。'],
  ],
  problems: ['对照《法治政府建设实施纲要（2021—2025年）》终期评估要求，部分部门依法行政意识有待进一步增强', '基层行政执法力量不足，执法人员专业化水平不够均衡', '数字政府建设与行政执法监督的融合还不够深入'],
  plans: ['深入学习贯彻习近平法治思想，谋划“十五五”时期法治政府建设任务，推动法治政府建设率先突破', '贯彻实施《行政执法监督条例》，健全县、乡两级行政执法协调监督工作体系', '持续规范涉企行政检查，扩大“综合查一次”覆盖面，优化法治化营商环境', '深化行政复议体制改革，发挥化解行政争议主渠道作用'],
  duty: '县政府主要负责同志认真履行推进法治建设第一责任人职责，对法治政府建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办，全年主持召开县政府常务会议专题研究法治政府建设工作4次，带头参加年度述法并接受点评。',
  part5: '2025年，青川县被命名为全省法治政府建设示范县。',
  date: '2026年1月26日',
};

E.lj = {
  name: '临江市人民政府', place: '临江市', we: '我市', all: '全市', kind: 'city',
  src: 'https://sfj.yueyang.gov.cn/7200/7202/content_2362517.html',
  lead: '市政府主要负责同志',
  blocks: [
    ['坚持党的领导，扛牢法治政府建设责任', '市政府党组会议专题学习中央全面依法治国工作会议精神，深入学习《习近平法治思想学习纲要（2025年版）》。印发《临江市2025年法治政府建设工作要点》，明确重点任务56项，逐项分解到部门。'],
    ['突出良法善治，保障高质量发展', '科学编制年度立法计划，制定地方性法规2部、政府规章1部，共计3部。对规范性文件开展1次全面清理和4次专项清理，梳理政策措施1342件，其中废止86件、修改41件、宣布失效57件。'],
    ['严格规范公正文明执法', '开展规范涉企行政执法专项行动，全年涉企检查9860次，同比下降27.4%（上年13580次）。对1538件轻微违法行为依法不予处罚，涉及金额2316.4万元。推行信用修复“一件事”，协助经营主体完成信用修复2148家，同比增长35.6%（2024年为1584家）。'],
    ['强化行政权力制约和监督', '全市收到行政复议申请1286件，同比增长18.3%（2024年为1087件）；审结1064件，纠错147件，纠错率13.8%。全市一审行政诉讼案件412件，行政机关负责人出庭405件，出庭应诉率98.3%；审结368件，败诉21件，败诉率5.7%，较上年的7.2%下降1.5个百分点。'],
  ],
  problems: ['一些部门运用法治思维和法治方式推动发展的能力还有差距', '行政执法“三项制度”落实不够平衡，个别领域仍存在多头检查', '基层法治力量与“十五五”时期的任务要求还不相适应'],
  plans: ['全面总结《法治政府建设实施纲要（2021—2025年）》实施情况，研究制定“十五五”法治政府建设实施方案', '贯彻《行政执法监督条例》，开展行政执法质量评议', '深化人工智能在政务服务、行政执法和合法性审查中的应用，建设数字法治政府', '完善府院联动机制，降低行政诉讼败诉率'],
  duty: '市政府主要负责同志切实履行推进法治建设第一责任人职责，召开全市法治政府建设工作推进会，市政府常务会议5次专题研究行政执法和信访工作法治化工作，带头在市委全面依法治市委员会会议上述法。',
  part5: '无。',
  date: '2026年2月12日',
};

E.dh = {
  name: '东湖区人民政府', place: '东湖区', we: '我区', all: '全区', kind: 'district',
  src: 'http://www.xialuqu.gov.cn/zwgk/fdzdgknr/qtzdgknr/fzzfjsndbg/202602/t20260206_1307196.html',
  lead: '区政府主要负责同志',
  blocks: [
    ['压实主体责任，法治政府建设有力有序', '通过区委理论学习中心组专题学习和区政府常务会议会前学法等形式，全年学法18场次。召开区委全面依法治区委员会会议，印发年度工作要点，明确责任分工。'],
    ['强化依法决策，依法行政水平不断提升', '开展行政规范性文件评估清理，保留121件、修改9件、废止14件，共计144件。发挥政府法律顾问作用，对53份重要文件、15份重要合同进行合法性审查。'],
    ['推进数字政府建设', '深化“高效办成一件事”改革，上线集成服务26项；依托政务大模型上线“智能导办”，企业群众咨询可即问即答。推行非现场执法，在城市管理、交通运输领域应用视频取证、远程监管。'],
    ['依法化解社会矛盾纠纷', '2024年，全区共受理行政复议申请186件。2025年受理212件，同比增长14.0%，在受理前和审理中调解化解行政争议47件。全年调解矛盾纠纷1930件，调解成功1884件，调解成功率97.6%。'],
  ],
  problems: ['法治政府建设的统筹推进还不够有力，部门之间进展不平衡', '行政执法人员素质参差不齐，执法规范化水平有待提升', '法治宣传的针对性和实效性还需增强'],
  plans: ['对照“十五五”规划纲要，谋划全区法治政府建设重点任务', '推进行政执法协调监督工作体系建设，落实《行政执法监督条例》', '拓展人工智能辅助合法性审查应用场景', '深化“八五”普法总结验收，启动“九五”普法规划编制'],
  duty: '区政府主要负责同志履行推进法治建设第一责任人职责，主持召开区政府常务会议研究法治政府建设事项6次，审定年度法治政府建设工作要点，带头接受述法评议。',
  part5: '2025年，东湖区“一站式”行政争议调处中心入选全省法治政府建设示范项目。',
  date: '2026年2月6日',
};

E.sm = {
  name: '石门镇人民政府', place: '石门镇', we: '我镇', all: '全镇', kind: 'town',
  src: 'http://www.cqfd.gov.cn/zwgk_200/zfxxgkml/fzzfjsbg/xzjd/202602/t20260210_15418039.html',
  lead: '镇党委书记、镇长',
  blocks: [
    ['纵深推进学习习近平法治思想', '将习近平法治思想纳入镇党委理论学习中心组和干部职工周例会学习内容，全年开展中心组法治学习5次、干部职工集中学法10次，网上学法考试参考率、合格率均达100%。'],
    ['规范基层综合行政执法', '落实《重庆市乡镇（街道）综合行政执法事项目录》，全年办理综合执法案件47件，其中违法建设19件、占道经营28件，执法文书全部规范制作。'],
    ['发挥法律顾问作用', '镇法律顾问全年参与重大事项讨论16次，审核合同23份，出具法律意见书5份，重大行政决策全部经过合法性审查。'],
    ['拓宽普法宣传覆盖渠道', '依托村（社区）法治文化阵地开展“法治流动课堂”36场次，覆盖群众4800余人次。全年排查矛盾纠纷186件，调解成功181件，调解成功率97.3%。'],
  ],
  problems: ['镇村干部法治素养有待进一步提升', '综合执法人员少、任务重，执法装备不足', '村级法治宣传阵地作用发挥不够充分'],
  plans: ['持续深化学习宣传习近平法治思想', '加强综合行政执法队伍建设，提升执法规范化水平', '深化“法律明白人”培养工程，每村培育不少于10名', '健全矛盾纠纷排查化解机制'],
  duty: '镇党委书记、镇长切实履行推进法治建设第一责任人职责，全年主持召开党委会、镇长办公会专题研究法治建设工作4次，带头开展法治宣讲2场次，年终向县委全面依法治县委员会书面述法。',
  part5: '无。',
  date: '2026年1月22日',
};

E.bg = {
  name: '北关街道办事处', place: '北关街道', we: '街道', all: '全街道', kind: 'street',
  src: 'http://www.yanta.gov.cn/xxgk/zdxxgk/fzzfjs/fzjs/2013177503296303105.html',
  lead: '街道党工委书记、办事处主任',
  blocks: [
    ['压实法治建设责任', '成立由党工委书记、办事处主任任双组长的法治建设领导小组，全年召开法治建设专题会议4次，研究解决行政执法、矛盾化解等难点问题。'],
    ['规范行政执法行为', '严格落实行政执法“三项制度”，全年完成重大执法决定法制审核36件，开展违法建设、环境整治等专项执法行动12次。'],
    ['深化基层依法治理', '健全矛盾纠纷多元化解机制，全年排查化解矛盾纠纷391件，化解376件，化解率96.2%。14个社区实现法律顾问全覆盖。'],
    ['推进政务公开', '严格落实《中华人民共和国政府信息公开条例》，主动公开政务信息312条，依申请公开全部按期答复。'],
  ],
  problems: ['社区工作人员法治意识和依法办事能力仍需提高', '执法力量与辖区管理任务不相匹配', '普法宣传形式较为单一'],
  plans: ['加强干部学法用法，落实领导干部应知应会法律法规清单', '规范综合行政执法，落实行政执法全过程记录', '推进民主法治示范社区创建', '深化“法律明白人”队伍建设'],
  duty: '街道党工委书记、办事处主任切实履行法治建设第一责任人职责，坚持重要工作亲自部署、重大问题亲自过问，全年带头讲授法治课2次，推动法治建设与街道中心工作同部署、同推进、同考核。',
  part5: '无。',
  date: '2026年1月30日',
};

E.scj = {
  name: '青川县市场监督管理局', place: '青川县市场监督管理局', we: '我局', all: '全局', kind: 'dept',
  src: 'http://donggezy.com/lbxzf/tzgg/202601/6a3ade0d69dc44aabf3ea30ebb690888.shtml',
  lead: '局党组书记、局长',
  blocks: [
    ['严格规范公正文明执法', '全年办理行政处罚案件486件，其中一般程序312件、简易程序174件，罚没款1268.5万元。落实“首违不罚”清单，对93件首次轻微违法行为依法不予处罚。'],
    ['创新监管方式', '开展“双随机、一公开”抽查168次，其中跨部门联合抽查52次，占31.0%。推行信用分级分类监管，指导612户经营主体完成信用修复。'],
    ['规范涉企行政检查', '梳理公布行政检查事项138项，推行“扫码入企”，检查全过程留痕；对同一企业的多项检查实行“综合查一次”。'],
    ['加强普法宣传', '落实“谁执法谁普法”普法责任制，围绕《中华人民共和国民营经济促进法》《中华人民共和国反不正当竞争法》开展“法律进企业”活动24场次。'],
  ],
  problems: ['执法人员专业能力与新兴业态监管要求不相适应', '信用监管数据归集共享还不够充分', '部分基层所执法文书制作不够规范'],
  plans: ['深入贯彻《中华人民共和国民营经济促进法》，维护公平竞争市场秩序', '深化信用修复“一件事”改革', '规范涉企行政检查，控制检查频次', '开展执法案卷评查，提升办案质量'],
  duty: '局党组书记、局长切实履行推进法治建设第一责任人职责，全年主持召开党组会议专题研究法治建设4次，带头学法、带头述法，对重大执法决定亲自把关。',
  part5: '无。',
  date: '2026年2月10日',
};

E.sfj = {
  name: '临江市司法局', place: '临江市司法局', we: '我局', all: '全市司法行政系统', kind: 'dept',
  src: 'http://www.fzsx.gov.cn/gzcf/gzdt/90074.htm',
  lead: '局党委书记、局长',
  blocks: [
    ['当好党委政府法律顾问', '审查市政府规范性文件42件，提出修改意见118条；审查政府合同86份，涉及金额42.6亿元。'],
    ['推进行政执法协调监督', '牵头开展提升行政执法质量三年行动计划终期评估，新申领行政执法证件526人；开展行政执法案卷评查，抽查案卷360卷。'],
    ['优化公共法律服务', '受理法律援助案件2138件，同比增长9.7%（上年1949件）。全市人民调解组织调解纠纷1.26万件，调解成功1.23万件，调解成功率97.6%。'],
    ['推进法治宣传教育', '贯彻2025年11月1日起施行的《中华人民共和国法治宣传教育法》，开展“八五”普法总结验收，全市培育“法律明白人”8600名。'],
  ],
  problems: ['行政执法监督的手段还不够多', '公共法律服务资源在城乡之间分布不均衡', '普法工作精准性有待提高'],
  plans: ['贯彻实施《行政执法监督条例》，建设市、县、乡三级行政执法监督体系', '编制“九五”普法规划', '推进公共法律服务均衡发展', '加强律师、公证、司法鉴定行业监管'],
  duty: '局党委书记、局长履行推进法治建设第一责任人职责，全年主持召开局党委会议研究法治建设工作6次，带头开展述法，推动全系统法治建设任务落实。',
  part5: '无。',
  date: '2026年2月3日',
};

E.jt = {
  name: '东湖区交通运输局', place: '东湖区交通运输局', we: '我局', all: '全局', kind: 'dept',
  src: 'https://www.huaning.gov.cn/hn/tzgg26/20260205/1647842.html',
  lead: '局主要负责人',
  blocks: [
    ['推行非现场执法', '依托超限检测站和治超非现场执法点，全年查处超限超载违法行为2315起，其中非现场执法1847起，占79.8%。全年办理行政处罚案件412件，罚款386.7万元。'],
    ['规范涉企检查', '推行“综合查一次”，对道路运输企业的检查由上年的628次下降到415次，下降33.9%。'],
    ['落实行政执法“三项制度”', '执法信息按时公示，执法全过程音像记录，重大执法决定法制审核率100%。'],
  ],
  problems: ['执法人员年龄结构偏大，信息化执法能力不足', '非现场执法证据标准还需统一'],
  plans: ['推进非现场执法规范化，完善电子证据采集标准', '深化交通运输领域涉企行政检查规范', '加强执法人员轮训，全年轮训不少于60学时'],
  duty: '局主要负责人认真履行推进法治建设第一责任人职责，全年主持召开局党组会议研究法治工作3次，带头参加庭审旁听。',
  part5: '无。',
  date: '2026年1月28日',
};

E.gx = {
  name: '临江高新技术产业开发区管理委员会', place: '临江高新区', we: '管委会', all: '全区', kind: 'devzone',
  src: 'https://www.teda.gov.cn/contents/29/100812.html',
  lead: '管委会主要负责同志',
  blocks: [
    ['依法全面履行管委会职能', '按照《临江高新技术产业开发区条例》赋予的职责，动态调整权责清单。政务服务大厅年办件约14.6万件，企业开办实现“一日办结”。'],
    ['提升合法性审查质效', '“三重一大”事项法制审核全覆盖，全年审查合同126份，其中招商引资合同58份、工程建设合同43份；开展公平竞争审查38件。'],
    ['规范涉企行政检查', '推行“综合查一次”，全年组织跨部门联合检查86次，减少入企214次；建立企业服务法律联络点15个。'],
    ['推进智慧政务', '将人工智能大模型接入政务服务平台，推出“智能客服”，“好差评”主动评价率超95%。'],
  ],
  problems: ['法治人才储备不足', '部分新设机构职责边界有待进一步厘清'],
  plans: ['完善管委会权责清单动态调整机制', '推进法律服务进园区', '深化“综合查一次”和“无事不扰”', '拓展人工智能在政务服务中的应用'],
  duty: '管委会主要负责同志履行推进法治建设第一责任人职责，主持召开主任办公会议专题研究法治建设工作4次，审定年度学法计划。',
  part5: '无。',
  date: '2026年1月23日',
};

E.hb = {
  name: '青川县生态环境分局', place: '青川县生态环境分局', we: '我分局', all: '全分局', kind: 'dept',
  src: 'http://www.yaoan.gov.cn/info/5213/496314.htm',
  lead: '分局主要负责人',
  blocks: [
    ['严格生态环境执法', '依照《中华人民共和国环境保护法》《中华人民共和国大气污染防治法》查处环境违法行为，全年办理环境行政处罚案件74件，较上年的52件增加22件，增长42.3%，罚款618.2万元。'],
    ['推行非现场监管', '对86家重点排污单位实行在线监控，非现场监管发现问题线索31条，全部按程序办理。'],
    ['落实包容审慎监管', '制定生态环境领域轻微违法行为免罚清单，对首次轻微违法且及时改正的企业依法不予处罚11件。'],
  ],
  problems: ['执法人员力量与监管任务不相匹配', '非现场监管数据运用不够充分'],
  plans: ['做好生态环境领域立法衔接和普法准备', '深化非现场执法和信用监管', '规范涉企行政检查，推行“综合查一次”'],
  duty: '分局主要负责人履行推进法治建设第一责任人职责，主持召开局务会议研究法治建设工作3次，带头学法述法。',
  part5: '无。',
  date: '2026年2月9日',
};

E.zfb = {
  name: '临江市人民政府办公室', place: '临江市人民政府办公室', we: '市政府办', all: '办公室全体', kind: 'dept',
  src: 'http://www.yanta.gov.cn/xxgk/zdxxgk/fzzfjs/fzjs/2000745032788254721.html',
  lead: '办公室主要负责同志',
  blocks: [
    ['健全制度体系', '修订完善《公文处理办法》《会议管理办法》等制度8项，规范以市政府名义发文程序。全年审核以市政府及市政府办名义印发的文件286件，其中经合法性审查74件。'],
    ['推进政务公开', '严格执行《中华人民共和国政府信息公开条例》，主动公开政府信息4126条；受理依申请公开96件，全部按期答复。'],
    ['强化督查落实', '将法治政府建设重点任务纳入市政府督查事项，开展专项督查2次。'],
  ],
  problems: ['个别科室合法性审查意识不强', '政务公开标准化规范化水平还需提升'],
  plans: ['严格执行行政规范性文件合法性审核机制', '提升政务公开质量', '加强机关干部学法用法'],
  duty: '办公室党组书记、主任切实扛起第一责任人职责，全年主持召开党组会议研究法治建设工作4次，组织党组集体学法12次，重点学习《重大行政决策程序暂行条例》。',
  part5: '无。',
  date: '2026年2月2日',
};

E.nl = {
  name: '中共南岭县委 南岭县人民政府', place: '南岭县', we: '我县', all: '全县', kind: 'county',
  src: 'https://www.yuanling.gov.cn/yuanling/c108850/202602/7da76b9dc48a4b68bc8e4c4f1c7f34a7.shtml',
  lead: '县委、县政府主要负责同志',
  blocks: [
    ['加强组织领导，压实法治建设责任', '认真执行《南岭县法治政府建设实施方案（2021—2025年）》年度任务，组织32个县直部门、11个乡镇主要负责人述法，实现述法全覆盖。'],
    ['优化法治化营商环境', '制定《关于进一步规范涉企行政执法检查行为的意见》，明确19项检查规范，公布行政检查主体52个、检查事项294项。'],
    ['推进行政复议应诉', '受理行政复议案件157件，审结149件，其中维持98件、驳回26件、撤销16件、确认违法9件；行政应诉案件43件，行政机关负责人全部出庭应诉。'],
  ],
  problems: ['法治政府建设考核的导向作用还未充分发挥', '乡镇合法性审查力量薄弱'],
  plans: ['谋划“十五五”时期法治南岭建设', '开展乡镇合法性审查能力提升行动', '深化涉企行政执法监督'],
  duty: '县委、县政府主要负责同志全面落实党政主要负责人履行推进法治建设第一责任人职责要求，县长带头述职述法，主持召开县政府常务会议研究法治政府建设5次。',
  part5: '无。',
  date: '2026年2月27日',
};

E.zr = {
  name: '青川县自然资源局', place: '青川县自然资源局', we: '我局', all: '全局', kind: 'dept',
  src: 'http://www.jiyuan.gov.cn/gov_special/2023/fzzfjszl/fzzfgzbg/t995845.html',
  lead: '局主要负责人',
  blocks: [
    ['贯彻新修订的矿产资源法', '围绕2025年7月1日起施行的《中华人民共和国矿产资源法》开展全员培训2次，梳理调整矿业权出让、登记等事项清单。'],
    ['严格自然资源执法', '依照《中华人民共和国土地管理法》查处违法用地案件37件，涉及土地126.4亩，全部依法立案查处。'],
    ['优化不动产登记服务', '推行“交房即交证”“带押过户”，全年办理不动产登记业务2.15万件。'],
  ],
  problems: ['执法监管手段与卫片执法要求还有差距', '矿产资源领域新法配套制度尚需完善'],
  plans: ['完善矿产资源法配套制度', '深化卫片执法和非现场监管', '推进不动产登记“高效办成一件事”'],
  duty: '局主要负责人履行推进法治建设第一责任人职责，主持召开局党组会议研究法治建设工作4次，带头讲授法治课1次。',
  part5: '无。',
  date: '2026年2月13日',
};

E.fg = {
  name: '东湖区发展和改革局', place: '东湖区发展和改革局', we: '我局', all: '全局', kind: 'dept',
  src: 'https://public.zhengdong.gov.cn/D07X/9888987.jhtml',
  lead: '局主要负责人',
  blocks: [
    ['落实公平竞争审查制度', '严格执行《公平竞争审查条例》，全年审查涉及经营主体经济活动的政策措施64件，其中修改完善5件。'],
    ['服务民营经济发展', '贯彻《中华人民共和国民营经济促进法》和《保障中小企业款项支付条例》，建立民营企业诉求收集办理机制，协助327家企业完成信用修复。'],
    ['推进能源领域依法治理', '学习贯彻2025年1月1日起施行的《中华人民共和国能源法》，规范固定资产投资项目节能审查。'],
  ],
  problems: ['政策措施出台前公平竞争审查的深度不够', '信用修复宣传覆盖面不广'],
  plans: ['完善公平竞争审查会审机制', '开展民营经济促进法宣传月活动', '推进社会信用体系建设'],
  duty: '局主要负责人履行推进法治建设第一责任人职责，全年主持召开局务会议研究法治工作3次，带头述法。',
  part5: '无。',
  date: '2026年2月5日',
};

E.bs = {
  name: '白沙乡人民政府', place: '白沙乡', we: '我乡', all: '全乡', kind: 'town',
  src: 'http://www.fl.gov.cn/jz/majd/zwgk_46684/zfxxgkml/fzzfjsndbgg1/202601/t20260114_15320091.html',
  lead: '乡党委书记、乡长',
  blocks: [
    ['持续深化学法用法', '乡党委理论学习中心组开展法治学习12次，组织干部参加年度学法考试，合格率100%。'],
    ['落实村法律顾问制度', '9个村（社区）法律顾问定期坐班，全年提供法律咨询210人次。'],
    ['化解矛盾纠纷', '全年排查矛盾纠纷64件，化解62件，化解率96.9%。'],
  ],
  problems: ['干部法治思维仍需加强', '村级调解员队伍专业化程度不高'],
  plans: ['加强乡村干部法治培训', '推进“民主法治示范村”创建', '提升村级调解组织规范化水平'],
  duty: '乡党委书记、乡长切实履行推进法治建设第一责任人职责，全年主持召开党委会研究法治建设3次，年终书面述法。',
  part5: '无。',
  date: '2026年1月14日',
};

E.ga = {
  name: '临江市公安局', place: '临江市公安局', we: '我局', all: '全市公安机关', kind: 'dept',
  src: 'http://m.cnwest.com/sxxw/a/2026/03/16/23316164.html',
  lead: '局党委书记、局长',
  blocks: [
    ['做好治安管理处罚法修订实施准备', '围绕2026年1月1日起施行的新修订《中华人民共和国治安管理处罚法》，分批次开展全警轮训，培训执法民警2860人次，修订执法办案指引12项。'],
    ['提升执法办案质量', '全年办理治安案件8426起，同比下降6.8%（2024年为9041起）；开展执法质量考评，抽查案卷1200卷。'],
    ['规范涉企执法', '开展规范涉企执法专项行动，清理涉企案件线索46条，纠正违规异地执法、趋利性执法问题3起。'],
  ],
  problems: ['个别民警执法理念和执法能力跟不上新法要求', '执法监督管理平台预警功能有待完善'],
  plans: ['全面实施新修订的治安管理处罚法', '深化执法办案管理中心建设', '推进公安行政执法全流程网上办理'],
  duty: '局党委书记、局长认真履行推进法治建设第一责任人职责，主持召开局党委会议研究执法规范化建设5次，带头讲授法治课。',
  part5: '无。',
  date: '2026年2月11日',
};


// Extra look-back blocks (no figure, or a figure that needs no arithmetic), spread over the entities so every report
// reaches a realistic length; `{we}`/`{all}` are filled per entity.
const POOL = {
  gov: [
    ['健全依法决策机制', '严格落实《重大行政决策程序暂行条例》，年初向社会公布年度重大行政决策事项目录，对纳入目录的事项全部履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。发挥政府法律顾问、公职律师作用，政府常务会议审议的议题实行“先审查、后上会”，未经合法性审查的不得提交讨论。推进重大行政决策后评估，对实施满一年的决策开展跟踪评估，及时调整完善。'],
    ['加强行政执法协调监督', '对照《提升行政执法质量三年行动计划（2023—2025年）》开展终期评估，组织执法案卷评查和执法人员轮训，全面落实行政执法公示、执法全过程记录和重大执法决定法制审核制度。健全行政裁量权基准，动态调整行政执法事项目录。建立行政执法监督员制度，聘请人大代表、政协委员和企业代表担任监督员，畅通企业和群众投诉举报渠道，对发现的问题实行清单管理、限期整改。'],
    ['深化法治宣传教育', '落实“谁执法谁普法”普法责任制，开展“八五”普法规划实施情况总结验收。围绕宪法宣传周、民法典宣传月等节点开展主题活动，推动法律知识进机关、进乡村、进社区、进学校、进企业、进单位。加强青少年法治教育和“法律明白人”培养，推进法治文化阵地建设，营造办事依法、遇事找法、解决问题用法、化解矛盾靠法的良好氛围。'],
    ['推进政务公开和数字政府建设', '严格执行《中华人民共和国政府信息公开条例》，及时公开权责清单、行政执法结果和重大决策事项。推进政务数据共享，深化“高效办成一件事”，推广电子证照应用，政务服务事项实现“网上可办”。探索人工智能辅助审查、智能客服等应用场景，同步建立数据安全和个人信息保护制度，确保新技术应用在法治轨道上运行。'],
  ],
  dept: [
    ['强化学法用法', '{we}将习近平法治思想和与本部门职责密切相关的法律法规纳入党组理论学习中心组学习计划，坚持领导干部会前学法、年度述法制度，组织执法人员参加网上学法考试，开展以案释法和庭审旁听活动。健全领导干部应知应会法律法规清单，推动领导干部带头尊法学法守法用法，提高运用法治思维和法治方式解决问题的能力。'],
    ['规范重大决策和规范性文件管理', '{we}严格执行重大行政决策程序，重要文件、重大合同一律经法律顾问或公职律师审查。规范性文件严格落实合法性审核、集体讨论和备案审查制度，按要求开展专项清理，对不符合上位法和优化营商环境要求的文件及时修改或废止，并向社会公布清理结果。'],
    ['自觉接受监督', '{we}认真办理人大代表建议和政协委员提案，按期办结、答复率达到100%。自觉接受司法监督，支持人民法院依法受理和审理行政案件，尊重并执行生效裁判；认真对待检察建议，逐项研究整改。加强内部审计和执法监督，对群众投诉举报的执法问题实行限时核查、限时反馈。'],
  ],
  base: [
    ['推进依法决策', '坚持“三重一大”事项集体讨论决定，重大事项决策前听取法律顾问意见，涉及群众切身利益的事项广泛征求村（居）民意见。落实村（社区）“小微权力”清单，规范村级事务运行，推进村务公开、财务公开，保障群众的知情权、参与权和监督权。'],
    ['强化综合执法和网格治理', '推动执法力量下沉，整合综合执法、市场监管、安全生产等力量，建立“网格发现、街镇吹哨、部门报到”联动机制。执法人员全部持证上岗，执法过程全程记录，执法文书统一规范。对群众反映的占道经营、违法建设、环境卫生等问题实行台账管理，做到件件有回音、事事有着落。'],
    ['加强基层普法', '结合宪法宣传周、民法典宣传月开展普法宣传，组织“法律明白人”入户宣讲，针对老年人防诈骗、土地承包、婚姻家庭等群众关心的问题开展以案释法，提高群众学法用法的积极性，推动形成办事依法、遇事找法的良好风尚。'],
  ],
};


const EXTRA = { qc: ['gov', 0, 1, 3], lj: ['gov', 2, 3, 1], dh: ['gov', 0, 2, 1], sm: ['base', 0, 1, 2], bg: ['base', 2, 0, 1], scj: ['dept', 0, 1, 2], sfj: ['dept', 1, 2, 0], jt: ['dept', 0, 2, 1], gx: ['gov', 3, 0, 1], hb: ['dept', 2, 0, 1], zfb: ['dept', 0, 2, 1], nl: ['gov', 1, 2, 0], zr: ['dept', 1, 2, 0], fg: ['dept', 0, 2, 1], bs: ['base', 0, 1, 2], ga: ['dept', 1, 0, 2] };
for (const [k, [pool, a, b, c]] of Object.entries(EXTRA)) {
  const e = E[k];
  const fill = ([h, t]) => [h, t.replaceAll('{we}', e.we).replaceAll('{all}', e.all)];
  e.blocks = [...e.blocks.slice(0, 2), fill(POOL[pool][a]), ...e.blocks.slice(2), fill(POOL[pool][b]), fill(POOL[pool][c])];
  e.duty += `同时，坚持把法治建设与业务工作同谋划、同部署、同推进、同考核，年初研究制定年度法治建设工作要点，年中听取进展情况汇报，年底组织考核评估，推动法治建设责任层层落实。`;
  e.planEnd = `${e.we}将以“十五五”开局为契机，坚持稳中求进、守正创新，不断提升法治政府建设水平，为经济社会高质量发展提供坚实法治保障。`;
  e.problems = e.problems.map((p, i) => i === 0 ? `${p}，有的单位仍存在“重业务、轻法治”的倾向` : p);
  e.cause = `究其原因，主要是${e.kind === 'town' || e.kind === 'street' ? '基层' : ''}法治工作力量配备与任务要求还不完全匹配，学法用法的长效机制还需健全，考核督察的传导作用没有完全发挥。`;
}

// ------------------------------------------------------------------ assembly
function titleOf(e, t) {
  if (t) return t;
  if (e.kind === 'county' || e.kind === 'city' || e.kind === 'district') return `${e.name}关于2025年度法治政府建设情况的报告`;
  return `${e.name}2025年法治政府建设情况报告`;
}

function opening(e, o) {
  const gang = o.noGang ? '' : `，认真落实${GANG}`;
  const goal = o.goal ?? GOAL21;
  const s1 = `2025年是“十四五”规划收官之年。${e.we}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大和二十届历次全会精神，深入学习贯彻习近平法治思想${gang}，加快建设${goal}的法治政府，为高质量发展提供了有力法治保障。`;
  const s2 = o.plainOpen ? `在上级党委、政府的坚强领导下，${e.we}扎实推进法治政府建设各项工作。` : s1;
  const tail = o.reportAs ?? (o.noYearInOpening ? '现将有关情况报告如下：' : '现将2025年度法治政府建设情况报告如下：');
  return (o.openYear ? s2.replace(/^2025年/, o.openYear) : s2) + tail;
}

const cnItem = (i) => `${CN[i]}是`;

/** Build one report; variant selects the layout. */
function build(e, o = {}) {
  const v = o.v ?? 'std';
  const out = [];
  if (o.meta) out.push(o.meta, '');
  if (o.pre) out.push(o.pre);
  out.push(titleOf(e, o.title), '');
  if (o.addressee) out.push(o.addressee);
  out.push(opening(e, o), '');
  const blocks = o.blocks ?? e.blocks;
  const plans = o.plans ?? e.plans;
  const problems = o.problems ?? e.problems;
  const planLead = o.planLead ?? `2026年是“十五五”规划开局之年，${e.we}将重点做好以下工作：`;
  const y1 = o.lookYear ?? '2025年';
  const planHead = o.planHead ?? '2026年推进法治政府建设的主要安排';
  const p5 = o.part5 ?? e.part5;
  let n = 0;
  const H = (t) => out.push(`${CN[n++]}、${t}`);
  const sub = (list, style) => list.forEach(([h, t], i) => {
    if (style === 'paren') out.push(`（${CN[i]}）${h}`, t);
    else if (style === 'runin') out.push(`（${CN[i]}）${h}。${t}`);
    else if (style === 'arabic') out.push(`${i + 1}. ${h}。${t}`);
    else if (style === 'items') out.push(`${cnItem(i)}${h}。${t}`);
  });
  const itemsPara = (list) => out.push(list.map((t, i) => `${cnItem(i)}${t}。`).join(''));
  const st = o.sub ?? 'paren';
  const partDuty = () => { H(o.p3head ?? `${y1}党政主要负责人履行推进法治建设第一责任人职责情况`); out.push(o.duty ?? e.duty); };
  const partProblems = () => { H(o.p2head ?? '存在的不足和原因'); if (o.p2lead !== false) out.push(o.p2lead ?? `${y1}，${e.we}法治政府建设取得了新成效，但对照上级要求和群众期待，还存在一些不足：`); itemsPara(problems); if (e.cause && !o.noCause) out.push(e.cause); };
  const partPlan = () => { H(planHead); out.push(planLead); itemsPara(plans); if (e.planEnd && !o.noPlanEnd) out.push(e.planEnd); };
  const partOther = () => { if (o.noPart5) return; H('其他需要报告的情况'); out.push(p5); };

  if (v === 'std') {
    H(o.p1head ?? `${y1}推进法治政府建设的主要举措和成效`); sub(blocks, st);
    partProblems(); partDuty(); partPlan(); partOther();
  } else if (v === 'p3first') {
    partDuty(); H(o.p1head ?? `${y1}推进法治政府建设的主要举措和成效`); sub(blocks, st);
    partProblems(); partPlan(); partOther();
  } else if (v === 'three') {
    H(o.p1head ?? `${y1}法治政府建设工作情况`); sub(blocks, st);
    partDuty();
    H(o.mergedHead ?? '存在的问题及下一步打算');
    out.push(`${e.we}法治政府建设还存在一些问题：${problems.join('；')}。${e.cause ?? ''}`);
    out.push(o.mergedPlan ?? `2026年，${e.we}将${plans.join('；')}。`);
    if (e.planEnd && !o.noPlanEnd) out.push(e.planEnd);
  } else if (v === 'topical') {
    // part 1 as topical top-level headings; the duty as the second item of the first one
    blocks.forEach(([h, t], i) => {
      H(h);
      if (i === 0) out.push(`一是${t}二是切实履行推进法治建设第一责任人职责。${o.duty ?? e.duty}`);
      else out.push(t);
    });
    H(o.p2head ?? '存在的问题和不足'); itemsPara(problems);
    H(o.planHead ?? '2026年工作打算'); out.push(planLead); itemsPara(plans);
  } else if (v === 'items') {
    H(o.p1head ?? `${y1}推进法治政府建设的主要举措和成效`);
    out.push(blocks.map(([h, t], i) => `${cnItem(i)}${h}。${t}`).join(''));
    partDuty(); partProblems(); partPlan(); partOther();
  }
  if (o.extra) out.push('', o.extra);
  if (!o.noSig) out.push('', o.sigName ?? e.name, o.date ?? e.date);
  let text = out.join('\n') + '\n';
  if (o.post) text = o.post(text);
  return text;
}

const C = [];
function add(id, e, o, label) {
  const file = `${id}.txt`;
  const text = typeof o === 'string' ? o : build(e, o);
  writeFileSync(path.join(dir, file), text);
  C.push({ id, file, source: (o && o.src) || e.src, ...(label ? { expect: label[0], fault: label[1] } : {}) });
}
/** A replacement that must hit exactly once. */
const one = (a, b) => (t) => { if (t.split(a).length !== 2) throw new Error(`post: ${a} x${t.split(a).length - 1}`); return t.replace(a, b); };
const seq = (...fs) => (t) => fs.reduce((x, f) => f(x), t);

// ---- clean reports (C01–C50)
add('C01-county-std', E.qc, {});
add('C02-county-topical', E.qc, { v: 'topical' });
add('C03-county-three', E.qc, { v: 'three' });
add('C04-city-std', E.lj, { addressee: '省委、省政府：' });
add('C05-city-runin', E.lj, { sub: 'runin', title: '临江市2025年法治政府建设工作报告' });
add('C06-city-p3first', E.lj, { v: 'p3first', meta: '索引号：11430600MB1234567X/2026-00012\n发布机构：临江市人民政府\n成文日期：2026-02-12\n发布日期：2026-02-26' });
add('C07-district-std', E.dh, { sub: 'runin' });
add('C08-district-items', E.dh, { v: 'items' });
add('C09-district-three', E.dh, { v: 'three', mergedHead: '存在的不足及2026年工作安排' });
add('C10-town-std', E.sm, { meta: '[ 索引号 ] 11500230008689762A/2026-00004 [ 发文字号 ]\n[ 发布机构 ] 石门镇人民政府 [ 有效性 ]\n[ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-10' });
add('C11-town-items', E.sm, { v: 'items', noYearInOpening: true });
add('C12-town-p3first', E.sm, { v: 'p3first', sub: 'runin' });
add('C13-street-arabic', E.bg, { sub: 'arabic', src: 'http://www.dafeng.gov.cn/art/2026/2/24/art_25005_4405568.html' });
add('C14-street-p3first', E.bg, { v: 'p3first', sub: 'arabic' });
add('C15-street-topical', E.bg, { v: 'topical', src: 'https://www.wfqzf.gov.cn/2026/02-02/3620131.html' });
add('C16-scj-std', E.scj, {});
add('C17-scj-three', E.scj, { v: 'three', title: '青川县市场监督管理局2025年度法治政府建设工作情况报告' });
add('C18-scj-items', E.scj, { v: 'items', addressee: '县委全面依法治县委员会办公室：' });
add('C19-sfj-std', E.sfj, {});
add('C20-sfj-p3first', E.sfj, { v: 'p3first', sub: 'runin' });
add('C21-sfj-topical', E.sfj, { v: 'topical' });
add('C22-jt-std', E.jt, {});
add('C23-jt-three', E.jt, { v: 'three', mergedHead: '存在的问题及下步打算' });
add('C24-jt-web', E.jt, { pre: '东湖区人民政府门户网站 来源：区交通运输局 发布时间：2026-02-04 10:28', v: 'items' });
add('C25-devzone-std', E.gx, { title: '2025年临江高新技术产业开发区法治政府建设情况报告', src: 'https://www.teda.gov.cn/contents/29/100812.html' });
add('C26-devzone-three', E.gx, { v: 'three' });
add('C27-devzone-topical', E.gx, { v: 'topical', src: 'https://www.tjbh.gov.cn/dj/contents/10881/297495.html' });
add('C28-hb-std', E.hb, {});
add('C29-hb-three', E.hb, { v: 'three', mergedHead: '存在的不足及下一步工作打算' });
add('C30-zfb-p3first', E.zfb, { v: 'p3first', title: '临江市人民政府办公室2025年度法治政府建设工作报告' });
add('C31-zfb-std', E.zfb, { sub: 'runin' });
add('C32-joint-std', E.nl, { title: '中共南岭县委 南岭县人民政府关于2025年度法治政府建设的报告', addressee: '中共临江市委、临江市人民政府：' });
add('C33-joint-topical', E.nl, { v: 'topical', title: '中共南岭县委 南岭县人民政府关于2025年度法治政府建设的报告', date: '2026年3月1日' });
add('C34-zr-std', E.zr, {});
add('C35-zr-items', E.zr, { v: 'items' });
add('C36-fg-std', E.fg, {});
add('C37-fg-p3first', E.fg, { v: 'p3first' });
add('C38-bs-items', E.bs, { v: 'items' });
add('C39-bs-three', E.bs, { v: 'three', mergedHead: '存在的问题及下步打算' });
add('C40-ga-std', E.ga, {});
add('C41-ga-three', E.ga, { v: 'three' });
add('C42-county-wenhao', E.qc, { pre: '青府〔2026〕5号', addressee: '县委、县人大常委会，市人民政府：' });
add('C43-city-nopart5', E.lj, { noPart5: true, v: 'std', sub: 'runin' });
add('C44-district-pubdate', E.dh, { meta: '成文日期：2026-02-26\n发布日期：2026-03-31', date: '2026年2月26日' });
add('C45-county-14th', E.qc, {
  extra: '附：“十四五”时期法治政府建设主要指标完成情况\n2021年至2025年，全县累计制定行政规范性文件128件，全部按程序报备；行政机关负责人出庭应诉率连续五年保持100%。',
});
add('C46-city-plan-span', E.lj, { planLead: '2026年是“十五五”规划开局之年。2026—2030年，全市将对标法治政府建设新要求，2026年重点做好以下工作：' });
add('C47-county-plainopen', E.qc, { plainOpen: true, noGang: true });
add('C48-town-runin', E.bs, { sub: 'runin', p2head: '存在的困难和问题', planHead: '2026年工作计划' });
add('C49-devzone-p3first', E.gx, { v: 'p3first', p3head: '管委会主要负责同志履行推进法治建设第一责任人职责情况' });
add('C50-ga-p3first', E.ga, { v: 'p3first', sub: 'runin' });

// ---- one planted fault each (F01–F32), labelled before the first run
// numbers
add('F01-rate-resolve', E.qc, { post: one('化解率98.1%', '化解率96.1%') }, ['consistent-rate', '2371/2416 = 98.1%, stated 96.1%']);
add('F02-yoy-growth', E.qc, { v: 'three', post: one('同比增长12.0%', '同比增长21.0%') }, ['consistent-rate', '(364-325)/325 = 12.0%, stated 21.0%']);
add('F03-points', E.lj, { post: one('下降1.5个百分点', '下降2.5个百分点') }, ['consistent-rate', '7.2% -> 5.7% is 1.5 points, stated 2.5']);
add('F04-parts-exceed', E.qc, { v: 'topical', post: one('行政案件33件', '行政案件43件') }, ['consistent-total', '238+341+43 = 622 > 612 after 其中']);
add('F05-closed-list', E.nl, { title: '中共南岭县委 南岭县人民政府关于2025年度法治政府建设的报告', post: one('其中维持98件、驳回26件、撤销16件、确认违法9件', '其中维持、驳回、撤销、确认违法分别为98件、26件、16件、5件') }, ['consistent-total', 'closed 分别为 list 98+26+16+5 = 145, stated 审结149件']);
add('F06-change', E.hb, { post: one('较上年的52件增加22件，增长42.3%', '较上年的52件增加32件') }, ['consistent-total', '74-52 = 22, stated 增加32件']);
add('F07-gongji', E.dh, { post: one('保留121件、修改9件、废止14件，共计144件', '保留121件、修改9件、废止14件，共计154件') }, ['consistent-total', '121+9+14 = 144, stated 共计154件']);
add('F08-pct-share', E.scj, { post: one('占31.0%', '占33.0%') }, ['consistent-rate', '52/168 = 31.0%, stated 33.0%']);
add('F09-decline', E.jt, { post: one('下降33.9%', '下降39.3%') }, ['consistent-rate', '(628-415)/628 = 33.9%, stated 39.3%']);
// plan
add('F10-plan-wrong-year', E.dh, { planHead: '2025年推进法治政府建设的主要安排', planLead: '2025年，我区将重点做好以下工作：' }, ['require-next-year-plan', 'plan part headed and led 2025年 in a 2025 report']);
add('F11-plan-missing', E.sm, { v: 'std', noPlanEnd: true, post: (t) => t.replace(/四、2026年推进法治政府建设的主要安排\n[^\n]*\n[^\n]*\n/, '').replace('五、其他需要报告的情况', '四、其他需要报告的情况') }, ['require-next-year-plan', 'no plan part at all']);
add('F12-plan-noyear', E.scj, { planHead: '下一步工作打算', planLead: '下一步，我局将重点做好以下工作：' }, ['require-next-year-plan', 'plan names no year (下一步), signature and date follow']);
add('F13-merged-plan-2025', E.bs, { v: 'three', mergedHead: '存在的问题及下步打算', mergedPlan: '2025年，我乡将加强乡村干部法治培训；推进“民主法治示范村”创建；提升村级调解组织规范化水平。' }, ['require-next-year-plan', 'merged part plans 2025年 (the report year)']);
// parts and duty
add('F14-no-problems', E.zr, { noCause: true, post: (t) => t.replace(/二、存在的不足和原因\n[^\n]*\n[^\n]*\n/, '').replace('三、2025年党政', '二、2025年党政').replace('四、2026年', '三、2026年').replace('五、其他', '四、其他') }, ['require-sections', 'part 2 (不足) missing']);
add('F15-duty-passing', E.fg, { post: (t) => t.replace(/三、2025年党政主要负责人履行推进法治建设第一责任人职责情况\n[^\n]*\n/, '').replace('四、2026年', '三、2026年').replace('五、其他', '四、其他').replace('规范固定资产投资项目节能审查。', '规范固定资产投资项目节能审查。局领导班子把法治建设纳入重要议事日程，压实第一责任人职责，推动各项工作落实。') }, ['require-sections', 'no part 3; the duty only named in passing in a look-back paragraph']);
add('F16-no-duty', E.ga, { v: 'three', post: (t) => t.replace(/二、2025年党政主要负责人履行推进法治建设第一责任人职责情况\n[^\n]*\n/, '').replace('三、存在的问题及下一步打算', '二、存在的问题及下一步打算') }, ['require-sections', 'part 3 missing entirely']);
// placeholders and data
add('F17-placeholder-times', E.bs, { v: 'items', post: one('开展法治学习12次', '开展法治学习×次') }, ['no-placeholder', '×次 left unfilled']);
add('F18-placeholder-xx', E.bg, { sub: 'arabic', post: one('14个社区实现', 'XX个社区实现') }, ['no-placeholder', 'XX个 left unfilled']);
add('F19-todo', E.gx, { post: one('开展公平竞争审查38件。', '开展公平竞争审查【待补充】件。') }, ['no-placeholder', '【待补充】 left in the text']);
function idWithCheck(body17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const s = body17.split('').reduce((a, d, i) => a + Number(d) * w[i], 0);
  return body17 + '10X98765432'[s % 11];
}
const ID = idWithCheck('42010219780315123');
add('F20-idnumber', E.sfj, { post: one('同比增长9.7%（上年1949件）。', `同比增长9.7%（上年1949件）。为农民工张某（身份证号${ID}）追回劳动报酬3.2万元。`) }, ['no-sensitive-data', `a valid resident ID ${ID}`]);
add('F21-mobile', E.bs, { extra: '联系人：王晓，联系电话：13907215486' }, ['no-sensitive-data', 'a mobile number in the published report']);
// law titles
add('F22-repealed', E.zfb, { post: one('严格执行《中华人民共和国政府信息公开条例》', '严格执行《中华人民共和国政府信息公开条例》《法规规章备案条例》') }, ['valid-law-title', '法规规章备案条例 repealed 2024-11-01, cited as current in a 2025 report']);
add('F23-zanxing', E.qc, { post: one('贯彻实施《行政执法监督条例》', '贯彻实施《行政执法监督暂行条例》') }, ['valid-law-title', '暂行 added to 行政执法监督条例']);
add('F24-gang-years', E.lj, { post: one('全面总结《法治政府建设实施纲要（2021—2025年）》', '全面总结《法治政府建设实施纲要（2020—2025年）》') }, ['valid-law-title', '纲要 cited with years 2020—2025']);
add('F25-xinfang', E.bg, { sub: 'arabic', post: one('依申请公开全部按期答复。', '依申请公开全部按期答复。严格执行《信访条例》，依法分类处理群众信访事项。') }, ['valid-law-title', '信访条例 repealed 2022 (replaced by 信访工作条例)']);
// punctuation and numbering
add('F26-halfwidth', E.fg, { post: one('建立民营企业诉求收集办理机制，', '建立民营企业诉求收集办理机制,') }, ['require-fullwidth-punctuation', 'one half-width comma between Chinese characters']);
add('F27-title-series', E.scj, { post: one('《中华人民共和国民营经济促进法》《中华人民共和国反不正当竞争法》', '《中华人民共和国民营经济促进法》、《中华人民共和国反不正当竞争法》') }, ['require-fullwidth-punctuation', '顿号 between adjacent titles']);
add('F28-skip', E.lj, { post: seq(one('（四）严格规范公正文明执法', '（五）严格规范公正文明执法'), one('（五）强化行政权力制约和监督', '（六）强化行政权力制约和监督'), one('（六）推进政务公开', '（七）推进政务公开'), one('（七）加强行政执法协调监督', '（八）加强行政执法协调监督')) }, ['consistent-numbering', '（三） followed by （五） (the rest renumbered on from there)']);
add('F29-item-skip', E.dh, { v: 'items', post: seq(one('四是推进数字政府建设', '五是推进数字政府建设'), one('五是依法化解社会矛盾纠纷', '六是依法化解社会矛盾纠纷'), one('六是深化法治宣传教育', '七是深化法治宣传教育'), one('七是加强行政执法协调监督', '八是加强行政执法协调监督')) }, ['consistent-numbering', '三是 followed by 五是 (the rest renumbered on)']);
add('F30-unclosed-title', E.zr, { post: one('《中华人民共和国土地管理法》', '《中华人民共和国土地管理法') }, ['no-unpaired-punctuation', '《 without 》']);
add('F31-quote-twice', E.qc, { post: one('推行“综合查一次”“扫码入企”', '推行“综合查一次“扫码入企”') }, ['no-unpaired-punctuation', '“ opened twice']);
// dates and years
add('F32-late-city', E.lj, { date: '2026年3月20日' }, ['no-late-publication', 'city report dated 2026-03-20, after 3月1日']);
add('F33-late-pub', E.sm, { meta: '[ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-04-15' }, ['no-late-publication', 'published 2026-04-15, after 4月1日']);
add('F34-heading-year', E.ga, { p1head: '2024年推进法治政府建设的主要举措和成效' }, ['consistent-year', 'look-back heading names 2024 in a 2025 report']);
add('F35-date-last-year', E.jt, { date: '2025年2月18日' }, ['consistent-year', 'signature date 2025-02-18, before the 2025 report year ended (left from last year)']);
add('F36-goal-formula', E.dh, { goal: GOAL15 }, ['no-outdated-goal-formula', '2015 goal formula in a 2025 report']);

writeFileSync(path.join(here, 'cases.json'), JSON.stringify(C, null, 2) + '\n');
console.log(C.length, 'cases');
