# Writes cases/*.txt and cases.json for independent21 (numbers precision). Rates are computed here so clean cases are exact.
import json, os
from decimal import Decimal, ROUND_HALF_UP
D = os.path.dirname(os.path.abspath(__file__))
def P(a, b, d=1):
    q = Decimal(1).scaleb(-d) if d else Decimal(1)
    return str((Decimal(a) * 100 / Decimal(b)).quantize(q, rounding=ROUND_HALF_UP))
S_12345 = 'https://www.tangshan.gov.cn/zhuzhan/12345zwfwbmrxtjsj/20241212/1621850.html'
S_HOT = 'http://www.609024.com/news/guonei/323717.html'
S_OWN = 'own figures on the phrasing of published 法治政府建设年度报告'
C = []
def c(i, expect, why, text, src=S_OWN):
    C.append(dict(id=i, file=f'{i}.txt', src=src, expect=expect, why=why, text=text))
R='consistent-rate'; T='consistent-total'
# ---- 行政复议 / 诉讼
c('c001-fy-qizhong-some-kinds','clean','其中 names two kinds only; 审结率 over 受理',
  f'全年共收到行政复议申请312件，其中涉企案件87件、政府信息公开案件41件；审结298件，审结率{P(298,312)}%。')
c('c002-fy-outcomes-closed','clean','分别为 closed list sums to 审结; 纠错率 over 审结',
  f'审结行政复议案件240件，其中维持、驳回、撤销、确认违法案件分别为151件、47件、29件、13件，直接纠错42件，纠错率{P(42,240)}%。')
c('c003-fy-flow-stages','clean','flow 收到→受理→审结, each smaller; rate over 受理',
  f'收到行政复议申请436件，依法受理389件，审结362件，结案率{P(362,389)}%，调解和解结案104件。')
c('c004-fy-year-counts','clean','counts by year, growth (2024-2023)/2023',
  f'2023年受理行政复议案件152件，2024年受理171件，同比增长{P(171-152,152)}%。')
c('c005-fy-bracket-lastyear','clean','last year in brackets after rate',
  f'全年新收行政复议案件528件，同比增长{P(528-446,446)}%（上年446件），其中涉企案件103件。')
c('c006-ss-chuting','clean','开庭→出庭 stage; 出庭率 over 开庭',
  f'全市法院开庭审理的行政诉讼案件中，行政机关负责人应出庭146件，实际出庭143件，出庭应诉率{P(143,146)}%。')
c('c007-ss-win-rate','clean','败诉率 over 审结 of 一审',
  f'全年发生行政诉讼案件204件，审结一审案件187件，其中行政机关败诉11件，败诉率{P(11,187)}%。')
c('c008-ss-zhong-de','clean','中的 N件中的M件, 占 share',
  f'已审结的187件中，以调解撤诉方式结案的有36件，占{P(36,187)}%。')
c('c009-fy-hanjiezhuan','clean','受理 with (含上年结转) and 审结 rate over 受理',
  f'受理行政复议申请214件（含上年结转16件），审结196件，审结率{P(196,214)}%。')
c('c010-fy-several-totals','clean','several totals in one sentence separated by ，and ；',
  '全年办理行政复议案件312件，行政应诉案件204件；审查行政规范性文件58件，审核行政合同127份，出具法律意见书93份。')
c('c011-fy-fenbie-two-levels','clean','分别 list with 共计 after',
  '市、县两级行政复议机构分别受理案件186件、243件，共计429件。')
c('c012-fy-qizhong-overlap','clean','overlapping 其中 groups (涉企 and 简易) exceeding whole',
  '全年受理行政复议案件260件，其中涉企案件138件，涉及行政处罚的案件142件。')
c('c013-fy-change-yuyouyu','clean','与上年相比 increase by N',
  '全年受理行政复议案件389件，与2023年的312件相比增加77件。')
c('c014-fy-zhan-share-whole','clean','占 share of named whole after 其中',
  f'全年审结行政复议案件362件，其中调解和解结案104件，占审结总数的{P(104,362)}%。')
