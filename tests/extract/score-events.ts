/**
 * The scoring rules of shared/tools/score-extraction.mjs (shared/events-contract.md, "How
 * extraction quality is judged"), as a function, so the golden tests run without ../shared.
 */
export interface RefEvent {
  category: string;
  date: { start: string; end?: string; precision: string };
  location?: { name: string; precision: string; lat?: number; lon?: number } | null;
  actors?: { name: string; aliases?: string[] }[];
}
export interface GoldFile {
  article: string;
  events: RefEvent[];
}
export interface PredEvent extends RefEvent {
  evidence?: { source?: string }[];
}

const words = (s: unknown) =>
  String(s ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const base = (s: string) => s.split('/').pop() ?? s;

function dateMatches(r: RefEvent['date'], g: RefEvent['date']): boolean {
  const rs = r.start.slice(0, 10);
  const re = (r.end ?? r.start).slice(0, 10);
  const gs = g.start.slice(0, 10);
  const ge = (g.end ?? g.start).slice(0, 10);
  if (r.precision === 'before') return gs <= rs;
  return gs <= re && rs <= ge;
}

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function placeMatches(ref: RefEvent['location'], got: RefEvent['location']): boolean {
  if (!ref || !['point', 'district'].includes(ref.precision)) return true;
  if (!got) return false;
  const rn = words(ref.name);
  const gn = words(got.name);
  if (rn && gn && (rn === gn || ` ${gn} `.includes(` ${rn} `))) return true;
  if (ref.lat !== undefined && ref.lon !== undefined && got.lat !== undefined && got.lon !== undefined)
    return km({ lat: ref.lat, lon: ref.lon }, { lat: got.lat, lon: got.lon }) <= 25;
  return false;
}

function actorsMatch(ref: RefEvent['actors'], got: RefEvent['actors']): boolean {
  if (!ref?.length) return true;
  const g = (got ?? []).map((a) => ` ${words(a.name)} `);
  return ref.some((r) =>
    [words(r.name).split(' ').filter(Boolean).pop(), ...(r.aliases ?? []).map(words)]
      .filter(Boolean)
      .some((k) => g.some((x) => x.includes(` ${k} `))),
  );
}

const matches = (ref: RefEvent, got: RefEvent) =>
  ref.category === got.category &&
  dateMatches(ref.date, got.date) &&
  placeMatches(ref.location, got.location) &&
  actorsMatch(ref.actors, got.actors);

export interface Score {
  matched: number;
  predicted: number;
  reference: number;
  precision: number;
  recall: number;
  f1: number;
}

export function scoreEvents(gold: GoldFile[], pred: PredEvent[]): Score {
  let tp = 0;
  let nPred = 0;
  let nRef = 0;
  for (const g of gold) {
    const mine = pred.filter((e) => base(String(e.evidence?.[0]?.source ?? '')) === base(g.article));
    const used = new Set<number>();
    for (const ref of g.events) {
      const j = mine.findIndex((e, k) => !used.has(k) && matches(ref, e));
      if (j >= 0) {
        used.add(j);
        tp++;
      }
    }
    nPred += mine.length;
    nRef += g.events.length;
  }
  const precision = nPred ? tp / nPred : 0;
  const recall = nRef ? tp / nRef : 0;
  return {
    matched: tp,
    predicted: nPred,
    reference: nRef,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
}
