/**
 * One colour, one map shape and one label per category, shared by the map legend, the chart and
 * the lists so a category looks the same everywhere. Colours follow the Okabe–Ito palette
 * (distinguishable with the common colour-vision deficiencies); shapes add a second cue.
 */
import type { Category } from '../domain/event.ts';

export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle';

export interface CategoryStyle {
  label: string;
  color: string;
  shape: MarkerShape;
}

export const CATEGORY_STYLE: Record<Category, CategoryStyle> = {
  attack: { label: 'Attack', color: '#B2182B', shape: 'triangle' },
  armed_clash: { label: 'Armed clash', color: '#D55E00', shape: 'diamond' },
  strike: { label: 'Strike', color: '#7B3294', shape: 'triangle' },
  military_posture: { label: 'Military posture', color: '#8C6D1F', shape: 'square' },
  diplomatic_contact: { label: 'Diplomatic contact', color: '#0072B2', shape: 'circle' },
  statement: { label: 'Statement', color: '#5E6A71', shape: 'circle' },
  policy_measure: { label: 'Policy measure', color: '#009E73', shape: 'square' },
  agreement: { label: 'Agreement', color: '#1B7837', shape: 'diamond' },
};

export function categoryLabel(c: Category): string {
  return CATEGORY_STYLE[c].label;
}