c('c015-ss-fenbie-zhan','clean','分别占 list over the 其中 whole',
  f'全年新收行政诉讼案件210件，其中行政处罚类、行政强制类分别为84件、39件，分别占{P(84,210)}%、{P(39,210)}%。')
c('c016-fy-rate-after-qizhong','clean','rate after a 其中 list: 结案率 over 受理, not over parts',
  f'受理行政复议案件280件，其中公安类96件、市场监管类58件、人社类41件；审结265件，结案率{P(265,280)}%。')
c('c017-fy-wan-yuan','clean','万元 beside counts',
  '全年办理国家赔偿案件12件，决定赔偿5件，支付赔偿金额86.4万元。')
c('c018-fy-part-rate','clean','rate over a part (涉企) with numerator named',
  f'受理行政复议案件320件，其中涉企案件80件，涉企案件调解和解62件，涉企案件调解率{P(62,80)}%。')
# ---- 执法
c('c019-zf-several','clean','several counts ；-separated, no total',
  '全年开展行政检查2310次，作出行政处罚决定1184件，罚没款862.5万元；办理行政许可事项5620件。')
c('c020-zf-qizhong-jianyi','clean','其中 with 简易/普通 summing to whole',
  '全年办理行政处罚案件1260件，其中适用简易程序案件815件、普通程序案件445件。')
c('c021-zf-mianfa','clean','首违不罚 rate over part? share of 处罚 cases',
  f'全年办理行政处罚案件1260件，依法适用“首违不罚”“轻微免罚”清单不予处罚案件186件，占{P(186,1260)}%。')
c('c022-zf-anjuan','clean','评查 案卷 pass rate',
  f'组织行政执法案卷评查，抽查案卷420卷，评定优秀案卷96卷、合格案卷301卷，合格率{P(96+301,420)}%。')
c('c023-zf-jiancha-year','clean','inspections by year and decline',
  f'2024年全市涉企行政检查4132次，较2023年的5218次下降{P(5218-4132,5218)}%。')
c('c024-zf-zhifazheng','clean','由…调整为… change count',
  '全市行政执法主体由68个调整为61个，减少7个，清理执法人员证件213件。')
c('c025-zf-peixun-heji','clean','list of trainees then 合计 after, nouns before counts',
  '组织执法人员培训1200人次、领导干部法治培训360人次、村（社区）法律明白人培训2450人次，合计4010人次。')
c('c026-zf-glued-units','clean','sum glued to noun …共N个单位',
  '市公安局、市场监管局、生态环境局、城管局等共18个单位参加了执法案卷交叉评查，共评查案卷420卷。')
c('c027-zf-xianchang','clean','非现场执法 share',
  f'全年办理交通运输执法案件650件，其中非现场执法案件234件，占比{P(234,650)}%。')
c('c028-zf-fenbie-quyu','clean','分别 per district, no total claimed',
  '甲区、乙区、丙县分别开展联合检查126次、98次、141次，分别减少重复检查37次、22次、41次。')
c('c029-zf-tongbi-bracket','clean','(同比…) in brackets',
  f'全年作出行政处罚决定1184件（同比下降{P(1312-1184,1312)}%，上年1312件），罚没款862.5万元。')
c('c030-zf-zhongde','clean','N件中的M件 share',
  f'在抽查的420卷案卷中，存在文书不规范问题的有37卷，占{P(37,420)}%，已全部整改到位。')
c('c031-zf-dual','clean','双随机 task counts and coverage',
  f'开展“双随机、一公开”抽查任务326项，其中跨部门联合抽查142项，联合抽查占比{P(142,326)}%。')
c('c032-zf-hanzhong','clean','(含…) aside in count and sum after',
  '全年查办案件（含移送公安机关案件12件）共415件，涉案金额1356万元。')
c('c033-zf-three-totals','clean','three totals with 其中 each, separated by ；',
  '全年查处违法案件415件，其中食品安全案件126件；办理投诉举报3120件，其中投诉2410件；开展专项整治11次。')
c('c034-zf-jiafa','clean','fines in 万元 and counts, 收缴率',
  f'作出罚款决定632件，应缴罚款512.6万元，已缴纳498.3万元，罚款收缴率{P(Decimal("498.3"),Decimal("512.6"))}%。')
