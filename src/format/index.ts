import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Formatter, StreamingFormatter } from './types.js';

export type { Formatter, FormatContext, FormatterStream, StreamContext, StreamingFormatter } from './types.js';

/** Built-in formatters, loaded on demand so start-up pays only for the one used. */
const BUILTIN: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
  checkstyle: async () => (await import('./checkstyle.js')).checkstyle,
  unix: async () => (await import('./unix.js')).unix,
  compact: async () => (await import('./compact.js')).compact,
  checklist: async () => (await import('./checklist.js')).checklist,
  html: async () => (await import('./html.js')).html,
  codeclimate: async () => (await import('./codeclimate.js')).codeclimate,
  csv: async () => (await import('./csv.js')).csv,
};

/**
 * The streaming forms of the built-in formatters that have one (issue 22): the same bytes, one file at
 * a time. A registered or module formatter does not stream.
 */
const STREAMING: Record<string, () => Promise<StreamingFormatter>> = {
  stylish: async () => (await import('./stylish.js')).stylishStream,
  json: async () => (await import('./json.js')).jsonStream,
  unix: async () => (await import('./unix.js')).unixStream,
  compact: async () => (await import('./compact.js')).compactStream,
};

/** The streaming form of a format, or undefined when it needs every result at once (or is not built in). */
export async function loadStreamingFormatter(name: string): Promise<StreamingFormatter | undefined> {
  return Object.prototype.hasOwnProperty.call(STREAMING, name) ? STREAMING[name]() : undefined;
}

export function builtinFormatterNames(): string[] {
  return Object.keys(BUILTIN);
}

export function registerFormatter(name: string, load: () => Promise<Formatter>): void {
  BUILTIN[name] = load;
  delete STREAMING[name]; // a replaced built-in streams no more
}

export class FormatterError extends Error {
  readonly code = 'FZLINT_FORMATTER';
}

/** A built-in formatter by name, or a module path exporting a formatter function (default export). */
export async function loadFormatter(name: string, cwd = process.cwd()): Promise<Formatter> {
  const builtin = BUILTIN[name];
  if (builtin) return builtin();
  if (name.includes('/') || name.includes('\\') || name.endsWith('.js') || name.endsWith('.mjs')) {
    try {
      const mod = (await import(pathToFileURL(path.resolve(cwd, name)).href)) as { default?: unknown };
      if (typeof mod.default === 'function') return mod.default as Formatter;
    } catch (e) {
      throw new FormatterError(`cannot load formatter "${name}": ${e instanceof Error ? e.message : String(e)}`);
    }
    throw new FormatterError(`formatter module "${name}" has no default export function`);
  }
  throw new FormatterError(`unknown format "${name}"; expected one of ${Object.keys(BUILTIN).join(', ')} or a path to a module`);
}
