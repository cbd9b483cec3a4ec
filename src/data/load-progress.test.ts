import { describeLoadProgress, getLoadProgress, setLoadProgress, subscribeLoadProgress } from './load-progress.ts';

describe('load progress', () => {
  it('says what stage the load is at, with counts while checking', () => {
    expect(describeLoadProgress(undefined)).toBe('Loading events…');
    expect(describeLoadProgress({ stage: 'downloading' })).toBe('Downloading the events…');
    expect(describeLoadProgress({ stage: 'reading' })).toBe('Reading the events file…');
    expect(describeLoadProgress({ stage: 'checking', checked: 45000, total: 100000 })).toBe(
      'Checking 45,000 of 100,000 events…',
    );
  });

  it('keeps progress per dataset path and tells subscribers of each change', () => {
    const heard = vi.fn();
    const unsubscribe = subscribeLoadProgress(heard);
    setLoadProgress('a.json', { stage: 'downloading' });
    setLoadProgress('b.json', { stage: 'reading' });
    expect(getLoadProgress('a.json')?.stage).toBe('downloading');
    setLoadProgress('a.json', undefined);
    expect(getLoadProgress('a.json')).toBeUndefined();
    expect(getLoadProgress('b.json')?.stage).toBe('reading');
    expect(heard).toHaveBeenCalledTimes(3);
    unsubscribe();
    setLoadProgress('b.json', undefined);
    expect(heard).toHaveBeenCalledTimes(3);
  });
});
