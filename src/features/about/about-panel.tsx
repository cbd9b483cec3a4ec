/** "About the data": where the events come from and what precision means. */
import { useMemo } from 'react';
import type { CrisisEvent } from '../../domain/event.ts';
import { formatDay } from '../../domain/dates.ts';
import { summariseData } from './about-model.ts';

export function AboutPanel({ events }: { events: readonly CrisisEvent[] }) {
  const s = useMemo(() => summariseData(events), [events]);
  return (
    <div className="about">
      <p>
        {s.total} events
        {s.span ? ` from ${formatDay(s.span.from)} to ${formatDay(s.span.to)}` : ''}. {s.fromArticles} were
        extracted automatically from{' '}
        {s.articleSources === 1 ? 'a news article' : `${s.articleSources} news articles`} (each with the exact
        quote it rests on), {s.fromFactSheet} were coded by hand from a fact sheet of verified reports citing{' '}
        {s.citedPages} public pages, and {s.fromBoth} are backed by both
        {s.addedByUser > 0 ? `; ${s.addedByUser} come from articles you added in this browser` : ''}.
      </p>
      <p>
        Nothing is guessed. A date the source does not give stays unknown: “before 1 May 2025” means the
        report only says it happened by then. A night or span is shown as a range. Places come only from the
        GeoNames gazetteer: a <em>point</em> is a town or site, a <em>district</em> is somewhere in that
        district, a <em>region</em> (e.g. the Line of Control) is an area with no exact point, and a{' '}
        <em>country</em> is somewhere in that country. Casualty figures are shown only as a source states
        them, with who claims them when the sides disagree.
      </p>
      <p className="muted">
        Borders are drawn as they are administered in practice (de facto), from Natural Earth; the Line of
        Control in Kashmir is shown as a dashed line. This implies no position on sovereignty.
      </p>
    </div>
  );
}
