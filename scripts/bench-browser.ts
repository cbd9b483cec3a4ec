/**
 * `npm run bench:browser`: the built dashboard with a large synthetic dataset in headless Chromium.
 * Prints one JSON line per measurement (medians of a few runs): first render (navigation until
 * the map markers and the chart are drawn) and the longest main-thread task meanwhile (the dataset is
 * parsed in a Worker, so the page should never freeze for long), filter changes (click until the
 * count and every panel have updated and a frame has painted, and the longest task meanwhile), and
 * the JS heap. Numbers only; nothing is asserted.
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

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const server = await serveStatic(out, '/bench/');
const browser = await launchChromium();

async function ready(page: Page) {
  await page.locator('.match-count strong').waitFor({ timeout: 120_000 });
  await page.locator('.leaflet-marker-icon').first().waitFor({ timeout: 120_000 });
  await page.locator('.recharts-bar-rectangle, .recharts-area-area').first().waitFor({ timeout: 120_000 });
}

/**
 * Clicks `selector` in the page; resolves when the match count changed, the dashboard is no longer
 * busy (see DashboardViews) and two frames painted. Also returns the longest main-thread task seen
 * meanwhile: how long the page could not answer input.
 */
async function timeChange(page: Page, selector: string): Promise<{ ms: number; longestTask: number }> {
  return page.evaluate(
    (sel) =>
      new Promise<{ ms: number; longestTask: number }>((done) => {
        const count = document.querySelector('.match-count');
        const main = document.querySelector('main.dashboard');
        const target = document.querySelector<HTMLElement>(sel);
        if (!count || !main || !target) throw new Error(`missing ${sel}`);
        const before = count.textContent;
        let longestTask = 0;
        const tasks = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) longestTask = Math.max(longestTask, e.duration);
        });
        tasks.observe({ type: 'longtask' });
        const t0 = performance.now();
        const check = () => {
          if (count.textContent === before || main.getAttribute('aria-busy') === 'true') return;
          observer.disconnect();
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const ms = performance.now() - t0;
              // Long tasks are reported after they end: give the last one a moment to arrive.
              setTimeout(() => {
                tasks.disconnect();
                done({ ms, longestTask });
              }, 50);
            }),
          );
        };
        const observer = new MutationObserver(check);
        observer.observe(main.parentElement ?? document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
          attributeFilter: ['aria-busy'],
        });
        target.click();
      }),
    selector,
  );
}

const firstRender: number[] = [];
const loadTasks: number[] = [];
const heaps: number[] = [];
const changes: Record<string, number[]> = {};
const changeTasks: Record<string, number[]> = {};
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // tsx keeps function names with an `__name` helper that the page does not have.
  await page.addInitScript('window.__name = (f) => f');
  const t0 = Date.now();
  await page.goto(`${server.url}?dataset=data/bench/events.json`);
  await page.evaluate(() => {
    // Every main-thread task over 50 ms since navigation (buffered), for the longest one.
    const w = window as unknown as { longestTask: number };
    w.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longestTask = Math.max(w.longestTask, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await ready(page);
  firstRender.push(Date.now() - t0);
  loadTasks.push(await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask));
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
  for (const [name, selector] of steps) {
    const { ms, longestTask } = await timeChange(page, selector);
    (changes[name] ??= []).push(ms);
    (changeTasks[name] ??= []).push(longestTask);
  }
  await context.close();
  log(`run ${run + 1}/${RUNS} done`);
}
await browser.close();
await server.close();

/** One JSON line: the median and every run of a measure, rounded. */
function report(measure: string, runs: readonly number[]): void {
  console.log(
    JSON.stringify({ n: N, measure, median: Math.round(median(runs)), runs: runs.map(Math.round) }),
  );
}

report('first_render_ms', firstRender);
report('load_longest_task_ms', loadTasks);
report('js_heap_mb', heaps);
for (const [name, xs] of Object.entries(changes)) {
  report(`filter_change_ms:${name}`, xs);
  report(`filter_change_longest_task_ms:${name}`, changeTasks[name] ?? []);
}
