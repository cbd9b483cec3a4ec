import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EventSchema, type Actor, type CrisisEvent } from './event.ts';
import { isSameEvent, mergeEvents, sameActorInRegistry } from './merge-events.ts';

type Draft = Omit<Partial<CrisisEvent>, 'date' | 'id'> & {
  id: string;
  date?: { start: string; end?: string; precision: CrisisEvent['date']['precision'] };
};

/** A valid event with sensible defaults; every case spells out only what it is about. */
function ev(d: Draft): CrisisEvent {
  return EventSchema.parse({
    category: 'armed_clash',
    date: { start: '2025-04-27', precision: 'day' },
    location: null,
    actors: [],
    summary: `summary of ${d.id}`,
    evidence: [{ source: `${d.id}.txt`, quote: 'q', start: 0, end: 1 }],
    origins: ['article'],
    ...d,
  });
}

const curated = (d: Draft): CrisisEvent =>
  ev({
    origins: ['curated'],
    evidence: [{ source: `https://example.org/${d.id}`, note: `Fact: ${d.id}` }],
    ...d,
  });

const A = (name: string, country?: string): Actor => ({ name, ...(country ? { country } : {}) });
const kupwara = { name: 'Kupwara', country: 'IN', lat: 34.526, lon: 74.255, precision: 'district' as const };
const kupwaraTown = {
  name: 'Kupwara town',
  country: 'IN',
  lat: 34.53,
  lon: 74.26,
  precision: 'point' as const,
};
const poonch = { name: 'Poonch', country: 'IN', lat: 33.77, lon: 74.09, precision: 'district' as const };
const loc = { name: 'Line of Control', precision: 'region' as const };
const army = [A('Pakistan Army', 'PK'), A('Indian Army', 'IN')];
const call = (id: string, who: string[], extra: Partial<Draft> = {}): Draft => ({
  id,
  category: 'diplomatic_contact',
  date: { start: '2025-04-30', precision: 'day' },
  contact: { mode: 'phone' },
  actors: who.map((w) => A(w)),
  ...extra,
});

const MERGE: Array<[string, CrisisEvent, CrisisEvent]> = [
  [
    'the same night of firing at Kupwara from an article and the fact sheet',
    ev({
      id: 'a1',
      date: { start: '2025-04-27', end: '2025-04-28', precision: 'range' },
      location: kupwara,
      actors: army,
    }),
    curated({
      id: 'c31',
      date: { start: '2025-04-27', end: '2025-04-28', precision: 'range' },
      location: kupwara,
      actors: army,
    }),
  ],
  [
    'a `before` mention with the dated attack it refers to (no actors named in the article)',
    ev({
      id: 'a2',
      category: 'attack',
      date: { start: '2025-05-01', precision: 'before' },
      location: { ...kupwara, name: 'Pahalgam', lat: 34.0, lon: 75.3, precision: 'point' },
    }),
    curated({
      id: 'c1',
      category: 'attack',
      date: { start: '2025-04-22', precision: 'day' },
      location: { ...kupwara, name: 'Pahalgam', lat: 34.0, lon: 75.3, precision: 'point' },
      actors: [A('Militants')],
    }),
  ],
  [
    'places 1 km apart with different names',
    ev({ id: 'a3', location: kupwaraTown, actors: [A('Pakistan Army', 'PK')] }),
    curated({ id: 'c3', location: kupwara, actors: army }),
  ],
  [
    'a region named alike ("India–Pakistan border" / "India-Pakistan border")',
    ev({
      id: 'a4',
      category: 'military_posture',
      location: { name: 'India-Pakistan border', precision: 'region' },
      actors: [A('Pakistani Army')],
    }),
    ev({
      id: 'a5',
      category: 'military_posture',
      location: { name: 'India–Pakistan border', precision: 'region' },
      actors: [{ name: 'Pakistan Army', aliases: ['Pakistani Army'] }],
    }),
  ],
  [
    'a call reported with initials and full names (S Jaishankar / Subrahmanyam Jaishankar)',
    ev(call('a6', ['Marco Rubio', 'S Jaishankar'])),
    curated(call('c45', ['Rubio', 'Subrahmanyam Jaishankar'])),
  ],
  [
    'a call where one source names only one side',
    ev(call('a7', ['Pete Hegseth'], { date: { start: '2025-05-01', precision: 'day' } })),
    curated(
      call('c49', ['Pete Hegseth', 'Rajnath Singh'], { date: { start: '2025-05-01', precision: 'day' } }),
    ),
  ],
  [
    'a hotline talk between DGMOs',
    ev(call('a8', ['Director General of Military Operations (India)'], { contact: { mode: 'hotline' } })),
    curated(
      call(
        'c37',
        [
          'Director General of Military Operations (India)',
          'Director General of Military Operations (Pakistan)',
        ],
        { contact: { mode: 'hotline' } },
      ),
    ),
  ],
  [
    'two articles reporting one strike at Muridke',
    ev({
      id: 'a9',
      category: 'strike',
      location: { name: 'Muridke', lat: 31.8, lon: 74.26, precision: 'point' },
      actors: [A('Indian Armed Forces')],
    }),
    ev({
      id: 'a10',
      category: 'strike',
      location: { name: 'Muridke', lat: 31.8, lon: 74.26, precision: 'point' },
      actors: [A('Indian Armed Forces')],
    }),
  ],
];

