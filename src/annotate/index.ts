/** 批注版: findings written into a Word copy of the report as comments (browser-safe: no Node API here). */
export { annotateDocx, PackageError } from './docx.js';
export type { AnnotateOptions, Annotated } from './docx.js';
export { createAnnotatedDocx, createDocx } from './create.js';
export { commentParagraphs } from './text.js';
export type { Finding, CommentWording } from './text.js';
export { annotateBytes } from './bytes.js';
