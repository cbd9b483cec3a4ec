/**
 * Splits an article into plain and highlighted segments for the evidence quotes that cite it.
 * Overlapping quotes are handled by cutting at every boundary, so a stretch of text covered by two
 * quotes is one segment that belongs to both.
 */
export interface Highlight {
  start: number;
  end: number;
  /** Stable key of the evidence entry, e.g. `${eventId}#${evidenceIndex}`. */
  key: string;
  label: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Keys of the highlights covering this segment (empty for plain text). */
  keys: string[];
}

export interface SegmentedText {
  segments: Segment[];
  /** Highlights whose offsets fall outside the text or do not match their quote. */
  invalid: Highlight[];
}

export function segmentText(
  text: string,
  highlights: readonly Highlight[],
  quotes?: ReadonlyMap<string, string>,
): SegmentedText {
  const invalid: Highlight[] = [];
  const valid: Highlight[] = [];
  for (const h of highlights) {
    const inRange =
      Number.isInteger(h.start) &&
      Number.isInteger(h.end) &&
      h.start >= 0 &&
      h.end <= text.length &&
      h.start < h.end;
    const quote = quotes?.get(h.key);
    if (!inRange || (quote !== undefined && text.slice(h.start, h.end) !== quote)) invalid.push(h);
    else valid.push(h);
  }
  const cuts = new Set<number>([0, text.length]);
  for (const h of valid) {
    cuts.add(h.start);
    cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (start === end) continue;
    const keys = valid.filter((h) => h.start <= start && h.end >= end).map((h) => h.key);
    const prev = segments[segments.length - 1];
    if (prev && prev.keys.length === 0 && keys.length === 0) {
      prev.end = end;
      prev.text = text.slice(prev.start, end);
    } else segments.push({ start, end, text: text.slice(start, end), keys });
  }
  return { segments, invalid };
}
