/**
 * The incidents map: MapLibre GL over the bundled Natural Earth countries (no tile server, no
 * glyphs: cluster counts are HTML markers). Points are clustered in the browser, coloured by
 * category and sized by killed; when the server sends grid cells instead, they are drawn as
 * circles sized by count. Clicking a point selects it, a cluster or cell zooms in; in picking
 * mode a click gives the coordinates to the form.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { IncidentMap } from '../../../modules/incidents/incident.schema.js';
import { useI18n } from '../../i18n/i18n.js';
import { rememberLoad, whenLoaded } from '../../lib/map-load.js';
import { useSurroundings } from '../../lib/map-surroundings.js';
import { empty, mapStyle } from './map-style.js';

maplibregl.setWorkerUrl(workerUrl);

export type Bbox = [number, number, number, number];

interface Props {
  data: IncidentMap | null;
  hostCountries: string[];
  selectedId: string | null;
  picking: boolean;
  label: string;
  onSelect: (id: string) => void;
  onPick: (point: { latitude: number; longitude: number }) => void;
  onView: (view: { bbox: Bbox; zoom: number }) => void;
  /** Fly here (a row picked in the list), close enough to see the incident and what is around it. */
  focus: { latitude: number; longitude: number } | null;
  /** The point the form holds (picked on the map), marked with a pin. */
  pin?: { latitude: number; longitude: number } | null;
}

const pointOf = (geometry: unknown) => (geometry as { coordinates: [number, number] }).coordinates;

function pointsOf(data: IncidentMap | null) {
  if (!data || data.mode !== 'points') return empty;
  return {
    type: 'FeatureCollection' as const,
    features: data.points.map(([id, lon, lat, category, fatalities, at]) => ({
      type: 'Feature' as const,
      id,
      geometry: { type: 'Point' as const, coordinates: [lon, lat] },
      properties: { id, category, fatalities, at },
    })),
  };
}

function cellsOf(data: IncidentMap | null) {
  if (!data || data.mode !== 'cells') return empty;
  return {
    type: 'FeatureCollection' as const,
    features: data.cells.map(([lon, lat, count, fatalities]) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [lon, lat] },
      properties: { count, fatalities },
    })),
  };
}

