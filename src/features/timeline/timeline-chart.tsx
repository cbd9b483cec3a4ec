/**
 * Chronology: events per day stacked by category over the dataset's whole span, with a brush that
 * sets the date filter (drag, or focus a handle and use the arrow keys), a tooltip per day, a
 * "Show as table" text alternative and a box for undated ("before") events.
 */
import { memo, useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  Bar,
  BarChart,
  Brush,
  CartesianGrid,
  pattern,
  patterns,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type RechartsFill,
} from 'recharts';
import { CATEGORY_STYLE } from '../../components/category-palette.ts';
import { formatDay, formatDayShort } from '../../domain/dates.ts';
import type { CrisisEvent } from '../../domain/event.ts';
import { TimelineLegend, UndatedBox } from './timeline-legend.tsx';
import {
  rangeFromBrush,
  rowNotes,
  toTimelineModel,
  type DateRange,
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

function fillFor(color: string, kind: 'exact' | 'ranged' | 'approximate'): string | RechartsFill {
  if (kind === 'ranged') return { color, definition: HATCH };
  if (kind === 'approximate') return { color, definition: DOTS };
  return color;
}

function DayTooltip({ model, day }: { model: TimelineModel; day: string | number | undefined }) {
  const row = typeof day === 'string' ? model.rowByDay.get(day) : undefined;
  if (!row) return null;
  const notes = rowNotes(row);
  return (
    <div className="timeline__tooltip">
      <p className="timeline__tooltip-day">{formatDay(row.day)}</p>
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

interface BrushStartEndIndex {
  startIndex: number;
  endIndex: number;
}

function sameRange(a: DateRange, b: DateRange): boolean {
  return a.from === b.from && a.to === b.to;
}

export const TimelineChart = memo(function TimelineChart({
  events,
  span,
  range,
  onRangeChange,
  height = 260,
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
      ),
    [events, spanFrom, spanTo, from, to],
  );
  const [showTable, setShowTable] = useState(false);
  const summaryId = useId();
  // The last range sent while dragging (or while an arrow key is held), committed on release.
  const pending = useRef<DateRange | null>(null);
  const days = useMemo(() => model.data.map((d) => d.day), [model.data]);

  const handleBrushChange = useCallback(
    ({ startIndex, endIndex }: BrushStartEndIndex) => {
      const next = rangeFromBrush(days, startIndex, endIndex);
      if (pending.current === null && sameRange(next, { from, to })) return;
      pending.current = next;
      onRangeChange(next, { replace: true });
    },
    [days, onRangeChange, from, to],
  );
  const handleDragEnd = useCallback(
    ({ startIndex, endIndex }: BrushStartEndIndex) => {
      if (pending.current === null) return; // a click that moved nothing
      pending.current = null;
      onRangeChange(rangeFromBrush(days, startIndex, endIndex), { replace: false });
    },
    [days, onRangeChange],
  );
  // Keyboard moves of a brush handle: each key press replaces, releasing the key commits.
  const handleKeyUp = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      if (!(e.target instanceof Element) || !e.target.closest('.recharts-brush-traveller')) return;
      const next = pending.current;
      if (next === null) return;
      pending.current = null;
      onRangeChange(next, { replace: false });
    },
    [onRangeChange],
  );

  const filtered = from !== undefined || to !== undefined;
  const brushLabel = `Date filter ${model.windowLabel}. Left and right arrow keys move this handle by one day.`;

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
          <div className="timeline__chart" onKeyUp={handleKeyUp}>
            <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
              <BarChart
                data={model.data}
                margin={{ top: 8, right: 12, bottom: 4, left: 0 }}
                barCategoryGap="12%"
                title={model.summary}
              >
                <CartesianGrid vertical={false} stroke="#e3e3e3" />
                <XAxis dataKey="day" tickFormatter={formatDayShort} minTickGap={12} tick={{ fontSize: 12 }} />
                <YAxis allowDecimals={false} width={32} tick={{ fontSize: 12 }} />
                <Tooltip
                  cursor={{ fill: 'rgba(0,0,0,0.06)' }}
                  isAnimationActive={false}
                  content={({ label }) => <DayTooltip model={model} day={label} />}
                />
                {model.series.map((s) => (
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
                ))}
                <Brush
                  dataKey="label"
                  height={26}
                  travellerWidth={10}
                  stroke="#4a5560"
                  startIndex={model.brush.startIndex}
                  endIndex={model.brush.endIndex}
                  onChange={handleBrushChange}
                  onDragEnd={handleDragEnd}
                  ariaLabel={brushLabel}
                />
              </BarChart>
            </ResponsiveContainer>
            <p className="timeline__hint">
              To filter by date, drag the handles of the bar under the chart, or focus one and press ← or →.
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
