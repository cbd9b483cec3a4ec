// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TimelineChart } from './timeline-chart.tsx';
import { TIMELINE_SPAN, timelineFixture } from './timeline-fixture.ts';

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
    const table = screen.getByRole('table', { name: 'Events per day by category, 27 April – 3 May 2025' });
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
      'Of which span several days',
      'Of which approximate',
      'Still running from an earlier day (not counted)',
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

  it('moves the brush with the arrow keys: replaces while the key is down, commits on release', () => {
    const { onRangeChange } = setup();
    const [startHandle] = screen.getAllByRole('slider', { name: /Date filter 27 April – 3 May 2025/ });
    if (!startHandle) throw new Error('no brush handle');
    act(() => startHandle.focus());
    fireEvent.keyDown(startHandle, { key: 'ArrowRight' });
    expect(onRangeChange).toHaveBeenLastCalledWith({ from: '2025-04-28' }, { replace: true });
    fireEvent.keyUp(startHandle, { key: 'ArrowRight' });
    expect(onRangeChange).toHaveBeenLastCalledWith({ from: '2025-04-28' }, { replace: false });
  });

  it('drags a brush handle: replace while dragging, push on release', () => {
    const { onRangeChange } = setup();
    const handles = screen.getAllByRole('slider');
    const endHandle = handles[1];
    if (!endHandle) throw new Error('no end handle');
    fireEvent.mouseDown(endHandle, { pageX: 600, clientX: 600 });
    fireEvent.mouseMove(window, { pageX: 300, clientX: 300 });
    const during = onRangeChange.mock.calls.at(-1);
    expect(during?.[1]).toEqual({ replace: true });
    expect(during?.[0].to).toMatch(/^2025-04-/);
    fireEvent.mouseUp(window, { pageX: 300, clientX: 300 });
    const after = onRangeChange.mock.calls.at(-1);
    expect(after).toEqual([during?.[0], { replace: false }]);
  });

  it('places the brush on the current date filter', () => {
    setup({ from: '2025-04-29', to: '2025-05-01' });
    expect(screen.getByText('Dates: 29 April – 1 May 2025')).toBeInTheDocument();
    expect(screen.getAllByRole('slider', { name: /Date filter 29 April – 1 May 2025/ })).toHaveLength(2);
  });
});
