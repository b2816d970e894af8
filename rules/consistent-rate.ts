import { defineRule } from '../src/engine/define.js';
import type { RelatedPlace } from '../src/engine/types.js';
import { exactToString, formatRatio, rateMatches } from '../src/model/numbers.js';
import type { Rate, RateBasis } from '../src/model/facts.js';

/** A rate's scale: percent or per mille. */
const SCALE = { percent: 100, permille: 1000 } as const;
const SIGN = { percent: '%', permille: '‰' } as const;

function computed(rate: Rate, basis: RateBasis): string {
  return formatRatio(basis.numerator.exact, basis.base, rate.decimals, SCALE[rate.unit]) + SIGN[rate.unit];
}

function consistent(rate: Rate, basis: RateBasis): boolean {
  // rounded counts (1.2万件) are given their tolerance: a rate is never blamed on their rounding
  return rateMatches(rate.exact, rate.decimals, basis.numerator.exact, basis.base, SCALE[rate.unit], basis.numerator.tolerance, basis.baseTolerance);
}

export default defineRule({
  meta: {
    id: 'consistent-rate',
    type: 'problem',
    description: {
      zh: '比率应与其所依据的数量一致（分子/分母×100，按所写小数位四舍五入）',
      en: 'A rate agrees with the counts it is built on (numerator/denominator × 100, rounded half-up to the stated decimals)',
    },
    // Default grades: a completion rate above 100% is an error; a rate that disagrees with
    // its counts a warning (the author may be using an unstated base); unconfirmable, info.
    // A level set in the config applies to all but the info findings (resolveSeverity).
    severity: 'warn',
    basis: {
      zh: 'GB/T 8170-2008《数值修约规则与极限数值的表示和判定》；GB/T 15835-2011《出版物上数字用法》',
      en: 'GB/T 8170-2008 (rounding of numbers); GB/T 15835-2011 (use of numbers in publications)',
    },
    schema: {
      type: 'object',
      properties: {
        checkQualified: {
          type: 'boolean',
          description:
            'Check qualified rates (按时办结率, 满意率 …) against a stated qualified count; a mismatch is reported at info level, since such rates are often taken over another base. false: never check them.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { checkQualified: true },
    messages: {
      mismatch: {
        zh: '「{rate}」与{expression}={computed}不符（按所列数量计算，四舍五入保留{decimals}位小数）；如另有统计口径，请在文中写明',
        en: '“{rate}” does not match {expression}={computed} (computed from the counts given, rounded half-up to {decimals} decimals); if another base is meant, say so in the text',
      },
      qualifiedMismatch: {
        zh: '无法确认「{rate}」：{expression}={computed}；带“{qualifier}”的比率可能另有基数，请核对',
        en: 'Cannot confirm “{rate}”: {expression}={computed}; a “{qualifier}” rate may be taken over another base, please check',
      },
      overHundred: {
        zh: '「{rate}」超过100%：{label}的分子是分母的一部分，不可能超过100%',
        en: '“{rate}” exceeds 100%: the numerator of a {label} is part of its base, so it cannot exceed 100%',
      },
      numeratorPlace: { zh: '分子：「{text}」', en: 'numerator: “{text}”' },
      denominatorPlace: { zh: '分母：「{text}」', en: 'denominator: “{text}”' },
    },
  },
  check(context) {
    const { report, options } = context;
    for (const rate of report.facts.rates) {
      if (rate.inexact) continue; // 80%以上: nothing exact to check
      const shown = rate.text;
      if (rate.completion && rate.unit === 'percent' && rate.value > 100) {
        context.reportIssue({ messageId: 'overHundred', data: { rate: shown, label: rate.label }, severity: 'error', start: rate.start, end: rate.end });
        continue;
      }
      if (!rate.bases.length) continue;
      if (rate.qualified && !options.checkQualified) continue;
      const usable = rate.bases.filter((b) => !b.numerator.inexact && !b.denominator.inexact && b.base.n > 0n);
      if (!usable.length || usable.some((b) => consistent(rate, b))) continue;
      const basis = usable[0];
      const related: RelatedPlace[] = [
        { start: basis.numerator.labelSpan.start, end: basis.numerator.end, messageId: 'numeratorPlace', data: { text: basis.numerator.label + basis.numerator.raw } },
        { start: basis.denominator.labelSpan.start, end: basis.denominator.end, messageId: 'denominatorPlace', data: { text: basis.denominator.label + basis.denominator.raw } },
      ];
      const data = {
        rate: shown,
        expression: basis.expression,
        computed: computed(rate, basis),
        decimals: rate.decimals,
        numerator: exactToString(basis.numerator.exact),
        denominator: exactToString(basis.denominator.exact),
      };
      if (rate.qualified) {
        context.reportIssue({ messageId: 'qualifiedMismatch', data: { ...data, qualifier: rate.modifier }, severity: 'info', start: rate.start, end: rate.end, related });
      } else {
        context.reportIssue({ messageId: 'mismatch', data, severity: 'warn', start: rate.start, end: rate.end, related });
      }
    }
  },
});
