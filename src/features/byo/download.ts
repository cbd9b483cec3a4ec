/**
 * Saves text as a file: a Blob behind an object URL and an <a download>. Nothing leaves the
 * browser; the page's CSP does not govern a download navigation, so no `blob:` source is needed.
 */
export function downloadText(content: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers start reading the blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Today in the reader's time zone, YYYY-MM-DD, for file names. */
export function localDay(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
