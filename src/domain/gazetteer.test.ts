import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGazetteer, haversineKm, loadDefaultGazetteer, normalizePlaceName } from './gazetteer.ts';
import type { Gazetteer, GazetteerData } from './gazetteer.ts';

let g: Gazetteer;
beforeAll(async () => {
  g = await loadDefaultGazetteer();
});

describe('crisis places resolve with country, admin1 and real coordinates', () => {
  // Real-world positions of the towns (Survey of India / Wikipedia, rounded to 0.01°); the
  // gazetteer's GeoNames points must lie within 5 km of them.
  const cases: [string, string, string, number, number][] = [
    ['Kupwara', 'IN', 'Jammu and Kashmir', 34.53, 74.25],
    ['Poonch', 'IN', 'Jammu and Kashmir', 33.77, 74.09],
    ['Pahalgam', 'IN', 'Jammu and Kashmir', 34.02, 75.32],
    ['Rajouri', 'IN', 'Jammu and Kashmir', 33.38, 74.31],
    ['Baramulla', 'IN', 'Jammu and Kashmir', 34.2, 74.34],
    ['Anantnag', 'IN', 'Jammu and Kashmir', 33.73, 75.15],
    ['Uri', 'IN', 'Jammu and Kashmir', 34.08, 74.05],
    ['Akhnoor', 'IN', 'Jammu and Kashmir', 32.87, 74.73],
    ['Leh', 'IN', 'Ladakh', 34.16, 77.58],
    ['Bahawalpur', 'PK', 'Punjab', 29.4, 71.68],
    ['Muridke', 'PK', 'Punjab', 31.8, 74.26],
    ['Lahore', 'PK', 'Punjab', 31.56, 74.35],
    ['Sialkot', 'PK', 'Punjab', 32.49, 74.53],
    ['Karachi', 'PK', 'Sindh', 24.86, 67.01],
    ['Muzaffarabad', 'PK', 'Azad Kashmir', 34.37, 73.47],
    ['Kotli', 'PK', 'Azad Kashmir', 33.52, 73.9],
    ['Bhimber', 'PK', 'Azad Kashmir', 32.97, 74.08],
    ['Gilgit', 'PK', 'Gilgit-Baltistan', 35.92, 74.31],
  ];
  it.each(cases)('%s -> %s, %s', (name, country, admin1, lat, lon) => {
    const p = g.lookup(name);
    expect(p).toMatchObject({ kind: 'city', country, admin1 });
    expect(g.distanceKm({ lat: p?.lat ?? 0, lon: p?.lon ?? 0 }, { lat, lon })).toBeLessThan(5);
  });
});

describe('lookup', () => {
  it('prefers the given countries for ambiguous names', () => {
    expect(g.lookup('Hyderabad', { countries: ['PK'] })).toMatchObject({ country: 'PK', admin1: 'Sindh' });
    expect(g.lookup('Hyderabad')).toMatchObject({ country: 'IN' });
    expect(g.lookup('Punjab', { countries: ['PK'] })).toMatchObject({ kind: 'region', country: 'PK' });
    expect(g.lookup('Punjab', { countries: ['IN'] })).toMatchObject({ kind: 'region', country: 'IN' });
    expect(g.lookup('Nowshera', { countries: ['PK'] })).toMatchObject({ admin1: 'Khyber Pakhtunkhwa' });
  });

  it('reads news spellings, diacritics and qualifiers', () => {
    const names = [
      'Naushera',
      'Nowshera',
      'Baramula',
      'Pahalgām',
      'PAHALGAM',
      'Kupwara district',
      'Akhnoor sector',
    ];
    for (const n of names) expect(g.lookup(n)?.country, n).toBe('IN');
    expect(g.lookup('Nowshera')?.admin1).toBe('Jammu and Kashmir');
    expect(g.lookup('Ahmedpur East')).toMatchObject({ country: 'PK', name: 'Ahmadpur East' });
    expect(g.lookup('Surin province')).toMatchObject({ kind: 'region', country: 'TH' });
    expect(g.lookup('Tavush')).toMatchObject({ kind: 'region', country: 'AM' });
  });

  it('keeps Islamabad the capital although Anantnag is locally called Islamabad', () => {
    expect(g.lookup('Islamabad', { countries: ['IN'] })).toMatchObject({ country: 'PK' });
    expect(g.lookup('Islamabad (Anantnag)')).toMatchObject({ name: 'Anantnag', country: 'IN' });
  });

  it('resolves country names to countries, not to same-named towns', () => {
    expect(g.lookup('Lebanon')).toMatchObject({ kind: 'country', country: 'LB' });
    expect(g.lookup('Mali')).toMatchObject({ kind: 'country', country: 'ML' });
  });
});

