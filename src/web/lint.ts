/**
 * The page's host around the kernel: the same steps as the CLI's Linter
 * (lintBytes → lintText), without a file system. Bytes → readDocument (the
 * entry the CLI uses, so every format src/parse reads is read here too) →
 * model → rules with the bundled law list → the result in `--format json`
 * shape and the review table's row (src/format/checklist-data.ts).
 */
import { rules as builtinRules } from '../../rules/index.js';
import { presetRules, PRESETS, type PresetName } from '../config/presets.js';
import { prepare } from '../engine/lint.js';
import { runRules, resourcesNeeded, type ConfiguredRule } from '../engine/run.js';
import type { AnyRule, LintMessage, Locale, RuleResources, Severity } from '../engine/types.js';
import { checklistRow } from '../format/checklist-data.js';
import { json } from '../format/json.js';
import { csv } from '../format/csv.js';
import type { FormatContext, RuleMetaSummary } from '../format/types.js';
import { LawIndex, parseLawsTsv } from '../laws/index.js';
import { DEFAULT_MAX_FILE_SIZE, emptyFileMessage, structureOverBudget, tooLargeMessage } from '../linter/limits.js';
import { countResult, type FileResult } from '../linter/types.js';
import type { Report } from '../model/report.js';
import { readDocument, ReadError, type SourceDocument } from '../parse/index.js';
import type { InputFile, JsonResult, Placed, RuleInfo, Settings } from './protocol.js';
import type { ChecklistRow } from '../format/checklist-data.js';

export const RULES: Record<string, AnyRule> = builtinRules;

export function ruleInfos(): RuleInfo[] {
  const levels = Object.fromEntries(PRESETS.map((p) => [p, presetRules(p, RULES)])) as Record<PresetName, Record<string, string>>;
  return Object.entries(RULES).map(([id, rule]) => ({
    id,
    description: rule.meta.description,
    severity: rule.meta.severity,
    presets: Object.fromEntries(PRESETS.map((p) => [p, levels[p][id] ?? 'off'])) as Record<PresetName, string>,
    optIn: Boolean(rule.meta.optIn),
  }));
}

/** The rules a setting enables, as the config resolver builds them: sorted by id, default options. */
export function configuredRules(settings: Settings): Map<string, ConfiguredRule> {
  const levels: Record<string, string> = presetRules(settings.preset, RULES);
  for (const [id, on] of Object.entries(settings.rules)) {
    if (!RULES[id]) continue;
    if (!on) levels[id] = 'off';
    else if (!levels[id] || levels[id] === 'off') levels[id] = RULES[id].meta.severity;
  }
  const out = new Map<string, ConfiguredRule>();
  for (const [id, level] of Object.entries(levels).sort(([a], [b]) => a.localeCompare(b))) {
    if (level === 'off') continue;
    const rule = RULES[id];
    out.set(id, { rule, setting: { severity: level as Severity, options: { ...(rule.meta.defaultOptions as Record<string, unknown>) } } });
  }
  return out;
}

let laws: LawIndex | undefined;
/** The bundled law list (data/laws.tsv without its source column), parsed on first need. */
export function bundledLaws(): LawIndex {
  laws ??= new LawIndex(parseLawsTsv(__FZLINT_LAWS__));
  return laws;
}

function resourcesFor(rules: Map<string, ConfiguredRule>): Partial<RuleResources> {
  const out: Partial<RuleResources> = {};
  for (const name of resourcesNeeded(rules.values())) if (name === 'laws') out.laws = bundledLaws();
  return out;
}

const RULES_META: Record<string, RuleMetaSummary> = Object.fromEntries(
  Object.entries(RULES).map(([id, r]) => [id, { description: r.meta.description, url: `#rule/${id}`, severity: r.meta.severity }]),
);
const KNOWN_RULES: ReadonlySet<string> = new Set(Object.keys(RULES));

export interface Linted {
  json: JsonResult;
  row: ChecklistRow;
  /** This file's line of `--format csv` (the 汇总表) and its header. */
  csv: { head: string; line: string };
  source?: string;
  placed: Placed[];
  /** The findings as the engine made them (for the 批注版), when the file was linted. */
  messages: LintMessage[];
}

interface Read {
  file: InputFile;
  doc?: SourceDocument;
  /** Why the file was not linted (a file-level error, as the CLI words it). */
  error?: string;
  size: number;
}

/**
 * Lint a batch. Files are read in order and each result is handed to `emit`
 * as soon as it is ready; rules that compare reports (meta.crossDocument, in
 * fzlint:strict) see every report of the batch, so then all are read first.
 * `cancelled` is asked between files: a newer batch stops this one.
 */
