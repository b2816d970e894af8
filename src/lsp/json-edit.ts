/**
 * Minimal edits to a JSON config file: adding an override without re-serialising the file, so the user's
 * layout, key order and comments survive. jsonc-parser (the library VS Code edits its JSON settings with)
 * computes the edit; the same library reads configs (src/config/errors.ts), so a file with comments and
 * trailing commas is edited as it is read.
 */
import { applyEdits, findNodeAtLocation, modify, parseTree, type JSONPath, type Node, type ParseError } from 'jsonc-parser';

/** A replacement of [start, end) by text (UTF-16 offsets), like a rule's Fix. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/** The indentation unit the file uses (the first indented line), two spaces by default. */
function indentUnit(text: string): string {
  const m = /\n([ \t]+)\S/.exec(text);
  return m ? m[1] : '  ';
}

function eol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

export interface OverrideRequest {
  /** Glob (relative to the config's directory) that names the one file. */
  files: string;
  ruleId: string;
  /** For package.json: the key that holds the config ("fzlint"). */
  key?: string;
}

/** jsonc-parser's edits as one TextChange (they are computed against the same text and do not overlap). */
function asOneChange(text: string, path: JSONPath, value: unknown, isArrayInsertion = false): TextChange | undefined {
  const unit = indentUnit(text);
  const edits = modify(text, path, value, {
    formattingOptions: { insertSpaces: !unit.includes('\t'), tabSize: unit.includes('\t') ? 1 : unit.length, eol: eol(text) },
    isArrayInsertion,
  });
  if (!edits.length) return undefined;
  const start = Math.min(...edits.map((e) => e.offset));
  const end = Math.max(...edits.map((e) => e.offset + e.length));
  const shifted = edits.map((e) => ({ ...e, offset: e.offset - start }));
  return { start, end, text: applyEdits(text.slice(start, end), shifted) };
}

/**
 * The edit that turns `ruleId` off for one file in a config file's
 * `overrides`. Appends a new override (later overrides win), or adds the
 * rule to the last override when that one already names exactly this file.
 * Undefined when the file is not a JSON object (or not readable as a config).
 */
export function addOverrideEdit(text: string, req: OverrideRequest): TextChange | undefined {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true });
  if (!root || errors.length) return undefined;
  const base: JSONPath = req.key ? [req.key] : [];
  const cfg = base.length ? findNodeAtLocation(root, base) : root;
  if (!cfg || cfg.type !== 'object') return undefined;
  const entry = { files: req.files, rules: { [req.ruleId]: 'off' } };
  const overrides = findNodeAtLocation(cfg, ['overrides']);
  if (!overrides) return asOneChange(text, [...base, 'overrides'], [entry]);
  if (overrides.type !== 'array') return undefined;
  const items = overrides.children ?? [];
  const last = items[items.length - 1];
  if (last && last.type === 'object' && namesOnly(last, req.files)) {
    const rules = findNodeAtLocation(last, ['rules']);
    const at: JSONPath = [...base, 'overrides', items.length - 1, 'rules'];
    if (!rules) return asOneChange(text, at, { [req.ruleId]: 'off' });
    if (rules.type === 'object') return asOneChange(text, [...at, req.ruleId], 'off') ?? { start: 0, end: 0, text: '' };
  }
  return asOneChange(text, [...base, 'overrides', items.length], entry, true);
}

function namesOnly(override: Node, files: string): boolean {
  const f = findNodeAtLocation(override, ['files']);
  if (!f) return false;
  if (f.type === 'string') return f.value === files;
  return f.type === 'array' && f.children?.length === 1 && f.children[0].type === 'string' && f.children[0].value === files;
}

/** A whole new config file holding just the override. */
export function newConfigWithOverride(req: OverrideRequest): string {
  return `{\n  "overrides": [\n    { "files": ${JSON.stringify(req.files)}, "rules": { ${JSON.stringify(req.ruleId)}: "off" } }\n  ]\n}\n`;
}

/** Apply a TextChange (for tests and for callers that hold the text). */
export function applyChange(text: string, c: TextChange): string {
  return text.slice(0, c.start) + c.text + text.slice(c.end);
}

/**
 * A glob that matches exactly one file, relative to the config directory, as
 * config/load.ts matches overrides (picomatch; a pattern without "/" matches
 * a base name in any directory, so a file beside the config gets "./").
 * `rel` uses "/" as separator. Undefined when the file is not under the
 * config's directory.
 */
export function exactGlob(rel: string): string | undefined {
  if (!rel || rel.startsWith('../') || rel === '..' || /^[A-Za-z]:|^\//.test(rel)) return undefined;
  const escaped = rel.replace(/[*?[\]{}()!+@|^$\\]/g, (c) => `\\${c}`);
  return escaped.includes('/') ? escaped : `./${escaped}`;
}