# ---- 公共法律服务
c('c035-gf-yuanzhu-qizhong','clean','法律援助 其中 刑事/民事 summing short of whole (行政 unnamed)',
  '全年办理法律援助案件1856件，其中刑事案件624件、民事案件1103件，接待法律咨询12430人次。')
c('c036-gf-yuanzhu-tongbi','clean','同比 with 上年 count before',
  f'全年办理法律援助案件1856件，较上年的1715件增长{P(1856-1715,1715)}%，挽回经济损失3267万元。')
c('c037-gf-gongzheng','clean','closed 其中 list with 其余',
  '全年办理公证事项6420件，其中国内公证5380件、涉外公证860件，其余为其他公证事项180件。')
c('c038-gf-tiaojie','clean','mediation stages 排查→调解→成功',
  f'全年排查矛盾纠纷3126件，调解3018件，调解成功2947件，调解成功率{P(2947,3018)}%。')
c('c039-gf-tiaojie-fenlei','clean','分别为 list with 其他 summing to count',
  '调处矛盾纠纷620件，分别为婚姻家庭类240件、邻里纠纷类205件、其他类175件。')
c('c040-gf-guwen','clean','法律顾问 coverage rate across villages',
  f'全县186个村（社区）中已有186个配备法律顾问，覆盖率100%，法律顾问全年提供服务2340次。')
c('c041-gf-shequ-jiaozheng','clean','社区矫正 flow 接收→解除→在册, not parts',
  '全年新接收社区矫正对象386人，解除矫正312人，年末在册274人，无脱管漏管。')
c('c042-gf-yuanzhu-fenbie','clean','分别 list of changes with 上年分别',
  f'刑事、民事法律援助案件分别为624件、1103件，分别同比增长{P(624-560,560)}%、{P(1103-1020,1020)}%（上年分别为560件、1020件）。')
c('c043-gf-rexian','clean','12348 热线 answers',
  f'12348公共法律服务热线接听来电26580通，解答咨询26310件，解答率{P(26310,26580)}%。')
c('c044-gf-jianding','clean','司法鉴定 count and 万元 fee',
  '全年办理司法鉴定业务2150件，收费412.8万元，同比减少鉴定投诉9件。')
c('c045-gf-zhan-xiaoji','clean','shares listed one after another over whole',
  f'全年受理法律援助申请1900件，其中农民工申请520件，占{P(520,1900)}%；老年人申请310件，占{P(310,1900)}%。')
c('c046-gf-gongzheng-year','clean','2023年…件，2024年…件 with 为',
  f'2024年办理公证事项6420件，2023年为5980件，同比增长{P(6420-5980,5980)}%。')
# ---- 政务服务 / 12345
c('c047-zw-12345-tangshan','clean','12345 breakdown with 占 each (tangshan shape)',
  f'12345政务服务便民热线共受理群众诉求284406件。其中，咨询类124599件，占{P(124599,284406,2)}%；求助类56672件，占{P(56672,284406,2)}%；投诉类1983件，占{P(1983,284406,2)}%。', S_12345)
c('c048-zw-12345-banjie','clean','受理→办结 rate, decimals 1',
  f'受理群众来电求助50755件，办结50405件，办结率{P(50405,50755)}%。', S_HOT)
c('c049-zw-12345-pending','clean','处理完毕 + 正在办理 = 受理 (implicit exact)',
  '受理省派工单2917件，已处理完毕2349件，处于办结时限内正在办理568件。', S_12345)
c('c050-zw-banjian','clean','政务服务 办件 and 即办件 share',
  f'全年政务服务中心受理办件186420件，办结186310件，其中即办件112300件，即办件占比{P(112300,186420)}%。')
c('c051-zw-wangban','clean','全程网办 rate over 事项',
  f'梳理政务服务事项1426项，实现全程网办1318项，全程网办率{P(1318,1426)}%。')
c('c052-zw-shixian','clean','时限压缩 由…压缩至…',
  f'企业开办时间由3个工作日压缩至1个工作日，压缩{P(2,3)}%。')
c('c053-zw-jianshao','clean','由…精简至… 精简率',
  f'审批材料由312项精简至240项，精简率{P(72,312)}%。')
