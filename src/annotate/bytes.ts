import type { LintMessage } from '../engine/types.js';
import { prepare } from '../engine/lint.js';
import { readDocument } from '../parse/index.js';
import { annotateDocx, type AnnotateOptions, type Annotated } from './docx.js';
import { createAnnotatedDocx } from './create.js';

/**
 * The 批注版 of one linted file from its bytes (browser-safe: the CLI's --annotate and the web page's
 * 「下载批注版」 both come here). A .docx gets the findings as comments on its own runs; any other report
 * (.txt, .md, .html, .doc, .pdf) a new Word document with its text and the comments. `source` is the text
 * the findings were computed on: when the bytes no longer read as it (the file changed in between), no
 * copy is made (undefined), since the findings' places would be wrong.
 */
export async function annotateBytes(bytes: Uint8Array, name: string, source: string | undefined, messages: readonly LintMessage[], options: AnnotateOptions): Promise<Annotated | undefined> {
  const doc = await readDocument(bytes, name);
  if (source !== undefined && doc.text !== source) return undefined;
  const findings = messages.filter((m) => !m.internal);
  const opts: AnnotateOptions = { ...options, lineUnit: doc.lineUnit === 'page' ? undefined : doc.lineUnit };
  if (doc.format === 'docx') return annotateDocx(bytes, doc.text, findings, opts);
  const report = await prepare(doc.text, doc.format, name, undefined, doc.tree);
  return createAnnotatedDocx(report, findings, opts);
}
