/**
 * Chronology: events per day stacked by category over the dataset's whole span (the x axis stays
 * put while filtering; bars, or stepped areas when the span is too long for bars), a tooltip per day, a brush under the chart and drag-select on the chart to
 * set the date filter, a "Show as table" text alternative and a box for undated ("before") events.
 */
import { memo, useId, useMemo, useState } from 'react';
import {
  Area,
  Bar,
  ComposedChart,
  CartesianGrid,
  pattern,
  patterns,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type RechartsFill,
} from 'recharts';
import { CATEGORY_STYLE } from '../../components/category-palette.ts';
import { formatDay, formatDayShort } from '../../domain/dates.ts';
import type { CrisisEvent } from '../../domain/event.ts';
import { DayRangeSlider } from './day-range-slider.tsx';
import { TimelineLegend, UndatedBox } from './timeline-legend.tsx';
import type { DayCounts } from '../../domain/day-counts.ts';
import {
  monthTickLabel,
  rangeFromBrush,
  rowNotes,
  toTimelineModel,
  type TimelineModel,
} from './timeline-model.ts';
import { TimelineTable } from './timeline-table.tsx';
import './timeline.css';

export interface TimelineChartProps {
  events: readonly CrisisEvent[];
  span: { from: string; to: string };
  range: { from?: string; to?: string };
  onRangeChange: (range: { from?: string; to?: string }, opts: { replace: boolean }) => void;
  height?: number;
  /** Per-day counts of `events` over `span` and `range`, when the caller already has them. */
  dayCounts?: DayCounts;
}

// Fill definitions are made once, outside components, as recharts asks.
const HATCH = pattern({
  ...patterns.diagonal,
  width: 6,
  height: 6,
  path: 'M0 3H6',
  strokeWidth: 2,
  opacity: 0.75,
});
const DOTS = pattern({ ...patterns.dots, opacity: 0.8 });

// Grid lines sit on the y axis's ticks (`syncWithTicks`); none are vertical. Without these the grid
// lays out every day's label again (a forced page layout per label: ~100 ms at 365 days).
const NO_GRID_POINTS = () => [];

// The plot area's offsets inside the chart box; the slider uses them to line up with the days.
const Y_AXIS_WIDTH = 32;
const MARGIN = { top: 8, right: 12, bottom: 4, left: 0 };

function fillFor(color: string, kind: 'exact' | 'ranged' | 'approximate'): string | RechartsFill {
  if (kind === 'ranged') return { color, definition: HATCH };
  if (kind === 'approximate') return { color, definition: DOTS };
  return color;
}

function toIndex(i: unknown): number | undefined {
  const n = typeof i === 'number' ? i : typeof i === 'string' ? Number(i) : NaN;
  return Number.isInteger(n) ? n : undefined;
}

function DayTooltip({ model, day }: { model: TimelineModel; day: string | number | undefined }) {
  const row = typeof day === 'string' ? model.rowByDay.get(day) : undefined;
  if (!row) return null;
  const notes = rowNotes(row);
  const outside = model.window !== undefined && (row.day < model.window.from || row.day > model.window.to);
  return (
    <div className="timeline__tooltip">
      <p className="timeline__tooltip-day">{formatDay(row.day)}</p>
      {outside && <p className="timeline__tooltip-note">Outside the date filter</p>}
      <ul>
        {model.categories
          .filter((c) => row.byCategory[c] > 0)
          .map((c) => (
            <li key={c}>
              <span
                className="timeline__swatch"
                style={{ background: CATEGORY_STYLE[c].color }}
                aria-hidden="true"
              />
              {CATEGORY_STYLE[c].label}: {row.byCategory[c]}
            </li>
          ))}
      </ul>
      <p className="timeline__tooltip-total">Total: {row.total}</p>
      {notes.map((n) => (
        <p key={n} className="timeline__tooltip-note">
          {n}
        </p>
      ))}
    </div>
  );
}

