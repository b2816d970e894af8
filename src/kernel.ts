/**
 * fzlint's host-neutral kernel (`fzlint/kernel`): bytes → document → model →
 * rules → findings, with no Node API, file system or process. The CLI, the
 * language server and the web page are hosts around it. A host supplies what
 * rules declare in meta.resources (the law list: parseLawsTsv over
 * data/laws.tsv, which the package ships) through RunOptions.resources.
 */
export * from './engine/index.js';
export * from './model/index.js';
export { decode, encode, parseText, formatOf, loadParser, parseLoaded, DecodeError, readDocument, ReadError, sniff, LINTABLE_EXTENSIONS } from './parse/index.js';
export type { Format, Encoding, Decoded, SourceDocument, RefusalKind, Container } from './parse/index.js';
export { LawIndex, parseLawsTsv, normaliseTitle } from './laws/index.js';
export type { LawEntry, LawKind, LawMatch } from './laws/index.js';
export { rules as builtinRules } from '../rules/index.js';
