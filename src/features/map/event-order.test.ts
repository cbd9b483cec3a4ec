import { describe, expect, it } from 'vitest';
import { byEventDate } from './event-order.ts';
import { fixtureEvents } from './test-fixtures.ts';

describe('byEventDate', () => {
  it('puts events oldest first, ties by id', () => {
    const ids = [...fixtureEvents].sort(byEventDate).map((e) => e.id);
    expect(ids.slice(0, 5)).toEqual(['pahalgam', 'pk-airspace', 'kupwara-1', 'poonch-1', 'call-dgmo']);
    expect(ids.at(-1)).toBe('neelum-1');
  });
});
