// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CrisisEvent } from '../../domain/event.ts';
import { EventMap } from './event-map.tsx';
import { fixtureEvents } from './test-fixtures.ts';

// jsdom does no layout: give every element a size so Leaflet sees an 800×420 map.
const sizes = { clientWidth: 800, clientHeight: 420 } as const;
const saved = new Map<string, PropertyDescriptor | undefined>();
beforeAll(() => {
  for (const [prop, value] of Object.entries(sizes)) {
    saved.set(prop, Object.getOwnPropertyDescriptor(HTMLElement.prototype, prop));
    Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => value });
  }
});
afterAll(() => {
  for (const [prop, descriptor] of saved) {
    if (descriptor) Object.defineProperty(HTMLElement.prototype, prop, descriptor);
  }
});

function renderMap(onSelectEvent = vi.fn(), selectedEventId?: string) {
  const result = render(
    <EventMap
      events={fixtureEvents}
      onSelectEvent={onSelectEvent}
      selectedEventId={selectedEventId}
      height={420}
    />,
  );
  return { ...result, onSelectEvent };
}

describe('EventMap', () => {
  it('draws one keyboard-focusable marker per place, named with its count', async () => {
    renderMap();
    const kupwara = await screen.findByRole('button', { name: 'Kupwara — 2 events' });
    expect(kupwara).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('button', { name: 'Poonch — 1 event' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pahalgam — 1 event' })).toBeInTheDocument();
  });

  it('draws a region with coordinates as a labelled area, not a point', async () => {
    renderMap();
    const region = await screen.findByRole('button', { name: 'Neelum Valley (region) — 1 event' });
    expect(region).toHaveClass('map-marker--region');
  });

  it('opens a popup on click whose events are buttons that select the event', async () => {
    const user = userEvent.setup();
    const { onSelectEvent } = renderMap();
    await user.click(await screen.findByRole('button', { name: 'Kupwara — 2 events' }));
    const popup = await screen.findByText('district — somewhere in the district · 2 events');
    const list = within(popup.closest('.map-popup') as HTMLElement);
    expect(list.getByText('Kupwara')).toBeInTheDocument();
    expect(list.getByText('Jammu and Kashmir, India')).toBeInTheDocument();
    // Leaflet turns two clicks within 200 ms on the map into a double click (its touch emulation),
    // which in jsdom, with no pointer coordinates, computes a NaN position and throws. A person
    // reads the popup before clicking in it; so does this test.
    await new Promise((r) => setTimeout(r, 250));
    await user.click(list.getByRole('button', { name: /Small-arms fire across the LoC/ }));
    expect(onSelectEvent).toHaveBeenCalledWith('kupwara-1');
  });

  it('opens the popup from the keyboard with Enter', async () => {
    const user = userEvent.setup();
    const { onSelectEvent } = renderMap();
    const poonch = await screen.findByRole('button', { name: 'Poonch — 1 event' });
    poonch.focus();
    await user.keyboard('{Enter}');
    const event = await screen.findByRole('button', { name: /Firing opposite Poonch/ });
    // Keyboard users land in the popup's list, and Enter there selects the event.
    await waitFor(() => expect(event).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(onSelectEvent).toHaveBeenCalledWith('poonch-1');
  });

  it('opens the popup with Space too, as a button should', async () => {
    const user = userEvent.setup();
    renderMap();
    (await screen.findByRole('button', { name: 'Pahalgam — 1 event' })).focus();
    await user.keyboard(' ');
    expect(await screen.findByRole('button', { name: /Attack on tourists/ })).toBeInTheDocument();
  });

  it('counts and lists the events without a place', async () => {
    const user = userEvent.setup();
    const { onSelectEvent } = renderMap();
    await user.click(screen.getByText('3 events have no place'));
    await user.click(screen.getByRole('button', { name: /Rubio call/ }));
    expect(onSelectEvent).toHaveBeenCalledWith('call-rubio');
  });

  it('lists regions without coordinates instead of placing them', () => {
    renderMap();
    expect(screen.getByText('Areas without a point:')).toBeInTheDocument();
    expect(screen.getByText('Line of Control — 3 events')).toBeInTheDocument();
    expect(screen.getByText('India–Pakistan border — 1 event')).toBeInTheDocument();
    expect(screen.getByText('Pakistan — 1 event')).toBeInTheDocument();
  });

  it('keeps street tiles off until asked, and labels the switch', async () => {
    const user = userEvent.setup();
    const { container } = renderMap();
    const toggle = screen.getByRole('checkbox', { name: 'Street map tiles (OpenStreetMap, online)' });
    expect(toggle).not.toBeChecked();
    expect(container.querySelector('img.leaflet-tile')).toBeNull();
    await user.click(toggle);
    await waitFor(() => expect(container.querySelector('.leaflet-tile-pane .leaflet-layer')).not.toBeNull());
    expect(
      screen.getByText(/OpenStreetMap/, { selector: '.leaflet-control-attribution a' }),
    ).toBeInTheDocument();
  });

  it('names the legend entries, including the de facto Line of Control', () => {
    renderMap();
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).getByText('Line of Control (de facto)')).toBeInTheDocument();
    expect(within(legend).getByText('Armed clash')).toBeInTheDocument();
    expect(within(legend).queryByText('Diplomatic contact')).toBeNull();
  });

  it('offers the places as a table', async () => {
    const user = userEvent.setup();
    renderMap();
    await user.click(screen.getByText('Places as a table (7 places)'));
    const table = screen.getByRole('table');
    expect(within(table).getByRole('rowheader', { name: /Kupwara/ })).toBeInTheDocument();
  });

  it('shows a place from the table on the map, out of its cluster, with its popup open', async () => {
    const user = userEvent.setup();
    const kupwara = fixtureEvents.filter((e) => e.location?.name === 'Kupwara');
    const first = kupwara[0] as CrisisEvent;
    const near = { ...first, id: 'near', location: { ...first.location!, name: 'Near Kupwara', lon: 74.26 } };
    const pahalgam = fixtureEvents.filter((e) => e.location?.name === 'Pahalgam');
    render(<EventMap events={[...kupwara, near as CrisisEvent, ...pahalgam]} onSelectEvent={vi.fn()} />);
    await screen.findByRole('button', { name: /^Cluster of 2 places/ });
    await user.click(screen.getByText(/^Places as a table/));
    await user.click(screen.getByRole('button', { name: 'Near Kupwara (show on the map)' }));
    expect(await screen.findByRole('button', { name: 'Near Kupwara — 1 event' })).toBeInTheDocument();
    const event = await screen.findByRole('button', { name: /Small-arms fire/ });
    await waitFor(() => expect(event).toHaveFocus());
  });

  it('marks the selected event in its place’s list', async () => {
    const user = userEvent.setup();
    renderMap(vi.fn(), 'loc-2');
    await user.click(screen.getByText('Line of Control — 3 events'));
    expect(screen.getByRole('button', { name: /Second violation/ })).toHaveAttribute('aria-current', 'true');
  });

  it('clusters crowded places under a name with both counts, and zooms in when one is opened', async () => {
    const user = userEvent.setup();
    const kupwara = fixtureEvents.filter((e) => e.location?.name === 'Kupwara');
    // A second place 1 km away, and a third far off so the first view is not zoomed all the way in.
    const near = kupwara.map(
      (e, i) =>
        ({
          ...e,
          id: `near-${i}`,
          location: { ...e.location!, name: 'Near Kupwara', lat: 34.535, lon: 74.255 },
        }) as CrisisEvent,
    );
    const far = fixtureEvents.filter((e) => e.location?.name === 'Pahalgam');
    render(<EventMap events={[...kupwara, ...near.slice(0, 1), ...far]} onSelectEvent={vi.fn()} />);
    const cluster = await screen.findByRole('button', { name: 'Cluster of 2 places — 3 events' });
    await user.click(cluster);
    expect(
      await screen.findByRole('button', { name: 'Near Kupwara — 1 event' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kupwara — 2 events' })).toBeInTheDocument();
  });

  it('zooms in to set the selected event’s place apart from its cluster', async () => {
    const kupwara = fixtureEvents.filter((e) => e.location?.name === 'Kupwara');
    const pahalgam = fixtureEvents.filter((e) => e.location?.name === 'Pahalgam');
    const first = kupwara[0] as CrisisEvent;
    // 0.2° east of Kupwara: clustered with it at the first view's zoom, apart one zoom level in.
    const near = { ...first, id: 'near', location: { ...first.location!, name: 'Near Kupwara', lon: 74.45 } };
    render(
      <EventMap
        events={[...kupwara, near as CrisisEvent, ...pahalgam]}
        selectedEventId="near"
        onSelectEvent={vi.fn()}
      />,
    );
    expect(await screen.findByRole('button', { name: 'Near Kupwara — 1 event' })).toHaveClass('is-selected');
  });

  it('adds no region of its own named like "Map" (the app wraps it in one)', async () => {
    renderMap();
    await screen.findByRole('button', { name: 'Kupwara — 2 events' });
    expect(screen.queryAllByRole('region', { name: /map/i })).toEqual([]);
    expect(screen.getByRole('group', { name: /Interactive map of events/ })).toHaveAttribute('tabindex', '0');
  });

  it('makes no network request by default', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { container } = renderMap();
    await waitFor(() => expect(screen.queryByText('Loading the basemap…')).toBeNull(), { timeout: 15000 });
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(container.querySelector('.leaflet-tile-pane img')).toBeNull();
    fetchSpy.mockRestore();
  });

  // The basemap chunk (~740 kB of TopoJSON) is transformed and decoded on first use; on a busy
  // 2-core machine that has taken over 15 s, so the wait is generous (a wait, not a speed check).
  it('loads the offline basemap and draws the Line of Control', { timeout: 90_000 }, async () => {
    const { container } = renderMap();
    // (waiting for the lines themselves: the loading message may not be shown yet on the first check,
    // and the lines are drawn a tick after it goes)
    await waitFor(
      () =>
        expect(container.querySelectorAll('.leaflet-ca-lines-pane path').length).toBeGreaterThanOrEqual(4),
      { timeout: 80_000 },
    );
    expect(screen.queryByText('Loading the basemap…')).toBeNull();
  });
});
