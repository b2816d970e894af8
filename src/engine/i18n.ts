import type { LocalizedText, Locale, MessageData } from './types.js';

/** Fill {placeholders} of a message template; unknown placeholders stay visible; localized values in the locale. */
export function render(template: LocalizedText, locale: Locale, data: MessageData = {}): string {
  return fill(template[locale] ?? template.zh, localizeData(data, locale));
}

/** Templates split once at their placeholders (text, name, text, …, text): a finding's message is then a concatenation. */
const compiled = new Map<string, readonly string[]>();
const PLACEHOLDER = /\{(\w+)\}/;

/** Fill {placeholders} of one template with values already in the message's language; unknown placeholders stay visible. */
export function fill(template: string, values: Record<string, string | number>): string {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(PLACEHOLDER)));
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const k = parts[i];
    out += (k in values ? String(values[k]) : `{${k}}`) + parts[i + 1];
  }
  return out;
}

/** Placeholder values in one language: a localized value ({ zh, en }) becomes its text in `locale`. */
export function localizeData(data: MessageData, locale: Locale): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const keys = Object.keys(data);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = data[k];
    out[k] = typeof v === 'object' && v !== null ? (v[locale] ?? v.zh) : v;
  }
  return out;
}

/** Engine messages that do not belong to a rule. */
export const ENGINE_MESSAGES = {
  internalError: {
    zh: '规则 {ruleId} 运行出错：{error}',
    en: 'Rule {ruleId} failed: {error}',
  },
} satisfies Record<string, LocalizedText>;
