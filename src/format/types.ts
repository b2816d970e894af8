import type { Locale } from '../engine/types.js';
import type { FileResult } from '../linter/types.js';

export interface FormatContext {
  cwd: string;
  locale: Locale;
  color: boolean;
  /** Rule metadata by id, for formatters that describe rules (SARIF, checklist). */
  rulesMeta: Record<string, { description: { zh: string; en: string }; url: string; severity: string }>;
}

export type Formatter = (results: FileResult[], context: FormatContext) => string;
