// Writes eval/independent17/cases/*.txt and cases.json from the case table at the bottom.
// Each report is assembled from blocks written on the wording and layouts of published reports (addresses in ORGS
// and in each case's `source`); figures are computed so that clean reports are arithmetically consistent, and a
// defect case differs from its clean form by one planted fault (an edit or a layout option).
import { mkdirSync, writeFileSync } from 'node:fs';

const HERE = new URL('./', import.meta.url);
const OUT = new URL('./cases/', import.meta.url);
mkdirSync(OUT, { recursive: true });

let seed = 1;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const YCN = { 2022: '二〇二二', 2023: '二〇二三', 2024: '二〇二四', 2025: '二〇二五' };

/** A part a and a whole b whose rate at d decimals is far from a rounding boundary. */
function ratePair(bMin, bMax, lo, hi, d = 1) {
  for (;;) {
    const b = ri(bMin, bMax);
    const a = Math.round(b * (lo + rnd() * (hi - lo)));
    if (a <= 0 || a >= b) continue;
    const x = (a * 100) / b;
    const f = 10 ** d;
    const frac = x * f - Math.floor(x * f);
    if (frac < 0.15 || frac > 0.85 || Math.abs(frac - 0.5) < 0.15) continue;
    return { a, b, r: (Math.floor(x * f + 0.5) / f).toFixed(d), wrong: (Math.floor(x * f + 0.5) / f + (x > 90 ? -2.3 : 3.1)).toFixed(d) };
  }
}

