/**
 * Evidence sources: a bundled article's file name, an article the reader added in this browser
 * (`user:<id>:<file name>`), or a cited URL. This module names them for people.
 */
const USER_SOURCE_RE = /^user:([a-z0-9]{1,40}):([\s\S]+)$/;

export function parseUserArticleSource(source: string): { id: string; name: string } | undefined {
  const m = USER_SOURCE_RE.exec(source);
  return m ? { id: m[1]!, name: m[2]! } : undefined;
}

/** "rajouri-report.txt (added by you)" for a user article, the file name otherwise. */
export function sourceLabel(source: string): string {
  const user = parseUserArticleSource(source);
  return user ? `${user.name} (added by you)` : source;
}
