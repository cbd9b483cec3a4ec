/**
 * On a phone the filters would fill the first screen: there they fold behind a "Filters" button
 * that says how many are active; on wider screens they are always open.
 */
import { useId, useState, useSyncExternalStore, type ReactNode } from 'react';

const NARROW = '(max-width: 600px)';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** True on narrow screens; false where media queries cannot be asked (tests without layout). */
function isNarrow(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(NARROW).matches;
}

/** "Filters", "Filters · 1 active", "Filters · 3 active". */
export function filtersLabel(active: number): string {
  return active === 0 ? 'Filters' : `Filters · ${active} active`;
}

export function CollapsibleFilters({ active, children }: { active: number; children: ReactNode }) {
  const narrow = useSyncExternalStore(subscribe, isNarrow, () => false);
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  if (!narrow) return <>{children}</>;
  return (
    <>
      <button
        type="button"
        className="filters__toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen((v) => !v)}
      >
        {filtersLabel(active)}
        <span aria-hidden="true">{open ? ' ▲' : ' ▼'}</span>
      </button>
      <div id={bodyId} hidden={!open}>
        {children}
      </div>
    </>
  );
}
