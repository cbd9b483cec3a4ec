import { ActorMemory } from './actor-memory.ts';
import { findActors } from './find-actors.ts';
import { resourcesWithoutRegistry, testResources } from './test-resources.ts';

async function actors(s: string, opts: { registry?: boolean; memory?: ActorMemory } = {}) {
  const res = opts.registry === false ? await resourcesWithoutRegistry() : await testResources();
  return findActors(s, res, opts.memory ?? new ActorMemory()).map((m) => m.actor);
}

describe('findActors', () => {
  it('reads titled people with their country: "US Defence Secretary Pete Hegseth"', async () => {
    expect(await actors('Rajnath Singh spoke to US Defence Secretary Pete Hegseth')).toContainEqual(
      expect.objectContaining({ name: 'Pete Hegseth', country: 'US' }),
    );
  });

  it('gives the canonical name for an honorific form: "Raksha Mantri Shri Rajnath Singh"', async () => {
    expect((await actors('Hegseth spoke to Raksha Mantri Shri Rajnath Singh')).map((a) => a.name)).toContain(
      'Rajnath Singh',
    );
  });

  it.each([
    [
      'Thai Defence Minister Phumtham Wechayachai said',
      { name: 'Phumtham Wechayachai', role: 'Defence Minister', country: 'TH' },
    ],
    [
      'Armenian Foreign Minister Ararat Mirzoyan said',
      { name: 'Ararat Mirzoyan', role: 'Foreign Minister', country: 'AM' },
    ],
    [
      'Saudi Foreign Minister Prince Faisal bin Farhan called',
      { name: 'Faisal bin Farhan', role: 'Foreign Minister', country: 'SA' },
    ],
    [
      "Maris Sangiampongsa, Thailand's foreign minister, said",
      { name: 'Maris Sangiampongsa', role: 'Foreign Minister', country: 'TH' },
    ],
  ])('recognises an actor it has never seen: %j', async (s, expected) => {
    expect(await actors(s, { registry: false })).toContainEqual(expected);
  });

  it('names forces after their country: "the Cambodian army", "Thai fighter jets"', async () => {
    const got = (await actors('the Cambodian army said Thai fighter jets struck', { registry: false })).map(
      (a) => a.name,
    );
    expect(got).toEqual(['Cambodian Army', 'Thai Air Force']);
  });

  it('maps "the Pakistani military" to the Pakistan Army', async () => {
    expect((await actors('The Pakistani military is continuing its build-up')).map((a) => a.name)).toContain(
      'Pakistan Army',
    );
  });

  it('reads one office per country: "Directors General of Military Operations of India and Pakistan"', async () => {
    expect(
      (await actors('Directors General of Military Operations of India and Pakistan talked')).map(
        (a) => a.name,
      ),
    ).toEqual([
      'Director General of Military Operations (India)',
      'Director General of Military Operations (Pakistan)',
    ]);
  });

  it('resolves a surname and "the Army" to what the article named before', async () => {
    const memory = new ActorMemory();
    await actors('Defence Minister Rajnath Singh and the Indian Army', { memory, registry: false });
    expect(
      (await actors('Singh said the Army responded', { memory, registry: false })).map((a) => a.name),
    ).toEqual(['Rajnath Singh', 'Indian Army']);
  });

  it('reads a capital that stands for its state: "Bangkok had expelled"', async () => {
    expect(await actors('Bangkok had expelled the ambassador')).toContainEqual(
      expect.objectContaining({ name: 'Thailand', country: 'TH' }),
    );
  });

  it('names organisations by their capitalised words', async () => {
    expect(
      (await actors('The Collective Security Treaty Organization said', { registry: false })).map(
        (a) => a.name,
      ),
    ).toEqual(['Collective Security Treaty Organization']);
  });

  it('does not make actors of anonymous sources', async () => {
    expect(
      await actors('officials said, and a State Department spokesperson said', { registry: false }),
    ).toEqual([]);
  });
  it('is not stopped by a village of that name somewhere ("Wagner", Iowa; "Ruto" for Routot, France)', async () => {
    const names = async (s: string) => (await actors(s, { registry: false })).map((a) => a.name);
    expect(await names('Wagner fighters crossed the river at dawn')).toContain('Wagner');
    expect(await names('Jomo Ruto said the talks would resume')).toContain('Jomo Ruto');
  });
});
