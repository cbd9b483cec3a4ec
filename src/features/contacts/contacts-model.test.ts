import { createEventIndex } from '../../domain/event-index.ts';
import { toContactPairs } from '../../domain/event-index-adapters.ts';
import { pairKey, toContactItems, toPairMatrix } from './contacts-model.ts';
import { contactsFixture } from './contacts-fixture.ts';

const EVENTS = contactsFixture();

describe('toContactItems', () => {
  it('lists only contacts, newest first by default order and oldest first on request', () => {
    expect(toContactItems(EVENTS, 'newest').map((i) => i.id)).toEqual([
      'c-hegseth',
      'c-rubio-pk',
      'c-rubio-in',
      'c-dgmo',
      'c-briefing',
    ]);
    expect(toContactItems(EVENTS, 'oldest').map((i) => i.id)).toEqual([
      'c-briefing',
      'c-dgmo',
      'c-rubio-in',
      'c-rubio-pk',
      'c-hegseth',
    ]);
  });

  it('describes date precision, mode and what was said', () => {
    const [hegseth] = toContactItems(EVENTS, 'newest');
    expect(hegseth).toMatchObject({
      dateText: '1 May 2025',
      mode: 'phone',
      modeLabel: 'Phone call',
      said: ['Hegseth offered strong support for India’s right to defend itself.'],
      saidIsSummary: false,
    });
    expect(hegseth?.parties).toEqual([
      { name: 'Rajnath Singh', role: 'Defence Minister', country: 'IN' },
      { name: 'Pete Hegseth', role: 'Secretary of Defense', country: 'US' },
    ]);
    const briefing = toContactItems(EVENTS, 'oldest')[0];
    expect(briefing?.dateText).toBe('around 24 April 2025 — approximate date');
    expect(briefing?.saidIsSummary).toBe(true);
  });

  it('keeps only the given ids when a pair is chosen', () => {
    expect(toContactItems(EVENTS, 'oldest', new Set(['c-rubio-pk'])).map((i) => i.id)).toEqual([
      'c-rubio-pk',
    ]);
  });
});

describe('toPairMatrix', () => {
  it('builds the same matrix from the event index’s pairs as from the events', () => {
    const ix = createEventIndex(EVENTS);
    const result = ix.query({ actors: [], categories: [] });
    for (const mode of ['person', 'country'] as const) {
      const fromIndex = toPairMatrix(EVENTS, mode, 10, toContactPairs(ix, result, mode));
      const fromEvents = toPairMatrix(EVENTS, mode);
      expect(fromIndex.parties).toEqual(fromEvents.parties);
      expect(fromIndex.cells).toEqual(fromEvents.cells);
      expect(fromIndex.pairAt(0, 1)).toEqual(fromEvents.pairAt(0, 1));
    }
  });

  it('by person: parties ranked by contacts, symmetric counts and the unknown column', () => {
    const m = toPairMatrix(EVENTS, 'person');
    expect(m.parties.map((p) => [p.key, p.total, p.country])).toEqual([
      ['Marco Rubio', 2, 'US'],
      ['Amna Baloch', 1, 'PK'],
      ['Director General of Military Operations (India)', 1, 'IN'],
      ['Director General of Military Operations (Pakistan)', 1, 'PK'],
      ['Pete Hegseth', 1, 'US'],
      ['Rajnath Singh', 1, 'IN'],
      ['S Jaishankar', 1, 'IN'],
      ['Shehbaz Sharif', 1, 'PK'],
    ]);
    const idx = (k: string) => m.parties.findIndex((p) => p.key === k);
    const at = (a: string, b: string) => m.cells[idx(a)]?.[idx(b)];
    expect(at('Marco Rubio', 'S Jaishankar')).toBe(1);
    expect(at('S Jaishankar', 'Marco Rubio')).toBe(1);
    expect(at('Pete Hegseth', 'Rajnath Singh')).toBe(1);
    expect(at('Marco Rubio', 'Pete Hegseth')).toBe(0);
    expect(at('Marco Rubio', 'Marco Rubio')).toBe(0);
    expect(m.hasUnknown).toBe(true);
    expect(m.unknown[idx('Amna Baloch')]).toBe(1);
    expect(m.pairAt(idx('Marco Rubio'), idx('Shehbaz Sharif'))?.eventIds).toEqual(['c-rubio-pk']);
    expect(m.pairAt(idx('Amna Baloch'), null)?.eventIds).toEqual(['c-briefing']);
    expect(m.hidden).toBe(0);
  });

  it('by country: IN–US twice, IN–PK and PK–US once, Pakistan alone once', () => {
    const m = toPairMatrix(EVENTS, 'country');
    expect(m.parties.map((p) => [p.key, p.total])).toEqual([
      ['IN', 3],
      ['PK', 3],
      ['US', 3],
    ]);
    const idx = (k: string) => m.parties.findIndex((p) => p.key === k);
    expect(m.cells[idx('IN')]?.[idx('US')]).toBe(2);
    expect(m.cells[idx('IN')]?.[idx('PK')]).toBe(1);
    expect(m.cells[idx('PK')]?.[idx('US')]).toBe(1);
    expect(m.unknown[idx('PK')]).toBe(1);
  });

  it('limits the matrix to the parties with most contacts and says how many are hidden', () => {
    const m = toPairMatrix(EVENTS, 'person', 3);
    expect(m.parties).toHaveLength(3);
    expect(m.hidden).toBe(5);
    expect(m.cells.every((row) => row.length === 3)).toBe(true);
  });

  it('is empty without contacts', () => {
    const m = toPairMatrix([], 'person');
    expect(m.parties).toEqual([]);
    expect(m.hasUnknown).toBe(false);
  });
});

describe('pairKey', () => {
  it('is the same for both orders', () => {
    expect(pairKey('b', 'a')).toBe(pairKey('a', 'b'));
    expect(pairKey('a', null)).not.toBe(pairKey('a', 'b'));
  });
});
