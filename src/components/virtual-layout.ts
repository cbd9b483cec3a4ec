/**
 * Shared pieces for the virtualised lists (TanStack Virtual): layout fallbacks so a list renders a
 * sensible first window where there is no layout (jsdom, a panel not laid out yet), and a range
 * that always keeps some rows mounted (the row holding the roving tab stop or the focus), so
 * keyboard focus is never dropped when those rows scroll out of view.
 */
import {
  defaultRangeExtractor,
  measureElement,
  observeElementRect,
  type Range,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';

/** Size assumed for the scroll box when it measures 0 px (no layout): about 20 rows. */
const FALLBACK_RECT: Rect = { width: 960, height: 640 };

/** `observeElementRect` and `measureElement` options that fall back to estimates when layout says 0. */
export function layoutFallbacks<T extends Element>(estimate: number) {
  return {
    observeElementRect: (instance: Virtualizer<HTMLDivElement, T>, cb: (rect: Rect) => void) =>
      observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT)),
    measureElement: (
      el: T,
      entry: ResizeObserverEntry | undefined,
      instance: Virtualizer<HTMLDivElement, T>,
    ) => {
      const size = measureElement(el, entry, instance);
      return size > 0 ? size : estimate;
    },
  };
}

/** The default window (visible rows + overscan) plus the given indexes, in order. */
export function rangeWith(range: Range, keep: readonly number[]): number[] {
  const indexes = defaultRangeExtractor(range);
  const extra = keep.filter((i) => i >= 0 && i < range.count && !indexes.includes(i));
  return extra.length === 0 ? indexes : [...indexes, ...extra].sort((a, b) => a - b);
}

/**
 * When rendered items turn out taller or shorter than estimated, keep what the reader looks at
 * still: items above the view shift the scroll (the library's default), and at the very end the
 * end stays in view, so dragging the scrollbar to the bottom shows the last item rather than rows
 * that the newly measured ones pushed just past it.
 */
export function keepEndInView<T extends Element>(virtualizer: Virtualizer<HTMLDivElement, T>): void {
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = (item, _delta, v) =>
    item.start < (v.scrollOffset ?? 0) || v.isAtEnd(2);
}
