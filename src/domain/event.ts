/**
 * The event contract (shared/events-contract.md) as one zod schema: the only place where data
 * crossing into crisis-atlas (dataset files, extractor output, curated records, user uploads) is
 * checked. Everything downstream trusts the inferred types.
 */
import { z } from 'zod';

export const CATEGORIES = [
  'attack',
  'armed_clash',
  'strike',
  'military_posture',
  'diplomatic_contact',
  'statement',
  'policy_measure',
  'agreement',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const DATE_PRECISIONS = ['day', 'range', 'approximate', 'before'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const PLACE_PRECISIONS = ['point', 'district', 'region', 'country'] as const;
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

export const CONTACT_MODES = ['phone', 'hotline', 'meeting', 'visit', 'video', 'message'] as const;
export type ContactMode = (typeof CONTACT_MODES)[number];

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar day written YYYY-MM-DD (2025-02-30 is not). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'must be a real calendar date written YYYY-MM-DD' })
  .brand<'IsoDate'>();
export type IsoDate = z.infer<typeof IsoDateSchema>;

export const EventIdSchema = z.string().min(1, 'must not be empty').max(200).brand<'EventId'>();
export type EventId = z.infer<typeof EventIdSchema>;

const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as IN');

export const EventDateSchema = z
  .object({
    start: IsoDateSchema,
    end: IsoDateSchema.optional(),
    precision: z.enum(DATE_PRECISIONS),
  })
  .refine((d) => d.end === undefined || d.end >= d.start, {
    message: 'end must not be before start',
    path: ['end'],
  });
export type EventDate = z.infer<typeof EventDateSchema>;

const Latitude = z.number().finite().min(-90).max(90);
const Longitude = z.number().finite().min(-180).max(180);

export const LocationSchema = z
  .object({
    name: z.string().min(1, 'must not be empty').max(300),
    admin1: z.string().max(200).optional(),
    country: CountryCodeSchema.optional(),
    lat: Latitude.optional(),
    lon: Longitude.optional(),
    precision: z.enum(PLACE_PRECISIONS),
  })
  .refine((l) => (l.lat === undefined) === (l.lon === undefined), {
    message: 'lat and lon must be given together',
    path: ['lat'],
  })
  .refine((l) => (l.precision !== 'point' && l.precision !== 'district') || l.lat !== undefined, {
    message: 'a point or district place needs gazetteer coordinates (lat, lon)',
    path: ['lat'],
  });
export type Location = z.infer<typeof LocationSchema>;

export const ActorSchema = z.object({
  name: z.string().min(1, 'must not be empty').max(300),
  role: z.string().max(300).optional(),
  country: CountryCodeSchema.optional(),
  aliases: z.array(z.string().max(300)).optional(),
});
export type Actor = z.infer<typeof ActorSchema>;

/** Evidence quoted from an article: `text.slice(start, end) === quote`. */
export const QuoteEvidenceSchema = z
  .object({
    source: z.string().min(1).max(500),
    quote: z.string().min(1).max(20000),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((e) => e.end - e.start === e.quote.length, {
    message: 'end - start must equal the quote length',
    path: ['end'],
  });
export type QuoteEvidence = z.infer<typeof QuoteEvidenceSchema>;

/** Evidence cited from a public page (the fact sheets): a URL and a note in our own words. */
export const CitationEvidenceSchema = z.object({
  source: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  note: z.string().min(1).max(2000),
});
export type CitationEvidence = z.infer<typeof CitationEvidenceSchema>;

export const EvidenceSchema = z.union([QuoteEvidenceSchema, CitationEvidenceSchema], {
  error: 'must be {source, quote, start, end} or {source (http URL), note}',
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export function isQuoteEvidence(e: Evidence): e is QuoteEvidence {
  return 'quote' in e;
}

/** Where an event came from: an article in the bundled corpus, the curated fact sheet, or the user. */
export const ORIGINS = ['article', 'curated', 'user'] as const;
export type Origin = (typeof ORIGINS)[number];

export const EventSchema = z
  .object({
    id: EventIdSchema,
    category: z.enum(CATEGORIES),
    date: EventDateSchema,
    location: LocationSchema.nullable().optional(),
    actors: z.array(ActorSchema).max(200),
    fatalities: z.number().int().nonnegative().optional(),
    /** Who states the fatality figure when the sides dispute it, e.g. "ISPR (Pakistan Army)". */
    claims: z.string().max(500).optional(),
    contact: z.object({ mode: z.enum(CONTACT_MODES) }).optional(),
    /** What was said during a contact (rule 2: statements made in a call belong to the call). */
    statements: z.array(z.string().max(5000)).optional(),
    summary: z.string().min(1, 'must not be empty').max(5000),
    evidence: z.array(EvidenceSchema).min(1, 'needs at least one evidence entry'),
    origins: z.array(z.enum(ORIGINS)).optional(),
  })
  .refine((e) => e.contact === undefined || e.category === 'diplomatic_contact', {
    message: 'only a diplomatic_contact has a contact mode',
    path: ['contact'],
  });
export type CrisisEvent = z.infer<typeof EventSchema>;
