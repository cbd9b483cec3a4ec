// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TimelineChart } from './timeline-chart.tsx';
import { TIMELINE_SPAN, fixtureEvent, timelineFixture } from './timeline-fixture.ts';
import { DENSE_DAYS } from './timeline-model.ts';

const EVENTS = timelineFixture();

function setup(range: { from?: string; to?: string } = {}) {
  const onRangeChange = vi.fn();
  const utils = render(
    <TimelineChart events={EVENTS} span={TIMELINE_SPAN} range={range} onRangeChange={onRangeChange} />,
  );
  return { onRangeChange, ...utils };
}

describe('TimelineChart', () => {
  it('names the chart with its summary sentence and draws stacked bars', () => {
    const { container } = setup();
    const figure = screen.getByRole('figure', {
      name: /Events per day from 27 April to 3 May 2025: 9 events, peak of 3 on 3 May/,
    });
    expect(figure).toBeInTheDocument();
    // One rectangle per (day, series) with events — 7 here for 9 placed events — never one per event.
    const bars = container.querySelectorAll('.recharts-bar-rectangle');
    expect(bars).toHaveLength(7);
  });

  it('draws one stepped area per series instead of a rectangle per day when the span is long', () => {
    // A year of daily events in three categories: bars would be 3 x 365 rectangles.
    const events = Array.from({ length: 365 }, (_, i) => {
      const day = new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
      return [fixtureEvent('strike', day), fixtureEvent('statement', day), fixtureEvent('attack', day)];
    }).flat();
    const span = { from: '2025-01-01', to: '2025-12-31' };
    expect(365).toBeGreaterThan(DENSE_DAYS);
    const { container } = render(
      <TimelineChart events={events} span={span} range={{}} onRangeChange={vi.fn()} />,
    );
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(0);
    expect(container.querySelectorAll('.recharts-area')).toHaveLength(3);
    expect(
      screen.getByRole('figure', { name: /Events per day from 1 January to 31 December 2025: 1,095 events/ }),
    ).toBeInTheDocument();
  });

  it('lists only the latest "on or before" days of many, and all of them on request', async () => {
    const user = userEvent.setup();
    const days = [
      '2025-04-20',
      '2025-04-21',
      '2025-04-22',
      '2025-04-23',
      '2025-04-24',
      '2025-04-25',
      '2025-04-26',
    ];
    const events = [...EVENTS, ...days.map((d) => fixtureEvent('attack', d, 'before'))];
    render(<TimelineChart events={events} span={TIMELINE_SPAN} range={{}} onRangeChange={vi.fn()} />);
    const box = screen.getByRole('complementary', { name: 'Undated' });
    const dayItems = () => within(box).getAllByText(/^\d+ on or before /);
    expect(dayItems()).toHaveLength(5);
    expect(within(box).queryByText('1 on or before 20 April 2025')).not.toBeInTheDocument();
    expect(within(box).getByText('1 on or before 1 May 2025')).toBeInTheDocument();
    await user.click(within(box).getByRole('button', { name: 'Show all 8 days' }));
    expect(dayItems()).toHaveLength(8);
    expect(within(box).getByText('1 on or before 20 April 2025')).toBeInTheDocument();
  });

  it('shows undated "before" events in their own box, not on a day', () => {
    setup();
    const box = screen.getByRole('complementary', { name: 'Undated' });
    expect(within(box).getByText(/on or before 1 May 2025/)).toBeInTheDocument();
    expect(within(box).getByText('Attack: 1')).toBeInTheDocument();
  });

  it('shows a table with the per-day counts when "Show as table" is pressed', async () => {
    const user = userEvent.setup();
    setup();
    const toggle = screen.getByRole('button', { name: 'Show as table' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const table = screen.getByRole('table', { name: /^Events per day by category, 27 April – 3 May 2025/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Day',
      'Attack',
      'Armed clash',
      'Strike',
      'Military posture',
      'Diplomatic contact',
      'Statement',
      'Total',
      'Multi-day',
      'Approximate',
      'Continuing',
    ]);
    const cells = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(/^3 May/)).toEqual(['0', '0', '2', '0', '0', '1', '3', '0', '0', '0']);
    expect(cells(/^27 Apr/)).toEqual(['0', '2', '0', '0', '0', '0', '2', '2', '0', '0']);
    expect(cells(/^28 Apr/)).toEqual(['0', '0', '0', '0', '0', '0', '0', '0', '0', '2']);
    expect(cells(/^1 May/)).toEqual(['0', '0', '0', '1', '1', '0', '2', '0', '1', '0']);
    expect(cells(/^Undated: on or before 1 May 2025/)).toEqual([
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
      '1',
      '',
      '',
      '',
    ]);
  });

  it('resets the dates with a discrete (history-pushing) change', async () => {
    const user = userEvent.setup();
    const { onRangeChange } = setup({ from: '2025-04-29' });
    await user.click(screen.getByRole('button', { name: 'Reset dates' }));
    expect(onRangeChange).toHaveBeenCalledWith({}, { replace: false });
  });

  it('disables "Reset dates" when no date filter is set', () => {
    setup();
    expect(screen.getByRole('button', { name: 'Reset dates' })).toBeDisabled();
  });

  it('moves the "from" handle: replaces while moving, commits on release', () => {
    const { onRangeChange } = setup();
    const fromHandle = screen.getByRole('slider', { name: 'From date' });
    expect(fromHandle).toHaveAttribute('aria-valuetext', '27 April 2025');
    fireEvent.input(fromHandle, { target: { value: '2' } });
    expect(onRangeChange).toHaveBeenLastCalledWith({ from: '2025-04-29' }, { replace: true });
    expect(fromHandle).toHaveAttribute('aria-valuetext', '29 April 2025');
    fireEvent.change(fromHandle, { target: { value: '2' } });
    expect(onRangeChange).toHaveBeenLastCalledWith({ from: '2025-04-29' }, { replace: false });
    expect(onRangeChange).toHaveBeenCalledTimes(2);
  });

  it('never moves the "to" handle before the "from" handle', () => {
    const { onRangeChange } = setup({ from: '2025-05-02' });
    const toHandle = screen.getByRole('slider', { name: 'To date' });
    expect(toHandle).toHaveAttribute('aria-valuetext', '3 May 2025');
    fireEvent.input(toHandle, { target: { value: '0' } });
    expect(onRangeChange).toHaveBeenLastCalledWith(
      { from: '2025-05-02', to: '2025-05-02' },
      { replace: true },
    );
    expect(toHandle).toHaveValue('5');
  });

  it('drag-selects days on the chart and commits them as the date filter', async () => {
    const { onRangeChange, container } = setup();
    const surface = container.querySelector('.recharts-wrapper');
    if (!surface) throw new Error('no chart');
    // recharts tracks the hovered day on mouse move (once per animation frame), then reads it on down/up.
    const hover = async (clientX: number) => {
      fireEvent.mouseMove(surface, { clientX, clientY: 100 });
      await act(() => new Promise((r) => setTimeout(r, 50)));
    };
    await hover(120);
    fireEvent.mouseDown(surface, { clientX: 120, clientY: 100 });
    await hover(420);
    fireEvent.mouseUp(surface, { clientX: 420, clientY: 100 });
    expect(onRangeChange).toHaveBeenCalledTimes(1);
    const [range, opts] = onRangeChange.mock.calls[0] ?? [];
    expect(opts).toEqual({ replace: false });
    expect(range).toEqual({ from: '2025-04-28', to: '2025-05-01' });
  });

  it('does not filter on a plain click on the chart', () => {
    const { onRangeChange, container } = setup();
    const surface = container.querySelector('.recharts-wrapper');
    if (!surface) throw new Error('no chart');
    fireEvent.mouseDown(surface, { clientX: 120, clientY: 100 });
    fireEvent.mouseUp(surface, { clientX: 120, clientY: 100 });
    expect(onRangeChange).not.toHaveBeenCalled();
  });

  it('places the brush on the current date filter', () => {
    setup({ from: '2025-04-29', to: '2025-05-01' });
    expect(screen.getByText('Dates: 29 April – 1 May 2025')).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'From date' })).toHaveAttribute(
      'aria-valuetext',
      '29 April 2025',
    );
    expect(screen.getByRole('slider', { name: 'To date' })).toHaveAttribute('aria-valuetext', '1 May 2025');
  });
});
