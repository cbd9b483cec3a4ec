/**
 * The default resources: the project's gazetteer and actor registry (src/domain). Loaded once;
 * callers that have their own (a test stub, a Worker with preloaded data) pass them to
 * extractEvents directly.
 */
import { createActorRegistry, type ActorRegistry } from '../src/domain/actor-registry.ts';
import { loadDefaultGazetteer } from '../src/domain/gazetteer.ts';
import type { Actor } from '../src/domain/event.ts';
import type { ActorIndex, ExtractResources } from './ports.ts';

/** The registry seen through the extractor's port: canonical contract actors and every known name. */
export function registryIndex(registry: ActorRegistry): ActorIndex {
  const names = registry.all().flatMap((a) => [a.name, ...a.aliases.filter((x) => !x.startsWith('@'))]);
  // names recur through an article and a corpus: resolve each spelling once
  const cache = new Map<string, Actor | null>();
  return {
    resolve: (written) => {
      let v = cache.get(written);
      if (v === undefined) {
        const r = registry.resolve(written);
        cache.set(written, (v = r ? registry.toActor(r) : null));
      }
      return v ?? undefined;
    },
    names: () => names,
  };
}

let cached: Promise<ExtractResources> | undefined;

export function loadExtractResources(): Promise<ExtractResources> {
  cached ??= loadDefaultGazetteer().then((places) => ({
    places,
    actors: registryIndex(createActorRegistry()),
  }));
  return cached;
}
