/** The legend: categories on the map, what sizes and outlines mean, clusters and the de facto lines. */
import { memo } from 'react';
import { categoryLabel } from '../../components/category-palette.ts';
import type { Category } from '../../domain/event.ts';
import { LAC_LABEL, LOC_LABEL } from './basemap-layers.tsx';
import { CategorySwatch } from './category-swatch.tsx';
import { LAC_STYLE, LOC_STYLE } from './map-styles.ts';

export interface MapLegendProps {
  categories: readonly Category[];
  showRegion: boolean;
  showCountry: boolean;
}

function LineSwatch({ dash, weight }: { dash: string; weight: number }) {
  return (
    <svg
      className="map-swatch map-swatch--line"
      width={28}
      height={10}
      viewBox="0 0 28 10"
      aria-hidden="true"
    >
      <line x1={1} y1={5} x2={27} y2={5} stroke="#3d3d3d" strokeWidth={weight} strokeDasharray={dash} />
    </svg>
  );
}

export const MapLegend = memo(function MapLegend({ categories, showRegion, showCountry }: MapLegendProps) {
  return (
    <div className="map-legend">
      <p className="map-legend__title" id="map-legend-title">
        Legend
      </p>
      <ul className="map-legend__list" aria-labelledby="map-legend-title">
        {categories.map((c) => (
          <li key={c}>
            <CategorySwatch category={c} /> {categoryLabel(c)}
          </li>
        ))}
        <li>
          <svg className="map-swatch" width={30} height={18} viewBox="0 0 30 18" aria-hidden="true">
            <circle cx={5} cy={12} r={4} className="map-legend__size" />
            <circle cx={20} cy={9} r={8} className="map-legend__size" />
          </svg>{' '}
          Larger mark = more events; a ring shows the mix of categories
        </li>
        {showRegion && (
          <li>
            <svg className="map-swatch" width={18} height={18} viewBox="0 0 18 18" aria-hidden="true">
              <circle cx={9} cy={9} r={7.5} className="map-legend__region" />
            </svg>{' '}
            Region — approximate area, not an exact point
          </li>
        )}
        {showCountry && (
          <li>
            <svg className="map-swatch" width={18} height={14} viewBox="0 0 18 14" aria-hidden="true">
              <rect x={1} y={1} width={16} height={12} className="map-legend__country" />
            </svg>{' '}
            Shaded country — place within the country not given
          </li>
        )}
        <li>
          <svg className="map-swatch" width={20} height={20} viewBox="0 0 20 20" aria-hidden="true">
            <circle cx={10} cy={10} r={9} className="map-marker__cluster-ring" />
            <circle cx={10} cy={10} r={7} className="map-marker__cluster" />
          </svg>{' '}
          Cluster of places (opens on click)
        </li>
        <li>
          <LineSwatch dash={String(LOC_STYLE.dashArray)} weight={2} /> {LOC_LABEL}
        </li>
        <li>
          <LineSwatch dash={String(LAC_STYLE.dashArray)} weight={1.6} /> {LAC_LABEL}
        </li>
      </ul>
    </div>
  );
});
