import type { Block, DateKind, DateMention, FurnitureField } from './types.js';
import { normalizeDigits } from './numbers.js';
import { CN_YEAR_DIGIT_CLASS, readCnDate } from './numerals.js';

/**
 * Page furniture of government web pages: metadata fields above the article
 * (来源/作者/发布时间/点击数, 索引号/发布机构/成文日期) and navigation below it
 * (上一篇/下一篇/关联稿件/扫一扫). Not report text, but it holds the dates the
 * deadline rules need.
 */
const FIELD_KEYS = [
  '信息来源', '来源', '作者', '发布时间', '发布日期', '发文日期', '成文日期', '失效日期', '生效日期',
  '更新时间', '更新日期', '发表时间', '发表日期', '上传时间', '录入时间', '成文时间', '发文时间', '生成日期', '公文生成日期',
  '点击数', '点击量', '浏览次数', '阅读次数', '访问量', '索引号', '发布机构', '发文机关', '公开方式',
  '公开范围', '公开时限', '组配分类', '主题分类', '体裁分类', '信息分类', '有效性', '文号', '发文字号',
  '字号', '日期', '时间', '责任编辑', '编辑', '审核',
];
// Longest keys first so 发布时间 wins over 时间
const KEY_ALT = [...FIELD_KEYS].sort((a, b) => b.length - a.length).join('|');
/** The date fields and what each date means (the deadline rules read them). */
const KIND_OF_KEY: Record<string, DateKind> = {
  发布时间: 'published',
  发布日期: 'published',
  成文日期: 'written',
  发文日期: 'written',
  成文时间: 'written',
  // a disclosure catalogue's date for the record (生成日期, 公文生成日期): often the day the page was made, the same as
  // its 发布日期 — held to the publication deadline, not the submission one
  生成日期: 'date',
  公文生成日期: 'date',
  发文时间: 'written',
  日期: 'date',
  时间: 'date',
  // an update time is the publication date only when the page gives no other (更新时间:2021/03/29 11:30:01)
  更新时间: 'date',
  更新日期: 'date',
  发表时间: 'published',
  发表日期: 'published',
  上传时间: 'date',
  录入时间: 'date',
};
/** Date keys a site may print glued to their value (发布日期2026-04-20): the date fields but the bare 日期/时间, longest first. */
const DATE_KEY_ALT = Object.keys(KIND_OF_KEY)
  .filter((k) => k.length > 2)
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * A line that opens with a field key and a colon (or, for dates, a space then a date, or a date key glued to its date);
 * also a row of a metadata table copied as text (「| 索引号 | … | 成文日期 | 2026-03-16 |」).
 */
