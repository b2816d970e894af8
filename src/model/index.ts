export * from './types.js';
export { buildReport } from './report.js';
export type { BuildOptions } from './report.js';
export { matchNumbering } from './outline.js';
export { cnSmallToInt, intToCnSmall } from './numerals.js';
export { parseDate } from './furniture.js';
export { blockToSource } from './blocks.js';
export { partsOfHeading, recogniseParts } from './parts.js';
export type { PartNumber, PartMatch, PartsModel } from './parts.js';