c('c054-zw-manyi','clean','好评率 over 评价 count',
  f'收到“好差评”评价98230条，其中好评97981条，好评率{P(97981,98230,2)}%，差评249条均已整改。')
c('c055-zw-12345-fenbie-zhan','clean','分别为 … 分别占 over 受理',
  f'受理12345热线工单56200件，其中咨询、投诉、建议类分别为30120件、18450件、4230件，分别占{P(30120,56200)}%、{P(18450,56200)}%、{P(4230,56200)}%。')
c('c056-zw-huanbi','clean','环比 quarters',
  f'第三季度受理投诉举报84件，第四季度受理105件，环比增长{P(21,84)}%。')
c('c057-zw-sheqi-part','clean','rate over a part: 涉企诉求 办结',
  f'受理热线诉求56200件，其中涉企诉求3240件，涉企诉求按期办结3218件，按期办结率{P(3218,3240)}%。')
c('c058-zw-dingban','clean','nouns after counts: 共设置…个窗口',
  '设置综合受理窗口42个、“办不成事”反映窗口12个、帮办代办窗口18个，共72个窗口。')
# ---- 规范性文件 / 合法性审查
c('c059-gf-shencha-qizhong','clean','合法性审查 其中 with 提出修改意见',
  '全年审查规范性文件86件，其中提出修改意见的32件，均被采纳；备案审查规范性文件54件，备案率100%。')
c('c060-gf-qingli','clean','清理 closed list 继续有效/修改/废止 = 总',
  '全面清理规范性文件428件，其中继续有效352件、修改41件、废止35件。')
c('c061-gf-gongping','clean','公平竞争审查 counts and 纠正',
  '开展公平竞争审查政策措施163件，审查发现并纠正违反公平竞争审查标准的文件7件，清理存量政策文件1240件。')
c('c062-gf-beian-rate','clean','备案 rate with counts',
  f'应报备规范性文件58件，按时报备56件，按时报备率{P(56,58)}%。')
c('c063-gf-hetong','clean','重大行政决策, 合同 separate totals',
  '全年对重大行政决策事项36件、行政合同127份、涉法事务93件进行合法性审查，提出意见建议418条。')
c('c064-gf-fenbie-two-years','clean','counts by year with 分别',
  '2023年、2024年分别制定规范性文件62件、58件，共计120件。')
c('c065-gf-zhongde-share','clean','中的 share over count after 在',
  f'在清理的428件文件中，废止35件，占{P(35,428)}%。')
c('c066-gf-hanshouquan','clean','(含…) count and closed sum',
  '审查行政规范性文件（含部门文件）共86件，其中市政府文件24件、部门文件62件。')
# ---- 普法 / 培训
c('c067-pf-xuefa','clean','学法考试 参考率 passrate',
  f'组织国家工作人员学法考试，应参考人员8420人，实际参考8376人，参考率{P(8376,8420)}%，合格8351人，合格率{P(8351,8376)}%。')
c('c068-pf-huodong-list','clean','activities with 场/人次 side by side',
  '开展普法宣传活动1260场，发放宣传资料18.6万份，受教育群众42万人次。')
c('c069-pf-peixun-renjun','clean','人均 学时',
  f'全局组织120名执法人员参加年度轮训，累计7200学时，人均{7200//120}学时。')
c('c070-pf-mingbairen','clean','法律明白人 by village, 平均',
  '全县186个村（社区）共培养“法律明白人”1120名，实现每村不少于5名。')
c('c071-pf-lingdao','clean','领导干部 学法 counts several ；',
  '政府常务会议学法12次；举办领导干部法治专题讲座6期，参训1240人次；组织旁听庭审活动4次，参加386人次。')
c('c072-pf-peixun-zhan','clean','培训 share over 执法人员',
  f'全市持证执法人员3260人，全年参加不少于60学时培训的3198人，占{P(3198,3260)}%。')
c('c073-pf-qizhong-nested','clean','nested 其中 on a sub-part',
  '全年开展法治培训326场，其中面向领导干部的48场；培训人员2.1万人次，其中执法人员8600人次。')
c('c074-pf-year-change','clean','与2023年相比 count change with 增加',
  '全年开展“八五”普法中期宣传活动1260场，与2023年相比增加180场。')
