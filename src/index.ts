/** fzlint's public API. */
export * from './engine/index.js';
export * from './model/index.js';
export { decode, encode, parseText, formatOf, loadParser, DecodeError, readDocument, ReadError, sniff } from './parse/index.js';
export type { Format, Encoding, Decoded, SourceDocument, RefusalKind, Container } from './parse/index.js';
export { Linter } from './linter/linter.js';
export type { LinterOptions } from './linter/linter.js';
export type { FileResult } from './linter/types.js';
export { builtinRules } from './rules.js';
// the Node host's rule resources (meta.resources), for tools that call runRules themselves
export { loadLaws, nodeResources, resourcesFor } from './linter/resources.js';
export * from './config/index.js';
export { loadFormatter } from './format/index.js';
export type { Formatter, FormatContext, FormatterStream, StreamContext, StreamingFormatter } from './format/index.js';
