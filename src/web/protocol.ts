/**
 * Messages between the page (page.ts) and its Web Worker (worker.ts).
 * Everything crosses by structured clone; file bytes are transferred.
 */
import type { ChecklistRow } from '../format/checklist-data.js';
import type { Locale, Severity } from '../engine/types.js';
import type { PresetName } from '../config/presets.js';

export interface Settings {
  preset: PresetName;
  /** Rules switched on or off against the preset, by id. */
  rules: Record<string, boolean>;
  locale: Locale;
  /** The report year when a report does not say (config reportYear); undefined: from the text. */
  reportYear?: number;
}

export interface InputFile {
  /** The file's name (a folder's files: their path inside the folder). */
  name: string;
  bytes: ArrayBuffer;
  /** The browser could not read the file (moved, deleted, no permission): its message. */
  readError?: string;
}

/** One result in the shape of `--format json` (filePath = the file's name). */
export interface JsonMessage {
  ruleId: string | null;
  severity: number;
  info?: boolean;
  fatal?: boolean;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  messageId?: string;
  data?: Record<string, string | number>;
  paragraph?: number;
  context?: string;
  [key: string]: unknown;
}
export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fatalErrorCount: number;
  encoding?: string;
  lineUnit?: string;
}

/** A finding placed in the report text, for highlighting. */
export interface Placed {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
  /** Second places that explain the finding (the count a rate was built on). */
  related: { message: string; start: number; end: number; line: number; column: number }[];
  suggestions: string[];
  internal: boolean;
}

export interface RuleInfo {
  id: string;
  description: { zh: string; en: string };
  severity: Severity;
  /** The level in each preset ('off' when the preset leaves it out). */
  presets: Record<PresetName, string>;
  optIn: boolean;
}

export type ToWorker =
  | { type: 'lint'; batch: number; settings: Settings; files: InputFile[] }
  /** One report's text and placed findings, when the reader opens it (kept in the worker until then). */
  | { type: 'detail'; batch: number; index: number }
  /** The 批注版 of one report of the latest batch: a Word copy with the findings as comments. */
  | { type: 'annotate'; batch: number; index: number };

export type FromWorker =
  | { type: 'ready'; rules: RuleInfo[]; version: string }
  | { type: 'start'; batch: number; count: number }
  /** csv: the file's line of `--format csv` and the header it goes under. */
  | { type: 'result'; batch: number; index: number; json: JsonResult; row: ChecklistRow; csv: { head: string; line: string } }
  | { type: 'detail'; batch: number; index: number; source?: string; placed: Placed[] }
  | { type: 'done'; batch: number; ms: number }
  /** The 批注版 asked for: the .docx bytes (transferred) and its file name, or why none was made. */
  | { type: 'annotated'; batch: number; index: number; name: string; bytes?: ArrayBuffer; comments?: number; error?: string }
  | { type: 'error'; batch: number; message: string };
