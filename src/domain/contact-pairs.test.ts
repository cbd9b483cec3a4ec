import { contactCountryPairs, contactPairs } from './contact-pairs.ts';
import { EventSchema, type Actor, type Category, type ContactMode, type CrisisEvent } from './event.ts';

function contact(
  id: string,
  actors: Actor[],
  mode?: ContactMode,
  category: Category = 'diplomatic_contact',
): CrisisEvent {
  return EventSchema.parse({
    id,
    category,
    date: { start: '2025-04-30', precision: 'day' },
    actors,
    ...(mode !== undefined && { contact: { mode } }),
    summary: 'x',
    evidence: [{ source: 'a.txt', quote: 'x', start: 0, end: 1 }],
  });
}

const rubio = { name: 'Marco Rubio', role: 'Secretary of State', country: 'US' };
const jaishankar = { name: 'S Jaishankar', role: 'External Affairs Minister', country: 'IN' };
const sharif = { name: 'Shehbaz Sharif', role: 'Prime Minister', country: 'PK' };
const hegseth = { name: 'Pete Hegseth', role: 'Secretary of Defense', country: 'US' };
const rajnath = { name: 'Rajnath Singh', role: 'Defence Minister', country: 'IN' };

describe('contactPairs', () => {
  it('folds contacts into unordered pairs of canonical names with counts, ids and modes', () => {
    const pairs = contactPairs([
      contact('c1', [rubio, jaishankar], 'phone'),
      contact('c2', [jaishankar, rubio], 'meeting'),
      contact('c3', [rubio, sharif], 'phone'),
    ]);
    expect(pairs).toEqual([
      { a: 'Marco Rubio', b: 'S Jaishankar', count: 2, eventIds: ['c1', 'c2'], modes: ['phone', 'meeting'] },
      { a: 'Marco Rubio', b: 'Shehbaz Sharif', count: 1, eventIds: ['c3'], modes: ['phone'] },
    ]);
  });

  it('counts every pair of a multi-party meeting', () => {
    const pairs = contactPairs([contact('m', [rubio, jaishankar, sharif], 'meeting')]);
    expect(pairs.map((p) => `${p.a}|${p.b}|${p.count}`)).toEqual([
      'Marco Rubio|S Jaishankar|1',
      'Marco Rubio|Shehbaz Sharif|1',
      'S Jaishankar|Shehbaz Sharif|1',
    ]);
  });

  it('counts a contact with one known party as a pair with an unknown side', () => {
    expect(contactPairs([contact('b', [sharif], 'meeting')])).toEqual([
      { a: 'Shehbaz Sharif', b: null, count: 1, eventIds: ['b'], modes: ['meeting'] },
    ]);
  });

  it('ignores other categories, contacts with no actors and repeated actors', () => {
    const pairs = contactPairs([
      contact('s', [rubio, jaishankar], undefined, 'statement'),
      contact('none', [], 'phone'),
      contact('dup', [rubio, rubio, jaishankar], 'phone'),
    ]);
    expect(pairs).toEqual([
      { a: 'Marco Rubio', b: 'S Jaishankar', count: 1, eventIds: ['dup'], modes: ['phone'] },
    ]);
  });

  it('orders by count, then names, with the unknown side last', () => {
    const pairs = contactPairs([
      contact('1', [rajnath, hegseth], 'phone'),
      contact('2', [rubio], 'message'),
      contact('3', [rubio, sharif], 'phone'),
      contact('4', [rubio, sharif], 'phone'),
    ]);
    expect(pairs.map((p) => [p.a, p.b, p.count])).toEqual([
      ['Marco Rubio', 'Shehbaz Sharif', 2],
      ['Marco Rubio', null, 1],
      ['Pete Hegseth', 'Rajnath Singh', 1],
    ]);
  });

  it('keeps a contact without a mode, with no modes listed', () => {
    expect(contactPairs([contact('x', [rubio, sharif])])[0]?.modes).toEqual([]);
  });
});

describe('contactCountryPairs', () => {
  it('pairs countries, treating actors of one country as one side', () => {
    const pairs = contactCountryPairs([
      contact('c1', [rubio, jaishankar], 'phone'),
      contact('c2', [hegseth, rajnath], 'phone'),
      contact('c3', [rubio, sharif], 'phone'),
      contact('c4', [rubio, hegseth, jaishankar], 'meeting'),
    ]);
    expect(pairs).toEqual([
      { a: 'IN', b: 'US', count: 3, eventIds: ['c1', 'c2', 'c4'], modes: ['phone', 'meeting'] },
      { a: 'PK', b: 'US', count: 1, eventIds: ['c3'], modes: ['phone'] },
    ]);
  });

  it('gives b: null when only one country is known and skips contacts with none', () => {
    const pairs = contactCountryPairs([
      contact('one', [sharif, { name: 'Heads of mission in Islamabad' }], 'meeting'),
      contact('none', [{ name: 'Someone' }], 'phone'),
    ]);
    expect(pairs).toEqual([{ a: 'PK', b: null, count: 1, eventIds: ['one'], modes: ['meeting'] }]);
  });
});
