/**
 * M3's map: the mission's facilities (by status), its aircraft bases and the open requests'
 * pick-up points, on the bundled basemap with its places. Names are HTML labels (every script
 * shaped by the browser, no glyph server). MapLibre GL, nothing fetched; it fits what it shows.
 */
import * as maplibregl from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { Evacuation } from '../../../modules/medical/evacuation.schema.js';
import type { Aircraft, Facility } from '../../../modules/medical/facility.schema.js';
import { useI18n } from '../../i18n/i18n.js';
import {
  basemapStyle,
  collection,
  fitOnce,
  pointFeature as point,
  useMapFrame,
  type Point,
} from '../../lib/map-frame.js';
import { whenLoaded } from '../../lib/map-load.js';

export const statusColours = {
  operational: '#2e7d32',
  degraded: '#b26a00',
  closed: '#8a8f96',
} as const;
const aircraftColour = '#0b5ea8';
const requestColour = '#c62828';

/** The basemap and the three point layers, empty until the data comes. */
function mapStyle(): maplibregl.StyleSpecification {
  return basemapStyle(
    ['facilities', 'aircraft', 'requests'],
    [
      {
        id: 'aircraft',
        type: 'circle',
        source: 'aircraft',
        paint: {
          'circle-color': aircraftColour,
          'circle-radius': 5,
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 2,
        },
      },
      {
        id: 'facilities',
        type: 'circle',
        source: 'facilities',
        paint: {
          'circle-color': ['get', 'colour'],
          'circle-radius': ['get', 'radius'],
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 2,
        },
      },
      {
        id: 'requests',
        type: 'circle',
        source: 'requests',
        paint: {
          'circle-color': requestColour,
          'circle-radius': 8,
          'circle-opacity': 0.85,
          'circle-stroke-color': '#5c0000',
          'circle-stroke-width': 2,
        },
      },
    ],
  );
}

export function MedicalMap(props: {
  facilities: Facility[];
  aircraft: Aircraft[];
  open: Evacuation[];
  label: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const fitted = useRef(false);
  const map = useMapFrame(container, mapStyle, 'aircraft');

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    const markers: maplibregl.Marker[] = [];
    const label = (p: Point, text: string, className: string) => {
      const el = document.createElement('span');
      el.className = `map-label ${className}`;
      el.textContent = text;
      markers.push(
        new maplibregl.Marker({ element: el, anchor: 'top', offset: [0, 8] })
          .setLngLat([p.longitude, p.latitude])
          .addTo(m),
      );
    };
    const apply = () => {
      void m.getSource<maplibregl.GeoJSONSource>('facilities')?.setData(
        collection(
          props.facilities.map((f) =>
            point(f, {
              colour: statusColours[f.status],
              radius: f.level === 'level_1' ? 6 : f.level === 'level_2' ? 8 : 10,
            }),
          ),
        ) as never,
      );
      void m
        .getSource<maplibregl.GeoJSONSource>('aircraft')
        ?.setData(collection(props.aircraft.map((a) => point(a, {}))) as never);
      void m
        .getSource<maplibregl.GeoJSONSource>('requests')
        ?.setData(collection(props.open.map((e) => point(e, {}))) as never);
      // Facilities at one place (a hospital and its aero-medical team) share one label.
      const byPlace = new Map<string, { at: Point; names: string[] }>();
      for (const f of props.facilities) {
        const key = `${f.latitude.toFixed(3)},${f.longitude.toFixed(3)}`;
        const place = byPlace.get(key) ?? { at: f, names: [] };
        place.names.push(f.name);
        byPlace.set(key, place);
      }
      for (const { at, names } of byPlace.values())
        label(at, names.join(' · '), 'medical-label-facility');
      for (const e of props.open) label(e, e.reference, 'medical-label-request');
      fitOnce(m, fitted, {
        points: [...props.facilities, ...props.aircraft, ...props.open],
        maxZoom: 8,
      });
    };
    whenLoaded(m, apply);
    return () => markers.forEach((marker) => marker.remove());
  }, [map, props.facilities, props.aircraft, props.open]);

  return (
    <figure>
      <div className="map-frame">
        <div
          className="map"
          ref={container}
          role="region"
          aria-label={props.label}
          data-testid="medical-map"
        />
      </div>
      <Legend />
    </figure>
  );
}

function Legend() {
  const { t } = useI18n();
  return (
    <ul className="legend">
      {(['operational', 'degraded', 'closed'] as const).map((s) => (
        <li key={s}>
          <span className="dot" style={{ background: statusColours[s] }} />
          {t(`medical.legend.${s}`)}
        </li>
      ))}
      <li>
        <span className="dot" style={{ background: aircraftColour }} />
        {t('medical.legend.aircraft')}
      </li>
      <li>
        <span className="dot" style={{ background: requestColour }} />
        {t('medical.legend.request')}
      </li>
    </ul>
  );
}
