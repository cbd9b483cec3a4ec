import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExtractResources } from '../../../extract/load-resources.ts';
import type { ExtractResources } from '../../../extract/ports.ts';
import { EventSchema, type IsoDate } from '../../domain/event.ts';
import { extractArticle } from './extract-article.ts';

const FIXTURE = readFileSync(
  resolve(import.meta.dirname, '../../../tests/browser/fixtures/rajouri-report.txt'),
  'utf8',
);
const SOURCE = 'user:abc123:rajouri-report.txt';
const published = '2025-05-08' as IsoDate;

let res: ExtractResources;
beforeAll(async () => {
  res = await loadExtractResources();
}, 60000);

describe('extractArticle', () => {
  it('finds the clash in Rajouri and the meeting in the test article, as valid user events', () => {
    const { events, recognised } = extractArticle({ source: SOURCE, text: FIXTURE, published }, res);
    expect(recognised).toBeUndefined();
    for (const e of events) {
      expect(EventSchema.safeParse(e).success).toBe(true);
      expect(e.origins).toEqual(['user']);
    }
    expect(events.some((e) => e.category === 'armed_clash' && e.location?.name === 'Rajouri')).toBe(true);
    expect(events.some((e) => e.category === 'diplomatic_contact')).toBe(true);
  });

  it('quotes the article text exactly at the evidence offsets, citing the user source', () => {
    const { events } = extractArticle({ source: SOURCE, text: FIXTURE, published }, res);
    for (const e of events)
      for (const ev of e.evidence) {
        expect(ev.source).toBe(SOURCE);
        if ('quote' in ev) expect(FIXTURE.slice(ev.start, ev.end)).toBe(ev.quote);
      }
  });

  it('explains an article with no events by what it recognised', () => {
    const text = 'Foreign Minister S Jaishankar was in Srinagar on Tuesday. The weather was fine.';
    const { events, recognised } = extractArticle({ source: 'user:x1:quiet.txt', text, published }, res);
    expect(events).toEqual([]);
    expect(recognised?.places).toContain('Srinagar');
    expect(recognised?.actors.join(' ')).toMatch(/Jaishankar/);
    expect(recognised?.dates.join(' ')).toMatch(/Tuesday.*6 May 2025/);
  });

  it('reports empty lists for text with nothing in it', () => {
    const { events, recognised } = extractArticle(
      { source: 'user:x2:noise.txt', text: 'lorem ipsum dolor sit amet', published },
      res,
    );
    expect(events).toEqual([]);
    expect(recognised).toEqual({ dates: [], places: [], actors: [] });
  });
});
