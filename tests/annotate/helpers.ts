import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { Linter } from '../../src/linter/linter.js';
import type { FileResult } from '../../src/linter/types.js';
import { readDocument } from '../../src/parse/index.js';

export const DATE = '2026-01-01T00:00:00Z';

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Lint files as the CLI does (zh messages). */
export async function lint(cwd: string, inputs: string[]): Promise<FileResult[]> {
  return new Linter({ cwd, locale: 'zh' }).lintFiles(inputs);
}

/** Rule, message id, severity and message: what must not change when a report is re-read from its annotated copy. */
export function findings(r: FileResult): string[] {
  return r.messages.map((m) => `${m.ruleId} ${m.messageId} ${m.severity} ${m.message}`).sort();
}

/** The comments of a .docx: ids in comments.xml and the ids of the marks in document.xml. */
export async function commentsOf(bytes: Uint8Array): Promise<{ comments: { id: string; author: string; text: string }[]; starts: string[]; ends: string[]; refs: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/comments.xml')?.async('string')) ?? '';
  const doc = (await zip.file('word/document.xml')!.async('string')) ?? '';
  const comments = [...xml.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)].map((m) => ({
    id: /w:id="([^"]*)"/.exec(m[1])![1],
    author: /w:author="([^"]*)"/.exec(m[1])![1],
    text: [...m[2].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('\n'),
  }));
  const ids = (re: RegExp) => [...doc.matchAll(re)].map((m) => m[1]);
  return { comments, starts: ids(/<w:commentRangeStart w:id="([^"]*)"/g), ends: ids(/<w:commentRangeEnd w:id="([^"]*)"/g), refs: ids(/<w:commentReference w:id="([^"]*)"/g) };
}

/** The text fzlint's Word reader gets from a .docx. */
export async function wordText(bytes: Uint8Array): Promise<string> {
  return (await readDocument(bytes, 'x.docx')).text;
}
