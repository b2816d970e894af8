/** fzlint's public API. */
export * from './engine/index.js';
export * from './model/index.js';
export { decode, encode, parseText, formatOf, loadParser, DecodeError, readDocument, ReadError, sniff } from './parse/index.js';
export type { Format, Encoding, Decoded, SourceDocument, RefusalKind, Container } from './parse/index.js';
export { Linter } from './linter/linter.js';
export type { LinterOptions } from './linter/linter.js';
export type { FileResult } from './linter/types.js';
export { builtinRules } from './rules.js';
export * from './config/index.js';
export { loadFormatter } from './format/index.js';
export type { Formatter, FormatContext } from './format/index.js';