const APART: Array<[string, CrisisEvent, CrisisEvent]> = [
  [
    'two calls on the same day by one minister with different people',
    ev(call('a11', ['Marco Rubio', 'S Jaishankar'])),
    curated(call('c44', ['Marco Rubio', 'Shehbaz Sharif'])),
  ],
  [
    'different categories',
    ev({ id: 'a12', actors: army }),
    curated({ id: 'c12', category: 'strike', actors: army }),
  ],
  [
    'nights that do not overlap',
    ev({
      id: 'a13',
      date: { start: '2025-04-27', end: '2025-04-28', precision: 'range' },
      location: kupwara,
      actors: army,
    }),
    curated({
      id: 'c13',
      date: { start: '2025-04-29', end: '2025-04-30', precision: 'range' },
      location: kupwara,
      actors: army,
    }),
  ],
  [
    'a `before` date earlier than the event',
    ev({ id: 'a14', date: { start: '2025-04-26', precision: 'before' }, location: kupwara, actors: army }),
    curated({ id: 'c14', date: { start: '2025-04-27', precision: 'day' }, location: kupwara, actors: army }),
  ],
  [
    'places more than 25 km apart (Kupwara, Poonch)',
    ev({ id: 'a15', location: kupwara, actors: army }),
    curated({ id: 'c15', location: poonch, actors: army }),
  ],
  [
    'a place and no place',
    ev({ id: 'a16', location: kupwara, actors: army }),
    curated({ id: 'c16', actors: army }),
  ],
  [
    'different regions',
    ev({ id: 'a17', location: loc, actors: army }),
    curated({ id: 'c17', location: { name: 'International Border', precision: 'region' }, actors: army }),
  ],
  [
    'no shared actor',
    ev({ id: 'a18', location: kupwara, actors: [A('Border Security Force', 'IN')] }),
    curated({ id: 'c18', location: kupwara, actors: [A('Indian Army', 'IN')] }),
  ],
  [
    'namesakes (Nawaz Sharif / Shehbaz Sharif)',
    ev(call('a19', ['Nawaz Sharif'], { category: 'statement', contact: undefined })),
    curated(call('c19', ['Shehbaz Sharif'], { category: 'statement', contact: undefined })),
  ],
  [
    'a phone call and a meeting of the same people',
    ev(call('a20', ['Abbas Araghchi', 'S Jaishankar'])),
    curated(call('c20', ['Abbas Araghchi', 'S Jaishankar'], { contact: { mode: 'visit' } })),
  ],
  ['a call that names nobody', ev(call('a21', [])), curated(call('c21', ['Marco Rubio', 'S Jaishankar']))],
  [
    'two curated events (the editor keeps distinct measures of one day apart)',
    curated({ id: 'c7', category: 'policy_measure', actors: [A('Cabinet Committee on Security', 'IN')] }),
    curated({ id: 'c9', category: 'policy_measure', actors: [A('Cabinet Committee on Security', 'IN')] }),
  ],
  [
    'two events from the same article',
    ev({ id: 'a22', actors: army, evidence: [{ source: 'x.txt', quote: 'q', start: 0, end: 1 }] }),
    ev({ id: 'a23', actors: army, evidence: [{ source: 'x.txt', quote: 'r', start: 5, end: 6 }] }),
  ],
  [
    'one army and the other (Pakistan Army / Indian Army share only the word "Army")',
    ev({ id: 'a24', location: kupwara, actors: [A('Pakistan Army')] }),
    curated({ id: 'c24', location: kupwara, actors: [A('Indian Army')] }),
  ],
];

