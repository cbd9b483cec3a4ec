/**
 * The default resources: the project's gazetteer and actor registry (src/domain). Loaded once;
 * callers that have their own (a test stub, a Worker with preloaded data) pass them to
 * extractEvents directly.
 */
import { loadDefaultGazetteer } from '../src/domain/gazetteer.ts';
import type { ActorIndex, ExtractResources } from './ports.ts';

const EMPTY_ACTORS: ActorIndex = { resolve: () => undefined, names: () => [] };

let cached: Promise<ExtractResources> | undefined;

export function loadExtractResources(): Promise<ExtractResources> {
  cached ??= loadDefaultGazetteer().then((places) => ({ places, actors: EMPTY_ACTORS }));
  return cached;
}
