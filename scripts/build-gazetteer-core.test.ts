import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCountries } from './build-countries.ts';
import type { WorldCountry } from './build-countries.ts';
import {
  applyCorrections,
  buildPlacesFile,
  cities1000Extras,
  cleanAlternateNames,
  keepPlace,
  parseGeonamesLine,
  serializePlacesFile,
} from './build-gazetteer-core.ts';
import type { GeonamesRow } from './build-gazetteer-core.ts';

const row = (over: Partial<GeonamesRow>): GeonamesRow => ({
  id: 1,
  name: 'Town',
  asciiName: 'Town',
  alternateNames: [],
  lat: 10.123456,
  lon: 20.987654,
  featureClass: 'P',
  featureCode: 'PPL',
  country: 'IN',
  admin1: '12',
  population: 1000,
  ...over,
});

describe('parseGeonamesLine', () => {
  it('reads a GeoNames cities500 line', () => {
    const line =
      '1260880\tPahlgām\tPahlgam\tPahalgam\t34.01592\t75.31899\tP\tPPL\tIN\t\t12\t\t\t\t7750\t\t2200\tAsia/Kolkata\t2015-08-07';
    expect(parseGeonamesLine(line)).toEqual({
      id: 1260880,
      name: 'Pahlgām',
      asciiName: 'Pahlgam',
      alternateNames: ['Pahalgam'],
      lat: 34.01592,
      lon: 75.31899,
      featureClass: 'P',
      featureCode: 'PPL',
      country: 'IN',
      admin1: '12',
      population: 7750,
    });
  });

  it('skips blank and short lines', () => {
    expect(parseGeonamesLine('')).toBeUndefined();
    expect(parseGeonamesLine('1\tx')).toBeUndefined();
  });
});

describe('keepPlace', () => {
  const guards = { commonWords: new Set(['valley', 'liberty']) };
  it.each([
    [row({ country: 'IN', population: 600 }), true],
    [row({ country: 'PK', population: 0 }), true],
    // every other country alike: from 1,000 inhabitants, plus capitals and admin seats
    [row({ country: 'CN', population: 6000 }), true],
    [row({ country: 'AM', population: 1500 }), true],
    [row({ country: 'PE', population: 1500 }), true],
    [row({ country: 'GE', population: 1000 }), true],
    [row({ country: 'CN', population: 900 }), false],
    [row({ country: 'FR', population: 900 }), false],
    [row({ country: 'TH', population: 0, featureCode: 'PPLA2' }), true],
    [row({ country: 'FR', population: 0, featureCode: 'PPLA2' }), true],
    [row({ country: 'TH', population: 0, featureCode: 'PPLA3' }), false],
    [row({ country: 'FR', population: 100, featureCode: 'PPLC' }), true],
    [row({ country: 'IN', featureCode: 'PPLH' }), false],
    // a village named like a common English word is left out; a town known abroad is not
    [row({ country: 'US', name: 'Valley', asciiName: 'Valley', population: 9464 }), false],
    [
      row({ country: 'US', name: 'Liberty', asciiName: 'Liberty', population: 0, featureCode: 'PPLA2' }),
      false,
    ],
    [row({ country: 'US', name: 'Valley', asciiName: 'Valley', population: 16000 }), true],
    [row({ country: 'IN', name: 'Valley', asciiName: 'Valley', population: 600 }), true],
    [row({ country: 'US', name: 'Valley Forge', asciiName: 'Valley Forge', population: 2000 }), true],
  ])('%#', (r, keep) => {
    expect(keepPlace(r, guards)).toBe(keep);
  });
});

describe('cleanAlternateNames', () => {
  it('drops codes, machine transliterations, other scripts and duplicates', () => {
    const r = row({
      name: 'Pūnch',
      asciiName: 'Punch',
      alternateNames: ['Poonch', 'IXP', 'bwnsh', 'पुंछ', 'Punch', 'Poonch'],
    });
    expect(cleanAlternateNames(r, new Map())).toEqual(['Poonch']);
  });

  it('drops common English words and names reserved for countries, regions and localities', () => {
    const r = row({
      name: 'Cashmere',
      country: 'US',
      alternateNames: ['Kashmir', 'Human', 'Kashmiur', 'Moldova'],
    });
    const guards = { commonWords: new Set(['human']), reservedNames: new Set(['kashmir', 'moldova']) };
    expect(cleanAlternateNames(r, new Map(), guards)).toEqual(['Kashmiur']);
  });

  it('drops a name that belongs to a ten times larger place', () => {
    const r = row({ name: 'Anantnag', population: 80000, alternateNames: ['Islamabad', 'Anantnaag'] });
    expect(cleanAlternateNames(r, new Map([['islamabad', 1_000_000]]))).toEqual(['Anantnaag']);
  });
});