// ---------------------------------------------------------------- organisations
const M = (o) => ({ kind: 'ministry', ...o });
const ORGS = {
  mee: M({ name: '生态环境部', self: '生态环境部', we: '我部', leader: '部党组书记、部长', party: '部党组', legis: '配合立法机关推进生态环境法典编纂，配合完成《中华人民共和国青藏高原生态保护法》《碳排放权交易管理暂行条例》制定相关工作', enf: '生态环境违法', svc: '环评审批', src: 'https://nengyuanquan.com/article/guangfu/39735.html' }),
  mofcom: M({ name: '商务部', self: '商务部', we: '我部', leader: '部党组书记、部长', party: '部党组', legis: '配合立法机关做好《中华人民共和国对外贸易法》修订相关工作，推动《中华人民共和国外商投资法》配套制度落地', enf: '商务领域违法', svc: '对外贸易经营', src: 'https://sww.sh.gov.cn/swfz-fzdt/20240412/481621f36ec6488ca97c990b60d13ab2.html' }),
  ndrc: M({ name: '国家发展和改革委员会', self: '国家发展改革委', we: '我委', leader: '委党组书记、主任', party: '委党组', legis: '推动《保障中小企业款项支付条例》修订出台，配合做好《中华人民共和国招标投标法》修订工作', enf: '价格违法', svc: '投资项目审批', src: 'https://zcom.zj.gov.cn/art/2023/2/24/art_1229268089_2459082.html' }),
  sat: M({ name: '国家税务总局', self: '税务总局', we: '税务总局', leader: '总局党委书记、局长', party: '总局党委', legis: '配合立法机关推进《中华人民共和国税收征收管理法》修订，制定修订税务部门规章', enf: '涉税违法', svc: '办税缴费', src: 'https://m.baijiantest.com/infoDetails/87/12721076' }),
  samr: M({ name: '国家市场监督管理总局', self: '市场监管总局', we: '总局', leader: '总局党组书记、局长', party: '总局党组', legis: '推动《公平竞争审查条例》出台，配合立法机关做好《中华人民共和国反不正当竞争法》修订相关工作', enf: '市场监管', svc: '经营主体登记', src: 'http://www.lianzhou.gov.cn/xxgk/fggw/zfwj/fzzfjsndbg/content/post_1968193.html' }),
  mot: M({ name: '交通运输部', self: '交通运输部', we: '我部', leader: '部党组书记、部长', party: '部党组', legis: '推动《中华人民共和国公路法》修订草案报送国务院，配合完成《中华人民共和国航道法》执法检查', enf: '交通运输违法', svc: '道路运输许可', src: 'http://www.paobohui.com/news/336146.htm' }),
  mwr: M({ name: '水利部', self: '水利部', we: '我部', leader: '部党组书记、部长', party: '部党组', legis: '配合立法机关做好《中华人民共和国水法》修改研究，推动《中华人民共和国黄河保护法》配套制度制定', enf: '水事违法', svc: '取水许可', src: 'https://hbepb.hebei.gov.cn/hbhjt/wap/sbyw/101706421312300.html' }),
  nbs: M({ name: '国家统计局', self: '国家统计局', we: '我局', leader: '局党组书记、局长', party: '局党组', legis: '配合做好《中华人民共和国统计法》修改工作，推动统计法实施条例配套规章清理', enf: '统计违法', svc: '统计调查项目审批', src: 'https://hbepb.hebei.gov.cn/hbhjt/wap/sbyw/101706421312300.html' }),
  moa: M({ name: '农业农村部', self: '农业农村部', we: '我部', leader: '部党组书记、部长', party: '部党组', legis: '配合立法机关完成《中华人民共和国粮食安全保障法》制定，推动《中华人民共和国农产品质量安全法》配套规章制修订', enf: '农业违法', svc: '农药登记', src: 'http://www.paobohui.com/news/336146.htm' }),
  mem: M({ name: '应急管理部', self: '应急管理部', we: '我部', leader: '部党委书记、部长', party: '部党委', legis: '推动《中华人民共和国突发事件应对法》修订，配合做好《中华人民共和国安全生产法》执法检查', enf: '安全生产违法', svc: '安全生产许可', src: 'http://www.paobohui.com/news/336146.htm' }),
  // provinces (省人民政府)
  hubei: { kind: 'province', name: '湖北省人民政府', place: '湖北省', self: '省政府', we: '省政府', leader: '省政府主要负责同志', party: '省政府党组', enf: '行政执法', svc: '政务服务', src: 'https://www.mishuzj.com/doc/142395.html' },
  xinjiang: { kind: 'province', name: '新疆维吾尔自治区人民政府', place: '自治区', self: '自治区人民政府', we: '自治区人民政府', leader: '自治区人民政府主要负责同志', party: '自治区人民政府党组', enf: '行政执法', svc: '政务服务', src: 'http://shache.gov.cn/scx/c108016/202110/e08c1648dabf4ed2b5c3457e6b71f137.shtml' },
  gansu: { kind: 'province', name: '甘肃省人民政府', place: '甘肃省', self: '省政府', we: '省政府', leader: '省长', party: '省政府党组', enf: '行政执法', svc: '政务服务', src: 'https://www.mishuzj.com/doc/142395.html' },
  jiangxi: { kind: 'province', name: '江西省人民政府', place: '江西省', self: '省政府', we: '省政府', leader: '省政府主要负责同志', party: '省政府党组', enf: '行政执法', svc: '政务服务', src: 'https://www.mishuzj.com/doc/142395.html' },
  guangdong: { kind: 'province', name: '广东省人民政府', place: '广东省', self: '省政府', we: '省政府', leader: '省政府主要负责同志', party: '省政府党组', enf: '行政执法', svc: '政务服务', src: 'https://www.mishuzj.com/doc/142395.html' },
  // provincial departments
  zjcom: { kind: 'dept', name: '浙江省商务厅', place: '浙江省', self: '省商务厅', we: '我厅', leader: '厅党组书记、厅长', party: '厅党组', legis: '推动《中国（浙江）自由贸易试验区条例》修订，配合做好《浙江省电子商务条例》实施评估', enf: '商务领域违法', svc: '对外贸易经营者备案', src: 'https://zcom.zj.gov.cn/art/2023/2/24/art_1229268089_2459082.html' },
  scee: { kind: 'dept', name: '四川省生态环境厅', place: '四川省', self: '省生态环境厅', we: '我厅', leader: '厅党组书记、厅长', party: '厅党组', legis: '修订《四川省生态环境厅行政规范性文件管理办法实施细则》，推动《四川省固体废物污染环境防治条例》立法调研', enf: '生态环境违法', svc: '环评审批', src: 'http://sthjt.sc.gov.cn/sthjt/c103951/2025/1/21/f60350b35b3a4932925e114d5e5b79f6.shtml' },
  jsjt: { kind: 'dept', name: '江苏省交通运输厅', place: '江苏省', self: '省交通运输厅', we: '我厅', leader: '厅党组书记、厅长', party: '厅党组', legis: '推动《江苏省公路条例》修订通过，完成《江苏省农村公路条例》立法后评估', enf: '交通运输违法', svc: '道路运输许可', src: 'http://www.zhengjieli.com/art/2025/2/18/art_77152_11494410.html' },
  zjjt: { kind: 'dept', name: '浙江省交通运输厅', place: '浙江省', self: '省交通运输厅', we: '我厅', leader: '厅党组书记、厅长', party: '厅党组', legis: '推动《浙江省民用航空条例》通过省人大初审，完成《浙江省城乡公共交通条例》草案起草', enf: '交通运输违法', svc: '道路运输许可', src: 'https://jtyst.zj.gov.cn/art/2025/3/24/art_1229248360_5482404.html' },
  sdsc: { kind: 'dept', name: '山东省市场监督管理局', place: '山东省', self: '省市场监管局', we: '我局', leader: '局党组书记、局长', party: '局党组', legis: '推动《山东省食品小作坊小餐饮和食品摊点管理条例》修订，制定《山东省市场监管行政处罚裁量基准》', enf: '市场监管', svc: '经营主体登记', src: 'http://www.cctv1204.com/zhengce/show-47155.html' },
  hnsl: { kind: 'dept', name: '湖南省水利厅', place: '湖南省', self: '省水利厅', we: '我厅', leader: '厅党组书记、厅长', party: '厅党组', legis: '推动《湖南省水文条例》修订，完成《湖南省河道采砂管理条例》立法调研', enf: '水事违法', svc: '取水许可', src: 'https://hbepb.hebei.gov.cn/hbhjt/wap/sbyw/101706421312300.html' },
  gdhrss: { kind: 'dept', name: '广东省人力资源和社会保障厅', place: '广东省', self: '省人力资源社会保障厅', we: '我厅', leader: '厅党组书记、厅长', party: '厅党组', legis: '推动《广东省工资支付条例》修订调研，制定《广东省人力资源社会保障行政处罚裁量权基准》', enf: '劳动保障违法', svc: '社保经办', src: 'https://zcom.zj.gov.cn/art/2023/2/24/art_1229268089_2459082.html' },
  ynmz: { kind: 'dept', name: '云南省民政厅', place: '云南省', self: '省民政厅', we: '我厅', leader: '厅党组书记、厅长', party: '厅党组', legis: '推动《云南省社会救助条例》立法调研，制定《云南省民政行政处罚裁量基准》', enf: '社会组织违法', svc: '社会组织登记', src: 'https://zcom.zj.gov.cn/art/2023/2/24/art_1229268089_2459082.html' },
  // 直辖市 districts
  jinghai: { kind: 'district', name: '天津市静海区人民政府', place: '静海区', self: '区政府', we: '区政府', leader: '区政府主要负责同志', party: '区政府党组', enf: '行政执法', svc: '政务服务', src: 'http://www.tjjh.gov.cn/jhqzf/zwgk_28985/zfxxgk_qzf1/qzf1/fdzdgknr2/qtfdgkxx2/202403/t20240328_6583952.html' },
  chaoyang: { kind: 'district', name: '北京市朝阳区人民政府', place: '朝阳区', self: '区政府', we: '区政府', leader: '区委副书记、区长', party: '区政府党组', enf: '行政执法', svc: '政务服务', src: 'http://www.tjjh.gov.cn/jhqzf/zwgk_28985/zfxxgk_qzf1/qzf1/fdzdgknr2/qtfdgkxx2/202403/t20240328_6583952.html' },
  minhang: { kind: 'district', name: '上海市闵行区人民政府', place: '闵行区', self: '区政府', we: '区政府', leader: '区政府主要负责同志', party: '区政府党组', enf: '行政执法', svc: '政务服务', src: 'https://sww.sh.gov.cn/swfz-fzdt/20240412/481621f36ec6488ca97c990b60d13ab2.html' },
  yubei: { kind: 'district', name: '重庆市渝北区人民政府', place: '渝北区', self: '区政府', we: '区政府', leader: '区政府主要负责同志', party: '区政府党组', enf: '行政执法', svc: '政务服务', src: 'http://www.tjjh.gov.cn/jhqzf/zwgk_28985/zfxxgk_qzf1/qzf1/fdzdgknr2/qtfdgkxx2/202403/t20240328_6583952.html' },
  heping: { kind: 'district', name: '天津市和平区人民政府', place: '和平区', self: '区政府', we: '区政府', leader: '区长', party: '区政府党组', enf: '行政执法', svc: '政务服务', src: 'http://www.tjjh.gov.cn/jhqzf/zwgk_28985/zfxxgk_qzf1/qzf1/fdzdgknr2/qtfdgkxx2/202403/t20240328_6583952.html' },
  wanzhou: { kind: 'district', name: '重庆市万州区人民政府', place: '万州区', self: '区政府', we: '区政府', leader: '区政府主要负责同志', party: '区政府党组', enf: '行政执法', svc: '政务服务', src: 'http://www.tjjh.gov.cn/jhqzf/zwgk_28985/zfxxgk_qzf1/qzf1/fdzdgknr2/qtfdgkxx2/202403/t20240328_6583952.html' },
};