# ---- 预算 / 资金
c('c075-ys-zhixing','clean','执行率 in 万元',
  f'下达法治建设专项经费85万元，已支出76.5万元，执行率{P(Decimal("76.5"),85)}%。')
c('c076-ys-yuanzhu-jingfei','clean','法律援助经费 同比',
  f'全年安排法律援助经费320万元，较上年的280万元增长{P(40,280,2)}%。')
c('c077-ys-fenbie-heji','clean','分别 万元 with 合计',
  '市、县两级分别落实法治宣传教育经费120万元、236万元，合计356万元。')
c('c078-ys-dwei','clean','资金到位率',
  f'批复普法专项资金60万元，拨付到位57万元，到位率{P(57,60)}%。')
c('c079-ys-counts-and-money','clean','counts and 万元 in one 其中',
  '全年办理法律援助案件1856件，其中为农民工讨薪案件412件，挽回经济损失2360万元。')
c('c080-ys-yi','clean','亿元 with 万元 parts',
  '全年涉企罚没收入1.2亿元，其中市场监管领域6800万元、税务领域3100万元。')
# ---- more stress
c('c081-mix-shouli-shenjie-jiean','clean','受理→审结→结案 rates two',
  f'受理行政复议案件420件，审结398件，审结率{P(398,420)}%；审结案件中，作出纠错决定61件，纠错率{P(61,398)}%。')
c('c082-mix-chuting-two','clean','开庭→出庭 with two levels',
  f'全年行政诉讼开庭审理案件238件，行政机关负责人出庭应诉238件，出庭率100%，其中主要负责人出庭27件。')
c('c083-mix-overlap-shenqi','clean','overlapping 涉企/涉农 parts exceed nearest',
  '办理法律援助案件1856件，其中涉农民工案件980件、涉未成年人案件312件、涉老年人案件702件。')
c('c084-mix-qizhong-after-two','clean','其中 after two counts (受理, 办结), parts of 受理',
  '受理信访事项1260件，办结1232件，其中网上信访714件、来信来访546件。')
c('c085-mix-bracket-qizhong','clean','(其中…) in brackets',
  '全年审查重大行政决策事项36件（其中涉及民生事项21件），均经合法性审查。')
c('c086-mix-zhan-shengjie','clean','占 over the previous sentence whole',
  f'全年受理行政复议案件133件。涉企案件57件，占比{P(57,133)}%。')
c('c087-mix-gong-before','clean','共 before list of totals with counts before nouns',
  '全年共召开4次常务会议、2次专题会议、6次法治工作会议，研究法治议题23个。')
c('c088-mix-fenbie-zengjian','clean','分别 changes with 较上年',
  '执法人员、法律顾问、公职律师分别为3260人、186人、94人，较上年分别增加120人、12人、15人。')
c('c089-mix-heji-last','clean','合计 with nouns after counts',
  '甲街道调解312件、乙街道调解276件、丙镇调解198件，合计786件。')
c('c090-mix-quarter-list','clean','quarters list, no total',
  '一季度至四季度分别受理投诉举报68件、71件、84件、105件。')
c('c091-mix-tongbi-jiang','clean','下降 with 上年 count (为)',
  f'全年行政复议纠错42件，2023年为56件，同比下降{P(14,56)}%。')
c('c092-mix-baifenbi-bracket','clean','rate with bracketed counts',
  f'行政机关负责人出庭应诉率{P(143,146)}%（应出庭146件，实际出庭143件）。')
c('c093-mix-qizhong-rate-sub','clean','其中 sub-part with its own rate over its part',
  f'办理行政许可事项5620件，其中告知承诺制审批1240件，告知承诺事项核查1240件，核查率100%。')
c('c094-mix-yi-ge','clean','sum of kinds with 个 glued',
  '全市34个部门、12个乡镇共46个单位完成权责清单调整。')
c('c095-mix-dual-count-shares','clean','shares of two wholes in two sentences',
  f'受理行政诉讼案件204件，其中以县政府为被告的38件，占{P(38,204)}%。审结187件，其中调解撤诉36件，占审结数的{P(36,187)}%。')
