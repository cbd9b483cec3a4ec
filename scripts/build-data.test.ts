import { readFileSync } from 'node:fs';
import { buildDataset } from './build-dataset.ts';
import { readDatasetInputs, serializeEvents, OUT_EVENTS } from './build-data.ts';

describe('the committed dataset', () => {
  it('is what npm run data builds from data/articles and data/curated now', async () => {
    const problems: string[] = [];
    const ds = buildDataset(await readDatasetInputs('.', problems));
    expect([...problems, ...ds.problems]).toEqual([]);
    const committed = readFileSync(OUT_EVENTS, 'utf8');
    const fresh = serializeEvents(ds.events);
    if (committed !== fresh) expect.fail('public/data/events.json is stale: run npm run data');
  });
});
