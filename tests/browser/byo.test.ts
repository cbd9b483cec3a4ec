/**
 * Bring your own articles, in real Chromium against the built site under a sub-path: add an
 * article through the labelled file input, see its events in the list, on the map and in the
 * contacts panel, open its evidence in the source viewer, reload (IndexedDB keeps it), export the
 * view in three formats, refuse bad files without losing anything, ask for a missing date,
 * explain an article with no events, hide and remove.
 * Build first: `npm run test:browser` builds into dist-test/ and runs this file.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventSchema } from '../../src/domain/event.ts';
import { CSV_COLUMNS } from '../../src/domain/export-view.ts';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { collectRows, scrollToItem } from './virtual-rows.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = process.env.CRISIS_ATLAS_DIST ?? resolve(ROOT, 'dist-test');
const FIXTURES = resolve(import.meta.dirname, 'fixtures');
const SUB_PATH = '/some/sub/path/';
const ARTICLE = 'rajouri-report.txt';
// The days of the test article's events: fewer markers, so Rajouri is not inside a cluster.
const QUERY = '?from=2025-05-07&to=2025-05-08';
// Only the clashes of those days: Rajouri then has a marker of its own rather than sitting in a cluster.
const CLASHES = `${QUERY}&category=armed_clash`;

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];
const foreignRequests: string[] = [];

const panel = () => page.getByRole('region', { name: 'Your articles', exact: true });
const eventsRegion = () => page.getByRole('region', { name: 'Events', exact: true });
/** The events list's rows from the user's articles (the list is virtualised: this scrolls through it). */
const userRows = async () => (await collectRows(eventsRegion())).filter((t) => t.includes('added by you'));
const userRowCount = async () => (await userRows()).length;
const status = () => panel().getByRole('status');
const articleItems = () => panel().getByRole('list', { name: 'Articles you added' }).getByRole('listitem');

/** The event count in the Rajouri marker's name ("Rajouri — 7 events"), 0 when there is none. */
async function rajouriCount(): Promise<number> {
  const marker = page
    .getByRole('region', { name: 'Map', exact: true })
    .locator('[title^="Rajouri —"], [aria-label^="Rajouri —"]')
    .first();
  if ((await marker.count()) === 0) return 0;
  const name = (await marker.getAttribute('aria-label')) ?? (await marker.getAttribute('title')) ?? '';
  return Number(/— (\d+) event/.exec(name)?.[1] ?? 0);
}

