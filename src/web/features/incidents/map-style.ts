/** The map's style: the bundled Natural Earth countries and the incident layers (no tiles, no glyphs). */
import type * as maplibregl from 'maplibre-gl';
import countriesUrl from '../../../../assets/basemap/ne_110m_admin_0_countries.geojson?url';
import { categoryColours } from './categories.js';

export const empty = { type: 'FeatureCollection' as const, features: [] };

const colourByCategory = [
  'match',
  ['get', 'category'],
  ...Object.entries(categoryColours).flat(),
  '#495057',
] as unknown as maplibregl.ExpressionSpecification;

export function mapStyle(hostCountries: string[]): maplibregl.StyleSpecification {
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: countriesUrl },
      incidents: {
        type: 'geojson',
        data: empty,
        cluster: true,
        clusterRadius: 40,
        clusterMaxZoom: 11,
        clusterProperties: { fatalities: ['+', ['get', 'fatalities']] },
      },
      cells: { type: 'geojson', data: empty },
      // The selected incident on its own, so its ring shows even inside a cluster.
      selected: { type: 'geojson', data: empty },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#d6e6f2' } },
      {
        id: 'land',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': '#ebe6da' },
      },
      {
        id: 'host',
        type: 'fill',
        source: 'countries',
        filter: ['in', ['get', 'adm0_a3'], ['literal', hostCountries]],
        paint: { 'fill-color': '#fbf9f3' },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': '#9a9386', 'line-width': 0.8 },
      },
      {
        id: 'cells',
        type: 'circle',
        source: 'cells',
        paint: {
          'circle-color': '#1c3d5a',
          'circle-opacity': 0.55,
          'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'count']], 1, 6, 100, 40],
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 1,
        },
      },
      {
        id: 'clusters',
        type: 'circle',
        source: 'incidents',
        filter: ['has', 'point_count'],
        paint: {
          'circle-color': '#1c3d5a',
          'circle-opacity': 0.6,
          'circle-radius': [
            'interpolate',
            ['linear'],
            ['sqrt', ['get', 'point_count']],
            1,
            10,
            40,
            36,
          ],
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 1.5,
        },
      },
      {
        id: 'points',
        type: 'circle',
        source: 'incidents',
        filter: ['!', ['has', 'point_count']],
        paint: {
          'circle-color': colourByCategory,
          'circle-radius': [
            'interpolate',
            ['linear'],
            ['sqrt', ['get', 'fatalities']],
            0,
            4,
            10,
            16,
          ],
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 1,
          'circle-opacity': 0.85,
        },
      },
      {
        id: 'selected',
        type: 'circle',
        source: 'selected',
        paint: {
          'circle-color': 'rgba(0,0,0,0)',
          'circle-radius': 14,
          'circle-stroke-color': '#f0a500',
          'circle-stroke-width': 3,
        },
      },
    ],
  };
}
