/** Small Chinese numerals as used in outline numbering and 一是/二是 items (一 … 九十九). */
const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23, 一百零五 → 105; NaN when not a numeral. */
export function cnSmallToInt(s: string): number {
  if (!s) return NaN;
  let total = 0;
  let current = 0;
  let sawAny = false;
  for (const ch of s) {
    if (ch in DIGIT) {
      current = DIGIT[ch];
      sawAny = true;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
      sawAny = true;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
      sawAny = true;
    } else {
      return NaN;
    }
  }
  return sawAny ? total + current : NaN;
}

const SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (inverse of cnSmallToInt for 1–99). */
export function intToCnSmall(n: number): string {
  if (n < 10) return SMALL[n];
  if (n < 20) return '十' + (n % 10 ? SMALL[n % 10] : '');
  if (n < 100) return SMALL[Math.floor(n / 10)] + '十' + (n % 10 ? SMALL[n % 10] : '');
  return String(n);
}
