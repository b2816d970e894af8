# Writes cases/*.txt and cases.json for independent23 (figures of 2025 reports, sectors and phrasings others used least).
# Every clean rate is computed here (half-up) so clean cases are exact; every fault is one figure set wrong by hand.
# Wording is the tester's own, on the layout/phrasing of the published page named in `src` (figures invented).
import json, os
from decimal import Decimal, ROUND_HALF_UP
D = os.path.dirname(os.path.abspath(__file__))
def P(a, b, d=1):
    q = Decimal(1).scaleb(-d) if d else Decimal(1)
    return str((Decimal(str(a)) * 100 / Decimal(str(b))).quantize(q, rounding=ROUND_HALF_UP))
def G(now, last, d=1):  # growth in % of last year
    return P(Decimal(str(now)) - Decimal(str(last)), last, d)

# sources (published pages found in the `pages` corpus; wording/layout modelled, figures the tester's own)
S_XM_YJ = 'https://yjj.xm.gov.cn/ajjxxgk_83768/xxgkml/xzxwqk/202601/t20260116_2977489.htm'
S_DA_YJ = 'http://www.da.gov.cn/dayjglj/0300/202601/8e793cb866a74eb98e9655e01d68b55d.shtml'
S_QJ_YJ = 'https://www.hbqj.gov.cn/xxgk/zc/qtwj/gsgg/202601/t20260127_5864673.html'
S_FZSX = 'http://www.fzsx.gov.cn/gzcf/gzdt/90074.htm'
S_LIYANG = 'https://www.liyang.gov.cn/html/czly/2026/OPCKQFNA_0120/34568.html'
S_BAICHENG = 'http://xxgk.jlbc.gov.cn/bcsrmzf/bcsrmzfndbg/202603/t20260312_1032479.html'
S_JLP_SFJ = 'https://cqjlp.gov.cn/zwgk_251/zfxxgkml_1/fzzfjsndbg/qzfgzbm_65436/qsfj_65443/202602/t20260204_15379951.html'
S_JLP_JW = 'http://cqjlp.gov.cn/zwgk_251/zfxxgkml_1/fzzfjsndbg/qzfgzbm_65436/qjw_65438/202602/t20260206_15392456.html'
S_QHD_WJ = 'http://wjw.qhd.gov.cn/home/details?code=Mzc%CE%B3&id=5331'
S_LG_WJ = 'https://tanhuaxl.net/cn/xxgk/fzzfjsndbg/lgq/content/post_12597923.html'
S_YD_WJ = 'http://www.yongding.gov.cn/xxgk/zdxxgk/ylws/jdjc/202512/t20251216_2263867.htm'
S_HENGDONG = 'http://www.hengdong.gov.cn/zmhd/12345rx/gzjb/jdtj/20250422/i3643616.html'
S_CHANGJI = 'http://cjs.cj.gov.cn/gk/wj/946457.htm'
S_LIANPING = 'http://www.h4266.com/hdjl/12345zfrx/lytj/content/post_660187.html'
S_YY_RS = 'http://yiyang.gov.cn/rsj/4509/4515/content_2146438.html'
S_SZ_RS = 'https://hrss.sz.gov.cn/xxgk/ghjh/jhjzj/content/post_12641476.html'
S_JINYUN_RS = 'http://www.jinyun.gov.cn/art/2025/2/11/art_1229367939_5455833.html'
S_HUANING = 'https://www.huaning.gov.cn/hn/tzgg26/20260205/1647842.html'
S_YAOAN = 'http://www.yaoan.gov.cn/info/5213/496314.htm'
S_JIYUAN = 'http://www.jiyuan.gov.cn/gov_special/2023/fzzfjszl/fzzfgzbg/t995845.html'
S_FZ_HJ = 'http://www.cdlgssw.com/zgfzzt/shbj/xxgk/tzgg/202602/t20260205_5281814.htm'
S_XS_HJ = 'https://www.hbxs.gov.cn/zwgk/public/131/64876212.html'
S_HJ_PTB = 'http://www.zhangyanji.com/zwdt/swyw/101425.shtml'
S_HJ_MONTH = 'http://te2011.goootech.com/news/detail-10282964.html'
S_HJ_HENAN = 'https://ppfocus.com/0/sc0f9cbb3.html'
S_YANZHOU = 'http://www.yanzhou.gov.cn/art/2026/1/21/art_103891_2795350.html?xxgkhide=1'
S_GY_JY = 'https://gy.gov.cn/XxgkContent/show/2939133.html'
S_CZ_CG = 'https://www.changzhi.gov.cn/xxgkml/zfxxgkml/szfgzbm/sjtysj_202962/fdzdgknr/yfxz/zdjs/202601/t20260114_3129442.shtml'
S_LAIXI_JT = 'http://www.laixinews.com/epaper/Html/2019-07-17/53715.html'
S_YAOAN_ZR = 'http://www.yaoan.gov.cn/info/1443/495714.htm'
S_SFB = 'https://finance.sina.com.cn (新华社 via 北京日报 2025-01-13: 司法部 2025年重点…; search excerpt without address)'

C = []
def c(i, expect, why, text, src, whole=False):
    C.append(dict(id=i, file=f'{i}.txt', src=src, expect=expect, why=why, whole=whole, text=text))
R = 'consistent-rate'; T = 'consistent-total'; K = 'clean'

# ---------------- 税务
c('c001-sw-jianshui-qizhong-yiyuan', K, '其中 names two of several tax-relief kinds (亿元); parts fall short of the whole',
  '全年落实新增减税降费及退税缓费18.46亿元，其中支持科技创新和制造业发展的政策减免7.92亿元、小微企业和个体工商户减免税费5.31亿元。', S_YAOAN)
c('c002-sw-jianshui-tongbi-yiyuan', K, f'growth in 亿元 with last year in brackets: (18.46-16.89)/16.89',
  f'全年新增减税降费及退税缓费18.46亿元，同比增长{G(18.46,16.89)}%（上年16.89亿元），惠及纳税人缴费人4.2万户次。', S_YAOAN)
c('f001-sw-jianshui-tongbi-wrong', R, 'growth 7.3% stated; (18.46-16.89)/16.89=9.3%',
  '全年新增减税降费及退税缓费18.46亿元，同比增长7.3%（上年16.89亿元），惠及纳税人缴费人4.2万户次。', S_YAOAN)
c('c003-sw-fuyi-tiaojie', K, f'税务行政复议 9件 all closed, 调解和解率 3/9',
  f'全年办理税务行政复议案件9件，全部审结，其中维持5件、撤销1件、经调解申请人撤回申请3件，调解和解率{P(3,9)}%。', S_JIYUAN)
c('f002-sw-fuyi-shenjie-rate', R, '审结率97.7% stated; 11/12=91.7%',
  '全年受理税务行政复议申请12件，审结11件，审结率97.7%，行政诉讼案件零败诉。', S_JIYUAN)
c('f003-sw-jianshui-gongji', T, '共计7.72亿元 stated; 3.26+2.14+1.87=7.27',
  '留抵退税3.26亿元、小微企业减免税费2.14亿元、研发费用加计扣除减税1.87亿元，共计7.72亿元，政策红利直达快享。', S_YAOAN)
c('c004-sw-rexian-anqi-norate-count', K, '按期办结率 with no 按期办结 count (not checkable), 满意率 survey',
  '全年受理纳税人缴费人诉求1286件，办结1286件，按期办结率100%，满意率99.6%。', S_HENGDONG)
c('c005-sw-zixun-wan-rounded', K, f'rounded counts 4.6万/4.1万: growth (4.6-4.1)/4.1',
  f'12366纳税服务热线全年解答涉税咨询4.6万件，较上年的4.1万件增长{G(4.6,4.1)}%。', S_YAOAN)
c('c006-sw-shouwei-bufa-share', K, f'首违不罚 share over 处罚 total of the sentence before',
  f'全年作出税务行政处罚决定1624户次。对符合条件的386户次纳税人适用“首违不罚”，占首次轻微违法户次总数的{P(386,512)}%。', S_CZ_CG)
# the share names its own scope (首次轻微违法户次总数, 512, not stated); the 386 are not among the 1624 punished

# ---------------- 医保
c('c007-yb-jiancha-qizhong-wanyuan', K, '追回 万元 with 其中 罚款 as part; counts of 家 beside',
  '全年检查定点医药机构412家，查处违规机构137家，追回医保基金1286.45万元，其中行政处罚罚款213.7万元。', S_FZ_HJ)
c('c008-yb-zhuihui-tongbi', K, f'growth of 万元 between two years named: (1286.45-978.6)/978.6',
  f'2025年追回医保基金1286.45万元，较2024年的978.6万元增长{G(1286.45,978.6)}%。', S_FZ_HJ)
c('f004-yb-zhuihui-tongbi-wrong', R, f'增长35.2% stated; real {G(1286.45,978.6)}%',
  '2025年追回医保基金1286.45万元，较2024年的978.6万元增长35.2%。', S_FZ_HJ)
c('f005-yb-zhuihui-direction', R, f'增长9.4% stated but it fell from 1420.3 to 1286.45 (-{P(Decimal("1420.3")-Decimal("1286.45"),1420.3)}%)',
  '2025年追回医保基金1286.45万元，较2024年的1420.3万元增长9.4%。', S_FZ_HJ)
c('c009-yb-fugai-rate', K, f'coverage 398 of 412: {P(398,412)}%',
  f'配合国家、省级飞行检查2次，本级专项检查覆盖定点医药机构412家中的398家，覆盖率{P(398,412)}%。', S_QHD_WJ)
c('c010-yb-chuli-qizhong-partial', K, '其中 lists some treatments (others unnamed)',
  '处理违规定点医药机构137家，其中暂停医保服务协议9家、解除服务协议2家，约谈整改54家。', S_FZ_HJ)