const shortName = (o) => (o.kind === 'province' || o.kind === 'district' ? o.name.replace(/人民政府$/, '') : o.name);
const rep = (o) => (o.kind === 'ministry' ? ['全国人大代表建议', '全国政协委员提案'] : o.kind === 'district' ? ['区人大代表建议', '区政协委员提案'] : ['省人大代表建议', '省政协委员提案']);

// ---------------------------------------------------------------- topic blocks
// Each returns { heads: [...], body } for a sub-heading (or a top-level topical heading).
const T = {
  lead: (o, c) => ({
    heads: ['坚持党的全面领导，深入学习贯彻习近平法治思想', '加强党的领导，把牢法治建设正确方向', '深入学习贯彻习近平法治思想'],
    body: `${o.party}把学习贯彻习近平法治思想作为首要政治任务，全年开展理论学习中心组集体学法${c.n(3, 8)}次，举办法治专题讲座${c.n(2, 6)}场。将习近平法治思想纳入干部教育培训必修内容，组织${o.kind === 'ministry' ? '司局级' : '处级'}以上领导干部参加法治专题培训${c.n(120, 480)}人次，推动领导干部带头尊法学法守法用法。`,
  }),
  func: (o, c) => {
    const a = c.n(20, 90), b = c.n(300, 900), d = c.n(40, 160), e = c.n(10, 60);
    c.tot = { a, b, d, e, t: a + b + d + e };
    return {
      heads: ['健全政府机构职能体系，推动更好发挥政府作用', '依法全面履行政府职能，持续优化营商环境', '深化“放管服”改革，依法全面履行职能'],
      body: `动态调整权责清单，共梳理行政权力事项${a + b + d + e}项，其中行政许可${a}项、行政处罚${b}项、行政检查${d}项及其他行政权力${e}项，清单之外不得违法实施行政权力。深化${o.svc}“一件事”改革，推行告知承诺制，办理时限平均压缩${c.n(30, 60)}%。严格落实《优化营商环境条例》，清理妨碍统一市场和公平竞争的政策措施${c.n(8, 40)}件。`,
    };
  },
  rules: (o, c) => {
    const x = c.n(4, 12), y = c.n(5, 20);
    const head = ['健全依法行政制度体系，加快推进政府治理规范化程序化法治化', '完善法规制度体系，提高制度建设质量', '加强重点领域立法，以良法促进发展保障善治'];
    if (o.kind === 'ministry') return { heads: head, body: `${o.legis}。全年制定修订部门规章${c.n(3, 9)}件，集中清理规章和行政规范性文件${x + y + c.n(20, 60)}件，其中废止${x}件、修改${y}件。严格落实规范性文件合法性审核机制，做到应审必审、有件必备。` };
    if (o.kind === 'province') return { heads: head, body: `提请省人大常委会审议地方性法规草案${c.n(8, 15)}件，制定修改省政府规章${c.n(5, 12)}件，完成立法后评估${c.n(2, 4)}件。开展规章和行政规范性文件集中清理，废止${x}件、修改${y}件。` };
    if (o.kind === 'dept') return { heads: head, body: `${o.legis}。全年审核厅发行政规范性文件${c.n(8, 20)}件，全部按规定报送备案，开展规范性文件清理，废止${x}件、修改${y}件。` };
    return { heads: head, body: `严格行政规范性文件制定程序，全年审核区政府及区政府办公室规范性文件${c.n(6, 18)}件，报市政府和区人大常委会备案率100%。清理规范性文件${x + y + c.n(10, 30)}件，其中废止${x}件、修改${y}件。` };
  },
  decide: (o, c) => {
    const p = ratePair(60, 240, 0.82, 0.97, 1);
    c.adopt = p;
    return {
      heads: ['健全行政决策制度体系，不断提升行政决策公信力和执行力', '坚持科学民主依法决策', '严格规范重大行政决策程序'],
      body: `严格落实《重大行政决策程序暂行条例》，对${c.n(3, 9)}项重大行政决策事项履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。发挥法律顾问和公职律师作用，全年合法性审查各类文件${c.n(200, 700)}件，提出审查意见${p.b}条，被采纳${p.a}条，采纳率${p.r}%。`,
    };
  },
  enforce: (o, c) => {
    const g = c.n(300, 2000), s = c.n(100, 900);
    c.enf = { g, s, t: g + s };
    return {
      heads: ['健全行政执法工作体系，全面推进严格规范公正文明执法', '严格规范公正文明执法', '深化行政执法规范化建设'],
      body: `全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，${c.Y >= 2023 ? '对照《提升行政执法质量三年行动计划（2023—2025年）》开展自查整改。' : '开展行政执法案卷评查。'}全年办理${o.enf}案件${g + s}件，其中一般程序案件${g}件、简易程序案件${s}件，罚没款${c.n(200, 9000)}万元。推行“首违不罚”“轻微免罚”清单，依法不予处罚${c.n(30, 300)}件。`,
    };
  },
  emerg: (o, c) => ({
    heads: ['健全突发事件应对体系，依法预防处置重大突发事件', '提升依法应对突发事件能力', '依法预防处置重大突发事件'],
    body: `认真贯彻《中华人民共和国突发事件应对法》，修订完善应急预案${c.n(4, 16)}件，组织开展综合应急演练${c.n(6, 30)}次。健全${o.kind === 'ministry' ? '部' : ''}应急值守和信息报送制度，依法做好防汛、地质灾害等突发事件应对，确保应急处置在法治轨道上运行。`,
  }),
  dispute: (o, c) => {
    const a = c.n(40, 160), b = c.n(5, 20), d = c.n(10, 50);
    const R = a + b + d + c.n(5, 30);
    const p = ratePair(300, 1500, 0.9, 0.99, 1);
    c.rev = { R, a, b, d };
    c.pet = p;
    return {
      heads: ['健全社会矛盾纠纷行政预防调处化解体系，不断促进社会公平正义', '依法化解社会矛盾纠纷', '发挥行政复议化解行政争议主渠道作用'],
      body: `认真贯彻新修订的《中华人民共和国行政复议法》，全年办理行政复议案件${R}件，其中维持${a}件、驳回${d}件、撤销${b}件。依法做好行政应诉工作，出庭应诉${c.n(20, 90)}件。规范信访工作程序，受理信访事项${p.b}件，化解${p.a}件，化解率${p.r}%。`,
    };
  },
  superv: (o, c) => {
    const [r1, r2] = rep(o);
    const a = c.n(80, 400), b = c.n(60, 300);
    c.sug = { a, b };
    return {
      heads: ['健全行政权力制约和监督体系，促进行政权力规范透明运行', '强化对行政权力的制约和监督', '自觉接受各方面监督'],
      body: `自觉接受人大监督和政协民主监督，承办${r1}${a}件、${r2}${b}件，共计${a + b}件，均按期办结。深入推进政务公开，主动公开政府信息${c.n(1000, 6000)}条，受理政府信息公开申请${c.n(60, 400)}件，均依法按期答复。配合审计、统计等监督工作，对发现的问题建立台账、限时整改。`,
    };
  },
  digital: (o, c) => {
    const p = ratePair(120, 600, 0.86, 0.98, 1);
    c.dig = p;
    return {
      heads: ['健全法治政府建设科技保障体系，全面建设数字法治政府', '加快推进数字法治政府建设', '以数字化赋能法治政府建设'],
      body: `推进“互联网+政务服务”，梳理依申请政务服务事项${p.b}项，其中${p.a}项实现全程网办，全程网办率${p.r}%。推广应用行政执法综合管理监督信息系统，推行非现场执法和“互联网+监管”，提升执法监管智能化水平。`,
    };
  },
  pub: (o, c) => ({
    heads: ['深入推进法治宣传教育', '落实“谁执法谁普法”普法责任制', '扎实开展“八五”普法'],
    body: `制定年度普法责任清单，围绕宪法、民法典和${o.enf === '行政执法' ? '与群众生产生活密切相关的法律法规' : '本领域法律法规'}开展宣传，组织“宪法宣传周”等主题活动${c.n(20, 120)}场次，发放宣传资料${c.n(2, 9)}万余份，推动“八五”普法规划各项任务落实。`,
  }),
  duty: (o, c, v) => {
    const body = `主持召开${o.party}会议${c.n(3, 9)}次，专题研究法治政府建设、重点立法项目和重大行政复议案件，审定年度法治工作要点和任务分工；带头参加集体学法${c.n(3, 6)}次，在年终述职中专门报告履行推进法治建设第一责任人职责情况，对法治工作作出批示${c.n(8, 30)}件次。`;
    switch (v) {
      case 'words': return { heads: [`${o.leader}切实履行推进法治建设第一责任人职责`], body: `${o.leader}${body}` };
      case 'situation': return { heads: ['主要负责同志履行推进法治建设第一责任人职责情况'], body: `${o.leader}认真${body.slice(0)}` };
      case 'topicalLead': return { heads: ['强化组织保障，压紧压实法治建设责任'], body: `${o.leader}严格履行推进法治建设第一责任人职责，${body}` };
      case 'firstResp': return { heads: ['扛牢法治建设“第一责任”'], body: `${o.leader}坚持把法治政府建设摆在全局工作重要位置，${body}` };
      case 'short': return { heads: ['落实法治建设第一责任人职责'], body: `${o.leader}${body}` };
      default: throw new Error(v);
    }
  },
};

