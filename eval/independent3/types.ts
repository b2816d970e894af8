/** One case of the third independent corpus: a whole report, clean or with exactly one planted fault. */
export interface Case {
  id: string;
  /** The published page(s) whose layout, wording and kind of figures the case models (no sentence copied). */
  source: string;
  label: 'clean' | 'defect';
  /** For a defect: the rule that must report it, at or above this severity (default warn). */
  expect?: { rule: string; severity?: 'warn' | 'error' };
  /** Rules not scored on this case, with the reason in `note` (documented double findings only). */
  tolerate?: string[];
  format?: 'text' | 'markdown' | 'html';
  /** What the case exercises, or which fault was planted. */
  note?: string;
  text: string;
}