c('f006-yb-jigou-fenbie-exceed', T, '医疗机构58 + 零售药店84 = 142 > 137',
  '查处违规定点医药机构137家，其中定点医疗机构、定点零售药店分别为58家、84家，追回基金1286.45万元。', S_FZ_HJ)
c('c011-yb-leiji-vs-niandu', K, 'cumulative 十四五 figure beside the annual one (not parts)',
  '“十四五”期间累计追回医保基金5268.3万元，其中2025年追回1286.45万元，占全期的' + P(1286.45, 5268.3) + '%。', S_FZ_HJ)

# ---------------- 人社
c('c012-rs-jiancha-jiean', K, f'结案率 618/624',
  f'全年受理劳动保障监察投诉举报案件624件，结案618件，结案率{P(618,624)}%，为2317名劳动者追发工资等待遇3864.2万元。', S_YY_RS)
c('f007-rs-jiancha-jiean-wrong', R, f'结案率99.6% stated; 618/624={P(618,624)}%',
  '全年受理劳动保障监察投诉举报案件624件，结案618件，结案率99.6%，为2317名劳动者追发工资等待遇3864.2万元。', S_YY_RS)
c('c013-rs-zhongcai-tiaojie', K, f'调解成功率 1102/1835',
  f'全年受理劳动人事争议仲裁案件1835件，调解结案1102件，调解成功率{P(1102,1835)}%。', S_SZ_RS)
c('c014-rs-zhongcai-jiezhuan', K, f'结案率 over 受理 含上年结转 1760/1835',
  f'受理劳动人事争议仲裁案件1835件（含上年结转96件），审结1760件，仲裁结案率{P(1760,1835)}%。', S_SZ_RS)
c('c015-rs-rate-before-count', K, 'rate stated before its (complete) counts',
  '根治欠薪线索办结率100%：全年接收国家根治欠薪线索反映平台转办线索286条，286条全部办结。', S_YY_RS)
c('f008-rs-rate-before-count-wrong', R, f'结案率98.2% stated before counts; 157/163={P(157,163)}%',
  '欠薪案件结案率达98.2%，全年立案查处欠薪案件163件，结案157件，移送涉嫌拒不支付劳动报酬犯罪案件6件。', S_YY_RS)
c('f009-rs-zhuifa-direction', R, f'同比增长8.9% stated but 3864.2 < 4210.5 (fell {P(4210.5-3864.2,4210.5)}%)',
  '为劳动者追发工资等待遇3864.2万元，较上年的4210.5万元同比增长8.9%。', S_YY_RS)
c('c016-rs-two-years-named', K, f'both years named as sentence subjects: (3864.2-3312.6)/3312.6',
  f'2024年为1962名劳动者追发工资3312.6万元，2025年为2317名劳动者追发3864.2万元，追发金额同比增长{G(3864.2,3312.6)}%。', S_YY_RS)
c('c017-rs-chizheng', K, f'持证率 83/84 (source: 应持证84人 已持证83人)',
  f'全局应持行政执法证人员84人，已持证83人，持证率{P(83,84)}%，其中本年新增持证人员4名。', S_JINYUN_RS)
c('f010-rs-chizheng-qizhong-exceed', T, '其中 新增 5 + 原有 80 = 85 > 已持证 83',
  '全局已持行政执法证人员83人，其中原有持证人员80人、本年新考取持证人员5人。', S_JINYUN_RS)

# ---------------- 应急管理
c('c018-yj-jiancha-several', K, 'several counts, 万元, 家 beside 件, no total',
  '全年开展执法检查2299家次，作出行政处罚233件、罚款226.31万元，对6家企业依法不予处罚，对60家企业适用简易程序处罚。', S_XM_YJ)
c('c019-yj-yinhuan-zhenggai', K, f'整改率 3798/3862',
  f'执法检查中发现各类事故隐患3862项，已督促整改3798项，整改率{P(3798,3862)}%。', S_DA_YJ)
c('f011-yj-yinhuan-zhenggai-wrong', R, f'整改率99.3% stated; 3798/3862={P(3798,3862)}%',
  '执法检查中发现各类事故隐患3862项，已督促整改3798项，整改率99.3%。', S_DA_YJ)
c('c020-yj-zhongda-yinhuan-other-base', K, f'two bases: 重大隐患整改率100% with no count; 一般隐患 3798/3862',
  f'排查一般事故隐患3862项、重大事故隐患17项，重大隐患全部挂牌督办、整改率100%；一般隐患已整改3798项，整改率{P(3798,3862)}%。', S_DA_YJ)
c('c021-yj-jihua-zhixing', K, 'plan 212 of 212, plus 48 双随机 outside the plan',
  '年度监督检查计划明确检查企业212家，实际完成检查212家，计划执行率100%；另开展“双随机”抽查企业48家。', S_XM_YJ)
c('f012-yj-chufa-fenbie-exceed', T, '一般程序173 + 简易程序70 = 243 > 233 (分别为 after the count)',
  '全年作出行政处罚233件，按适用程序分别为一般程序173件、简易程序70件，罚款226.31万元。', S_XM_YJ)
c('c022-yj-hefaxing-shenhe', K, '通过率100% with no count of passed (not checkable)',
  '严格落实规范性文件合法性审核制度，全年开展合法性审核111次，审核通过率100%。', S_XM_YJ)
c('c023-yj-zhuanjia-renci', K, '100 experts and 4862 人次 (no per-head claim)',
  '组织100名专家开展企业安全生产指导帮扶，累计出动4862人次，服务企业1316家次。', S_XM_YJ)
c('c024-yj-tongbi-pp', K, f'percentage points between two stated rates (97.6 -> 98.3)',
  f'一般隐患整改率由2024年的97.6%提高到2025年的{P(3798,3862)}%，提高0.7个百分点。', S_QJ_YJ)
c('f013-yj-tongbi-pp-wrong', R, 'pp change 1.7 stated; 98.3-97.6=0.7',
  '一般隐患整改率由2024年的97.6%提高到2025年的98.3%，提高1.7个百分点。', S_QJ_YJ)

# ---------------- 生态环境
c('c025-hj-peitao-qizhong-exact', K, '其中 list summing exactly to 31',
  '全年办理环境行政处罚案件146件，罚款金额1872.6万元；适用环境保护法配套办法案件31件，其中查封扣押24件、限产停产3件、移送行政拘留3件、移送涉嫌环境污染犯罪1件。', S_HJ_PTB)
c('f014-hj-peitao-qizhong-exceed', T, '24+3+3+2=32 > 31',
  '全年办理环境行政处罚案件146件，罚款金额1872.6万元；适用环境保护法配套办法案件31件，其中查封扣押24件、限产停产3件、移送行政拘留3件、移送涉嫌环境污染犯罪2件。', S_HJ_PTB)
c('c026-hj-bracket-lastyear', K, f'last year in brackets right after 比上年同期: 5/26',
  f'实施配套办法案件共计31件，比上年同期（26件）增长{G(31,26)}%。', S_HJ_MONTH)
c('f015-hj-direction', R, f'增长18.4% stated but 31 < 38 (a fall of {P(7,38)}%)',
  '实施配套办法案件共计31件，比上年同期（38件）增长18.4%。', S_HJ_MONTH)
c('c027-hj-avg-per-case', K, '案件平均罚款 1872.6/146=12.83 万元 (average per case, not a rate)',
  '全年下达环境行政处罚决定书146份，罚没款1872.6万元，案件平均罚款金额12.83万元。', S_HJ_PTB)
c('c028-hj-fenbie-zhan', K, f'分别占 shares of 892 (sum < 100%: the 其中 list is a selection)',
  f'全年受理生态环境信访投诉892件，其中大气类、噪声类分别为371件、298件，分别占{P(371,892)}%、{P(298,892)}%。', S_CHANGJI)
c('f016-hj-fenbie-zhan-wrong', R, f'second share 35.4% stated; 298/892={P(298,892)}%',
  '全年受理生态环境信访投诉892件，其中大气类、噪声类分别为371件、298件，分别占41.6%、35.4%。', S_CHANGJI)
c('c029-hj-lian-xiada', K, 'flow 立案 > 下达决定 (stages, not parts)',
  '全年环境行政处罚立案163起，已下达处罚决定158起，罚款金额1872.6万元，查封扣押24起。', S_HJ_HENAN)
c('c030-hj-zhijian-pp-wording', K, 'rate compared in % of a rate (同比降低…%) without last year: not checkable',
  f'全年抽查排污单位286家次，发现问题单位31家，问题发现率{P(31,286)}%，同比降低2.3%。', S_XS_HJ)

# ---------------- 自然资源
c('c031-zr-weipian-jiean', K, f'结案率 165/172 after a flow 图斑→认定→立案',
  f'全年下发疑似违法图斑1264个，经核查认定违法用地图斑187个，已立案查处172宗，结案165宗，结案率{P(165,172)}%。', S_YAOAN_ZR)
c('f017-zr-weipian-jiean-wrong', R, f'结案率97.1% stated; 165/172={P(165,172)}%',
  '全年下发疑似违法图斑1264个，经核查认定违法用地图斑187个，已立案查处172宗，结案165宗，结案率97.1%。', S_YAOAN_ZR)
c('c032-zr-mianji-qizhong', K, '其中 耕地 part of 亩',
  '涉及违法用地面积618.4亩，其中耕地236.7亩，已全部整改到位。', S_YAOAN_ZR)
c('c033-zr-xiajiang', K, f'decline (243-187)/243',
  f'全年新增违法用地187宗，较上年的243宗下降{P(243-187,243)}%。', S_YAOAN_ZR)
