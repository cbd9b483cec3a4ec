import { describe, expect, it } from 'vitest';
import { SEED_LIKE } from '../../../tests/unit/fixtures.ts';
import { countText, sameItems, sortEvents } from './events-model.ts';

describe('sortEvents', () => {
  it('sorts by date, ranges by their last day, "before" ahead of dated events of the same day', () => {
    expect(sortEvents(SEED_LIKE, 'date', 'asc').map((e) => e.id)).toEqual([
      'kupwara-firing',
      'poonch-firing',
      'dgmo-hotline',
      'rubio-call',
      'pahalgam-attack',
      'hegseth-call',
    ]);
  });
  it('reverses for descending order', () => {
    expect(sortEvents(SEED_LIKE, 'date', 'desc')[0]?.id).toBe('hegseth-call');
  });
  it('sorts by place with placeless events last', () => {
    const ids = sortEvents(SEED_LIKE, 'place', 'asc').map((e) => e.location?.name ?? null);
    expect(ids.slice(0, 3)).toEqual(['Kupwara', 'Pahalgam', 'Poonch']);
    expect(ids.slice(3)).toEqual([null, null, null]);
  });
  it('does not mutate its input', () => {
    const copy = [...SEED_LIKE];
    sortEvents(SEED_LIKE, 'category', 'desc');
    expect(SEED_LIKE).toEqual(copy);
  });
});

describe('sameItems', () => {
  it('is true for the same events in the same order, whatever the array', () => {
    expect(sameItems(SEED_LIKE, [...SEED_LIKE])).toBe(true);
  });
  it('is false when an event is missing, added or moved', () => {
    expect(sameItems(SEED_LIKE, SEED_LIKE.slice(1))).toBe(false);
    expect(sameItems(SEED_LIKE, [...SEED_LIKE].reverse())).toBe(false);
  });
});

describe('countText', () => {
  it('writes thousands with a separator and one in the singular', () => {
    expect(countText(100000, 'event')).toBe('100,000 events');
    expect(countText(1, 'event')).toBe('1 event');
    expect(countText(0, 'event')).toBe('0 events');
  });
});
