/**
 * What the pipeline needs from the outside world, as narrow interfaces: the gazetteer
 * (src/domain/gazetteer.ts satisfies PlaceIndex) and the actor registry. Passing them in keeps
 * every stage pure and lets the same code run in Node, in a test with a stub, and in a Worker.
 */
import type { Actor, PlacePrecision } from '../src/domain/event.ts';

export interface PlaceRecord {
  name: string;
  admin1?: string;
  country?: string;
  lat?: number;
  lon?: number;
  kind: 'city' | 'locality' | 'region' | 'border' | 'sea' | 'country';
  /** for a locality without coordinates: the district place it lies in */
  district?: string;
  population?: number;
  /** GeoNames feature code: PPLC for a capital */
  featureCode?: string;
}

export interface PlaceIndex {
  /** `notableElsewhere`: outside `countries`, only towns known abroad (see the gazetteer's option) */
  lookup(name: string, opts?: { countries?: string[]; notableElsewhere?: boolean }): PlaceRecord | undefined;
  /** `notableOnly`: only places known beyond their own country (no villages, no GeoNames alternate
   * names), for the actor stage, which reads a name before it knows the article's countries */
  has(name: string, opts?: { notableOnly?: boolean }): boolean;
  /** a country by code, name or demonym; `demonym` is its longest ("Pakistani") */
  country(codeOrNameOrDemonym: string): { code: string; name: string; demonym?: string } | undefined;
  /** a country's capital */
  capital?(countryCode: string): PlaceRecord | undefined;
}

export interface ActorIndex {
  /** Canonical actor for a name as written ("Raksha Mantri Shri Rajnath Singh", "Pakistani military"). */
  resolve(nameAsWritten: string): Actor | undefined;
  /** Every name and alias the registry knows, to scan text for untitled mentions. */
  names(): readonly string[];
}

export interface ExtractResources {
  places: PlaceIndex;
  actors: ActorIndex;
}

export type { Actor, PlacePrecision };
