import { describe, expect, it } from 'vitest';
import {
  createActorRegistry,
  normalizeActorName,
  parseActorList,
  sameActor,
  stripHonorifics,
} from './actor-registry.ts';

const registry = createActorRegistry();

describe('resolve: names as written -> canonical actors', () => {
  it.each([
    ['Rajnath Singh', 'Rajnath Singh'],
    ['Raksha Mantri Shri Rajnath Singh', 'Rajnath Singh'],
    ['Defence Minister Rajnath Singh', 'Rajnath Singh'],
    ['Pete Hegseth', 'Pete Hegseth'],
    ['US Defence Secretary Pete Hegseth', 'Pete Hegseth'],
    ['Hegseth', 'Pete Hegseth'],
    ['S. Jaishankar', 'S Jaishankar'],
    ['Dr. S. Jaishankar', 'S Jaishankar'],
    ['Subrahmanyam Jaishankar', 'S Jaishankar'],
    ['EAM Jaishankar', 'S Jaishankar'],
    ['US Secretary of State Marco Rubio', 'Marco Rubio'],
    ['@SecRubio', 'Marco Rubio'],
    ['Rubio', 'Marco Rubio'],
    ['The Pakistani military', 'Pakistan Army'],
    ['Pakistani troops', 'Pakistan Army'],
    ['Pakistan Armed Forces', 'Pakistan Army'],
    ['Indian military', 'Indian Army'],
    ['Indian Armed Forces', 'Indian Army'],
    ['Chinar Corps', 'Indian Army'],
    ['IAF', 'Indian Air Force'],
    ['PAF', 'Pakistan Air Force'],
    ['BSF', 'Border Security Force (BSF)'],
    ['ISPR', 'Inter-Services Public Relations (ISPR)'],
    ['Lt Gen Ahmed Sharif Chaudhry', 'Ahmed Sharif Chaudhry'],
    ['DG ISPR', 'Ahmed Sharif Chaudhry'],
    ['Prime Minister Narendra Modi', 'Narendra Modi'],
    ['PM Modi', 'Narendra Modi'],
    ['Shahbaz Sharif', 'Shehbaz Sharif'],
    ['Gen Asim Munir', 'Asim Munir'],
    ['General Syed Asim Munir', 'Asim Munir'],
    ['Maj Gen Kashif Abdullah', 'Kashif Abdullah'],
    ['Lieutenant General Rajiv Ghai', 'Rajiv Ghai'],
    ['Colonel Sofiya Qureshi', 'Sofiya Qureshi'],
    ['Wing Commander Vyomika Singh', 'Vyomika Singh'],
    ['António Guterres', 'Antonio Guterres'],
    ['UN chief', 'Antonio Guterres'],
    ['Sheikh Abdullah bin Zayed', 'Sheikh Abdullah bin Zayed Al Nahyan'],
    ['Abdullah bin Zayed Al Nahyan', 'Sheikh Abdullah bin Zayed Al Nahyan'],
    ['Prince Faisal bin Farhan', 'Faisal bin Farhan'],
    ['Sergei Lavrov', 'Sergey Lavrov'],
    ['TRF', 'The Resistance Front'],
    ['Lashkar-e-Toiba', 'Lashkar-e-Taiba'],
    ['Lashkar e Taiba', 'Lashkar-e-Taiba'],
    ['JeM', 'Jaish-e-Mohammed'],
    ['NIA', 'National Investigation Agency'],
    ['CCS', 'Cabinet Committee on Security'],
    ['MEA', 'Ministry of External Affairs (India)'],
    ['Pakistan Foreign Office', 'Ministry of Foreign Affairs (Pakistan)'],
    ['UNSC', 'UN Security Council'],
    ['J.D. Vance', 'JD Vance'],
    ['the US', 'United States'],
    ['Amna Baloch', 'Amna Baloch'],
  ])('%s -> %s', (written, canonical) => {
    expect(registry.resolve(written)?.name).toBe(canonical);
  });

  it('needs a country for an alias two actors share', () => {
    expect(registry.resolve('DGMO')).toBeUndefined();
    expect(registry.resolve('DGMO', { country: 'IN' })?.name).toBe(
      'Director General of Military Operations (India)',
    );
    expect(registry.resolve('DGMO', { country: 'PK' })?.name).toBe(
      'Director General of Military Operations (Pakistan)',
    );
    expect(registry.resolve('Army', { country: 'PK' })?.name).toBe('Pakistan Army');
    expect(registry.resolve('Abdullah', { country: 'IN' })?.name).toBe('Omar Abdullah');
  });

  it('does not guess an ambiguous surname or an unknown name', () => {
    expect(registry.resolve('Singh')).toBeUndefined();
    expect(registry.resolve('Singh', { country: 'IN' })).toBeUndefined();
    expect(registry.resolve('Abdullah')).toBeUndefined();
    expect(registry.resolve('John Smith')).toBeUndefined();
    expect(registry.resolve('Office')).toBeUndefined();
    expect(registry.resolve('')).toBeUndefined();
  });

  it('gives roles and countries as of the crisis', () => {
    expect(registry.byName('Rajnath Singh')).toMatchObject({
      role: 'Defence Minister',
      country: 'IN',
      kind: 'person',
    });
    expect(registry.byName('Pete Hegseth')).toMatchObject({ role: 'Secretary of Defense', country: 'US' });
    expect(registry.byName('S Jaishankar')).toMatchObject({
      role: 'External Affairs Minister',
      country: 'IN',
    });
    expect(registry.byName('Marco Rubio')).toMatchObject({ role: 'Secretary of State', country: 'US' });
    expect(registry.byName('Antonio Guterres')?.country).toBeUndefined();
  });

  it('makes event-contract actors, with aliases for forces as the reference events carry them', () => {
    expect(registry.toActor(registry.byName('Rajnath Singh')!)).toEqual({
      name: 'Rajnath Singh',
      role: 'Defence Minister',
      country: 'IN',
    });
    const army = registry.toActor(registry.byName('Pakistan Army')!);
    expect(army.aliases).toEqual(
      expect.arrayContaining([
        'Pakistani military',
        'Pakistan military',
        'Pakistani Army',
        'Pakistan Armed Forces',
      ]),
    );
  });
});

