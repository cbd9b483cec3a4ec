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

  it('reads "the Jhelum River" as the river, not the town of Jhelum', async () => {
    expect(await places('Shells fell near the Jhelum River on Friday', ['PK', 'IN'])).toEqual([]);
    expect(await places('Shells fell near Jhelum on Friday', ['PK', 'IN'])).toEqual([['Jhelum', 'point']]);
  });

  it('reads a village or an alternate spelling of another country only in its own country', async () => {
    // "Valley" is a village in Alabama (and a common word), "Beas" a village in Spain, "Saravan" an
    // alternate name of Salavan, Laos: none is what an India–Pakistan story means
    expect(await places('loud explosions were heard across the Valley')).toEqual([]);
    expect(await places('a missile storage facility at Beas')).toEqual([]);
    expect(await places('nine people were killed near the town of Saravan', ['PK', 'IR'])).toEqual([]);
    // a town known abroad still reads after a locative; a village reads in its own country
    expect(await places('the talks in Geneva on Monday')).toEqual([['Geneva', 'point']]);
    expect(await places('Georgian troops shelled Senaki and Java', ['GE', 'RU'])).toEqual([
      ['Senaki', 'point'],
      ['Java', 'point'],
    ]);
  });

  it('does not take a surname for a place', async () => {
    expect(await places('Defence Minister Rajnath Singh spoke to Pete Hegseth')).toEqual([]);
  });
});
