#!/usr/bin/env python3
"""Writes eval/independent20/cases/* and cases.json. Each case models the layout, issuer kind and figure phrasing of a
published report (its address is in cases.json `source`); sentences are written anew and every figure is invented and
computed here so that a clean case is arithmetically right. Faults are planted by `fault` switches, one per case."""
import json, os, random
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'cases')
os.makedirs(OUT, exist_ok=True)

CN = '〇一二三四五六七八九'
def cn_num(n):
    units = ['', '十']
    if n < 10: return CN[n]
    if n < 20: return '十' + (CN[n % 10] if n % 10 else '')
    return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')
def cn_year(y): return ''.join(CN[int(c)] for c in str(y))
ORD = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

def pct(a, b, d=1):
    a = Decimal(str(a)); b = Decimal(str(b))
    q = Decimal(10) ** -d
    if a == b: return '100'
    return str((Decimal(a) * 100 / Decimal(b)).quantize(q, rounding=ROUND_HALF_UP))

SOURCES = {
    'jinghai23': 'http://www.tjjh.gov.cn/jhqzf/zwgk_28985/zfxxgk_qzf1/qzf1/fdzdgknr2/qtfdgkxx2/202403/t20240328_6583952.html',
    'jinghai20': 'http://www.tjjh.gov.cn/jhqzf/zwgk_28985/gzbg/202103/t20210329_5396867.html',
    'xiayang': 'http://www.xuwen.gov.cn/xxgk/ndfzzfjsbg/content/post_1854461.html',
    'tongmu': 'http://admin.yzcity.gov.cn:8888/nyx/fzzfjs/202403/7467b23e545c43b8b6b44a64ab4a399e.shtml',
    'jinlong': 'http://www.qzlc.gov.cn/zwgk/jdyq/jljd/ghgy/202303/t20230330_2863872.htm',
    'dongcheng': 'http://www.qingcheng.gov.cn/qyqcdc/gkmlpt/content/1/1662/post_1662219.html',
    'liuxia': 'https://www.hzxh.gov.cn/art/2023/2/10/art_1229346873_59025931.html',
    'pozijie': 'http://www.tianxin.gov.cn/zwgk8/jzxxgkml/pzjjdbsc/ghjh77/202301/t20230129_10976588.html',
    'bda': 'https://www.beijing.gov.cn/gongkai/fzzfjsbg/sjbm/kfqgwh/202203/t20220328_2641312.html',
    'xialu': 'http://www.xialuqu.gov.cn/zwgk/fdzdgknr/qtzdgknr/fzzfjsndbg/202602/t20260206_1307196.html',
    'yanta': 'http://www.yanta.gov.cn/xxgk/zdxxgk/fzzfjs/fzjs/2000745032788254721.html',
    'tongcheng': 'http://www.cqwx.gov.cn/jz/tcz/zwgk_71780/zfxxgkml/fzzfjsndbg/202601/t20260128_15360182.html',
    'fuling_town': 'http://www.fl.gov.cn/jz/ltz/zwgk_47058/zfxxgkml/fzzfjsndbgg1/202601/t20260119_15331200.html',
    'yinzu': 'https://www.hbdaye.gov.cn/zfxxgk/dfbmptlj/zxj/yzz/fdzdgknr_16997/qtzdgknr_17010/yzzfznb/202501/t20250123_1187714.html',
    'guyong': 'http://www.jiangle.gov.cn/zfxxgkzl/zfxxgkml/zdgkdqtxx/202502/t20250219_2101364.htm',
    'huagong': 'http://www.mengzhou.gov.cn/sitesources/mzsrmzf/page_pc/xwdt/gsgg/article6093c7cc485f4b6eaebb85004aabb3d2.html',
    'zsepb': 'http://zsepb.zs.gov.cn/xxml/ztzl/wryjgxx/ndxzzfsjgszl/content/post_2060950.html',
    'rongchang': 'http://rongchang.gov.cn/bm/qsthjj/zwgk_70831/zfxxgkml_160171/fzzfndbg_216183/202301/t20230106_11466370.html',
    'zhuzhou': 'http://sthjj.zhuzhou.gov.cn/c8631/20220324/i1839078.html',
    'fuling_env': 'http://fl.gov.cn/bm/sthjj/zwgk_46444/zfxxgkml_191651/fzzfjsndbgg1/202201/t20220125_10337098.html',
    'nanchang': 'https://saintpaulhem.com/ncx/ncxrmzf/fzzfgzbg/202109/1612ef839ecc434b99e45ed9b50b44ca.shtml',
    'qingshui': 'https://zm.sm-tc.cn/?depth=3&from=derive&link_type=60&restype=1&src=l4uLj8XQ0IiIiNGLjI6M0ZiQidGckdCWkZmQ0MrIysjQyM3LxsvP0ZeLkg%3D%3D',
    'yanshan': 'https://www.dongkou.gov.cn/dongkou/fzzfjs/202504/06ad2848240f4466a672a581de8dea7c.shtml',
    'lieshan': 'https://www.lieshan.gov.cn/zwgk/public/198/64851798.html',
    'nmg_env': 'https://sthjt.nmg.gov.cn/xxgk/sthjzdlyxxgk/fzzfjs/202201/t20220113_1994172.html',
    'fuxian_fy': 'https://www.gongwk.com/doc/559392.jhtml',
}

