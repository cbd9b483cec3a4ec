// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addDays } from '../../domain/dates.ts';
import { describeDate } from '../../domain/precision-wording.ts';
import { ContactsPanel } from './contacts-panel.tsx';
import { contactsFixture } from './contacts-fixture.ts';

const EVENTS = contactsFixture();

function setup(props: { selectedActors?: string[]; events?: typeof EVENTS } = {}) {
  const handlers = { onToggleActor: vi.fn(), onSelectEvent: vi.fn(), onOpenSource: vi.fn() };
  const user = userEvent.setup();
  render(
    <ContactsPanel
      events={props.events ?? EVENTS}
      selectedActors={props.selectedActors ?? []}
      {...handlers}
    />,
  );
  return { user, ...handlers };
}

function cards() {
  const heading = screen.getByRole('heading', { name: /^Contacts \(/ });
  const section = heading.closest('section');
  if (!section) throw new Error('no contacts section');
  const list = section.querySelector('ol');
  if (!list) throw new Error('no list');
  // A CSS query, not a role query: role queries over fifty cards are slow in jsdom.
  return [...list.querySelectorAll<HTMLElement>(':scope > li')];
}

describe('ContactsPanel', () => {
  it('lists each contact with both sides, roles, countries, mode and what was said', () => {
    setup();
    const [first] = cards();
    if (!first) throw new Error('no card');
    expect(within(first).getByRole('button', { name: 'Pete Hegseth' })).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: 'Rajnath Singh' })).toBeInTheDocument();
    expect(within(first).getByText('Secretary of Defense')).toBeInTheDocument();
    expect(within(first).getByText('US')).toBeInTheDocument();
    expect(within(first).getByText('Phone call')).toBeInTheDocument();
    expect(within(first).getByText('1 May 2025')).toBeInTheDocument();
    expect(within(first).getByText(/Hegseth offered strong support/)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Marco Rubio' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'Contacts (5)' })).toBeInTheDocument();
  });

  it('toggles the actor filter when an actor name is clicked, showing pressed state', async () => {
    const { user, onToggleActor } = setup({ selectedActors: ['Marco Rubio'] });
    const [first] = cards();
    await user.click(within(first!).getByRole('button', { name: 'Pete Hegseth' }));
    expect(onToggleActor).toHaveBeenCalledWith('Pete Hegseth');
    for (const b of screen.getAllByRole('button', { name: 'Marco Rubio' }))
      expect(b).toHaveAttribute('aria-pressed', 'true');
    expect(within(first!).getByRole('button', { name: 'Pete Hegseth' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('orders contacts newest first, or oldest first on request', async () => {
    const { user } = setup();
    expect(within(cards()[0]!).getByText('1 May 2025')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Oldest first' }));
    expect(within(cards()[0]!).getByText('around 24 April 2025 — approximate date')).toBeInTheDocument();
    expect(within(cards()[0]!).getByText('other party not named', { exact: false })).toBeInTheDocument();
  });

  it('opens the source of a quote and the event details', async () => {
    const { user, onOpenSource, onSelectEvent } = setup();
    const first = cards()[0]!;
    await user.click(within(first).getByText(/Evidence \(1 source\)/));
    await user.click(within(first).getByRole('button', { name: /Open source/ }));
    // The quote's span is passed on too, so the source viewer can scroll to it.
    expect(onOpenSource).toHaveBeenCalledWith('000_b0e21500dea1cbc0.txt', 0, { start: 10, end: 95 });
    await user.click(within(first).getByRole('button', { name: /Event details/ }));
    expect(onSelectEvent).toHaveBeenCalledWith('c-hegseth');
  });

  it('counts contacts per pair in the matrix and narrows the list to a chosen pair', async () => {
    const { user } = setup();
    const matrix = screen.getByRole('table', { name: 'Contacts between pairs of actors' });
    const rubioRow = within(matrix)
      .getByRole('rowheader', { name: /Marco Rubio/ })
      .closest('tr') as HTMLElement;
    const pairButton = within(matrix).getByRole('button', {
      name: '1 contact between Marco Rubio and Shehbaz Sharif',
    });
    expect(
      within(matrix).getByRole('button', { name: '1 contact between Marco Rubio and S Jaishankar' }),
    ).toBeInTheDocument();
    expect(
      within(matrix).getByRole('button', { name: '1 contact between Pete Hegseth and Rajnath Singh' }),
    ).toBeInTheDocument();
    expect(within(matrix).queryByRole('button', { name: /between Marco Rubio and Pete Hegseth/ })).toBeNull();
    // Rubio's total is the last cell of his row.
    expect(within(rubioRow).getAllByRole('cell').at(-1)).toHaveTextContent('2');

    await user.click(pairButton);
    expect(pairButton).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { name: 'Contacts (1 of 5)' })).toBeInTheDocument();
    expect(cards()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Show all contacts' }));
    expect(cards()).toHaveLength(5);
  });

  it('switches the matrix to countries', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'By country' }));
    const matrix = screen.getByRole('table', { name: 'Contacts between pairs of countries' });
    expect(within(matrix).getByRole('button', { name: '2 contacts between IN and US' })).toBeInTheDocument();
    expect(
      within(matrix).getByRole('button', { name: '1 contact of PK with no other party named' }),
    ).toBeInTheDocument();
  });

  it('clicking an actor in the matrix toggles the filter', async () => {
    const { user, onToggleActor } = setup();
    const matrix = screen.getByRole('table', { name: 'Contacts between pairs of actors' });
    await user.click(within(matrix).getByRole('button', { name: 'S Jaishankar' }));
    expect(onToggleActor).toHaveBeenCalledWith('S Jaishankar');
  });

  it('says so when no contact matches', () => {
    setup({ events: EVENTS.filter((e) => e.category !== 'diplomatic_contact') });
    expect(screen.getByText('No diplomatic contacts match these filters.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('ContactsPanel with many contacts (virtualised)', () => {
  const [base] = contactsFixture();
  if (!base) throw new Error('no fixture');
  const N = 10_000;
  const many = Array.from({ length: N }, (_, i) => ({
    ...base,
    id: `c${i}` as typeof base.id,
    date: { ...base.date, start: addDays('2000-01-01', i) },
  }));

  beforeEach(() => {
    // jsdom has no layout: give the list's box room to scroll.
    Object.defineProperty(HTMLElement.prototype, 'scrollHeight', { configurable: true, get: () => 1e9 });
  });
  afterEach(() => {
    delete (HTMLElement.prototype as { scrollHeight?: unknown }).scrollHeight;
  });

  function renderMany() {
    const user = userEvent.setup();
    render(
      <ContactsPanel
        events={many}
        selectedActors={[]}
        onToggleActor={vi.fn()}
        onSelectEvent={vi.fn()}
        onOpenSource={vi.fn()}
      />,
    );
    return { user };
  }

  it('renders only the first cards of 10,000, newest first, and says how many there are', () => {
    renderMany();
    expect(screen.getByRole('heading', { name: 'Contacts (10,000)' })).toBeInTheDocument();
    const shown = cards();
    expect(shown.length).toBeGreaterThan(2);
    expect(shown.length).toBeLessThanOrEqual(20);
    expect(within(shown[0]!).getByText(describeDate(many[N - 1]!.date))).toBeInTheDocument();
    expect(shown[0]).toHaveAttribute('aria-posinset', '1');
    expect(shown[0]).toHaveAttribute('aria-setsize', String(N));
    expect(screen.queryByText(/Show \d+ more/)).toBeNull();
  });

  it('renders the cards scrolled to, and keeps the focused card when it scrolls away', async () => {
    renderMany();
    const focused = cards()[0]!;
    act(() => focused.querySelector<HTMLButtonElement>('.contact__details')!.focus());
    const box = focused.closest('ol')!.parentElement!;
    box.scrollTop = 5000 * 160;
    fireEvent.scroll(box);
    await waitFor(() =>
      expect(cards().some((c) => Number(c.getAttribute('aria-posinset')) > 4000)).toBe(true),
    );
    expect(cards().length).toBeLessThanOrEqual(21);
    // The card with the focus is still there, and still focused.
    expect(cards()[0]).toBe(focused);
    expect(focused).toContainElement(document.activeElement as HTMLElement);
  });
});