describe('the English stop-list', () => {
  const words = [
    'Police',
    'Mobile',
    'Army',
    'Sunday',
    'Union',
    'Victoria',
    'Defence',
    'Along',
    'Rubio',
    'UN',
    'Man',
  ];
  it.each(words)('%s is not a place', (w) => {
    expect(g.has(w)).toBe(false);
    expect(g.lookup(w)).toBeUndefined();
  });

  it('still finds a stop-listed place when asked to', () => {
    expect(g.lookup('Police', { allowStopWords: true })).toMatchObject({ country: 'PL' });
  });

  const crisisPlaces = [
    'Uri', 'Poonch', 'Mendhar', 'Naushera', 'Nowshera', 'Sunderbani', 'Akhnoor', 'Pargwal', 'Karnah',
    'Tangdhar', 'Mankote', 'Krishna Ghati', 'Nakyal', 'Muridke', 'Bahawalpur', 'Kotli', 'Bhimber',
    'Sialkot', 'Shakargarh', 'Ahmedpur East', 'Pathankot', 'Adampur', 'Bhuj', 'Chaklala', 'Sargodha',
    'Samba', 'Rajouri', 'Kathua', 'Attari', 'Wagah', 'Nur Khan', 'Rahim Yar Khan', 'Sukkur', 'Chunian',
  ]; // prettier-ignore
  it.each(crisisPlaces)('keeps the crisis place %s', (name) => {
    expect(g.has(name)).toBe(true);
    expect(['IN', 'PK']).toContain(g.lookup(name, { countries: ['IN', 'PK'] })?.country);
  });
});

describe('regions, borders and localities have no invented coordinates', () => {
  it('LoC is a border without coordinates', () => {
    for (const n of ['LoC', 'LOC', 'Line of Control']) {
      const p = g.lookup(n);
      expect(p).toMatchObject({ kind: 'border', name: 'Line of Control' });
      expect(p?.lat).toBeUndefined();
      expect(g.toLocation(p!)).toEqual({ name: 'Line of Control', precision: 'region' });
    }
  });

  it.each([
    ['IB', 'International Border (India–Pakistan)'],
    ['the borders with India', 'India–Pakistan border'],
    ['border with Pakistan', 'India–Pakistan border'],
    ['the border', 'India–Pakistan border'],
    ['J&K', 'Jammu and Kashmir'],
    ['J-K', 'Jammu and Kashmir'],
    ['PoK', 'Azad Kashmir'],
    ['Pakistan-administered Kashmir', 'Azad Kashmir'],
    ['AJK', 'Azad Kashmir'],
    ['Kashmir Valley', 'Kashmir Valley'],
    ['Khyber Pakhtunkhwa', 'Khyber Pakhtunkhwa'],
    ['Balochistan', 'Balochistan'],
    ['Gilgit-Baltistan', 'Gilgit-Baltistan'],
    ['the Arabian Sea', 'Arabian Sea'],
  ])('%s -> %s', (written, name) => {
    const p = g.lookup(written);
    expect(p?.name).toBe(name);
    expect(p?.lat).toBeUndefined();
  });

  it('gives a locality its district coordinates with precision district', () => {
    const mendhar = g.lookup('Mendhar')!;
    expect(mendhar).toMatchObject({ kind: 'locality', country: 'IN', district: 'Poonch' });
    const loc = g.toLocation(mendhar);
    const poonch = g.lookup('Poonch')!;
    expect(loc).toMatchObject({
      name: 'Mendhar',
      admin1: 'Jammu and Kashmir',
      country: 'IN',
      precision: 'district',
    });
    expect([loc.lat, loc.lon]).toEqual([poonch.lat, poonch.lon]);
  });

  it('names a location as the article writes it, else in the usual English spelling', () => {
    expect(g.toLocation(g.lookup('Poonch')!).name).toBe('Poonch');
    expect(g.toLocation(g.lookup('Kupwara')!).name).toBe('Kupwara');
    expect(g.toLocation(g.lookup('Nowshera')!).name).toBe('Naushera');
    expect(g.toLocation(g.lookup('Poonch')!, 'Punch').name).toBe('Punch');
    expect(g.lookup('Muzaffarabad')).toMatchObject({ name: 'Muzaffarābād', displayName: 'Muzaffarabad' });
  });

  it('makes a city a point and a country a country', () => {
    expect(g.toLocation(g.lookup('Kupwara')!)).toMatchObject({ precision: 'point', country: 'IN' });
    expect(g.toLocation(g.lookup('Pakistan')!)).toEqual({
      name: 'Pakistan',
      country: 'PK',
      precision: 'country',
    });
  });
});

