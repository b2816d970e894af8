/**
 * What a title in 《》 claims to be, before any lookup: a local document, a
 * publication, a field of law, or something that looks like a national law.
 * Heuristics on the wording only; valid-law-title decides what to check.
 */

const NATIONAL_PREFIX = '中华人民共和国';

/** National issuers at the start of a title: never a place name. */
const NATIONAL_ISSUER = /^(?:中华人民共和国|国务院|中共中央|中央|全国|关于)/;

/** A leading year: 2023年叶城县… , 2024年度… */
const LEADING_YEAR = /^\d{4}年度?/;

/**
 * A place at the start: two or more characters and an administrative suffix
 * (叶城县, 新疆维吾尔自治区, 临夏回族自治州, 水磨沟区, 云雾土家族乡), or a
 * local party committee (中共叶城县委, 中共重庆市委).
 */
const PLACE = /^(?:中共)?[\u4e00-\u9fff]{2,12}?(?:省|自治区|特别行政区|市|自治州|州|盟|地区|自治县|县|自治旗|旗|区|镇|乡|街道|村|社区)/;

export function isNationalPrefixed(title: string): boolean {
  return title.startsWith(NATIONAL_PREFIX);
}

/** The title without 中华人民共和国. */
export function withoutNationalPrefix(title: string): string {
  return isNationalPrefixed(title) ? title.slice(NATIONAL_PREFIX.length) : title;
}

/** A document of a province, region, city, county, district, township or local party committee. */
export function isLocalTitle(title: string): boolean {
  const t = title.replace(LEADING_YEAR, '');
  if (NATIONAL_ISSUER.test(t)) return false;
  return PLACE.test(t) || BARE_LEVEL.test(t);
}

/**
 * A local document named by its level alone, as a body cites its own place's: 《市法治政府建设实施纲要（2021—2025年）》,
 * 《县政府工作规则》, 《区委全面依法治区委员会工作规则》 — the level, then words only a local document starts with (not
 * 《市场主体登记管理条例》 or 《乡村振兴促进法》).
 */
const BARE_LEVEL = /^全?[省市州盟县区旗乡镇](?:委|政府|人民政府|人大|党委|法治|依法|全面依法|关于|贯彻|实施)/;

/** Books, periodicals, articles and reports: 《习近平法治思想学习纲要》, 《大众日报》, 《中国法治创新发展报告(2023)》. */
export function isPublicationTitle(title: string): boolean {
  if (/^习近平/.test(title)) return true;
  return /(?:日报|晚报|早报|时报|周报|法制报|法治报|杂志|期刊|学报|周刊|月刊|文摘|大事记|问答|读本|汇编|概论|选编|文选|摘编|文集|手册|报告)(?:[(（]\d{4}[)）])?$/.test(title);
}

/**
 * Fields of law (法律部门, 学科): 《民商法》 and 《经济法》 in seed 000 name a
 * subject studied, not an act. Those that are also the short title of an act
 * (刑法, 宪法, 劳动法) are found by the law lookup before this list is asked.
 */
const FIELDS_OF_LAW = new Set([
  '民法',
  '商法',
  '民商法',
  '经济法',
  '行政法',
  '社会法',
  '诉讼法',
  '程序法',
  '实体法',
  '国际法',
  '国际公法',
  '国际私法',
  '环境法',
  '环境资源法',
  '军事法',
  '知识产权法',
  '财税法',
  '金融法',
  '卫生法',
  '行政法与行政诉讼法',
  '社会法与经济法',
]);

export function isFieldOfLaw(title: string): boolean {
  return FIELDS_OF_LAW.has(title);
}

/**
 * Ends in 法 as an act does (…保护法, …组织法), not as 办法, 方法, 做法,
 * 工作法, 三步法 or 执法/立法/普法 do.
 */
export function looksLikeAct(title: string): boolean {
  return title.length <= 30 && /(?<![办方做司执立守普依违合用想看说写手语算书兵佛戏魔疗无章技笔作步式])法$/.test(title);
}

/** Drafts and consultation copies are not in any list of laws. */
export function isDraft(title: string): boolean {
  return /草案|征求意见稿|送审稿|讨论稿/.test(title);
}

const REVISION_NOTE = /\s*[(（]\s*(?:\d{4}年)?\s*(?:修订|修正|修改|第[一二三四五六七八九十]+次修正)(?:版|本|文本)?\s*[)）]$/;

/** A trailing revision note is not part of the title: 《行政复议法(2023年修订)》. */
export function withoutRevisionNote(title: string): string {
  // the note closes the title: most titles do not end in a bracket, and the pattern (not anchored at its start) need not run
  if (!title.endsWith(')') && !title.endsWith('）')) return title;
  return title.replace(REVISION_NOTE, '');
}
