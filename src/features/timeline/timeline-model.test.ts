import {
  DENSE_DAYS,
  describeDays,
  monthTickLabel,
  monthTicks,
  rangeFromBrush,
  rowNotes,
  toTimelineModel,
} from './timeline-model.ts';
import type { IsoDate } from '../../domain/event.ts';
import { fixtureEvent, TIMELINE_SPAN, timelineFixture } from './timeline-fixture.ts';

describe('toTimelineModel', () => {
  const model = toTimelineModel(timelineFixture(), TIMELINE_SPAN, {});

  it('has one datum per day of the span with series values summing to the day total', () => {
    expect(model.data.map((d) => d.day)).toEqual([
      '2025-04-27',
      '2025-04-28',
      '2025-04-29',
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
      '2025-05-03',
    ]);
    for (const d of model.data) {
      const sum = model.series.reduce((s, x) => s + Number(d[x.key] ?? 0), 0);
      expect(sum).toBe(d.total);
    }
    expect(model.data.map((d) => d.total)).toEqual([2, 0, 1, 1, 2, 0, 3]);
  });

  it('draws bars for a short span and areas once the span has more than DENSE_DAYS days', () => {
    expect(model.dense).toBe(false);
    const day = (i: number) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
    const modelFor = (days: number) =>
      toTimelineModel([fixtureEvent('strike', day(0))], { from: day(0), to: day(days - 1) }, {});
    expect(modelFor(DENSE_DAYS).dense).toBe(false);
    expect(modelFor(DENSE_DAYS + 1).dense).toBe(true);
    expect(modelFor(DENSE_DAYS).ticks).toBeUndefined();
    // 1 January to 19 July: every month start gets a label.
    expect(modelFor(200).ticks).toEqual([
      '2025-01-01',
      '2025-02-01',
      '2025-03-01',
      '2025-04-01',
      '2025-05-01',
      '2025-06-01',
      '2025-07-01',
    ]);
  });

  it('labels a dense axis with month starts, thinned to about a dozen', () => {
    const days = (n: number, from = Date.UTC(2024, 10, 15)) =>
      Array.from(
        { length: n },
        (_, i) => new Date(from + i * 86_400_000).toISOString().slice(0, 10) as IsoDate,
      );
    expect(monthTicks(days(60))).toEqual(['2024-12-01', '2025-01-01']);
    const threeYears = monthTicks(days(3 * 365));
    expect(threeYears.length).toBeLessThanOrEqual(12);
    expect(threeYears[0]).toBe('2024-12-01');
    expect(threeYears.every((d) => d.endsWith('-01'))).toBe(true);
    expect(monthTickLabel('2025-05-01', false)).toBe('May');
    expect(monthTickLabel('2025-05-01', true)).toBe('May 2025');
    expect(monthTickLabel('2026-01-01', false)).toBe('Jan 2026');
  });

  it('splits series by category and certainty, in palette order, only those present', () => {
    expect(model.series.map((s) => s.key)).toEqual([
      'armed_clash:ranged',
      'strike:exact',
      'military_posture:approximate',
      'diplomatic_contact:exact',
      'statement:exact',
    ]);
    expect(model.series[0]?.label).toBe('Armed clash (spans several days)');
    expect(model.series[2]?.label).toBe('Military posture (approximate date)');
    expect(model.categories).toEqual([
      'armed_clash',
      'strike',
      'military_posture',
      'diplomatic_contact',
      'statement',
    ]);
    expect(model.hasRanged && model.hasApproximate && model.hasContinuing).toBe(true);
  });

  it('marks the second day of a night as continuing, not counted', () => {
    expect(model.data[1]).toMatchObject({ day: '2025-04-28', total: 0, continuing: 2 });
  });

  it('keeps the "before" event off the days', () => {
    expect(model.before.count).toBe(1);
    expect(model.before.latest).toBe('2025-05-01');
    expect(model.placed).toBe(9);
  });

  it('writes a summary sentence with the span, total, peak, spans and undated events', () => {
    expect(model.summary).toBe(
      'Events per day from 27 April to 3 May 2025: 9 events, peak of 3 on 3 May; ' +
        '2 events span several days and are counted on their first day. ' +
        '1 more event is undated (on or before 1 May 2025).',
    );
  });

  it('names tied peaks and an empty window', () => {
    const tied = toTimelineModel(
      [fixtureEvent('strike', '2025-04-27'), fixtureEvent('strike', '2025-04-29')],
      TIMELINE_SPAN,
      {},
    );
    expect(tied.summary).toBe(
      'Events per day from 27 April to 3 May 2025: 2 events, peak of 1 on 27 April and 29 April.',
    );
    expect(toTimelineModel([], TIMELINE_SPAN, { from: '2025-04-30', to: '2025-04-30' }).summary).toBe(
      'No dated events on 30 April 2025.',
    );
  });

  it.each([
    [{}, 0, 6, '27 April – 3 May 2025'],
    [{ from: '2025-04-29' }, 2, 6, '29 April – 3 May 2025'],
    [{ to: '2025-04-30' }, 0, 3, '27 April – 30 April 2025'],
    [{ from: '2025-04-01', to: '2025-06-01' }, 0, 6, '27 April – 3 May 2025'],
    [{ from: '2025-05-09' }, 6, 6, '3 May 2025'],
  ])('puts the brush for range %j at %i..%i', (range, start, end, label) => {
    const m = toTimelineModel([], TIMELINE_SPAN, range);
    expect(m.brush).toEqual({ startIndex: start, endIndex: end });
    expect(m.windowLabel).toBe(label);
  });

  it('places a night that began before the date filter on the filter’s first day', () => {
    const m = toTimelineModel(timelineFixture(), TIMELINE_SPAN, { from: '2025-04-28', to: '2025-04-30' });
    expect(m.rows.map((r) => [r.day, r.total])).toEqual([
      ['2025-04-28', 2],
      ['2025-04-29', 1],
      ['2025-04-30', 1],
    ]);
    expect(rowNotes(m.rows[0]!)).toEqual([
      '2 events span several days, counted on this day, 2 of them began earlier',
    ]);
  });

  it('scales to 100,000 events with one datum per day', () => {
    const base = fixtureEvent('strike', '2025-04-27');
    const many = Array.from({ length: 100_000 }, (_, i) => ({
      ...base,
      category: i % 2 ? ('strike' as const) : ('statement' as const),
      date: {
        ...base.date,
        start: base.date.start.replace('27', String(27 + (i % 4))) as typeof base.date.start,
      },
    }));
    const m = toTimelineModel(many, TIMELINE_SPAN, {});
    expect(m.data).toHaveLength(7);
    expect(m.placed).toBe(100_000);
  });
});

