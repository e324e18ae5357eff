/**
 * The mission's early-warning map: the bundled basemap with its places, the grid forecast's cells
 * shaded by probability (purples, under everything), hotspot cells (flagged ones red, the others
 * tested outlined), the mission's bases and the alerts with a place. MapLibre GL, nothing fetched;
 * it fits what it shows.
 */
import type * as maplibregl from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { Alert } from '../../../modules/early-warning/alert.schema.js';
import type { HotspotScan } from '../../../modules/early-warning/hotspot.schema.js';
import type { Base } from '../../../modules/missions/base.schema.js';
import {
  basemapStyle,
  collection,
  fitOnce,
  pointFeature as point,
  useMapFrame,
  type Point,
} from '../../lib/map-frame.js';
import { whenLoaded } from '../../lib/map-load.js';

/** A cell's [south, west, north, east] as a closed ring. */
const ring = ([s, w, n, e]: readonly number[]) => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

/** The forecast's colour ramp (ColorBrewer Purples), from its lowest probability. */
export const forecastBins = [
  { from: 0, colour: '#f2f0f7' },
  { from: 0.05, colour: '#cbc9e2' },
  { from: 0.15, colour: '#9e9ac8' },
  { from: 0.3, colour: '#756bb1' },
  { from: 0.5, colour: '#54278f' },
] as const;

/** The basemap, the forecast and hotspot cells and the two point layers, empty until the data comes. */
function mapStyle(): maplibregl.StyleSpecification {
  return basemapStyle(
    ['forecast', 'cells', 'bases', 'alerts'],
    [
      {
        id: 'forecast',
        type: 'fill',
        source: 'forecast',
        paint: {
          'fill-color': [
            'step',
            ['get', 'p'],
            forecastBins[0].colour,
            ...forecastBins.slice(1).flatMap((b) => [b.from, b.colour]),
          ] as never,
          'fill-opacity': 0.7,
          'fill-outline-color': '#3f007d',
        },
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
  );
}

export function EarlyWarningMap(props: {
  scan: HotspotScan | null;
  /** Grid forecast cells: [south, west, north, east] and the probability shown. */
  forecast: { bounds: readonly number[]; p: number }[];
  bases: Base[];
  alerts: Alert[];
  label: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const fitted = useRef(false);
  const map = useMapFrame(container, mapStyle, 'cells');

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    const cells = props.scan?.cells ?? [];
    const apply = () => {
      void m.getSource<maplibregl.GeoJSONSource>('forecast')?.setData(
        collection(
          props.forecast.map((c) => ({
            type: 'Feature',
            geometry: { type: 'Polygon', coordinates: [ring(c.bounds)] },
            properties: { p: c.p },
          })),
        ) as never,
      );
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
      // Fitted once, to the bases, hotspots and likeliest cells: later refreshes keep the view.
      fitOnce(m, fitted, {
        points: [
          ...props.bases,
          ...cells.filter((c) => c.flagged),
          ...props.forecast
            .filter((c) => c.p >= forecastBins[2].from)
            .map((c) => ({
              latitude: (c.bounds[0]! + c.bounds[2]!) / 2,
              longitude: (c.bounds[1]! + c.bounds[3]!) / 2,
            })),
        ],
        maxZoom: 9,
      });
    };
    whenLoaded(m, apply);
  }, [map, props.scan, props.forecast, props.bases, props.alerts]);

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
