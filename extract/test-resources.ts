/**
 * Test helper: the real gazetteer and actor registry, loaded once, so that stage tests see what the
 * pipeline sees (no hand-made coordinates).
 */
import { createActorRegistry } from '../src/domain/actor-registry.ts';
import { loadDefaultGazetteer } from '../src/domain/gazetteer.ts';
import { registryIndex } from './load-resources.ts';
import type { ExtractResources } from './ports.ts';

let cached: Promise<ExtractResources> | undefined;
export function testResources(): Promise<ExtractResources> {
  cached ??= loadDefaultGazetteer().then((places) => ({
    places,
    actors: registryIndex(createActorRegistry()),
  }));
  return cached;
}

/** An empty registry: for tests of how unknown actors are recognised from the text alone. */
export async function resourcesWithoutRegistry(): Promise<ExtractResources> {
  const { places } = await testResources();
  return { places, actors: { resolve: () => undefined, names: () => [] } };
}