c('f018-zr-xiajiang-wrong', R, f'下降25.0% stated; (243-187)/243={P(56,243)}%',
  '全年新增违法用地187宗，较上年的243宗下降25.0%。', S_YAOAN_ZR)
c('f019-zr-fangshi-qita-mismatch', T, '分别为 list ending in 其他: 98+53+21=172 ≠ 结案165',
  '全年违法用地案件结案165宗，处理方式分别为拆除复耕98宗、没收地上建筑物53宗、其他方式21宗。', S_YAOAN_ZR)
c('c034-zr-fangshi-qita-exact', K, '分别为 list ending in 其他 that sums to 165',
  '全年违法用地案件结案165宗，处理方式分别为拆除复耕98宗、没收地上建筑物46宗、其他方式21宗。', S_YAOAN_ZR)

# ---------------- 城管综合执法
c('c035-cg-shouwei-bufa', K, '首违免罚 次 beside 件 (different units), no rate',
  '全年办理城市管理行政处罚案件2186件，罚没款431.5万元；对28项轻微违法行为实行“首违不罚”，实施首违免罚363次。', S_CZ_CG)
c('c036-cg-chai-weijian', K, '100% with no count; 处 and 平方米',
  '全年拆除违法建设1346处、面积8.72万平方米，其中当年新增违法建设263处，新增违建处置率100%。', S_CZ_CG)
c('c037-cg-anshi-banjie', K, f'qualified rate with its qualified count: 18402/18624',
  f'受理城市管理类诉求工单18624件，按时办结18402件，按时办结率{P(18402,18624)}%。', S_CZ_CG)
c('f020-cg-anshi-banjie-wrong', R, f'按时办结率99.8% stated; 18402/18624={P(18402,18624)}% (qualified rate: documented as info)',
  '受理城市管理类诉求工单18624件，按时办结18402件，按时办结率99.8%。', S_CZ_CG)
c('c038-cg-jianyi-putong', K, '其中 简易 + 普通 = 2186 exactly',
  '全年办理城市管理行政处罚案件2186件，其中适用简易程序1524件、普通程序662件。', S_CZ_CG)
c('f021-cg-jianyi-putong-exceed', T, '1524+672=2196 > 2186',
  '全年办理城市管理行政处罚案件2186件，其中适用简易程序1524件、普通程序672件。', S_CZ_CG)
c('c039-cg-overlap-dimensions', K, '其中 涉企 and 简易程序 are different dimensions (overlap), exceeding the whole is fine',
  '全年办理城市管理行政处罚案件2186件，其中涉企案件1290件，适用简易程序办理的案件1524件。', S_CZ_CG)

# ---------------- 交通运输 (超限超载)
c('c040-jt-chaoxian-bound', K, f'bound 以内 holds: 1083/12.6万 ≈ {P(1083,126000,2)}%',
  '全年检测货运车辆12.6万辆次，查处超限超载车辆1083辆，卸载转运货物8645.3吨，超限率控制在1%以内。', S_LAIXI_JT)
c('c041-jt-qizhong-yanzhong', K, '其中 one subset',
  '查处超限超载车辆1083辆，其中超限100%以上的严重超限车辆37辆，均已卸载并依法处罚。', S_LAIXI_JT)
c('c042-jt-tongbi-bracket', K, f'decline with last year in brackets: (1331-1083)/1331',
  f'全年查处超限超载车辆1083辆，同比下降{P(1331-1083,1331)}%（上年1331辆）。', S_LAIXI_JT)
c('f022-jt-tongbi-bracket-wrong', R, f'下降16.8% stated; (1331-1083)/1331={P(248,1331)}%',
  '全年查处超限超载车辆1083辆，同比下降16.8%（上年1331辆）。', S_LAIXI_JT)
c('c043-jt-yuantou', K, 'sources 企业 家 with 抄告 起 (no whole)',
  '对126家重点货运源头企业开展检查，实施“一超四罚”抄告94起，其中抄告外地车辆41起。', S_LAIXI_JT)
c('f023-jt-chaogao-qizhong-exceed', T, '其中 本地53 + 外地45 = 98 > 94',
  '实施“一超四罚”抄告94起，其中抄告本地车辆53起、外地车辆45起。', S_LAIXI_JT)

# ---------------- 卫健 (双随机)
c('c044-wj-shuangsuiji-wancheng', K, f'task completion over the task total (some units closed): 670/696={P(670,696,2)}%',
  f'全年双随机监督抽查任务总数696家，除关闭、停产机构外共对670家机构开展监督，任务完成率{P(670,696,2)}%。', S_QHD_WJ)
c('c045-wj-xinshenger-banjie', K, f'办结率 6731/6771={P(6731,6771,2)}%',
  f'牵头“新生儿出生一件事”，全年累计办理6771件，办结6731件，办结率{P(6731,6771,2)}%。', S_QHD_WJ)
c('f024-wj-xinshenger-banjie-wrong', R, f'办结率99.14% stated (digits swapped); 6731/6771={P(6731,6771,2)}%',
  '牵头“新生儿出生一件事”，全年累计办理6771件，办结6731件，办结率99.14%。', S_QHD_WJ)
c('c046-wj-jiancha-jiean-norate', K, '结案率100% with no 结案 count (not checkable)',
  '全年监督检查各类单位3126户次，立案处罚186件，罚没款72.48万元，案件结案率100%。', S_YD_WJ)
c('c047-wj-yijianshu-qizhong-exact', K, '其中 338+69 = 407 exactly; 合同 份 beside',
  '法律顾问全年审核各类合同710份，出具法律意见书407份，其中信访审查法律意见书338份、专项法律意见书69份。', S_LG_WJ)
c('f025-wj-yijianshu-qizhong-exceed', T, '338+69=407 > 397',
  '法律顾问全年审核各类合同710份，出具法律意见书397份，其中信访审查法律意见书338份、专项法律意见书69份。', S_LG_WJ)
c('c048-wj-xuke-gongji', K, '共计 after two counts: 47+13=60',
  '办理医院执业许可47宗、校验13宗，共计60宗，均在承诺时限内办结。', S_LG_WJ)
c('c049-wj-xiaodu-lian', K, '12 of 12 全覆盖 then 立案 3 (subset of checked)',
  '对全市12家餐饮具集中消毒服务单位开展全覆盖检查，依法立案处罚3家，抽查经营单位55家。', S_QHD_WJ)
c('f026-wj-xiaodu-fugai', R, f'覆盖率100% stated; 11 of 12 checked = {P(11,12)}%',
  '全市餐饮具集中消毒服务单位12家，本年检查11家，检查覆盖率100%，依法立案处罚3家。', S_QHD_WJ)

# ---------------- 教育 (校外培训)
c('c050-jy-yinhuan-zhenggai', K, f'整改率 559/574',
  f'全年检查学校、幼儿园277家次，发现隐患574个，整改隐患559个，整改率{P(559,574)}%。', S_JLP_JW)
c('f027-jy-yinhuan-zhenggai-wrong', R, f'整改率96.4% stated; 559/574={P(559,574)}%',
  '全年检查学校、幼儿园277家次，发现隐患574个，整改隐患559个，整改率96.4%。', S_JLP_JW)
c('c051-jy-jueceshixiang', K, 'counts before nouns 共76次546项 (a list of totals, not parts)',
  '全年办公会、工委会集体决策事项共76次546项，均严格按照“三重一大”程序办理。', S_JLP_JW)
c('c052-jy-xiaowai-fugai', K, '机构 138 = 12+126; 412次 checks (different unit) and 覆盖率100% of institutions',
  '全县现有校外培训机构138家，其中学科类12家、非学科类126家；全年开展检查412次，检查覆盖率100%。', S_GY_JY)
c('f028-jy-wuzheng-exceed', T, '取缔29 + 规范14 = 43 > 41',
  '排查无证校外培训机构46家，已取缔或规范41家，其中依法取缔29家、指导规范办学14家。', S_GY_JY)
c('c053-jy-wuzheng-heji-rate', K, f'合计 closes the list (29+12=41), 整治率 41/46',
  f'排查无证校外培训机构46家，依法取缔29家、指导规范办学12家，合计41家，整治率{P(41,46)}%。', S_GY_JY)
c('c054-jy-xuanjiang', K, '宣讲 87 members, 137 场次, 2.6万人 (no per-head)',
  '组建87名宣讲队成员深入全区学校开展宣讲137场次，受众2.6万人次。', S_JLP_JW)

# ---------------- 农业农村
c('c055-ny-anjian-qizhong-partial', K, '其中 three of more kinds (110 < 128)',
  '全年办理农业行政处罚案件128件，其中农资类57件、动物检疫类31件、渔政类22件，罚没款48.36万元，移送司法机关3件。', S_YY_RS)
c('c056-ny-tongbi-increase', K, f'增加16件, 增长 16/112',
  f'全年办理农业行政处罚案件128件，较2024年的112件增加16件，增长{P(16,112)}%。', S_YY_RS)
c('f029-ny-increase-wrong', T, '增加18件 stated; 128-112=16',
  '全年办理农业行政处罚案件128件，较2024年的112件增加18件。', S_YY_RS)
c('c057-ny-choujian-hege', K, f'合格率 2361/2380',
  f'全年抽检农产品2380批次，合格2361批次，合格率{P(2361,2380)}%，不合格产品全部依法处置。', S_YY_RS)
c('f030-ny-choujian-hege-wrong', R, f'合格率99.6% stated; 2361/2380={P(2361,2380)}%',
  '全年抽检农产品2380批次，合格2361批次，合格率99.6%，不合格产品全部依法处置。', S_YY_RS)

# ---------------- 民政
c('c058-mz-nianjian-hege', K, f'年检合格率 352/386',
  f'全年参加年检社会组织386家，年检合格352家，年检合格率{P(352,386)}%。', S_JIYUAN)
