/**
 * What the app's point maps share (the alerts map, the medical map): a MapLibre map in a box, with
 * the zoom buttons and the scale, resized with its box, the bundled surroundings (places, rivers)
 * drawn under a given layer, removed when the page leaves; GeoJSON helpers; and a fit, once, to
 * what the map first shows, so later refreshes keep the reader's view.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, type RefObject } from 'react';
import countriesUrl from '../../../assets/basemap/ne_110m_admin_0_countries.geojson?url';
import { rememberLoad } from './map-load.js';
import { useSurroundings } from './map-surroundings.js';

maplibregl.setWorkerUrl(workerUrl);

export type Point = { latitude: number; longitude: number };

export const collection = (features: object[]) => ({
  type: 'FeatureCollection' as const,
  features,
});

export const pointFeature = (p: Point, properties: object) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [p.longitude, p.latitude] },
  properties,
});

/** The Central African Republic and its neighbours: where a map starts before it is fitted. */
const startBounds: maplibregl.LngLatBoundsLike = [14, 2, 28, 11.5];

/**
 * A map in `container` with `style`, the surroundings drawn beneath the layer `beneath`.
 * @returns the map (null until mounted)
 */
export function useMapFrame(
  container: RefObject<HTMLDivElement | null>,
  style: () => maplibregl.StyleSpecification,
  beneath: string,
): RefObject<maplibregl.Map | null> {
  const map = useRef<maplibregl.Map | null>(null);
  const attachSurroundings = useSurroundings();
  useEffect(() => {
    const m = new maplibregl.Map({
      container: container.current!,
      attributionControl: false,
      style: style(),
      bounds: startBounds,
    });
    rememberLoad(m);
    const detachSurroundings = attachSurroundings(m, beneath);
    m.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    m.addControl(new maplibregl.ScaleControl({}), 'bottom-left');
    const observer = new ResizeObserver(() => m.resize());
    observer.observe(container.current!);
    map.current = m;
    return () => {
      observer.disconnect();
      detachSurroundings();
      m.remove();
      map.current = null;
    };
    // The style and the layer are fixed for a map's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attachSurroundings]);
  return map;
}

/** Fits the map to `points` (half a degree around them) the first time there are any. */
export function fitOnce(
  m: maplibregl.Map,
  fitted: { current: boolean },
  { points, maxZoom }: { points: readonly Point[]; maxZoom: number },
): void {
  if (fitted.current || points.length === 0) return;
  fitted.current = true;
  const xs = points.map((p) => p.longitude);
  const ys = points.map((p) => p.latitude);
  m.fitBounds(
    [Math.min(...xs) - 0.5, Math.min(...ys) - 0.5, Math.max(...xs) + 0.5, Math.max(...ys) + 0.5],
    { padding: 30, duration: 0, maxZoom },
  );
}

/**
 * A style on the bundled countries (sea, land, borders) with an empty GeoJSON source for each of
 * `sources` and the map's own `layers` drawn over them.
 */
export function basemapStyle(
  sources: readonly string[],
  layers: maplibregl.LayerSpecification[],
): maplibregl.StyleSpecification {
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: countriesUrl },
      ...Object.fromEntries(
        sources.map((name) => [name, { type: 'geojson' as const, data: collection([]) as never }]),
      ),
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#d6e6f2' } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f4f1ea' } },
      {
        id: 'borders',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': '#9a9386', 'line-width': 0.8 },
      },
      ...layers,
    ],
  };
}
