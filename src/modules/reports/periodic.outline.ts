/** Where the periodic report's map is drawn: the host countries' outlines (Natural Earth). */
import { countryByIso3 } from '../missions/countries.taxonomy.js';
import type { LayoutOptions } from './periodic.layout.js';

/** The host countries' outlines and a box around them with a little margin. */
export function outlineOf(hostCountries: readonly string[]): LayoutOptions['outline'] {
  const countries = hostCountries.map(countryByIso3).filter((c) => c !== null);
  if (countries.length === 0) return null;
  const box: [number, number, number, number] = [
    Math.min(...countries.map((c) => c.bbox[0])),
    Math.min(...countries.map((c) => c.bbox[1])),
    Math.max(...countries.map((c) => c.bbox[2])),
    Math.max(...countries.map((c) => c.bbox[3])),
  ];
  const pad = Math.max(box[2] - box[0], box[3] - box[1]) * 0.04;
  return {
    rings: countries.flatMap((c) => c.outline),
    bbox: [box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad],
  };
}