export async function lintBatch(files: InputFile[], settings: Settings, emit: (index: number, r: Linted) => void, cancelled: () => boolean): Promise<void> {
  const locale: Locale = settings.locale;
  const rules = configuredRules(settings);
  const resources = resourcesFor(rules);
  const enabled = [...rules.keys()];
  const crossDocument = [...rules.values()].some((c) => c.rule.meta.crossDocument);
  const ctx: FormatContext = { cwd: '', locale, color: false, rulesMeta: RULES_META, enabledRules: {} };

  const read = async (file: InputFile): Promise<Read> => {
    if (file.readError !== undefined) return { file, size: 0, error: `${locale === 'zh' ? '无法读取文件：' : 'cannot read file: '}${file.readError}` };
    const bytes = new Uint8Array(file.bytes);
    if (bytes.length > DEFAULT_MAX_FILE_SIZE) return { file, size: bytes.length, error: tooLargeMessage(bytes.length, DEFAULT_MAX_FILE_SIZE, locale) };
    try {
      return { file, size: bytes.length, doc: await readDocument(bytes, file.name) };
    } catch (e) {
      if (e instanceof ReadError) return { file, size: bytes.length, error: e.localized(locale) };
      // anything else is fzlint's fault, not the file's: that file says so, the others are still checked
      return { file, size: bytes.length, error: internalFailure(e, locale) };
    }
  };
  const model = (r: Read): Promise<Report> => prepare(r.doc!.text, r.doc!.format, r.file.name, settings.reportYear, r.doc!.tree);

  const lintOne = async (r: Read, built: Report | undefined, all: Report[] | undefined): Promise<Linted> => {
    try {
      return await lintRead(r, built, all);
    } catch (e) {
      return lintRead({ ...r, doc: undefined, error: internalFailure(e, locale) }, undefined, undefined);
    }
  };
  const lintRead = async (r: Read, built: Report | undefined, all: Report[] | undefined): Promise<Linted> => {
    let result: FileResult;
    if (r.error) result = countResult({ filePath: r.file.name, messages: [], fileError: r.error });
    else if (!r.doc!.text.trim()) result = countResult({ filePath: r.file.name, messages: [], fileError: emptyFileMessage(r.size, locale) });
    // past the line and tag budgets a file is refused by name, as the CLI does (memory and time grow with them)
    else if (structureOverBudget(r.doc!.text, r.doc!.format, locale)) {
      result = countResult({ filePath: r.file.name, messages: [], fileError: structureOverBudget(r.doc!.text, r.doc!.format, locale) });
    } else {
      const doc = r.doc!;
      const report = built ?? (await model(r));
      const others = crossDocument ? (all ?? []).filter((o) => o !== report && o.filePath !== r.file.name) : undefined;
      // timed as the CLI times them (ruleTimeLimit's default), with the page's clock
      const messages = runRules(report, rules, { locale, others, knownRules: KNOWN_RULES, resources, now: () => performance.now() });
      result = Object.assign(
        countResult({ filePath: r.file.name, messages, source: doc.text, report }),
        doc.encoding ? { encoding: doc.encoding } : {},
        doc.bom ? { bom: true } : {},
        doc.lineUnit === 'paragraph' ? { lineUnit: 'paragraph' as const } : {},
      );
    }
    // the rules ran only on a file that was read: a file error's row stays “not checked” (—), as in the CLI's table
    if (!result.fileError) ctx.enabledRules![r.file.name] = enabled;
    const [head, line] = csv([result], ctx).replace(/^\uFEFF/, '').split('\r\n');
    const out: Linted = {
      csv: { head, line },
      json: (JSON.parse(json([result], ctx)) as JsonResult[])[0],
      row: checklistRow(result, ctx),
      source: result.source,
      messages: result.messages,
      placed: result.messages.map((m) => ({
        ruleId: m.ruleId,
        severity: m.severity,
        message: m.reason,
        start: m.start,
        end: m.end,
        line: m.line,
        column: m.column,
        related: (m.related ?? []).map((x) => ({ message: x.message, start: x.start, end: x.end, line: x.line, column: x.column })),
        suggestions: (m.suggestions ?? []).map((s) => s.message),
        internal: Boolean(m.internal),
      })),
    };
    delete ctx.enabledRules![r.file.name];
    return out;
  };

  if (!crossDocument) {
    for (const [i, file] of files.entries()) {
      if (cancelled()) return;
      emit(i, await lintOne(await read(file), undefined, undefined));
      await yieldToEvents();
    }
    return;
  }
  // every report of the batch first, as the CLI's run does for cross-document rules
  const reads: Read[] = [];
  const built: (Report | undefined)[] = [];
  for (const file of files) {
    if (cancelled()) return;
    const r = await read(file);
    reads.push(r);
    try {
      built.push(r.doc ? await model(r) : undefined);
    } catch (e) {
      r.error = internalFailure(e, locale);
      built.push(undefined);
    }
  }
  const all = built.filter((b): b is Report => b !== undefined);
  for (const [i, r] of reads.entries()) {
    if (cancelled()) return;
    emit(i, await lintOne(r, built[i], all));
    await yieldToEvents();
  }
}

function internalFailure(e: unknown, locale: Locale): string {
  const why = e instanceof Error ? e.message : String(e);
  return locale === 'zh' ? `内部错误，未能检查此文件：${why}` : `internal error, this file was not checked: ${why}`;
}

/** Let queued messages (a newer batch) in between files. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** `report.docx` → `report.fzlint.docx`, as the CLI names its copies (a folder's path: its last part). */
export function annotatedName(name: string): string {
  const base = name.split(/[\\/]/).pop() || 'report';
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base) + '.fzlint.docx';
}
