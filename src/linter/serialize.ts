import { VFileMessage, type Options } from 'vfile-message';
import { buildReport } from '../model/report.js';
import type { Report } from '../model/report.js';
import type { LintMessage } from '../engine/types.js';
import { defineLazyFix, packEdits, packedEditsOf, packedFix, type PackedEdits } from '../engine/lazy-fix.js';
import { decode, parseLoaded, type Format } from '../parse/index.js';
import { countResult, type FileResult } from './types.js';

/**
 * Results that cross a boundary — the cache file, a worker thread — as plain
 * data, and back. A revived message is a VFileMessage with the same own keys
 * in the same order and the same values as the original, so every formatter
 * prints it byte for byte the same.
 */

export type SerializedMessage = Record<string, unknown>;

export interface SerializedResult {
  /** Own keys of the FileResult except `report` and `source`, in order. */
  [key: string]: unknown;
  messages: SerializedMessage[];
}

/** A flat array of edits ([FIXES, start, end, text, …]): a file-wide fix can hold hundreds of edits. */
const FIXES = '\u0000fixes';

function packFixes(value: unknown): unknown {
  if (!Array.isArray(value) || !value.every((f) => f && typeof f === 'object' && Object.keys(f).join() === 'start,end,text')) return value;
  const out: unknown[] = [FIXES];
  for (const f of value as { start: number; end: number; text: string }[]) out.push(f.start, f.end, f.text);
  return out;
}

function unpackFixes(value: unknown): unknown {
  if (!Array.isArray(value) || value[0] !== FIXES) return value;
  const out: { start: number; end: number; text: string }[] = [];
  for (let i = 1; i < value.length; i += 3) out.push({ start: value[i] as number, end: value[i + 1] as number, text: value[i + 2] as string });
  return out;
}

/**
 * A lazy fix's packed edits as they are (typed arrays), for a structured clone (a worker's answer): cloning one
 * Int32Array and one string costs next to nothing, where the flat array of the JSON form holds three values per
 * edit (the NFKC note: hundreds per file) and made the worker's postMessage its largest cost.
 */
const PACKED = '\u0000packed';

/** How a result is serialised: `json` for the cache file (plain JSON values), `clone` for postMessage (typed arrays allowed). */
export type SerializeFor = 'json' | 'clone';

/**
 * Own keys in order; values the VFileMessage constructor derives again from
 * reason and place (message, name, line, column, an empty stack) are left out.
 */
export function serializeMessage(m: LintMessage, target: SerializeFor = 'json'): SerializedMessage {
  const out: SerializedMessage = {};
  const start = m.place && 'start' in m.place ? m.place.start : undefined;
  for (const key of Object.keys(m)) {
    const packed = key === 'fix' && target === 'clone' ? packedEditsOf(m) : undefined;
    if (packed) {
      out[key] = { [PACKED]: true, offsets: packed.offsets, texts: packed.texts };
      continue;
    }
    const value = (m as unknown as Record<string, unknown>)[key];
    if (value === undefined || key === 'ancestors') continue;
    if (key === 'message' && value === m.reason) continue;
    if (key === 'stack' && value === '') continue;
    if (key === 'name' && value === derivedName(m)) continue;
    if ((key === 'line' && value === start?.line) || (key === 'column' && value === start?.column)) continue;
    if (key === 'cause') out[key] = causeOf(value);
    else if (key === 'fix') out[key] = packFixes(value);
    else if (key === 'suggestions') out[key] = (value as { message: string; fix: unknown }[]).map((x) => ({ ...x, fix: packFixes(x.fix) }));
    else out[key] = value;
  }
  return out;
}

/** The name VFileMessage gives a message: its place as “l:c-l:c”. */
function derivedName(m: LintMessage): string {
  const p = m.place;
  if (!p) return '1:1';
  if ('start' in p) return `${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column}`;
  return `${p.line}:${p.column}`;
}

function causeOf(value: unknown): { name: string; message: string } {
  return value instanceof Error ? { name: value.name, message: value.message } : { name: 'Error', message: String(value) };
}

