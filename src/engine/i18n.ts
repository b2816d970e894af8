import type { LocalizedText, Locale } from './types.js';

/** Fill {placeholders} of a message template; unknown placeholders stay visible. */
export function render(template: LocalizedText, locale: Locale, data: Record<string, string | number> = {}): string {
  const t = template[locale] ?? template.zh;
  return t.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

/** Engine messages that do not belong to a rule. */
export const ENGINE_MESSAGES = {
  internalError: {
    zh: '规则 {ruleId} 运行出错：{error}',
    en: 'Rule {ruleId} failed: {error}',
  },
} satisfies Record<string, LocalizedText>;