c('c059-mz-hunyin-exact', K, '其中 sum 2316+874+437 = 3627 (件 for 对)',
  '全年办理婚姻登记业务3627件，其中结婚登记2316件、离婚登记874件、补领婚姻登记证437件。', S_JIYUAN)
c('f031-mz-nianjian-fenbie-exceed', T, '352+21+17=390 > 386',
  '全年参加年检社会组织386家，年检结论分别为合格352家、基本合格21家、不合格17家。', S_JIYUAN)
c('c060-mz-yanglao-xiaofang', K, '43 机构, 129 家次, 87 of 87 整改 (rate over 隐患, not over 机构)',
  '对全区43家养老机构开展消防安全检查129家次，发现问题隐患87处，整改到位87处，整改率100%。', S_JIYUAN)
c('c061-mz-chexiao', K, '其中 subset',
  '依法撤销登记社会组织12家，其中连续两年未参加年检的9家。', S_JIYUAN)

# ---------------- 司法所 / 人民调解
c('c062-tj-chenggonglv', K, f'调解成功率 3196/3248',
  f'全区各级人民调解组织排查调处矛盾纠纷3248件，调解成功3196件，调解成功率{P(3196,3248)}%。', S_JLP_SFJ)
c('f032-tj-chenggonglv-wrong', R, f'调解成功率98.9% stated; 3196/3248={P(3196,3248)}%',
  '全区各级人民调解组织排查调处矛盾纠纷3248件，调解成功3196件，调解成功率98.9%。', S_JLP_SFJ)
c('c063-tj-qizhong-partial', K, '其中 three kinds (2275 < 3248)',
  '调处矛盾纠纷3248件，其中婚姻家庭纠纷812件、邻里纠纷1036件、合同纠纷427件。', S_JLP_SFJ)
c('c064-tj-fenbie-zhan', K, f'分别占 over 3248: {P(812,3248)}%、{P(1036,3248)}%',
  f'调处矛盾纠纷3248件，其中婚姻家庭纠纷、邻里纠纷分别为812件、1036件，分别占{P(812,3248)}%、{P(1036,3248)}%。', S_JLP_SFJ)
c('f033-tj-fenbie-zhan-wrong', R, f'second share 33.9% stated; 1036/3248={P(1036,3248)}%',
  '调处矛盾纠纷3248件，其中婚姻家庭纠纷、邻里纠纷分别为812件、1036件，分别占25.0%、33.9%。', S_JLP_SFJ)
c('c065-tj-sifasuo-exact', K, '其中 5+7 = 12',
  '全区共有司法所12个，其中一类司法所5个、二类司法所7个，均配备2名以上政法专项编制人员。', S_YANZHOU)
c('f034-tj-sifasuo-exceed', T, '5+8=13 > 12',
  '全区共有司法所12个，其中一类司法所5个、二类司法所8个，均配备2名以上政法专项编制人员。', S_YANZHOU)
c('c066-tj-chinese-numerals', K, f'Chinese numerals: 1238/1260={P(1238,1260)}%',
  f'全年调解各类纠纷一千二百六十件，调解成功一千二百三十八件，调解成功率{P(1238,1260)}%。', S_JLP_SFJ)
c('f035-tj-chinese-numerals-wrong', R, f'98.7% stated; 一千二百三十八/一千二百六十={P(1238,1260)}%',
  '全年调解各类纠纷一千二百六十件，调解成功一千二百三十八件，调解成功率98.7%。', S_JLP_SFJ)
c('c067-tj-range', K, 'a range of rates across townships (not checkable)',
  '各司法所调解成功率在96.2%至99.1%之间，全区调解协议履行率保持在98%以上。', S_JLP_SFJ)

# ---------------- 公证 / 仲裁 / 法律援助
c('c068-gz-guonei-shewai-exact', K, '其中 3512+615 = 4127',
  '全年办理公证事项4127件，其中国内公证3512件、涉外公证615件。', S_YANZHOU)
c('f036-gz-guonei-shewai-exceed', T, '3512+625=4137 > 4127',
  '全年办理公证事项4127件，其中国内公证3512件、涉外公证625件。', S_YANZHOU)
c('c069-fy-yuanzhu-exact-and-rate', K, f'其中 396+431+35=862; 结案率 797/862',
  f'全年受理法律援助案件862件，其中刑事案件396件、民事案件431件、行政案件35件，结案797件，结案率{P(797,862)}%。', S_YANZHOU)
c('f037-fy-yuanzhu-exceed', T, '396+441+35=872 > 862',
  '全年受理法律援助案件862件，其中刑事案件396件、民事案件441件、行政案件35件，结案797件，结案率92.5%。', S_YANZHOU)
c('c070-zc-jiean', K, f'仲裁 结案率 198/214, 亿元 beside',
  f'市仲裁委全年受理仲裁案件214件，标的额3.86亿元，审结198件，结案率{P(198,214)}%。', S_YANZHOU)
c('c071-zc-jiezhuan-both-ways', K, '结案率100% over the new cases: 198/(214-16) (含上年结转)',
  '市仲裁委全年受理仲裁案件214件（含上年结转16件），审结198件，新收案件结案率100%。', S_YANZHOU)
c('f038-fy-yuanzhu-tongbi-wrong', R, f'同比增长14.2% stated; (862-751)/751={G(862,751)}%',
  '全年受理法律援助案件862件，同比增长14.2%（上年751件），为受援人挽回经济损失2316.8万元。', S_YANZHOU)
c('c072-fy-yuanzhu-manyi', K, '满意率 of a survey, no count',
  '回访受援人612人，受援人满意率98.7%。', S_YANZHOU)
c('c073-gz-paoyici-zhan', K, f'N件中 M件 占 {P(3865,4127)}%',
  f'4127件公证事项中实现“最多跑一次”的3865件，占{P(3865,4127)}%。', S_YANZHOU)

# ---------------- 政务公开 (依申请)
c('c074-gk-banjie-jiezhuan', K, 'implicit list 54+7 = 61 (办结 + 结转)',
  '全年办理政府信息公开申请61件，办结54件，结转下年度继续办理7件。', S_LIYANG)
c('f039-gk-banjie-jiezhuan-exceed', T, '办结56 + 结转7 = 63 > 61',
  '全年办理政府信息公开申请61件，办结56件，结转下年度继续办理7件。', S_LIYANG)
c('c075-gk-anqi-dafu', K, '按期答复 449 of 449 = 100%',
  '全年收到政府信息公开申请449件，按期答复449件，按期答复率100%。', S_BAICHENG)
c('c076-gk-dafu-jieguo-exact', K, '其中 outcomes 186+52+37+161+13 = 449',
  '全年答复政府信息公开申请449件，其中予以公开186件、部分公开52件、不予公开37件、无法提供161件、不予处理13件。', S_BAICHENG)
c('f040-gk-dafu-jieguo-exceed', T, '186+52+37+171+13=459 > 449',
  '全年答复政府信息公开申请449件，其中予以公开186件、部分公开52件、不予公开37件、无法提供171件、不予处理13件。', S_BAICHENG)
c('c077-gk-md-table', K, f'Markdown table with growth column, each row exact (63/386, -3/12, -1/5)',
  '| 项目 | 2024年 | 2025年 | 增长率 |\n| --- | --- | --- | --- |\n'
  f'| 收到政府信息公开申请（件） | 386 | 449 | {G(449,386)}% |\n'
  f'| 被申请行政复议（件） | 12 | 9 | -{P(3,12)}% |\n'
  f'| 被提起行政诉讼（件） | 5 | 4 | -{P(1,5)}% |\n', S_BAICHENG)
c('f041-gk-md-table-wrong', R, f'first row growth 18.3% stated; (449-386)/386={G(449,386)}%',
  '| 项目 | 2024年 | 2025年 | 增长率 |\n| --- | --- | --- | --- |\n'
  '| 收到政府信息公开申请（件） | 386 | 449 | 18.3% |\n'
  f'| 被申请行政复议（件） | 12 | 9 | -{P(3,12)}% |\n'
  f'| 被提起行政诉讼（件） | 5 | 4 | -{P(1,5)}% |\n', S_BAICHENG)
c('c078-gk-zhudong-units', K, '其中 in 件 under a whole in 条 (two documents among 5729 items)',
  '全年主动公开政府信息5729条，其中市政府文件15件、市政府办公室文件1件。', S_BAICHENG)
c('c079-gk-rate-first', K, 'rate first, then a statement that all were on time',
  '依申请公开按期答复率100%，全年449件申请均在法定期限内作出答复。', S_BAICHENG)

# ---------------- 行政复议
c('c080-fy-bracket-2dec', K, f'growth with 2 decimals, last year in brackets: (19212-14528)/14528',
  f'全年共办理行政复议案件19212件，同比增长{G(19212,14528,2)}%（上年14528件），复议与诉讼案件数量比为2.12:1。', S_FZSX)
c('c081-fy-jiucuo-pct-of-rate', K, f'纠错率 2629/15895 and its change in % (同比降低4.51%) with no last-year rate',
  f'审结行政复议案件15895件，纠正违法或不当行政行为2629件，纠错率为{P(2629,15895,2)}%，同比降低4.51%。', S_FZSX)
c('c082-fy-pp-correct', K, 'percentage points 19.36 -> 16.54 = 2.82',
  '行政复议纠错率由上年的19.36%下降至16.54%，下降2.82个百分点。', S_FZSX)
c('f042-fy-pp-wrong', R, 'pp 2.28 stated; 19.36-16.54=2.82',
  '行政复议纠错率由上年的19.36%下降至16.54%，下降2.28个百分点。', S_FZSX)
