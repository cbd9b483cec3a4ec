/**
 * Text from data and articles that looks like markup must render as text: no script runs, no
 * element is created from it, no javascript: link becomes clickable.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const DIST = resolve(import.meta.dirname, '../../dist-test');
const SUB_PATH = '/some/sub/path/';
const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '<a href="javascript:window.__pwned=\'link\'">click me</a>',
  '<svg onload="window.__pwned = \'svg\'"></svg>',
];
const TEXT = `date 2025-05-02 ${PAYLOADS.join(' ')} Firing was reported near Kupwara.`;
const quote = PAYLOADS[1]!;
const start = TEXT.indexOf(quote);

const evil = {
  events: [
    {
      id: 'xss-1',
      category: 'statement',
      date: { start: '2025-05-02', precision: 'day' },
      location: {
        name: PAYLOADS[0],
        admin1: PAYLOADS[1],
        country: 'IN',
        lat: 34.53,
        lon: 74.25,
        precision: 'point',
      },
      actors: [{ name: PAYLOADS[1], role: PAYLOADS[2], country: 'IN' }],
      contact: undefined,
      summary: PAYLOADS.join(' '),
      evidence: [
        { source: 'xss-article.txt', quote, start, end: start + quote.length },
        { source: 'https://example.org/<script>x</script>', note: PAYLOADS[3] },
      ],
    },
    {
      id: 'xss-2',
      category: 'diplomatic_contact',
      date: { start: '2025-05-02', precision: 'day' },
      location: null,
      actors: [{ name: PAYLOADS[0] }, { name: PAYLOADS[2] }],
      contact: { mode: 'phone' },
      statements: [PAYLOADS[1]],
      summary: PAYLOADS[2],
      evidence: [{ source: 'xss-article.txt', quote, start, end: start + quote.length }],
    },
  ],
};

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(resolve(DIST, 'data/test'), { recursive: true });
  writeFileSync(resolve(DIST, 'data/test/xss.json'), JSON.stringify(evil));
  writeFileSync(resolve(DIST, 'data/articles/xss-article.txt'), TEXT);
  browser = await launchChromium();
  server = await serveStatic(DIST, SUB_PATH);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(resolve(DIST, 'data/test'), { recursive: true, force: true });
  rmSync(resolve(DIST, 'data/articles/xss-article.txt'), { force: true });
});

describe('markup in data and articles (Chromium)', () => {
  it('renders as inert text in every view, the detail and the source viewer', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}?dataset=data/test/xss.json&event=xss-1`);
    await page
      .getByRole('region', { name: 'Events' })
      .getByText('window.__pwned = "script"')
      .first()
      .waitFor();
    await page
      .getByRole('region', { name: 'Diplomatic contacts' })
      .getByText(/click me/)
      .first()
      .waitFor();

    // Open the map popup and the source viewer too, so every renderer has had the text.
    const detail = page.getByRole('article');
    await detail
      .getByRole('button', { name: /Open source/ })
      .first()
      .click();
    await page.getByRole('dialog').locator('mark').first().waitFor();
    await page.waitForTimeout(500);

    const report = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
      // Elements that could only come from the payloads, anywhere in the document.
      scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__pwned'))
        .length,
      imgs: document.querySelectorAll('img[onerror], img[src="x"]').length,
      svgs: document.querySelectorAll('svg[onload]').length,
      jsLinks: document.querySelectorAll('a[href^="javascript:"]').length,
    }));
    expect(report).toEqual({ pwned: null, scripts: 0, imgs: 0, svgs: 0, jsLinks: 0 });
    // The markup is visible as text, where a reader can see it is odd.
    expect(await page.getByRole('dialog').innerText()).toContain('<img src=x onerror=');
    expect(errors).toEqual([]);
    await context.close();
  });
});