describe('countries', () => {
  it.each([
    ['Pakistani', 'PK'], ['Indian', 'IN'], ['US', 'US'], ['U.S.', 'US'], ['American', 'US'],
    ['United States', 'US'], ['British', 'GB'], ['UK', 'GB'], ['Chinese', 'CN'], ['Iranian', 'IR'],
    ['Saudi', 'SA'], ['Emirati', 'AE'], ['UAE', 'AE'], ['Russian', 'RU'], ['Thai', 'TH'],
    ['Cambodian', 'KH'], ['Armenian', 'AM'], ['Azerbaijani', 'AZ'], ['Israeli', 'IL'],
    ['Lebanese', 'LB'], ['Ethiopian', 'ET'], ['Eritrean', 'ER'], ['IN', 'IN'], ['PAK', 'PK'],
  ])('%s -> %s', (written, code) => {
    expect(g.country(written)?.code).toBe(code);
  }); // prettier-ignore

  it('does not take the word "in" for India', () => {
    expect(g.country('in')).toBeUndefined();
  });

  it('maps ISO numeric codes (world-atlas ids) to alpha-2', () => {
    expect(g.countryByNumeric('356')).toEqual({ code: 'IN', name: 'India', demonym: 'Indian' });
    expect(g.countryByNumeric('586')?.code).toBe('PK');
    expect(g.countryByNumeric('4')?.code).toBe('AF');
    expect(g.countryByNumeric('004')?.code).toBe('AF');
  });
});

describe('distanceKm', () => {
  it('measures great-circle distances', () => {
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(111.2, 0);
    expect(haversineKm({ lat: 10, lon: 20 }, { lat: 10, lon: 20 })).toBe(0);
    const delhi = g.lookup('New Delhi')!;
    const islamabad = g.lookup('Islamabad')!;
    const km = g.distanceKm(delhi as { lat: number; lon: number }, islamabad as { lat: number; lon: number });
    expect(km).toBeGreaterThan(660);
    expect(km).toBeLessThan(700);
  });
});

