/**
 * Places on the maps (issue 18): lakes, rivers, towns, airports and region names around what the
 * map shows, from the server's bundled Natural Earth (`GET /api/places`, nothing fetched from
 * outside). Lakes and rivers are drawn by MapLibre under the data; names are HTML labels (the
 * map has no font glyphs, and the browser shapes every script), placed most prominent first and
 * never over one another, in French where Natural Earth has a French name and French is read.
 */
import * as maplibregl from 'maplibre-gl';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { PlaceCollection } from '../../modules/missions/places.schema.js';
import { useI18n, type Locale } from '../i18n/i18n.js';
import { read } from './api-client.js';
import { whenLoaded } from './map-load.js';

type Feature = PlaceCollection['features'][number];
const empty: PlaceCollection = { type: 'FeatureCollection', truncated: false, features: [] };

/** The most labels on the map at once. */
const labelLimit = 60;

/** The layers, under `beforeId` (the first data layer) so incidents and cells stay on top. */
function addLayers(m: maplibregl.Map, beforeId: string | undefined): void {
  m.addSource('surroundings', { type: 'geojson', data: empty });
  const layers: maplibregl.LayerSpecification[] = [
    {
      id: 'lakes',
      type: 'fill',
      source: 'surroundings',
      filter: ['==', ['get', 'k'], 'lake'],
      paint: { 'fill-color': '#b9d3ea', 'fill-outline-color': '#8fb3d6' },
    },
    {
      id: 'rivers',
      type: 'line',
      source: 'surroundings',
      filter: ['==', ['get', 'k'], 'river'],
      paint: {
        'line-color': '#8fb3d6',
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 8, 1.6, 12, 2.5],
      },
    },
    {
      id: 'places',
      type: 'circle',
      source: 'surroundings',
      filter: ['in', ['get', 'k'], ['literal', ['place', 'airport']]],
      paint: {
        'circle-color': ['case', ['==', ['get', 'k'], 'airport'], '#6c5a8a', '#3d3d3d'],
        'circle-radius': ['case', ['==', ['get', 'cap'], 1], 4, 2.5],
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 1,
      },
    },
  ];
  for (const layer of layers) m.addLayer(layer, beforeId);
}

function nameOf(f: Feature, locale: Locale): string | null {
  const p = f.properties;
  const name = locale === 'fr' && p.fr ? p.fr : p.n;
  if (!name) return null;
  return p.k === 'airport' && p.iata ? `${name} (${p.iata})` : name;
}

/** Which features get a name at this zoom, in the order they are placed. */
function labelCandidates(features: Feature[], zoom: number): Feature[] {
  const rank = (f: Feature) =>
    f.properties.k === 'place'
      ? f.properties.cap === 1
        ? 0
        : 1
      : f.properties.k === 'region'
        ? 3
        : 2;
  return features
    .filter((f) => {
      const p = f.properties;
      if (f.geometry.type !== 'Point' || !p.n) return false;
      if (p.k === 'place') return p.z <= zoom + 1; // every dot drawn has its name, room allowing
      // Airports once zoomed past their rank; region names in the middle zooms only.
      if (p.k === 'airport') return zoom >= Math.max(6, p.z - 1);
      if (p.k === 'region') return zoom >= 5 && zoom <= 9 && p.z <= zoom;
      return false;
    })
    .sort((a, b) => rank(a) - rank(b) || a.properties.z - b.properties.z);
}

/**
 * Adds the surroundings to a map and keeps them in step with its view. `beforeId` is the first
 * layer the surroundings must stay under. `relabel` after the language changes; `dispose` with the
 * map.
 */
