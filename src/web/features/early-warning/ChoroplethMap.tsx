/**
 * Countries coloured by a probability (E1's forecast map): MapLibre GL over the bundled Natural
 * Earth outlines, nothing fetched. A country's key is its ISO3 code (Natural Earth's iso_a3, or
 * adm0_a3 where iso_a3 is -99). Clicking a country selects it; the selected one is outlined.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { rememberLoad, whenLoaded } from '../../lib/map-load.js';
import { useEffect, useLayoutEffect, useRef } from 'react';
import countriesUrl from '../../../../assets/basemap/ne_110m_admin_0_countries.geojson?url';

maplibregl.setWorkerUrl(workerUrl);

/** Probability bins and their colours (ColorBrewer YlOrRd, readable by colour-blind readers). */
export const bins: readonly { from: number; colour: string }[] = [
  { from: 0, colour: '#ffffcc' },
  { from: 0.01, colour: '#fed976' },
  { from: 0.1, colour: '#fd8d3c' },
  { from: 0.3, colour: '#e31a1c' },
  { from: 0.6, colour: '#bd0026' },
  { from: 0.9, colour: '#67000d' },
];

export function colourOf(p: number): string {
  return [...bins].reverse().find((b) => p >= b.from)!.colour;
}

const countryKey = [
  'case',
  ['==', ['get', 'iso_a3'], '-99'],
  ['get', 'adm0_a3'],
  ['get', 'iso_a3'],
] as unknown as maplibregl.ExpressionSpecification;

function fillOf(values: ReadonlyMap<string, number>): maplibregl.ExpressionSpecification {
  if (values.size === 0) return '#e3e1dc' as unknown as maplibregl.ExpressionSpecification;
  return [
    'match',
    countryKey,
    ...[...values].flatMap(([iso3, p]) => [iso3, colourOf(p)]),
    '#e3e1dc',
  ] as unknown as maplibregl.ExpressionSpecification;
}

export function ChoroplethMap(props: {
  values: ReadonlyMap<string, number>;
  selected: string | null;
  label: string;
  onSelect: (iso3: string) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<maplibregl.Map | null>(null);
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const m = new maplibregl.Map({
      container: container.current!,
      attributionControl: false,
      style: {
        version: 8,
        sources: { countries: { type: 'geojson', data: countriesUrl } },
        layers: [
          { id: 'sea', type: 'background', paint: { 'background-color': '#d6e6f2' } },
          {
            id: 'countries',
            type: 'fill',
            source: 'countries',
            paint: { 'fill-color': fillOf(latest.current.values) },
          },
          {
            id: 'borders',
            type: 'line',
            source: 'countries',
            paint: { 'line-color': '#7d776c', 'line-width': 0.6 },
          },
          {
            id: 'selected',
            type: 'line',
            source: 'countries',
            filter: ['==', countryKey, ''],
            paint: { 'line-color': '#1c3d5a', 'line-width': 2.5 },
          },
        ],
      },
      bounds: [-20, -38, 60, 40],
    });
    rememberLoad(m);
    m.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    m.on('click', 'countries', (e) => {
      const p = e.features?.[0]?.properties as { iso_a3: string; adm0_a3: string } | undefined;
      if (p) latest.current.onSelect(p.iso_a3 === '-99' ? p.adm0_a3 : p.iso_a3);
    });
    m.on('mouseenter', 'countries', () => (m.getCanvas().style.cursor = 'pointer'));
    m.on('mouseleave', 'countries', () => (m.getCanvas().style.cursor = ''));
    map.current = m;
    // The grid column settles its width after the map is made: follow the container's size.
    const observer = new ResizeObserver(() => m.resize());
    observer.observe(container.current!);
    return () => {
      observer.disconnect();
      m.remove();
      map.current = null;
    };
  }, []);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    const apply = () => m.setPaintProperty('countries', 'fill-color', fillOf(props.values));
    whenLoaded(m, apply);
  }, [props.values]);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    const apply = () => m.setFilter('selected', ['==', countryKey, props.selected ?? '']);
    whenLoaded(m, apply);
  }, [props.selected]);

  return (
    <div className="map-frame">
      <div
        className="map"
        ref={container}
        role="region"
        aria-label={props.label}
        data-testid="forecast-map"
      />
    </div>
  );
}
