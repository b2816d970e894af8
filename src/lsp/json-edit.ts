/**
 * Minimal edits to a JSON config file: adding an override without
 * re-serialising the file, so the user's layout and key order survive.
 * The config scanner (src/config/json-position.ts) records where each value starts and ends; the edit is one
 * insertion (or replacement) computed from those offsets.
 */

// The scanner lives with the config code (it also finds where a malformed config goes wrong)
import { parseJsonWithOffsets, type JsonNode, type JsonProp } from '../config/json-position.js';

export { parseJsonWithOffsets };
export type { JsonNode, JsonProp };

/** A replacement of [start, end) by text (UTF-16 offsets), like a rule's Fix. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

function prop(node: JsonNode | undefined, key: string): JsonProp | undefined {
  return node?.type === 'object' ? node.props.find((p) => p.key === key) : undefined;
}

/** Leading whitespace of the line holding offset. */
function indentAt(text: string, offset: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** The indentation unit the file uses (the first indented line), two spaces by default. */
function indentUnit(text: string): string {
  const m = /\n([ \t]+)\S/.exec(text);
  return m ? m[1] : '  ';
}

function eol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Insert a member (an object property or an array element) at the end of a container. */
function appendMember(text: string, container: JsonNode & { type: 'object' | 'array' }, member: string): TextChange {
  const nl = eol(text);
  const members: { end: number }[] = container.type === 'object' ? container.props.map((p) => p.value) : container.items;
  const closeIndent = indentAt(text, container.start);
  if (!members.length) {
    const inner = closeIndent + indentUnit(text);
    return { start: container.start + 1, end: container.end - 1, text: `${nl}${inner}${member}${nl}${closeIndent}` };
  }
  const first = container.type === 'object' ? container.props[0].keyStart : container.items[0].start;
  const last = members[members.length - 1];
  // Keep the container's layout: members on their own lines, or all on one line
  const multiline = /[\r\n]/.test(text.slice(container.start, first));
  const sep = multiline ? `,${nl}${indentAt(text, first)}` : ', ';
  return { start: last.end, end: last.end, text: `${sep}${member}` };
}

export interface OverrideRequest {
  /** Glob (relative to the config's directory) that names the one file. */
  files: string;
  ruleId: string;
  /** For package.json: the key that holds the config ("fzlint"). */
  key?: string;
}

/**
 * The edit that turns `ruleId` off for one file in a config file's
 * `overrides`. Appends a new override (later overrides win), or adds the
 * rule to the last override when that one already names exactly this file.
 * Undefined when the file is not a JSON object.
 */
export function addOverrideEdit(text: string, req: OverrideRequest): TextChange | undefined {
  const root = parseJsonWithOffsets(text);
  const cfg = req.key ? prop(root, req.key)?.value : root;
  if (!cfg || cfg.type !== 'object') return undefined;
  const off = `${JSON.stringify(req.ruleId)}: "off"`;
  const overrides = prop(cfg, 'overrides')?.value;
  const entry = `{ "files": ${JSON.stringify(req.files)}, "rules": { ${off} } }`;
  if (overrides && overrides.type === 'array') {
    const last = overrides.items[overrides.items.length - 1];
    if (last && last.type === 'object' && namesOnly(last, req.files)) {
      const rules = prop(last, 'rules')?.value;
      if (rules && rules.type === 'object') {
        const existing = prop(rules, req.ruleId);
        if (existing) return { start: existing.value.start, end: existing.value.end, text: '"off"' };
        return appendMember(text, rules, off);
      }
      if (!rules) return appendMember(text, last, `"rules": { ${off} }`);
    }
    return appendMember(text, overrides, entry);
  }
  if (overrides) return undefined;
  return appendMember(text, cfg, `"overrides": [${entry}]`);
}

function namesOnly(override: JsonNode & { type: 'object' }, files: string): boolean {
  const f = prop(override, 'files')?.value;
  if (!f) return false;
  if (f.type === 'string') return f.value === files;
  return f.type === 'array' && f.items.length === 1 && f.items[0].type === 'string' && f.items[0].value === files;
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
