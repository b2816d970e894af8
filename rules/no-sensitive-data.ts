import { defineRule } from '../src/engine/define.js';
import type { Block } from '../src/model/types.js';
import { matchesOf } from '../src/engine/match.js';

/**
 * 18-digit resident ID (GB 11643-1999): 6-digit area, birth date YYYYMMDD,
 * 3-digit sequence, check character (ISO 7064 MOD 11-2). Not inside a longer
 * run of digits or letters (索引号, 统一社会信用代码).
 */
const RESIDENT_ID = /(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function isValidResidentId(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  const y = Number(id.slice(6, 10));
  const mo = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * WEIGHTS[i];
  return CHECK[sum % 11] === id[17].toUpperCase();
}

/**
 * Mainland mobile numbers: 11 digits from 13–19, optionally grouped 3-4-4.
 * Not part of a longer number or code (统一社会信用代码), a decimal or a quantity (13800000000元).
 */
const MOBILE = /(?<![\dA-Za-z.])1[3-9]\d(?:([-\s]?)\d{4}\1\d{4})(?![\dA-Za-z.%])(?![万亿元件个人次户名条项])/g;
/**
 * What both numbers above contain: seven digits, a separator allowed after the third. Most blocks have none
 * (years and counts are shorter), and this one scan spares them the two patterns (the ID's look-behind runs
 * at every position).
 */
const LONG_NUMBER = /\d{3}[-\s]?\d{4}/;

/** Classification marks (GB/T 9704 密级: 绝密★1年) and internal-circulation notices. */
const MARK_STAR = /(?:绝密|机密|秘密)\s*★/g;
const MARK_LINE = /^[【(（[]?(?:绝密|机密|秘密|内部|内部资料|内部文件|内部刊物|内部使用)(?:\s*★\s*[^\s)）】\]]{0,8})?(?:[，,\s]*(?:注意保存|请勿外传|不得外传|严禁外传))?[】)）\]]?$/;
const MARK_PHRASE = /(?:内部资料|内部文件)[，,\s]*(?:注意保存|请勿外传|不得外传|严禁外传|注意保密)|仅供内部(?:使用|参考|传阅)/g;

type Kind = 'residentId' | 'mobile' | 'marking';

export default defineRule({
  meta: {
    id: 'no-sensitive-data',
    type: 'problem',
    description: {
      zh: '公开的报告不得含有公民身份号码、手机号码或密级、内部资料标志',
      en: 'A published report contains no resident ID numbers, mobile numbers, or classification and internal-use marks',
    },
    severity: 'error',
    basis: {
      zh: '《法治政府建设与责任落实督察工作规定》第二十四条（涉及国家秘密的除外）；《中华人民共和国保守国家秘密法》；《中华人民共和国个人信息保护法》；GB 11643-1999 公民身份号码',
      en: '厅字〔2019〕28号 art. 24 (state secrets excepted from publication); Law on Guarding State Secrets; Personal Information Protection Law; GB 11643-1999',
    },
    schema: {
      type: 'object',
      properties: {
        residentId: { type: 'boolean', description: 'Report 18-digit resident ID numbers with a valid check character.' },
        mobile: { type: 'boolean', description: 'Report mainland mobile phone numbers (11 digits, 13–19).' },
        marking: { type: 'boolean', description: 'Report classification marks (绝密/机密/秘密★) and internal-use notices (内部资料, 注意保存).' },
      },
      additionalProperties: false,
    },
    defaultOptions: { residentId: true, mobile: true, marking: true },
    messages: {
      residentId: {
        zh: '「{masked}」是有效的公民身份号码，公开前必须删除或隐去（个人信息保护法）',
        en: '“{masked}” is a valid resident ID number; remove or mask it before publication (Personal Information Protection Law)',
      },
      mobile: {
        zh: '「{masked}」是手机号码，属于个人信息，公开前应删除或改为单位电话',
        en: '“{masked}” is a mobile phone number (personal data); remove it or give an office number before publication',
      },
      marking: {
        zh: '「{found}」是密级或内部资料标志：涉密或内部文件不得按第二十四条公开，请先做保密审查',
        en: '“{found}” is a classification or internal-use mark: such a document must not be published under art. 24; review it first',
      },
    },
  },
  check(context) {
    const { report, options } = context;
    // page furniture (索引号, 发布机构, dates) holds no ID or mark of the report's own, but a contact's mobile printed in it
    // (「联系人：… 139-5331-2467」) is published like any other
    const blocks = report.blocks;
    const say = (kind: Kind, b: Block, index: number, length: number, data: Record<string, string>) =>
      context.reportIssue({ messageId: kind, data, start: report.toSource(b, index), end: report.toSource(b, index + length) });

    for (const b of blocks) {
      const t = b.text;
      const longNumber = (options.residentId || options.mobile) && LONG_NUMBER.test(t);
      if (b.furniture) {
        if (options.mobile && longNumber) for (const m of matchesOf(MOBILE, t)) say('mobile', b, m.index, m[0].length, { masked: mask(m[0].replace(/\D/g, ''), 3, 4) });
        continue;
      }
      if (options.residentId && longNumber) {
        for (const m of matchesOf(RESIDENT_ID, t)) {
          if (isValidResidentId(m[0])) say('residentId', b, m.index, m[0].length, { masked: mask(m[0], 4, 4) });
        }
      }
      if (options.mobile && longNumber) {
        for (const m of matchesOf(MOBILE, t)) say('mobile', b, m.index, m[0].length, { masked: mask(m[0].replace(/\D/g, ''), 3, 4) });
      }
      if (options.marking) {
        const line = t.trim();
        if (MARK_LINE.test(line)) {
          say('marking', b, t.indexOf(line), line.length, { found: line });
          continue;
        }
        // a mark with a star needs the star: most blocks have none
        if (t.includes('★')) for (const m of matchesOf(MARK_STAR, t)) say('marking', b, m.index, m[0].length, { found: m[0] });
        // every phrase holds 内部 (内部资料, 内部文件, 仅供内部)
        if (t.includes('内部')) for (const m of matchesOf(MARK_PHRASE, t)) say('marking', b, m.index, m[0].length, { found: m[0] });
      }
    }
  },
});

/** Keep the first and last digits, star the rest: the message must not republish the number. */
function mask(s: string, head: number, tail: number): string {
  return s.slice(0, head) + '*'.repeat(Math.max(0, s.length - head - tail)) + s.slice(-tail);
}
