/**
 * The chronology's brush: two native range inputs over one track, lined up with the chart's day
 * bands. Native inputs give keyboard (arrows, Home/End, Page keys), touch and screen-reader support
 * for free; `aria-valuetext` speaks the date. While a thumb moves, changes are sent with
 * replace=true; the native `change` event (release, or each key press) commits with replace=false.
 */
import { useEffect, useEffectEvent, useRef, useState, type CSSProperties } from 'react';
import { formatDay } from '../../domain/dates.ts';

export interface DayRangeSliderProps {
  days: readonly string[];
  startIndex: number;
  endIndex: number;
  onChange: (startIndex: number, endIndex: number, opts: { replace: boolean }) => void;
  /** Pixels between the slider box and the chart's plot area, so thumbs sit under day bands. */
  insetLeft: number;
  insetRight: number;
}

export function DayRangeSlider({
  days,
  startIndex,
  endIndex,
  onChange,
  insetLeft,
  insetRight,
}: DayRangeSliderProps) {
  const n = days.length;
  const max = Math.max(0, n - 1);
  // While a thumb moves, show the local position at once; the props catch up through the app.
  const [moving, setMoving] = useState<{ s: number; e: number } | null>(null);
  const s = moving?.s ?? startIndex;
  const e = moving?.e ?? endIndex;
  const startRef = useRef<HTMLInputElement>(null);
  const endRef = useRef<HTMLInputElement>(null);

  const commit = useEffectEvent(() => {
    if (moving === null) return;
    setMoving(null);
    onChange(moving.s, moving.e, { replace: false });
  });
  useEffect(function commitOnNativeChange() {
    // React's onChange is the native `input` event; the native `change` event marks the release.
    const inputs = [startRef.current, endRef.current];
    const handler = () => commit();
    for (const el of inputs) el?.addEventListener('change', handler);
    return () => {
      for (const el of inputs) el?.removeEventListener('change', handler);
    };
  }, []);

  const move = (which: 's' | 'e', raw: string) => {
    const v = Math.round(Number(raw));
    const next = which === 's' ? { s: Math.min(v, e), e } : { s, e: Math.max(v, s) };
    if (next.s === s && next.e === e) return;
    setMoving(next);
    onChange(next.s, next.e, { replace: true });
  };

  const pct = (i: number) => (max === 0 ? 0 : (i / max) * 100);
  const style = {
    '--days': n,
    '--inset-left': `${insetLeft}px`,
    '--inset-right': `${insetRight}px`,
  } as CSSProperties;
  const from = days[s];
  const to = days[e];

  return (
    <div className="day-range" style={style}>
      <div className="day-range__inner">
        <div className="day-range__track" aria-hidden="true">
          <div className="day-range__selected" style={{ left: `${pct(s)}%`, right: `${100 - pct(e)}%` }} />
        </div>
        <input
          ref={startRef}
          type="range"
          className={`day-range__input day-range__input--start${s === e && s > max / 2 ? ' day-range__input--top' : ''}`}
          min={0}
          max={max}
          step={1}
          value={s}
          disabled={n < 2}
          aria-label="From date"
          aria-valuetext={from ? formatDay(from) : undefined}
          onChange={(ev) => move('s', ev.target.value)}
        />
        <input
          ref={endRef}
          type="range"
          className="day-range__input day-range__input--end"
          min={0}
          max={max}
          step={1}
          value={e}
          disabled={n < 2}
          aria-label="To date"
          aria-valuetext={to ? formatDay(to) : undefined}
          onChange={(ev) => move('e', ev.target.value)}
        />
      </div>
    </div>
  );
}