c('c083-fy-flow-tiaojie', K, f'flow 收到→受理→审结; 调解和解率 152/417 over 审结',
  f'全年收到行政复议申请486件，受理441件，审结417件，其中调解和解结案152件，调解和解率{P(152,417)}%。', S_FZSX)
c('f043-fy-tiaojie-wrong', R, f'调解和解率33.5% stated; 152/417={P(152,417)}% (152/441={P(152,441)}%, 152/486={P(152,486)}%)',
  '全年收到行政复议申请486件，受理441件，审结417件，其中调解和解结案152件，调解和解率33.5%。', S_FZSX)
c('c084-fy-jueding-exact-jiucuo', K, f'其中 outcomes sum to 265; 纠错率 61/265',
  f'作出行政复议决定265件，其中维持158件、驳回46件、撤销32件、确认违法19件、责令履行10件，纠错61件，纠错率{P(61,265)}%。', S_FZSX)
c('f044-fy-jiucuo-lower', R, f'纠错率21.0% stated; 61/265={P(61,265)}% (a lower rate no narrower base explains)',
  '作出行政复议决定265件，其中维持158件、驳回46件、撤销32件、确认违法19件、责令履行10件，纠错61件，纠错率21.0%。', S_FZSX)
c('c085-fy-huanbi', K, f'环比 quarters 112 -> 137',
  f'第三季度收到行政复议申请112件，第四季度收到行政复议申请137件，环比增长{G(137,112)}%。', S_HENGDONG)
c('f045-fy-huanbi-wrong', R, f'环比增长25.3% stated; (137-112)/112={G(137,112)}%',
  '第三季度收到行政复议申请112件，第四季度收到行政复议申请137件，环比增长25.3%。', S_HENGDONG)
c('c086-fy-anjuan-zhanbi', K, 'share 111/300 = 37%',
  '组织开展行政复议案卷评查，评查案卷300卷，其中优秀案卷111卷，优秀案卷占比37%。', S_FZSX)
c('c087-fy-leiji-share', K, f'cumulative since 2021 with 2025 share 486/1862',
  f'2021年以来累计收到行政复议申请1862件，其中2025年486件，占{P(486,1862)}%。', S_FZSX)
c('c088-fy-fullwidth', K, f'full-width digits: 118/126={P(118,126)}%',
  f'受理行政复议申请１２６件，审结１１８件，审结率{P(118,126).replace(".", "．").translate(str.maketrans("0123456789", "０１２３４５６７８９"))}％。', S_JIYUAN)
c('f046-fy-fullwidth-wrong', R, f'full-width 95.7% stated; 118/126={P(118,126)}%',
  '受理行政复议申请１２６件，审结１１８件，审结率９５．７％。', S_JIYUAN)

# ---------------- 行政应诉
c('c089-ys-chuting-two-rates', K, f'two 出庭应诉率 in one sentence; the second 141/142',
  f'区政府负责人出庭应诉率100%；区级部门和镇街应出庭案件142件，负责人实际出庭141件，出庭应诉率{P(141,142)}%。', S_JLP_SFJ)
c('f047-ys-chuting-wrong', R, f'出庭应诉率99.3% stated; 139/142={P(139,142)}%',
  '区级部门和镇街应出庭案件142件，负责人实际出庭139件，出庭应诉率99.3%。', S_JLP_SFJ)
c('c090-ys-baisu', K, f'败诉率 3/55',
  f'区政府作为单独被告的行政诉讼案件审结55件，败诉3件，败诉率{P(3,55)}%。', S_JLP_SFJ)
c('c091-ys-baisu-judged-base', K, f'败诉率 over judged cases 6/97 (31 withdrawn): over 128 it would be {P(6,128)}%; info allowed',
  f'全年审结行政诉讼一审案件128件，其中原告撤诉31件、判决97件，判决案件中败诉6件，败诉率{P(6,97)}%。', S_JLP_SFJ)
c('c092-ys-chesu-rate', K, f'撤诉率 31/128',
  f'全年审结行政诉讼一审案件128件，以撤诉方式结案31件，撤诉率{P(31,128)}%。', S_JLP_SFJ)
c('f048-ys-baisu-lower', R, f'败诉率4.2% stated; 6/97={P(6,97)}%, 6/128={P(6,128)}% (lower than both)',
  '全年审结行政诉讼一审案件128件，其中原告撤诉31件、判决97件，判决案件中败诉6件，败诉率4.2%。', S_JLP_SFJ)
c('c093-ys-pp-years', K, 'pp between two named years 96.1 -> 99.3 = 3.2',
  '行政机关负责人出庭应诉率由2024年的96.1%提高到2025年的99.3%，提高3.2个百分点。', S_JLP_SFJ)
c('f049-ys-pp-years-wrong', R, 'pp 2.2 stated; 99.3-96.1=3.2',
  '行政机关负责人出庭应诉率由2024年的96.1%提高到2025年的99.3%，提高2.2个百分点。', S_JLP_SFJ)
c('c094-ys-fupan', K, '件次 of review vs 件 of reminders (no whole)',
  '建立重点案件全程跟踪研判和复盘机制，复盘案件78件次，作出问题督改提醒30件次。', S_JLP_SFJ)

# ---------------- 12345热线
c('c095-rx-zonghe-banjie', K, f'综合办结率 11163/11171={P(11163,11171,2)}%, 满意率 survey',
  f'全年形成有效工单11171件，综合办结11163件，综合办结率{P(11163,11171,2)}%，回访满意率83.76%。', S_HENGDONG)
c('f050-rx-zonghe-banjie-wrong', R, f'综合办结率99.39% stated; 11163/11171={P(11163,11171,2)}%',
  '全年形成有效工单11171件，综合办结11163件，综合办结率99.39%，回访满意率83.76%。', S_HENGDONG)
c('c096-rx-truncated', K, 'truncated rate as the source writes it: 2477/3136=78.986 → 78.98 (truncation accepted)',
  '本季度共受理有效热线事项3136宗，办结2477宗，在办659宗，办结率78.98%。', S_LIANPING)
c('c097-rx-qizhong-exact', K, '其中 five kinds summing to 3136',
  '受理热线事项3136宗，其中咨询类57宗、投诉类2840宗、求助类169宗、建议类12宗、举报类58宗。', S_LIANPING)
c('f051-rx-qizhong-exceed', T, '57+2850+169+12+58=3146 > 3136',
  '受理热线事项3136宗，其中咨询类57宗、投诉类2850宗、求助类169宗、建议类12宗、举报类58宗。', S_LIANPING)
def changji(parts, total, wrong=None):
    names = ['投诉', '表扬', '求助', '建议', '咨询', '举报', '其他']
    lines = []
    for k, (n, v) in enumerate(zip(names, parts)):
        share = P(v, total, 2) if wrong is None or wrong[0] != k else wrong[1]
        lines.append(f'{n}{v}件　占比{share}%')
    return lines
cj_parts = [3682, 305, 214, 163, 140, 31, 4]
cj_total = sum(cj_parts)
c('c098-rx-fenlei-lines', K, f'one line per kind with its share over {cj_total} (table flattened into lines)',
  f'全年共转派工单{cj_total}件，按期签收率100%，按期办结率100%。诉求分类情况如下：\n' + '\n'.join(changji(cj_parts, cj_total)) + '\n', S_CHANGJI)
c('f052-rx-fenlei-lines-wrong', R, f'share of 求助 stated 4.96%; 214/{cj_total}={P(214,cj_total,2)}%',
  f'全年共转派工单{cj_total}件，按期签收率100%，按期办结率100%。诉求分类情况如下：\n' + '\n'.join(changji(cj_parts, cj_total, (2, '4.96'))) + '\n', S_CHANGJI)
c('c099-rx-chengban-overlap', K, 'units handling 工单 exceed the 工单 total (one 工单 goes to several units)',
  f'全年共转派工单{cj_total}件。承办单位工单办理量：市直部门5216件、街道455件、乡镇261件。', S_CHANGJI)
c('c100-rx-shangyue-unchecked', K, '较上月增加 / 同比上升 without the earlier counts (not checkable)',
  '本月转派工单4567件，较上月增加263件，同比上升6.11%，按期办结率100%。', S_CHANGJI)
c('f053-rx-shangyue-change-wrong', T, '增加273件 stated; 4567-4304=263',
  '本月转派工单4567件，较上月的4304件增加273件，按期办结率100%。', S_CHANGJI)
c('c101-rx-huifang-manyi', K, f'满意率 with its count: 3779/3820',
  f'全年回访工单3820件，群众表示满意3779件，满意率{P(3779,3820)}%。', S_HENGDONG)

# ---------------- 规范性文件
c('c102-gf-caina', K, f'采纳率 121/126 (意见 条)',
  f'全年审核规范性文件38件，提出修改意见126条，被采纳121条，采纳率{P(121,126)}%。', S_JIYUAN)
c('f054-gf-caina-wrong', R, f'采纳率97.6% stated; 121/126={P(121,126)}%',
  '全年审核规范性文件38件，提出修改意见126条，被采纳121条，采纳率97.6%。', S_JIYUAN)
c('c103-gf-beian-shared', K, 'shared rates 均达100% (not checkable)',
  '全年报送备案规范性文件38件，报备率、及时率均达100%。', S_JIYUAN)
c('c104-gf-qingli-exact', K, '其中 352+37+23 = 412',
  '开展规范性文件全面清理，共清理规范性文件412件，其中继续保留352件、修改37件、废止23件。', S_JIYUAN)
c('f055-gf-qingli-exceed', T, '352+37+33=422 > 412',
  '开展规范性文件全面清理，共清理规范性文件412件，其中继续保留352件、修改37件、废止33件。', S_JIYUAN)
c('c105-gf-leiji-vs-niandu', K, 'cumulative 1236 with the year 412 inside it',
  '截至2025年底，累计清理规范性文件1236件，其中2025年清理412件。', S_JIYUAN)
