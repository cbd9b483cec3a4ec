/**
 * Helpers for the virtualised lists (only the items in view are in the DOM): read every row of
 * the events table, or scroll a list until an item with some text is rendered, as a reader would.
 */
import type { Locator } from 'playwright-core';

/** Every row's text in the events table of `region`, in order; scrolls through it, then back to the top. */
export async function collectRows(region: Locator): Promise<string[]> {
  return region.locator('.events-list__scroll').evaluate(async (box) => {
    const frames = (n: number) =>
      new Promise<void>((done) => {
        const step = (left: number) => (left === 0 ? done() : requestAnimationFrame(() => step(left - 1)));
        step(n);
      });
    const rows = new Map<number, string>();
    const collect = () => {
      for (const tr of box.querySelectorAll('tbody tr[aria-rowindex]'))
        rows.set(Number(tr.getAttribute('aria-rowindex')), tr.textContent ?? '');
    };
    box.scrollTop = 0;
    await frames(3);
    for (let guard = 0; guard < 10_000; guard++) {
      collect();
      if (box.scrollTop + box.clientHeight >= box.scrollHeight - 1) break;
      box.scrollTop += Math.max(1, box.clientHeight / 2);
      await frames(3);
    }
    await frames(3);
    collect();
    const expected = Number(box.querySelector('table')?.getAttribute('aria-rowcount')) - 1;
    if (rows.size !== expected) throw new Error(`read ${rows.size} rows of ${expected}`);
    box.scrollTop = 0;
    await frames(3);
    return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text);
  });
}

/**
 * Scrolls the list box `box` until an item (`itemSelector`, carrying `data-index`) containing all
 * of `texts` is rendered, and returns a locator for that item. Throws if the list ends first.
 */
export async function scrollToItem(box: Locator, itemSelector: string, texts: string[]): Promise<Locator> {
  const index = await box.evaluate(
    async (el, { itemSelector, texts }) => {
      const frames = (n: number) =>
        new Promise<void>((done) => {
          const step = (left: number) => (left === 0 ? done() : requestAnimationFrame(() => step(left - 1)));
          step(n);
        });
      el.scrollTop = 0;
      await frames(3);
      for (let guard = 0; guard < 10_000; guard++) {
        const hit = [...el.querySelectorAll<HTMLElement>(itemSelector)].find((item) =>
          texts.every((t) => item.textContent?.includes(t)),
        );
        if (hit) {
          hit.scrollIntoView({ block: 'nearest' });
          return hit.dataset.index ?? null;
        }
        if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) return null;
        el.scrollTop += Math.max(1, el.clientHeight / 2);
        await frames(3);
      }
      return null;
    },
    { itemSelector, texts },
  );
  if (index === null) throw new Error(`no item with ${texts.join(' + ')} in the list`);
  return box.locator(`${itemSelector}[data-index="${index}"]`);
}
