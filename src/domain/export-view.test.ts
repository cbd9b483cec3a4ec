import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EventSchema, type CrisisEvent, type EventId, type IsoDate } from './event.ts';
import { CSV_COLUMNS, toContractJson, toCsv, toGeoJson } from './export-view.ts';
import { parseDataset } from './parse-dataset.ts';

const d = (s: string) => s as IsoDate;

const CLASH: CrisisEvent = {
  id: 'ev-clash' as EventId,
  category: 'armed_clash',
  date: { start: d('2025-05-07'), end: d('2025-05-08'), precision: 'range' },
  location: {
    name: 'Rajouri',
    admin1: 'Jammu and Kashmir',
    country: 'IN',
    lat: 33.38,
    lon: 74.31,
    precision: 'district',
  },
  actors: [
    { name: 'Indian Army', country: 'IN' },
    { name: 'Pakistan Army', country: 'PK' },
  ],
  fatalities: 2,
  summary: 'Exchange of fire in Rajouri, "heavy", overnight',
  evidence: [{ source: 'user:abc:rajouri.txt', quote: 'heavy artillery fire', start: 10, end: 30 }],
  origins: ['user'],
};

const CALL: CrisisEvent = {
  id: 'ev-call' as EventId,
  category: 'diplomatic_contact',
  date: { start: d('2025-05-08'), precision: 'day' },
  location: null,
  actors: [
    { name: 'S Jaishankar', country: 'IN' },
    { name: 'Adel al-Jubeir', country: 'SA' },
  ],
  contact: { mode: 'meeting' },
  summary: 'They met.\nJaishankar said India would respond, firmly.',
  evidence: [
    { source: 'https://example.org/meeting', note: 'Ministry readout.' },
    { source: 'https://example.org/meeting', note: 'Second note, same page.' },
  ],
};

const REGION: CrisisEvent = {
  id: 'ev-region' as EventId,
  category: 'military_posture',
  date: { start: d('2025-05-06'), precision: 'before' },
  location: { name: 'India–Pakistan border', precision: 'region' },
  actors: [],
  summary: '=HYPERLINK("http://evil.example") troops moved',
  evidence: [{ source: 'a.txt', quote: 'troops', start: 0, end: 6 }],
};

const EVENTS = [CLASH, CALL, REGION];

describe('toCsv', () => {
  const parsed = Papa.parse<Record<string, string>>(toCsv(EVENTS), { header: true, skipEmptyLines: true });

  it('writes the ACLED-like header and one row per event', () => {
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.meta.fields).toEqual(
      expect.arrayContaining([
        'date',
        'precision',
        'category',
        'place',
        'admin1',
        'country',
        'lat',
        'lon',
        'actors',
        'fatalities',
        'summary',
        'source',
      ]),
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(3);
  });

  it('keeps commas, quotes and line breaks inside their cells', () => {
    expect(parsed.data[0]!.summary).toBe(CLASH.summary);
    expect(parsed.data[1]!.summary).toBe(CALL.summary);
  });

  it('fills the columns from the event', () => {
    expect(parsed.data[0]).toMatchObject({
      id: 'ev-clash',
      date: '2025-05-07',
      end_date: '2025-05-08',
      precision: 'range',
      category: 'armed_clash',
      place: 'Rajouri',
      admin1: 'Jammu and Kashmir',
      country: 'IN',
      lat: '33.38',
      lon: '74.31',
      location_precision: 'district',
      actors: 'Indian Army; Pakistan Army',
      fatalities: '2',
      source: 'user:abc:rajouri.txt',
      origin: 'user',
    });
    expect(parsed.data[1]).toMatchObject({
      place: '',
      lat: '',
      fatalities: '',
      contact_mode: 'meeting',
      source: 'https://example.org/meeting',
    });
  });

  it('escapes cells a spreadsheet would run as formulas', () => {
    expect(parsed.data[2]!.summary).toBe(`'${REGION.summary}`);
  });

  it('round-trips any summary text that does not look like a formula', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }).filter((s) => !/^[=+\-@\t\r]/.test(s)),
        (summary) => {
          const rows = Papa.parse<Record<string, string>>(toCsv([{ ...CLASH, summary }]), {
            header: true,
          }).data;
          expect(rows[0]!.summary).toBe(summary);
        },
      ),
    );
  });

  it('writes just the header for an empty view', () => {
    expect(toCsv([]).trim()).toBe(CSV_COLUMNS.join(','));
  });
});

describe('toGeoJson', () => {
  const fc = toGeoJson(EVENTS);

  it('has only the events with coordinates, as [lon, lat] points', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.properties.id)).toEqual(['ev-clash']);
    expect(fc.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [74.31, 33.38] });
  });

  it('carries the event facts and its quotes as properties', () => {
    expect(fc.features[0]!.properties).toMatchObject({
      category: 'armed_clash',
      date: '2025-05-07',
      end_date: '2025-05-08',
      place: 'Rajouri',
      location_precision: 'district',
      actors: ['Indian Army', 'Pakistan Army'],
      fatalities: 2,
      quotes: ['heavy artillery fire'],
      origins: ['user'],
    });
  });

  it('survives a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
  });
});

describe('toContractJson', () => {
  const json = toContractJson(EVENTS, {
    exportedAt: '2025-05-09T12:00:00.000Z',
    view: { from: d('2025-05-01'), actors: ['Indian Army'], categories: [] },
  });
  const raw = JSON.parse(json) as { events: unknown[]; filters: unknown; count: number; exportedAt: string };

  it('validates every event against the contract schema', () => {
    expect(raw.events).toHaveLength(3);
    for (const e of raw.events) expect(EventSchema.safeParse(e).success).toBe(true);
  });

  it('reads back through the dataset parser unchanged', () => {
    const back = parseDataset(raw);
    expect(back.problems).toEqual([]);
    expect(back.events).toEqual(EVENTS);
  });

  it('records when and under which filters it was exported (only those set)', () => {
    expect(raw.exportedAt).toBe('2025-05-09T12:00:00.000Z');
    expect(raw.filters).toEqual({ from: '2025-05-01', actors: ['Indian Army'] });
    expect(raw.count).toBe(3);
  });
});