/** A packed fix stays packed (typed arrays) and is unpacked when read, as the engine's lazy fixes are. */
function reviveFix(target: Record<string, unknown>, value: unknown): void {
  if (value && typeof value === 'object' && (value as Record<string, unknown>)[PACKED] === true) {
    const { offsets, texts } = value as PackedEdits;
    defineLazyFix(target, packedFix({ offsets, texts }));
    return;
  }
  if (!Array.isArray(value) || value[0] !== FIXES) {
    target.fix = value;
    return;
  }
  const n = (value.length - 1) / 3;
  const packed = packEdits(
    (function* () {
      for (let i = 1; i < value.length; i += 3) yield { start: value[i] as number, end: value[i + 1] as number, text: value[i + 2] as string };
    })(),
    n,
  );
  defineLazyFix(target, packedFix(packed));
}

export function reviveMessage(s: SerializedMessage): LintMessage {
  const m = new VFileMessage(String(s.reason ?? ''), {
    place: s.place as Options['place'],
    ruleId: s.ruleId as string | undefined,
    source: s.source as string | undefined,
  }) as LintMessage;
  const target = m as unknown as Record<string, unknown>;
  for (const key of Object.keys(s)) {
    if (key === 'cause') {
      const c = s.cause as { name: string; message: string };
      const e = new Error(c.message);
      e.name = c.name;
      target.cause = e;
    } else if (key === 'fix') reviveFix(target, s[key]);
    else if (key === 'suggestions') target[key] = (s[key] as { message: string; fix: unknown }[]).map((x) => ({ ...x, fix: unpackFixes(x.fix) }));
    else target[key] = s[key];
  }
  return m;
}

export function serializeResult(r: FileResult, target: SerializeFor = 'json'): SerializedResult {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(r)) {
    if (key === 'report' || key === 'source') continue;
    const value = (r as unknown as Record<string, unknown>)[key];
    if (value === undefined) continue;
    out[key] = key === 'messages' ? (value as LintMessage[]).map((m) => serializeMessage(m, target)) : value;
  }
  return out as SerializedResult;
}

/** What is needed to give a revived result its `source` and `report` again, on first use. */
export interface Rehydrate {
  bytes: Uint8Array;
  format: Format;
  reportYear: number | undefined;
}

/**
 * A FileResult from plain data. `source` and `report` are rebuilt from the
 * file's bytes only when a formatter reads them (the checklist does; most do
 * not), so a cache hit costs no parsing. They are enumerable getters: a spread
 * copies them (and builds them); copy with `withMessages` to keep them lazy.
 */
export function reviveResult(s: SerializedResult, rehydrate?: Rehydrate): FileResult {
  const r: Record<string, unknown> = {};
  // a VFileMessage is an Error: its stack trace would be captured, then overwritten with ''
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const key of Object.keys(s)) r[key] = key === 'messages' ? s.messages.map(reviveMessage) : s[key];
  } finally {
    Error.stackTraceLimit = limit;
  }
  if (rehydrate && !s.fileError) defineLazySource(r, rehydrate, String(s.filePath));
  return r as unknown as FileResult;
}

function defineLazySource(r: Record<string, unknown>, h: Rehydrate, filePath: string): void {
  let text: string | undefined;
  let report: Report | undefined;
  const source = (): string => (text ??= decode(Buffer.from(h.bytes.buffer, h.bytes.byteOffset, h.bytes.byteLength)).text);
  Object.defineProperty(r, 'source', { enumerable: true, configurable: true, get: source });
  Object.defineProperty(r, 'report', {
    enumerable: true,
    configurable: true,
    // the parser for the format is loaded before results are handed out (Linter.lintFiles)
    get: () => (report ??= buildReport(source(), parseLoaded(source(), h.format), { format: h.format, filePath, reportYear: h.reportYear })),
  });
}

/** The same result with other messages, counts redone, keys in the same order; lazy `source`/`report` stay lazy. */
export function withMessages(r: FileResult, messages: LintMessage[]): FileResult {
  const counted = countResult({ filePath: r.filePath, messages, fileError: r.fileError }) as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(r)) {
    if (key in counted) out[key] = counted[key];
    else Object.defineProperty(out, key, Object.getOwnPropertyDescriptor(r, key)!);
  }
  for (const key of Object.keys(counted)) if (!(key in out) && counted[key] !== undefined) out[key] = counted[key];
  return out as unknown as FileResult;
}
