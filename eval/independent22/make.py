#!/usr/bin/env python3
"""Writes eval/independent22/cases/* and cases.json.

Whole reports in the genres earlier corpora used least: 垂直管理 offices (税务, 海关, 气象, 消防救援, 邮政管理, 烟草专卖),
开发区/新区/综合保税区 管委会, 市辖区, 自治州/自治县 (民族地区 wording), 省厅, 街道 and 乡, mostly on the year 2025 (published
in 2026, plans for 2026). Each case follows the layout and phrasing of one published report found in the `pages`
search corpus (`source` in cases.json); sentences are written anew and every figure is invented and computed here,
so that a clean case is arithmetically right. Faults are planted by a `fault` switch, one per case, and each case's
label (expected rule, severity class, line) is written before the first run.
"""
import json, os, random, re
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'cases')
os.makedirs(OUT, exist_ok=True)
R = random.Random(2222)

ORD = '一二三四五六七八九十'
CN = '〇一二三四五六七八九'


def cn_year(y):
    return ''.join(CN[int(c)] for c in str(y))


def cn_day(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return '十' + (CN[n % 10] if n % 10 else '')
    return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')


def pct(a, b, d=1):
    if a == b:
        return '100'
    q = Decimal(10) ** -d
    return str((Decimal(a) * 100 / Decimal(b)).quantize(q, rounding=ROUND_HALF_UP))


SRC = {
    'longgang_fire': 'https://www.lg.gov.cn/xxgk/zwgk/fzzfjsndbg/content/post_12613519.html',
    'torch': 'http://www.zs.gov.cn/hjq/zwgk/zcfg/qt/content/post_2590331.html',
    'dongjiang': 'https://www.tjbh.gov.cn/dj/contents/10881/297495.html',
    'zhengdong': 'https://public.zhengdong.gov.cn/D07X/9888987.jhtml',
    'binhaiwan': 'http://bhwxq.dg.gov.cn/zwgk/zfxxgkml/zfxxgkgzndbg/content/post_4491002.html',
    'xinshi': 'http://www.uhdz.gov.cn/zfxxgk/fdzdgknr/6rmrzenm3y/qt2/content_16237',
    'jinping': 'https://www.hhjp.gov.cn/info/34441/387541.htm',
    'pulan': 'https://www.pulan.gov.cn/info/2031/189891.htm',
    'yaoan': 'http://www.yaoan.gov.cn/info/5213/496314.htm',
    'lizi': 'http://www.cqfd.gov.cn/zwgk_200/zfxxgkml/fzzfjsbg/xzjd/202602/t20260210_15418039.html',
    'seni': 'http://www.nqsnq.gov.cn/nqsnq/xqyw/202602/97283190d4f84c58892784d55300ff3b.shtml',
    'zhuji_met': 'https://www.zhuji.gov.cn/art/2025/2/7/art_1229495153_59149337.html',
    'taizhou_met': 'http://www.zjtz.gov.cn/art/2025/1/16/art_1229199489_97496.html',
    'customs': 'http://baike.taxrefund.com.cn/html/fg/2025/03/20250331142809-44776.html',
    'customs22': 'http://www.lncbe.com/index.php/article-fw-354.html',
    'xiling_tax': 'http://59.175.169.166/hbsw/yichang/xxgk/xlq/zfxxgk/zfxxgknb/3241922.html',
    'xiangzhou_tax': 'http://guangdong.chinatax.gov.cn/gdswzz/zhxzsw_xxgknb/2024-01/29/content_b6f30ca8cd9d42babe6e7e770410cab9.shtml',
    'yueyang': 'https://sfj.yueyang.gov.cn/7200/7202/content_2362517.html',
    'zhaoxian': 'http://www.zhaoxian.gov.cn/columns/4bc809b5-2280-4aca-bf79-3796a2d6f737/202601/27/5141831a-497b-4b8e-aa5d-7d12d325d0d6.html',
    'jinghai23': 'http://www.tjjh.gov.cn/jhqzf/zwgk_28985/zfxxgk_qzf1/qzf1/fdzdgknr2/qtfdgkxx2/202403/t20240328_6583952.html',
    'gulou': 'https://www.bjmy.gov.cn/zwgk/zfxxgk/fdzdgknr/qt/202602/t20260213_531006.html',
    'guoyuan': 'https://www.bjmy.gov.cn/zwgk/zfxxgk/fdzdgknr/qt/202602/t20260212_530790.html',
    'beicheng': 'http://xxgk.sxgp.gov.cn/xzjd/gpbcb/fdzdgknr/gzdt/202602/t20260203_2317052.shtml',
    'dazhong': 'http://www.dafeng.gov.cn/art/2026/2/24/art_25005_4405568.html',
    'changyanbao': 'http://www.yanta.gov.cn/xxgk/zdxxgk/fzzfjs/fzjs/2013177503296303105.html',
    'zhongliangshan': 'http://cqjlp.gov.cn/zwgk_251/zfxxgkml_1/fzzfjsndbg/xzjd_65462/zlsjd_65470/202602/t20260205_15385480.html',
    'zhongdu': 'http://www.wenshang.gov.cn/art/2026/1/29/art_61746_2789746.html?xxgkhide=1',
    'dali_tobacco': 'https://dalidaily.dlzrm.cn/202503/26/content_68520.html',
    'bozhou': 'https://www.xjboz.gov.cn/info/3318/154496.htm',
}

# Issuers. kind: tax customs met fire post tobacco zone district ethnic_county ethnic_pref prov_dept street township city
# fields: name in title, self (我局/我区…), unit word for 执法, leaders, addressee, source key
ISS = {
    'nanhai_tax': dict(name='国家税务总局佛山市南海区税务局', self='我局', whole='全局', kind='tax', lead='局党委书记、局长',
                       body='局党委', addr='', src='xiangzhou_tax'),
    'xiling_tax': dict(name='国家税务总局宜昌市西陵区税务局', self='我局', whole='全局', kind='tax', lead='局党委书记、局长',
                       body='局党委', addr='西陵区委、区政府，国家税务总局宜昌市税务局：', src='xiling_tax'),
    'jiaxing_tax': dict(name='国家税务总局嘉兴市税务局', self='市局', whole='全市税务系统', kind='tax', lead='市局党委书记、局长',
                        body='市局党委', addr='', src='xiangzhou_tax'),
    'jinling_cus': dict(name='金陵海关', self='本关', whole='全关', kind='customs', lead='关党委书记、关长', body='关党委',
                        addr='', src='customs'),
    'huangpu_cus': dict(name='黄埔海关', self='本关', whole='全关', kind='customs', lead='关党委书记、关长', body='关党委',
                        addr='', src='customs22'),
    'zhuji_met': dict(name='诸暨市气象局', self='我局', whole='全局', kind='met', lead='局党组书记、局长', body='局党组',
                      addr='', src='zhuji_met'),
    'taizhou_met': dict(name='台州市气象局', self='市局', whole='全市气象部门', kind='met', lead='局党组书记、局长',
                        body='局党组', addr='', src='taizhou_met'),
    'longgang_fire': dict(name='深圳市龙岗区消防救援局', self='我局', whole='全局', kind='fire', lead='局党委书记、局长',
                          body='局党委', addr='', src='longgang_fire'),
    'dali_fire': dict(name='大理州消防救援支队', self='支队', whole='全支队', kind='fire', lead='支队党委书记、支队长',
                      body='支队党委', addr='', src='longgang_fire'),
    'shaoxing_post': dict(name='绍兴市邮政管理局', self='我局', whole='全局', kind='post', lead='局党组书记、局长',
                          body='局党组', addr='', src='taizhou_met'),
    'dali_tobacco': dict(name='大理州烟草专卖局', self='我局', whole='全州烟草系统', kind='tobacco', lead='局党组书记、局长',
                         body='局党组', addr='', src='dali_tobacco'),
    'torch': dict(name='火炬高新区（中山港街道）', self='我区', whole='全区', kind='zone', lead='区党工委、管委会主要负责同志',
                  body='区党工委', addr='', src='torch'),
    'zhengdong': dict(name='郑东新区', self='我区', whole='全区', kind='zone', lead='新区党工委书记、管委会主任',
                      body='新区党工委', addr='', src='zhengdong'),
    'dongjiang': dict(name='东疆综合保税区', self='综保区', whole='全区', kind='zone', lead='综保区党组书记、主任',
                      body='综保区党组', addr='', src='dongjiang'),
    'binhaiwan': dict(name='东莞滨海湾新区', self='新区', whole='新区', kind='zone', lead='新区党工委书记、管委会主任',
                      body='新区党工委', addr='', src='binhaiwan'),
    'jinghai': dict(name='静海区', self='我区', whole='全区', kind='district', lead='区政府主要负责同志', body='区政府党组',
                    addr='区委、区人大常委会：', src='jinghai23'),
    'seni': dict(name='那曲市色尼区', self='我区', whole='全区', kind='ethnic_district', lead='区委书记、区长',
                 body='区委常委会', addr='', src='seni'),
    'xinshi': dict(name='高新区（新市区）人民政府', self='区政府', whole='全区', kind='district', lead='区政府主要负责同志',
                   body='区政府党组', addr='', src='xinshi'),
    'jinping': dict(name='金平苗族瑶族傣族自治县', self='我县', whole='全县', kind='ethnic_county', lead='县委书记、县长',
                    body='县委常委会', addr='中共红河州委、红河州人民政府：', src='jinping'),
    'bozhou': dict(name='博尔塔拉蒙古自治州人民政府', self='州人民政府', whole='全州', kind='ethnic_pref',
                   lead='州人民政府主要负责同志', body='州人民政府党组', addr='自治州党委、自治州人大常委会：', src='bozhou'),
    'pulan': dict(name='普兰县', self='县人民政府', whole='全县', kind='ethnic_county', lead='县委书记、县长',
                  body='县政府党组', addr='', src='pulan'),
    'yaoan': dict(name='姚安县', self='我县', whole='全县', kind='county', lead='县委、县政府主要负责同志', body='县委常委会',
                  addr='楚雄州委、州人民政府：', src='yaoan'),
    'yueyang': dict(name='岳阳市人民政府', self='市政府', whole='全市', kind='city', lead='市政府主要负责同志',
                    body='市政府党组', addr='省委、省人民政府：', src='yueyang'),
    'zhaoxian': dict(name='赵县人民政府', self='县政府', whole='全县', kind='county', lead='县政府主要负责同志',
                     body='县政府党组', addr='', src='zhaoxian'),
    'hn_transport': dict(name='湖南省交通运输厅', self='我厅', whole='全省交通运输系统', kind='prov_dept',
                         lead='厅党组书记、厅长', body='厅党组', addr='省委、省人民政府：', src='yueyang'),
    'yn_ethnic': dict(name='云南省民族宗教事务委员会', self='省民族宗教委', whole='全省民族宗教系统', kind='prov_dept',
                      lead='委党组书记、主任', body='委党组', addr='', src='yaoan'),
    'gulou': dict(name='鼓楼街道办事处', self='街道', whole='全街道', kind='street', lead='街道党工委书记、办事处主任',
                  body='街道党工委', addr='', src='gulou'),
    'changyanbao': dict(name='长延堡街道', self='街道', whole='全街道', kind='street', lead='街道党工委书记、办事处主任',
                        body='街道党工委', addr='', src='changyanbao'),
    'zhongliangshan': dict(name='中梁山街道', self='街道', whole='全街道', kind='street', lead='街道党工委书记、办事处主任',
                           body='街道党工委', addr='', src='zhongliangshan'),
    'lizi': dict(name='丰都县栗子乡人民政府', self='我乡', whole='全乡', kind='township', lead='乡党委书记、乡长',
                 body='乡党委', addr='', src='lizi'),
}

# --------------------------------------------------------------------------------------------------------------
# figure sentences (exact arithmetic)


def fig_review(iss, f):
    """行政复议 / 诉讼 with a rate."""
    n = R.randint(12, 240)
    m = n - R.randint(0, max(1, n // 8))
    d = R.choice([1, 2])
    r = pct(m, n, d)
    if f == 'rate':
        # the drafter typed the rate of last year's report
        r2 = Decimal(r) - Decimal(R.choice(['2.3', '4.1', '3.6']))
        r = str(r2.quantize(Decimal(10) ** -d))
    lit = R.randint(3, 30)
    word = {'tax': '税务行政复议', 'customs': '海关行政复议'}.get(iss['kind'], '行政复议')
    return (f'全年受理{word}申请{n}件，审结{m}件，审结率{r}%；办理行政诉讼案件{lit}件，'
            f'行政机关负责人出庭应诉{lit}件，出庭应诉率100%。')


def fig_enforce(iss, f):
    k = iss['kind']
    a = R.randint(20, 400)
    b = R.randint(10, 200)
    total = a + b
    if k == 'tax':
        s = (f'全年查办税务稽查案件{total}件，其中一般程序案件{a}件、简易程序案件{b}件；'
             f'对{R.randint(200, 900)}户次首次轻微违法纳税人依法不予处罚，“首违不罚”清单事项全部落实。')
    elif k == 'customs':
        s = (f'全年立案查发走私违规案件{total}起，其中走私行为案件{a}起、违反海关监管规定案件{b}起，'
             f'案值{R.randint(2, 90)}.{R.randint(1, 9)}亿元。')
    elif k == 'met':
        a, b = R.randint(60, 200), R.randint(5, 40)
        total = a + b
        s = (f'全年开展防雷安全检查{total}家次，其中易燃易爆场所{a}家次、人员密集场所{b}家次，'
             f'办理施放无人驾驶自由气球审批{R.randint(10, 60)}件，审批均在承诺时限内办结。')
    elif k == 'fire':
        s = (f'全年检查社会单位{R.randint(2000, 9000)}家次，立案查处消防违法行为{total}起，其中责令“三停”{b}起、'
             f'罚款处罚{a}起。')
    elif k == 'post':
        a, b = R.randint(30, 120), R.randint(5, 40)
        total = a + b
        s = f'全年开展寄递安全执法检查{R.randint(300, 900)}家次，立案查处违法行为{total}起，其中快递企业{a}起、邮政企业{b}起。'
    elif k == 'tobacco':
        s = (f'全年查处涉烟违法案件{total}起，其中无证经营案件{a}起、销售假冒卷烟案件{b}起，'
             f'查获违法卷烟{R.randint(100, 900)}万支。')
    else:
        s = f'全年办理行政处罚案件{total}件，其中简易程序{b}件、普通程序{a}件，罚没款{R.randint(100, 900)}.{R.randint(10, 99)}万元。'
    if f == 'total':
        # the parts of the 其中 list exceed the total
        s = s.replace(f'{total}', f'{total - R.randint(9, 30)}', 1)
    return s


def fig_decision(iss, f):
    a, b, c = R.randint(8, 60), R.randint(20, 160), R.randint(3, 30)
    tot = a + b + c
    if f == 'sum':
        tot += R.choice([10, 12, 20])
    return (f'全年共审查规范性文件、行政合同和重大决策事项{tot}件，其中规范性文件{a}件、行政合同{b}件、'
            f'其他事项{c}件，提出修改意见{R.randint(60, 400)}条，未经合法性审查不上会。')


def fig_growth(iss, f):
    last = R.randint(80, 600)
    g = R.choice([Decimal('0.05'), Decimal('0.08'), Decimal('0.12'), Decimal('0.15'), Decimal('0.25')])
    now = int((Decimal(last) * (1 + g)).to_integral_value(ROUND_HALF_UP))
    r = pct(now - last, last, 1)
    if f == 'growth':
        r = str(Decimal(r) + Decimal('6.0'))
    what = {'tax': '纳税人缴费人诉求', 'customs': '企业政策咨询和诉求', 'met': '气象服务诉求', 'fire': '消防安全投诉举报',
            'post': '邮政业用户申诉', 'tobacco': '零售客户诉求'}.get(iss['kind'], '12345热线工单')
    done = now - R.randint(0, 3)
    return (f'全年受理{what}{now}件，较上年的{last}件增长{r}%，办结{done}件，'
            f'办结率{pct(done, now, 2)}%。')


def fig_points(iss, f):
    a = Decimal(R.randint(700, 880)) / 10
    b = a + Decimal(R.randint(15, 90)) / 10
    if b > 100:
        b = Decimal('99.6')
    c = b - a
    if f == 'points':
        c = c + Decimal('1.0')
    what = {'tax': '电子税务局业务网上办理率', 'customs': '进口货物“提前申报”比例', 'met': '气象行政许可网上办理率',
            'fire': '消防审批事项网办率', 'post': '快递企业合规经营率', 'tobacco': '零售户持证规范率'}.get(
        iss['kind'], '政务服务事项全程网办率')
    return f'{what}由上年的{a}%提高到{b}%，提高{c}个百分点。'


def fig_mediation(iss, f):
    n = R.randint(120, 900)
    m = n - R.randint(2, max(3, n // 20))
    d = R.choice([1, 2])
    r = pct(m, n, d)
    if f == 'over100':
        r = '101.' + '3' * d if d else '102'
        return f'全年排查矛盾纠纷{n}件，成功化解{n}件，化解率{r}%。'
    return f'全年排查化解各类矛盾纠纷{n}件，成功化解{m}件，化解率{r}%，未发生因调处不当引发的极端事件。'


def fig_training(iss, f):
    n = R.randint(30, 300)
    t = R.choice([24, 30, 40, 60])
    return (f'组织{n}名执法人员参加执法资格和业务轮训，累计{n * t}学时，人均{t}学时，'
            f'执法证件持证率保持100%。')


def fig_table_rows(f):
    rows = []
    for name in ['行政复议收案（件）', '行政诉讼应诉（件）', '规范性文件审查（件）', '法律顾问审核合同（份）']:
        last = R.randint(40, 400)
        g = Decimal(R.randint(-150, 300)) / 1000
        now = int((Decimal(last) * (1 + g)).to_integral_value(ROUND_HALF_UP))
        r = pct(now - last, last, 1) if now != last else '0.0'
        rows.append([name, last, now, r])
    if f == 'table':
        rows[1][3] = str(Decimal(rows[1][3]) + Decimal('5.0'))
    return rows


# --------------------------------------------------------------------------------------------------------------
# topical paragraphs per kind


def laws_for(kind):
    return {
        'tax': ['《中华人民共和国税收征收管理法》', '《中华人民共和国发票管理办法》'],
        'customs': ['《中华人民共和国海关法》', '《中华人民共和国关税法》'],
        'met': ['《中华人民共和国气象法》', '《气象灾害防御条例》'],
        'fire': ['《中华人民共和国消防法》', '《中华人民共和国安全生产法》'],
        'post': ['《中华人民共和国邮政法》', '《快递暂行条例》'],
        'tobacco': ['《中华人民共和国烟草专卖法》', '《中华人民共和国行政处罚法》'],
        'zone': ['《优化营商环境条例》', '《保障中小企业款项支付条例》'],
        'ethnic_county': ['《中华人民共和国民族区域自治法》', '《中华人民共和国国家通用语言文字法》'],
        'ethnic_pref': ['《中华人民共和国民族区域自治法》', '《中华人民共和国行政复议法》'],
        'ethnic_district': ['《中华人民共和国民族区域自治法》', '《中华人民共和国行政复议法》'],
    }.get(kind, ['《中华人民共和国行政复议法》', '《中华人民共和国行政处罚法》'])


def p_study(iss, y, f):
    l1, l2 = laws_for(iss['kind'])
    n, m = R.randint(6, 20), R.randint(3, 12)
    title_pair = f'{l1}{l2}'
    if f == 'series':
        title_pair = f'{l1}、{l2}'
    if f == 'unclosed_title':
        title_pair = f'{l1}{l2[:-1]}'
    goal = '职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意'
    if f == 'goal':
        goal = '职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信'
    return (f'{iss["body"]}把学习贯彻习近平法治思想作为首要政治任务，全年开展理论学习中心组法治专题学习{n}次，'
            f'组织会前学法{m}次，重点学习{title_pair}等法律法规，推动建设{goal}的法治政府。')


def p_kind(iss, y, f):
    k = iss['kind']
    if k == 'tax':
        return ('深化税收征管改革，推进精确执法、精细服务、精准监管、精诚共治，落实“枫桥式”税务分局建设要求，'
                '涉税争议在基层就地化解，依法保障纳税人缴费人合法权益。')
    if k == 'customs':
        return ('坚持“监管到位、通关便利”，持续优化口岸营商环境，推广“两步申报”“提前申报”等通关模式，'
                '对企业开展稽核查和主动披露辅导，对主动披露且及时纠正的违规行为依法从轻、减轻或不予处罚。')
    if k == 'met':
        return ('落实防雷安全监管责任，公布防雷安全重点单位名单，推进“双随机、一公开”监管全覆盖，'
                '依托气象灾害预警发布平台做好预警信息发布管理，确保预警信息发布主体和程序合法。')
    if k == 'fire':
        return ('深化消防执法改革，推行“双随机、一公开”与信用监管相结合，规范执法全过程记录，'
                '对轻微消防违法行为推行“首违不罚”和柔性执法，做到宽严相济、法理相融。')
    if k == 'post':
        return ('聚焦寄递渠道安全，落实收寄验视、实名收寄、过机安检“三项制度”，完善与公安、国家安全等部门的联合执法机制，'
                '推动快递企业依法规范经营。')
    if k == 'tobacco':
        return ('强化部门协作，与公安、市场监管、邮政管理等部门构建联合监管机制，聚焦重点区域和寄递渠道开展高频次检查，'
                '依托数据分析提升案件查办精准度。')
    if k == 'zone':
        return ('以营商环境改革试点为牵引，推行相对集中行政许可权改革，建成企业服务法律联络点，为驻区企业提供“一站式”法律服务，'
                '深化“高效办成一件事”，涉企审批事项实现“一窗受理、集成服务”。')
    if k.startswith('ethnic'):
        return ('坚持以铸牢中华民族共同体意识为主线，把民族团结进步创建与法治建设同部署、同推进，'
                '组建国家通用语言和民族语言“双语”普法宣讲队，深入村寨、寺庙、学校开展法治宣讲，依法管理民族事务。')
    if k == 'prov_dept':
        return ('完善行业法规制度体系，推动地方性法规、政府规章的立改废释，组织开展规范性文件专项清理，'
                '对妨碍统一市场和公平竞争的政策措施逐件评估，该废止的废止、该修改的修改。')
    if k in ('street', 'township'):
        return ('推进综合行政执法改革落地，明确赋权事项清单和执法流程，司法所全程参与重大决策合法性审查，'
                '村（社区）法律顾问实现全覆盖，“法律明白人”参与矛盾纠纷排查。')
    return ('全面推行权责清单制度，动态调整政府部门权责事项，严格执行重大行政决策程序，年初公布重大行政决策事项目录，'
            '落实公众参与、专家论证、风险评估、合法性审查和集体讨论决定法定程序。')


def p_duty(iss, y, style):
    lead = iss['lead']
    n, m = R.randint(3, 12), R.randint(1, 4)
    if style == 'item':
        return (f'一是切实履行推进法治建设第一责任人职责。{lead}带头尊法学法守法用法，主持召开专题会议{n}次研究法治建设重大事项，'
                f'年终向上级述法{m}次，做到重要工作亲自部署、重大问题亲自过问。')
    v = R.randint(0, 2)
    if v == 1:
        return (f'{lead}切实扛牢推进法治建设第一责任人职责，把法治建设纳入年度工作要点统筹谋划，全年{n}次在{iss["body"]}会议上'
                f'听取法治建设工作汇报，带头参加旁听庭审和年度述法，{m}次深入基层调研依法行政工作，推动法治建设与中心工作同部署、同推进、同考核。')
    if v == 2:
        return (f'{lead}严格执行《党政主要负责人履行推进法治建设第一责任人职责规定》，带头履行推进法治建设第一责任人职责，'
                f'全年主持研究法治建设重要事项{n}项，带头讲法治课{m}次，对重大执法决定法制审核、行政复议应诉等工作亲自过问、亲自督办。')
    return (f'{lead}认真履行推进法治建设第一责任人职责，全年主持召开会议{n}次专题研究法治建设工作，'
            f'带头讲授法治课{m}次，对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办，'
            f'将履行推进法治建设第一责任人职责情况列入年终述职内容。')


def p_problems(iss):
    v = R.randint(0, 2)
    if v == 1:
        return ['一是法治队伍建设仍有短板，具有法律职业资格的专业人员占比不高，公职律师作用发挥不够充分。',
                '二是执法监督方式还比较单一，信息化监督手段运用不足，对基层执法的指导还不够精细。',
                '三是普法宣传针对性不强，面向企业和群众的精准普法还需加强。']
    if v == 2:
        return ['一是对照高水平法治政府建设要求，依法决策的规范化程度还需提高，个别事项论证评估不够充分。',
                '二是行政执法人员能力素质与新形势新任务相比仍有差距，新法新规培训覆盖面不够广。',
                '三是矛盾纠纷源头预防和前端化解机制还需完善。']
    return [
        '一是运用法治思维和法治方式推动工作的能力还有差距，部分干部对新修订法律法规学习不够深入。',
        '二是执法规范化水平仍需提升，执法文书制作、证据收集等环节还存在不够严谨的情况。',
        '三是法治宣传的针对性和实效性有待增强，普法形式创新不足。',
    ]


def p_plan(iss, ny, f, items=True):
    lead_year = f'{ny}年，'
    if f == 'plan_year':
        lead_year = f'{ny - 1}年，'
    if f == 'plan_noyear':
        lead_year = '下一步，'
    first = (f'{lead_year}{iss["self"]}将坚持以习近平法治思想为指导，围绕“十五五”开局之年目标任务，'
             f'持续推进法治政府建设。' if ny == 2026 else
             f'{lead_year}{iss["self"]}将坚持以习近平法治思想为指导，持续推进法治政府建设各项任务落地见效。')
    its = [
        '一是深化学习宣传贯彻习近平法治思想，健全领导干部学法用法长效机制。',
        '二是持续规范行政执法行为，全面落实行政执法“三项制度”，推进严格规范公正文明执法。',
        '三是强化行政权力制约监督，认真办理行政复议和应诉案件，推动行政争议实质性化解。',
        '四是深入开展法治宣传教育，提升普法工作的针对性和实效性。',
    ]
    return [first] + (its if items else [])


# --------------------------------------------------------------------------------------------------------------
# wrappers


def d(y, m, dd):
    return f'{y}-{m:02d}-{dd:02d}'


def wrap(style, iss, title, body_lines, y, f):
    """Returns lines. The report's dates: 成文 in Jan/Feb of y+1, 发布 up to mid March."""
    ny = y + 1
    m1, d1 = R.choice([(1, R.randint(6, 30)), (2, R.randint(1, 27))])
    m2, d2 = (m1, min(28, d1 + R.randint(1, 20))) if m1 == 1 else (R.choice([2, 3]), R.randint(1, 28))
    if m2 == 2 and d2 < d1:
        d2 = min(28, d1 + 1)
    cy, cm, cd = ny, m1, d1
    py, pm, pd = ny, m2, d2
    if f == 'late_pub':
        pm, pd = 4, R.randint(10, 28)
    if f == 'late_written':
        cm, cd = 3, R.randint(12, 28)
        pm, pd = 3, min(31, cd + 2)
    if f == 'early_date':
        cy, cm, cd = y, 11, R.randint(3, 25)
        py, pm, pd = y, 11, min(30, cd + 3)
    written = d(cy, cm, cd)
    pub = d(py, pm, pd)
    sig_date = f'{cy}年{cm}月{cd}日'
    idx = f'{R.randint(10000000, 99999999)}/{ny}-{R.randint(10, 999):05d}'
    L = []
    if style == 'meta_bracket':
        L += ['您当前所在位置：首页>政务公开>法治政府建设报告',
              f'[ 索引号 ] {idx} [ 发文字号 ]',
              '[ 主题分类 ] 公安、安全、司法、法制 [ 体裁分类 ] 工作报告',
              f'[ 发布机构 ] {iss["name"]} [ 有效性 ]',
              f'[ 成文日期 ] {written} [ 发布日期 ] {pub}', '', title, '']
    elif style == 'meta_list':
        L += [f'- 索引号：{idx}', '- 发文字号：', f'- 发文机构：{iss["name"]}', f'- 名　　称：{title}', '- 公文时效：',
              f'- 发布日期：{pub}', title, '']
    elif style == 'meta_inline':
        L += ['当前位置：首页 > 政务公开 > 政府信息公开目录 > 法治政府建设年度报告',
              f'索引号：{idx} 公开方式：主动公开', f'发布机构：{iss["name"]} 成文日期：{written}', title,
              f'信息来源：{iss["name"]} 发布时间：{pub} 10:31 浏览次数：', '']
    elif style == 'meta_table':
        L += [f'| 索引号 | {idx} | 发布机构 | {iss["name"]} |', '| --- | --- | --- | --- |',
              f'| 成文日期 | {written} | 发布日期 | {pub} |', f'| 标题 | {title} | 文号 | |', '', title, '']
    elif style == 'meta_vertical':
        L += ['信息索引号', idx, '发布机构', iss['name'], '成文日期', written, '发布日期', pub, '', title, '']
    elif style == 'web_bullets':
        L += ['当前位置： 首页 > 信息公开 > 法治政府建设年度报告', '', title, '', f'  • 发布时间： {pub}',
              f'  • 来源： {iss["name"]}', '  • 浏览次数： -', '  • 【字体：大 中 小】', '']
    elif style == 'web_plain':
        L += [f'{iss["name"]} > 政务公开 > 其他文件', '', title, f'信息来源：本网 发布日期：{pub}', '']
    elif style == 'docno':
        L += [f'{R.choice(["署党发", "府报", "政报", "党发"])}〔{ny}〕{R.randint(2, 30)}号', '', title, '']
    elif style == 'wrapped':
        cut = title.index('法治政府建设') + 6 if '法治政府建设' in title else len(title) // 2
        L += [title[:cut], title[cut:], '']
    elif style == 'md':
        L += [f'# {title}', '', f'> 发布日期：{pub}　来源：{iss["name"]}', '']
    else:
        L += [title, '']
    if iss['addr'] and style in ('docno', 'plain', 'wrapped'):
        L += [iss['addr']]
    L += body_lines
    L += ['']
    signer = iss['name'] if not iss['name'].startswith('国家税务总局') else iss['name']
    if style in ('docno', 'plain', 'wrapped', 'meta_list', 'meta_vertical'):
        if R.random() < 0.35:
            L += [signer, f'{cn_year(cy)}年{cn_day(cm)}月{cn_day(cd)}日']
        else:
            L += [signer, sig_date]
    if style.startswith('web'):
        L += ['', '上一篇：关于公布行政执法典型案例的通知', '下一篇：2025年政府信息公开工作年度报告' if y == 2025 else
              '下一篇：政府信息公开工作年度报告']
    return L, dict(written=written, pub=pub)


# --------------------------------------------------------------------------------------------------------------
# structures


def H(style_md, level, text):
    if style_md:
        return '#' * (level + 1) + ' ' + text
    return text


def report(iss, y, layout, f, md=False, long=False, annex=False):
    """Body lines and the index of the faulty line (relative to body)."""
    ny = y + 1
    Lb = []
    mark = {}
    opening_year = y if f != 'opening_year' else y - 1
    op = (f'{opening_year}年，{iss["self"]}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，'
          f'全面落实{"党中央、国务院" if iss["kind"] in ("customs",) else "上级"}关于法治政府建设的决策部署，'
          f'扎实推进依法行政，各项工作取得新成效。现将有关情况报告如下：')
    if iss['kind'].startswith('ethnic') and R.random() < 0.6:
        op = (f'{opening_year}年，在上级党委、政府的坚强领导下，{iss["self"]}坚持以铸牢中华民族共同体意识为主线，'
              f'深入学习贯彻习近平法治思想，统筹推进依法行政和民族团结进步事业。现将{opening_year}年度法治政府建设情况报告如下：')
    elif iss['kind'] == 'zone' and R.random() < 0.6:
        op = (f'{opening_year}年，{iss["self"]}紧紧围绕党工委、管委会中心工作，以法治化营商环境建设为牵引，'
              f'切实履行推进法治政府建设职责，各项工作取得积极进展。现将全年工作情况报告如下：')
    elif y == 2025 and R.random() < 0.5:
        op = (f'{opening_year}年是“十四五”规划收官之年，也是《法治政府建设实施纲要（2021—2025年）》的收官之年。'
              f'{iss["self"]}坚持以习近平法治思想为指导，统筹推进依法行政各项工作。现将{opening_year}年度法治政府建设情况报告如下：')
    if f == 'wrong_years':
        op = (f'{y}年，{iss["self"]}以贯彻落实《法治政府建设实施纲要（2020—2025年）》为主线，'
              f'深入推进依法行政。现将有关情况报告如下：')
        mark['fault'] = 0
    Lb.append(op)
    if f == 'opening_year':
        mark['fault'] = 0

    lookback_year = y if f != 'heading_year' else y - 1
    dutyf = f != 'no_duty'
    # figure paragraphs
    figs = [fig_review(iss, 'rate' if f == 'rate' else ''),
            fig_enforce(iss, 'total' if f == 'total' else ''),
            fig_decision(iss, 'sum' if f == 'sum' else ''),
            fig_growth(iss, 'growth' if f == 'growth' else ''),
            fig_points(iss, 'points' if f == 'points' else ''),
            fig_mediation(iss, 'over100' if f == 'over100' else ''),
            fig_training(iss, '')]
    fault_fig = {'rate': 0, 'total': 1, 'sum': 2, 'growth': 3, 'points': 4, 'over100': 5}.get(f)

    topics = [('深学笃行习近平法治思想，筑牢法治建设思想根基', [p_study(iss, y, f)]),
              ('依法全面履行职能，持续优化法治化营商环境', [p_kind(iss, y, f), figs[3], figs[4]]),
              ('严格规范公正文明执法，提升执法质效', [figs[1], figs[6]]),
              ('健全依法决策机制，推进决策科学化民主化法治化', [figs[2]]),
              ('强化权力制约监督，依法化解矛盾纠纷', [figs[0], figs[5]])]
    fault_topic = {0: 4, 1: 2, 2: 3, 3: 1, 4: 1, 5: 4}.get(fault_fig)
    if f in ('series', 'unclosed_title', 'goal'):
        fault_topic = 0
    R.shuffle(topics[1:]) if False else None

    if f == 'placeholder':
        topics[2][1][0] = topics[2][1][0].replace('全年', '全年共组织专项执法行动XX次，', 1)
        fault_topic = 2
    if f == 'placeholder_star':
        topics[3][1][0] = topics[3][1][0] + '全年召开法律顾问联席会议*次。'
        fault_topic = 3
    if f == 'mobile':
        topics[4][1].append('设立法治服务联系点，群众可拨打联络员电话13' + str(R.randint(100000000, 999999999)) + '咨询。')
        fault_topic = 4
    if f == 'halfwidth':
        topics[2][1][0] = topics[2][1][0].replace('，', ',', 1)
        fault_topic = 2
    if f == 'unclosed_quote':
        topics[1][1][0] = topics[1][1][0].replace('“', '“', 1).replace('”', '', 1)
        fault_topic = 1
    if f == 'repealed':
        topics[0][1][0] = topics[0][1][0].replace('等法律法规', '《信访条例》等法律法规')
        fault_topic = 0
    if f == 'misnamed':
        topics[4][1].insert(0, '严格执行《中华人民共和国行政复议条例》，畅通行政复议渠道，发挥行政复议化解行政争议主渠道作用。')
        fault_topic = 4

    duty_text = p_duty(iss, y, 'sub')
    head1 = f'一、{lookback_year}年推进法治政府建设的主要举措和成效'
    parts = []  # (heading, [subsections (heading, paras)], paras)

    def subs_numbered(tops, deep=False):
        out = []
        for i, (h, ps) in enumerate(tops):
            sh = f'（{ORD[i]}）{h}'
            if deep:
                lines = []
                sub_names = ['压实工作责任', '细化工作举措', '强化结果运用']
                if len(ps) == 1:
                    lines.append(f'1.{sub_names[i % 3]}')
                    lines.append(f'（1）{ps[0]}')
                    lines.append('（2）建立工作台账，实行清单化管理、项目化推进，按季度通报进展情况。')
                else:
                    for j, p in enumerate(ps):
                        lines.append(f'{j + 1}.{["聚焦重点任务", "夯实工作基础", "提升工作质效"][j % 3]}')
                        lines.append(f'（1）{p}')
                        lines.append(f'（2）{["完善配套制度，做到有章可循。", "强化督促检查，推动问题整改到位。", "总结推广经验做法，形成可复制的工作机制。"][(i + j) % 3]}')
                out.append((sh, lines))
            else:
                out.append((sh, ps))
        return out

    if layout == 'std5':
        parts.append((head1, subs_numbered(topics, deep=long)))
        if dutyf:
            parts.append((f'二、{lookback_year}年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
                          [], [duty_text]))
        parts.append((f'{"三" if dutyf else "二"}、{lookback_year}年度推进法治政府建设存在的不足和原因', [],
                      p_problems(iss) + ['究其原因，主要是学习培训的系统性不够，制度执行的刚性约束还需加强。']))
        plan_h = f'{"四" if dutyf else "三"}、{ny}年度推进法治政府建设的主要安排'
        if f == 'plan_year':
            plan_h = f'{"四" if dutyf else "三"}、{y}年度推进法治政府建设的主要安排'
        if f == 'plan_noyear':
            plan_h = f'{"四" if dutyf else "三"}、下一步工作安排'
        parts.append((plan_h, [], p_plan(iss, ny, '' if f == 'plan_year' else f)))
        parts.append((f'{"五" if dutyf else "四"}、其他需要报告的情况', [], [R.choice([
            '无。', f'{y}年，{iss["self"]}积极配合上级法治督察，对反馈的问题建立整改台账，已全部整改到位。',
            '本年度无其他需要报告的事项。'])]))
    elif layout == 'duty_first':
        if dutyf:
            parts.append((f'一、{iss["lead"].replace("、", "")}履行推进法治建设第一责任人职责情况' if '主要负责同志' in iss['lead']
                          else '一、党政主要负责人履行推进法治建设第一责任人职责情况', [], [duty_text]))
        n0 = 1 if dutyf else 0
        parts.append((f'{ORD[n0]}、{lookback_year}年推进法治政府建设的主要举措和成效', subs_numbered(topics, deep=long)))
        parts.append((f'{ORD[n0 + 1]}、存在的不足和原因', [], p_problems(iss)))
        ph = f'{ORD[n0 + 2]}、{ny}年推进法治政府建设的主要安排'
        if f == 'plan_year':
            ph = f'{ORD[n0 + 2]}、{y}年推进法治政府建设的主要安排'
        parts.append((ph, [], p_plan(iss, ny, '' if f == 'plan_year' else f)))
        if f != 'noplan':
            pass
        parts.append((f'{ORD[n0 + 3]}、其他需要报告的情况',
                      [], [f'{y}年，{iss["self"]}未发生因违法行政被追究责任的情况。']))
    elif layout == 'topical':
        # topical top-level parts, duty as a sub-heading of the first, merged problems+plan
        tops = topics[:]
        first = [('（一）主要负责同志履行推进法治建设第一责任人职责', [duty_text])] if dutyf else []
        first += [(f'（{ORD[len(first)]}）{tops[0][0]}', tops[0][1])]
        parts.append(('一、坚持高位引领，法治建设统筹推进', first))
        for i, (h, ps) in enumerate(tops[1:]):
            parts.append((f'{ORD[i + 1]}、{h}', [], ps))
        k = len(tops)
        mh = f'{ORD[k]}、存在的问题及{ny}年工作打算'
        if f == 'plan_year':
            mh = f'{ORD[k]}、存在的问题及{y}年工作打算'
        if f == 'no_problems':
            mh = f'{ORD[k]}、{ny}年工作打算'
        body = ([] if f == 'no_problems' else
                [f'{y}年，{iss["self"]}法治政府建设虽取得一定成效，但仍存在一些不足：部分执法人员业务能力有待提升，'
                 f'法治宣传覆盖面还不够广。'])
        body += p_plan(iss, ny, '' if f == 'plan_year' else f, items=True)
        parts.append((mh, [], body))
    elif layout == 'items':
        # 一、工作开展情况 with 一是 items, duty as an item lead; unusual part names
        ps = []
        if dutyf:
            ps.append(p_duty(iss, y, 'item'))
        n = len(ps)
        for i, (h, pp) in enumerate(topics):
            ps.append(f'{ORD[n + i]}是{h.split("，")[0]}。' + ''.join(pp))
        parts.append((f'一、{lookback_year}年工作开展情况', [], ps))
        parts.append(('二、短板弱项', [], ['对照上级要求，' + iss['self'] + '法治建设仍有短板：基层执法力量相对薄弱，'
                                                   '执法监督手段比较单一，干部法治素养与新形势新任务还不完全适应。']))
        ph = f'三、{ny}年工作思路'
        if f == 'plan_year':
            ph = f'三、{y}年工作思路'
        if f == 'plan_noyear':
            ph = '三、下步工作思路'
        parts.append((ph, [], p_plan(iss, ny, '' if f == 'plan_year' else f)))
        parts.append(('四、其他事项', [], ['本年度无其他需要报告的事项。']))
    elif layout == 'parts':
        parts.append(('第一部分　主要工作举措及成效', subs_numbered(topics, deep=long)))
        k = 1
        if dutyf:
            parts.append(('第二部分　主要负责人履行推进法治建设第一责任人职责情况', [], [duty_text]))
            k = 2
        nm = '一二三四五六'
        parts.append((f'第{nm[k]}部分　存在的不足和原因', [], p_problems(iss)))
        ph = f'第{nm[k + 1]}部分　{ny}年工作安排'
        if f == 'plan_year':
            ph = f'第{nm[k + 1]}部分　{y}年工作安排'
        parts.append((ph, [], p_plan(iss, ny, '' if f == 'plan_year' else f)))
        parts.append((f'第{nm[k + 2]}部分　其他需要报告的情况', [], ['无。']))
    elif layout == 'merged6':
        # 一、YYYY年工作情况 (一)...(二)全面落实主要责任人履行… ; 二、存在的问题和下一步工作打算
        subs = []
        for i, (h, pp) in enumerate(topics[:2]):
            subs.append((h, pp))
        if dutyf:
            subs.insert(1, ('全面落实主要负责人履行推进法治建设第一责任人职责', [duty_text]))
        subs += topics[2:]
        subs = [(f'（{ORD[i]}）{h}', pp) for i, (h, pp) in enumerate(subs)]
        parts.append((f'一、{lookback_year}年法治政府建设主要工作情况', subs))
        mh = '二、存在的问题和下一步工作打算'
        body = [] if f == 'no_problems' else ['（一）存在的问题', '一是执法队伍专业化水平仍需提高。二是法治宣传形式还不够丰富。']
        if f == 'no_problems':
            mh = f'二、{ny}年工作打算'
            body += p_plan(iss, ny, f)
        else:
            body += ['（二）下一步工作打算'] + p_plan(iss, ny, '' if f == 'plan_year' else f)
        parts.append((mh, [], body))
        parts.append(('三、其他需要报告的情况', [], ['无。']))
    else:
        raise ValueError(layout)

    if f == 'no_problems' and layout in ('std5', 'duty_first', 'items', 'parts'):
        parts = [p for p in parts if '不足' not in p[0] and '短板' not in p[0]]
        # renumber top-level
        fixed = []
        for i, p in enumerate(parts):
            h = p[0]
            if h.startswith('第'):
                h = f'第{"一二三四五六"[i]}部分' + h[h.index('部分') + 2:]
            else:
                h = ORD[i] + h[1:]
            fixed.append((h,) + tuple(p[1:]))
        parts = fixed
    if f == 'noplan':
        parts = [p for p in parts if not any(w in p[0] for w in ('安排', '打算', '思路'))]
        fixed = []
        for i, p in enumerate(parts):
            h = p[0]
            if h.startswith('第'):
                h = f'第{"一二三四五六"[i]}部分' + h[h.index('部分') + 2:]
            else:
                h = ORD[i] + h[1:]
            fixed.append((h,) + tuple(p[1:]))
        parts = fixed

    # numbering faults on the look-back sub-headings
    if f == 'gap':
        for pi, p in enumerate(parts):
            if len(p) > 1 and p[1] and len(p[1]) >= 4:
                subs = list(p[1])
                h, pp = subs[2]
                subs[2] = ('（四）' + h[3:], pp)
                for j in range(3, len(subs)):
                    h2, pp2 = subs[j]
                    subs[j] = (f'（{ORD[j + 1]}）' + h2[3:], pp2)
                parts[pi] = (p[0], subs) + tuple(p[2:])
                mark['gap_sub'] = (pi, 2)
                break
    if f == 'repeat':
        # repeat an item number in the problems part
        for pi, p in enumerate(parts):
            if len(p) > 2 and p[2] and p[2][0].startswith('一是执法') is False and any(x.startswith('二是执法规范') for x in p[2]):
                pp = list(p[2])
                for j, x in enumerate(pp):
                    if x.startswith('三是法治宣传'):
                        pp[j] = '二是' + x[2:]
                        mark['repeat'] = (pi, j)
                parts[pi] = (p[0], p[1], pp)
                break

    # render
    fault_line = None
    for pi, p in enumerate(parts):
        h = p[0]
        Lb.append(H(md, 1, h))
        if pi == 0 and f == 'heading_year':
            fault_line = len(Lb) - 1
        if f == 'plan_year' and (f'{y}年' in h and any(w in h for w in ('安排', '打算', '思路'))):
            fault_line = len(Lb) - 1
        if f == 'no_problems' and pi == 0:
            pass
        subs = p[1] if len(p) > 1 else []
        for si, (sh, pp) in enumerate(subs):
            Lb.append(H(md, 2, sh))
            if mark.get('gap_sub') == (pi, si):
                fault_line = len(Lb) - 1
            for x in pp:
                Lb.append(x)
                if fault_topic is not None and fault_line is None and f not in ('heading_year', 'plan_year', 'gap') and any(
                        x in tp[1] for tp in [topics[fault_topic]]):
                    fault_line = len(Lb) - 1
        for j, x in enumerate(p[2] if len(p) > 2 else []):
            Lb.append(x)
            if mark.get('repeat') == (pi, j):
                fault_line = len(Lb) - 1
            if fault_topic is not None and fault_line is None and f not in ('heading_year', 'plan_year', 'gap', 'repeat') \
                    and any(x.endswith(pp2) or pp2 in x for pp2 in topics[fault_topic][1]):
                fault_line = len(Lb) - 1
            if f == 'plan_noyear' and x.startswith('下一步，'):
                fault_line = len(Lb) - 1
    if 'fault' in mark:
        fault_line = mark['fault']
    if fault_fig is not None:
        fault_line = next(k for k, x in enumerate(Lb) if figs[fault_fig] in x)
    if f == 'heading_year':
        fault_line = next(k for k, x in enumerate(Lb) if x.lstrip('# ')[1:].startswith(f'、{y - 1}年'))
    if annex:
        rows = fig_table_rows('table' if f == 'table' else '')
        Lb += ['', '附件', f'{y}年法治政府建设主要指标完成情况表', '',
               f'| 指标 | {y - 1}年 | {y}年 | 同比增长 |', '| --- | --- | --- | --- |']
        for i, r in enumerate(rows):
            Lb.append(f'| {r[0]} | {r[1]} | {r[2]} | {r[3]}% |')
            if f == 'table' and i == 1:
                fault_line = len(Lb) - 1
    return Lb, fault_line


# --------------------------------------------------------------------------------------------------------------
# the corpus: (issuer, year, layout, wrapper, fault, expected rule, severity, extra)

FAULTS = {
    # fault: (rule, class)
    'no_duty': ('require-sections', 'error'),
    'no_problems': ('require-sections', 'error'),
    'noplan': ('require-next-year-plan', 'error'),
    'plan_year': ('require-next-year-plan', 'error'),
    'plan_noyear': ('require-next-year-plan', 'warn'),
    'heading_year': ('consistent-year', 'error'),
    'opening_year': ('consistent-year', 'error'),
    'early_date': ('consistent-year', 'error'),
    'late_pub': ('no-late-publication', 'error'),
    'late_written': ('no-late-publication', 'error'),
    'rate': ('consistent-rate', 'warn'),
    'growth': ('consistent-rate', 'warn'),
    'points': ('consistent-rate', 'warn'),
    'over100': ('consistent-rate', 'error'),
    'table': ('consistent-rate', 'warn'),
    'total': ('consistent-total', 'error'),
    'sum': ('consistent-total', 'error'),
    'placeholder': ('no-placeholder', 'error'),
    'placeholder_star': ('no-placeholder', 'error'),
    'gap': ('consistent-numbering', 'warn'),
    'repeat': ('consistent-numbering', 'warn'),
    'halfwidth': ('require-fullwidth-punctuation', 'warn'),
    'series': ('require-fullwidth-punctuation', 'warn'),
    'unclosed_quote': ('no-unpaired-punctuation', 'error'),
    'unclosed_title': ('no-unpaired-punctuation', 'error'),
    'wrong_years': ('valid-law-title', 'error'),
    'misnamed': ('valid-law-title', 'warn'),
    'repealed': ('valid-law-title', 'warn'),
    'mobile': ('no-sensitive-data', 'error'),
    'goal': ('no-outdated-goal-formula', 'warn'),
}

TITLE_FORMS = [
    '{n}{y}年法治政府建设年度报告',
    '{n}{y}年度法治政府建设情况报告',
    '{n}关于{y}年度法治政府建设工作情况的报告',
    '{n}{y}年法治政府建设工作报告',
    '关于{n}{y}年度法治政府建设情况的报告',
]

LAYOUTS = ['std5', 'duty_first', 'topical', 'items', 'parts', 'merged6']
WRAPS = ['meta_bracket', 'meta_list', 'meta_inline', 'meta_table', 'meta_vertical', 'web_bullets', 'web_plain', 'docno',
         'wrapped', 'plain', 'md']

faults_list = list(FAULTS.keys())  # 30 faults, one case each
keys = list(ISS.keys())


def build():
    cases = []
    plan = []
    # 60 clean + 30 faulty; issuers cycle; years mostly 2025
    n_total = 90
    fault_slots = set(R.sample(range(n_total), len(faults_list)))
    fl = faults_list[:]
    R.shuffle(fl)
    for i in range(n_total):
        key = keys[i % len(keys)]
        y = 2025 if i % 10 < 7 else (2024 if i % 10 < 9 else 2023)
        layout = LAYOUTS[(i * 7 + i // 6) % len(LAYOUTS)]
        wrapper = WRAPS[(i * 5 + i // 11) % len(WRAPS)]
        f = fl.pop() if i in fault_slots else ''
        # constraints: some faults need a layout/wrapper
        if f in ('late_pub',) and wrapper not in ('meta_bracket', 'meta_list', 'meta_inline', 'meta_table', 'meta_vertical',
                                                  'web_bullets', 'web_plain', 'md'):
            wrapper = 'meta_inline'
        if f in ('late_written', 'early_date') and wrapper not in ('meta_bracket', 'meta_inline', 'meta_table', 'meta_vertical',
                                                                  'docno', 'plain', 'wrapped'):
            wrapper = 'meta_bracket'
        if f == 'repeat' and layout not in ('std5', 'duty_first', 'parts'):
            layout = 'std5'
        if f == 'gap' and layout not in ('std5', 'duty_first', 'parts', 'merged6'):
            layout = 'std5'
        if f == 'plan_noyear' and layout not in ('std5', 'items'):
            layout = 'items'
        if f == 'no_problems' and layout == 'items':
            layout = 'std5'
        md = wrapper == 'md'
        long = (i % 4 == 0)
        annex = (i % 9 == 4) or f == 'table'
        plan.append((i, key, y, layout, wrapper, f, md, long, annex))
    for (i, key, y, layout, wrapper, f, md, long, annex) in plan:
        iss = ISS[key]
        tf = TITLE_FORMS[i % len(TITLE_FORMS)]
        ty = y
        title = tf.format(n=iss['name'], y=ty)
        body, fl_rel = report(iss, y, layout, f, md=md, long=long, annex=annex)
        lines, dates = wrap(wrapper, iss, title, body, y, f)
        text = '\n'.join(lines) + '\n'
        # find line numbers (1-based)
        fault_line = None
        NEEDLES = {'series': '》、《', 'goal': '廉洁高效、守法诚信', 'over100': '化解率10', 'placeholder': 'XX',
                   'placeholder_star': '*次', 'mobile': '电话13', 'repealed': '《信访条例》', 'misnamed': '行政复议条例',
                   'wrong_years': '2020—2025'}
        if f in NEEDLES:
            fl_rel = None
            fault_line = next(k + 1 for k, x in enumerate(lines) if NEEDLES[f] in x)
        elif f == 'unclosed_quote':
            fl_rel = None
            fault_line = next(k + 1 for k, x in enumerate(lines) if x.count('“') != x.count('”'))
        elif f == 'unclosed_title':
            fl_rel = None
            fault_line = next(k + 1 for k, x in enumerate(lines) if x.count('《') != x.count('》'))
        elif f == 'halfwidth':
            fl_rel = None
            fault_line = next(k + 1 for k, x in enumerate(lines) if re.search(r'[\u4e00-\u9fff],[\u4e00-\u9fff]', x))
        if f and fault_line is None:
            if fl_rel is not None:
                target = body[fl_rel]
                fault_line = lines.index(target) + 1
            elif f in ('late_pub',):
                fault_line = next(k + 1 for k, x in enumerate(lines) if dates['pub'] in x)
            elif f in ('late_written', 'early_date'):
                fault_line = next(k + 1 for k, x in enumerate(lines) if dates['written'] in x or
                                  (x.endswith('日') and x.startswith(dates['written'][:4]) and len(x) < 14) or
                                  x.startswith(cn_year(int(dates['written'][:4])) + '年'))
            elif f in ('no_duty', 'no_problems', 'noplan'):
                fault_line = next(k + 1 for k, x in enumerate(lines) if x.lstrip('# ').startswith(title[:6]) or x == title
                                  or title.startswith(x) and len(x) > 4)
        kindtag = iss['kind']
        cid = f'{"F" if f else "C"}{i + 1:02d}-{kindtag}-{y}'
        ext = '.md' if md else '.txt'
        fn = cid + ext
        with open(os.path.join(OUT, fn), 'w', encoding='utf-8') as fh:
            fh.write(text)
        lab = dict(id=cid, file=fn, source=SRC[iss['src']], issuer=iss['name'], year=y, layout=layout, wrapper=wrapper,
                   long=long, annex=annex)
        if f:
            rule, sev = FAULTS[f]
            lab.update(expect=rule, severity=sev, line=fault_line, fault=f)
        cases.append(lab)
    with open(os.path.join(HERE, 'cases.json'), 'w', encoding='utf-8') as fh:
        json.dump(cases, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    return cases


if __name__ == '__main__':
    cs = build()
    print(len(cs), 'cases', sum(1 for c in cs if 'expect' in c), 'faults')
