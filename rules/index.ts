import type { AnyRule } from '../src/engine/types.js';
import consistentNumbering from './consistent-numbering.js';
import consistentRate from './consistent-rate.js';
import consistentTotal from './consistent-total.js';
import consistentYear from './consistent-year.js';
import noLatePublication from './no-late-publication.js';
import noOutdatedGoalFormula from './no-outdated-goal-formula.js';
import noPlaceholder from './no-placeholder.js';
import noSensitiveData from './no-sensitive-data.js';
import noUnpairedPunctuation from './no-unpaired-punctuation.js';
import preferredTerms from './preferred-terms.js';
import requireFirstResponsiblePerson from './require-first-responsible-person.js';
import requireFullwidthPunctuation from './require-fullwidth-punctuation.js';
import requireNextYearPlan from './require-next-year-plan.js';
import requirePlanFollowup from './require-plan-followup.js';
import requireSections from './require-sections.js';
import requireTopicCoverage from './require-topic-coverage.js';
import validLawTitle from './valid-law-title.js';

/** Every built-in rule, by id. Keep sorted. */
export const rules: Record<string, AnyRule> = {
  'consistent-numbering': consistentNumbering,
  'consistent-rate': consistentRate,
  'consistent-total': consistentTotal,
  'consistent-year': consistentYear,
  'no-late-publication': noLatePublication,
  'no-outdated-goal-formula': noOutdatedGoalFormula,
  'no-placeholder': noPlaceholder,
  'no-sensitive-data': noSensitiveData,
  'no-unpaired-punctuation': noUnpairedPunctuation,
  'preferred-terms': preferredTerms,
  'require-first-responsible-person': requireFirstResponsiblePerson,
  'require-fullwidth-punctuation': requireFullwidthPunctuation,
  'require-next-year-plan': requireNextYearPlan,
  'require-plan-followup': requirePlanFollowup,
  'require-sections': requireSections,
  'require-topic-coverage': requireTopicCoverage,
  'valid-law-title': validLawTitle,
};

export default rules;
