/**
 * Every match of a global regex, as `text.matchAll(re)` gives them, but with exec on the regex
 * itself: matchAll constructs a clone of the regex on each call, which on the per-sentence path
 * costs more than the match. Starts at index 0 and leaves `re.lastIndex` at 0.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`execAll needs a global regex: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // an empty match: step past it as matchAll does (by a code point in unicode mode)
    if (m[0] === '') {
      const c = text.codePointAt(re.lastIndex) ?? 0;
      re.lastIndex += (re.unicode || re.flags.includes('v')) && c > 0xffff ? 2 : 1;
    }
  }
  return out;
}
