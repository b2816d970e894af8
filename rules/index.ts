import type { AnyRule } from '../src/engine/types.js';
import consistentRate from './consistent-rate.js';
import consistentTotal from './consistent-total.js';
import noOutdatedGoalFormula from './no-outdated-goal-formula.js';
import noSensitiveData from './no-sensitive-data.js';
import preferredTerms from './preferred-terms.js';
import requireSections from './require-sections.js';
import requireTopicCoverage from './require-topic-coverage.js';
import validLawTitle from './valid-law-title.js';

/** Every built-in rule, by id. Keep sorted. */
export const rules: Record<string, AnyRule> = {
  'consistent-rate': consistentRate,
  'consistent-total': consistentTotal,
  'no-outdated-goal-formula': noOutdatedGoalFormula,
  'no-sensitive-data': noSensitiveData,
  'preferred-terms': preferredTerms,
  'require-sections': requireSections,
  'require-topic-coverage': requireTopicCoverage,
  'valid-law-title': validLawTitle,
};

export default rules;