export const TimelineChart = memo(function TimelineChart({
  events,
  span,
  range,
  onRangeChange,
  height = 240,
  dayCounts,
}: TimelineChartProps) {
  // Keyed on the dates, not the objects: the app builds `span` and `range` afresh on each render.
  const { from: spanFrom, to: spanTo } = span;
  const { from, to } = range;
  const model = useMemo(
    () =>
      toTimelineModel(
        events,
        { from: spanFrom, to: spanTo },
        { ...(from !== undefined && { from }), ...(to !== undefined && { to }) },
        dayCounts,
      ),
    [events, spanFrom, spanTo, from, to, dayCounts],
  );
  const [showTable, setShowTable] = useState(false);
  // Drag-select on the chart: the day where the pointer went down and the day it is over now.
  const [selecting, setSelecting] = useState<{ a: number; b: number } | null>(null);
  const summaryId = useId();
  const days = useMemo(() => model.data.map((d) => d.day), [model.data]);

  const setIndices = (s: number, e: number, opts: { replace: boolean }) =>
    onRangeChange(rangeFromBrush(days, s, e), opts);

  const filtered = from !== undefined || to !== undefined;
  const { startIndex, endIndex } = model.brush;
  const last = days.length - 1;
  const sel = selecting && { s: Math.min(selecting.a, selecting.b), e: Math.max(selecting.a, selecting.b) };

  return (
    <div className="timeline">
      <div className="timeline__toolbar">
        <button
          type="button"
          className="timeline__button"
          aria-pressed={showTable}
          onClick={() => setShowTable((v) => !v)}
        >
          Show as table
        </button>
        <button
          type="button"
          className="timeline__button"
          disabled={!filtered}
          onClick={() => onRangeChange({}, { replace: false })}
        >
          Reset dates
        </button>
        <span className="timeline__range">
          {filtered ? `Dates: ${model.windowLabel}` : `All dates: ${model.windowLabel}`}
        </span>
      </div>
      <figure className="timeline__figure" aria-labelledby={summaryId}>
        <figcaption id={summaryId} className="timeline__summary">
          {model.summary}
        </figcaption>
        {model.data.length === 0 ? (
          <p className="timeline__empty">No dated events to chart.</p>
        ) : showTable ? (
          <TimelineTable model={model} />
        ) : (
          <div className="timeline__chart">
            <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
              <ComposedChart
                data={model.data}
                margin={MARGIN}
                barCategoryGap="12%"
                title={model.summary}
                onMouseDown={(state) => {
                  const i = toIndex(state.activeIndex);
                  if (i !== undefined) setSelecting({ a: i, b: i });
                }}
                onMouseMove={(state) => {
                  const i = toIndex(state.activeIndex);
                  if (selecting && i !== undefined && i !== selecting.b)
                    setSelecting({ a: selecting.a, b: i });
                }}
                onMouseUp={() => {
                  // A plain click (no drag) does not filter: it only shows the tooltip.
                  if (sel && sel.e > sel.s) setIndices(sel.s, sel.e, { replace: false });
                  setSelecting(null);
                }}
                onMouseLeave={() => setSelecting(null)}
              >
                <CartesianGrid
                  vertical={false}
                  syncWithTicks
                  verticalCoordinatesGenerator={NO_GRID_POINTS}
                  stroke="#e3e3e3"
                />
                {model.ticks ? (
                  <XAxis
                    dataKey="day"
                    scale="band"
                    ticks={model.ticks}
                    interval={0}
                    tickFormatter={(d: string) => monthTickLabel(d, d === model.ticks?.[0])}
                    tick={{ fontSize: 12 }}
                  />
                ) : (
                  <XAxis
                    dataKey="day"
                    scale="band"
                    tickFormatter={formatDayShort}
                    minTickGap={12}
                    tick={{ fontSize: 12 }}
                  />
                )}
                <YAxis allowDecimals={false} width={Y_AXIS_WIDTH} tick={{ fontSize: 12 }} />
                {startIndex > 0 && (
                  <ReferenceArea
                    x1={days[0]}
                    x2={days[startIndex - 1]}
                    fill="#8a939c"
                    fillOpacity={0.12}
                    ifOverflow="visible"
                  />
                )}
                {endIndex < last && (
                  <ReferenceArea
                    x1={days[endIndex + 1]}
                    x2={days[last]}
                    fill="#8a939c"
                    fillOpacity={0.12}
                    ifOverflow="visible"
                  />
                )}
                <Tooltip
                  cursor={{ fill: 'rgba(0,0,0,0.06)' }}
                  isAnimationActive={false}
                  content={({ label }) => <DayTooltip model={model} day={label} />}
                />
                {model.series.map((s) =>
                  model.dense ? (
                    <Area
                      key={s.key}
                      dataKey={s.key}
                      name={s.label}
                      stackId="day"
                      type="step"
                      fill={fillFor(s.color, s.kind)}
                      fillOpacity={1}
                      stroke={s.kind === 'exact' ? 'none' : s.color}
                      strokeWidth={s.kind === 'exact' ? 0 : 1}
                      dot={false}
                      activeDot={false}
                      isAnimationActive={false}
                    />
                  ) : (
                    <Bar
                      key={s.key}
                      dataKey={s.key}
                      name={s.label}
                      stackId="day"
                      fill={fillFor(s.color, s.kind)}
                      stroke={s.kind === 'exact' ? undefined : s.color}
                      strokeWidth={s.kind === 'exact' ? undefined : 1}
                      isAnimationActive={false}
                    />
                  ),
                )}
                {sel && sel.e > sel.s && (
                  <ReferenceArea
                    x1={days[sel.s]}
                    x2={days[sel.e]}
                    fill="#0b5cad"
                    fillOpacity={0.15}
                    stroke="#0b5cad"
                  />
                )}
              </ComposedChart>
            </ResponsiveContainer>
            <DayRangeSlider
              days={days}
              startIndex={startIndex}
              endIndex={endIndex}
              onChange={setIndices}
              insetLeft={MARGIN.left + Y_AXIS_WIDTH}
              insetRight={MARGIN.right}
            />
            <p className="timeline__hint">
              To filter by date, drag across the chart or move the two handles under it (arrow keys work too).
            </p>
          </div>
        )}
        <UndatedBox model={model} />
      </figure>
      <TimelineLegend model={model} />
      {model.outside > 0 && (
        <p className="timeline__note">
          {model.outside} {model.outside === 1 ? 'event lies' : 'events lie'} outside the chart’s days and{' '}
          {model.outside === 1 ? 'is' : 'are'} not drawn.
        </p>
      )}
    </div>
  );
});
