// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeEvent } from '../../../tests/unit/fixtures.ts';
import { addDays } from '../../domain/dates.ts';
import type { CrisisEvent } from '../../domain/event.ts';
import { EventsList } from './events-list.tsx';

const N = 10_000;
const BASE = makeEvent({ id: 'base' });
/** Event i happens on day i (from 1 Jan 2000), so date order is index order. */
const MANY: CrisisEvent[] = Array.from({ length: N }, (_, i) => ({
  ...BASE,
  id: `e${i}` as CrisisEvent['id'],
  date: { start: addDays('2000-01-01', i) as CrisisEvent['date']['start'], precision: 'day' },
  summary: `Event number ${i}.`,
}));

const table = () => screen.getByRole('table', { name: /Events matching the filters/ });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const rowButton = (row: HTMLElement) => row.querySelector<HTMLButtonElement>('.row-button')!;

let scrolls: number[] = [];
beforeEach(() => {
  scrolls = [];
  // jsdom has no layout and no scrolling: give boxes room to scroll, record where the list asks to
  // scroll, and scroll there.
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', { configurable: true, get: () => 1e9 });
  HTMLElement.prototype.scrollTo = function (this: HTMLElement, opts?: ScrollToOptions | number) {
    const top = typeof opts === 'object' ? (opts.top ?? 0) : 0;
    scrolls.push(top);
    this.scrollTop = top;
    this.dispatchEvent(new Event('scroll'));
  } as typeof HTMLElement.prototype.scrollTo;
});
afterEach(() => {
  delete (HTMLElement.prototype as { scrollTo?: unknown }).scrollTo;
  delete (HTMLElement.prototype as { scrollHeight?: unknown }).scrollHeight;
});

function setup(props: { events?: readonly CrisisEvent[]; selectedEventId?: string } = {}) {
  const onSelectEvent = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <EventsList
      events={props.events ?? MANY}
      selectedEventId={props.selectedEventId}
      onSelectEvent={onSelectEvent}
    />,
  );
  return { user, onSelectEvent, view };
}

describe('EventsList (virtualised)', () => {
  it('renders a bounded window of rows for 10,000 events and tells assistive tech the full count', () => {
    setup();
    expect(screen.getByText('10,000 events')).toBeInTheDocument();
    expect(table()).toHaveAttribute('aria-rowcount', String(N + 1));
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThanOrEqual(60);
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(rows[0]).toHaveTextContent('Event number 0.');
  });

  it('sorting changes the first row and the header says how it is sorted', async () => {
    const { user } = setup();
    const dateHeader = screen.getByRole('columnheader', { name: /Date/ });
    expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(dateHeader).getByRole('button'));
    expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
    expect(bodyRows()[0]).toHaveTextContent(`Event number ${N - 1}.`);
    expect(bodyRows().length).toBeLessThanOrEqual(60);
  });

  it('is one tab stop; arrow keys, Page Down and End move the focus, reaching the last event', async () => {
    const { user } = setup();
    const tabbable = bodyRows()
      .map(rowButton)
      .filter((b) => b.tabIndex === 0);
    expect(tabbable).toHaveLength(1);

    for (let i = 0; i < 5; i++) await user.tab(); // four sort buttons, then the list
    expect(document.activeElement).toHaveTextContent('Event number 0.');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveTextContent('Event number 1.');
    await user.keyboard('{PageDown}');
    const afterPage = Number(document.activeElement?.closest('tr')?.getAttribute('aria-rowindex'));
    expect(afterPage).toBeGreaterThan(5);

    await user.keyboard('{End}');
    expect(document.activeElement).toHaveTextContent(`Event number ${N - 1}.`);
    expect(document.activeElement?.closest('tr')).toHaveAttribute('aria-rowindex', String(N + 1));
    expect(scrolls.at(-1)).toBeGreaterThan(100_000); // it scrolled down to the end
    expect(bodyRows().length).toBeLessThanOrEqual(60);
    await user.keyboard('{ArrowDown}'); // stays on the last row
    expect(document.activeElement).toHaveTextContent(`Event number ${N - 1}.`);

    await user.keyboard('{Home}');
    expect(document.activeElement).toHaveTextContent('Event number 0.');
    // Tab leaves the list in one step.
    await user.tab();
    expect(document.activeElement?.closest('table')).toBeNull();
  });

  it('renders and scrolls to the selected event, and to a newly selected one', () => {
    const { view } = setup({ selectedEventId: 'e5000' });
    const selected = screen.getByRole('button', { name: 'Event number 5000.' });
    expect(selected).toHaveAttribute('aria-current', 'true');
    expect(selected.closest('tr')).toHaveAttribute('aria-rowindex', '5002');
    expect(selected).toHaveAttribute('tabindex', '0');
    expect(scrolls.at(-1)).toBeGreaterThan(0);

    const before = scrolls.at(-1)!;
    view.rerender(<EventsList events={MANY} selectedEventId="e9000" onSelectEvent={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Event number 9000.' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(scrolls.at(-1)).toBeGreaterThan(before);
  });

  it('selects an event when its summary is clicked', async () => {
    const { user, onSelectEvent } = setup();
    await user.click(screen.getByRole('button', { name: 'Event number 3.' }));
    expect(onSelectEvent).toHaveBeenCalledWith('e3');
  });
});
