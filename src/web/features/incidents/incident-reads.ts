/**
 * What the incidents page reads, through the data layer: the mission's host countries, the admin
 * areas, the monthly timeline, the map (points once per filter; grid cells again as the view moves)
 * and the first page of the incidents in view. Every read is keyed by its path, so a newer filter
 * or view always wins over an older answer.
 */
import { useState } from 'react';
import {
  IncidentFacets,
  IncidentMap,
  IncidentPage,
  IncidentTimeline,
} from '../../../modules/incidents/incident.schema.js';
import { MissionList } from '../../../modules/missions/mission.schema.js';
import { queryString, useApi, useApiPages } from '../../lib/query.js';
import type { Filters } from './FilterBar.js';
import type { Bbox } from './MapView.js';

export function useIncidentReads(args: {
  filters: Filters;
  view: { bbox: Bbox; zoom: number } | null;
  missionId: string | null;
}) {
  const { filters, view, missionId } = args;
  const filterQuery = queryString({ ...filters });
  const missions = useApi('/api/missions', MissionList);
  const facets = useApi('/api/incidents/facets', IncidentFacets);
  const { from: _from, to: _to, ...undated } = filters;
  const timeline = useApi(`/api/incidents/timeline?${queryString(undated)}`, IncidentTimeline, {
    keepPrevious: true,
  });
  // The map answers points, or grid cells when too many match. Once it has answered cells, the
  // view goes with each request (cells are aggregated for the view); one request per change.
  const [mode, setMode] = useState<IncidentMap['mode']>('points');
  const cellView =
    mode === 'cells' && view
      ? `&${queryString({ bbox: view.bbox.join(','), zoom: Math.round(view.zoom) })}`
      : '';
  const map = useApi(`/api/incidents/map?${filterQuery}${cellView}`, IncidentMap, {
    keepPrevious: true,
  });
  if (map.data && map.data.mode !== mode) setMode(map.data.mode);
  const bbox = view?.bbox.map((n) => n.toFixed(4)).join(',');
  const list = useApiPages(
    bbox ? `/api/incidents?limit=50&${filterQuery}&bbox=${bbox}` : null,
    IncidentPage,
  );
  return {
    hostCountries: (missions.data?.items ?? [])
      .filter((m) => missionId === null || m.id === missionId)
      .flatMap((m) => m.hostCountries),
    adminAreas: facets.data?.adminAreas ?? [],
    months: timeline.data?.months ?? [],
    map: map.data ?? null,
    list,
    error: missions.error ?? facets.error ?? timeline.error ?? map.error ?? list.error ?? null,
  };
}