async function contactsCount(): Promise<number> {
  const heading = page
    .getByRole('region', { name: 'Diplomatic contacts', exact: true })
    .getByRole('heading', { name: /^Contacts \(/ });
  return Number(/\((\d+)/.exec(await heading.innerText())?.[1] ?? -1);
}

async function waitForMap(): Promise<void> {
  await page.locator('.leaflet-marker-icon').first().waitFor({ timeout: 15000 });
}

async function open(query = QUERY): Promise<void> {
  await page.goto(`${server.url}${query}`);
  await panel().waitFor();
  await waitForMap();
}

async function download(button: Locator): Promise<{ download: Download; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await d.path();
  return { download: d, text: readFileSync(path, 'utf8') };
}

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveStatic(DIST, SUB_PATH);
  // One context for the whole file: its IndexedDB is what a reload must keep.
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(err.message));
  page.on('request', (req) => {
    // Exports are same-origin blob: URLs; anything else off the origin would be a leak.
    const url = req.url();
    if (
      !url.startsWith(server.origin) &&
      !url.startsWith(`blob:${server.origin}`) &&
      !url.startsWith('data:')
    )
      foreignRequests.push(url);
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('bring your own articles (built, Chromium)', () => {
  let rajouriBefore = 0;
  let contactsBefore = 0;

  it('adds an article through the labelled input and shows its events in the list, on the map and in contacts', async () => {
    await open(CLASHES);
    rajouriBefore = await rajouriCount();
    expect(rajouriBefore).toBeGreaterThan(0); // the bundled data has a clash there on these days
    await open();
    contactsBefore = await contactsCount();
    expect(await userRowCount()).toBe(0);
    // The extractor (and the gazetteer inside it) is fetched only when the first article comes.
    expect(server.requests.some((r) => r.includes('extract.worker'))).toBe(false);

    await page.getByLabel('Add articles').setInputFiles(resolve(FIXTURES, ARTICLE));
    await status()
      .getByText(/Extracting events from/)
      .waitFor({ timeout: 15000 })
      .catch(() => undefined);
    await status()
      .getByText(new RegExp(`“${ARTICLE}”: \\d+ events? added`))
      .waitFor({ timeout: 60000 });

    await articleItems().filter({ hasText: ARTICLE }).waitFor();
    expect(server.requests.filter((r) => r.includes('extract.worker'))).toHaveLength(1);
    await expect.poll(userRowCount).toBeGreaterThan(0);
    expect((await userRows()).filter((t) => t.includes('Rajouri')).length).toBeGreaterThan(0);
    await expect.poll(contactsCount).toBeGreaterThan(contactsBefore);
    // An added contact cites the article (its evidence sits in the card's closed disclosure).
    const contacts = page.getByRole('region', { name: 'Diplomatic contacts', exact: true });
    // The cards are virtualised: scroll the list to the card, as a reader would.
    const card = await scrollToItem(contacts.locator('.contacts__scroll'), '.contacts__list > li', [ARTICLE]);
    await card.getByText(ARTICLE, { exact: false }).first().waitFor({ state: 'attached' });

    await open(CLASHES);
    await expect.poll(rajouriCount).toBeGreaterThan(rajouriBefore);
    await open();
  });

  it('opens a user event’s evidence highlighted in the source viewer', async () => {
    const row = await scrollToItem(eventsRegion().locator('.events-list__scroll'), 'tbody tr', [
      'added by you',
      'Rajouri',
    ]);
    await row.getByRole('button').first().click();
    await page.waitForURL(/event=/);
    await page
      .getByRole('article')
      .getByRole('button', { name: /Open source/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByRole('heading', { name: new RegExp(ARTICLE) }).waitFor();
    await dialog.locator('mark.is-focused').first().waitFor({ state: 'visible' });
    expect(await dialog.locator('.article-text').innerText()).toContain('Rajouri district overnight');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('keeps the article and its events after a reload', async () => {
    const rows = await userRowCount();
    await page.reload();
    await articleItems().filter({ hasText: ARTICLE }).waitFor();
    await expect.poll(userRowCount).toBe(rows);
    await open(CLASHES);
    await expect.poll(rajouriCount).toBeGreaterThan(rajouriBefore);
    await open();
  });

  it('exports the filtered view as contract JSON, CSV and GeoJSON', async () => {
    const shown = Number(/^(\d+)/.exec(await page.locator('.match-count').innerText())?.[1]);
    expect(shown).toBeGreaterThan(0);
    const exportGroup = panel().getByRole('group', { name: 'Export this view' });

    const json = await download(exportGroup.getByRole('button', { name: /JSON$/ }).first());
    expect(json.download.suggestedFilename()).toMatch(/\.json$/);
    const parsed = JSON.parse(json.text) as { events: unknown[]; filters: unknown };
    expect(parsed.events).toHaveLength(shown);
    for (const e of parsed.events) expect(EventSchema.safeParse(e).success).toBe(true);
    expect(parsed.filters).toEqual({ from: '2025-05-07', to: '2025-05-08' });
    expect(parsed.events.some((e) => (e as { origins?: string[] }).origins?.includes('user'))).toBe(true);

    const csv = await download(exportGroup.getByRole('button', { name: /CSV$/ }));
    expect(csv.download.suggestedFilename()).toMatch(/\.csv$/);
    const rows = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(rows.data).toHaveLength(shown);
    expect(rows.data.some((r) => r.place === 'Rajouri' && r.origin === 'user')).toBe(true);

    const geo = await download(exportGroup.getByRole('button', { name: /GeoJSON$/ }));
    expect(geo.download.suggestedFilename()).toMatch(/\.geojson$/);
    const fc = JSON.parse(geo.text) as {
      type: string;
      features: Array<{ geometry: { type: string; coordinates: number[] }; properties: { place: string } }>;
    };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
    expect(fc.features.length).toBeLessThanOrEqual(shown);
    for (const f of fc.features) expect(f.geometry.type).toBe('Point');
    expect(fc.features.some((f) => f.properties.place === 'Rajouri')).toBe(true);
  });

  it('refuses a binary file and an empty file with clear messages, losing nothing', async () => {
    const input = page.getByLabel('Add articles');
    await input.setInputFiles({
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x00, 0x01]),
    });
    await status()
      .getByText(/“scan.pdf” is not a plain-text file/)
      .waitFor();
    await input.setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await status()
      .getByText(/“empty.txt” is empty/)
      .waitFor();
    expect(await articleItems().filter({ hasText: ARTICLE }).count()).toBe(1);
    expect(await userRowCount()).toBeGreaterThan(0);
  });

  it('asks for the publication date of an article without a dateline, then adds it', async () => {
    await page.getByLabel('Add articles').setInputFiles(resolve(FIXTURES, 'undated-poonch.txt'));
    const prompt = panel().getByRole('form', { name: /When was “undated-poonch.txt” published/ });
    await prompt.waitFor();
    // Nothing is extracted before the reader answers.
    expect(await articleItems().filter({ hasText: 'undated-poonch.txt' }).count()).toBe(0);
    const field = prompt.getByLabel('Publication date');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.fill('2025-05-08');
    await prompt.getByRole('button', { name: 'Extract events' }).click();
    await status()
      .getByText(/“undated-poonch.txt”: \d+ events? added \(published 8 May 2025\)/)
      .waitFor({ timeout: 60000 });
  });

  it('explains an article with no events by what was recognised', async () => {
    await page.getByLabel('Add articles').setInputFiles(resolve(FIXTURES, 'quiet-srinagar.txt'));
    const message = status()
      .getByRole('listitem')
      .filter({ hasText: 'No events found in “quiet-srinagar.txt”' });
    await message.waitFor({ timeout: 60000 });
    expect(await message.innerText()).toMatch(/Places: Srinagar/);
    expect(await message.innerText()).toMatch(/Dates: .*6 May 2025/);
    expect(await articleItems().filter({ hasText: 'quiet-srinagar.txt' }).count()).toBe(0);
  });

  it('adds a file dropped on the drop zone', async () => {
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(
        new File(['date 2025-05-08 Traders in Jammu kept their shops open on Wednesday.'], 'dropped.txt', {
          type: 'text/plain',
        }),
      );
      return dt;
    });
    const zone = panel().locator('.byo-drop');
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
    // Either outcome shows the file went through the extractor.
    await status()
      .getByText(/“dropped.txt”: \d+ events? added|No events found in “dropped.txt”/)
      .waitFor({ timeout: 60000 });
    const removeDropped = panel().getByRole('button', { name: 'Remove “dropped.txt”' });
    if ((await removeDropped.count()) > 0) await removeDropped.click();
  });

  it('has no serious or critical axe violations with articles and messages shown', async () => {
    const results = await new AxeBuilder({ page }).include('[aria-label="Your articles"]').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });

  it('hides and shows the user’s events with the toggle', async () => {
    const toggle = panel().getByLabel('Show events from your articles');
    const count = page.locator('.match-count');
    const withUser = await count.innerText();
    await toggle.uncheck();
    await expect.poll(userRowCount).toBe(0);
    await expect.poll(() => count.innerText()).not.toBe(withUser);
    await toggle.check();
    await expect.poll(() => count.innerText()).toBe(withUser);
  });

  it('keeps other tabs in step: a removal in one tab shows in the other', async () => {
    const other = await context.newPage();
    await other.goto(`${server.url}${QUERY}`);
    const otherPanel = other.getByRole('region', { name: 'Your articles', exact: true });
    await otherPanel.getByRole('button', { name: 'Remove “undated-poonch.txt”' }).click();
    await articleItems().filter({ hasText: 'undated-poonch.txt' }).waitFor({ state: 'detached' });
    await other.close();
  });

  it('removes an article and its events', async () => {
    await panel()
      .getByRole('button', { name: `Remove “${ARTICLE}”` })
      .click();
    await articleItems().filter({ hasText: ARTICLE }).waitFor({ state: 'detached' });
    await expect.poll(userRowCount).toBe(0);
    await expect.poll(contactsCount).toBe(contactsBefore);
    await open(CLASHES);
    await expect.poll(rajouriCount).toBe(rajouriBefore);
    await open();
    await panel().getByText('No articles added yet.').waitFor();
    expect(await userRowCount()).toBe(0);
  });

  it('logged no console errors and sent nothing outside its origin', () => {
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