describe('mergeEvents', () => {
  it.each(MERGE)('merges %s', (_name, a, b) => {
    expect(isSameEvent(a, b)).toBe(true);
    expect(isSameEvent(b, a)).toBe(true);
    const out = mergeEvents([a, b]);
    expect(out).toHaveLength(1);
    const merged = out[0] as CrisisEvent;
    expect(EventSchema.safeParse(merged).success).toBe(true);
    expect(merged.evidence).toEqual(expect.arrayContaining([...a.evidence, ...b.evidence]));
  });

  it.each(APART)('keeps apart %s', (_name, a, b) => {
    expect(isSameEvent(a, b)).toBe(false);
    expect(mergeEvents([a, b])).toHaveLength(2);
  });

  it('keeps the more precise date and place, the id first in sort order, and unions the rest', () => {
    const article = ev({
      id: 'article-1',
      category: 'attack',
      date: { start: '2025-05-01', precision: 'before' },
      location: { name: 'Pahalgam', precision: 'region' },
      actors: [A('TRF'), A('Militants')],
      statements: ['x'],
      fatalities: 26,
    });
    const fact = curated({
      id: 'curated-1-pahalgam',
      category: 'attack',
      date: { start: '2025-04-22', precision: 'day' },
      location: { name: 'Pahalgam', country: 'IN', lat: 34.01, lon: 75.32, precision: 'point' },
      actors: [{ name: 'Militants', role: 'gunmen' }],
      fatalities: 26,
      claims: 'Indian CCS',
    });
    const [m] = mergeEvents([article, fact]);
    expect(m?.id).toBe('curated-1-pahalgam');
    expect(m?.date).toEqual({ start: '2025-04-22', precision: 'day' });
    expect(m?.location?.precision).toBe('point');
    expect(m?.actors.map((x) => x.name)).toEqual(['Militants', 'TRF']);
    expect(m?.actors[0]?.role).toBe('gunmen');
    expect(m?.origins).toEqual(['article', 'curated']);
    expect(m?.statements).toEqual(['x']);
    expect(m?.fatalities).toBe(26);
    expect(m?.claims).toBe('Indian CCS');
    expect(m?.summary).toBe(fact.summary);
  });

  it('keeps both disputed fatality figures visible, the curated one as the figure', () => {
    const a = ev({ id: 'a', category: 'strike', location: loc, actors: army, fatalities: 8 });
    const c = curated({
      id: 'c',
      category: 'strike',
      location: loc,
      actors: army,
      fatalities: 26,
      claims: 'ISPR',
    });
    const [m] = mergeEvents([a, c]);
    expect(m?.fatalities).toBe(26);
    expect(m?.claims).toBe('26 (ISPR); other reports: 8 (a.txt)');
  });

  it('keeps the only stated fatality figure and invents none', () => {
    const a = ev({ id: 'a', location: kupwara, actors: army });
    const c = curated({ id: 'c', location: kupwara, actors: army });
    expect(mergeEvents([a, c])[0]?.fatalities).toBeUndefined();
    expect(mergeEvents([a, { ...c, fatalities: 3 }])[0]?.fatalities).toBe(3);
  });

  it('deduplicates identical evidence and events given twice', () => {
    const a = ev({
      id: 'a',
      location: kupwara,
      actors: army,
      evidence: [{ source: 'u.txt', quote: 'q', start: 0, end: 1 }],
    });
    const b = ev({
      id: 'b',
      location: kupwara,
      actors: army,
      origins: ['user'],
      evidence: [{ source: 'v.txt', quote: 'q', start: 0, end: 1 }],
    });
    const c = curated({ id: 'c', location: kupwara, actors: army });
    const [m] = mergeEvents([a, b, c, c]);
    expect(m?.evidence).toHaveLength(3);
  });

  it('does not chain A~B~C: an event joins a cluster only if it matches every member', () => {
    // a (range 27–28) ~ b (day 28) and b ~ c (range 28–29), but a and c are separate nights.
    const a = curated({
      id: 'a',
      date: { start: '2025-04-27', end: '2025-04-28', precision: 'range' },
      location: kupwara,
      actors: army,
    });
    const b = ev({
      id: 'b',
      date: { start: '2025-04-28', precision: 'day' },
      location: kupwara,
      actors: army,
    });
    const c = ev({
      id: 'c',
      date: { start: '2025-04-28', end: '2025-04-29', precision: 'range' },
      location: kupwara,
      actors: army,
    });
    expect(isSameEvent(a, c)).toBe(true); // they overlap on the 28th: all three are one cluster
    const d = ev({
      id: 'd',
      date: { start: '2025-04-29', end: '2025-04-30', precision: 'range' },
      location: kupwara,
      actors: army,
    });
    expect(isSameEvent(c, d)).toBe(true);
    expect(isSameEvent(a, d)).toBe(false);
    const out = mergeEvents([d, c, b, a]);
    expect(out.map((e) => e.id)).toEqual(['a', 'd']);
  });

  it('puts a call report with the call whose people it names', () => {
    const rj = curated(call('rubio-jaishankar', ['Marco Rubio', 'S Jaishankar']));
    const rs = curated(call('rubio-sharif', ['Marco Rubio', 'Shehbaz Sharif']));
    const report = ev(call('report', ['Rubio', 'Sharif']));
    const out = mergeEvents([rj, rs, report]);
    expect(out).toHaveLength(2);
    expect(out.find((e) => e.id === 'report')?.evidence).toHaveLength(2);
  });

  it('prefers the call whose actors fit best over a round of calls that includes them', () => {
    const round = curated(
      call('round', ['Marco Rubio', 'JD Vance', 'Narendra Modi', 'S Jaishankar', 'Ajit Doval'], {
        date: { start: '2025-05-08', end: '2025-05-10', precision: 'range' },
      }),
    );
    const one = curated(
      call('one', ['Marco Rubio', 'S Jaishankar'], { date: { start: '2025-05-08', precision: 'day' } }),
    );
    const report = ev(
      call('report', ['Rubio', 'Jaishankar'], { date: { start: '2025-05-08', precision: 'day' } }),
    );
    const out = mergeEvents([round, one, report]);
    expect(out.find((e) => e.id === 'one')?.evidence).toHaveLength(2);
    expect(out.find((e) => e.id === 'round')?.evidence).toHaveLength(1);
  });

  it('puts a night report with the same night, not the overlapping next night', () => {
    const n27 = curated({
      id: 'n27',
      date: { start: '2025-04-27', end: '2025-04-28', precision: 'range' },
      location: kupwara,
      actors: army,
    });
    const n28 = curated({
      id: 'n28',
      date: { start: '2025-04-28', end: '2025-04-29', precision: 'range' },
      location: kupwara,
      actors: army,
    });
    const report = ev({
      id: 'r',
      date: { start: '2025-04-27', end: '2025-04-28', precision: 'range' },
      location: kupwara,
      actors: army,
    });
    const out = mergeEvents([n28, report, n27]);
    expect(out.find((e) => e.id === 'n27')?.evidence).toHaveLength(2);
    expect(out.find((e) => e.id === 'n28')?.evidence).toHaveLength(1);
  });

  it('keeps an ambiguous report (fits two calls equally) on its own', () => {
    const rj = curated(call('rubio-jaishankar', ['Marco Rubio', 'S Jaishankar']));
    const rs = curated(call('rubio-sharif', ['Marco Rubio', 'Shehbaz Sharif']));
    const report = ev(call('report', ['Marco Rubio']));
    expect(mergeEvents([rj, rs, report])).toHaveLength(3);
  });

  it('is pure: the result does not depend on input order and inputs are untouched', () => {
    const pool = [...MERGE, ...APART].flatMap(([, a, b]) => [a, b]);
    const frozen = JSON.stringify(pool);
    const reference = JSON.stringify(mergeEvents(pool));
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: pool.length, maxLength: pool.length }), (order) => {
        expect(JSON.stringify(mergeEvents(order))).toBe(reference);
      }),
      { numRuns: 50 },
    );
    expect(JSON.stringify(pool)).toBe(frozen);
  });

  it('never drops evidence and never merges two curated events (property)', () => {
    const pool = [...MERGE, ...APART].flatMap(([, a, b]) => [a, b]);
    const out = mergeEvents(pool);
    expect(out.reduce((n, e) => n + e.evidence.length, 0)).toBeLessThanOrEqual(
      pool.reduce((n, e) => n + e.evidence.length, 0),
    );
    for (const e of pool) {
      for (const x of e.evidence) expect(out.some((o) => o.evidence.includes(x))).toBe(true);
    }
    expect(out.filter((e) => e.origins?.includes('curated')).length).toBe(
      pool.filter((e) => e.origins?.includes('curated')).length,
    );
  });

  it('handles thousands of events quickly enough to be bucketed, not quadratic', () => {
    const many = Array.from({ length: 4000 }, (_, i) =>
      ev({
        id: `e${i}`,
        date: { start: `2025-05-${String((i % 28) + 1).padStart(2, '0')}`, precision: 'day' },
        location: { name: `place ${i}`, precision: 'region' },
        actors: army,
      }),
    );
    expect(mergeEvents(many)).toHaveLength(4000);
  });
});

