/**
 * `npm run bench:browser`: the built dashboard with a large synthetic dataset in headless Chromium.
 * Prints one JSON line per measurement (medians of a few runs): first render (navigation until
 * the map markers and the chart are drawn), filter changes (click until the count, the list and the
 * chart have updated and a frame has painted), and the JS heap. Numbers only; nothing is asserted.
 *
 *   npm run bench:browser [-- --events 100000]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/browser/browser.ts';
import { serveStatic } from '../tests/browser/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const argEvents = process.argv.indexOf('--events');
const N = argEvents >= 0 ? Number(process.argv[argEvents + 1]) : 100_000;
const RUNS = 3;
const out = resolve(root, 'dist-bench');
const log = (msg: string) => process.stderr.write(`${msg}\n`);

log('building…');
execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
  cwd: root,
  stdio: 'inherit',
});
mkdirSync(resolve(out, 'data/bench'), { recursive: true });
log(`generating ${N} events…`);
execFileSync(
  'npx',
  ['tsx', 'scripts/gen-events.ts', '--events', String(N), '--out', resolve(out, 'data/bench/events.json')],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const server = await serveStatic(out, '/bench/');
const browser = await launchChromium();

async function ready(page: Page) {
  await page.locator('.match-count strong').waitFor({ timeout: 120_000 });
  await page.locator('.leaflet-marker-icon').first().waitFor({ timeout: 120_000 });
  await page.locator('.recharts-bar-rectangle, .recharts-area-area').first().waitFor({ timeout: 120_000 });
}

/** Clicks `selector` in the page and resolves when the match count changed and two frames painted. */
async function timeChange(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (sel) =>
      new Promise<number>((done) => {
        const count = document.querySelector('.match-count');
        const target = document.querySelector<HTMLElement>(sel);
        if (!count || !target) throw new Error(`missing ${sel}`);
        const before = count.textContent;
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (count.textContent === before) return;
          observer.disconnect();
          requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0)));
        });
        observer.observe(count, { subtree: true, childList: true, characterData: true });
        target.click();
      }),
    selector,
  );
}

const firstRender: number[] = [];
const heaps: number[] = [];
const changes: Record<string, number[]> = {};
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(`${server.url}?dataset=data/bench/events.json`);
  await ready(page);
  firstRender.push(Date.now() - t0);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  heaps.push(usedSize / 1024 / 1024);
  const steps: Array<[string, string]> = [
    ['category on', '.category-filter input[type=checkbox]'],
    ['category off', '.category-filter input[type=checkbox]'],
    ['actor on', '.actor-options input[type=checkbox]'],
    ['actor off', '.actor-options input[type=checkbox]'],
  ];
  for (const [name, selector] of steps) (changes[name] ??= []).push(await timeChange(page, selector));
  await context.close();
  log(`run ${run + 1}/${RUNS} done`);
}
await browser.close();
await server.close();

console.log(
  JSON.stringify({ n: N, measure: 'first_render_ms', median: median(firstRender), runs: firstRender }),
);
console.log(
  JSON.stringify({
    n: N,
    measure: 'js_heap_mb',
    median: Math.round(median(heaps)),
    runs: heaps.map(Math.round),
  }),
);
for (const [name, xs] of Object.entries(changes)) {
  console.log(
    JSON.stringify({
      n: N,
      measure: `filter_change_ms:${name}`,
      median: Math.round(median(xs)),
      runs: xs.map(Math.round),
    }),
  );
}
