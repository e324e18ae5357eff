/**
 * The mission's early-warning map: the bundled basemap with its places, hotspot cells (flagged ones red, the
 * others tested outlined), the mission's bases and the alerts with a place. MapLibre GL, nothing
 * fetched; it fits what it shows.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { rememberLoad, whenLoaded } from '../../lib/map-load.js';
import { useSurroundings } from '../../lib/map-surroundings.js';
import { useEffect, useRef } from 'react';
import countriesUrl from '../../../../assets/basemap/ne_110m_admin_0_countries.geojson?url';
import type { Alert } from '../../../modules/early-warning/alert.schema.js';
import type { HotspotScan } from '../../../modules/early-warning/hotspot.schema.js';
import type { Base } from '../../../modules/missions/base.schema.js';

maplibregl.setWorkerUrl(workerUrl);

type Point = { latitude: number; longitude: number };
const collection = (features: object[]) => ({ type: 'FeatureCollection' as const, features });
const point = (p: Point, properties: object) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [p.longitude, p.latitude] },
  properties,
});

/** A cell's [south, west, north, east] as a closed ring. */
const ring = ([s, w, n, e]: readonly number[]) => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

export function EarlyWarningMap(props: {
  scan: HotspotScan | null;
  bases: Base[];
  alerts: Alert[];
  label: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<maplibregl.Map | null>(null);
  const fitted = useRef(false);
  const attachSurroundings = useSurroundings();

  useEffect(() => {
    const m = new maplibregl.Map({
      container: container.current!,
      attributionControl: false,
      style: {
        version: 8,
        sources: {
          countries: { type: 'geojson', data: countriesUrl },
          cells: { type: 'geojson', data: collection([]) },
          bases: { type: 'geojson', data: collection([]) },
          alerts: { type: 'geojson', data: collection([]) },
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
          {
            id: 'cells',
            type: 'fill',
            source: 'cells',
            paint: {
              'fill-color': ['case', ['get', 'flagged'], '#d7301f', '#fdbb84'],
              'fill-opacity': ['case', ['get', 'flagged'], 0.55, 0.25],
              'fill-outline-color': '#7f2704',
            },
          },
          {
            id: 'alerts',
            type: 'circle',
            source: 'alerts',
            paint: {
              'circle-color': '#f0a500',
              'circle-radius': 7,
              'circle-stroke-color': '#5c3b00',
              'circle-stroke-width': 1.5,
            },
          },
          {
            id: 'bases',
            type: 'circle',
            source: 'bases',
            paint: {
              'circle-color': '#0b5ea8',
              'circle-radius': 5,
              'circle-stroke-color': '#fff',
              'circle-stroke-width': 2,
            },
          },
        ],
      },
      bounds: [14, 2, 28, 11.5],
    });
    rememberLoad(m);
    const detachSurroundings = attachSurroundings(m, 'cells');
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
  }, [attachSurroundings]);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    const cells = props.scan?.cells ?? [];
    const apply = () => {
      void m.getSource<maplibregl.GeoJSONSource>('cells')?.setData(
        collection(
          cells.map((c) => ({
            type: 'Feature',
            geometry: { type: 'Polygon', coordinates: [ring(c.bounds)] },
            properties: { flagged: c.flagged },
          })),
        ) as never,
      );
      void m
        .getSource<maplibregl.GeoJSONSource>('bases')
        ?.setData(collection(props.bases.map((b) => point(b, { name: b.name }))) as never);
      void m
        .getSource<maplibregl.GeoJSONSource>('alerts')
        ?.setData(
          collection(
            props.alerts
              .filter((a) => a.latitude !== null && a.longitude !== null)
              .map((a) => point(a as Point, { headline: a.headline })),
          ) as never,
        );
      // Fitted once, to the bases and hotspots: later refreshes keep the reader's view.
      const places: Point[] = [...props.bases, ...cells.filter((c) => c.flagged)];
      if (!fitted.current && places.length > 0) {
        fitted.current = true;
        const xs = places.map((p) => p.longitude);
        const ys = places.map((p) => p.latitude);
        m.fitBounds(
          [
            Math.min(...xs) - 0.5,
            Math.min(...ys) - 0.5,
            Math.max(...xs) + 0.5,
            Math.max(...ys) + 0.5,
          ],
          { padding: 30, duration: 0, maxZoom: 9 },
        );
      }
    };
    whenLoaded(m, apply);
  }, [props.scan, props.bases, props.alerts]);

  return (
    <div className="map-frame">
      <div
        className="map"
        ref={container}
        role="region"
        aria-label={props.label}
        data-testid="early-warning-map"
      />
    </div>
  );
}