describe('sameActorInRegistry', () => {
  it.each([
    ['S Jaishankar', 'Subrahmanyam Jaishankar', true],
    ['Jaishankar', 'S. Jaishankar', true],
    ['PM Shehbaz Sharif', 'Shehbaz Sharif', true],
    ['Gen Asim Munir', 'Asim Munir', true],
    ['Pakistan Armed Forces', 'Pakistan Army', true],
    ['Shehbaz Sharif', 'Nawaz Sharif', false],
    ['Shehbaz Sharif', 'Ahmed Sharif Chaudhry', false],
    ['Pakistan Army', 'Indian Army', false],
    [
      'Director General of Military Operations (India)',
      'Director General of Military Operations (Pakistan)',
      false,
    ],
  ])('%s ~ %s is %s', (a, b, expected) => {
    expect(sameActorInRegistry({ name: a }, { name: b })).toBe(expected);
  });

  it('resolves an ambiguous alias with its country (DGMO of India)', () => {
    const india = { name: 'Director General of Military Operations (India)', country: 'IN' };
    expect(sameActorInRegistry({ name: 'DGMO', country: 'IN' }, india)).toBe(true);
    expect(sameActorInRegistry({ name: 'DGMO', country: 'PK' }, india)).toBe(false);
  });

  it('never matches actors of different countries', () => {
    expect(sameActorInRegistry({ name: 'Army', country: 'IN' }, { name: 'Army', country: 'PK' })).toBe(false);
  });
});
