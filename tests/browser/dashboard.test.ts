/**
 * The built dashboard in real Chromium, served under a sub-path, offline.
 * Build first: `npm run test:browser` builds into dist-test/ and runs this file.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { scrollToItem } from './virtual-rows.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SUB_PATH = '/some/sub/path/';
const SCREENSHOTS = resolve(ROOT, 'docs/screenshots');

let browser: Browser;
let server: StaticServer;
const consoleErrors: string[] = [];
const foreignRequests: string[] = [];

async function openPage(
  query = '',
  viewport = { width: 1280, height: 900 },
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(`${query}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => consoleErrors.push(`${query}: ${err.message}`));
  page.on('request', (req) => {
    if (!req.url().startsWith(server.origin) && !req.url().startsWith('data:'))
      foreignRequests.push(req.url());
  });
  // Belt and braces: nothing may leave the origin, so anything that tries is aborted (and recorded above).
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  await page.goto(`${server.url}${query}`);
  await page.getByRole('region', { name: 'Map' }).waitFor();
  return { page, context };
}

async function waitForMarkers(page: Page) {
  await page.locator('.leaflet-marker-icon').first().waitFor({ timeout: 15000 });
}

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveStatic(resolve(ROOT, 'dist-test'), SUB_PATH);
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('dashboard in Chromium (built, under a sub-path)', () => {
  it('loads its data relative to the sub-path and shows markers for Pahalgam, Kupwara and Poonch', async () => {
    const { page, context } = await openPage();
    await waitForMarkers(page);
    const map = page.getByRole('region', { name: 'Map' });
    // At the first, regional zoom the Kashmir places share a cluster; the places table brings each
    // one onto the map (zooming it out of its cluster), as a reader would.
    await map.getByText(/^Places as a table/).click();
    for (const place of ['Pahalgam', 'Kupwara', 'Poonch']) {
      await map.getByRole('button', { name: `${place} (show on the map)`, exact: true }).click();
      await map
        .locator(`[title^="${place} —"], [aria-label^="${place} —"]`)
        .first()
        .waitFor({ state: 'visible' });
    }
    expect(server.requests.some((r) => r.startsWith(`${SUB_PATH}data/events.json`))).toBe(true);
    // The dataset was parsed and indexed in its Worker, not on the page.
    expect(server.requests.some((r) => /\/assets\/dataset\.worker-[\w-]+\.js$/.test(r))).toBe(true);
    await context.close();
  });

  it('draws the chronology chart with bars and offers it as a table', async () => {
    const { page, context } = await openPage();
    const chart = page.getByRole('region', { name: 'Chronology' });
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await chart.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await chart.getByRole('button', { name: /table/i }).click();
    await chart.getByRole('table').waitFor({ state: 'visible' });
    await context.close();
  });

  it('lists the Hegseth and Rubio calls in the diplomatic-contacts panel', async () => {
    const { page, context } = await openPage();
    const contacts = page.getByRole('region', { name: 'Diplomatic contacts' });
    // The cards are virtualised: scroll the list to each call, as a reader would.
    const cards = contacts.locator('.contacts__scroll');
    await cards.waitFor();
    for (const name of ['Pete Hegseth', 'Marco Rubio'])
      await (
        await scrollToItem(cards, '.contacts__list > li', [name])
      )
        .getByText(name)
        .first()
        .waitFor({ state: 'visible' });
    await context.close();
  });

  it('?actor=Marco Rubio keeps Rubio and drops Hegseth', async () => {
    const { page, context } = await openPage('?actor=Marco%20Rubio');
    const contacts = page.getByRole('region', { name: 'Diplomatic contacts' });
    await contacts.getByText('Marco Rubio').first().waitFor({ state: 'visible' });
    expect(await contacts.getByText('Pete Hegseth').count()).toBe(0);
    await context.close();
  });

  it('?from=2025-04-30&to=2025-04-30 keeps the Jaishankar–Rubio call and drops the Hegseth call', async () => {
    const { page, context } = await openPage('?from=2025-04-30&to=2025-04-30');
    const contacts = page.getByRole('region', { name: 'Diplomatic contacts' });
    await contacts.getByText('S Jaishankar').first().waitFor({ state: 'visible' });
    expect(await contacts.getByText('Pete Hegseth').count()).toBe(0);
    expect(
      await page.getByRole('region', { name: 'Filters' }).getByLabel('From', { exact: true }).inputValue(),
    ).toBe('2025-04-30');
    await context.close();
  });

  it('ignores malformed parameters with a notice and still shows every view', async () => {
    const { page, context } = await openPage(
      '?from=notadate&to=2025-13-45&category=war&actor=&zzz=1&dataset=https://evil.example/x.json',
    );
    await page.getByText('Some link parameters were ignored.').waitFor({ state: 'visible' });
    await waitForMarkers(page);
    await page.getByRole('region', { name: 'Chronology' }).waitFor({ state: 'visible' });
    await page.getByRole('region', { name: 'Diplomatic contacts' }).waitFor({ state: 'visible' });
    await context.close();
  });

  it('changing a filter updates the URL, the list and the counts; Back restores them', async () => {
    const { page, context } = await openPage();
    const count = page.locator('.match-count');
    const before = await count.innerText();
    await page
      .getByRole('group', { name: 'Event types' })
      .getByLabel(/Armed clash/)
      .check();
    await page.waitForURL(/category=armed_clash/);
    await expect.poll(() => count.innerText()).not.toBe(before);
    const rows = page.getByRole('region', { name: 'Events' }).locator('tbody tr');
    const n = await rows.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) expect(await rows.nth(i).innerText()).toContain('Armed clash');
    await page.goBack();
    await expect.poll(() => page.url()).not.toMatch(/category=/);
    await expect.poll(() => count.innerText()).toBe(before);
    await context.close();
  });

  it('opens an event, then its source with the quote highlighted', async () => {
    const { page, context } = await openPage();
    const events = page.getByRole('region', { name: 'Events' });
    await events.locator('tbody tr').first().waitFor();
    const row = await scrollToItem(events.locator('.events-list__scroll'), 'tbody tr', ['Hegseth']);
    await row.getByRole('button', { name: /Hegseth/ }).click();
    await page.waitForURL(/event=/);
    const detail = page.getByRole('article');
    await detail.getByText(/Evidence/).waitFor({ state: 'visible' });
    await detail
      .getByRole('button', { name: /Open source/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible' });
    await dialog.locator('mark.is-focused').first().waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await context.close();
  });

  it('has no serious or critical axe violations', async () => {
    const { page, context } = await openPage();
    await waitForMarkers(page);
    await page
      .getByRole('region', { name: 'Chronology' })
      .locator('.recharts-bar-rectangle')
      .first()
      .waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
    ).toEqual([]);
    await context.close();
  });

  it.each([
    ['desktop', '', { width: 1280, height: 900 }],
    ['phone', '', { width: 390, height: 844 }],
    ['7-10-may', '?from=2025-05-07&to=2025-05-10', { width: 1280, height: 900 }],
  ])('fits a %s screen without horizontal scrolling (screenshot saved)', async (name, query, viewport) => {
    const { page, context } = await openPage(query, viewport);
    await waitForMarkers(page);
    await page
      .getByRole('region', { name: 'Chronology' })
      .locator('.recharts-bar-rectangle')
      .first()
      .waitFor();
    await page.waitForTimeout(500); // let the basemap and the chart animations settle for the picture
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: resolve(SCREENSHOTS, `dashboard-${name}.png`), fullPage: true });
    await context.close();
  });

  it('folds the filters behind a button on a phone, saying how many are active', async () => {
    const { page, context } = await openPage('?actor=Marco%20Rubio', { width: 390, height: 844 });
    const toggle = page.getByRole('button', { name: /^Filters · 1 active/ });
    await toggle.waitFor();
    const search = page
      .getByRole('searchbox', { name: /actors/i })
      .or(page.getByPlaceholder('Search actors…'));
    expect(await search.isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await search.first().waitFor({ state: 'visible' });
    await context.close();
  });

  it('logged no console errors and sent no request outside its origin', () => {
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