c('c096-mix-zhongde-two','clean','中的 phrasing 共…件中的…件',
  '在全年审结的362件案件中的104件，通过调解和解方式化解。')
c('c097-mix-percent-point','clean','百分点 by year',
  f'行政复议纠错率2024年为17.5%，2023年为14.2%，提高{Decimal("17.5")-Decimal("14.2")}个百分点。')
c('c098-mix-tiaozheng','clean','权责清单 由…调整为…, 减少 count',
  '市级行政权力事项由4216项调整为3982项，减少234项，其中取消行政许可事项12项。')
c('c099-mix-qizhong-colon','clean','其中：list with 项 closed sum (all kinds listed ; plus 其他)',
  '共梳理行政职权3415项，其中：行政许可208项、行政处罚2407项、行政强制116项、其他行政权力684项。')
c('c100-mix-ban-ci','clean','half 过半 with counts',
  '全年186个村（社区）中，已有104个建成法治文化阵地，超过半数。')
# ---- faults (20)
c('f01-fy-shenjie-rate','consistent-rate','审结率 95.8% but 298/312=95.5%',
  '全年共收到行政复议申请312件，其中涉企案件87件、政府信息公开案件41件；审结298件，审结率95.8%。')
c('f02-fy-outcomes-sum','consistent-total','分别为 closed list 151+47+29+13=240 written with 审结 250',
  '审结行政复议案件250件，其中维持、驳回、撤销、确认违法案件分别为151件、47件、29件、13件。')
c('f03-fy-year-growth','consistent-rate','growth 13.5% but 19/152=12.5%',
  '2023年受理行政复议案件152件，2024年受理171件，同比增长13.5%。')
c('f04-ss-chuting','consistent-rate','出庭率 97.3% but 143/146=97.9%',
  '全市法院开庭审理的行政诉讼案件中，行政机关负责人应出庭146件，实际出庭143件，出庭应诉率97.3%。')
c('f05-fy-bracket-lastyear','consistent-rate','18.4% but (528-446)/446=18.4? no: planted 16.4',
  '全年新收行政复议案件528件，同比增长16.4%（上年446件），其中涉企案件103件。')
c('f06-zf-qizhong-exceed','consistent-total','简易+普通 815+465=1280 > 1260 (closed by kinds)',
  '全年办理行政处罚案件1260件，其中适用简易程序案件815件、普通程序案件465件。')
c('f07-zf-heji','consistent-total','合计 4010 but 1200+360+2450=4010? planted 4100',
  '组织执法人员培训1200人次、领导干部法治培训360人次、村（社区）法律明白人培训2450人次，合计4100人次。')
c('f08-zf-change','consistent-total','由68个调整为61个 减少 9个 (should be 7)',
  '全市行政执法主体由68个调整为61个，减少9个，清理执法人员证件213件。')
c('f09-gf-tiaojie','consistent-rate','调解成功率 98.6% but 2947/3018=97.6%',
  '全年排查矛盾纠纷3126件，调解3018件，调解成功2947件，调解成功率98.6%。')
c('f10-gf-fenlei-qita','consistent-total','分别为 with 其他 240+205+175=620 written 630',
  '调处矛盾纠纷630件，分别为婚姻家庭类240件、邻里纠纷类205件、其他类175件。')
c('f11-zw-12345-zhan','consistent-rate','咨询类 占 43.82% but 124599/284406=43.81%',
  f'12345政务服务便民热线共受理群众诉求284406件。其中，咨询类124599件，占45.81%；求助类56672件，占{P(56672,284406,2)}%。', S_12345)
c('f12-zw-jingjian','consistent-rate','精简率 25.1% but 72/312=23.1%',
  '审批材料由312项精简至240项，精简率25.1%。')
c('f13-zw-fenbie-zhan','consistent-rate','second share 34.2% but 18450/56200=32.8%',
  f'受理12345热线工单56200件，其中咨询、投诉、建议类分别为30120件、18450件、4230件，分别占{P(30120,56200)}%、34.2%、{P(4230,56200)}%。')
c('f14-gf-qingli-sum','consistent-total','352+41+35=428 but total 438 (closed list of all outcomes)',
  '全面清理规范性文件438件，其中继续有效352件、修改41件、废止35件，其余为0件。')
