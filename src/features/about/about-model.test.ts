import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../tests/unit/fixtures.ts';
import { summariseData } from './about-model.ts';

describe('summariseData', () => {
  it('counts events by where their evidence comes from', () => {
    const quote = { source: 'a.txt', quote: 'x', start: 0, end: 1 };
    const cite = { source: 'https://example.com/1', note: 'Fact 1: x' };
    const s = summariseData([
      makeEvent({ id: 'a', evidence: [quote] }),
      makeEvent({ id: 'c', evidence: [cite], date: { start: '2025-04-22', precision: 'day' } as never }),
      makeEvent({
        id: 'b',
        evidence: [quote, cite],
        date: { start: '2025-05-12', precision: 'day' } as never,
      }),
      makeEvent({ id: 'u', evidence: [quote], origins: ['user'] }),
    ]);
    expect(s).toEqual({
      total: 4,
      fromArticles: 1,
      fromFactSheet: 1,
      fromBoth: 1,
      addedByUser: 1,
      articleSources: 1,
      citedPages: 1,
      span: { from: '2025-04-22', to: '2025-05-12' },
    });
  });
});
