import { describe, expect, it } from 'vitest';
import { SEED_LIKE, makeEvent } from '../../tests/unit/fixtures.ts';
import { countActors } from './actor-counts.ts';

describe('countActors', () => {
  it('orders actors by event count, then name', () => {
    const counts = countActors(SEED_LIKE);
    expect(counts[0]).toMatchObject({ name: 'Indian Army', count: 2, country: 'IN' });
    expect(counts[1]).toMatchObject({ name: 'Pakistan Army', count: 2, country: 'PK' });
    expect(counts.find((c) => c.name === 'Marco Rubio')).toMatchObject({
      count: 1,
      role: 'Secretary of State',
    });
  });

  it('counts an actor listed twice in one event once', () => {
    const e = makeEvent({ id: 'x', actors: [{ name: 'A' }, { name: 'A' }] });
    expect(countActors([e])).toEqual([{ name: 'A', count: 1 }]);
  });
});
