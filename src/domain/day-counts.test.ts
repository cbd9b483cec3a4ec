import fc from 'fast-check';
import { countByDayAndCategory, spansSeveralDays } from './day-counts.ts';
import { CATEGORIES, EventSchema, type Category, type CrisisEvent, type DatePrecision } from './event.ts';

let seq = 0;
function ev(category: Category, start: string, precision: DatePrecision = 'day', end?: string): CrisisEvent {
  seq += 1;
  return EventSchema.parse({
    id: `e${seq}`,
    category,
    date: { start, precision, ...(end !== undefined && { end }) },
    actors: [],
    summary: 'x',
    evidence: [{ source: 'a.txt', quote: 'x', start: 0, end: 1 }],
  });
}

const SPAN = { from: '2025-04-26', to: '2025-05-02' };

describe('countByDayAndCategory', () => {
  it('lists every day of the span, zeros included', () => {
    const c = countByDayAndCategory([], SPAN);
    expect(c.days).toEqual([
      '2025-04-26',
      '2025-04-27',
      '2025-04-28',
      '2025-04-29',
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
    ]);
    expect(c.rows.every((r) => r.total === 0 && r.byCategory.attack === 0)).toBe(true);
    expect(c.placed).toBe(0);
  });

  it('crosses a month boundary and a single-day span', () => {
    expect(countByDayAndCategory([], { from: '2025-04-30', to: '2025-05-01' }).days).toEqual([
      '2025-04-30',
      '2025-05-01',
    ]);
    expect(countByDayAndCategory([], { from: '2025-05-01', to: '2025-05-01' }).days).toEqual(['2025-05-01']);
    expect(countByDayAndCategory([], { from: '2025-05-02', to: '2025-05-01' }).days).toEqual([]);
  });

  it.each([
    ['day', '2025-04-30', undefined, '2025-04-30'],
    ['approximate', '2025-05-01', undefined, '2025-05-01'],
    ['range', '2025-04-27', '2025-04-28', '2025-04-27'],
    ['day', '2025-04-26', '2025-04-27', '2025-04-26'],
  ] as const)('places a %s event starting %s on %s', (precision, start, end, expected) => {
    const c = countByDayAndCategory([ev('armed_clash', start, precision, end)], SPAN);
    const row = c.rows.find((r) => r.total > 0);
    expect(row?.day).toBe(expected);
    expect(row?.byCategory.armed_clash).toBe(1);
    expect(c.placed).toBe(1);
  });

  it('counts a night of 27–28 April once, as ranged, and marks 28 April as continuing', () => {
    const c = countByDayAndCategory(
      [
        ev('armed_clash', '2025-04-27', 'range', '2025-04-28'),
        ev('armed_clash', '2025-04-27', 'range', '2025-04-28'),
      ],
      SPAN,
    );
    const [d27, d28, d29] = [c.rows[1], c.rows[2], c.rows[3]];
    expect(d27).toMatchObject({ day: '2025-04-27', total: 2, ranged: 2, continuing: 0 });
    expect(d27?.rangedByCategory.armed_clash).toBe(2);
    expect(d28).toMatchObject({ day: '2025-04-28', total: 0, ranged: 0, continuing: 2 });
    expect(d29).toMatchObject({ total: 0, continuing: 0 });
    expect(c.placed).toBe(2);
  });

  it('tallies approximate dates separately from exact ones', () => {
    const c = countByDayAndCategory(
      [ev('military_posture', '2025-05-01', 'approximate'), ev('diplomatic_contact', '2025-05-01')],
      SPAN,
    );
    const row = c.rows.find((r) => r.day === '2025-05-01');
    expect(row).toMatchObject({ total: 2, approximate: 1, ranged: 0 });
    expect(row?.approximateByCategory.military_posture).toBe(1);
    expect(row?.approximateByCategory.diplomatic_contact).toBe(0);
  });

  it('keeps "before" events off the days and reports them in the before bucket', () => {
    const c = countByDayAndCategory(
      [
        ev('attack', '2025-05-01', 'before'),
        ev('statement', '2025-04-28', 'before'),
        ev('attack', '2025-05-01', 'before'),
      ],
      SPAN,
    );
    expect(c.rows.every((r) => r.total === 0)).toBe(true);
    expect(c.before.count).toBe(3);
    expect(c.before.latest).toBe('2025-05-01');
    expect(c.before.byCategory.attack).toBe(2);
    expect(c.before.byDate).toEqual([
      { date: '2025-04-28', count: 1 },
      { date: '2025-05-01', count: 2 },
    ]);
    expect(c.placed).toBe(0);
  });

  it('reports events outside the span instead of placing them', () => {
    const c = countByDayAndCategory([ev('strike', '2025-05-07'), ev('strike', '2025-04-22')], SPAN);
    expect(c.outside.count).toBe(2);
    expect(c.placed).toBe(0);
  });

  it('places a span that began before the window on the window’s first day, flagged as clamped', () => {
    const c = countByDayAndCategory([ev('armed_clash', '2025-04-27', 'range', '2025-04-29')], SPAN, {
      from: '2025-04-28',
    });
    expect(c.rows[1]).toMatchObject({ day: '2025-04-27', total: 0 });
    expect(c.rows[2]).toMatchObject({ day: '2025-04-28', total: 1, ranged: 1, clampedStart: 1 });
    expect(c.rows[3]).toMatchObject({ day: '2025-04-29', continuing: 1 });
  });

  it('stops continuing marks at the window’s last day', () => {
    const c = countByDayAndCategory([ev('military_posture', '2025-04-30', 'range', '2025-05-05')], SPAN, {
      to: '2025-05-01',
    });
    expect(c.rows.map((r) => r.continuing)).toEqual([0, 0, 0, 0, 0, 1, 0]);
  });

  it('treats an event after the window as outside even when it is inside the span', () => {
    const c = countByDayAndCategory([ev('strike', '2025-05-02')], SPAN, { to: '2025-05-01' });
    expect(c.outside.count).toBe(1);
    expect(c.rows[6]?.total).toBe(0);
  });
});

