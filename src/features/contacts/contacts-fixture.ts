/** Test contacts modelled on the seed article and the fact sheet. */
import { EventSchema, type CrisisEvent } from '../../domain/event.ts';

const rajnath = { name: 'Rajnath Singh', role: 'Defence Minister', country: 'IN' };
const hegseth = { name: 'Pete Hegseth', role: 'Secretary of Defense', country: 'US' };
const jaishankar = { name: 'S Jaishankar', role: 'External Affairs Minister', country: 'IN' };
const rubio = { name: 'Marco Rubio', role: 'Secretary of State', country: 'US' };
const sharif = { name: 'Shehbaz Sharif', role: 'Prime Minister', country: 'PK' };

function parse(e: Record<string, unknown>): CrisisEvent {
  return EventSchema.parse({
    location: null,
    evidence: [{ source: '000_b0e21500dea1cbc0.txt', quote: 'x', start: 0, end: 1 }],
    ...e,
  });
}

export function contactsFixture(): CrisisEvent[] {
  return [
    parse({
      id: 'c-hegseth',
      category: 'diplomatic_contact',
      date: { start: '2025-05-01', precision: 'day' },
      actors: [rajnath, hegseth],
      contact: { mode: 'phone' },
      statements: ['Hegseth offered strong support for India’s right to defend itself.'],
      summary: 'Rajnath Singh spoke to Pete Hegseth by phone.',
      evidence: [
        {
          source: '000_b0e21500dea1cbc0.txt',
          quote: 'Defence Minister Rajnath Singh spoke to US Defence Secretary Pete Hegseth on Thursday',
          start: 10,
          end: 95,
        },
      ],
    }),
    parse({
      id: 'c-rubio-in',
      category: 'diplomatic_contact',
      date: { start: '2025-04-30', precision: 'day' },
      actors: [jaishankar, rubio],
      contact: { mode: 'phone' },
      summary: 'Rubio spoke with Jaishankar and encouraged India to work with Pakistan to de-escalate.',
      evidence: [{ source: 'https://www.example.com/rubio-jaishankar', note: 'Readout of the call.' }],
    }),
    parse({
      id: 'c-rubio-pk',
      category: 'diplomatic_contact',
      date: { start: '2025-04-30', precision: 'day' },
      actors: [rubio, sharif],
      contact: { mode: 'phone' },
      summary: 'Rubio phoned Sharif.',
    }),
    parse({
      id: 'c-dgmo',
      category: 'diplomatic_contact',
      date: { start: '2025-04-29', precision: 'day' },
      actors: [
        { name: 'Director General of Military Operations (India)', country: 'IN' },
        { name: 'Director General of Military Operations (Pakistan)', country: 'PK' },
      ],
      contact: { mode: 'hotline' },
      summary: 'The DGMOs talked over the hotline.',
    }),
    parse({
      id: 'c-briefing',
      category: 'diplomatic_contact',
      date: { start: '2025-04-24', precision: 'approximate' },
      actors: [{ name: 'Amna Baloch', role: 'Foreign Secretary', country: 'PK' }],
      contact: { mode: 'meeting' },
      summary: 'Pakistan’s Foreign Secretary briefed heads of mission.',
    }),
    parse({
      id: 'attack',
      category: 'attack',
      date: { start: '2025-04-22', precision: 'day' },
      actors: [],
      summary: 'An attack (not a contact).',
    }),
  ];
}
