import type { CrisisEvent } from '../src/domain/event.ts';
import { extractEvents } from './extract-events.ts';
import { testResources } from './test-resources.ts';

async function run(body: string): Promise<CrisisEvent[]> {
  return extractEvents({ name: 't.txt', text: `date 2025-05-01 ${body}` }, await testResources()).events;
}
const violent = (events: CrisisEvent[]) =>
  events.filter((e) => e.category === 'attack' || e.category === 'strike' || e.category === 'armed_clash');

describe('extractEvents: who is an actor of a violent event', () => {
  it('does not give the people of a call to the attack they discussed', async () => {
    const events = await run(
      'Prime Minister Keir Starmer spoke to Prime Minister Narendra Modi on Tuesday and condemned the terror attack in Pahalgam that killed 26 people.',
    );
    for (const e of violent(events)) expect(e.actors.map((a) => a.name)).not.toContain('Keir Starmer');
    expect(events.some((e) => e.category === 'diplomatic_contact')).toBe(true);
  });

  it('does not make the two sides of "tensions between" the attackers', async () => {
    const events = await run(
      'Tensions between India and Pakistan rose after the terror attack in Pahalgam on April 22.',
    );
    const attacks = violent(events);
    expect(attacks.length).toBeGreaterThan(0);
    for (const e of attacks) expect(e.actors.map((a) => a.name)).toEqual([]);
  });

  it('keeps the forces that fired', async () => {
    const events = await run(
      'Pakistan Army posts opened unprovoked small arms fire across the Line of Control opposite Kupwara on the night of April 27-28, and the Indian Army responded.',
    );
    const names = violent(events).flatMap((e) => e.actors.map((a) => a.name));
    expect(names).toContain('Pakistan Army');
  });
});
