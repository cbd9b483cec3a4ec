/** Where the events come from, in numbers (pure). */
import { isQuoteEvidence, type CrisisEvent } from '../../domain/event.ts';

export interface DataSummary {
  total: number;
  fromArticles: number;
  fromFactSheet: number;
  fromBoth: number;
  addedByUser: number;
  articleSources: number;
  citedPages: number;
  span?: { from: string; to: string };
}

export function summariseData(events: readonly CrisisEvent[]): DataSummary {
  let fromArticles = 0;
  let fromFactSheet = 0;
  let fromBoth = 0;
  let addedByUser = 0;
  const articles = new Set<string>();
  const pages = new Set<string>();
  let from: string | undefined;
  let to: string | undefined;
  for (const e of events) {
    const hasArticle = e.evidence.some(isQuoteEvidence);
    const hasCitation = e.evidence.some((ev) => !isQuoteEvidence(ev));
    if (e.origins?.includes('user')) addedByUser++;
    else if (hasArticle && hasCitation) fromBoth++;
    else if (hasArticle) fromArticles++;
    else fromFactSheet++;
    for (const ev of e.evidence) (isQuoteEvidence(ev) ? articles : pages).add(ev.source);
    const end = e.date.end ?? e.date.start;
    if (e.date.precision !== 'before' && (from === undefined || e.date.start < from)) from = e.date.start;
    if (to === undefined || end > to) to = end;
  }
  return {
    total: events.length,
    fromArticles,
    fromFactSheet,
    fromBoth,
    addedByUser,
    articleSources: articles.size,
    citedPages: pages.size,
    ...(from !== undefined && to !== undefined && { span: { from, to } }),
  };
}
