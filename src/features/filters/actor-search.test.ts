import { describe, expect, it } from 'vitest';
import { searchActors } from './actor-search.ts';

const actors = [
  { name: 'Marco Rubio', count: 3, country: 'US', role: 'Secretary of State' },
  { name: 'Ishaq Dar', count: 2, country: 'PK' },
  { name: 'António Guterres', count: 1 },
];

describe('searchActors', () => {
  it('returns all actors, in order, for an empty query', () => {
    expect(searchActors(actors, ' ').map((a) => a.name)).toEqual([
      'Marco Rubio',
      'Ishaq Dar',
      'António Guterres',
    ]);
  });
  it.each([
    ['rub', ['Marco Rubio']],
    ['ANTONIO', ['António Guterres']],
    ['secretary', ['Marco Rubio']],
    ['pk', ['Ishaq Dar']],
    ['zzz', []],
  ])('matches %s', (q, names) => {
    expect(searchActors(actors, q).map((a) => a.name)).toEqual(names);
  });
});
