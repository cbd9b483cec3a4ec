/**
 * Marker size by event count. The marker's AREA grows with the count (radius on a square-root
 * scale), from MIN for one event to MAX for the busiest place; the scale tops out no lower than
 * REFERENCE_COUNT so that a dataset where the busiest place has 2 events does not draw it huge.
 */
export const MARKER_RADIUS = { min: 8, max: 22 } as const;
export const REFERENCE_COUNT = 20;
/** A region is drawn as a larger translucent area around the same core. */
export const REGION_EXTRA_RADIUS = 12;

export function markerRadius(count: number, maxCount: number): number {
  const top = Math.max(maxCount, REFERENCE_COUNT);
  const c = Math.min(Math.max(count, 1), top);
  const { min, max } = MARKER_RADIUS;
  return min + (max - min) * Math.sqrt((c - 1) / (top - 1));
}

/**
 * Clusters use the same scale, a little larger so they never look like one place, and are capped at
 * the largest place so that neighbouring clusters (CLUSTER_OPTIONS.radius apart) do not overlap.
 */
export const CLUSTER_RADIUS = { min: 13, max: MARKER_RADIUS.max } as const;

export function clusterRadius(events: number, maxCount: number): number {
  return Math.min(CLUSTER_RADIUS.max, Math.max(CLUSTER_RADIUS.min, markerRadius(events, maxCount) + 4));
}
