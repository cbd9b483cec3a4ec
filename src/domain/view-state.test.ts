import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, isIsoDate, type IsoDate } from './event.ts';
import { fromDayNumber } from './dates.ts';
import {
  activeFilters,
  hasFilters,
  isSafeRelativePath,
  parseViewState,
  serializeViewState,
  type ViewState,
} from './view-state.ts';

describe('parseViewState', () => {
  it('reads every parameter', () => {
    const { view, notices } = parseViewState(
      '?from=2025-04-30&to=2025-05-01&actor=Marco+Rubio&actor=S%20Jaishankar&category=diplomatic_contact&event=e1&dataset=data/big.json',
    );
    expect(notices).toEqual([]);
    expect(view).toEqual({
      from: '2025-04-30',
      to: '2025-05-01',
      actors: ['Marco Rubio', 'S Jaishankar'],
      categories: ['diplomatic_contact'],
      event: 'e1',
      dataset: 'data/big.json',
    });
  });

  it.each([
    ['?from=yesterday', /from=yesterday/],
    ['?to=2025-02-30', /YYYY-MM-DD/],
    ['?category=war', /unknown category/],
    ['?colour=red', /unknown parameter/],
    ['?dataset=https://evil.example/x.json', /only relative paths/],
    ['?dataset=../secret.json', /only relative paths/],
    ['?actor=', /empty or too long/],
  ])('ignores a malformed %s with a notice', (search, notice) => {
    const { view, notices } = parseViewState(search);
    expect(hasFilters(view)).toBe(false);
    expect(view.dataset).toBeUndefined();
    expect(notices.join(' ')).toMatch(notice);
  });

  it('swaps a reversed range and says so', () => {
    const { view, notices } = parseViewState('from=2025-05-10&to=2025-05-01');
    expect([view.from, view.to]).toEqual(['2025-05-01', '2025-05-10']);
    expect(notices).toHaveLength(1);
  });

  it('deduplicates repeated actors and categories', () => {
    const { view } = parseViewState('actor=A&actor=A&category=strike&category=strike');
    expect(view.actors).toEqual(['A']);
    expect(view.categories).toEqual(['strike']);
  });

  it('serialises only what differs from the defaults', () => {
    expect(serializeViewState({ actors: [], categories: [] })).toBe('');
    expect(serializeViewState({ actors: ['Marco Rubio'], categories: [] })).toBe('actor=Marco+Rubio');
  });

  it('round-trips any view: parse(serialize(view)) == view (property)', () => {
    const day = fc.integer({ min: 0, max: 40000 }).map((n) => fromDayNumber(n) as IsoDate);
    const text = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() === s && s.length > 0);
    const viewArb = fc
      .record({
        from: fc.option(day, { nil: undefined }),
        to: fc.option(day, { nil: undefined }),
        actors: fc.uniqueArray(text, { maxLength: 5 }),
        categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES)),
        event: fc.option(text, { nil: undefined }),
        dataset: fc.option(fc.constantFrom('data/a.json', 'big/one-million.json'), { nil: undefined }),
      })
      .map((v) => {
        const view: ViewState = { actors: v.actors, categories: v.categories };
        // A valid view never has from after to (the parser swaps such pairs).
        const [from, to] = v.from && v.to && v.from > v.to ? [v.to, v.from] : [v.from, v.to];
        if (from) view.from = from;
        if (to) view.to = to;
        if (v.event) view.event = v.event;
        if (v.dataset) view.dataset = v.dataset;
        return view;
      });
    fc.assert(
      fc.property(viewArb, (view) => {
        const parsed = parseViewState(serializeViewState(view));
        expect(parsed.notices).toEqual([]);
        expect(parsed.view).toEqual(view);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on random query strings and always gives a valid view (property)', () => {
    const key = fc.constantFrom('from', 'to', 'actor', 'category', 'event', 'dataset', 'x', '');
    const pair = fc.tuple(key, fc.string({ maxLength: 300 }));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 500 }), fc.array(pair, { maxLength: 12 })), (input) => {
        const search =
          typeof input === 'string'
            ? input
            : input.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
        const { view } = parseViewState(search);
        if (view.from) expect(isIsoDate(view.from)).toBe(true);
        if (view.to) expect(isIsoDate(view.to)).toBe(true);
        if (view.from && view.to) expect(view.from <= view.to).toBe(true);
        for (const c of view.categories) expect(CATEGORIES).toContain(c);
        if (view.dataset) expect(isSafeRelativePath(view.dataset)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('activeFilters', () => {
  it('counts the date range once and each actor and type', () => {
    expect(activeFilters({ actors: [], categories: [] })).toBe(0);
    expect(activeFilters({ actors: [], categories: [], from: '2025-05-01' as ViewState['from'] })).toBe(1);
    expect(
      activeFilters({
        actors: ['A', 'B'],
        categories: ['strike'],
        from: '2025-05-01' as ViewState['from'],
        to: '2025-05-03' as ViewState['to'],
      }),
    ).toBe(4);
  });
});
