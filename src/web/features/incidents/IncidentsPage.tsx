/**
 * The situational-awareness page: filters, the map, the monthly timeline (drag to filter by
 * date), the list of incidents in the map's view (linked both ways with the map) and the detail
 * panel or the form. Everything shown is what the server lets this user read.
 */
import { useState } from 'react';
import type { Incident } from '../../../modules/incidents/incident.schema.js';
import type { PageProps } from '../../app/modules.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useI18n } from '../../i18n/i18n.js';
import { useInvalidate } from '../../lib/query.js';
import { categories, categoryColours } from './categories.js';
import { FilterBar, type Filters } from './FilterBar.js';
import { useIncidentReads } from './incident-reads.js';
import { IncidentDetail } from './IncidentDetail.js';
import { IncidentForm } from './IncidentForm.js';
import { MapView, type Bbox } from './MapView.js';
import { Timeline } from './Timeline.js';

type Panel = { kind: 'detail'; id: string } | { kind: 'form'; incident: Incident | null } | null;
type Point = { latitude: number; longitude: number };

export function IncidentsPage({ me }: PageProps) {
  const { t } = useI18n();
  const invalidate = useInvalidate();
  const [filters, setFilters] = useState<Filters>({});
  const [view, setView] = useState<{ bbox: Bbox; zoom: number } | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const [picking, setPicking] = useState(false);
  const [picked, setPicked] = useState<Point | null>(null);
  const [focus, setFocus] = useState<Point | null>(null);
  const reads = useIncidentReads({ filters, view, missionId: me.missionId });
  const canWrite = me.permissions.includes('incidents:write');
  const selectedId = panel?.kind === 'detail' ? panel.id : null;

  return (
    <section className="incidents-page">
      <div className="page-head">
        <h1>{t('incidents.title')}</h1>
        <p className="muted" role="status" data-testid="incident-count">
          {reads.map ? t('incidents.count', { count: reads.map.total }) : t('app.loading')}
        </p>
        {canWrite && (
          <button type="button" onClick={() => setPanel({ kind: 'form', incident: null })}>
            {t('incidents.new')}
          </button>
        )}
      </div>
      <ErrorNotice error={reads.error} />
      <FilterBar filters={filters} facets={reads.adminAreas} onChange={setFilters} />
      <div className="incidents-layout">
        <div className="map-column">
          <MapView
            data={reads.map}
            hostCountries={reads.hostCountries}
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
            pin={panel?.kind === 'form' ? picked : null}
          />
          <Legend />
          <Timeline
            months={reads.months}
            label={t('incidents.timeline')}
            unit={t('incidents.perMonth')}
            range={filters.from && filters.to ? { from: filters.from, to: filters.to } : null}
            onBrush={(r) => setFilters((old) => ({ ...old, from: r?.from, to: r?.to }))}
          />
        </div>
        <aside className="side-column">
          {panel?.kind === 'form' && (
            <IncidentForm
              key={panel.incident?.id ?? 'new'}
              me={me}
              incident={panel.incident}
              picked={picked}
              picking={picking}
              onPickToggle={() => setPicking((p) => !p)}
              onSaved={(i) => {
                setPicking(false);
                setPanel({ kind: 'detail', id: i.id });
                // A new or corrected incident may change every read, the admin areas too.
                void invalidate('/api/incidents');
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
              canWrite={canWrite}
              canVerify={me.permissions.includes('incidents:verify')}
              canWarn={me.permissions.includes('early-warning:write')}
              canRecordCasualty={me.permissions.includes('medical:write')}
              onEdit={(incident) => setPanel({ kind: 'form', incident })}
              onClose={() => setPanel(null)}
            />
          )}
          <IncidentList
            list={reads.list}
            selectedId={selectedId}
            onOpen={(i) => {
              setPanel({ kind: 'detail', id: i.id });
              setFocus({ longitude: i.location.longitude, latitude: i.location.latitude });
            }}
          />
        </aside>
      </div>
    </section>
  );
}

/** The incidents in the map's view, 50 at a time, linked to the map and the detail. */
function IncidentList({
  list,
  selectedId,
  onOpen,
}: {
  list: ReturnType<typeof useIncidentReads>['list'];
  selectedId: string | null;
  onOpen: (incident: Incident) => void;
}) {
  const { t, formatDate, formatDay } = useI18n();
  return (
    <>
      <h2>{t('incidents.inView')}</h2>
      {list.loaded && list.items.length === 0 && (
        <p className="muted" data-testid="incident-list-empty">
          {t('incidents.noneInView')}
        </p>
      )}
      <ul className="incident-list" data-testid="incident-list">
        {list.items.map((i) => (
          <li key={i.id}>
            <button
              type="button"
              className={`list-row${i.id === selectedId ? ' selected' : ''}`}
              aria-current={i.id === selectedId ? 'true' : undefined}
              onClick={() => onOpen(i)}
            >
              <span
                className="swatch"
                style={{ background: categoryColours[i.category] }}
                aria-hidden="true"
              />
              <span className="list-main">
                <strong>{t(`category.${i.category}`)}</strong>
                <span className="muted">
                  {i.timePrecision === 'exact' ? formatDate(i.occurredAt) : formatDay(i.occurredAt)}{' '}
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
      {list.hasMore && (
        <button type="button" className="secondary" onClick={list.more}>
          {t('incidents.more')}
        </button>
      )}
    </>
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
