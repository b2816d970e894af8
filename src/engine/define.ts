import type { Rule, RuleContext, RuleMeta } from './types.js';

/** Where rule pages live; one place, so every url is derived the same way. */
export const DOCS_BASE = 'https://github.com/fzlint/fzlint/blob/main/rules/';

export function ruleUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

/**
 * Define a rule. Typed like typescript-eslint's createRule: a wrong messageId
 * or option name fails to compile; the docs url is derived from the id.
 */
export function defineRule<MessageIds extends string, Options extends Record<string, unknown>>(rule: {
  meta: RuleMeta<MessageIds, Options>;
  check(context: RuleContext<MessageIds, Options>): void;
}): Rule<MessageIds, Options> {
  return { meta: { ...rule.meta, url: rule.meta.url ?? ruleUrl(rule.meta.id) }, check: rule.check };
}
