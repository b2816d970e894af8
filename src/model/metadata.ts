import type { Block, Span } from './types.js';

/** A title line: short, no sentence end, and it names what a report is. */
const TITLE_WORDS = /报告|年度|工作总结|法治政府|依法行政|情况/;

export function looksLikeTitle(b: Block): boolean {
  if (b.kind === 'heading' && b.depth === 1) return true;
  const t = b.text.trim();
  if (t.length > 80 || /[。；;]$/.test(t) || /^[（(]?[一二三四五六七八九十\d]+[）)、.．]/.test(t)) return false;
  if (/[。!?！？]/.test(t.slice(0, -1))) return false;
  return TITLE_WORDS.test(t);
}

const YEAR = /((?:19|20)\d{2})\s*年/;

/**
 * A title that names a document of another kind than the annual report — the year's plan or its notice
 * (「…关于印发某区2020年依法行政工作要点的通知」, 「2024年法治政府建设工作计划」, 「…实施方案」): its dates are not a report's.
 */
export function titleOfAnotherKind(title: string | undefined): boolean {
  if (!title) return false;
  if (/报告|总结|情况|述法/.test(title.replace(/[（(][^）)]*[）)]/g, ''))) return false;
  return /(?:工作要点|要点|工作计划|计划|实施方案|行动方案|方案|规划|实施意见|意见|通知|办法|规定|细则)$/.test(title.trim());
}

/** The report year from the title: 2023年度, 2023年, 关于2023年度…的报告. */
export function yearFromTitle(title: string): { year: number; index: number; length: number } | undefined {
  const m = YEAR.exec(title);
  if (!m) return undefined;
  return { year: Number(m[1]), index: m.index, length: m[1].length };
}

/** The opening paragraph usually starts with the year reported on: “2023年,在…”. */
export function yearFromOpening(text: string): { year: number; index: number; length: number } | undefined {
  // a look-back phrase such as 2023年以来 still names the year; 2024年3月 (a date) does not
  const re = /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/g;
  const m = re.exec(text);
  if (!m) return undefined;
  return { year: Number(m[1]), index: m.index, length: m[1].length };
}

/** The issuing body: the title's words before the year or 关于 (叶城县2023年度… → 叶城县). */
export function bodyFromTitle(title: string): string | undefined {
  // (a site's column label before the title is not the body: 「【省政府法治建设报告】湖北省人民政府关于…」)
  const m = /^(.{2,40}?)(?:关于)?(?:(?:19|20)\d{2}\s*年|法治政府)/.exec(title.trim().replace(/^【[^】]{1,20}】\s*/, ''));
  if (!m) return undefined;
  const body = m[1].replace(/关于$/, '').replace(/[\s,，:：]+$/, '');
  return body.length >= 2 ? body : undefined;
}

/** A province-level body: a 省, an 自治区 or a 直辖市, as a whole (not one of its departments, cities or districts). */
const PROVINCE = /^(?:中共)?(?:[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,8}自治区|北京市|天津市|上海市|重庆市)(?:委员会|委)?(?:、?(?:[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,8}自治区|北京市|天津市|上海市|重庆市)?人民政府)?$/;
/** The addressee only province-level bodies write to (they report to 党中央、国务院 by 1 April). */
const TO_THE_CENTRE = /^\s*(?:党中央|中共中央)、\s*国务院\s*[:：]/;

/**
 * A department of the State Council (国务院部门) by its name alone — 商务部, 中华人民共和国生态环境部, 国家税务总局, 国家
 * 发展和改革委员会, 海关总署 — not a local office of one (国家税务总局某县税务局) nor a local department (县委宣传部).
 */
const CENTRAL_DEPARTMENT = new RegExp(
  '^(?:中华人民共和国)?(?:' +
    [
      '(?:外交|国防|教育|科学技术|科技|工业和信息化|公安|国家安全|民政|司法|财政|人力资源和社会保障|自然资源|生态环境|住房和城乡建设|交通运输|水利|农业农村|商务|文化和旅游|退役军人事务|应急管理)部',
      '国家(?:(?!总局)[\u4e00-\u9fff]){2,14}(?:委员会|总局|局|署)',
      '国家发展改革委|国家卫生健康委|国家民委|审计署|海关总署|中国人民银行|国务院国资委|国务院国有资产监督管理委员会|市场监管总局|中国证券监督管理委员会|中国证监会',
    ].join('|') +
    ')(?:党组)?$',
);

/** A joint title whose every issuer is one State Council department or its 党组/党委: 「海关总署党委 海关总署」. */
function jointCentral(issuer: string): boolean {
  const pieces = issuer.split(/[\s、]+/).filter(Boolean);
  return pieces.length > 1 && pieces.every((p) => CENTRAL_DEPARTMENT.test(p.replace(/^中共/, '').replace(/党委$/, '')));
}

/**
 * The level of the issuing body when the text says it is a province (「浙江省人民政府关于…的报告」, 「宁夏回族自治区
 * 人民政府…」, 「北京市人民政府…」, or the addressee 「党中央、国务院：」), or a department of the State Council
 * ('central'): their reports are due by 1 April, not 1 March. Undefined when the text does not say (a county, a local
 * department, a city — or unknown).
 */
export function issuerLevel(issuer: string | undefined, openingTexts: readonly string[]): 'province' | 'central' | undefined {
  if (issuer && PROVINCE.test(issuer.replace(/\s+/g, ''))) return 'province';
  // 国务院各部门 report to 党中央、国务院 by 1 April as the provinces do — also under a joint title of the department's
  // party body and the department (「海关总署党委 海关总署关于…」, 「中共生态环境部党组　生态环境部关于…」)
  if (issuer && (CENTRAL_DEPARTMENT.test(issuer.replace(/\s+/g, '')) || jointCentral(issuer))) return 'central';
  if (openingTexts.some((t) => TO_THE_CENTRE.test(t))) return 'province';
  return undefined;
}

export function spanOf(start: number, end: number): Span {
  return { start, end };
}
