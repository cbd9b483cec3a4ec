import { describe, expect, it } from 'vitest';
import {
  CLUSTER_RADIUS,
  clusterRadius,
  MARKER_RADIUS,
  markerRadius,
  REFERENCE_COUNT,
} from './marker-scale.ts';
import { CLUSTER_OPTIONS } from './place-clusters.ts';

describe('markerRadius', () => {
  it.each([
    [1, 2, MARKER_RADIUS.min],
    [REFERENCE_COUNT, REFERENCE_COUNT, MARKER_RADIUS.max],
    [100, 100, MARKER_RADIUS.max],
    [1, 100, MARKER_RADIUS.min],
    [0, 5, MARKER_RADIUS.min],
    [500, 100, MARKER_RADIUS.max],
  ])('gives %d of max %d a radius of %d', (count, max, r) => {
    expect(markerRadius(count, max)).toBeCloseTo(r);
  });

  it('grows the area, not the radius, with the count', () => {
    const area = (n: number) => (markerRadius(n, 101) - MARKER_RADIUS.min) ** 2;
    expect(area(101) / area(26)).toBeCloseTo(4);
  });

  it('never shrinks as the count grows', () => {
    for (let n = 1; n < 300; n++)
      expect(markerRadius(n + 1, 300)).toBeGreaterThanOrEqual(markerRadius(n, 300));
  });

  it('draws a small cluster larger than one of its places, and caps big ones', () => {
    expect(clusterRadius(2, 10)).toBeGreaterThan(markerRadius(2, 10));
    expect(clusterRadius(10_000, 10)).toBe(CLUSTER_RADIUS.max);
  });

  it('keeps two neighbouring clusters from overlapping', () => {
    expect(2 * (CLUSTER_RADIUS.max + 5)).toBeLessThanOrEqual(CLUSTER_OPTIONS.radius);
  });
});