# issuer: (name as in title, short self-reference, kind, leader wording, addressee, source key)
ISSUERS = [
    ('静海区', '全区', 'district', '区政府主要负责同志', '区委、区人大常委会：', 'jinghai23'),
    ('静海区人民政府', '全区', 'district', '区政府主要负责同志', '', 'jinghai20'),
    ('下洋镇', '全镇', 'town', '镇党委书记、镇长', '县委、县政府：', 'xiayang'),
    ('桐木漯瑶族乡人民政府', '全乡', 'town', '乡党委书记、乡长', '', 'tongmu'),
    ('金龙街道办事处', '街道', 'street', '街道党工委书记、办事处主任', '区委、区政府：', 'jinlong'),
    ('东城街道', '街道', 'street', '街道党工委书记、办事处主任', '', 'dongcheng'),
    ('留下街道', '街道', 'street', '街道党政主要负责人', '', 'liuxia'),
    ('坡子街街道办事处', '街道', 'street', '街道党工委书记', '', 'pozijie'),
    ('北京经济技术开发区管委会', '经开区', 'devzone', '管委会主要负责同志', '', 'bda'),
    ('下陆区', '全区', 'district', '区委、区政府主要负责同志', '', 'xialu'),
    ('雁塔区人民政府办公室', '区政府办', 'dept', '办公室党组书记、主任', '', 'yanta'),
    ('通城镇人民政府', '全镇', 'town', '镇党委书记、镇长', '', 'tongcheng'),
    ('龙潭镇', '全镇', 'town', '镇党委书记、镇长', '区委、区政府：', 'fuling_town'),
    ('殷祖镇', '全镇', 'town', '镇党委书记', '', 'yinzu'),
    ('古镛镇', '全镇', 'town', '镇党委书记、镇长', '中共将乐县委员会，将乐县人民政府：', 'guyong'),
    ('化工镇人民政府', '全镇', 'town', '镇党委书记、镇长', '', 'huagong'),
    ('中山市生态环境局', '我局', 'dept', '局党组书记、局长', '市委、市政府：', 'zsepb'),
    ('荣昌区生态环境局', '我局', 'dept', '局党组书记、局长', '', 'rongchang'),
    ('株洲市生态环境局', '我局', 'dept', '局主要负责人', '', 'zhuzhou'),
    ('涪陵区生态环境局', '我局', 'dept', '局党组书记、局长', '', 'fuling_env'),
    ('南昌县', '全县', 'county', '县政府主要负责同志', '县委、县人大常委会：', 'nanchang'),
    ('清水县人民政府', '全县', 'county', '县委、县政府主要负责同志', '', 'qingshui'),
    ('洞口县岩山镇', '全镇', 'town', '镇党委书记、镇长', '', 'yanshan'),
    ('烈山区', '全区', 'district', '区委、区政府主要负责同志', '市委、市政府：', 'lieshan'),
    ('将乐县司法局', '我局', 'dept', '局党组书记、局长', '县委、县政府：', 'fuxian_fy'),
    ('孟州市市场监督管理局', '我局', 'dept', '局党组书记、局长', '', 'huagong'),
    ('大冶市人力资源和社会保障局', '我局', 'dept', '局党组书记、局长', '', 'yinzu'),
    ('荣昌区应急管理局', '我局', 'dept', '局党组书记、局长', '', 'rongchang'),
]

class Ctx:
    def __init__(self, rng, Y, iss, fault):
        self.r, self.Y, self.fault = rng, Y, fault
        self.name, self.short, self.kind, self.leader, self.addressee, self.src = iss
        self.planted = None
    def want(self, f):
        """True once, for the one fault this case plants."""
        if self.fault == f and not self.planted:
            self.planted = f
            return True
        return False

