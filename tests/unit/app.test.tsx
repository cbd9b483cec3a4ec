// @vitest-environment jsdom
/**
 * The whole dashboard in jsdom, by role: the filters drive the list and the counts, bad records are
 * reported without hiding the good ones, and a failed load offers a retry instead of a white screen.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { Providers } from '../../src/app/providers.tsx';
import { SEED_LIKE } from './fixtures.ts';

function serve(body: unknown, status = 200) {
  const fetchMock = vi.fn(
    async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderApp() {
  return render(
    <Providers>
      <App />
    </Providers>,
  );
}

const count = () => screen.getByText((_, el) => el?.classList.contains('match-count') ?? false).textContent;

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('App', () => {
  it('changing a filter changes the list, the counts and the URL', async () => {
    serve({ events: SEED_LIKE });
    renderApp();
    await waitFor(() => expect(count()).toBe('6 of 6 events'));
    const events = screen.getByRole('region', { name: 'Events' });
    // the panels follow the count in a deferred render (useDeferredValue): wait for them too
    await waitFor(() => expect(within(events).getAllByRole('row')).toHaveLength(1 + 6));

    await userEvent.click(
      within(screen.getByRole('group', { name: 'Event types' })).getByLabelText(/Armed clash/),
    );
    await waitFor(() => expect(count()).toBe('2 of 6 events'));
    await waitFor(() => expect(within(events).getAllByRole('row')).toHaveLength(1 + 2));
    expect(window.location.search).toBe('?category=armed_clash');

    await userEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    await waitFor(() => expect(count()).toBe('6 of 6 events'));
  });

  it('filters by actor from the searchable picker and by date from the inputs', async () => {
    serve({ events: SEED_LIKE });
    renderApp();
    await waitFor(() => expect(count()).toBe('6 of 6 events'));
    const picker = screen.getByRole('group', { name: 'Actors' });
    await userEvent.type(within(picker).getByLabelText('Search actors'), 'rubio');
    await userEvent.click(within(picker).getByRole('checkbox', { name: /Marco Rubio/ }));
    await waitFor(() => expect(count()).toBe('1 of 6 events'));
    expect(new URLSearchParams(window.location.search).getAll('actor')).toEqual(['Marco Rubio']);
    await userEvent.click(screen.getByRole('button', { name: 'Remove actor Marco Rubio' }));
    await waitFor(() => expect(count()).toBe('6 of 6 events'));

    const from = screen.getByLabelText('From');
    await userEvent.type(from, '2025-05-01');
    await waitFor(() => expect(count()).toBe('2 of 6 events'));
  });

  it('reports bad records by id and field and still shows the valid ones', async () => {
    serve({
      events: [...SEED_LIKE, { ...SEED_LIKE[0], id: 'broken', date: { start: 'May 1', precision: 'day' } }],
    });
    renderApp();
    await waitFor(() => expect(count()).toBe('6 of 6 events'));
    const alert = screen
      .getByText(/1 record of 7 in data\/events.json could not be used/)
      .closest('[role="alert"]');
    expect(alert).not.toBeNull();
    expect(alert?.textContent).toMatch(
      /Record "broken" \(#6\), field date.start: must be a real calendar date/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss data problems' }));
    expect(screen.queryByText(/could not be used/)).toBeNull();
  });

  it('shows an error panel with a retry when the file cannot be loaded', async () => {
    const fetchMock = serve('not json', 200);
    renderApp();
    expect(
      await screen.findByRole('heading', { name: 'The events could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/is not valid JSON/)).toBeInTheDocument();
    fetchMock.mockImplementation(async () => new Response(JSON.stringify({ events: SEED_LIKE })));
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(count()).toBe('6 of 6 events'));
  });

  it('says so when nothing matches, with a reset', async () => {
    window.history.replaceState(null, '', '/?from=2026-01-01&to=2026-01-02');
    serve({ events: SEED_LIKE });
    renderApp();
    expect(await screen.findByText(/No events match these filters/)).toBeInTheDocument();
  });
});
