/** Small Chinese numerals as used in outline numbering and 一是/二是 items (一 … 九十九), by code unit. */
const DIGIT = new Map<number, number>(
  ([['零', 0], ['〇', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9]] as const).map(([c, d]) => [c.charCodeAt(0), d]),
);
const TEN = '十'.charCodeAt(0);
const HUNDRED = '百'.charCodeAt(0);

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23, 一百零五 → 105; NaN when not a numeral. */
export function cnSmallToInt(s: string): number {
  if (!s) return NaN;
  let total = 0;
  let current = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    const d = DIGIT.get(ch);
    if (d !== undefined) current = d;
    else if (ch === TEN) {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === HUNDRED) {
      total += (current || 1) * 100;
      current = 0;
    } else {
      return NaN;
    }
  }
  return total + current; // s is not empty: every character was a numeral
}

const SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (inverse of cnSmallToInt for 1–99). */
export function intToCnSmall(n: number): string {
  if (n < 10) return SMALL[n];
  if (n < 20) return '十' + (n % 10 ? SMALL[n % 10] : '');
  if (n < 100) return SMALL[Math.floor(n / 10)] + '十' + (n % 10 ? SMALL[n % 10] : '');
  return String(n);
}

// ---------------------------------------------------------------------------
// Chinese-numeral years and dates: 二〇二四年三月一日, 二○二五年度

/**
 * The characters a year is spelled with, digit by digit. Zero is written 〇 (U+3007), but
 * also ○ (U+25CB, a circle from the symbol keyboard), 零, Ｏ/O and 0 in published reports.
 */
const YEAR_DIGIT: Record<string, number> = {
  〇: 0, '○': 0, '◯': 0, 零: 0, Ｏ: 0, O: 0, '0': 0, '０': 0,
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
/** A character class matching one digit of a Chinese-numeral year (for other modules' patterns). */
export const CN_YEAR_DIGIT_CLASS = '[〇○零ＯO0０一二三四五六七八九]';
/** 二〇二四 → 2024; NaN unless four year digits with at least one Chinese numeral. */
export function cnYearToInt(s: string): number {
  if (s.length !== 4) return NaN;
  let n = 0;
  let chinese = false;
  for (const ch of s) {
    const d = YEAR_DIGIT[ch];
    if (d === undefined) return NaN;
    if (!/[O0０Ｏ]/.test(ch)) chinese = true;
    n = n * 10 + d;
  }
  return chinese ? n : NaN;
}

/** 一 … 十二 (months), 一 … 三十一 (days): 十, 十二, 二十, 二十一, 三十一; NaN otherwise. */
export function cnMonthDayToInt(s: string): number {
  if (!s || s.length > 3) return NaN;
  const n = cnSmallToInt(s);
  return Number.isInteger(n) && n >= 1 && n <= 31 ? n : NaN;
}

const CN_MD = '[一二三四五六七八九十]{1,3}';
const CN_DATE = new RegExp(`(${CN_YEAR_DIGIT_CLASS}{4})\\s*年\\s*(${CN_MD})\\s*月\\s*(${CN_MD})\\s*日`);

export interface CnDate {
  year: number;
  month: number;
  day: number;
  /** Offset of the date in the string read, and its length. */
  index: number;
  length: number;
}

/** The first Chinese-numeral date in `s` (二〇二四年三月一日, 二○二五年十二月三十一日), unchecked for validity beyond its fields. */
export function readCnDate(s: string): CnDate | undefined {
  const m = CN_DATE.exec(s);
  if (!m) return undefined;
  const year = cnYearToInt(m[1]);
  const month = cnMonthDayToInt(m[2]);
  const day = cnMonthDayToInt(m[3]);
  if (!(year > 0) || !(month >= 1 && month <= 12) || !(day >= 1)) return undefined;
  return { year, month, day, index: m.index, length: m[0].length };
}

// ---------------------------------------------------------------------------
// Folding year digits to ASCII in place (structure: titles, headings, plan years); offsets kept

const FULL_WIDTH_DIGIT = /[０-９]/;
const CN_ZERO = /[〇○◯零Ｏ]/;
const FOLD_CN_YEAR = /[〇○◯Ｏ零一二三四五六七八九][〇○◯ＯO零一二三四五六七八九]{3}(?=\s*年)/g;

/**
 * The same text with years written in full-width digits (２０２４年) or Chinese
 * numerals (二〇二四年, 二○二五年度) turned into ASCII digits, character for
 * character, so offsets into the result are offsets into the input. Only
 * four-numeral runs followed by 年 and reading 1949–2100 are touched; other
 * full-width digits become ASCII too.
 */
export function foldYearDigits(text: string): string {
  let out = text;
  if (FULL_WIDTH_DIGIT.test(out)) out = out.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
  // a 20xx year in Chinese numerals has a zero (二〇二四); a 19xx one starts 一九
  if (CN_ZERO.test(out) || out.indexOf('一九') !== -1) {
    FOLD_CN_YEAR.lastIndex = 0;
    if (FOLD_CN_YEAR.test(out)) {
      out = out.replace(FOLD_CN_YEAR, (run) => {
        const digits = [...run].map((ch) => YEAR_DIGIT[ch] ?? '').join('');
        const y = Number(digits);
        return digits.length === 4 && y >= 1949 && y <= 2100 ? digits : run;
      });
    }
  }
  return out;
}

/** The value of a year written with ASCII, full-width or Chinese-numeral digits (2024, ２０２４, 二〇二四); NaN otherwise. */
export function yearValue(digits: string): number {
  if (/^\d{4}$/.test(digits)) return Number(digits);
  const ascii = [...foldYearDigits(digits + '年')].slice(0, 4).join('');
  return /^\d{4}$/.test(ascii) ? Number(ascii) : NaN;
}

/** A year as written in running text, any of the digit forms above (for use inside a larger RegExp source). */
export const YEAR_DIGITS_SOURCE = '(?:19|20)\\d{2}|[１２][０-９]{3}|二[〇○◯零Ｏ][〇○◯零Ｏ一二三四五六七八九]{2}|一九[〇○◯零Ｏ一二三四五六七八九]{2}';
