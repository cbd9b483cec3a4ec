import { describe, expect, it } from 'vitest';
import { SEED_LIKE } from '../../../tests/unit/fixtures.ts';
import { sortEvents } from './events-model.ts';

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
