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
  const m = /^(.{2,40}?)(?:关于)?(?:(?:19|20)\d{2}\s*年|法治政府)/.exec(title.trim());
  if (!m) return undefined;
  const body = m[1].replace(/关于$/, '').replace(/[\s,，:：]+$/, '');
  return body.length >= 2 ? body : undefined;
}

/** A province-level body: a 省, an 自治区 or a 直辖市, as a whole (not one of its departments, cities or districts). */
const PROVINCE = /^(?:中共)?(?:[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,8}自治区|北京市|天津市|上海市|重庆市)(?:委员会|委)?(?:、?(?:[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,8}自治区|北京市|天津市|上海市|重庆市)?人民政府)?$/;
/** The addressee only province-level bodies write to (they report to 党中央、国务院 by 1 April). */
const TO_THE_CENTRE = /^\s*(?:党中央|中共中央)、\s*国务院\s*[:：]/;

/**
 * The level of the issuing body when the text says it is a province (「浙江省人民政府关于…的报告」, 「宁夏回族自治区
 * 人民政府…」, 「北京市人民政府…」, or the addressee 「党中央、国务院：」): their reports are due by 1 April, not
 * 1 March. Undefined when the text does not say (a county, a department, a city — or unknown).
 */
export function issuerLevel(issuer: string | undefined, openingTexts: readonly string[]): 'province' | undefined {
  if (issuer && PROVINCE.test(issuer.replace(/\s+/g, ''))) return 'province';
  if (openingTexts.some((t) => TO_THE_CENTRE.test(t))) return 'province';
  return undefined;
}

export function spanOf(start: number, end: number): Span {
  return { start, end };
}
