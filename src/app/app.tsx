/**
 * The dashboard: one dataset, one view state (in the URL), one selection; every panel renders a
 * slice of the same filtered set. Heavy panels (map, chart) are lazy chunks.
 */
import { useQuery } from '@tanstack/react-query';
import {
  lazy,
  memo,
  Suspense,
  useCallback,
  useDeferredValue,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { datasetQuery } from '../data/events-query.ts';
import { DEFAULT_DATASET } from '../data/load-events.ts';
import { describeLoadProgress, getLoadProgress, subscribeLoadProgress } from '../data/load-progress.ts';
import type { CrisisEvent } from '../domain/event.ts';
import { activeFilters, hasFilters, type ViewState } from '../domain/view-state.ts';
import { formatDay } from '../domain/dates.ts';
import { FilterBar } from '../features/filters/filter-bar.tsx';
import { EventsList } from '../features/events/events-list.tsx';
import { EventDetail } from '../features/events/event-detail.tsx';
import { SourceViewer } from '../features/source/source-viewer.tsx';
import { AboutPanel } from '../features/about/about-panel.tsx';
import { ContactsPanel } from '../features/contacts/contacts-panel.tsx';
import { YourArticles } from '../features/byo/your-articles.tsx';
import { useUserEvents, withUserEvents } from '../features/byo/use-user-articles.ts';
import { DataProblemsNotice, UrlNotices } from './notices.tsx';
import { PanelBoundary } from './panel-boundary.tsx';
import { CollapsibleFilters } from './collapsible-filters.tsx';
import { createSelector, type Selection } from './select.ts';
import { useViewState } from './use-view-state.ts';
import { formatCount } from '../domain/format-count.ts';

const EventMap = lazy(() => import('../features/map/event-map.tsx').then((m) => ({ default: m.EventMap })));
const TimelineChart = lazy(() =>
  import('../features/timeline/timeline-chart.tsx').then((m) => ({ default: m.TimelineChart })),
);

function Panel({
  label,
  title,
  className,
  id,
  children,
  actions,
}: {
  label: string;
  title?: string;
  className?: string;
  id?: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <section aria-label={label} className={`panel ${className ?? ''}`} id={id}>
      <header className="panel-header">
        <h2>{title ?? label}</h2>
        {actions}
      </header>
      <PanelBoundary name={label}>
        <Suspense fallback={<p className="muted">Loading {label.toLowerCase()}…</p>}>{children}</Suspense>
      </PanelBoundary>
    </section>
  );
}

export function App() {
  const { view, notices, setView } = useViewState();
  const datasetPath = view.dataset ?? DEFAULT_DATASET;
  const dataset = useQuery(datasetQuery(datasetPath));
  const [source, setSource] = useState<{ source: string; focus?: { start: number; end: number } } | null>(
    null,
  );

  // The reader's own articles (IndexedDB) join the dataset before the one selection every view uses.
  const userEvents = useUserEvents();
  const datasetEvents = dataset.data?.events ?? EMPTY;
  const events = useMemo(
    () => withUserEvents(datasetEvents, userEvents.events),
    [datasetEvents, userEvents.events],
  );
  // The index is built once per dataset; each view change is one query against it. The views
  // follow a deferred copy of the view state: a click on a filter is shown at once, and React
  // redraws the panels in the background (interruptible), marking them busy meanwhile.
  // A new set of events (a dataset, the reader's articles) is drawn in the background too: the
  // first drawing of 100,000 events is interruptible work instead of one long freeze.
  const shownEvents = useDeferredValue(events);
  const prebuiltIndex = dataset.data?.index;
  const selector = useMemo(() => createSelector(shownEvents, prebuiltIndex), [shownEvents, prebuiltIndex]);
  const shownView = useDeferredValue(view);
  const updating = shownView !== view || shownEvents !== events;
  const firstDrawing = dataset.data !== undefined && shownEvents.length === 0 && events.length > 0;
  const selection = useMemo(() => selector.select(shownView), [selector, shownView]);

  const change = useCallback(
    (patch: Partial<ViewState>, replace = false) => setView(patch, { replace }),
    [setView],
  );
  const toggleActor = useCallback(
    (name: string) =>
      setView((v) => ({
        ...v,
        actors: v.actors.includes(name) ? v.actors.filter((a) => a !== name) : [...v.actors, name],
      })),
    [setView],
  );
  const selectEvent = useCallback((id: string) => setView({ event: id }), [setView]);
  const reset = useCallback(
    () => setView((v) => ({ actors: [], categories: [], ...(v.dataset && { dataset: v.dataset }) })),
    [setView],
  );
  const openSource = useCallback(
    (src: string, _evidenceIndex: number, focus?: { start: number; end: number }) =>
      setSource({ source: src, ...(focus && { focus }) }),
    [],
  );

  const linkNotices = [...notices];
  if (
    dataset.data &&
    userEvents.ready &&
    shownEvents === events &&
    view.event !== undefined &&
    !selection.selected
  )
    linkNotices.push('The linked event is not in this dataset.');
  if (dataset.data) {
    const known = new Set(selection.actorCounts.map((a) => a.name));
    for (const a of view.actors)
      if (!known.has(a) && !events.some((e) => e.actors.some((x) => x.name === a)))
        linkNotices.push(`No event names the actor “${a}”.`);
  }

  const total = shownEvents.length;
  const matched = selection.filtered.length;

  return (
    <div className="app">
      <a className="skip-link" href="#events-panel">
        Skip to the events list
      </a>
      <header className="app-header">
        <div>
          <h1>crisis-atlas</h1>
          <p className="tagline">
            {view.dataset ? `Dataset ${view.dataset}` : 'India–Pakistan crisis after the Pahalgam attack'}
            {selection.span ? ` · ${formatDay(selection.span.from)} – ${formatDay(selection.span.to)}` : ''}
          </p>
        </div>
        <nav className="header-links" aria-label="Page">
          <a href="#your-articles">Add articles</a>
          <a href="#about-the-data">About the data</a>
        </nav>
        <p className="match-count" aria-live="polite">
          {dataset.data ? (
            <>
              <strong>{formatCount(matched)}</strong> of {formatCount(total)} events
            </>
          ) : null}
        </p>
      </header>

      <UrlNotices notices={linkNotices} />
      {dataset.data ? (
        <DataProblemsNotice problems={dataset.data.problems} total={dataset.data.total} path={datasetPath} />
      ) : null}

      {dataset.isPending || firstDrawing ? (
        <LoadingStatus path={datasetPath} drawing={firstDrawing ? events.length : undefined} />
      ) : dataset.isError ? (
        <div className="panel-error panel-error--page" role="alert">
          <h2>The events could not be loaded</h2>
          <p>{dataset.error.message}</p>
          <button type="button" onClick={() => void dataset.refetch()}>
            Retry
          </button>
          {view.dataset ? (
            <button type="button" onClick={() => setView({ dataset: undefined })}>
              Load the bundled dataset instead
            </button>
          ) : null}
        </div>
      ) : (
        <>
          <section aria-label="Filters" className="filters">
            <CollapsibleFilters active={activeFilters(view)}>
              <FilterBar
                view={view}
                span={selection.span}
                actors={selection.actorCounts}
                categoryCounts={selection.categoryCounts}
                onChange={(patch) => change(patch)}
                onReset={reset}
                canReset={hasFilters(view)}
              />
            </CollapsibleFilters>
          </section>
          {matched === 0 ? (
            <div className="notice notice--info empty-state" role="status">
              <p>
                No events match these filters.{' '}
                <button type="button" onClick={reset}>
                  Reset filters
                </button>
              </p>
            </div>
          ) : null}
          <DashboardViews
            events={shownEvents}
            selection={selection}
            view={shownView}
            updating={updating}
            change={change}
            toggleActor={toggleActor}
            selectEvent={selectEvent}
            openSource={openSource}
          />
        </>
      )}
      {source ? (
        <SourceViewer
          source={source.source}
          {...(source.focus && { focus: source.focus })}
          events={events}
          onClose={() => setSource(null)}
          onSelectEvent={(id) => {
            setSource(null);
            selectEvent(id);
          }}
        />
      ) : null}
    </div>
  );
}

interface DashboardViewsProps {
  events: readonly CrisisEvent[];
  selection: Selection;
  /** The (deferred) view state the selection answers. */
  view: ViewState;
  /** A newer view state is being drawn. */
  updating: boolean;
  change: (patch: Partial<ViewState>, replace?: boolean) => void;
  toggleActor: (name: string) => void;
  selectEvent: (id: string) => void;
  openSource: (src: string, evidenceIndex: number, focus?: { start: number; end: number }) => void;
}

/**
 * Every panel that shows the selection. Memoised as a whole: while a filter change is pending, the
 * page re-renders the filter bar only, and this subtree is redrawn once, with the new selection.
 */
const DashboardViews = memo(function DashboardViews({
  events,
  selection,
  view,
  updating,
  change,
  toggleActor,
  selectEvent,
  openSource,
}: DashboardViewsProps) {
  const { from, to } = view;
  const range = useMemo(() => ({ ...(from && { from }), ...(to && { to }) }), [from, to]);
  const changeRange = useCallback(
    (r: { from?: string; to?: string }, opts: { replace: boolean }) =>
      change({ from: r.from as ViewState['from'], to: r.to as ViewState['to'] }, opts.replace),
    [change],
  );
  const closeEvent = useCallback(() => change({ event: undefined }), [change]);
  return (
    <main className="dashboard" aria-busy={updating}>
      <Panel label="Map" className="panel--map">
        <EventMap
          events={selection.filtered}
          placeGrouping={selection.placeGrouping}
          selectedEventId={view.event}
          onSelectEvent={selectEvent}
          height={MAP_HEIGHT}
        />
      </Panel>
      <Panel label="Chronology" className="panel--timeline">
        {selection.span ? (
          <TimelineChart
            events={selection.filtered}
            span={selection.span}
            {...(selection.dayCounts && { dayCounts: selection.dayCounts })}
            range={range}
            onRangeChange={changeRange}
          />
        ) : (
          <p className="muted">No dated events.</p>
        )}
      </Panel>
      <Panel label="Diplomatic contacts" className="panel--contacts">
        <ContactsPanel
          events={selection.filtered}
          selectedActors={view.actors}
          contactPairs={selection.contactPairs}
          onToggleActor={toggleActor}
          onSelectEvent={selectEvent}
          onOpenSource={openSource}
        />
      </Panel>
      <section aria-label="Events" className="panel panel--events" id="events-panel">
        <header className="panel-header">
          <h2>Events</h2>
        </header>
        <div className="events-layout">
          <PanelBoundary name="Events">
            {selection.selected ? (
              <EventDetail
                key={selection.selected.id}
                event={selection.selected}
                onClose={closeEvent}
                onOpenSource={openSource}
                onToggleActor={toggleActor}
              />
            ) : null}
            <EventsList
              events={selection.filtered}
              selectedEventId={view.event}
              onSelectEvent={selectEvent}
            />
          </PanelBoundary>
        </div>
      </section>
      <Panel label="Your articles" className="panel--byo" id="your-articles">
        <YourArticles viewEvents={selection.filtered} view={view} onOpenSource={openSource} />
      </Panel>
      <Panel label="About the data" className="panel--about" id="about-the-data">
        <AboutPanel events={events} />
      </Panel>
    </main>
  );
});

function LoadingStatus({ path, drawing }: { path: string; drawing?: number | undefined }) {
  const progress = useSyncExternalStore(subscribeLoadProgress, () => getLoadProgress(path));
  return (
    <p className="loading" role="status">
      {drawing !== undefined ? `Drawing ${formatCount(drawing)} events…` : describeLoadProgress(progress)}
    </p>
  );
}

const EMPTY: readonly CrisisEvent[] = [];
/** Tall enough to read Kashmir at a glance; the panel scrolls on small screens. */
const MAP_HEIGHT = 560;