c('f15-pf-cankao','consistent-rate','合格率 98.7% but 8351/8376=99.7%',
  '组织国家工作人员学法考试，应参考人员8420人，实际参考8376人，参考率99.5%，合格8351人，合格率98.7%。')
c('f16-ys-zhixing','consistent-rate','执行率 92% but 76.5/85=90%',
  '下达法治建设专项经费85万元，已支出76.5万元，执行率92%。')
c('f17-ys-heji','consistent-total','120+236=356 written 合计 366万元',
  '市、县两级分别落实法治宣传教育经费120万元、236万元，合计366万元。')
c('f18-mix-jiucuo','consistent-rate','纠错率 16.3% but 61/398=15.3%',
  '受理行政复议案件420件，审结398件，审结率94.8%；审结案件中，作出纠错决定61件，纠错率16.3%。')
c('f19-mix-gong-units','consistent-total','34+12=46 written 共48个单位',
  '全市34个部门、12个乡镇共48个单位完成权责清单调整。')
c('f20-mix-tongbi-jiang','consistent-rate','下降 30% but 14/56=25%',
  '全年行政复议纠错42件，2023年为56件，同比下降30%。')

# ---- batch 2 (labelled before its run)
c('c101-b2-bracket-qizhong-rate','clean','(其中…) bracket then 审结率 over 受理',
  f'受理行政复议申请312件（其中涉企87件），审结298件，审结率{P(298,312)}%。')
c('c102-b2-tongbi-zengjia-bracket','clean','(同比增加N件) in brackets',
  '全年办理行政应诉案件204件（同比增加41件），其中一审案件187件。')
c('c103-b2-shouli-banjie-qizhong','clean','受理, 办结, then 其中 parts of 受理 exceeding 办结 (nearest)',
  '受理投诉举报1200件，办结1150件，其中食品类620件、价格类560件。')
c('c104-b2-gong-list-of-totals','clean','共 before a 、 list of totals',
  '全年共审查重大行政决策36件、规范性文件28件、行政合同127份。')
c('c105-b2-qizhong-status','clean','其中 a status (办结) with rate',
  f'受理投诉2410件，其中已办结2380件，办结率{P(2380,2410)}%。')
c('c106-b2-three-years-fenbie','clean','2022年至2024年分别 counts, no total',
  '2022年至2024年全县分别受理行政复议案件128件、146件、171件，呈逐年上升趋势。')
c('c107-b2-rate-change-you-dao','clean','rate 由…提高到…, points',
  '行政复议纠错率由14.2%提高到17.5%，提高3.3个百分点。')
c('c108-b2-fakuan-money','clean','其中 count with 金额 万元 in the same item',
  '作出行政处罚决定1184件，其中罚款612件、金额486万元，没收违法所得37件。')
c('c109-b2-zhan-quanbu','clean','占全部…的 share',
  f'全年受理行政复议案件420件，其中涉及行政处罚的163件，占全部案件的{P(163,420)}%。')
c('c110-b2-ge-zhong-de','clean','N个乡镇中的M个',
  f'全县14个乡镇（街道）中的12个建成公共法律服务工作站，占{P(12,14)}%。')
c('c111-b2-year-sentence-before','clean','last year in sentence before',
  f'2023年，全区共受理行政复议申请325件。2024年受理364件，同比增长{P(39,325)}%。')
c('c112-b2-zengjia-zengzhang','clean','比上年增加N件，增长p%',
  f'全年办理法律援助案件57件，比上年增加12件，增长{P(12,45)}%。')
c('c113-b2-bei','clean','是上年42件的3倍',
  '全年办理法律援助案件126件，是上年42件的3倍。')
c('c114-b2-jiban-part-rate','clean','rate over part: 即办件 当场办结',
  '受理行政许可事项5620件，其中即办件3120件，即办件当场办结3120件，当场办结率100%。')
c('c115-b2-jiean-then-qizhong','clean','结案率 then 其中 after rate',
  f'立案查处案件415件，结案398件，结案率{P(398,415)}%，其中移送司法机关12件。')
