import type { Case } from './types.js';

// Clean reports, batch G (written and labelled after the first runs of A–F, before its own first run):
// township numbering styles (1、 1． ① 第一/第二), years in look-back headings about last year's inspection,
// ○/〇 for zero, spaced dates from PDF copies, full-width digits in the title, statistics tables in text.
export const CLEAN_G: Case[] = [
  {
    id: 'c91',
    source: 'township reports numbering 1、2、3、 under （一） (pages corpus: 乡镇 法治政府建设工作报告 1、)',
    label: 'clean',
    note: '1、 2、 3、 numbering (common in township writing); 化解率 with counts; part 3 as 1、 item',
    text: `石桥镇2025年度法治政府建设工作报告
2025年，石桥镇扎实推进法治政府建设，现将有关情况报告如下：
一、主要举措和成效
（一）加强组织领导
1、镇党委书记、镇长履行推进法治建设第一责任人职责，全年专题研究法治工作4次。
2、调整充实法治建设领导小组，明确司法所为办公室。
（二）化解矛盾纠纷
1、全年排查矛盾纠纷156件，化解148件，化解率94.9%。
2、其中婚姻家庭纠纷、邻里纠纷较上年有所减少。
二、存在的不足
镇村两级调解员业务能力参差不齐。
三、2026年工作打算
1、加强调解员培训；2、推进“枫桥式”司法所创建；3、开展法治乡村示范创建。
石桥镇人民政府
2026年1月15日`,
  },
  {
    id: 'c92',
    source: 'reports on rectifying last year\'s inspection findings (pages corpus: 法治督察反馈问题整改情况 2024年度)',
    label: 'clean',
    note: 'a look-back sub-heading opening with last year: （三）2024年度法治督察反馈问题整改情况 — a real topic of a 2025 report, not a left-over year',
    text: `汉寿县2025年法治政府建设情况报告
2025年，汉寿县全面推进法治政府建设，现将有关情况报告如下：
一、2025年推进法治政府建设的主要举措和成效
（一）依法决策。县政府常务会议审议重大行政决策事项5项，全部经过合法性审查。
（二）规范执法。全县执法人员1280名，持证1262名，持证率98.6%。
（三）2024年度法治督察反馈问题整改情况。针对市委依法治市办督察反馈的6个问题，逐项制定整改措施，已全部整改销号。
二、存在的不足和原因
乡镇合法性审查人员配备不足，原因是编制紧张。
三、党政主要负责人履行推进法治建设第一责任人职责情况
县委书记、县长主持研究督察问题整改3次，带头述法。
四、2026年工作安排
2026年，我县将推进乡镇合法性审查人员专职化，开展法治督察“回头看”。
五、其他需要报告的情况
无。
汉寿县人民政府
2026年2月12日`,
  },
  {
    id: 'c93',
    source: 'older-style writers using ○ for zero in years (domain.md: 二○二四年)',
    label: 'clean',
    note: 'years written with ○ (U+25CB): 二○二五年, 二○二○年以来 (○ right before 年), closing date 二○二六年一月二十日',
    text: `澧县司法局二○二五年度法治政府建设情况报告
二○二五年，县司法局统筹推进法治政府建设，现将有关情况报告如下：
一、主要举措和成效
（一）二○二○年以来，我局持续推进公共法律服务体系建设，县、乡、村三级平台全面建成。
（二）全年办理法律援助案件302件，群众满意率100%。
（三）局党组书记、局长履行推进法治建设第一责任人职责，主持研究法治工作5次。
二、存在的不足
村级公共法律服务室作用发挥不均衡。
三、二○二六年工作安排
二○二六年，我局将推进公共法律服务提质增效，深化“法律明白人”工程。
澧县司法局
二○二六年一月二十日`,
  },
  {
    id: 'c94',
    source: 'same as c93 with 〇 (U+3007), the standard zero',
    label: 'clean',
    note: 'years with 〇: 二〇二〇年 (〇 right before 年) in running text; plan 二〇二六年',
    text: `安乡县二〇二五年度法治政府建设情况报告
二〇二五年，安乡县深入推进依法行政。现将有关情况报告如下：
一、主要举措和成效
（一）自二〇二〇年开展法治政府建设示范创建以来，我县累计创建省级示范项目2个。
（二）全年审查县政府规范性文件8件，全部报备。
二、党政主要负责人履行推进法治建设第一责任人职责情况
县委书记、县长带头学法述法，研究法治建设议题6次。
三、存在的不足
数字法治政府建设基础薄弱。
四、二〇二六年工作安排
二〇二六年，我县将启动新一轮法治政府建设示范创建。
五、其他需要报告的情况
无。
安乡县人民政府
二〇二六年二月十日`,
  },
  {
    id: 'c95',
    source: 'reports copied from PDF with spaces around numbers (PDF text layer)',
    label: 'clean',
    note: 'spaces inside dates and figures as extracted from a PDF: 2026 年 2 月 5 日, 2025 年, 12 次',
    text: `石门县 2025 年度法治政府建设情况报告
2025 年，石门县坚持依法行政，现将有关情况报告如下：
一、2025 年度推进法治政府建设的主要举措和成效
（一）县政府常务会议会前学法 12 次，组织领导干部旁听庭审 2 次。
（二）全年行政复议审结 97 件，纠错 9 件。
二、存在的不足和原因
基层执法力量薄弱，原因是人员编制不足。
三、党政主要负责人履行推进法治建设第一责任人职责情况
县长主持研究法治政府建设 5 次，出庭应诉 1 次。
四、2026 年推进法治政府建设的主要安排
2026 年，我县将推进行政执法规范化建设，开展执法人员轮训。
五、其他需要报告的情况
无。
石门县人民政府
2026 年 2 月 5 日`,
  },
  {
    id: 'c96',
    source: 'title with full-width digits (domain.md: ２０２４年)',
    label: 'clean',
    note: 'full-width digits in the title and opening year; Arabic elsewhere',
    text: `临澧县２０２５年度法治政府建设情况报告
２０２５年，临澧县持续深化法治政府建设。现将有关情况报告如下：
一、主要举措和成效
（一）全年办理行政复议案件52件，审结45件。
（二）县委书记、县长履行推进法治建设第一责任人职责，研究法治工作议题6次。
二、存在的不足
行政复议案件办理周期偏长。
三、2026年工作安排
2026年，我县将推进行政复议繁简分流，提高办案效率。
四、其他需要报告的情况
无。
临澧县人民政府
2026年2月11日`,
  },
  {
    id: 'c97',
    source: 'target-table reports (序号/指标/目标值/完成值 rows turned into text; pages corpus: 法治政府建设 指标 完成情况)',
    label: 'clean',
    note: 'table rows as text with | separators: 指标 目标值 完成值; 完成率 100% where counts fit',
    text: `桃源县2025年法治政府建设情况报告
一、2025年推进法治政府建设的主要举措和成效
（一）主要指标完成情况
序号 | 指标 | 目标值 | 完成值
1 | 规范性文件备案审查率 | 100% | 100%
2 | 重大行政决策合法性审查率 | 100% | 100%
3 | 行政机关负责人出庭应诉率 | ≥95% | 100%
4 | 村（社区）法律顾问覆盖率 | 100% | 100%
（二）全县213个村（社区）全部配备法律顾问。
（三）县委书记、县长履行推进法治建设第一责任人职责，听取指标完成情况汇报2次。
二、存在的不足
部分指标完成质量不高，法律顾问服务频次偏低。
三、2026年工作安排
2026年，我县将完善法治政府建设指标体系，推进法律顾问服务量化考核。
四、其他需要报告的情况
无。
桃源县人民政府
2026年2月18日`,
  },
  {
    id: 'c98',
    source: 'reports enumerating with 第一/第二/第三 and 首先/其次 (plain writers)',
    label: 'clean',
    note: '第一，第二，第三， enumeration inside paragraphs; part 3 heading 主要负责人履职尽责情况 (no 第一责任人 words in the heading)',
    text: `慈利县文化旅游广电体育局2025年法治政府建设情况报告
一、主要工作和成效
第一，规范文化市场执法，全年检查经营场所520家次，立案查处违法案件16件。第二，加强旅游市场监管，受理旅游投诉52件，办结45件。第三，开展“文旅法治宣传月”活动，举办讲座6场。
二、主要负责人履职尽责情况
局党组书记、局长履行推进法治建设第一责任人职责，主持召开党组会议研究法治工作4次，带头参加执法案卷评查。
三、存在的不足
执法人员少，旅游旺季执法压力大。
四、2026年工作安排
2026年，我局将推进文旅市场“信用+执法”监管，完善旅游投诉快速处理机制。
五、其他需要报告的情况
无。
慈利县文化旅游广电体育局
2026年1月28日`,
  },
  {
    id: 'c99',
    source: 'reports with circled numbers ①②③ under （1） (pages corpus: ① ② 法治政府建设)',
    label: 'clean',
    note: 'four levels 一、（一）1.（1） and circled ①② inside; consistent numbering',
    text: `桑植县2025年度法治政府建设情况报告
一、2025年度推进法治政府建设的主要举措和成效
（一）推进依法行政
1.完善制度
（1）修订县政府工作规则，明确重大行政决策程序。
（2）建立规范性文件“双审查”机制：①起草单位合法性初审；②司法局合法性审查。
2.规范执法
（1）开展执法案卷评查，评查案卷318卷，合格302卷，合格率95.0%。
（2）推行“综合查一次”，减少涉企检查频次。
（二）党政主要负责人履行推进法治建设第一责任人职责
县委书记、县长带头学法，研究法治建设议题7次。
二、存在的不足和原因
执法监督的刚性不足，原因是监督手段有限。
三、2026年工作安排
2026年，我县将推进执法监督平台应用，开展执法质量评估。
四、其他需要报告的情况
无。
桑植县人民政府
2026年2月9日`,
  },
  {
    id: 'c100',
    source: 'reports whose 其他 part reports last year\'s appraisal (consistent-year page: years in 其他 are not contradictions)',
    label: 'clean',
    note: 'part 5 opens with 2024年度法治政府建设考核结果运用情况; 不足 part mentions 2024年 findings',
    text: `永定区2025年度法治政府建设情况报告
2025年，永定区依法全面履行政府职能。现将有关情况报告如下：
一、2025年度推进法治政府建设的主要举措和成效
（一）区长履行推进法治建设第一责任人职责，主持区政府常务会议研究法治政府建设6次。
（二）全年新收行政复议案件104件，审结97件，纠错9件。
二、存在的不足和原因
2024年督察指出的乡镇执法不规范问题仍有反弹，原因是执法人员流动大。
三、2026年推进法治政府建设的主要安排
2026年，我区将开展乡镇执法规范化巩固提升行动。
四、其他需要报告的情况
2024年度法治政府建设考核结果已运用于各单位年度绩效考核，考核优秀单位12个。
永定区人民政府
2026年2月23日`,
  },
  {
    id: 'c101',
    source: 'reports giving people counts with 其中 and a separate figure after ； (consistent-total page: never across ；)',
    label: 'clean',
    note: '执法人员 其中 list summing exactly, then ； and a separate count of 法律职业资格 people with 占比',
    text: `石城县2025年法治政府建设情况报告
一、推进法治政府建设的主要举措和成效
（一）执法队伍建设。全县共有行政执法人员1280名，其中县直部门860名、乡镇420名；具有法律职业资格的186名，占14.5%。
（二）执法培训。举办执法培训3期，参训360人次，其中领导干部120人次、执法人员240人次。
（三）县委书记、县长履行推进法治建设第一责任人职责，研究执法队伍建设2次。
二、存在的不足
具有法律职业资格的执法人员比例偏低。
三、2026年工作安排
2026年，我县将鼓励执法人员参加法律职业资格考试，开展分级分类培训。
四、其他需要报告的情况
无。
石城县人民政府
2026年2月14日`,
  },
  {
    id: 'c102',
    source: 'implicit lists with different units (consistent-total page: implicit list)',
    label: 'clean',
    note: 'running counts of different kinds after a count (件, 万元, 家, 个, 份, 人次): none is a part',
    text: `攸县市场监督管理局2025年法治政府建设情况报告
一、主要举措和成效
（一）全年办理行政处罚案件216件，罚款金额86万元，没收违法所得12万元。
（二）检查企业320家，发现问题186个，整改到位186个。
（三）发放宣传资料1.2万份，接受咨询3600人次，开展宣传活动46场。
（四）局主要负责人履行推进法治建设第一责任人职责，研究法治工作4次。
二、存在的不足
执法办案质量有待提高。
三、2026年工作安排
2026年，我局将开展执法案卷评查，推进说理式执法。
四、其他需要报告的情况
无。
攸县市场监督管理局
2026年1月30日`,
  },
  {
    id: 'c103',
    source: 'implicit lists that sum exactly (seed 000: 543=177+11+355); 信访 channels',
    label: 'clean',
    note: 'implicit list with exact sum (来信、来访、网上信访) and a 其中 list of dispute kinds summing to the total',
    text: `茶陵县2025年法治政府建设情况报告
一、推进法治政府建设的主要举措和成效
（一）信访工作法治化。全年受理信访事项418件，来信128件，来访156件，网上信访134件。
（二）矛盾纠纷化解。全年调解纠纷391件，其中婚姻家庭纠纷126件、邻里纠纷98件、土地纠纷87件、其他纠纷80件。
（三）县委书记、县长履行推进法治建设第一责任人职责，研究信访工作法治化3次。
二、存在的不足
网上信访办理质量有待提升。
三、2026年工作安排
2026年，我县将推进信访工作法治化示范创建。
四、其他需要报告的情况
无。
茶陵县人民政府
2026年2月2日`,
  },
  {
    id: 'c104',
    source: 'quotes and nested titles (no-unpaired-punctuation and fullwidth pages); local implementation documents',
    label: 'clean',
    note: 'nested title with 〈〉 in a local document title; quotes with nested ‘’; em-dash ranges',
    text: `炎陵县2025年法治政府建设情况报告
一、主要举措和成效
（一）制度建设。县政府印发《炎陵县贯彻〈法治政府建设实施纲要（2021—2025年）〉实施方案终期评估报告》，总结五年来的做法。
（二）普法宣传。开展“‘宪法进万家’主题宣传”活动24场。
（三）县委书记、县长履行推进法治建设第一责任人职责，研究法治建设议题5次。
二、存在的不足
普法宣传的精准度有待提高。
三、2026年工作安排
2026年，我县将制定“九五”普法规划（2026—2030年），推进精准普法。
四、其他需要报告的情况
无。
炎陵县人民政府
2026年2月6日`,
  },
  {
    id: 'c105',
    source: 'reports whose plan names milestones inside 2026 (require-next-year-plan page)',
    label: 'clean',
    note: 'plan heading 下一步工作计划, body names 2026年3月底前 and 2026年底前 (no sentence opening with 2026年)',
    text: `宜章县司法局2025年度法治政府建设情况报告
一、主要举措和成效
（一）局党组书记、局长履行推进法治建设第一责任人职责，主持研究法治工作6次。
（二）全年审查县政府合同97份，提出修改意见143条。
二、存在的不足
合同履约监管不够。
三、下一步工作计划
一是力争在2026年3月底前完成县政府合同履约情况全面排查；二是确保2026年底前建成合同管理信息平台。
四、其他需要报告的情况
无。
宜章县司法局
2026年1月20日`,
  },
  {
    id: 'c106',
    source: 'https://www.tsgxq.gov.cn/index.php/info/category/167/gongkai/3565 (管委会 page with 阅览量 and 字号 +放大 -缩小)',
    label: 'clean',
    note: 'page furniture 发布日期 … 阅览量 … 字号：+放大 -缩小 on one line; 管委会主任; the duty in a 1. item',
    text: `唐河高新区管委会关于2025年法治政府建设情况的报告
发布日期：2026-02-28 阅览量：1101 字号：+放大 -缩小
2025年，高新区围绕全区工作大局推进法治政府建设。现将有关情况报告如下。
一、主要举措和成效
1.加强组织领导。党工委书记、管委会主任履行推进法治建设第一责任人职责，主持召开专题会议研究法治工作3次。
2.落实“三项制度”。全年公示行政执法信息412条，重大执法决定法制审核率100%。
3.优化营商环境。开展涉企行政检查“白名单”制度，列入白名单企业86家。
二、存在的不足
执法人员多为借调，队伍不稳定。
三、2026年工作打算
2026年，高新区将推进执法队伍专职化，深化涉企执法监督。
唐河高新技术产业开发区管理委员会
2026年2月26日`,
  },
  {
    id: 'c107',
    source: 'reports naming Y+1 only inside the plan part as 明年 and 2026年 later (require-next-year-plan page)',
    label: 'clean',
    note: 'plan heading 明年工作打算; first sentence 明年, second sentence 2026年力争…',
    text: `汝城县人民政府2025年法治政府建设情况报告
一、主要举措和成效
（一）县长履行推进法治建设第一责任人职责，主持县政府常务会议研究法治议题5次。
（二）推进行政执法协调监督，开展执法检查4次。
二、存在的不足
执法协调监督机制尚不健全。
三、明年工作打算
明年，我县将重点推进行政执法协调监督工作体系建设。2026年力争实现乡镇执法监督全覆盖。
四、其他需要报告的情况
无。
汝城县人民政府
2026年2月19日`,
  },
  {
    id: 'c108',
    source: 'reports with thousands separators in full-width text (require-fullwidth-punctuation page: 16,075 stays)',
    label: 'clean',
    note: 'numbers with thousands separators 16,075件 and 1,286.5万元 in a full-width report',
    text: `醴陵市2025年法治政府建设情况报告
一、推进法治政府建设的主要举措和成效
（一）政务服务。全年办理政务服务事项16,075件，按时办结率100%。
（二）基金监管。追回医保基金1,286.5万元。
（三）市长履行推进法治建设第一责任人职责，研究法治政府建设议题6次。
二、存在的不足
部分事项网上办理深度不够。
三、2026年工作安排
2026年，我市将推进政务服务“一网通办”提质。
四、其他需要报告的情况
无。
醴陵市人民政府
2026年2月16日`,
  },
  {
    id: 'c109',
    source: 'reports dated with 年月日 in the furniture only and the body signature without a date (pages corpus: 生成日期 furniture)',
    label: 'clean',
    note: '生成日期 furniture with time; no closing date; part 3 under the wording 主要负责同志履职情况',
    text: `生成日期：2026-02-09 09:03:18
平江县应急管理局2025年法治政府建设情况报告
一、2025年推进法治政府建设的主要举措和成效
（一）全年检查生产经营单位860家次，立案查处安全生产违法案件23件。
（二）开展“安全生产月”普法活动15场。
二、主要负责同志履职情况
局党组书记、局长履行推进法治建设第一责任人职责，主持研究应急管理法治工作4次。
三、存在的不足
乡镇应急执法力量薄弱。
四、2026年工作安排
2026年，我局将推进乡镇应急执法队伍规范化建设。
五、其他需要报告的情况
无。`,
  },
  {
    id: 'c110',
    source: 'reports mentioning the 2026 plan documents in 《》 and the 十四五 in the opening (citations in 《》 do not count)',
    label: 'clean',
    note: 'opening mentions “十四五”规划收官 and 《2025年法治政府建设工作要点》; plan cites 《2026年法治政府建设工作要点》 and names 2026',
    text: `浏阳市2025年法治政府建设情况报告
2025年是“十四五”规划收官之年。浏阳市对照《浏阳市2025年法治政府建设工作要点》，推进各项任务落实。现将有关情况报告如下：
一、主要举措和成效
（一）年度任务全部完成，工作要点明确的48项任务已完成48项。
（二）市长履行推进法治建设第一责任人职责，主持研究法治政府建设议题7次。
二、存在的不足
部分任务完成质量有待提高。
三、2026年工作安排
2026年，我市将研究制定《浏阳市2026年法治政府建设工作要点》，推进“十五五”开局各项法治任务。
四、其他需要报告的情况
无。
浏阳市人民政府
2026年2月21日`,
  },
];
