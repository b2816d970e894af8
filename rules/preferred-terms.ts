import { defineRule } from '../src/engine/define.js';
import type { Span } from '../src/model/types.js';

/** One vocabulary entry, like a Vale substitution rule. */
export interface Term {
  pattern: string;
  replacement?: string;
  message?: string;
  regex?: boolean;
}

interface Options extends Record<string, unknown> {
  terms: Term[];
  skipTitles: boolean;
}

export default defineRule({
  meta: {
    id: 'preferred-terms',
    type: 'suggestion',
    description: {
      zh: '按本单位用语规范替换不规范的说法（用户自定义词表）',
      en: 'Use the house vocabulary: flag words the user’s list replaces (user-defined substitutions)',
    },
    severity: 'warn',
    // needs a vocabulary: not in any preset
    optIn: true,
    hasSuggestions: true,
    basis: {
      zh: '本单位或本地区的公文用语规范（由用户配置）',
      en: 'The organisation’s or region’s own house style for official documents (user-configured)',
    },
    schema: {
      type: 'object',
      properties: {
        terms: {
          type: 'array',
          description: 'The vocabulary: each entry names a word or pattern to avoid and, optionally, what to write instead and why.',
          items: {
            type: 'object',
            properties: {
              pattern: { type: 'string', minLength: 1, description: 'The word to flag, or a JavaScript regular expression when `regex` is true.' },
              replacement: { type: 'string', description: 'What to write instead; offered as a suggestion. Omit to flag the word without a replacement.' },
              message: { type: 'string', description: 'Why, shown after the finding (e.g. the house-style rule it comes from).' },
              regex: { type: 'boolean', description: 'Treat `pattern` as a regular expression (flags: u). Default false: a literal string.' },
            },
            required: ['pattern'],
            additionalProperties: false,
          },
        },
        skipTitles: {
          type: 'boolean',
          description: 'Leave text inside 《》 alone: a cited title keeps its official wording (《山东法制报》). Default true.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { terms: [], skipTitles: true } as Options,
    messages: {
      replace: {
        zh: '「{found}」应写作「{replacement}」{note}',
        en: '“{found}”: write “{replacement}” instead{note}',
      },
      avoid: {
        zh: '避免使用「{found}」{note}',
        en: 'Avoid “{found}”{note}',
      },
      suggest: {
        zh: '改为「{replacement}」',
        en: 'Replace with “{replacement}”',
      },
    },
  },
  check(context) {
    const { report, options } = context;
    if (!options.terms.length) return;
    const compiled = options.terms.map((term, i) => {
      try {
        const re = new RegExp(term.regex ? term.pattern : escape(term.pattern), 'gu');
        // where the text already reads as the replacement, the pattern inside it is not a fault (行政执法 → 行政执法工作)
        const replacement = term.replacement && !term.regex ? new RegExp(escape(term.replacement), 'gu') : undefined;
        return { term, re, replacement };
      } catch (e) {
        throw new Error(`preferred-terms: terms[${i}].pattern is not a valid regular expression: ${(e as Error).message}`);
      }
    });
    const titles: Span[] = options.skipTitles ? report.titles.map((t) => ({ start: t.start, end: t.end })) : [];
    const inTitle = (s: Span) => titles.some((t) => t.start < s.end && s.start < t.end);

    for (const b of report.blocks) {
      if (b.furniture) continue;
      for (const { term, re, replacement } of compiled) {
        // most blocks hold none of the terms: one test, and nothing made for them
        re.lastIndex = 0;
        const found = re.test(b.text);
        re.lastIndex = 0;
        if (!found) continue;
        const done = replacement ? [...b.text.matchAll(replacement)].map((m) => [m.index, m.index + m[0].length]) : [];
        for (const m of b.text.matchAll(re)) {
          if (!m[0]) continue;
          const from = m.index;
          const to = from + m[0].length;
          if (done.some(([s, e]) => s <= from && to <= e)) continue;
          const span = { start: report.toSource(b, from), end: report.toSource(b, to) };
          if (inTitle(span)) continue;
          // the note in both languages' brackets: the engine renders the user's
          const note = !term.message ? '' : { zh: `（${term.message}）`, en: ` (${term.message})` };
          if (term.replacement !== undefined) {
            const replacement = term.regex ? m[0].replace(new RegExp(re.source, 'u'), term.replacement) : term.replacement;
            const data = { found: m[0], replacement, note };
            context.reportIssue({
              messageId: 'replace',
              data,
              ...span,
              suggestions: [{ messageId: 'suggest', data, fix: { ...span, text: replacement } }],
            });
          } else {
            context.reportIssue({ messageId: 'avoid', data: { found: m[0], note }, ...span });
          }
        }
      }
    }
  },
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
