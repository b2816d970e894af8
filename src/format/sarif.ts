import { pageOf } from './paragraph.js';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Fix, Severity } from '../engine/types.js';
import type { FileResult } from '../linter/types.js';
import type { Formatter, FormatContext } from './types.js';
import { fixApplies } from './util.js';

/** The official schema id (OASIS SARIF 2.1.0, errata 01), written as the document's $schema. */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://github.com/fzlint/fzlint';
const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warn: 'warning', info: 'note' };

type Json = Record<string, unknown>;

/** A URI reference for a path: relative (to %SRCROOT%) inside cwd, else an absolute file: URI. */
function artifactLocation(filePath: string, cwd: string): Json {
  const rel = path.relative(cwd, filePath);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(filePath).href };
}

function region(source: string | undefined, start: number, end: number, p: { line: number; column: number; endLine: number; endColumn: number }): Json {
  return {
    startLine: p.line,
    startColumn: p.column,
    endLine: p.endLine,
    endColumn: p.endColumn,
    charOffset: start,
    charLength: end - start,
    ...(source !== undefined && end > start ? { snippet: { text: source.slice(start, end) } } : {}),
    // PDF: startLine/endLine are lines of these pages
    ...(pageOf(p) ? { properties: pageOf(p) } : {}),
  };
}

function sarifFix(fixes: Fix[], location: Json, description: string): Json {
  return {
    description: { text: description },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: fixes.map((f) => ({ deletedRegion: { charOffset: f.start, charLength: f.end - f.start }, insertedContent: { text: f.text } })),
      },
    ],
  };
}

/** Our key in result.partialFingerprints (versioned: a change of recipe must not match old alerts). */
export const FINGERPRINT = 'fzlintFindingHash/v1';

/**
 * A result's fingerprint, stable across runs and across edits elsewhere in the file:
 * the rule, the message kind, the reported text and which occurrence of that triple it is
 * in the file — no line numbers, so inserting a paragraph above does not renew every alert.
 */
function fingerprint(r: FileResult, m: FileResult['messages'][number], seen: Map<string, number>): string {
  const text = r.source !== undefined ? r.source.slice(m.start, m.end) : `${m.line}:${m.column}`;
  const key = `${m.ruleId}\u0000${m.messageId}\u0000${text}`;
  const n = (seen.get(key) ?? 0) + 1;
  seen.set(key, n);
  return createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
}

/**
 * SARIF 2.1.0 (one run): tool.driver.rules describe every rule that ran, with the
 * rule page as helpUri; results carry ruleId, level (error/warning/note), the
 * message and the region (1-based lines, UTF-16 columns, end column exclusive,
 * plus the 0-based char offset and length). Files that could not be read and
 * rules that crashed are tool execution notifications, not results.
 * GitHub code scanning reads this file (github/codeql-action/upload-sarif).
 */
export const sarif: Formatter = (results, ctx) => JSON.stringify(sarifLog(results, ctx), null, 2) + '\n';

export function sarifLog(results: FileResult[], ctx: FormatContext): Json {
  const ids = new Set(Object.keys(ctx.rulesMeta));
  for (const r of results) for (const m of r.messages) if (!m.internal) ids.add(m.ruleId);
  const ruleIds = [...ids].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.map((id) => {
    const meta = ctx.rulesMeta[id];
    // GitHub code scanning requires help on every rule (multitool rule GH2012): the rule's page, else its description
    const page = ctx.ruleHelp?.(id);
    if (!meta) return { id, help: page ?? { text: id } };
    const level = meta.severity === 'error' || meta.severity === 'warn' || meta.severity === 'info' ? LEVEL[meta.severity] : 'warning';
    const description = meta.description[ctx.locale];
    return {
      id,
      shortDescription: { text: description },
      fullDescription: { text: meta.description[ctx.locale === 'zh' ? 'en' : 'zh'] },
      helpUri: meta.url,
      help: page ?? { text: `${description}\n${meta.url}`, markdown: `${description}\n\n[${id}](${meta.url})` },
      defaultConfiguration: { level },
    };
  });

  const sarifResults: Json[] = [];
  const notifications: Json[] = [];
  for (const r of results) {
    const location = artifactLocation(r.filePath, ctx.cwd);
    // --fix rewrites only plain text and Markdown: other files' results carry no fixes
    const fixable = fixApplies(r.filePath);
    const seen = new Map<string, number>();
    if (r.fileError) {
      notifications.push({ level: 'error', message: { text: r.fileError }, locations: [{ physicalLocation: { artifactLocation: location } }] });
    }
    for (const m of r.messages) {
      const physicalLocation = { artifactLocation: location, region: region(r.source, m.start, m.end, m) };
      if (m.internal) {
        notifications.push({ level: 'error', message: { text: m.reason }, locations: [{ physicalLocation }], associatedRule: { id: m.ruleId } });
        continue;
      }
      const related = (m.related ?? []).map((rel, i) => ({
        id: i + 1,
        message: { text: rel.message },
        physicalLocation: { artifactLocation: location, region: region(r.source, rel.start, rel.end, rel) },
      }));
      const fixes = fixable
        ? [...(m.fix ? [sarifFix(m.fix, location, m.reason)] : []), ...(m.suggestions ?? []).map((s) => sarifFix(s.fix, location, s.message))]
        : [];
      sarifResults.push({
        ruleId: m.ruleId,
        ...(ruleIndex.has(m.ruleId) ? { ruleIndex: ruleIndex.get(m.ruleId) } : {}),
        level: LEVEL[m.severity],
        message: { text: m.reason },
        locations: [{ physicalLocation }],
        ...(related.length ? { relatedLocations: related } : {}),
        ...(fixes.length ? { fixes } : {}),
        partialFingerprints: { [FINGERPRINT]: fingerprint(r, m, seen) },
        properties: { messageId: m.messageId, ...(Object.keys(m.data).length ? { data: m.data } : {}) },
      });
    }
  }

  // what the run did not check or apply (skipped files, ignored configs, links not followed): notes, not failures
  const notes: Json[] = (ctx.notices ?? []).map((n) => ({
    level: 'note',
    message: { text: n[ctx.locale] },
    descriptor: { id: `fzlint/${n.kind}` },
    ...(n.file ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(n.file, ctx.cwd) } }] } : {}),
  }));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'fzlint',
            ...(ctx.version ? { version: ctx.version, semanticVersion: ctx.version } : {}),
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        invocations: [{ executionSuccessful: notifications.length === 0, ...(notifications.length + notes.length ? { toolExecutionNotifications: [...notifications, ...notes] } : {}) }],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(ctx.cwd.endsWith(path.sep) ? ctx.cwd : ctx.cwd + path.sep).href } },
        language: ctx.locale === 'zh' ? 'zh-CN' : 'en-US',
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}
