import { describe, expect, it } from 'vitest';
import {
  checkPastedText,
  decodeArticleBytes,
  MAX_ARTICLE_BYTES,
  readArticleFile,
} from './read-article-file.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeArticleBytes', () => {
  it('reads UTF-8 text, drops a byte-order mark and turns CRLF into LF', () => {
    const r = decodeArticleBytes(
      'a.txt',
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('date 2025-05-08 Firing\r\nin Rājourī.\r')]),
    );
    expect(r).toEqual({ ok: true, name: 'a.txt', text: 'date 2025-05-08 Firing\nin Rājourī.\n' });
  });

  it.each([
    [
      'a file with NUL bytes',
      new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]),
      'binary',
      /not a plain-text file/,
    ],
    ['invalid UTF-8 (Latin-1 é)', new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'not-utf8', /not UTF-8/],
    ['white space only', utf8('  \n\t \n'), 'empty', /is empty/],
    ['a dateline and nothing else', utf8('date 2025-05-08\n'), 'empty', /is empty/],
    ['many control characters', utf8(`ab${'\u0001\u0002'.repeat(20)}cd`), 'binary', /binary data/],
  ])('refuses %s with a clear message', (_, bytes, problem, message) => {
    const r = decodeArticleBytes('x.bin', bytes);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toBe(problem);
    expect(r.message).toMatch(message);
    expect(r.message).toContain('“x.bin”');
  });

  it('refuses more than the limit and states the limit', () => {
    const r = decodeArticleBytes('big.txt', new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61));
    expect(r).toMatchObject({ ok: false, problem: 'too-large' });
    if (!r.ok) expect(r.message).toMatch(/the limit is 1 MB per article/);
  });

  it('keeps a text with a stray control character, blanked', () => {
    expect(decodeArticleBytes('a.txt', utf8('Firing\u0007 in Poonch.'))).toMatchObject({
      ok: true,
      text: 'Firing  in Poonch.',
    });
  });
});

describe('readArticleFile', () => {
  it('refuses a huge file on its size without reading it', async () => {
    const file = new File(['x'], 'huge.txt');
    Object.defineProperty(file, 'size', { value: 50 * 1024 * 1024 });
    const r = await readArticleFile(file);
    expect(r).toMatchObject({ ok: false, problem: 'too-large' });
    if (!r.ok) expect(r.message).toContain('50.0 MB');
  });

  it('refuses an empty file', async () => {
    expect(await readArticleFile(new File([], 'empty.txt'))).toMatchObject({ ok: false, problem: 'empty' });
  });

  it('reads a text file', async () => {
    expect(await readArticleFile(new File(['Shelling in Uri.'], 'uri.txt'))).toEqual({
      ok: true,
      name: 'uri.txt',
      text: 'Shelling in Uri.',
    });
  });
});

describe('checkPastedText', () => {
  it('counts the limit in UTF-8 bytes', () => {
    const r = checkPastedText('Pasted', 'é'.repeat(MAX_ARTICLE_BYTES / 2 + 1));
    expect(r).toMatchObject({ ok: false, problem: 'too-large' });
  });

  it('refuses blank text and normalises line endings', () => {
    expect(checkPastedText('Pasted', ' \n ')).toMatchObject({ ok: false, problem: 'empty' });
    expect(checkPastedText('Pasted', 'a\r\nb')).toEqual({ ok: true, name: 'Pasted', text: 'a\nb' });
  });
});
