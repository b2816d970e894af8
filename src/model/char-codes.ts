import { isBlank } from '../parse/text.js';
/**
 * Character tests by char code for the structural passes (outline, sentences, items, duty mentions): the same
 * classes as the regular expressions they stand for, read one UTF-16 unit at a time without allocating a
 * one-character string per test (`/\s/.test(text[i])` makes a string for every CJK character it looks at).
 */

/** JavaScript's `\s`: [\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]. */
export function isSpaceCode(c: number): boolean {
  return c === 0x0a || c === 0x0d || isBlank(c);
}

/** A sentence end: 。！？!? (`[。！？!?]`). */
export function isSentenceEndCode(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
}

/** A closing mark that stays with the sentence before it: ”’」』)） (`[”’」』)）]`). */
export function isSentenceCloserCode(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0x29 || c === 0xff09;
}

/** A small Chinese numeral of outline numbering and items: 一二三四五六七八九十 (`[一二三四五六七八九十]`). */
export function isCnNumeralCode(c: number): boolean {
  switch (c) {
    case 0x4e00: // 一
    case 0x4e8c: // 二
    case 0x4e09: // 三
    case 0x56db: // 四
    case 0x4e94: // 五
    case 0x516d: // 六
    case 0x4e03: // 七
    case 0x516b: // 八
    case 0x4e5d: // 九
    case 0x5341: // 十
      return true;
    default:
      return false;
  }
}

/** Whether text[from, to) is all `\s` (true when empty). */
export function allSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}
