/** A category's map shape in its colour, for lists and the legend (decoration: the label says it). */
import { CATEGORY_STYLE } from '../../components/category-palette.ts';
import type { Category } from '../../domain/event.ts';
import { shapePath } from './marker-shapes.ts';

export function CategorySwatch({ category, size = 14 }: { category: Category; size?: number }) {
  const style = CATEGORY_STYLE[category];
  const c = size / 2;
  return (
    <svg className="map-swatch" width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true">
      <path d={shapePath(style.shape, c, c, c - 1.5)} fill={style.color} stroke="#fff" strokeWidth={1} />
    </svg>
  );
}
