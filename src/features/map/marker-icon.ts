/**
 * Leaflet icons for places and clusters, built with DOM APIs (no HTML strings: place names are
 * data and are only ever set as text). Each icon carries its accessible name as aria-label; the
 * Marker's `title` repeats it for mouse users and Leaflet's `keyboard` option makes it a focusable
 * role="button" that opens its popup on Enter.
 */
import { DivIcon, type DivIconOptions } from 'leaflet';
import { CATEGORY_STYLE } from '../../components/category-palette.ts';
import { CATEGORIES } from '../../domain/event.ts';
import type { MarkerPlace } from './map-model.ts';
import { ringSegments, shapePath } from './marker-shapes.ts';
import type { ClusterItem } from './place-clusters.ts';
import { formatCount } from '../../domain/format-count.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

function svgRoot(size: number): SVGSVGElement {
  return svgEl('svg', {
    width: size,
    height: size,
    viewBox: `0 0 ${size} ${size}`,
    'aria-hidden': 'true',
    focusable: 'false',
  });
}

function countText(x: number, y: number, n: number, fontSize: number): SVGTextElement {
  const text = svgEl('text', {
    x,
    y,
    'text-anchor': 'middle',
    'dominant-baseline': 'central',
    'font-size': fontSize,
    class: 'map-marker__count',
  });
  text.textContent = n > 9999 ? `${Math.round(n / 1000)}k` : formatCount(n);
  return text;
}

/** A DivIcon whose element is rebuilt from `build` each time Leaflet creates it, with an aria-label. */
export class AccessibleIcon extends DivIcon {
  readonly label: string;
  private readonly build: () => Element[];

  constructor(label: string, build: () => Element[], options: DivIconOptions) {
    super({ ...options, html: false });
    this.label = label;
    this.build = build;
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const div = super.createIcon(oldIcon);
    div.replaceChildren(...this.build());
    div.setAttribute('aria-label', this.label);
    // Set here rather than as the Marker's `title` option, which Leaflet never updates after creation.
    div.title = this.label;
    return div;
  }
}

/** Icon box size for a place: room for the composition ring and the focus outline. */
export function placeIconSize(place: Pick<MarkerPlace, 'radius' | 'kind'>): number {
  return Math.max(24, Math.ceil(2 * (place.radius + (place.kind === 'region' ? 3 : 6))));
}

function buildPointSvg(place: MarkerPlace, size: number): SVGSVGElement {
  const svg = svgRoot(size);
  const c = size / 2;
  const r = place.radius;
  const dominant = CATEGORY_STYLE[place.dominant];
  svg.append(svgEl('circle', { cx: c, cy: c, r: r + 4.5, class: 'map-marker__halo' }));
  if (place.categories.length > 1) {
    for (const seg of ringSegments(
      place.categories.map((x) => x.count),
      c,
      c,
      r + 3,
    )) {
      const category = place.categories[seg.index]?.category ?? place.dominant;
      svg.append(
        svgEl('path', { d: seg.d, fill: 'none', stroke: CATEGORY_STYLE[category].color, 'stroke-width': 3 }),
      );
    }
  }
  svg.append(
    svgEl('path', {
      d: shapePath(dominant.shape, c, c, place.categories.length > 1 ? r - 1 : r),
      fill: dominant.color,
      class: 'map-marker__shape',
    }),
  );
  if (place.eventCount > 1)
    svg.append(countText(c, c + 0.5, place.eventCount, Math.max(9, Math.min(14, r * 0.9))));
  return svg;
}

function buildRegionSvg(place: MarkerPlace, size: number): SVGSVGElement {
  const svg = svgRoot(size);
  const c = size / 2;
  const dominant = CATEGORY_STYLE[place.dominant];
  svg.append(
    svgEl('circle', {
      cx: c,
      cy: c,
      r: place.radius,
      fill: dominant.color,
      stroke: dominant.color,
      class: 'map-marker__area',
    }),
  );
  svg.append(
    svgEl('path', {
      d: shapePath(dominant.shape, c, c, 7),
      fill: dominant.color,
      class: 'map-marker__shape',
    }),
  );
  return svg;
}

export function placeIcon(place: MarkerPlace, selected: boolean): AccessibleIcon {
  const size = placeIconSize(place);
  const region = place.kind === 'region';
  return new AccessibleIcon(
    place.label,
    () => {
      if (!region) return [buildPointSvg(place, size)];
      const caption = document.createElement('span');
      caption.className = 'map-marker__caption';
      caption.setAttribute('aria-hidden', 'true');
      caption.textContent = `${place.name} (region)`;
      return [buildRegionSvg(place, size), caption];
    },
    {
      className: `map-marker map-marker--${region ? 'region' : 'point'}${selected ? ' is-selected' : ''}`,
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
      popupAnchor: [0, -Math.min(size / 2, place.radius)],
    },
  );
}

export function clusterIcon(item: ClusterItem): AccessibleIcon {
  const size = Math.ceil(2 * (item.radius + 5));
  return new AccessibleIcon(
    item.label,
    () => {
      const svg = svgRoot(size);
      const c = size / 2;
      svg.append(svgEl('circle', { cx: c, cy: c, r: item.radius + 4, class: 'map-marker__cluster-ring' }));
      // The ring shows what the cluster holds, by category, in proportion.
      for (const seg of ringSegments(item.byCategory, c, c, item.radius + 2)) {
        const category = CATEGORIES[seg.index] ?? 'statement';
        svg.append(
          svgEl('path', {
            d: seg.d,
            fill: 'none',
            stroke: CATEGORY_STYLE[category].color,
            'stroke-width': 4,
          }),
        );
      }
      svg.append(svgEl('circle', { cx: c, cy: c, r: item.radius - 1, class: 'map-marker__cluster' }));
      svg.append(countText(c, c + 0.5, item.events, Math.max(10, Math.min(15, item.radius * 0.7))));
      return [svg];
    },
    { className: 'map-marker map-marker--cluster', iconSize: [size, size], iconAnchor: [size / 2, size / 2] },
  );
}

/**
 * A country name on the basemap: text only, not interactive, hidden from assistive technology (the
 * basemap is decoration; places are named by their markers). The outer box is 0×0 at the anchor and
 * the text is centred on it by CSS, since Leaflet owns the outer element's transform.
 */
export class CountryLabelIcon extends DivIcon {
  private readonly text: string;

  constructor(text: string) {
    super({ className: 'map-country-label', iconSize: [0, 0], html: false });
    this.text = text;
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const div = super.createIcon(oldIcon);
    const span = document.createElement('span');
    span.textContent = this.text;
    div.replaceChildren(span);
    div.setAttribute('aria-hidden', 'true');
    return div;
  }
}