export function showSurroundings(
  m: maplibregl.Map,
  options: { locale: () => Locale; beforeId?: string },
): { relabel: () => void; dispose: () => void } {
  let shownKey = '';
  let data: PlaceCollection = empty;
  let abort: AbortController | null = null;
  const labels = new Map<string, maplibregl.Marker>();

  const placeLabels = () => {
    const zoom = m.getZoom();
    const width = m.getContainer().clientWidth;
    const height = m.getContainer().clientHeight;
    const taken: [number, number, number, number][] = [];
    const keep = new Set<string>();
    for (const f of labelCandidates(data.features, zoom)) {
      if (keep.size === labelLimit) break;
      const name = nameOf(f, options.locale());
      if (!name) continue;
      const [x, y] = (f.geometry as { coordinates: [number, number] }).coordinates;
      const at = m.project([x, y]);
      if (at.x < 0 || at.y < 0 || at.x > width || at.y > height) continue;
      // The label's box, estimated from its length (0.75 rem text, dot on its left).
      const box: [number, number, number, number] = [
        at.x - 4,
        at.y - 9,
        at.x + 10 + name.length * 6.5,
        at.y + 9,
      ];
      if (taken.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1]))
        continue;
      taken.push(box);
      const key = `${f.properties.k}:${name}:${x}:${y}`;
      keep.add(key);
      if (labels.has(key)) continue;
      const el = document.createElement('div');
      el.className = `map-label map-label-${f.properties.k}${f.properties.cap === 1 ? ' map-label-capital' : ''}`;
      el.textContent = name;
      el.setAttribute('aria-hidden', 'true');
      el.dataset.testid = 'map-label';
      const marker = new maplibregl.Marker({
        element: el,
        anchor: f.properties.k === 'region' ? 'center' : 'left',
        offset: f.properties.k === 'region' ? [0, 0] : [6, 0],
      })
        .setLngLat([x, y])
        .addTo(m);
      labels.set(key, marker);
    }
    for (const [key, marker] of labels)
      if (!keep.has(key)) {
        marker.remove();
        labels.delete(key);
      }
  };

  const refresh = () => {
    const zoom = Math.floor(m.getZoom());
    const b = m.getBounds();
    // Half a view of margin on each side, rounded outwards to a grid of that size, so small pans
    // ask nothing new and the browser can reuse an answer.
    const spanX = Math.max(b.getEast() - b.getWest(), 0.01);
    const spanY = Math.max(b.getNorth() - b.getSouth(), 0.01);
    const grid = 2 ** Math.ceil(Math.log2(Math.max(spanX, spanY)));
    const west = Math.max(-180, Math.floor((b.getWest() - spanX / 2) / grid) * grid);
    const south = Math.max(-90, Math.floor((b.getSouth() - spanY / 2) / grid) * grid);
    const east = Math.min(180, Math.ceil((b.getEast() + spanX / 2) / grid) * grid);
    const north = Math.min(90, Math.ceil((b.getNorth() + spanY / 2) / grid) * grid);
    const key = `${west},${south},${east},${north}&zoom=${zoom}`;
    if (key === shownKey) {
      placeLabels();
      return;
    }
    abort?.abort();
    abort = new AbortController();
    read<PlaceCollection>(`/api/places?bbox=${key}`, { signal: abort.signal })
      .then((answer) => {
        shownKey = key;
        data = answer;
        void m.getSource<maplibregl.GeoJSONSource>('surroundings')?.setData(answer);
        placeLabels();
      })
      .catch(() => {
        // Without its surroundings the map still shows the data; the next move asks again.
      });
  };

  // Only once the style has loaded: a map moves (and says so) before, with nowhere to draw yet.
  whenLoaded(m, () => {
    addLayers(m, options.beforeId);
    m.on('moveend', refresh);
    m.on('resize', placeLabels);
    refresh();
  });
  return {
    relabel: placeLabels,
    dispose: () => {
      abort?.abort();
      m.off('moveend', refresh);
      m.off('resize', placeLabels);
      for (const marker of labels.values()) marker.remove();
      labels.clear();
    },
  };
}

/**
 * For a map component: `attach(map, beforeId)` right after creating the map adds its
 * surroundings in the reader's language (relabelled when the language changes) and returns what
 * removes them.
 */
export function useSurroundings(): (m: maplibregl.Map, beforeId: string) => () => void {
  const { locale } = useI18n();
  const language = useRef(locale);
  const shown = useRef<ReturnType<typeof showSurroundings> | null>(null);
  useLayoutEffect(() => {
    language.current = locale;
  });
  useEffect(() => shown.current?.relabel(), [locale]);
  return useCallback((m: maplibregl.Map, beforeId: string) => {
    const surroundings = showSurroundings(m, { locale: () => language.current, beforeId });
    shown.current = surroundings;
    return () => {
      surroundings.dispose();
      if (shown.current === surroundings) shown.current = null;
    };
  }, []);
}