c('c106-gf-shencha-gongji', K, '共计 248 = 24+186+38 (份 and 件 mixed)',
  '全年合法性审查重大行政决策事项24件、行政合同186份、规范性文件38件，共计248件。', S_LG_WJ)
c('f056-gf-shencha-gongji-wrong', T, '共计258件 stated; 24+186+38=248',
  '全年合法性审查重大行政决策事项24件、行政合同186份、规范性文件38件，共计258件。', S_LG_WJ)
c('c107-gf-jiucuo', K, '6 of 6 纠正 = 100%',
  '备案审查中发现存在问题的文件6件，已督促制定机关全部纠正，纠错率100%。', S_JIYUAN)

# ---------------- 普法
c('c108-pf-huodong', K, 'counts of 场次 and 人次, no rate',
  '组织开展“宪法宣传周”“民法典宣传月”等主题普法活动412场次，覆盖群众8.6万人次。', S_HUANING)
c('c109-pf-fugai', K, '126 of 126 覆盖率100% and a separate count',
  '全区126个村（社区）全部配备法律顾问，覆盖率100%，培育“法律明白人”2380名。', S_HUANING)
c('c110-pf-per-village', K, f'average per village 2380/126={P(2380,126*100,1)}名 (per-head average over villages)',
  '全区126个村（社区）共培育“法律明白人”2380名，平均每个村（社区）18.9名。', S_HUANING)
c('c111-pf-kaoshi-hege', K, f'合格率 3251/3286',
  f'组织国家工作人员学法考试，参考3286人，合格3251人，合格率{P(3251,3286)}%。', S_HUANING)
c('f057-pf-kaoshi-hege-wrong', R, f'合格率99.9% stated; 3251/3286={P(3251,3286)}%',
  '组织国家工作人员学法考试，参考3286人，合格3251人，合格率99.9%。', S_HUANING)
c('c112-pf-chinese-growth', K, f'Chinese-numeral counts: (620-540)/540={G(620,540)}%',
  f'全年开展法治宣讲六百二十场次，较上年的五百四十场次增长{G(620,540)}%。', S_HUANING)
c('f058-pf-chinese-growth-wrong', R, f'增长18.4% stated; (620-540)/540={G(620,540)}%',
  '全年开展法治宣讲六百二十场次，较上年的五百四十场次增长18.4%。', S_HUANING)
c('c113-pf-xuefa-ducha', K, 'several counts of units by kind of inspection (overlapping, no whole)',
  '县政府常务会专题学法13次，举办法治培训17期，培训干部3110余人次；对5个乡镇（街道）、4家执法单位开展实地督察，对52个单位开展书面督察，对18个执法单位开展现场检查。', S_HUANING)
c('c114-pf-shufa', K, 'three kinds of 述法 with 4/5/4 units (the same units may述法 twice), no total',
  '组织4个单位主要负责人开展多媒体述法，5个单位主要负责人在专题会议上述法，4个单位主要负责人在委员会全体会议上述法，实现述法全覆盖。', S_YANZHOU)
c('f059-pf-shufa-exceed', T, '其中 4+5+5=14 > 13',
  '全年组织13个单位主要负责人述法，其中多媒体述法4个、专题会议述法5个、委员会全体会议述法5个。', S_YANZHOU)

# ---------------- 经费 / 政务服务 / several rates
c('c115-jf-zhixing', K, f'执行率 79.3/86',
  f'法治建设专项经费年初预算86万元，实际支出79.3万元，预算执行率{P(79.3,86)}%。', S_JIYUAN)
c('f060-jf-zhixing-wrong', R, f'执行率93.2% stated; 79.3/86={P(79.3,86)}%',
  '法治建设专项经费年初预算86万元，实际支出79.3万元，预算执行率93.2%。', S_JIYUAN)
c('c116-zw-two-rates', K, f'two rates in one sentence over one base: {P(5318,5620)}%, {P(2046,5620)}%',
  f'全年办理行政许可事项5620件，提前办结5318件，即办件2046件，提前办结率{P(5318,5620)}%，即办率{P(2046,5620)}%。', S_YAOAN)
c('f061-zw-two-rates-second-wrong', R, f'即办率38.4% stated; 2046/5620={P(2046,5620)}%',
  '全年办理行政许可事项5620件，提前办结5318件，即办件2046件，提前办结率94.6%，即办率38.4%。', S_YAOAN)
c('c117-zw-range', K, 'a range of cuts (not checkable)',
  '企业开办、工程建设项目审批等高频事项办理时限平均压缩60%～75%。', S_YAOAN)
c('c118-zw-yasuo', K, f'压缩 from 12.6 to 4.3 工作日: {P(12.6-4.3,12.6)}%',
  f'承诺办理时限由平均12.6个工作日压缩至4.3个工作日，压缩{P(Decimal("12.6")-Decimal("4.3"),12.6)}%。', S_YAOAN)
c('f062-zw-yasuo-wrong', R, f'压缩69.5% stated; (12.6-4.3)/12.6={P(Decimal("8.3"),12.6)}%',
  '承诺办理时限由平均12.6个工作日压缩至4.3个工作日，压缩69.5%。', S_YAOAN)
c('c119-zw-yijianshi-lists', K, 'lists of 项 by year (26 + 14) and 事项 merged into windows (19 + 11 → 10 windows)',
  '梳理2024年26项、2025年第一批14项“高效办成一件事”高频事项；将2024年的19个事项、2025年的11个事项整合设置为10个综合窗口。', S_YAOAN)

# ---------------- mini reports (title + opening + heading + a figure paragraph): consistent-year also applies
def mini(org, body, plan_year_line=True):
    return (f'{org}2025年度法治政府建设情况报告\n\n'
            f'2025年，{org}坚持以习近平法治思想为指导，扎实推进法治政府建设各项任务。现将有关情况报告如下：\n\n'
            '一、2025年度推进法治政府建设的主要举措和成效\n\n'
            '（一）严格规范公正文明执法\n\n'
            f'{body}\n')
c('w01-yj-years-in-figures', K, 'a 2025 report whose figure paragraph names 2024 and 2023 counts; 2024 growth over 2023',
  mini('某县应急管理局', f'2023年全局作出行政处罚96件，2024年作出118件，2025年作出137件；2025年处罚案件较2024年增长{G(137,118)}%，2024年较2023年增长{G(118,96)}%。'), S_DA_YJ, True)
c('w02-fy-shisiwu-span', K, 'span 2021—2025年 and cumulative counts in the body',
  mini('某区司法局', f'“十四五”期间（2021—2025年）累计办理行政复议案件1862件，其中2025年办理486件，占{P(486,1862)}%；2021年办理238件，五年间年均增长19.5%。'), S_FZSX, True)
c('w03-rs-2024-opens-sentence', K, 'a body sentence that opens with 2024年 (last year\'s count) before this year\'s',
  mini('某市人力资源和社会保障局', f'2024年，全市受理劳动保障监察案件702件。2025年受理624件，同比下降{P(702-624,702)}%，结案618件，结案率{P(618,624)}%。'), S_SZ_RS, True)
c('w04-gk-table-years', K, 'a Markdown table with year columns 2024/2025 in a 2025 report',
  mini('某县人民政府办公室', '| 指标 | 2024年 | 2025年 | 增长率 |\n| --- | --- | --- | --- |\n'
       f'| 主动公开信息（条） | 4310 | 4623 | {G(4623,4310)}% |\n| 依申请公开（件） | 48 | 61 | {G(61,48)}% |'), S_LIYANG, True)
c('w05-yb-2024-bracket', K, 'last year in brackets with its year: （2024年978.6万元）',
  mini('某县医疗保障局', f'全年追回医保基金1286.45万元（2024年978.6万元），同比增长{G(1286.45,978.6)}%，检查定点医药机构412家。'), S_FZ_HJ, True)
c('w06-tj-plan-year-in-body', K, '2026年 target named in the look-back body (a goal, not the report year)',
  mini('某区司法局', f'全年调处矛盾纠纷3248件，调解成功3196件，调解成功率{P(3196,3248)}%，力争2026年调解成功率保持在98%以上。'), S_JLP_SFJ, True)
c('w07-hj-2020-baseline', K, 'a 2020 baseline for 十四五 improvement in the body',
  mini('某市生态环境局', '空气质量综合指数2.385，较2020年改善13.6%；全年办理环境行政处罚案件146件，罚款1872.6万元。'), S_FZ_HJ, True)
c('w08-zr-since-2023', K, '2023年以来 cumulative in a 2025 report',
  mini('某县自然资源局', f'2023年以来累计立案查处违法用地案件486宗，其中2025年立案172宗，结案165宗，结案率{P(165,172)}%。'), S_YAOAN_ZR, True)
c('w09-rx-quarter-2024q4', K, 'a quarter of 2024 compared with a quarter of 2025 (环比 across the year end, in words)',
  mini('某县12345政务服务热线中心', f'2025年第一季度形成有效工单11171件，较2024年第四季度的10286件增长{G(11171,10286)}%，综合办结率{P(11163,11171,2)}%。'), S_HENGDONG, True)
c('x01-yj-years-fault-rate', R, f'mini report: 2025 vs 2024 growth stated 18.1%; (137-118)/118={G(137,118)}%',
  mini('某县应急管理局', '2024年作出行政处罚118件，2025年作出137件，同比增长18.1%。'), S_DA_YJ, True)
c('x02-gk-table-years-fault', R, f'mini report: table row growth 12.6% stated; (61-48)/48={G(61,48)}%',
  mini('某县人民政府办公室', '| 指标 | 2024年 | 2025年 | 增长率 |\n| --- | --- | --- | --- |\n'
       f'| 主动公开信息（条） | 4310 | 4623 | {G(4623,4310)}% |\n| 依申请公开（件） | 48 | 61 | 12.6% |'), S_LIYANG, True)
