import { parseDateline, wireDatelineLength } from './parse-dateline.ts';

describe('parseDateline', () => {
  it('reads the date line and starts the body after it', () => {
    const d = parseDateline('date 2025-05-01 India closed its airspace.');
    expect(d.published).toBe('2025-05-01');
    expect(d.bodyStart).toBe('date 2025-05-01 '.length);
  });

  it.each([
    ['NEW DELHI, April 24 (Reuters) - India put', 'India put'],
    ['SRINAGAR (AP) — Pakistani and Indian soldiers', 'Pakistani and Indian soldiers'],
    ['BEIJING/ISLAMABAD - China said', 'China said'],
    ['KHARTOUM/JUBA (Reuters) - Sudan said', 'Sudan said'],
    ['BEIRUT/JERUSALEM, Nov 27 - A ceasefire', 'A ceasefire'],
    ['ISLAMABAD/NEW DELHI (May 10) - India and Pakistan', 'India and Pakistan'],
    ['KINGSTOWN, St Vincent (AP) — The leaders', 'The leaders'],
    ['GOMA, Democratic Republic of Congo (AP) — Rebels', 'Rebels'],
    ['JAMMU, India, May 2 (Reuters) - Pakistani troops', 'Pakistani troops'],
    ['JAMMU/ISLAMABAD -- Indian air defence', 'Indian air defence'],
    ['UNITED NATIONS/ISLAMABAD, May 6 - The U.N. Security Council', 'The U.N. Security Council'],
  ])('skips the wire dateline of %j', (text, rest) => {
    expect(text.slice(wireDatelineLength(text))).toBe(rest);
    const full = `date 2025-05-01 ${text}`;
    expect(full.slice(parseDateline(full).bodyStart)).toBe(rest);
  });

  it.each([
    'India and Pakistan agreed on Saturday - after four days - to stop firing.',
    'US President Donald Trump said the talks went well.',
    'NATO - the alliance - said nothing.',
    'The Pakistani military said the attack - its third - failed.',
  ])('keeps an ordinary first sentence: %j', (text) => {
    expect(wireDatelineLength(text)).toBe(0);
  });
});