describe('rowNotes', () => {
  it('says nothing for exact days and explains approximate and continuing ones', () => {
    const m = toTimelineModel(timelineFixture(), TIMELINE_SPAN, {});
    expect(rowNotes(m.rowByDay.get('2025-04-30')!)).toEqual([]);
    expect(rowNotes(m.rowByDay.get('2025-05-01')!)).toEqual(['1 event has an approximate date']);
    expect(rowNotes(m.rowByDay.get('2025-04-28')!)).toEqual([
      '2 events from an earlier day still running (counted there)',
    ]);
  });
});

describe('rangeFromBrush', () => {
  const days = ['2025-04-27', '2025-04-28', '2025-04-29'];
  it.each([
    [0, 2, {}],
    [1, 2, { from: '2025-04-28' }],
    [0, 1, { to: '2025-04-28' }],
    [1, 1, { from: '2025-04-28', to: '2025-04-28' }],
  ])('maps %i..%i to %j', (s, e, expected) => {
    expect(rangeFromBrush(days, s, e)).toEqual(expected);
  });
});

describe('describeDays', () => {
  it.each([
    ['2025-04-22', '2025-05-12', '22 April to 12 May 2025'],
    ['2025-04-30', '2025-04-30', '30 April 2025'],
    ['2024-12-31', '2025-01-02', '31 December 2024 to 2 January 2025'],
  ])('%s..%s -> %s', (a, b, expected) => {
    expect(describeDays(a, b)).toBe(expected);
  });
});