c('x03-fy-leiji-fault-total', T, 'mini report: 其中 by year 2023/2024/2025 = 152+238+486 = 876 > 累计 862',
  mini('某区司法局', '2023年以来累计办理行政复议案件862件，其中2023年152件、2024年238件、2025年486件。'), S_FZSX, True)

# ---------------- more traps and faults (mixed sectors)
c('c120-sw-rexian-md-table-money', K, 'Markdown table of money with growth column (亿元 cells bare numbers)',
  '| 项目（亿元） | 2024年 | 2025年 | 同比增长 |\n| --- | --- | --- | --- |\n'
  f'| 新增减税降费 | 9.84 | 10.52 | {G(10.52,9.84)}% |\n| 留抵退税 | 7.05 | 7.94 | {G(7.94,7.05)}% |\n', S_YAOAN)
c('c121-yb-jubao-jiangli', K, '举报 counts, 奖励 万元, 查实 subset with 查实率',
  f'全年受理医保基金违法违规举报线索64条，查实29条，查实率{P(29,64)}%，兑现举报奖励3.6万元。', S_FZ_HJ)
c('f063-yb-jubao-chashi-wrong', R, f'查实率48.3% stated; 29/64={P(29,64)}%',
  '全年受理医保基金违法违规举报线索64条，查实29条，查实率48.3%，兑现举报奖励3.6万元。', S_FZ_HJ)
c('c122-rs-shebao-jijin', K, '社保基金 审计 sums of 亿元 with 其中 partial',
  '全年征收社会保险费86.42亿元，其中企业职工基本养老保险费58.16亿元、失业保险费3.27亿元、工伤保险费2.08亿元。', S_SZ_RS)
c('c123-yj-jiancha-qiye-zhan', K, f'share of 企业 checked among all 企业: 1316/2148',
  f'全县纳入监管的生产经营单位2148家，全年检查覆盖1316家，占{P(1316,2148)}%。', S_DA_YJ)
c('f064-yj-qiye-zhan-wrong', R, f'占65.3% stated; 1316/2148={P(1316,2148)}%',
  '全县纳入监管的生产经营单位2148家，全年检查覆盖1316家，占65.3%。', S_DA_YJ)
c('c124-hj-xuke-jiezhuan', K, '排污许可 issued + 登记 side by side (no whole)',
  '全年核发排污许可证37张，完成排污登记412家，注销过期许可9张。', S_XS_HJ)
c('c125-jt-anjian-zhongjiean', K, f'结案率 over 立案 with 万元 fines between: 1046/1083',
  f'全年超限超载立案1083件，罚款426.8万元，已结案1046件，结案率{P(1046,1083)}%。', S_LAIXI_JT)
c('f065-jt-anjian-jiean-over100', R, '结案率101.2% stated: a completion rate above 100% (1083/1070 the wrong way round)',
  '全年超限超载立案1070件，罚款426.8万元，已结案1083件，结案率101.2%。', S_LAIXI_JT)
c('c126-wj-xuke-banjie-two-years', K, f'two years each opening a clause: 2025年 900 vs 2024年为812',
  f'2025年共办结各类行政审批服务事项936件，2024年为812件，同比增长{G(936,812)}%。', S_YD_WJ)
c('f066-wj-two-years-wrong', R, f'增长13.2% stated; (936-812)/812={G(936,812)}%',
  '2025年共办结各类行政审批服务事项936件，2024年为812件，同比增长13.2%。', S_YD_WJ)
c('c127-jy-chufa-beishu', K, 'multiple of last year: 36 is 3倍 of 12',
  '全年查处违规校外培训机构36家，是上年12家的3倍。', S_GY_JY)
c('f067-jy-beishu-wrong', R, 'multiple 2倍 stated; 36/12=3',
  '全年查处违规校外培训机构36家，是上年12家的2倍。', S_GY_JY)
c('c128-ny-fenbie-tongbi', K, f'分别 list of changes with last year\'s list in brackets',
  f'全年办理农业行政许可、行政处罚案件分别为1260件、128件，分别同比增长{G(1260,1200)}%、{G(128,112)}%（上年分别为1200件、112件）。', S_YY_RS)
c('f068-ny-fenbie-tongbi-wrong', R, f'second change 12.3% stated; (128-112)/112={G(128,112)}%',
  '全年办理农业行政许可、行政处罚案件分别为1260件、128件，分别同比增长5.0%、12.3%（上年分别为1200件、112件）。', S_YY_RS)
c('c129-mz-yuejia-zhan-fraction', K, 'fraction 三分之二: 10 of 15',
  '全县15个乡镇中已有10个建成标准化社会救助服务站，占三分之二。', S_JIYUAN)
c('f069-mz-fraction-wrong', R, 'fraction 四分之三 stated; 10/15 = 2/3',
  '全县15个乡镇中已有10个建成标准化社会救助服务站，占四分之三。', S_JIYUAN)
c('c130-tj-yuanzhu-jieda', K, '解答咨询 人次 beside cases (different unit, no list)',
  '全年受理法律援助案件862件，解答法律咨询1.26万人次，办理“12348”热线来电4318个。', S_YANZHOU)
c('c131-gk-jiezhuan-shangnian', K, '本年新收 + 上年结转 = 办理 total (closed by 共)',
  '本年新收政府信息公开申请54件，上年结转7件，共计办理61件。', S_LIYANG)
c('f070-gk-jiezhuan-gongji-wrong', T, '共计63件 stated; 54+7=61',
  '本年新收政府信息公开申请54件，上年结转7件，共计办理63件。', S_LIYANG)
c('c132-fy-shouxuan', K, f'复议首选率 over 复议+诉讼: 441/(441+208)',
  f'全年行政复议受理441件、行政诉讼一审收案208件，行政复议首选率{P(441,441+208)}%。', S_FZSX)
c('c133-ys-yingsu-several-totals', K, 'several totals in one sentence separated by ；',
  '全年办理行政应诉案件128件，出具法律意见书93份；审查行政合同186份，参与信访化解42件。', S_JLP_SFJ)
c('c134-rx-half', K, '过半 bound: 5216 of 8932',
  '全年直办工单5216件，占受理总量8932件的一半以上。', S_HENGDONG)
c('c135-cg-wanyuan-fenbie', K, '分别为 money amounts, partial (no 其他)',
  '全年罚没款431.5万元，其中市容环卫类、规划建设类罚没款分别为126.4万元、218.7万元。', S_CZ_CG)
c('f071-cg-wanyuan-fenbie-exceed', T, '126.4+318.7=445.1 > 431.5',
  '全年罚没款431.5万元，其中市容环卫类、规划建设类罚没款分别为126.4万元、318.7万元。', S_CZ_CG)


# ================= batch 2 (40 cases, labelled before its own run)
B2 = len(C)
c('b2c01-sw-zengfu', K, f'增幅 with 由…增至…: (1.62-1.38)/1.38',
  f'纳税人缴费人满意度调查有效样本由上年的1.38万份增至1.62万份，增幅{G(1.62,1.38)}%。', S_YAOAN)
c('b2f01-sw-zengfu-wrong', R, f'增幅19.4% stated; (1.62-1.38)/1.38={G(1.62,1.38)}%',
  '纳税人缴费人满意度调查有效样本由上年的1.38万份增至1.62万份，增幅19.4%。', S_YAOAN)
c('b2c02-yb-youxia-daoxia', K, f'由…下降到…, 下降 (86-64)/86',
  f'定点医药机构违规问题数量由上年的86个下降到64个，下降{P(22,86)}%。', S_FZ_HJ)
c('b2f02-yb-youxia-daoxia-wrong', R, f'下降27.6% stated; (86-64)/86={P(22,86)}%',
  '定点医药机构违规问题数量由上年的86个下降到64个，下降27.6%。', S_FZ_HJ)
c('b2c03-rs-bili-dadao', K, f'比例达到 (签订率) 2946/3012',
  f'全市抽查用人单位3012家，其中依法签订劳动合同的2946家，劳动合同签订比例达到{P(2946,3012)}%。', S_SZ_RS)
c('b2c04-rs-yu-approx', K, 'approximate counts 1.2万余人次 (not checkable)',
  '全年开展劳动保障法律法规宣传82场，服务劳动者1.2万余人次，发放宣传资料3万余份。', S_YY_RS)
c('b2c05-yj-shangnian-tongqi-wei', K, f'上年同期为 clause: (137-118)/118',
  f'全年作出安全生产行政处罚137件，上年同期为118件，同比增长{G(137,118)}%。', S_QJ_YJ)
c('b2f03-yj-shangnian-tongqi-wrong', R, f'同比增长12.1% stated; (137-118)/118={G(137,118)}%',
  '全年作出安全生产行政处罚137件，上年同期为118件，同比增长12.1%。', S_QJ_YJ)
c('b2c06-hj-md-table-shares', K, 'Markdown table of outcome kinds with a share column over the stated total',
  '全年环境行政处罚案件146件，按违法类型统计如下：\n\n| 违法类型 | 案件数（件） | 占比 |\n| --- | --- | --- |\n'
  f'| 大气污染 | 58 | {P(58,146)}% |\n| 水污染 | 41 | {P(41,146)}% |\n| 固体废物 | 29 | {P(29,146)}% |\n| 其他 | 18 | {P(18,146)}% |\n', S_HJ_PTB)
c('b2f04-hj-md-table-total', T, 'table rows 58+41+29+18=146 but the lead sentence says 156',
  '全年环境行政处罚案件156件，按违法类型统计如下：\n\n| 违法类型 | 案件数（件） | 占比 |\n| --- | --- | --- |\n'
  f'| 大气污染 | 58 | {P(58,146)}% |\n| 水污染 | 41 | {P(41,146)}% |\n| 固体废物 | 29 | {P(29,146)}% |\n| 其他 | 18 | {P(18,146)}% |\n', S_HJ_PTB)
