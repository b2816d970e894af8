/**
 * The part of node:path that the shared formatter helpers (src/format/util.ts: displayPath) use,
 * for the web build. In the page a file's path is its name, relative already: it is shown as it is.
 */
export const sep = '/';

export function isAbsolute(p: string): boolean {
  return p.startsWith('/');
}

export function relative(from: string, to: string): string {
  if (!from || from === '/' || from === '.') return to;
  const base = from.endsWith('/') ? from : `${from}/`;
  return to.startsWith(base) ? to.slice(base.length) : to;
}

export default { sep, isAbsolute, relative };