// ---------------------------------------------------------------- other blocks
function problems(o, c) {
  const items = pick([
    ['运用法治思维和法治方式推动改革发展的能力有待提升，部分干部对新颁布法律法规学习不够深入', '行政执法规范化水平仍有提升空间，执法案卷质量不够均衡', '法治工作队伍力量与任务要求还不完全匹配'],
    ['重点领域立法进度与实践需要相比仍有差距', '行政执法监督的信息化手段运用不充分', '法治宣传教育的针对性和实效性有待增强'],
    ['部分规范性文件起草质量不高，公平竞争审查还不够严格', '基层执法人员专业素养参差不齐', '行政复议纠错后的整改跟踪机制还不健全'],
  ]);
  return `对照党中央、国务院关于法治政府建设的部署要求，${o.self}法治政府建设工作仍存在一些不足：一是${items[0]}；二是${items[1]}；三是${items[2]}。究其原因，主要是对法治建设的统筹谋划还不够，制度执行的刚性约束还需加强。`;
}

function planItems(o, c, Y1) {
  return [
    ['持续深入学习贯彻习近平法治思想', `把学习贯彻习近平法治思想作为${o.party}理论学习中心组的重要内容，健全领导干部学法用法制度。`],
    ['加强重点领域立法和制度建设', `${o.kind === 'ministry' ? '配合立法机关推进重点领域法律法规制定修订，' : ''}做好规范性文件合法性审核和备案审查工作，${Y1}年完成一轮规章和规范性文件清理。`],
    ['全面提升行政执法质量和效能', '落实行政执法“三项制度”，健全行政裁量权基准，加强执法监督和案卷评查。'],
    ['强化对行政权力的制约和监督', '认真办理人大代表建议和政协委员提案，深化政务公开，发挥行政复议监督纠错功能。'],
  ];
}

