/**
 * SVG path data for the category shapes and the composition ring, shared by the map's marker
 * icons and the legend so both always look alike.
 */
import type { MarkerShape } from '../../components/category-palette.ts';

const f = (n: number) => String(Math.round(n * 100) / 100);

/** A shape centred on (cx, cy) that fits in a circle of radius r (shapes are sized to look equal). */
export function shapePath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${f(cx - r)} ${f(cy)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
    case 'square': {
      const h = r * 0.82;
      return `M${f(cx - h)} ${f(cy - h)}H${f(cx + h)}V${f(cy + h)}H${f(cx - h)}Z`;
    }
    case 'diamond':
      return `M${f(cx)} ${f(cy - r)}L${f(cx + r)} ${f(cy)}L${f(cx)} ${f(cy + r)}L${f(cx - r)} ${f(cy)}Z`;
    case 'triangle': {
      // Equilateral, pointing up, its centroid a little below the centre so it looks centred.
      const R = r * 1.12;
      const y = cy + r * 0.12;
      return `M${f(cx)} ${f(y - R)}L${f(cx + R * 0.866)} ${f(y + R / 2)}L${f(cx - R * 0.866)} ${f(y + R / 2)}Z`;
    }
    default: {
      const never: never = shape;
      return never;
    }
  }
}

export interface RingSegment {
  /** Index into the counts passed in. */
  index: number;
  d: string;
}

/**
 * Arcs of a ring of radius r around (cx, cy), one per count, proportional to it, clockwise from
 * 12 o'clock. A single non-zero count gives a full circle.
 */
export function ringSegments(counts: readonly number[], cx: number, cy: number, r: number): RingSegment[] {
  const total = counts.reduce((s, c) => s + Math.max(0, c), 0);
  if (total === 0) return [];
  const nonZero = counts.filter((c) => c > 0).length;
  if (nonZero === 1) {
    const index = counts.findIndex((c) => c > 0);
    return [{ index, d: shapePath('circle', cx, cy, r) }];
  }
  const segments: RingSegment[] = [];
  let start = 0;
  counts.forEach((c, index) => {
    if (c <= 0) return;
    const end = start + c / total;
    const a0 = 2 * Math.PI * start - Math.PI / 2;
    const a1 = 2 * Math.PI * end - Math.PI / 2;
    const large = end - start > 0.5 ? 1 : 0;
    segments.push({
      index,
      d: `M${f(cx + r * Math.cos(a0))} ${f(cy + r * Math.sin(a0))}A${f(r)} ${f(r)} 0 ${large} 1 ${f(
        cx + r * Math.cos(a1),
      )} ${f(cy + r * Math.sin(a1))}`,
    });
    start = end;
  });
  return segments;
}
