/**
 * The situational-awareness page: filters, the map, the monthly timeline (drag to filter by
 * date), the list of incidents in the map's view (linked both ways with the map) and the detail
 * panel or the form. Everything shown is what the server lets this user read.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type {
  Incident,
  IncidentFacets,
  IncidentMap,
  IncidentPage,
  IncidentTimeline,
} from '../../../modules/incidents/incident.schema.js';
import type { Mission } from '../../../modules/missions/mission.schema.js';
import type { PageProps } from '../../app/modules.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';
import { categories, categoryColours } from './categories.js';
import { FilterBar, type Filters } from './FilterBar.js';
import { IncidentDetail } from './IncidentDetail.js';
import { IncidentForm } from './IncidentForm.js';
import { MapView, type Bbox } from './MapView.js';
import { Timeline } from './Timeline.js';

const query = (values: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(values).flatMap(([k, v]) =>
      v === undefined || v === '' ? [] : [[k, String(v)]],
    ),
  ).toString();

type Panel = { kind: 'detail'; id: string } | { kind: 'form'; incident: Incident | null } | null;

export function IncidentsPage({ me }: PageProps) {
  const { t, formatDate, formatDay } = useI18n();
  const [filters, setFilters] = useState<Filters>({});
  const [view, setView] = useState<{ bbox: Bbox; zoom: number } | null>(null);
  const [mapData, setMapData] = useState<IncidentMap | null>(null);
  const [timeline, setTimeline] = useState<IncidentTimeline['months']>([]);
  const [list, setList] = useState<IncidentPage | null>(null);
  const [facets, setFacets] = useState<string[]>([]);
  const [hostCountries, setHostCountries] = useState<string[]>([]);
  const [panel, setPanel] = useState<Panel>(null);
  const [picking, setPicking] = useState(false);
  const [picked, setPicked] = useState<{ latitude: number; longitude: number } | null>(null);
  const [revision, setRevision] = useState(0);
  const [focus, setFocus] = useState<{ latitude: number; longitude: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const canWrite = me.permissions.includes('incidents:write');
  const canVerify = me.permissions.includes('incidents:verify');
  const selectedId = panel?.kind === 'detail' ? panel.id : null;

  const filterQuery = useMemo(() => query({ ...filters }), [filters]);
  const cells = mapData?.mode === 'cells';
  useEffect(() => {
    api<{ items: Mission[] }>('GET', '/api/missions').then(
      (m) =>
        setHostCountries(
          m.items
            .filter((x) => me.missionId === null || x.id === me.missionId)
            .flatMap((x) => x.hostCountries),
        ),
      setError,
    );
  }, [me.missionId]);
  // A new or corrected incident may bring a new admin area.
  useEffect(() => {
    api<IncidentFacets>('GET', '/api/incidents/facets').then(
      (f) => setFacets(f.adminAreas),
      setError,
    );
  }, [me.missionId, revision]);
  useEffect(() => {
    const { from: _f, to: _t, ...rest } = filters;
    api<IncidentTimeline>('GET', `/api/incidents/timeline?${query(rest)}`).then(
      (x) => setTimeline(x.months),
      setError,
    );
  }, [filters, revision, me.missionId]);
  // Points once per filter; grid cells again as the view moves (they are aggregated for the view).
  const cellView = cells && view ? `${view.bbox.join(',')}|${Math.round(view.zoom)}` : '';
  useEffect(() => {
    const extra = cells && view ? { bbox: view.bbox.join(','), zoom: Math.round(view.zoom) } : {};
    api<IncidentMap>('GET', `/api/incidents/map?${filterQuery}&${query(extra)}`).then(
      setMapData,
      setError,
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- cellView stands for view when it matters
  }, [filterQuery, cellView, revision, me.missionId]);
  const bbox = view?.bbox.map((n) => n.toFixed(4)).join(',');
  useEffect(() => {
    if (!bbox) return;
    api<IncidentPage>('GET', `/api/incidents?limit=50&${filterQuery}&bbox=${bbox}`).then(
      setList,
      setError,
    );
  }, [filterQuery, bbox, revision, me.missionId]);

  const more = useCallback(() => {
    if (!list?.nextCursor || !bbox) return;
    api<IncidentPage>(
      'GET',
      `/api/incidents?limit=50&${filterQuery}&bbox=${bbox}&cursor=${list.nextCursor}`,
    ).then(
      (next) => setList({ items: [...list.items, ...next.items], nextCursor: next.nextCursor }),
      setError,
    );
  }, [list, filterQuery, bbox]);

  return (
    <section className="incidents-page">
      <div className="page-head">
        <h1>{t('incidents.title')}</h1>
        <p className="muted" role="status" data-testid="incident-count">
          {mapData ? t('incidents.count', { count: mapData.total }) : t('app.loading')}
        </p>
        {canWrite && (
          <button type="button" onClick={() => setPanel({ kind: 'form', incident: null })}>
            {t('incidents.new')}
          </button>
        )}
      </div>
      <ErrorNotice error={error} />
      <FilterBar filters={filters} facets={facets} onChange={setFilters} />
      <div className="incidents-layout">
        <div className="map-column">
          <MapView
            data={mapData}
            hostCountries={hostCountries}
            selectedId={selectedId}
            picking={picking}
            label={t('incidents.map')}
            onSelect={(id) => setPanel({ kind: 'detail', id })}
            onPick={(p) => {
              setPicked(p);
              setPicking(false);
            }}
            onView={setView}
            focus={focus}
          />
          <Legend />
          <Timeline
            months={timeline}
            label={t('incidents.timeline')}
            range={filters.from && filters.to ? { from: filters.from, to: filters.to } : null}
            onBrush={(r) => setFilters((old) => ({ ...old, from: r?.from, to: r?.to }))}
          />
        </div>
        <aside className="side-column">
          {panel?.kind === 'form' && (
            <IncidentForm
              key={panel.incident?.id ?? 'new'}
              incident={panel.incident}
              picked={picked}
              picking={picking}
              onPickToggle={() => setPicking((p) => !p)}
              onSaved={(i) => {
                setPicking(false);
                setPanel({ kind: 'detail', id: i.id });
                setRevision((r) => r + 1);
              }}
              onCancel={() => {
                setPicking(false);
                setPanel(null);
              }}
            />
          )}
          {panel?.kind === 'detail' && (
            <IncidentDetail
              id={panel.id}
              version={revision}
              canWrite={canWrite}
              canVerify={canVerify}
              canWarn={me.permissions.includes('early-warning:write')}
              onEdit={(incident) => setPanel({ kind: 'form', incident })}
              onChanged={() => setRevision((r) => r + 1)}
              onClose={() => setPanel(null)}
            />
          )}
          <h2>{t('incidents.inView')}</h2>
          <ul className="incident-list" data-testid="incident-list">
            {list?.items.map((i) => (
              <li key={i.id}>
                <button
                  type="button"
                  className={`list-row${i.id === selectedId ? ' selected' : ''}`}
                  aria-current={i.id === selectedId ? 'true' : undefined}
                  onClick={() => {
                    setPanel({ kind: 'detail', id: i.id });
                    setFocus({ longitude: i.location.longitude, latitude: i.location.latitude });
                  }}
                >
                  <span
                    className="swatch"
                    style={{ background: categoryColours[i.category] }}
                    aria-hidden="true"
                  />
                  <span className="list-main">
                    <strong>{t(`category.${i.category}`)}</strong>
                    <span className="muted">
                      {i.timePrecision === 'exact'
                        ? formatDate(i.occurredAt)
                        : formatDay(i.occurredAt)}{' '}
                      · {i.location.placeName ?? i.location.adminArea ?? ''}
                    </span>
                  </span>
                  <span className="list-killed">
                    {t('incidents.killedShort', { count: i.fatalities })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {list?.nextCursor && (
            <button type="button" className="secondary" onClick={more}>
              {t('incidents.more')}
            </button>
          )}
        </aside>
      </div>
    </section>
  );
}

function Legend() {
  const { t } = useI18n();
  return (
    <details className="legend">
      <summary>{t('incidents.legend')}</summary>
      <ul>
        {categories.map((c) => (
          <li key={c}>
            <span
              className="swatch"
              style={{ background: categoryColours[c] }}
              aria-hidden="true"
            />
            {t(`category.${c}`)}
          </li>
        ))}
        <li className="muted">{t('incidents.legendSize')}</li>
      </ul>
    </details>
  );
}