function plan(o, c, Y, style, numHead, planHeadOverride) {
  const Y1 = Y + 1;
  const items = planItems(o, c, Y1);
  switch (style) {
    case 'P1': // year in heading, sub-headings
      return [`${numHead}、${planHeadOverride ?? `${Y1}年工作安排`}`, ...items.map(([h, b], i) => `（${CN[i]}）${h}。${b}`)].join('\n');
    case 'P2': // no year in heading, lead sentence opens with the year
      return [`${numHead}、${planHeadOverride ?? '下一步工作打算'}`, `${Y1}年，${o.we}将坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，重点抓好以下工作：${items.map(([h, b], i) => `${CN[i]}是${h}。${b}`).join('')}`].join('\n');
    case 'P3': // 下一步，我们将… paragraphs, Y+1 named inside
      return [`${numHead}、${planHeadOverride ?? '下一步工作打算'}`, `下一步，我们将${items[0][0]}，${items[0][1]}`, `下一步，我们将${items[1][0]}，${items[1][1]}`, `下一步，我们将${items[2][0]}，${items[2][1]}`].join('\n');
    case 'P3noyear': // the same with no year anywhere in the plan (fault: noYear)
      return [`${numHead}、${planHeadOverride ?? '下一步工作打算'}`, `下一步，我们将${items[0][0]}，${items[0][1]}`, `下一步，我们将${items[2][0]}，${items[2][1]}`, `下一步，我们将${items[3][0]}，${items[3][1]}`].join('\n');
    default: throw new Error(style);
  }
}

