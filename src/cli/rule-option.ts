import { parse, type ParseError } from 'jsonc-parser';
import type { RuleEntry } from '../config/load.js';

const LEVELS = ['off', 'info', 'warn', 'error'];

/**
 * --rule values, as ESLint reads them: `require-sections: off`, `consistent-rate: [warn, {checkQualified: false}]`,
 * or JSON (`{"require-sections": "off"}`). Bare words are strings (true, false, null and numbers are
 * themselves); the outer braces may be left out. Throws an Error whose message says what is wrong.
 */
export function parseRuleOption(value: string): Record<string, RuleEntry> {
  const trimmed = value.trim();
  const body = trimmed.startsWith('{') ? trimmed : `{${trimmed}}`;
  // quote bare words; quoted strings ('…' or "…") are kept (single quotes become double)
  const json = body.replace(/"(?:[^"\\]|\\.)*"|'((?:[^'\\]|\\.)*)'|[^\s{}[\],:"']+/g, (tok, single: string | undefined) => {
    if (tok.startsWith('"')) return tok;
    if (single !== undefined) return JSON.stringify(single);
    if (/^(?:true|false|null|-?\d+(?:\.\d+)?)$/.test(tok)) return tok;
    return JSON.stringify(tok);
  });
  const errors: ParseError[] = [];
  const parsed = parse(json, errors, { allowTrailingComma: true }) as unknown;
  if (errors.length || !parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('syntax');
  const out: Record<string, RuleEntry> = {};
  for (const [id, entry] of Object.entries(parsed as Record<string, unknown>)) {
    const level = Array.isArray(entry) ? entry[0] : entry;
    if (typeof level !== 'string' || !LEVELS.includes(level)) throw new Error(`level:${id}`);
    if (Array.isArray(entry) && (entry.length > 2 || (entry.length === 2 && (typeof entry[1] !== 'object' || entry[1] === null || Array.isArray(entry[1]))))) {
      throw new Error(`options:${id}`);
    }
    out[id] = entry as RuleEntry;
  }
  if (!Object.keys(out).length) throw new Error('empty');
  return out;
}