describe('spansSeveralDays', () => {
  it.each([
    [{ start: '2025-04-27', end: '2025-04-28', precision: 'range' }, true],
    [{ start: '2025-04-27', precision: 'range' }, true],
    [{ start: '2025-04-27', end: '2025-04-28', precision: 'day' }, true],
    [{ start: '2025-04-27', end: '2025-04-27', precision: 'day' }, false],
    [{ start: '2025-04-27', precision: 'day' }, false],
    [{ start: '2025-04-27', precision: 'before' }, false],
  ] as const)('%j -> %s', (date, expected) => {
    expect(spansSeveralDays(date as CrisisEvent['date'])).toBe(expected);
  });
});

describe('countByDayAndCategory properties', () => {
  const dayArb = fc.integer({ min: 0, max: 40 }).map((d) => {
    const t = new Date(Date.UTC(2025, 3, 15 + d));
    return t.toISOString().slice(0, 10);
  });
  const eventArb = fc
    .record({
      category: fc.constantFrom(...CATEGORIES),
      start: dayArb,
      length: fc.integer({ min: 0, max: 4 }),
      precision: fc.constantFrom<DatePrecision>('day', 'range', 'approximate', 'before'),
    })
    .map(({ category, start, length, precision }) => {
      const end = new Date(Date.parse(start) + length * 86_400_000).toISOString().slice(0, 10);
      return ev(category, start, precision, length > 0 ? end : undefined);
    });

  it('places, defers or reports every event exactly once', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 60 }), (events) => {
        const c = countByDayAndCategory(events, SPAN);
        const sumRows = c.rows.reduce((s, r) => s + r.total, 0);
        expect(sumRows).toBe(c.placed);
        expect(c.placed + c.before.count + c.outside.count).toBe(events.length);
        for (const r of c.rows) {
          expect(CATEGORIES.reduce((s, k) => s + r.byCategory[k], 0)).toBe(r.total);
          expect(r.ranged + r.approximate).toBeLessThanOrEqual(r.total);
        }
      }),
    );
  });
});
