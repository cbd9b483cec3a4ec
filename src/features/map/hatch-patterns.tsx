/**
 * Diagonal hatching per category, for shading a whole country: it reads as "somewhere in this
 * country" and, unlike a flat tint, does not look like a political colouring of the country.
 * Paths use it as `fill="url(#id)"` (Leaflet writes fillColor to the fill attribute as given).
 */
import { memo } from 'react';
import { CATEGORY_STYLE } from '../../components/category-palette.ts';
import { CATEGORIES, type Category } from '../../domain/event.ts';

export function hatchId(category: Category): string {
  return `ca-hatch-${category}`;
}

export function hatchFill(category: Category): string {
  return `url(#${hatchId(category)})`;
}

export const HatchPatterns = memo(function HatchPatterns() {
  return (
    <svg className="map-hatch-defs" width={0} height={0} aria-hidden="true" focusable="false">
      <defs>
        {CATEGORIES.map((c) => (
          <pattern
            key={c}
            id={hatchId(c)}
            width={9}
            height={9}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width={9} height={9} fill={CATEGORY_STYLE[c].color} fillOpacity={0.05} />
            <line
              x1={0}
              y1={0}
              x2={0}
              y2={9}
              stroke={CATEGORY_STYLE[c].color}
              strokeWidth={2.5}
              strokeOpacity={0.4}
            />
          </pattern>
        ))}
      </defs>
    </svg>
  );
});