describe('sameActor', () => {
  it.each([
    ['S. Jaishankar', 'S Jaishankar', true],
    ['Jaishankar', 'Subrahmanyam Jaishankar', true],
    ['Pakistani military', 'Pakistan Army', true],
    ['Narendra Modi', 'Shehbaz Sharif', false],
    ['Indian Army', 'Pakistan Army', false],
    ['Jane Doe', 'Doe', true],
    ['Mr Jane Doe', 'jane doe', true],
    ['Jane Doe', 'John Doe', false],
    ['Jane Doe', 'Rajnath Singh', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameActor(a, b)).toBe(same);
    expect(sameActor({ name: b }, { name: a })).toBe(same);
  });

  it('uses the countries: DGMO of IN is the Indian office, and two countries never match', () => {
    expect(
      sameActor({ name: 'DGMO', country: 'IN' }, 'Director General of Military Operations (India)'),
    ).toBe(true);
    expect(sameActor({ name: 'DGMO', country: 'IN' }, { name: 'DGMO', country: 'PK' })).toBe(false);
    expect(sameActor({ name: 'Jane Doe', country: 'US' }, { name: 'Jane Doe', country: 'GB' })).toBe(false);
  });
});

describe('names', () => {
  it('normalises case, dots, diacritics and possessives', () => {
    expect(normalizeActorName('S. Jaishankar')).toBe('s jaishankar');
    expect(normalizeActorName("The Indian Army's")).toBe('indian army');
    expect(normalizeActorName('António Guterres')).toBe('antonio guterres');
  });

  it('strips honorifics but never the whole name', () => {
    expect(stripHonorifics('lt gen rajiv ghai')).toBe('rajiv ghai');
    expect(stripHonorifics('raksha mantri shri rajnath singh')).toBe('rajnath singh');
    expect(stripHonorifics('general')).toBe('general');
  });
});

describe('the actor list', () => {
  it('validates data/actors.json (createActorRegistry parses it)', () => {
    expect(registry.all().length).toBeGreaterThan(100);
    expect(new Set(registry.all().map((a) => a.name)).size).toBe(registry.all().length);
  });

  it('names the entry and field of a bad entry', () => {
    const bad = [
      { name: 'Ok', kind: 'person', aliases: [] },
      { name: 'Bad', kind: 'person', country: 'India', aliases: [] },
    ];
    expect(() => createActorRegistry(bad)).toThrow(/actors\[1\]\.country: must be an ISO 3166-1 alpha-2/);
    expect(() => parseActorList({ actors: [{ name: 'X', kind: 'alien', aliases: [] }] })).toThrow(
      /actors\[0\]\.kind/,
    );
    expect(() =>
      parseActorList([
        { name: 'X', kind: 'person', aliases: [] },
        { name: 'x', kind: 'person', aliases: [] },
      ]),
    ).toThrow(/actors\[1\]\.name: duplicate/);
  });

  it('covers every named actor of the fact sheet', () => {
    const names = [
      'Narendra Modi', 'Shehbaz Sharif', 'Ishaq Dar', 'Asim Munir', 'Ajit Doval', 'Vikram Misri', 'Amit Shah',
      'Donald Trump', 'JD Vance', 'Antonio Guterres', 'Wang Yi', 'Sergey Lavrov', 'Vladimir Putin',
      'Keir Starmer', 'David Lammy', 'Abbas Araghchi', 'Masoud Pezeshkian', 'Sheikh Abdullah bin Zayed Al Nahyan',
      'Faisal bin Farhan', 'Khawaja Asif', 'Attaullah Tarar', 'Omar Abdullah', 'Manoj Sinha', 'Upendra Dwivedi',
      'Anil Chauhan', 'Rajiv Ghai', 'Kashif Abdullah', 'Ahmed Sharif Chaudhry', 'Sofiya Qureshi', 'Vyomika Singh',
      'The Resistance Front', 'Lashkar-e-Taiba', 'Jaish-e-Mohammed', 'National Investigation Agency',
      'Cabinet Committee on Security', 'Ministry of External Affairs (India)', 'Ministry of Foreign Affairs (Pakistan)',
      'National Security Committee (Pakistan)', 'UN Security Council', 'Government of India', 'Government of Pakistan',
      'India', 'Pakistan', 'United States', 'Amna Baloch', 'Adel al-Jubeir', 'Nirmala Sitharaman', 'Rahul Gandhi',
      'Mallikarjun Kharge', 'J P Nadda', 'Dinesh K Tripathi', 'Amar Preet Singh', 'A K Bharti', 'A N Pramod',
      'Asim Malik', 'Jonathan Powell', 'Musaed Al-Aiban', 'Sheikh Tahnoon bin Zayed Al Nahyan', 'Ali Al Shamsi',
      'Masataka Okano', 'Sergei Shoigu', 'Emmanuel Bonne', 'Khaled Mohamed Khiari', 'Evangelos Sekeris',
      'Asim Iftikhar Ahmad', 'National Command Authority (Pakistan)', 'Indian Navy', 'Pakistan Navy',
    ]; // prettier-ignore
    for (const n of names) expect(registry.byName(n)?.name, n).toBe(n);
  });
});