c('b2c07-zr-mu-gongqing', K, '亩 and 公顷 side by side (no sum)',
  '全年拆除违法建筑2.36万平方米，复耕复绿146.8亩，追缴罚没款372.4万元。', S_YAOAN_ZR)
c('b2c08-zr-zhan-bili', K, f'比例 of 耕地 in 违法用地: 236.7/618.4',
  f'违法占用耕地236.7亩，占违法用地总面积618.4亩的{P(236.7,618.4)}%。', S_YAOAN_ZR)
c('b2f05-zr-zhan-bili-wrong', R, f'占40.3% stated; 236.7/618.4={P(236.7,618.4)}%',
  '违法占用耕地236.7亩，占违法用地总面积618.4亩的40.3%。', S_YAOAN_ZR)
c('b2c09-cg-leiji-since', K, 'cumulative 累计 since a year beside the annual figure, both 处',
  '2022年以来累计拆除违法建设4318处，其中2025年拆除1346处。', S_CZ_CG)
c('b2f06-cg-leiji-exceed', T, '其中 by year 1346+1520+1712=4578 > 累计4318',
  '2023年以来累计拆除违法建设4318处，其中2023年1520处、2024年1712处、2025年1346处。', S_CZ_CG)
c('b2c10-jt-duo-rates', K, f'three rates in one sentence over one base (1083): 卸载率 {P(1061,1083)}, 处罚率 {P(1043,1083)}, 抄告率 {P(94,1083)}',
  f'查处超限超载车辆1083辆，卸载1061辆、处罚1043辆、抄告94辆，卸载率{P(1061,1083)}%、处罚率{P(1043,1083)}%、抄告率{P(94,1083)}%。', S_LAIXI_JT)
c('b2f07-jt-duo-rates-third-wrong', R, f'抄告率9.7% stated; 94/1083={P(94,1083)}%',
  f'查处超限超载车辆1083辆，卸载1061辆、处罚1043辆、抄告94辆，卸载率{P(1061,1083)}%、处罚率{P(1043,1083)}%、抄告率9.7%。', S_LAIXI_JT)
c('b2c11-wj-shuangsuiji-fenbie-zhan', K, f'分别占 over 670 checked: {P(412,670)}%、{P(186,670)}% (two of several kinds)',
  f'全年完成双随机监督670家，其中医疗机构、公共场所分别为412家、186家，分别占{P(412,670)}%、{P(186,670)}%。', S_QHD_WJ)
c('b2c12-wj-pp-bracket', K, f'pp with last year in brackets after: 96.26 vs 95.31 → 0.95',
  f'双随机任务完成率为{P(670,696,2)}%，同比提高0.95个百分点（2024年为95.31%）。', S_QHD_WJ)
c('b2f08-wj-pp-bracket-wrong', R, 'pp 1.95 stated; 96.26-95.31=0.95',
  f'双随机任务完成率为{P(670,696,2)}%，同比提高1.95个百分点（2024年为95.31%）。', S_QHD_WJ)
c('b2c13-jy-jiancha-share-bound', K, '九成以上 bound: 126 of 138 = 91.3%',
  '全县138家校外培训机构中已有126家完成预收费资金监管，占九成以上。', S_GY_JY)
c('b2f09-jy-bound-violated', R, '九成以上 stated; 118/138=85.5%',
  '全县138家校外培训机构中已有118家完成预收费资金监管，占九成以上。', S_GY_JY)
c('b2c14-ny-rate-first-partial', K, 'a rate first over a count the sentence does not give (抽检合格率 over all 批次 of the province)',
  '农产品质量安全例行监测合格率稳定在98%以上，全年县级抽检2380批次，合格2361批次。', S_YY_RS)
c('b2c15-mz-jiuzhu-wanyuan', K, '救助 资金 万元 其中 partial; 人 and 户 beside',
  '全年发放城乡低保金6842.6万元，其中城市低保金1836.2万元；保障对象1.36万户2.41万人。', S_JIYUAN)
c('b2f10-mz-jiuzhu-exceed', T, '城市1836.2 + 农村5106.4 = 6942.6 > 6842.6',
  '全年发放城乡低保金6842.6万元，其中城市低保金1836.2万元、农村低保金5106.4万元。', S_JIYUAN)
c('b2c16-tj-jiguan-two-levels', K, '分别 for two levels with 共计 after: 1236+2012=3248',
  '区、镇（街道）两级调解组织分别调处纠纷1236件、2012件，共计3248件。', S_JLP_SFJ)
c('b2f11-tj-two-levels-gongji-wrong', T, '共计3284件 stated; 1236+2012=3248',
  '区、镇（街道）两级调解组织分别调处纠纷1236件、2012件，共计3284件。', S_JLP_SFJ)
c('b2c17-gz-tongbi-jianshao', K, f'减少 in 件 with 同比 and last year: 4127 vs 4380 → 减少253件, {P(253,4380)}%',
  f'全年办理公证事项4127件，比上年的4380件减少253件，下降{P(253,4380)}%。', S_YANZHOU)
c('b2f12-gz-jianshao-wrong', T, '减少263件 stated; 4380-4127=253',
  '全年办理公证事项4127件，比上年的4380件减少263件。', S_YANZHOU)
c('b2c18-gk-yishenqing-leixing', K, '申请人类型 自然人/法人 partition with 其中 (exact) and a share',
  f'全年收到政府信息公开申请449件，其中自然人申请418件、法人或其他组织申请31件，自然人申请占{P(418,449)}%。', S_BAICHENG)
c('b2c19-fy-qizhong-bushi-dafu', K, '不予受理 and 受理 partition 收到; 审结 of 受理',
  f'收到行政复议申请486件，其中受理441件、不予受理45件；已审结417件，审结率{P(417,441)}%。', S_FZSX)
c('b2f13-fy-bushouli-exceed', T, '受理441 + 不予受理55 = 496 > 486',
  '收到行政复议申请486件，其中受理441件、不予受理55件；已审结417件。', S_FZSX)
c('b2c20-ys-shangsu', K, f'上诉 and 改判 over 二审 审结: 改判 3 of 42',
  f'二审审结行政案件42件，其中改判3件、发回重审1件，改判率{P(3,42)}%。', S_JLP_SFJ)
c('b2c21-rx-riju', K, f'日均 over days: 20693/90 ≈ 230 (a 季度 average, not a per-head rate)',
  '第一季度热线话务总数20693个，日均230个，形成有效工单11171件。', S_HENGDONG)
c('b2c22-rx-zhiban-zhuanban', K, f'直办 + 转办 = 受理, shares {P(37527,71184)}%/{P(33657,71184)}%',
  f'全年受理市民诉求71184件，其中直办37527件，占{P(37527,71184)}%；转办33657件，占{P(33657,71184)}%。', S_HENGDONG)
c('b2f14-rx-zhiban-zhuanban-wrong', R, f'second share 48.3% stated; 33657/71184={P(33657,71184)}%',
  f'全年受理市民诉求71184件，其中直办37527件，占{P(37527,71184)}%；转办33657件，占48.3%。', S_HENGDONG)
c('b2c23-gf-zhiding-qingli-years', K, '新制定 by year 2024/2025 in one sentence; no total',
  '2024年制定行政规范性文件21件，2025年制定26件，均经合法性审核并报备。', S_JIYUAN)
c('b2c24-pf-renci-wan', K, f'万人次 growth: (8.6-7.4)/7.4',
  f'全年普法活动覆盖群众8.6万人次，较上年的7.4万人次增长{G(8.6,7.4)}%。', S_HUANING)
c('b2f15-pf-renci-direction', R, '增长16.2% stated but 6.2万 < 7.4万 (a fall)',
  '全年普法活动覆盖群众6.2万人次，较上年的7.4万人次增长16.2%。', S_HUANING)
c('b2c25-jf-daowei', K, f'到位率 of 经费: 拨付到位 42.6 of 45',
  f'市级下达法律援助专项经费45万元，拨付到位42.6万元，到位率{P(42.6,45)}%。', S_JIYUAN)
c('b2c26-zw-yiwangtongban', K, 'a rate over 事项 (全程网办) with its count: 1182 of 1246',
  f'全县1246项政务服务事项中实现“全程网办”1182项，全程网办率{P(1182,1246)}%。', S_YAOAN)
c('b2c27-sw-shouwei-bufa-yuan', K, '首违不罚 户次 and 涉及税款 万元 (different units)',
  '全年对386户次纳税人适用“首违不罚”，涉及税款及滞纳金42.7万元，均未影响纳税信用评价。', S_CZ_CG)
B2_END = len(C)
for x in C[B2:B2_END]:
    x['batch'] = 2

json.dump([{k: v for k, v in x.items() if k != 'text'} for x in C], open(os.path.join(D, 'cases.json'), 'w'), ensure_ascii=False, indent=1)
os.makedirs(os.path.join(D, 'cases'), exist_ok=True)
for x in C:
    open(os.path.join(D, 'cases', x['file']), 'w').write(x['text'] + ('' if x['text'].endswith('\n') else '\n'))
ids = [x['id'] for x in C]
assert len(ids) == len(set(ids)), 'duplicate ids'
print('batch 2:', sum(1 for x in C if x.get('batch') == 2), 'cases,', sum(1 for x in C if x.get('batch') == 2 and x['expect'] == K), 'clean');print(len(C), 'cases;', sum(x['expect'] == K for x in C), 'clean;', sum(x['expect'] == R for x in C), 'rate faults;', sum(x['expect'] == T for x in C), 'total faults')
