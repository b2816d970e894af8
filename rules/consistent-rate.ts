import { defineRule } from '../src/engine/define.js';
import type { RelatedPlace } from '../src/engine/types.js';
import { exactCompare, exactToString, type Exact } from '../src/model/numbers.js';
import { basisVerdict, MERITS_BASE_STEMS, NOT_ON_MERITS, pointsVerdict, type Rate, type RateBasis } from '../src/model/facts.js';

/** A rate's sign (symbols, the same in every language). */
const SIGN = { percent: '%', permille: '‰', point: '', times: '', each: '' } as const;

/**
 * An outcome rate (胜诉率, 纠错率 …) higher than part/base, where the text shows the base may hold cases closed
 * without a decision on the merits (撤诉, 终止 … between the base and the rate) or the base is in an earlier
 * sentence than the count: over the cases decided on the merits the stated figure may be right.
 */
function narrowerBasePossible(text: string, rate: Rate, basis: RateBasis, computed: Exact, tried: readonly RateBasis[]): boolean {
  if (!MERITS_BASE_STEMS.has(rate.stem) || basis.formula !== 'ratio' || exactCompare(rate.exact, computed) <= 0) return false;
  // the bases already include the cases less those withdrawn (a breakdown named them): no narrower base is left
  if (tried.some((b) => b.onMerits)) return false;
  if (basis.denominator.sentence < basis.numerator.sentence) return true;
  return NOT_ON_MERITS.test(text.slice(basis.denominator.end, rate.start));
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
    // the computed figure is offered, never applied: the author may have meant another base
    hasSuggestions: true,
    messages: {
      mismatch: {
        zh: '「{rate}」与{expression}={computed}不符（按所列数量计算，四舍五入保留{decimals}位小数）；如另有统计口径，请在文中写明',
        en: '“{rate}” does not match {expression}={computed} (computed from the counts given, rounded half-up to {decimals} decimals); if another base is meant, say so in the text',
      },
      unreachable: {
        zh: '「{rate}」与{expression}={computed}不符（四舍五入保留{decimals}位小数），且没有任何整数能得出这个比率：分子为{numerator}时分母须在{denLo}与{denHi}之间，分母为{denominator}时分子须在{numLo}与{numHi}之间；请核对数字',
        en: '“{rate}” does not match {expression}={computed} (rounded half-up to {decimals} decimals), and no whole count can give that rate: with the numerator {numerator} the base would lie between {denLo} and {denHi}, with the base {denominator} the numerator between {numLo} and {numHi}; please check the figures',
      },
      qualifiedMismatch: {
        zh: '无法确认「{rate}」：{expression}={computed}；带“{qualifier}”的比率可能另有基数，请核对',
        en: 'Cannot confirm “{rate}”: {expression}={computed}; a “{qualifier}” rate may be taken over another base, please check',
      },
      overHundred: {
        zh: '「{rate}」超过100%：{label}的分子是分母的一部分，不可能超过100%',
        en: '“{rate}” exceeds 100%: the numerator of a {label} is part of its base, so it cannot exceed 100%',
      },
      timesMismatch: {
        zh: '「{rate}」与{expression}={computed}倍不符（按所列数量计算）',
        en: '“{rate}” does not match {expression}={computed} times (computed from the counts given)',
      },
      pointsMismatch: {
        zh: '「{rate}」与{expression}={computed}个百分点不符（按所列两个比率计算）',
        en: '“{rate}” does not match {expression}={computed} percentage points (computed from the two rates given)',
      },
      meritsBase: {
        zh: '无法确认「{rate}」：{expression}={computed}；{label}常以作出裁判或决定的案件为基数（不含撤诉、终止等），按此计算可能更高，请核对并写明统计口径',
        en: 'Cannot confirm “{rate}”: {expression}={computed}; a {label} is often taken over the cases decided on the merits (without those withdrawn or terminated), which gives a higher figure; please check and state the base',
      },
      useComputed: { zh: '改为按所列数量计算的{computed}', en: 'Change it to {computed}, computed from the counts given' },
      numeratorPlace: { zh: '分子：「{text}」', en: 'numerator: “{text}”' },
      denominatorPlace: { zh: '分母：「{text}」', en: 'denominator: “{text}”' },
      ratePlace: { zh: '比率：「{text}」', en: 'rate: “{text}”' },
    },
  },
  check(context) {
    const { report, options } = context;
    for (const rate of report.facts.rates) {
      const shown = rate.text;
      if (rate.points) {
        const { now, before, direction } = rate.points;
        const v = pointsVerdict(rate.exact, rate.decimals, direction, now.exact, now.decimals, before.exact, before.decimals);
        if (v.fits) continue;
        const expression = direction === 1 ? `${now.raw}−${before.raw}` : `${before.raw}−${now.raw}`;
        const related: RelatedPlace[] = [now, before].map((r) => ({ start: r.start, end: r.end, messageId: 'ratePlace', data: { text: r.text } }));
        context.reportIssue({ messageId: 'pointsMismatch', data: { rate: shown, expression, computed: exactToString(v.computed) }, severity: 'warn', start: rate.start, end: rate.end, related });
        continue;
      }
      if (rate.inexact && !rate.bound) continue; // 约95%: nothing exact to check
      if (rate.completion && rate.unit === 'percent' && rate.value > 100) {
        context.reportIssue({ messageId: 'overHundred', data: { rate: shown, label: rate.label }, severity: 'error', start: rate.start, end: rate.end });
        continue;
      }
      if (!rate.bases.length) continue;
      if (rate.qualified && options.checkQualified === false) continue; // default true, also when options come without defaults
      const usable = rate.bases.filter((b) => !b.numerator.inexact && !b.denominator.inexact);
      if (!usable.length) continue;
      const verdicts = usable.map((b) => basisVerdict(rate, b));
      if (verdicts.some((v) => v.fits)) continue;
      const basis = usable[0];
      const v = verdicts[0];
      const related: RelatedPlace[] = [
        { start: basis.numerator.labelSpan.start, end: basis.numerator.end, messageId: 'numeratorPlace', data: { text: basis.numerator.label + basis.numerator.raw } },
        { start: basis.denominator.labelSpan.start, end: basis.denominator.end, messageId: 'denominatorPlace', data: { text: basis.denominator.label + basis.denominator.raw } },
      ];
      const data = {
        rate: shown,
        expression: basis.expression,
        computed: exactToString(v.computed) + (rate.unit === 'each' ? (rate.measure ?? '') : SIGN[rate.unit]),
        decimals: v.computedDecimals,
        numerator: exactToString(basis.numerator.exact),
        denominator: exactToString(basis.formula === 'share' ? basis.base : basis.denominator.exact),
      };
      // An Arabic figure with its sign (97.4%) can be replaced by the computed one, to the same decimals
      const typed = context.report.text.slice(rate.valueSpan.start, rate.valueSpan.end);
      const suggestions =
        /^\d+(?:\.\d+)?[%‰]$/.test(typed) && typed.endsWith(SIGN[rate.unit])
          ? [{ messageId: 'useComputed', data: { computed: data.computed }, fix: { start: rate.valueSpan.start, end: rate.valueSpan.end, text: data.computed } }]
          : undefined;
      if (rate.unit === 'times') {
        context.reportIssue({ messageId: 'timesMismatch', data: { rate: shown, expression: basis.expression, computed: exactToString(v.computed) }, severity: 'warn', start: rate.start, end: rate.end, related });
      } else if (narrowerBasePossible(context.report.text, rate, basis, v.computed, usable)) {
        // over a narrower base (the cases decided on the merits) the rate is higher: what is stated may be right
        context.reportIssue({ messageId: 'meritsBase', data: { ...data, label: rate.label }, severity: 'info', start: rate.start, end: rate.end, related });
      } else if (rate.qualified) {
        context.reportIssue({ messageId: 'qualifiedMismatch', data: { ...data, qualifier: rate.modifier }, severity: 'info', start: rate.start, end: rate.end, related });
      } else if (v.unreachable && verdicts.every((x) => x.unreachable) && (basis.formula === 'ratio' || basis.formula === 'share') && rate.unit !== 'each') {
        const u = v.unreachable;
        const bounds = { denLo: exactToString(u.denLo), denHi: exactToString(u.denHi), numLo: exactToString(u.numLo), numHi: exactToString(u.numHi) };
        context.reportIssue({ messageId: 'unreachable', data: { ...data, ...bounds }, severity: 'warn', start: rate.start, end: rate.end, related, suggestions });
      } else {
        context.reportIssue({ messageId: 'mismatch', data, severity: 'warn', start: rate.start, end: rate.end, related, suggestions });
      }
    }
  },
});
