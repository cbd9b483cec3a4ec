import { ActorMemory } from './actor-memory.ts';
import { findActors } from './find-actors.ts';
import { findPlaces } from './find-places.ts';
import { testResources } from './test-resources.ts';
import { tokenize } from './tokenize.ts';

async function places(s: string, countries = ['IN', 'PK']) {
  const res = await testResources();
  const tokens = tokenize(s);
  const actors = findActors(s, res, new ActorMemory(), tokens);
  return findPlaces(s, tokens, res.places, countries, (a, b) =>
    actors.some((m) => a < m.end && m.start < b),
  ).map((p) => [p.location.name, p.location.precision]);
}

describe('findPlaces (gazetteer only)', () => {
  it('reads both districts of "areas opposite Kupwara and Poonch districts"', async () => {
    expect(
      await places('The Army responded in areas opposite Kupwara and Poonch districts in Jammu and Kashmir'),
    ).toEqual([
      ['Kupwara', 'district'],
      ['Poonch', 'district'],
      ['Jammu and Kashmir', 'region'],
    ]);
  });

  it('keeps the name as the article writes it, with gazetteer coordinates', async () => {
    const res = await testResources();
    const s = 'the Pahalgam terror attack';
    const tokens = tokenize(s);
    const [p] = findPlaces(s, tokens, res.places, ['IN'], () => false);
    expect(p?.location).toMatchObject({ name: 'Pahalgam', country: 'IN', precision: 'point' });
    expect(typeof p?.location.lat).toBe('number');
  });

  it('names the border region of the two countries for "the borders with India"', async () => {
    expect(
      await places('The military is continuing its build-up on the borders with India', ['PK', 'IN']),
    ).toEqual([['India–Pakistan border', 'region']]);
  });

  it('takes a border of the two main countries from the gazetteer when it has one', async () => {
    const res = await testResources();
    const s = 'Fighting resumed along the border early on Friday';
    const [p] = findPlaces(s, tokenize(s), res.places, ['TH', 'KH'], () => false);
    expect(p?.location).toEqual({ name: 'Thailand–Cambodia border', precision: 'region' });
  });

  it('names a border the gazetteer lacks after its two countries, without coordinates', async () => {
    const res = await testResources();
    const s = 'Fighting resumed along the border early on Friday';
    const [p] = findPlaces(s, tokenize(s), res.places, ['PE', 'EC'], () => false);
    expect(p?.location).toEqual({ name: 'Ecuador–Peru border', precision: 'region' });
  });

  it('reads named lines: the Line of Control', async () => {
    expect(await places('firing across the Line of Control (LoC)')).toContainEqual([
      'Line of Control',
      'region',
    ]);
  });

  it('does not take a surname for a place', async () => {
    expect(await places('Defence Minister Rajnath Singh spoke to Pete Hegseth')).toEqual([]);
  });
});
