const NONE: readonly RegExpExecArray[] = Object.freeze([]) as readonly RegExpExecArray[];

/**
 * The matches of a global regex in `text`, as `text.matchAll(re)` gives them, without its cost where it
 * is paid per block or sentence: matchAll copies the regex (a new RegExp) and makes an iterator on every
 * call, and most calls find nothing (issue 22). Uses `re.lastIndex` and leaves it at 0; `re` must have
 * the g flag. An empty match advances by one code unit (as matchAll does without the u flag).
 */
export function matchesOf(re: RegExp, text: string): readonly RegExpExecArray[] {
  re.lastIndex = 0;
  let m = re.exec(text);
  if (!m) return NONE;
  const out: RegExpExecArray[] = [];
  while (m) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
    m = re.exec(text);
  }
  re.lastIndex = 0;
  return out;
}
