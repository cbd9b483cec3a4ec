import { describe, expect, it } from 'vitest';
import { parseUserArticleSource, sourceLabel } from './source-label.ts';

describe('sourceLabel', () => {
  it('names a user article by its file name', () => {
    expect(parseUserArticleSource('user:ab12:my report.txt')).toEqual({ id: 'ab12', name: 'my report.txt' });
    expect(sourceLabel('user:ab12:my report.txt')).toBe('my report.txt (added by you)');
  });
  it('leaves bundled article names as they are', () => {
    expect(parseUserArticleSource('000_b0e2.txt')).toBeUndefined();
    expect(sourceLabel('000_b0e2.txt')).toBe('000_b0e2.txt');
  });
});
