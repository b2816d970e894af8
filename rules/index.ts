import type { AnyRule } from '../src/engine/types.js';
import noOutdatedGoalFormula from './no-outdated-goal-formula.js';
import noSensitiveData from './no-sensitive-data.js';
import preferredTerms from './preferred-terms.js';
import requireSections from './require-sections.js';
import requireTopicCoverage from './require-topic-coverage.js';
import validLawTitle from './valid-law-title.js';

/** Every built-in rule, by id. Keep sorted. */
export const rules: Record<string, AnyRule> = {
  'no-outdated-goal-formula': noOutdatedGoalFormula,
  'no-sensitive-data': noSensitiveData,
  'preferred-terms': preferredTerms,
  'require-sections': requireSections,
  'require-topic-coverage': requireTopicCoverage,
  'valid-law-title': validLawTitle,
};

export default rules;