function other(o, c, Y, style, numHead) {
  switch (style) {
    case 'O1': return `${numHead}、其他需要报告的情况\n${Y}年，${o.self}未发生因违法行政被追究责任的情况，法治政府建设督察反馈的${c.n(3, 8)}项问题已全部完成整改。`;
    case 'O2': return `${numHead}、其他需要报告的情况：无。`;
    case 'O3': return `${numHead}、其他需要报告的事项\n无。`;
    case 'O4': return `${numHead}、其他事项\n${o.self}没有其他需要报告的情况。`;
    case 'none': return '';
    default: throw new Error(style);
  }
}

// ---------------------------------------------------------------- assemble a report
function build(k) {
  const o = ORGS[k.org];
  const Y = k.year;
  seed = k.seed ?? [...k.id].reduce((s, ch) => s * 31 + ch.charCodeAt(0), 7) % 2147483647;
  const c = { n: ri, Y };
  const S = shortName(o);
  const lines = [];
  // page furniture / title
  const titles = {
    annual: `${S}${Y}年法治政府建设年度报告`,
    about: `${o.name}关于${Y}年度法治政府建设情况的报告`,
    situation: `${S}${Y}年度法治政府建设情况报告`,
    dept: `${S}${Y}年法治政府建设情况的报告`,
    work: `${S}${Y}年度法治政府建设工作情况报告`,
  };
  const title = k.title ?? titles[k.titleStyle ?? 'annual'];
  if (k.furniture) lines.push(k.furniture.replace('{TITLE}', title));
  lines.push(title);
  if (k.addressee) lines.push(k.addressee);
  const goal = k.goal ?? '职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意';
  const openYear = k.openYear ?? Y;
  lines.push(`${openYear}年，${o.self}坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大${Y >= 2024 ? '和二十届二中、三中全会' : Y === 2023 ? '和二十届二中全会' : ''}精神，深入学习贯彻习近平法治思想，对标《法治政府建设实施纲要（2021—2025年）》，加快建设${goal}的法治政府，各项工作取得新成效。现将${Y}年法治政府建设情况报告如下。`);

  let top = 0;
  const nextTop = () => CN[top++];
  const sub = (i0) => { const i = k.subSkip !== undefined && i0 >= k.subSkip ? i0 + 1 : i0; return k.subStyle === 'arabic' ? `${i + 1}.` : `（${CN[i]}）`; };
  const blocks = k.topics.map((t) => {
    const [name, v] = t.split(':');
    const b = T[name](o, c, v);
    return { name, head: k.heads?.[name] ?? b.heads[(k.headVar ?? 0) % b.heads.length], body: b.body };
  });
  const dutyTop = k.dutyTop; // 'first' | 'after' | undefined
  const dutyBlock = dutyTop ? T.duty(o, c, k.dutyTopVar ?? 'words') : null;
  const dutyHead = dutyTop ? (k.dutyTopHead ?? `${o.leader.replace(/^区委副书记、/, '')}履行推进法治建设第一责任人职责情况`) : null;
  const emitDutyTop = () => lines.push(`${nextTop()}、${dutyHead}`, dutyBlock.body);

  if (dutyTop === 'first') emitDutyTop();
  if (k.layout === 'topical') {
    for (const b of blocks) lines.push(`${nextTop()}、${b.head}`, ...(k.items ? [b.body] : [b.body]));
  } else {
    lines.push(`${nextTop()}、${k.lbHead ?? `${Y}年推进法治政府建设情况`}`);
    blocks.forEach((b, i) => {
      if (k.runIn) lines.push(`${sub(i)}${b.head}。${b.body}`);
      else lines.push(`${sub(i)}${b.head}`, b.body);
    });
  }
  if (dutyTop === 'after') emitDutyTop();

  const Y1 = Y + 1;
  if (k.topSkip) top++;
  const probStyle = k.prob ?? 'sep';
  if (probStyle === 'sep') {
    lines.push(`${nextTop()}、${k.probHead ?? '存在的不足和原因'}`, problems(o, c));
    if (k.plan !== 'none') lines.push(plan(o, c, Y, k.plan ?? 'P1', nextTop(), k.planHead));
  } else if (probStyle === 'merged') {
    // one part for the shortcomings and the plan
    const h = k.mergedHead ?? '存在的问题和下一步打算';
    lines.push(`${nextTop()}、${h}`, problems(o, c));
    const items = planItems(o, c, Y1);
    if (k.mergedPlan === 'year') lines.push(`${Y1}年，${o.we}将${items[0][0]}，${items[0][1]}${items[2][0]}，${items[2][1]}`);
    else if (k.mergedPlan === 'sub') {
      lines.pop();
      lines.push('（一）存在的问题', problems(o, c), '（二）下一步打算', `${Y1}年，${o.we}将${items[1][0]}，${items[1][1]}${items[3][0]}，${items[3][1]}`);
    } else if (k.mergedPlan === 'none') {
      // nothing forward-looking
    } else lines.push(`下一步，我们将${items[0][0]}，${items[0][1]}下一步，我们将${items[2][0]}，${items[2][1]}力争${Y1}年在行政执法质量提升方面取得新突破。`);
  } else if (probStyle === 'none') {
    if (k.plan !== 'none') lines.push(plan(o, c, Y, k.plan ?? 'P1', nextTop(), k.planHead));
  }
  const oth = other(o, c, Y, k.other ?? 'O2', k.other === 'none' ? '' : nextTop());
  if (oth) lines.push(oth);
  if (k.sign) lines.push(o.name.replace(/^国家市场监督管理总局$/, '市场监管总局'), k.sign);
  if (k.tail) lines.push(k.tail);
  let text = lines.join('\n') + '\n';
  // figure faults and text edits
  if (k.edit) {
    for (const [from, to] of (Array.isArray(k.edit[0]) ? k.edit : [k.edit])) {
      const f = typeof from === 'function' ? from(c) : from;
      const t = typeof to === 'function' ? to(c) : to;
      const n = text.split(f).length - 1;
      if (n !== 1) throw new Error(`${k.id}: edit target ${JSON.stringify(f)} occurs ${n} times`);
      text = text.replace(f, t);
    }
  }
  if (k.editRe) {
    const [re, to] = k.editRe;
    const n = (text.match(new RegExp(re.source, 'g')) ?? []).length;
    if (n !== 1) throw new Error(`${k.id}: editRe occurs ${n} times`);
    text = text.replace(re, to);
  }
  return text;
}

// ---------------------------------------------------------------- the cases
import { CASES } from './table.mjs';
const labels = [];
for (const k of CASES) {
  const file = `${k.id}.txt`;
  writeFileSync(new URL(file, OUT), build(k));
  const o = ORGS[k.org];
  labels.push({ id: k.id, file, ...(k.expect ? { expect: k.expect, fault: k.fault } : {}), genre: o.kind, source: k.source ?? o.src, models: k.models });
}
writeFileSync(new URL('cases.json', HERE), JSON.stringify(labels, null, 1) + '\n');
console.log(`${labels.length} cases, ${labels.filter((l) => l.expect).length} faults`);