export function MapView(props: Props) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<maplibregl.Map | null>(null);
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const attachSurroundings = useSurroundings();
  const markers = useRef(new Map<string, maplibregl.Marker>());
  const fitted = useRef(false);

  useEffect(() => {
    const m = new maplibregl.Map({
      container: container.current!,
      attributionControl: false,
      style: mapStyle(latest.current.hostCountries),
      // Africa until the first incidents arrive; then the map fits them.
      bounds: [-20, -35, 55, 38],
    });
    rememberLoad(m);
    const detachSurroundings = attachSurroundings(m, 'cells');
    m.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    m.addControl(new maplibregl.ScaleControl({}), 'bottom-left');
    const reportView = () => {
      const b = m.getBounds();
      latest.current.onView({
        bbox: [
          Math.max(-180, b.getWest()),
          Math.max(-90, b.getSouth()),
          Math.min(180, b.getEast()),
          Math.min(90, b.getNorth()),
        ],
        zoom: m.getZoom(),
      });
    };
    m.on('load', reportView);
    m.on('moveend', reportView);
    m.on('click', (e) => {
      if (latest.current.picking) {
        latest.current.onPick({
          latitude: Math.round(e.lngLat.lat * 1e6) / 1e6,
          longitude: Math.round(e.lngLat.lng * 1e6) / 1e6,
        });
        return;
      }
      const hit = m.queryRenderedFeatures(e.point, { layers: ['points', 'clusters', 'cells'] })[0];
      if (!hit) return;
      if (hit.layer.id === 'points') latest.current.onSelect(String(hit.properties.id));
      else if (hit.layer.id === 'clusters') {
        const source = m.getSource<maplibregl.GeoJSONSource>('incidents')!;
        void source.getClusterExpansionZoom(Number(hit.properties.cluster_id)).then((zoom) =>
          m.easeTo({
            center: pointOf(hit.geometry),
            zoom,
          }),
        );
      } else {
        m.easeTo({
          center: pointOf(hit.geometry),
          zoom: m.getZoom() + 2,
        });
      }
    });
    for (const layer of ['points', 'clusters', 'cells']) {
      m.on('mouseenter', layer, () => (m.getCanvas().style.cursor = 'pointer'));
      m.on('mouseleave', layer, () => (m.getCanvas().style.cursor = ''));
    }
    m.on('render', () => showClusterCounts(m, markers.current));
    map.current = m;
    const markerMap = markers.current;
    return () => {
      for (const marker of markerMap.values()) marker.remove();
      markerMap.clear();
      detachSurroundings();
      m.remove();
      map.current = null;
    };
  }, [attachSurroundings]);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    const apply = () => {
      for (const marker of markers.current.values()) marker.remove();
      markers.current.clear();
      void m.getSource<maplibregl.GeoJSONSource>('incidents')?.setData(pointsOf(props.data));
      void m.getSource<maplibregl.GeoJSONSource>('cells')?.setData(cellsOf(props.data));
      const data = props.data;
      const coordinates =
        data?.mode === 'points'
          ? data.points.map((p) => [p[1], p[2]])
          : (data?.cells.map((c) => [c[0], c[1]]) ?? []);
      if (!fitted.current && coordinates.length > 0) {
        fitted.current = true;
        const xs = coordinates.map((c) => c[0]!);
        const ys = coordinates.map((c) => c[1]!);
        m.fitBounds([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], {
          padding: 40,
          maxZoom: 9,
          duration: 0,
        });
      }
    };
    whenLoaded(m, apply);
  }, [props.data]);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    const point = props.data?.points.find((p) => p[0] === props.selectedId);
    const at = point
      ? [point[1], point[2]]
      : props.focus && [props.focus.longitude, props.focus.latitude];
    const apply = () =>
      void m
        .getSource<maplibregl.GeoJSONSource>('selected')
        ?.setData(
          props.selectedId && at
            ? { type: 'Feature', geometry: { type: 'Point', coordinates: at }, properties: {} }
            : empty,
        );
    whenLoaded(m, apply);
  }, [props.selectedId, props.data, props.focus]);

  useEffect(() => {
    const m = map.current;
    if (!m || !props.focus) return;
    // Close enough to tell the incident from its neighbours (its ring shows even inside a
    // cluster), far enough to see the towns within about 80 km.
    m.easeTo({
      center: [props.focus.longitude, props.focus.latitude],
      zoom: Math.max(m.getZoom(), 8),
    });
  }, [props.focus]);

  usePin(map, props.pin ?? null);

  useEffect(() => {
    if (map.current) map.current.getCanvas().style.cursor = props.picking ? 'crosshair' : '';
  }, [props.picking]);

  // MapLibre adds its own classes to the element it draws in: React must never re-render that
  // element's className, so the picking outline goes on a wrapper.
  return (
    <div className={`map-frame${props.picking ? ' map-picking' : ''}`}>
      <div
        className="map"
        ref={container}
        role="region"
        aria-label={props.label}
        data-testid="incident-map"
      />
    </div>
  );
}

/** A pin on the point the incident form holds. */
function usePin(
  map: React.RefObject<maplibregl.Map | null>,
  point: { latitude: number; longitude: number } | null,
) {
  const { t } = useI18n();
  useEffect(() => {
    const m = map.current;
    if (!m || !point) return;
    const el = document.createElement('div');
    el.className = 'map-pin';
    el.setAttribute('role', 'img');
    el.setAttribute('aria-label', t('incidents.pinned'));
    el.dataset.testid = 'map-pin';
    el.appendChild(document.createElement('span'));
    const pin = new maplibregl.Marker({ element: el, anchor: 'bottom' })
      .setLngLat([point.longitude, point.latitude])
      .addTo(m);
    return () => {
      pin.remove();
    };
  }, [map, point, t]);
}

/** Cluster counts as HTML (the map has no font glyphs to draw text with). */
function showClusterCounts(m: maplibregl.Map, markers: Map<string, maplibregl.Marker>) {
  if (!m.isSourceLoaded('incidents')) return;
  const seen = new Set<string>();
  for (const f of m.querySourceFeatures('incidents', { filter: ['has', 'point_count'] })) {
    const key = String(f.properties.cluster_id);
    if (seen.has(key)) continue;
    seen.add(key);
    if (!markers.has(key)) {
      const el = document.createElement('div');
      el.className = 'cluster-count';
      el.textContent = String(f.properties.point_count_abbreviated ?? f.properties.point_count);
      markers.set(
        key,
        new maplibregl.Marker({ element: el }).setLngLat(pointOf(f.geometry)).addTo(m),
      );
    }
  }
  for (const [key, marker] of markers)
    if (!seen.has(key)) {
      marker.remove();
      markers.delete(key);
    }
}