# ---------- figure sentences (each returns one sentence; all arithmetic exact unless a fault is planted) ----------
def s_mediation(c):
    a = c.r.randint(120, 2400); b = a - c.r.randint(0, a // 25); d = c.r.choice([1, 1, 2])
    r = pct(b, a, d)
    if c.want('rate'):
        r = pct(b - c.r.randint(9, 30), a, d)
    lead = c.r.choice(['排查调处各类矛盾纠纷', '各级人民调解组织受理矛盾纠纷', '共调解矛盾纠纷'])
    return f'{lead}{a}件，调解成功{b}件，调解成功率{r}%。'

def s_legal_aid(c):
    x, y, z = c.r.randint(40, 260), c.r.randint(60, 300), c.r.randint(2, 20)
    tot = x + y + z
    if c.want('total'):
        tot = x + y + z - c.r.randint(5, 15)
    return c.r.choice([
        f'共受理法律援助案件{tot}件，其中刑事案件{x}件、民事案件{y}件、行政案件{z}件，解答法律咨询{c.r.randint(800, 4000)}人次。',
        f'全年办理法律援助案件{tot}件，其中刑事法律援助案件{x}件、民事法律援助案件{y}件、行政法律援助案件{z}件。',
    ])

def s_reconsideration(c):
    a = c.r.randint(30, 260); carried = 0
    b = a - c.r.randint(1, max(2, a // 10))
    keep = c.r.randint(b // 2, b * 3 // 4); rev = c.r.randint(1, max(2, (b - keep) // 3)); conf = c.r.randint(1, 3)
    end = b - keep - rev - conf
    if end < 0:
        end = 0; keep = b - rev - conf
    return (f'全年共收到行政复议申请{a}件，审结{b}件，其中维持{keep}件、撤销{rev}件、确认违法{conf}件、'
            f'终止{end}件。')

def s_litigation(c):
    a = c.r.randint(12, 180); b = a
    form = c.r.choice([0, 1, 2])
    if form == 0:
        return f'全年行政机关负责人出庭应诉{b}件，行政诉讼案件负责人出庭应诉率100%。'
    if form == 1:
        b = a - c.r.randint(1, 4); r = pct(b, a, 1)
        if c.want('rate'):
            r = pct(b + 2, a, 1)
        return f'全年应诉行政诉讼案件{a}件，行政机关负责人出庭应诉{b}件，出庭应诉率{r}%。'
    return f'办理行政应诉案件{a}件，均依法按期提交答辩状和证据材料。'

def s_hotline(c):
    a = c.r.randint(8000, 98000); b = a - c.r.randint(10, a // 200 + 20)
    r = pct(b, a, 2)
    if c.want('rate'):
        r = pct(b, a + c.r.randint(400, 900), 2)
    sat = c.r.choice(['98.6', '99.2', '97.85', '96.4'])
    return f'“12345”政务服务便民热线受理群众诉求{a}件，办结{b}件，办结率{r}%，群众满意率{sat}%。'

def s_penalty(c):
    prev = c.r.randint(60, 900); now = prev + c.r.randint(-prev // 3, prev // 2)
    if now == prev: now += 7
    diff = now - prev; word = '增长' if diff >= 0 else '下降'
    p = pct(abs(diff), prev, 1)
    if c.want('rate'):
        p = pct(abs(diff) + c.r.randint(8, 20), prev, 1)
    money = f'{c.r.randint(20, 900)}.{c.r.randint(1, 9)}'
    return c.r.choice([
        f'全年办理行政处罚案件{now}件，较上年的{prev}件同比{word}{p}%，罚没款{money}万元。',
        f'立案查处各类违法案件{now}件（上年{prev}件），同比{word}{p}%，罚没金额{money}万元。',
    ]) if diff != 0 else f'全年办理行政处罚案件{now}件，罚没款{money}万元。'

def s_change(c):
    prev = c.r.randint(50, 400); dec = c.r.randint(5, prev // 3); now = prev - dec
    shown = dec
    if c.want('total'):
        shown = dec + c.r.randint(3, 9)
    return f'严格规范涉企行政检查，全年开展涉企行政检查{now}次，较上年的{prev}次减少{shown}次，切实减轻企业负担。'

def s_services(c):
    x, y = c.r.randint(120, 700), c.r.randint(200, 900)
    return c.r.choice([
        f'梳理公布政务服务事项{x + y}项，其中即办件{x}项、承诺件{y}项，全部实现网上可办。',
        f'进驻政务服务中心事项{x + y}项，即办件{x}项、承诺件{y}项，共计{x + y}项，实现“一窗受理、集成服务”。',
    ])

def s_normative(c):
    a = c.r.randint(6, 60); m = c.r.randint(3, 90)
    return c.r.choice([
        f'审查行政规范性文件{a}件，提出修改意见建议{m}条，报备率、及时率、规范率均达100%。',
        f'全年制发行政规范性文件{a}件，均经合法性审查并在规定时间内报送备案。',
    ])

def s_legality(c):
    a, b = c.r.randint(20, 160), c.r.randint(5, 60)
    return f'充分发挥法律顾问和公职律师作用，对{a}份重要文件、{b}份合同进行合法性审查，提出法律意见{c.r.randint(40, 300)}条。'

def s_pufa(c):
    a = c.r.randint(12, 160); b = c.r.randint(2, 60) * 100
    return c.r.choice([
        f'开展“八五”普法宣传活动{a}场次，发放宣传资料{b}余份，受教育群众{c.r.randint(1, 9)}万余人次。',
        f'利用“宪法宣传周”“民法典宣传月”等节点开展主题普法活动{a}场，发放资料{b}余份。',
    ])

def s_study(c):
    a = c.r.randint(4, 24)
    return c.r.choice([
        f'坚持常务会议会前学法制度，全年开展会前学法{a}次，组织领导干部旁听庭审{c.r.randint(1, 3)}次。',
        f'组织理论学习中心组专题学法{a}次，举办法治专题讲座{c.r.randint(1, 6)}场。',
    ])

def s_inspect(c):
    a = c.r.randint(300, 3000); b = c.r.randint(200, 2000); b1 = b - c.r.randint(0, b // 30)
    r = pct(b1, b, 1)
    if c.want('rate'):
        r = pct(b1 - c.r.randint(20, 60), b, 1)
    return f'检查生产经营单位{a}家次，排查一般安全隐患{b}处，已整改{b1}处，整改率{r}%。'

def s_env(c):
    x = c.r.randint(40, 180); y = c.r.randint(1, 9)
    money = c.r.randint(100, 2900)
    return c.r.choice([
        f'全年审批建设项目环评文件{x + y}个，其中准予审批{x}个、不予审批{y}个。',
        f'立案查处生态环境违法案件{x}件，下达处罚决定书{x - y}份，罚款{money}万元。',
    ])

def s_market(c):
    tot = c.r.randint(20000, 90000); inc = c.r.randint(800, 6000)
    p = pct(inc, tot - inc, 2)
    if c.want('rate'):
        p = pct(inc, tot, 2)
    return f'持续优化营商环境，全年市场经营主体净增长{inc}户，总量达{tot}户，增长{p}%。'

def s_wage(c):
    n = c.r.randint(200, 3000); m = c.r.randint(300, 4000)
    return f'办理劳动保障监察案件{c.r.randint(30, 300)}件，为{n}名劳动者追发工资待遇{m}万元。'

def s_openinfo(c):
    a = c.r.randint(300, 5000); b = c.r.randint(5, 90)
    return f'主动公开政府信息{a}条，受理政府信息公开申请{b}件，均在法定期限内答复。'

def s_enforcers(c):
    a = c.r.randint(40, 600); b = c.r.randint(a // 3, a // 2)
    return f'组织行政执法人员培训{c.r.randint(2, 8)}期，培训{a}人次，新申领执法证件{c.r.randint(10, 80)}人。'

def s_petition(c):
    a = c.r.randint(80, 1200); b = a - c.r.randint(0, 6)
    r = pct(b, a, 1)
    return f'受理信访事项{a}件，按期办结{b}件，按期办结率{r}%。'

def s_random(c):
    a = c.r.randint(20, 160); b = c.r.randint(200, 1500)
    return f'开展“双随机、一公开”联合抽查{a}次，抽查市场主体{b}户，抽查结果全部按时公示。'

def s_points(c):
    x = c.r.randint(20, 90) / 10; z = c.r.randint(3, 15) / 10; y = round(x - z, 1)
    return f'行政诉讼案件败诉率由上年的{x:.1f}%下降至{y:.1f}%，下降{z:.1f}个百分点。'

def s_traffic(c):
    a = c.r.randint(20000, 200000); b = c.r.randint(100, 2000); r = pct(b, a, 2)
    return f'开展治超联合执法，检测货运车辆{a}辆次，查处超限超载车辆{b}辆次，超限率控制在{r}%。'

def s_health(c):
    a = c.r.randint(300, 2000); b = c.r.randint(10, 90)
    return f'开展卫生健康“双随机”监督检查{a}户次，立案查处违法案件{b}件，全部在网上公示。'

def s_police(c):
    a = c.r.randint(800, 6000); b = a - c.r.randint(10, 200); x = c.r.randint(b // 3, b // 2); y = b - x
    return f'受理各类行政案件{a}件，查处{b}件，其中治安案件{x}件、交通管理类案件{y}件。'

def s_funds(c):
    a = c.r.randint(80, 900); b = round(a * c.r.randint(80, 100) / 100, 1)
    r = pct(Decimal(str(b)), a, 1)
    return f'落实法治建设专项经费{a}万元，已支出{b}万元，执行率{r}%。'

GENERIC = [s_mediation, s_legal_aid, s_reconsideration, s_litigation, s_hotline, s_penalty, s_change, s_services,
           s_normative, s_legality, s_pufa, s_study, s_inspect, s_openinfo, s_petition, s_random, s_enforcers]
SECTOR = {'jinghai23': [s_police, s_traffic], 'xialu': [s_health], 'lieshan': [s_police], 'nanchang': [s_traffic], 'bda': [s_market],
          'zsepb': [s_env, s_penalty], 'rongchang': [s_env, s_inspect], 'zhuzhou': [s_env], 'fuling_env': [s_env],
          'nmg_env': [s_env], 'huagong': [s_market, s_random], 'yinzu': [s_wage], 'fuxian_fy': [s_reconsideration, s_legal_aid]}

TOPICS = [
    ('依法全面履行政府职能', '深化“放管服”改革，持续优化法治化营商环境'),
    ('健全依法行政制度体系', '加强行政规范性文件监督管理，严格落实合法性审核'),
    ('推进科学民主依法决策', '严格落实重大行政决策程序，充分发挥法律顾问作用'),
    ('严格规范公正文明执法', '全面落实行政执法“三项制度”，提升执法质效'),
    ('依法预防化解社会矛盾纠纷', '坚持和发展新时代“枫桥经验”，推动矛盾纠纷源头化解'),
    ('强化行政权力制约和监督', '自觉接受人大监督、政协民主监督，全面推进政务公开'),
    ('加强法治宣传教育', '深入实施“八五”普法规划，落实“谁执法谁普法”普法责任制'),
    ('推进数字法治政府建设', '加快推进政务服务“一网通办”，提升数字化执法水平'),
]
TOPIC_FIG = [[s_services, s_market, s_change], [s_normative, s_legality], [s_legality, s_study],
             [s_penalty, s_random, s_enforcers, s_inspect], [s_mediation, s_legal_aid, s_petition],
             [s_reconsideration, s_litigation, s_openinfo, s_points], [s_pufa, s_funds], [s_hotline, s_services]]

LAWS = ['《中华人民共和国行政复议法》', '《中华人民共和国行政处罚法》', '《优化营商环境条例》', '《重大行政决策程序暂行条例》',
        '《中华人民共和国民法典》', '《信访工作条例》', '《中华人民共和国行政许可法》', '《法治政府建设实施纲要（2021—2025年）》',
        '《中华人民共和国安全生产法》', '《保障农民工工资支付条例》', '《中华人民共和国政府信息公开条例》',
        '《党政主要负责人履行推进法治建设第一责任人职责规定》']

def laws_sentence(c):
    picks = c.r.sample(LAWS[:-1], 3)
    if c.Y <= 2021:
        picks = [p for p in picks if not (c.Y <= 2020 and '2021' in p) and '信访工作条例' not in p] or ['《中华人民共和国民法典》']
    if c.want('law'):
        bad = c.r.choice(['《中华人民共和国行政复议法实施细则》', '《重大行政决策程序条例》', '《优化营商环境管理条例》'])
        picks[0] = bad
    if c.want('fullwidth'):
        return f'组织学习{"、".join(picks)}等法律法规，推动依法行政理念深入人心。'
    if c.want('unpaired'):
        j = ''.join(picks)
        j = j.replace('》', '', 1)
        return f'组织学习{j}等法律法规，推动依法行政理念深入人心。'
    return f'组织学习{"".join(picks)}等法律法规，推动依法行政理念深入人心。'

def goal(c):
    if c.Y <= 2020:
        return '职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府'
    if c.want('goal'):
        return '职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府'
    return '职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府'

def figs(c, k, pool):
    out = []
    funcs = c.r.sample(pool, min(k, len(pool)))
    for f in funcs:
        out.append(f(c))
    return out

def topic_body(c, i):
    pool = TOPIC_FIG[i] + SECTOR.get(c.src, [])
    fs = figs(c, c.r.randint(1, 2), pool)
    extra = [TOPICS[i][1] + '。']
    if i == 6 or (i == 1 and c.r.random() < 0.5):
        extra.append(laws_sentence(c))
    return extra + fs

def duty_body(c):
    a, b = c.r.randint(2, 8), c.r.randint(3, 12)
    s = [f'{c.leader}认真履行推进法治建设第一责任人职责，把法治政府建设摆在全局工作的重要位置，'
         f'全年主持召开专题会议{a}次研究法治建设重大问题，带头开展会前学法{b}次。',
         '将履行推进法治建设第一责任人职责情况纳入年终述职内容，开展年度述法，推动“关键少数”带头尊法学法守法用法。']
    if c.want('placeholder'):
        s[0] = s[0].replace(f'专题会议{a}次', '专题会议X次')
    if c.want('sensitive'):
        s.append(f'设立法治建设意见箱和联系人，联系人张某，联系电话1{c.r.choice("3578")}{c.r.randint(100000000, 999999999)}。')
    return s

def shortfall_body(c):
    return ['对照上级要求和群众期盼，我们的工作还存在一些不足：一是法治宣传教育的针对性和实效性还需增强；'
            '二是基层行政执法人员力量不足，执法规范化水平有待提高；三是运用法治思维和法治方式解决问题的能力还需提升。',
            '究其原因，主要是对法治建设的重视程度存在层层递减现象，法治专业人才储备不足。']

def plan_body(c, yword):
    return [f'{yword}，{c.short if c.short not in ("我局", "区政府办", "街道", "经开区") else "我们"}将继续深入学习贯彻习近平法治思想，'
            + ('重点抓好以下工作：一是健全依法决策机制，严格落实重大行政决策程序；' if c.fault == 'nodutypart' else
               '重点抓好以下工作：一是持续压实法治建设责任，推动党政主要负责人履行推进法治建设第一责任人职责常态化；') +
            '二是深化行政执法规范化建设，全面提升执法质效；三是加强法治宣传教育，营造尊法学法守法用法的良好氛围。']

# ---------- assembling ----------
def build(case):
    rng = random.Random(case['seed'])
    Y = case['year']; iss = ISSUERS[case['issuer']]
    c = Ctx(rng, Y, iss, case.get('fault'))
    layout, wrapper = case['layout'], case.get('wrapper', 'plain')
    P = Y + 1
    heads = []  # (level, numbering text, title, body sentences)
    # look-back topics
    k = rng.randint(3, 5)
    tix = sorted(rng.sample(range(8), k))
    lookback = [(TOPICS[i][0], topic_body(c, i)) for i in tix]
    duty_title = rng.choice([f'{c.leader.split("、")[0]}履行推进法治建设第一责任人职责情况',
                             '党政主要负责人履行推进法治建设第一责任人职责情况',
                             '压实法治建设第一责任人职责'])
    plan_year_text = f'{P}年'
    if c.fault == 'planyear':
        plan_year_text = f'{Y}年'; c.planted = 'planyear'
    plan_title = rng.choice([f'{plan_year_text}推进法治政府建设的主要安排', f'{plan_year_text}工作安排', f'{plan_year_text}工作打算',
                             f'{plan_year_text}工作思路'])
    plan_lead = f'{P}年'
    if c.fault == 'planyear':
        plan_lead = '下一步'
    if c.fault == 'noyear':
        plan_title = '下一步工作打算'; plan_lead = '下一步'; c.planted = 'noyear'
    short_title = rng.choice(['存在的不足和原因', '存在的问题和不足', '存在的困难和问题', f'{Y}年法治政府建设存在的不足'])
    lb_title = rng.choice([f'{Y}年度推进法治政府建设的主要举措和成效', '主要举措和成效', f'{Y}年法治政府建设主要工作及成效',
                           '基本情况和主要成效'])
    if c.fault == 'headyear':
        lb_title = f'{Y - 1}年度推进法治政府建设的主要举措和成效'; c.planted = 'headyear'
    parts = []
    dmode = case.get('duty', 'part')
    if c.fault == 'nodutypart':
        dmode = 'none'; c.planted = 'nodutypart'
    if dmode == 'sub':
        lookback.insert(0, ('党政主要负责人履行推进法治建设第一责任人职责情况', duty_body(c)))
    elif dmode == 'lead':
        b = duty_body(c)
        lookback.insert(0, ('坚持党的领导，压实法治建设责任', b))
    parts.append(('lb', lb_title, lookback))
    if dmode == 'part':
        parts.append(('duty', duty_title, duty_body(c)))
    merged = case.get('merged') and c.fault not in ('noshort', 'planyear', 'noyear')
    if c.fault == 'noshort':
        c.planted = 'noshort'
    elif merged:
        parts.append(('merged', rng.choice([f'存在的不足及{P}年工作打算', f'存在问题及{P}年工作思路', '存在的问题和下一步工作打算']),
                      shortfall_body(c) + plan_body(c, f'{P}年')))
    else:
        parts.append(('short', short_title, shortfall_body(c)))
    if not merged:
        parts.append(('plan', plan_title, plan_body(c, plan_lead)))
    if rng.random() < 0.6:
        parts.append(('other', '其他需要报告的情况', ['无。'] if rng.random() < 0.5 else
                      [f'{Y}年，{c.short if c.short != "我局" else "本单位"}未发生因违法行政被问责的情况。']))
    # order: duty first for some layouts
    if layout in ('duty_first',) and parts[1][0] == 'duty':
        parts.insert(0, parts.pop(1))
    lines = []
    title = rng.choice([f'{c.name}{Y}年度法治政府建设情况报告', f'{c.name}{Y}年法治政府建设年度报告',
                        f'{c.name}关于{Y}年度法治政府建设情况的报告', f'{c.name}{Y}年度法治政府建设工作报告'])
    if c.kind == 'town' and rng.random() < 0.3:
        title = f'{c.name}{Y}年法治政府建设工作总结'
    opening_year = Y
    if c.fault == 'openyear':
        opening_year = Y - 1; c.planted = 'openyear'
    opening = (f'{opening_year}年，{c.short if c.short not in ("我局", "区政府办") else "我们"}坚持以习近平新时代中国特色社会主义思想为指导，'
               f'深入学习贯彻习近平法治思想，围绕建设{goal(c)}的目标，扎实推进依法行政各项工作。'
               f'现将{Y}年度法治政府建设情况报告如下：')
    indent = '　　' if case.get('indent') else ''
    def para(t): lines.append(indent + t)

    md = wrapper == 'md'
    if md:
        lines.append(f'# {title}'); lines.append('')
    else:
        if case.get('wraptitle'):
            cut = title.index('法治政府建设')
            lines.append(title[:cut]); lines.append(title[cut:])
        else:
            lines.append(title)
    if c.addressee and not md:
        lines.append(''); lines.append(c.addressee)
    lines.append('')
    para(opening); lines.append('')
    # numbering styles
    top = lambda i: (f'第{ORD[i]}部分　' if layout == 'part' else f'{ORD[i]}、')
    gap_done = False
    for pi, (kind, ptitle, body) in enumerate(parts):
        h = top(pi) + ptitle
        if md: lines.append('## ' + h)
        else: lines.append(h)
        lines.append('')
        if kind == 'lb':
            for si, (st, sb) in enumerate(body):
                num = si
                if not gap_done and si == 1 and len(body) >= 3 and c.want('numbering'):
                    num = 2; gap_done = True
                if gap_done and si > 1:
                    num = si + 1
                if layout in ('arabic',):
                    sh = f'{num + 1}.{st}'
                else:
                    sh = f'（{ORD[num]}）{st}'
                if layout == 'runin':
                    # bold / run-in heading: heading sentence then body in one paragraph
                    lead = f'（{ORD[num]}）{st}。'
                    if md: para(f'**{lead}**' + ''.join(sb))
                    else: para(lead + ''.join(sb))
                    lines.append('')
                    continue
                if layout == 'deep' and len(sb) >= 2:
                    lines.append(sh)
                    for j, x in enumerate(sb):
                        para(f'{j + 1}.{x}')
                    lines.append('')
                    continue
                if layout == 'yishi':
                    items = ''.join(f'{ORD[j]}是{x}' for j, x in enumerate(sb))
                    # known slip, kept so that the script reproduces the committed files: want() is asked before the length
                    # test, so F43 was marked as planted with no gap written (relabelled clean, see README.md)
                    if c.want('itemgap') and len(sb) >= 3:
                        items = ''.join(f'{ORD[j if j < 2 else j + 1]}是{x}' for j, x in enumerate(sb))
                    lines.append(('### ' if md else '') + sh); para(items); lines.append('')
                    continue
                lines.append(('### ' if md else '') + sh)
                para(''.join(sb)); lines.append('')
        elif kind == 'merged':
            para(''.join(body[:2])); para(body[2]); lines.append('')
        else:
            para(''.join(body)); lines.append('')
    # signature and date
    if case.get('sign', True) and not md:
        d = case.get('day', rng.randint(5, 27)); m = case.get('month', 2)
        lines.append(''); lines.append(c.name if '人民政府' in c.name or c.kind == 'dept' else c.name)
        if c.fault == 'earlydate':
            lines.append(f'{Y}年11月{d}日'); c.planted = 'earlydate'
        elif case.get('cndate'):
            lines.append(f'{cn_year(P)}年{cn_num(m)}月{cn_num(d)}日')
        else:
            lines.append(f'{P}年{m}月{d}日')
    text = '\n'.join(lines).rstrip() + '\n'
    # wrappers
    if wrapper == 'web':
        pub = case.get('pub', f'{P}-03-{rng.randint(10, 28):02d} 09:{rng.randint(10, 59)}')
        if c.fault == 'late':
            pub = f'{P}-0{rng.choice([4, 5, 6])}-{rng.randint(10, 28):02d} 10:20'; c.planted = 'late'
        head = (f'首页 > 政务公开 > 法治政府建设年度报告\n\n{title}\n来源：{c.name}　发布时间：{pub}　浏览量：{rng.randint(30, 900)}\n'
                f'【字体：大 中 小】\n\n')
        tail = '\n上一篇：关于公布行政执法主体清单的公告\n下一篇：政府信息公开工作年度报告\n扫一扫在手机打开当前页\n'
        text = head + text + tail
    if wrapper == 'meta':
        gen = f'{P}-02-{rng.randint(3, 26):02d}'
        rows = (f'索 引 号：{rng.randint(10000000, 99999999)}/{P}-{rng.randint(10, 99)}\n发布机构：{c.name}\n'
                f'文　　号：{c.name[:2]}〔{P}〕{rng.randint(2, 40)}号\n成文日期：{gen}\n')
        if c.fault == 'late':
            rows += f'发布日期：{P}-0{rng.choice([4, 5])}-{rng.randint(10, 28):02d}\n'; c.planted = 'late'
        else:
            rows += f'发布日期：{P}-03-{rng.randint(1, 28):02d}\n'
        text = rows + '\n' + text
    if c.fault and not c.planted:
        raise SystemExit(f'{case["id"]}: fault {c.fault} not planted')
    return text

RULE = {'rate': 'consistent-rate', 'total': 'consistent-total', 'law': 'valid-law-title', 'fullwidth': 'require-fullwidth-punctuation',
        'unpaired': 'no-unpaired-punctuation', 'goal': 'no-outdated-goal-formula', 'placeholder': 'no-placeholder',
        'sensitive': 'no-sensitive-data', 'planyear': 'require-next-year-plan', 'noyear': 'require-next-year-plan',
        'headyear': 'consistent-year', 'openyear': 'consistent-year', 'earlydate': 'consistent-year', 'late': 'no-late-publication',
        'nodutypart': 'require-sections', 'noshort': 'require-sections', 'numbering': 'consistent-numbering',
        'itemgap': 'consistent-numbering'}
DESC = {'rate': 'a rate that does not follow from its counts', 'total': 'parts or a change that disagree with the total',
        'law': 'a national title misnamed', 'fullwidth': '顿号 between adjacent titles', 'unpaired': 'a 》 left out',
        'goal': 'the 2015 goal formula in a 2021+ report', 'placeholder': 'X left for a count', 'sensitive': 'a mobile number',
        'planyear': 'the plan headed with the report year', 'noyear': 'the plan names no year (下一步)',
        'headyear': 'the look-back heading names last year', 'openyear': 'the opening names last year',
        'earlydate': 'dated in November of the report year', 'late': 'published after 1 April',
        'nodutypart': 'no 第一责任人 part', 'noshort': 'no 不足 part', 'numbering': '（一）（三）: （二） skipped',
        'itemgap': '一是 二是 四是'}

LAYOUTS = ['std', 'deep', 'arabic', 'part', 'runin', 'yishi', 'duty_first', 'yishi', 'std', 'deep']
WRAP = ['plain', 'plain', 'web', 'meta', 'md', 'plain', 'web']
FAULTS = ['rate', 'rate', 'rate', 'total', 'total', 'law', 'law', 'fullwidth', 'unpaired', 'goal', 'placeholder', 'sensitive',
          'planyear', 'noyear', 'headyear', 'openyear', 'earlydate', 'late', 'late', 'nodutypart', 'noshort', 'numbering',
          'itemgap', 'rate', 'total']

# batch 2: written by hand (not by this script) after the first run, on the wording and figures of one published report
# each (figures changed), labelled here before their own first run (first-run-batch2.txt)
def b2(id, ext, src, expect=None, fault=None, layout=''):
    d = {'id': id, 'file': id + ext, 'source': src, 'layout': layout, 'batch': 2}
    if expect: d['expect'] = expect; d['fault'] = fault
    return d
BATCH2 = [
    b2('B01-district-2020', '.txt', SOURCES['jinghai20'], layout='（一）1.2.（二）3.4. numbered through; 更新时间 furniture; 2015 formula in a 2020 report'),
    b2('B02-dept-2021', '.txt', SOURCES['fuling_env'], layout='six parts; two 其中 lists over one total (；其中…); 清理 totals'),
    b2('B03-dept-2025', '.txt', SOURCES['fuxian_fy'], layout='行政复议 outcome shares (占比, 纠错率) over 9 cases; 其中 lists'),
    b2('B04-town-2024', '.txt', SOURCES['yanshan'], layout='rates with no numerator (办结率达95%, 成功率达89%); duty as （三） under part 1'),
    b2('B05-town-2025', '.txt', SOURCES['fuling_town'], layout='full-width-space indents, right-aligned signature, 其中 equal to the total, 2.2万余元'),
    b2('B06-dept-2021', '.txt', SOURCES['zsepb'], layout='second opening paragraph naming last year\'s 考评; a money decline with last year in brackets'),
    b2('B07-town-2024', '.txt', SOURCES['guyong'], layout='metadata list, addressee, no title; 现将…2024年…及2025年度工作思路'),
    b2('B08-dept-2021', '.txt', SOURCES['nmg_env'], layout='provincial department; duty as part 一; nested 〈〉 title; no opening'),
    b2('B09-district-2025', '.md', SOURCES['xialu'], layout='Markdown bold run-in headings; 较上年减少…同比下降 without last year\'s count'),
    b2('B10-town-2024', '.txt', SOURCES['huagong'], 'consistent-rate', '化解率 95.9% for 148/156 (94.9%)', 'web page with 信息来源/发布日期'),
    b2('B11-dept-2025', '.txt', SOURCES['yanta'], 'no-late-publication', 'a department report dated 2026-03-12 (成文日期 and signature)', 'duty part first'),
    b2('B12-county-2023', '.txt', SOURCES['qingshui'], layout='第一部分…第三部分, 一是…五是 in part 1 with the duty in the item\'s body; plan headed 下一步 whose text names 2024'),
    # batch 3: four more by hand for fault kinds batch 1 happened not to plant; labelled before their run (first-run-batch3.txt)
    b2('B13-district-2022', '.txt', SOURCES['lieshan'], 'consistent-total', '较上年的1186件增加165件 (the difference is 156)', 'joint 区委+区政府 signature'),
    b2('B14-dept-2023', '.txt', SOURCES['huagong'], layout='其中 list after an amount (罚没款…万元，其中…案件) summing to the count; 较上年末净增长…增长p%'),
    b2('B15-town-2025', '.txt', SOURCES['tongcheng'], 'consistent-total', '其中 parts with 其他纠纷 summing to 319 over 受理312件', 'topical top-level parts; duty in （一） of part 一'),
    b2('B16-county-2021', '.txt', SOURCES['nanchang'], 'consistent-rate', '同比增长17.6%（上年4386件） for 5316 (21.2%)', 'numbering continued 1.–5. across （一）（二）（三）'),
]

# relabelled after the first run (genuine labelling mistakes only)
RELABEL = {'F43-town-2021': 'relabelled clean after the first run: the generator marked 一是 二是 四是 as planted but wrote no '
           'gap (the topic it chose had two items); the file holds no fault'}

def main():
    rng = random.Random(20)
    cases = []
    n = 84
    fault_slots = set(rng.sample(range(n), len(FAULTS)))
    fq = list(FAULTS); rng.shuffle(fq)
    for i in range(n):
        issuer = i % len(ISSUERS)
        year = [2020, 2021, 2022, 2023, 2024, 2025][(i * 7 + i // 6) % 6]
        layout = LAYOUTS[(i * 5) % len(LAYOUTS)]
        wrapper = WRAP[(i * 3) % len(WRAP)]
        case = {'seed': 1000 + i, 'year': year, 'issuer': issuer, 'layout': layout, 'wrapper': wrapper,
                'indent': i % 3 == 0, 'wraptitle': i % 11 == 4, 'cndate': i % 5 == 2,
                'duty': ['part', 'sub', 'lead', 'part'][i % 4], 'merged': i % 6 == 1}
        if i in fault_slots:
            f = fq.pop()
            case['fault'] = f
            if f in ('late',) and wrapper not in ('web', 'meta'):
                case['wrapper'] = 'web'
            if f in ('earlydate',) and wrapper == 'md':
                case['wrapper'] = 'plain'
            if f == 'goal' and year <= 2020:
                case['year'] = 2023
            if f == 'itemgap':
                case['layout'] = 'yishi'
            if f in ('numbering',) and layout in ('runin', 'yishi'):
                case['layout'] = 'std'
        kind = ISSUERS[issuer][2]
        ext = '.md' if case['wrapper'] == 'md' else '.txt'
        cid = f'{"F" if case.get("fault") else "C"}{i + 1:02d}-{kind}-{case["year"]}'
        case['id'] = cid
        text = None
        # retry seeds until a planted fault lands (figure faults need their sentence picked)
        for t in range(60):
            try:
                text = build(case); break
            except SystemExit:
                case['seed'] += 1000
        if text is None:
            raise SystemExit(cid)
        with open(os.path.join(OUT, cid + ext), 'w', encoding='utf-8') as fh:
            fh.write(text)
        label = {'id': cid, 'duty': case['duty'], 'merged': bool(case['merged']), 'file': cid + ext, 'source': SOURCES[ISSUERS[issuer][5]], 'layout': case['layout'],
                 'wrapper': case['wrapper']}
        if case.get('fault'):
            label['expect'] = RULE[case['fault']]; label['fault'] = DESC[case['fault']]
        cases.append(label)
    cases.extend(BATCH2)
    for label in cases:
        if label['id'] in RELABEL:
            label.pop('expect', None); label.pop('fault', None); label['note'] = RELABEL[label['id']]
    with open(os.path.join(HERE, 'cases.json'), 'w', encoding='utf-8') as fh:
        json.dump(cases, fh, ensure_ascii=False, indent=2); fh.write('\n')
    print(len(cases), sum(1 for c in cases if 'expect' in c))

main()