const FIELD_LINE = new RegExp(
  `^(?:[-•·*]\\s+)?(?:[|｜]\\s*)?(?:[[【［]\\s*(?:${KEY_ALT})\\s*[\\]】］]|(?:${KEY_ALT})\\s*(?:[:：|｜]|\\s+(?=[0-9０-９]{4}))|(?:${DATE_KEY_ALT})(?=[0-9０-９]{4}))`,
);
/** A page's date and time alone on a line, as a site prints it under the title: 2022-04-25 10:20. */
const BARE_PAGE_DATE = /^[0-9０-９]{4}[-/.][0-9０-９]{1,2}[-/.][0-9０-９]{1,2}(?:\s+[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[:：][0-9０-９]{2})?)?$/;
const FIELD = new RegExp(`(${KEY_ALT})\\s*[:：]?\\s*`, 'g');
const NAV_LINE = /^\s*(?:[•·●▪◆]\s*)?(?:【(?:打印|关闭|收藏)】\s*)*(?:上一篇|下一篇|关联稿件|相关链接|扫一扫在手机打开当前页|【?打印本页|【?关闭窗口|分享到|责任编辑[:：]|浏览(?:量|次数)[:：]|[【\[]?\s*字(?:体|號|号|體|型)(?:大小)?\s*(?:[【：:\[]|[大中小]\s|$)|语音播报$|语音合成中|请耐心等待\.{3}$|(?:您(?:现在)?的|当前|所在)位置\s*(?:是)?\s*[:：]|首页\s*[>＞»›/|]|分享\s*[:：]?\s*$|今天是\s*[:：]|(?:主办|承办|协办)(?:单位)?\s*[:：]|技术支持\s*[:：]|版权所有|网站标识码|(?:相关)?附件(?:下载)?\s*[:：][^\n]*\.(?:pdf|docx?|wps|xlsx?|ofd|zip|rar)\s*$)/i;

export function isFurnitureLine(text: string): boolean {
  // (full-width digits are matched by the patterns themselves)
  return isFieldOrNavLine(text) || BARE_PAGE_DATE.test(text);
}

/** A field or navigation line (not a bare date, which may be the value of the field line above it). */
function isFieldOrNavLine(text: string): boolean {
  return FIELD_LINE.test(text) || NAV_LINE.test(text);
}

/** A field line that ends at its key: the value is on the next line (发布时间： / 2026-03-04). */
const EMPTY_VALUE_END = new RegExp(`(?:^|\\s)(?:${KEY_ALT})\\s*[:：]\\s*$`);
/** A line that can only be a field's value: a date, or a short name without sentence punctuation or numbering. */
function isValueLine(text: string): boolean {
  if (!text || text.length > 30) return false;
  const d = parseDate(text);
  if (d && d.index === 0) return true;
  return !/[。，,；;！？!?：:、（(《]/.test(text) && !/^(?:[一二三四五六七八九十]+[、．.]|\d+[、．.]|第[一二三四五六七八九十]+)/.test(text) && !/(?:报告|总结|情况|工作)$/.test(text);
}

/**
 * Mark page furniture in place: field and navigation lines, and the line after a field line that ends at its key
 * when that line can only be the value (a web page's fields laid out one per line: 「发布时间：」「2026-03-04」).
 */
export function markFurniture(blocks: readonly Block[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const t = blocks[i].text.trim();
    if (!isFurnitureLine(t)) continue;
    blocks[i].furniture = true;
    const next = blocks[i + 1];
    if (next && EMPTY_VALUE_END.test(t) && !isFieldOrNavLine(next.text.trim()) && isValueLine(next.text.trim())) {
      next.furniture = true;
      i++;
    }
  }
}

/** The fields of every furniture block; a field whose value is on the next line (see markFurniture) takes it from there. */
export function furnitureFields(blocks: readonly Block[], toSource: (b: Block, i: number) => number): FurnitureField[] {
  const out: FurnitureField[] = [];
  // the loop passes over every block; a furniture line's fields are read in a function of its own (V8 compiles the
  // loop without them)
  for (let i = 0; i < blocks.length; i++) if (blocks[i].furniture) i = addFields(blocks, i, toSource, out);
  return out;
}

/** The fields of furniture line blocks[i] added to `out`; returns the index of the last block read (i, or i + 1 for a value on the next line). */
function addFields(blocks: readonly Block[], i: number, toSource: (b: Block, i: number) => number, out: FurnitureField[]): number {
  const fields = parseFields(blocks[i], toSource);
  const last = fields[fields.length - 1];
  const next = blocks[i + 1];
  if (last && !last.value && next?.furniture && !isFieldOrNavLine(next.text.trim())) {
    const { value, valueSpan } = lineValue(next, toSource);
    fields[fields.length - 1] = { ...last, value, end: valueSpan.end, valueSpan };
    out.push(...fields);
    return i + 1;
  }
  out.push(...fields);
  return i;
}

/** A whole line as a field's value (a value on the line under its key, a bare page date), trimmed, with its span. */
function lineValue(b: Block, toSource: (b: Block, i: number) => number): { value: string; valueSpan: { start: number; end: number } } {
  const raw = b.text;
  const lead = raw.length - raw.trimStart().length;
  const value = raw.trim();
  return { value, valueSpan: { start: toSource(b, lead), end: toSource(b, lead + value.length) } };
}

/** Split a furniture line into key/value fields. */
export function parseFields(block: Block, toSource: (b: Block, i: number) => number): FurnitureField[] {
  const text = block.text;
  const hits: { key: string; start: number; valueStart: number }[] = [];
  FIELD.lastIndex = 0;
  for (let m = FIELD.exec(text); m; m = FIELD.exec(text)) {
    // a key must start the line or follow whitespace, so 来源 inside a value is not a key
    if (m.index > 0 && !/\s/.test(text[m.index - 1])) continue;
    hits.push({ key: m[1], start: m.index, valueStart: m.index + m[0].length });
  }
  const fields: FurnitureField[] = [];
  // a bare page date (2022-04-25 10:20): the page's date, as if labelled 日期
  if (!hits.length && BARE_PAGE_DATE.test(text.trim())) {
    const { value, valueSpan } = lineValue(block, toSource);
    return [{ key: '日期', value, block: block.index, ...valueSpan, valueSpan }];
  }
  hits.forEach((h, i) => {
    const valueEndRaw = i + 1 < hits.length ? hits[i + 1].start : text.length;
    const value = text.slice(h.valueStart, valueEndRaw).trim();
    const vs = h.valueStart;
    const ve = vs + value.length;
    fields.push({
      key: h.key,
      value,
      block: block.index,
      start: toSource(block, h.start),
      end: toSource(block, ve),
      valueSpan: { start: toSource(block, vs), end: toSource(block, ve) },
    });
  });
  return fields;
}

/** 2024年2月28日, 2024-02-28, 2024-3-29, 2024.2.28, 2021/03/29 11:30:01 (read after full-width digits become ASCII). */
const DATE = /(?<![0-9])([0-9]{4})\s*(?:年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日?|([-./])([0-9]{1,2})\4([0-9]{1,2})(?![0-9]))/;

const SECONDARY = new Set(['更新时间', '更新日期', '上传时间', '录入时间']);

export function datesFromFields(fields: FurnitureField[]): DateMention[] {
  const out: DateMention[] = [];
  const primary = fields.some((f) => KIND_OF_KEY[f.key] && !SECONDARY.has(f.key) && parseDate(f.value));
  for (const f of fields) {
    const kind = KIND_OF_KEY[f.key];
    if (!kind || (primary && SECONDARY.has(f.key))) continue;
    const d = parseDate(f.value);
    if (!d) continue;
    out.push({
      kind,
      ...d.date,
      raw: d.raw,
      source: f.key,
      ...(SECONDARY.has(f.key) ? { updated: true } : {}),
      start: f.valueSpan.start + d.index,
      end: f.valueSpan.start + d.index + d.raw.length,
    });
  }
  return out;
}

/**
 * Find the first calendar date in a string: 2024年2月28日, 2024-02-28, 2024-3-29, 2024.2.28,
 * 2021/03/29 11:30:01, ２０２４年３月２８日, 二〇二四年三月十二日, 二○二五年一月五日.
 * `raw` is the date as written (full-width digits kept); `index` its offset in `s`.
 */
export function parseDate(s: string): { date: { year: number; month: number; day: number }; raw: string; index: number } | undefined {
  const ascii = normalizeDigits(s, true); // same offsets
  const m = DATE.exec(ascii);
  let year: number, month: number, day: number, index: number, length: number;
  if (m) {
    year = Number(m[1]);
    month = Number(m[2] ?? m[5]);
    day = Number(m[3] ?? m[6]);
    index = m.index;
    length = m[0].length;
  } else {
    const c = readCnDate(s);
    if (!c) return undefined;
    ({ year, month, day, index, length } = c);
  }
  const raw = s.slice(index, index + length);
  if (!validDate(year, month, day)) return undefined;
  return { date: { year, month, day }, raw, index };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(y: number, m: number, d: number): boolean {
  if (!(y >= 1949 && y <= 2100 && m >= 1 && m <= 12 && d >= 1)) return false;
  // the Gregorian calendar's month lengths (no Date object per date read)
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]);
}

/**
 * The closing date line under the signature: a short line that is just a date
 * (2024年3月12日, 二〇二四年三月十二日), possibly after the issuing body's name.
 */
const CLOSING_LINE = new RegExp(
  `^[^0-9。,，;；:：]{0,30}?((?:[0-9]{4}\\s*年\\s*[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日)|(?:${CN_YEAR_DIGIT_CLASS}{4}\\s*年\\s*[一二三四五六七八九十]{1,3}\\s*月\\s*[一二三四五六七八九十]{1,3}\\s*日))$`,
);

/** The closing line's date given by year and month only (2025年4月), as the last line of the report. */
const CLOSING_MONTH = /^[^0-9。,，;；:：]{0,30}?([0-9]{4}\s*年\s*[0-9]{1,2}\s*月)$/;

function monthOnly(ascii: string, raw: string): ReturnType<typeof parseDate> {
  const m = /^([0-9]{4})\s*年\s*([0-9]{1,2})\s*月$/.exec(ascii);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (!validDate(year, month, 1)) return undefined;
  return { date: { year, month, day: 1 }, raw, index: 0 };
}

export function closingDate(block: Block, toSource: (b: Block, i: number) => number): DateMention | undefined {
  const written = block.text.trim();
  if (written.length > 40) return undefined;
  const text = normalizeDigits(written); // ２０２４年３月２８日: same offsets
  const m = CLOSING_LINE.exec(text) ?? CLOSING_MONTH.exec(text);
  if (!m) return undefined;
  const at = m.index + m[0].length - m[1].length;
  const rawDate = written.slice(at, at + m[1].length);
  // 「2025年4月」 without a day: read as its first day, the earliest it can be (a deadline is missed only when the
  // whole month is past it)
  const d = parseDate(rawDate) ?? monthOnly(normalizeDigits(rawDate), rawDate);
  if (!d) return undefined;
  const lead = block.text.indexOf(rawDate);
  return {
    kind: 'closing',
    ...d.date,
    raw: rawDate,
    source: 'closing line',
    start: toSource(block, lead),
    end: toSource(block, lead + rawDate.length),
  };
}
