import { describe, expect, it } from 'vitest';
import { SEED_LIKE } from '../../tests/unit/fixtures.ts';
import { buildEventIndexData } from '../domain/event-index-build.ts';
import { dataSpan } from '../domain/data-span.ts';
import { createSelector, select } from './select.ts';

describe('select', () => {
  it('filters, and counts options under the other facets only', () => {
    const s = select(SEED_LIKE, { actors: ['Marco Rubio'], categories: ['diplomatic_contact'] });
    expect(s.filtered.map((e) => e.id)).toEqual(['rubio-call']);
    // Actor options ignore the actor filter: all contact actors are offered.
    expect(s.actorCounts.map((a) => a.name)).toContain('Pete Hegseth');
    // Type options ignore the type filter: Rubio's events by type.
    expect(s.categoryCounts.diplomatic_contact).toBe(1);
    expect(s.categoryCounts.armed_clash).toBe(0);
  });

  it('uses a prebuilt index only when it was built over the very same events', () => {
    const events = [...SEED_LIKE];
    const prebuilt = buildEventIndexData(events);
    expect(createSelector(events, prebuilt).index.columns).toBe(prebuilt.columns);
    // The reader's own articles make a new array: the stale index is not used.
    const withMore = [...events];
    const own = createSelector(withMore, prebuilt);
    expect(own.index.columns).not.toBe(prebuilt.columns);
    expect(own.select({ actors: [], categories: [] }).filtered).toEqual(withMore);
  });

  it('finds the selected event even when the filters hide it', () => {
    expect(
      select(SEED_LIKE, { actors: ['Marco Rubio'], categories: [], event: 'kupwara-firing' }).selected?.id,
    ).toBe('kupwara-firing');
  });

  it('spans the data from the earliest dated start to the latest end, not counting "before" starts', () => {
    expect(dataSpan(SEED_LIKE)).toEqual({ from: '2025-04-27', to: '2025-05-01' });
    expect(dataSpan([])).toBeUndefined();
  });
});