c('c116-b2-two-qizhong-one-sentence','clean','two totals each with 其中 separated by ，',
  '受理行政复议案件312件，其中涉企87件，受理行政诉讼案件204件，其中涉企61件。')
c('c117-b2-renjun','clean','人均 办案',
  f'全局38名执法人员全年办理案件1184件，人均办案{P(1184,38*100)}件。')
c('c118-b2-fenbie-zhan-quan','clean','分别占全市的 (other scope) — silent expected',
  '甲区、乙区受理行政复议案件分别为96件、74件，分别占全市的18.2%、14.0%。')
c('c119-b2-fenbie-heji-noun-after','clean','合计 then noun: 合计N件次',
  '市本级、县区分别开展“综合查一次”联合检查126次、348次，合计474次。')
c('c120-b2-shenpi-shixian','clean','法定时限 压缩 to 承诺时限 with 提速率',
  f'行政许可事项法定办结时限平均20天，承诺办结时限平均6天，压缩{P(14,20)}%。')
c('c121-b2-overlap-ageing','clean','overlapping groups among 受援人 (农民工, 妇女, 老年人)',
  '全年受援群众2120人，其中农民工980人、妇女860人、老年人530人、未成年人210人。')
c('c122-b2-yuan-in-bracket','clean','(含…万元) aside and 万元 total',
  '全年下达法治建设经费320万元（含上级补助80万元），已支出304万元，执行率95%。')
c('c123-b2-gongzhenglv','clean','一次性办结 rate with count',
  f'全年办理公证事项6420件，一次性办结6102件，一次性办结率{P(6102,6420)}%。')
c('c124-b2-two-rates-one-sentence','clean','two rates of different bases ；-separated',
  f'应出庭146件，实际出庭143件，出庭率{P(143,146)}%；应答复信息公开申请520件，按期答复518件，按期答复率{P(518,520)}%。')
c('g01-b2-tongbi-bracket-wrong','consistent-total','(同比增加41件) but last year stated 170 → 34',
  '全年办理行政应诉案件204件，较上年的170件增加41件。')
c('g02-b2-qizhong-exceed','consistent-total','其中 parts 96+62+41+88=287 > 280',
  '受理行政复议案件280件，其中公安类96件、市场监管类62件、人社类41件、自然资源类88件；审结265件。')
c('g03-b2-increase-rate','consistent-rate','增长26.7% written 28.7% (12/45)',
  '全年办理法律援助案件57件，比上年增加12件，增长28.7%。')
c('g04-b2-zhan-quanbu','consistent-rate','占 38.8% written 36.8% (163/420)',
  '全年受理行政复议案件420件，其中涉及行政处罚的163件，占全部案件的36.8%。')
c('g05-b2-heji','consistent-total','126+348=474 written 合计484次',
  '市本级、县区分别开展“综合查一次”联合检查126次、348次，合计484次。')
c('g06-b2-jiean','consistent-rate','结案率 94.9% written for 398/415=95.9%',
  '立案查处案件415件，结案398件，结案率94.9%，其中移送司法机关12件。')
# the 14th: make it a normal closed list
for x in C:
    if x['id']=='f14-gf-qingli-sum':
        x['text']='全面清理规范性文件438件，其中继续有效352件、修改41件、废止35件，合计428件。'
        x['why']='parts sum 428 and 合计428件 but the whole says 438 — planted: whole 438 vs parts 428'
    if x['id']=='f05-fy-bracket-lastyear': x['why']='同比增长16.4% (上年446件) but (528-446)/446=18.4%'
    if x['id']=='f07-zf-heji': x['why']='合计4100人次 but 1200+360+2450=4010'
    if x['id']=='f11-zw-12345-zhan': x['why']='咨询类占45.81% but 124599/284406=43.81%'
os.makedirs(os.path.join(D,'cases'), exist_ok=True)
for x in C:
    open(os.path.join(D,'cases',x['file']),'w').write(x['text']+'\n')
json.dump([{k:v for k,v in x.items() if k!='text'} for x in C], open(os.path.join(D,'cases.json'),'w'), ensure_ascii=False, indent=1)
print(len(C), sum(x['expect']=='clean' for x in C))
