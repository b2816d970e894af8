import { closest, distance } from 'fastest-levenshtein';

/** The closest of `names` to a mistyped one, when it is close enough to be what was meant (`formt` → `format`). */
export function suggest(name: string, names: string[]): string | undefined {
  if (!names.length) return undefined;
  const near = closest(name, names);
  return distance(name.toLowerCase(), near.toLowerCase()) <= Math.max(2, Math.floor(near.length / 3)) ? near : undefined;
}