describe('createGazetteer on small data', () => {
  const data: Partial<GazetteerData> = {
    places: {
      version: 1,
      sources: [],
      fields: [],
      admin1: { 'XA.01': 'North Province' },
      places: [
        [1, 'Alpha', '', 'Alfa', 'XA', '01', 1, 2, 5000, ''],
        [2, 'Alpha', '', '', 'XB', '01', 3, 4, 100, ''],
        [3, 'Beta Town', '', 'Alpha', 'XA', '01', 5, 6, 900000, 'PPLC'],
      ],
    },
  };

  it('ranks names before alternate names, then population', () => {
    const small = createGazetteer(data);
    expect(small.lookup('alpha')?.source).toBe('geonames:1');
    expect(small.lookup('alpha', { countries: ['XB'] })?.source).toBe('geonames:2');
    expect(small.candidates('Alpha').map((p) => p.source)).toEqual([
      'geonames:1',
      'geonames:2',
      'geonames:3',
    ]);
    expect(small.lookup('Alfa')?.admin1).toBe('North Province');
    expect(small.has('Gamma')).toBe(false);
  });

  it('with notableElsewhere, reads a village or an alternate name only in the countries of the story', () => {
    const country = (code: string, neighbours?: string[]) => ({
      code,
      independent: true,
      alpha3: `${code}X`,
      numeric: '',
      name: `Land ${code}`,
      names: [],
      demonyms: [],
      ...(neighbours ? { neighbours } : {}),
    });
    const small = createGazetteer({
      places: {
        version: 1,
        sources: [],
        fields: [],
        admin1: {},
        places: [
          [1, 'Delta', '', 'Deltaville', 'XA', '01', 1, 2, 2000, ''],
          [2, 'Epsilon', '', 'Epsilonburg', 'XB', '01', 3, 4, 500000, ''],
          [3, 'Zeta', '', '', 'XB', '01', 5, 6, 0, 'PPLA'],
        ],
      },
      countries: [country('XA', ['XD']), country('XB'), country('XC'), country('XD', ['XA'])],
    });
    const opts = { notableElsewhere: true };
    // a village of XA: found in a story on XA, or on its neighbour XD, not in one on XB and XC
    expect(small.lookup('Delta', { countries: ['XA', 'XC'], ...opts })?.source).toBe('geonames:1');
    expect(small.lookup('Delta', { countries: ['XD', 'XC'], ...opts })?.source).toBe('geonames:1');
    // (a neighbour of the story's two sides only, not of a third country it names)
    expect(small.lookup('Delta', { countries: ['XB', 'XC', 'XD'], ...opts })).toBeUndefined();
    expect(small.lookup('Delta', { countries: ['XB', 'XC'], ...opts })).toBeUndefined();
    expect(small.lookup('Deltaville', { countries: ['XB', 'XC'], ...opts })).toBeUndefined();
    // without the option, or while only one side is known, it is found
    expect(small.lookup('Delta', { countries: ['XB', 'XC'] })?.source).toBe('geonames:1');
    expect(small.lookup('Delta', { countries: ['XB'], ...opts })?.source).toBe('geonames:1');
    // an alternate name of a large town elsewhere is not read; its own name and an admin1 seat are
    expect(small.lookup('Epsilonburg', { countries: ['XA', 'XC'], ...opts })).toBeUndefined();
    expect(small.lookup('Epsilonburg', { countries: ['XB', 'XC'], ...opts })?.source).toBe('geonames:2');
    expect(small.lookup('Epsilon', { countries: ['XA', 'XC'], ...opts })?.source).toBe('geonames:2');
    expect(small.lookup('Zeta', { countries: ['XA', 'XC'], ...opts })?.source).toBe('geonames:3');
    // has(..., notableOnly): the same test without countries
    expect(small.has('Delta')).toBe(true);
    expect(small.has('Delta', { notableOnly: true })).toBe(false);
    expect(small.has('Epsilonburg', { notableOnly: true })).toBe(false);
    expect(small.has('Epsilon', { notableOnly: true })).toBe(true);
  });

  it('normalises names for matching', () => {
    expect(normalizePlaceName('Pūnch')).toBe('punch');
    expect(normalizePlaceName('J&K')).toBe('j k');
    expect(normalizePlaceName("Sa'dah")).toBe('sadah');
    expect(normalizePlaceName('Gilgit-Baltistan')).toBe('gilgit baltistan');
  });
});

describe('properties', () => {
  it('normalising is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => normalizePlaceName(normalizePlaceName(s)) === normalizePlaceName(s)),
    );
  });

  it('never throws, and has(name) implies lookup(name) finds a place', () => {
    const names = fc.oneof(
      fc.string(),
      fc.constantFrom('Kupwara', 'the LoC', 'Poonch district', 'Police', 'J&K', 'Surin province', ' ', ''),
    );
    fc.assert(
      fc.property(names, (s) => {
        const found = g.lookup(s);
        return !g.has(s) || found !== undefined;
      }),
    );
  });
});
