import type { LocalizedText, Locale, MessageData } from './types.js';

/** Fill {placeholders} of a message template; unknown placeholders stay visible; localized values in the locale. */
export function render(template: LocalizedText, locale: Locale, data: MessageData = {}): string {
  const t = template[locale] ?? template.zh;
  const values = localizeData(data, locale);
  return t.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** Placeholder values in one language: a localized value ({ zh, en }) becomes its text in `locale`. */
export function localizeData(data: MessageData, locale: Locale): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(data)) out[k] = typeof v === 'object' && v !== null ? (v[locale] ?? v.zh) : v;
  return out;
}

/** Engine messages that do not belong to a rule. */
export const ENGINE_MESSAGES = {
  internalError: {
    zh: '规则 {ruleId} 运行出错：{error}',
    en: 'Rule {ruleId} failed: {error}',
  },
} satisfies Record<string, LocalizedText>;
