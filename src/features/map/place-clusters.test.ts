import { describe, expect, it } from 'vitest';
import type { CrisisEvent } from '../../domain/event.ts';
import { toMapModel } from './map-model.ts';
import { buildPlaceClusters, CLUSTER_OPTIONS, toClusterBbox, type ClusterItem } from './place-clusters.ts';
import { fixtureEvents } from './test-fixtures.ts';

const WORLD = [-180, -90, 180, 90] as [number, number, number, number];

describe('buildPlaceClusters', () => {
  const model = toMapModel(fixtureEvents);
  const clusters = buildPlaceClusters(model.markers, model.maxCount);

  it('gathers nearby places into one named cluster at a low zoom', () => {
    const items = clusters.items(WORLD, 3);
    expect(items).toHaveLength(1);
    const cluster = items[0] as ClusterItem;
    expect(cluster.type).toBe('cluster');
    expect(cluster.label).toBe('Cluster of 4 places — 5 events');
    expect(cluster.events).toBe(5);
    // attack 1 (Pahalgam), armed clash 3 (Kupwara ×2, Poonch), strike 1 (Neelum Valley)
    expect(cluster.byCategory).toEqual([1, 3, 1, 0, 0, 0, 0, 0]);
  });

  it('shows every place once zoomed in past the cluster zoom', () => {
    const items = clusters.items(WORLD, CLUSTER_OPTIONS.maxZoom + 1);
    expect(items.every((i) => i.type === 'place')).toBe(true);
    expect(items).toHaveLength(4);
  });

  it('tells how far to zoom to open a cluster', () => {
    const cluster = clusters.items(WORLD, 3)[0] as ClusterItem;
    expect(clusters.expansionZoom(cluster.id)).toBeGreaterThan(3);
  });

  it('finds the zoom at which a clustered place stands alone', () => {
    const kupwara = model.markers.find((m) => m.name === 'Kupwara')!;
    const z = clusters.unclusteredZoom(kupwara, 3);
    expect(z).toBeGreaterThan(3);
    expect(clusters.items(WORLD, z).some((i) => i.type === 'place' && i.place === kupwara)).toBe(true);
    expect(clusters.items(WORLD, z - 1).some((i) => i.type === 'place' && i.place === kupwara)).toBe(false);
    expect(clusters.unclusteredZoom(kupwara, z + 2)).toBe(z + 2);
  });

  it('returns only what lies in the box', () => {
    expect(clusters.items([0, 0, 10, 10], 5)).toEqual([]);
  });

  it('clusters places, not events: 100,000 events at 1,000 places give 1,000 points', () => {
    const base = fixtureEvents[1] as CrisisEvent;
    const events: CrisisEvent[] = [];
    for (let i = 0; i < 100_000; i++) {
      const p = i % 1000;
      events.push({
        ...base,
        id: `e${i}`,
        location: {
          name: `P${p}`,
          lat: 20 + (p % 40) * 0.3,
          lon: 60 + Math.floor(p / 40) * 0.5,
          precision: 'point',
        },
      } as CrisisEvent);
    }
    const m = toMapModel(events);
    expect(m.markers).toHaveLength(1000);
    const items = buildPlaceClusters(m.markers, m.maxCount).items(WORLD, CLUSTER_OPTIONS.maxZoom + 1);
    expect(items).toHaveLength(1000);
    const low = buildPlaceClusters(m.markers, m.maxCount).items(WORLD, 2);
    const total = low.reduce((s, i) => s + (i.type === 'cluster' ? i.events : i.place.eventCount), 0);
    expect(total).toBe(100_000);
  });
});

describe('toClusterBbox', () => {
  it.each([
    [
      [60, 20, 90, 40],
      [60, 20, 90, 40],
    ],
    [
      [-200, -10, 200, 10],
      [-180, -10, 180, 10],
    ],
    [
      [170, 0, 190, 10],
      [170, 0, -170, 10],
    ],
    [
      [-190, 0, -170, 10],
      [170, 0, -170, 10],
    ],
    [
      [160, -95, 180, 95],
      [160, -90, 180, 90],
    ],
  ])('turns the view %j into %j', ([w, s, e, n], bbox) => {
    expect(toClusterBbox(w!, s!, e!, n!)).toEqual(bbox);
  });
});