describe('buildPlacesFile', () => {
  const rows = [
    row({ id: 30, name: 'C', asciiName: 'C', population: 2 }),
    row({ id: 10, name: 'Ā', asciiName: 'A', alternateNames: ['Alef'] }),
    row({ id: 0, name: 'Z', asciiName: 'Z', population: 0 }),
    row({ id: 20, name: 'B', asciiName: 'B', country: 'FR', population: 10 }),
  ];
  const admin1 = { 'IN.12': 'Jammu and Kashmir', 'FR.11': 'Île-de-France' };

  it('is deterministic: input order does not change the bytes', () => {
    const a = serializePlacesFile(buildPlacesFile(rows, admin1));
    const b = serializePlacesFile(buildPlacesFile([...rows].reverse(), admin1));
    expect(a).toBe(b);
  });

  it('sorts by GeoNames id, rounds to 4 decimals and writes compact rows', () => {
    const file = buildPlacesFile(rows, admin1);
    expect(file.places).toEqual([
      [10, 'Ā', 'A', 'Alef', 'IN', '12', 10.1235, 20.9877, 1000, ''],
      [30, 'C', '', '', 'IN', '12', 10.1235, 20.9877, 2, ''],
      [0, 'Z', '', '', 'IN', '12', 10.1235, 20.9877, 0, ''],
    ]);
    expect(file.admin1).toEqual(admin1);
    expect(JSON.parse(serializePlacesFile(file))).toEqual(file);
  });

  it('matches the committed places.json layout', () => {
    const text = readFileSync(new URL('../data/gazetteer/places.json', import.meta.url), 'utf8');
    const file = JSON.parse(text) as ReturnType<typeof buildPlacesFile>;
    expect(serializePlacesFile(file)).toBe(text);
    const ids = file.places.map((p) => p[0]).filter((id) => id !== 0);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });
});

describe('cities1000Extras', () => {
  it('adds IN/PK towns that cities500 lacks, skipping those it has nearby', () => {
    const have = [row({ id: 5, name: 'Akhnūr', asciiName: 'Akhnur', lat: 32.8667, lon: 74.7333 })];
    const extras = cities1000Extras(have, [
      { name: 'Akhnūr', lat: '32.8955', lng: '74.73486', country: 'IN', admin1: '12' },
      { name: 'Nāushahra', lat: '33.15712', lng: '74.24012', country: 'IN', admin1: '12' },
      { name: 'Lyon', lat: '45.7', lng: '4.8', country: 'FR', admin1: '84' },
    ]);
    expect(extras.map((e) => [e.id, e.name, e.population])).toEqual([[0, 'Nāushahra', 0]]);
  });
});

describe('applyCorrections', () => {
  it('fixes a coordinate only while GeoNames still has the recorded wrong value', () => {
    const rows = [row({ id: 7, lat: 34.03056, lon: 74.26417 }), row({ id: 8, lat: 1, lon: 1 })];
    const fix = { name: 'x', lat: 34.53, lon: 74.25, source: 's' };
    const n = applyCorrections(rows, [
      { geonameid: 7, was: [34.03056, 74.26417], ...fix },
      { geonameid: 8, was: [5, 5], ...fix },
    ]);
    expect(n).toBe(1);
    expect(rows.map((r) => [r.lat, r.lon])).toEqual([
      [34.53, 74.25],
      [1, 1],
    ]);
  });
});

describe('buildCountries', () => {
  it('keeps codes, names and demonyms, with the news forms added', () => {
    const world: WorldCountry[] = [
      {
        cca2: 'US',
        cca3: 'USA',
        ccn3: '840',
        independent: true,
        name: { common: 'United States', official: 'United States of America' },
        altSpellings: ['US', 'USA', 'United States of America'],
        demonyms: { eng: { f: 'American', m: 'American' } },
      },
    ];
    const [us] = buildCountries(world);
    expect(us).toMatchObject({
      code: 'US',
      alpha3: 'USA',
      numeric: '840',
      name: 'United States',
      independent: true,
    });
    expect(us?.names).toEqual(expect.arrayContaining(['U.S.', 'USA', 'America', 'United States of America']));
    expect(us?.demonyms).toEqual(expect.arrayContaining(['American', 'US']));
  });
});
