/** One incident beside the map: what, where, who, tolls, sources, status actions and its audit history. */
import { useState } from 'react';
import {
  allowedTransitions,
  Incident,
  IncidentHistory,
} from '../../../modules/incidents/incident.schema.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { navigate } from '../../app/router.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';
import { useApi, useInvalidate } from '../../lib/query.js';
import { NearestPlaceAnswer } from '../../../modules/missions/places.schema.js';
import { categoryColours } from './categories.js';

const historyActions = [
  'create',
  'update',
  'import-update',
  'imported',
  'verified',
  'closed',
  'discarded',
  'reported',
  'read',
] as const;

interface Props {
  id: string;
  canWrite: boolean;
  canVerify: boolean;
  /** May open failure-to-act inquiries and link high-risk situations (early-warning:write). */
  canWarn: boolean;
  /** A medical officer may record a casualty of this incident (M1). */
  canRecordCasualty?: boolean;
  onEdit: (incident: Incident) => void;
  onClose: () => void;
}

export function IncidentDetail({
  id,
  canWrite,
  canVerify,
  canWarn,
  canRecordCasualty = false,
  onEdit,
  onClose,
}: Props) {
  const { t } = useI18n();
  const read = useApi(`/api/incidents/${id}`, Incident);
  const history = useApi(`/api/incidents/${id}/history`, IncidentHistory);
  const incident = read.data;
  if (!incident) return <ErrorNotice error={read.error ?? history.error} />;
  const editable = incident.status === 'reported' || incident.status === 'verified';
  return (
    <article
      className="card incident-detail"
      data-testid="incident-detail"
      aria-labelledby="incident-title"
    >
      <header className="detail-head">
        <h2 id="incident-title">
          <span
            className="swatch"
            style={{ background: categoryColours[incident.category] }}
            aria-hidden="true"
          />
          {t(`category.${incident.category}`)}
        </h2>
        <button
          type="button"
          className="secondary"
          onClick={onClose}
          aria-label={t('common.close')}
        >
          ×
        </button>
      </header>
      <ErrorNotice error={history.error} />
      <IncidentFacts incident={incident} />
      {incident.narrative && <p className="narrative">{incident.narrative}</p>}
      <div className="actions">
        {canWrite && editable && (
          <button type="button" onClick={() => onEdit(incident)}>
            {t('incidents.edit')}
          </button>
        )}
        {canVerify && <StatusActions incident={incident} />}
      </div>
      {canWarn && (
        <div className="actions">
          <button
            type="button"
            className="secondary"
            onClick={() => navigate(`/inquiries?incident=${incident.id}`)}
          >
            {t('incidents.failureToAct')}
          </button>
        </div>
      )}
      {canRecordCasualty && (
        <div className="actions">
          <button
            type="button"
            className="secondary"
            onClick={() => navigate(`/medical?incident=${incident.id}`)}
          >
            {t('medical.fromIncident')}
          </button>
        </div>
      )}
      <h3>{t('incidents.history')}</h3>
      <HistoryList items={history.data?.items ?? []} />
    </article>
  );
}

/** The workflow's next steps from this status; every read of incidents reloads after a move. */
function StatusActions({ incident }: { incident: Incident }) {
  const { t } = useI18n();
  const invalidate = useInvalidate();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const move = async (status: Incident['status']) => {
    try {
      await api('POST', `/api/incidents/${incident.id}/status`, {
        version: incident.version,
        status,
        reason,
      });
      setReason('');
      setError(null);
      await invalidate('/api/incidents');
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      <ErrorNotice error={error} />
      <input
        aria-label={t('incidents.reason')}
        placeholder={t('incidents.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      {allowedTransitions[incident.status].map((next) => (
        <button key={next} type="button" className="secondary" onClick={() => void move(next)}>
          {t(`transition.${next}`)}
        </button>
      ))}
    </>
  );
}

function HistoryList({ items }: { items: IncidentHistory['items'] }) {
  const { t, formatDate } = useI18n();
  const label = (action: string) => {
    const what = action.replace(/^incidents?\.(incident\.)?/, '');
    return (historyActions as readonly string[]).includes(what)
      ? t(`history.${what as (typeof historyActions)[number]}`)
      : action;
  };
  return (
    <ol className="history">
      {items.map((h, i) => (
        <li key={i}>
          <time dateTime={h.at}>{formatDate(h.at)}</time> — <span dir="ltr">{h.actorLabel}</span>:{' '}
          {label(h.action)}
        </li>
      ))}
    </ol>
  );
}

function IncidentFacts({ incident }: { incident: Incident }) {
  const { t, formatDate, formatDay } = useI18n();
  const c = incident.casualties;
  return (
    <dl className="facts">
      <dt>{t('incidents.occurredAt')}</dt>
      <dd>
        {incident.timePrecision === 'exact'
          ? formatDate(incident.occurredAt)
          : `${formatDay(incident.occurredAt)} (${t(`precision.time.${incident.timePrecision}`)})`}
      </dd>
      <dt>{t('incidents.where')}</dt>
      <dd>
        {[incident.location.placeName, incident.location.adminArea].filter(Boolean).join(', ')}{' '}
        <span dir="ltr">
          ({incident.location.latitude.toFixed(4)}, {incident.location.longitude.toFixed(4)})
        </span>{' '}
        — {t(`precision.place.${incident.location.precision}`)}
        <Near latitude={incident.location.latitude} longitude={incident.location.longitude} />
      </dd>
      <dt>{t('incidents.status')}</dt>
      <dd>
        <span className={`status status-${incident.status}`}>{t(`status.${incident.status}`)}</span>
        {incident.statusReason && ` — ${incident.statusReason}`}
      </dd>
      <dt>{t('incidents.killed')}</dt>
      <dd>
        {t('incidents.tollLine', {
          total: incident.fatalities,
          un: c.unPersonnel.killed,
          civilians: c.civilians.killed,
          armed: c.armedActors.killed,
          unknown: c.unattributedKilled,
        })}
      </dd>
      {incident.actors.length > 0 && (
        <>
          <dt>{t('incidents.actors')}</dt>
          <dd>
            {incident.actors.map((a) => `${a.name} (${t(`actorRole.${a.role}`)})`).join('; ')}
          </dd>
        </>
      )}
      {incident.sources.map((s, i) => (
        <div key={i} className="fact-row">
          <dt>{t('incidents.source')}</dt>
          <dd>
            <span className="grade">{`${s.reliability}${s.credibility}`}</span> {s.description}
          </dd>
        </div>
      ))}
      <dt>{t('incidents.origin')}</dt>
      <dd dir="ltr">
        {incident.origin.system}
        {incident.origin.sourceId ? ` ${incident.origin.sourceId}` : ''}
      </dd>
    </dl>
  );
}

/** "25 km north-east of Bria": where the point is, from the nearest town the map knows. */
function Near({ latitude, longitude }: { latitude: number; longitude: number }) {
  const { t, locale } = useI18n();
  const near = useApi(
    `/api/places/nearest?latitude=${latitude}&longitude=${longitude}`,
    NearestPlaceAnswer,
  );
  const place = near.data?.place;
  if (!place) return null;
  const name = locale === 'fr' && place.nameFr ? place.nameFr : place.name;
  return (
    <span className="muted near" data-testid="incident-near">
      <br />
      {place.distanceKm < 2
        ? t('places.at', { place: name })
        : t('places.near', {
            distance: place.distanceKm,
            direction: t(`places.direction.${place.direction}`),
            place: name,
          })}
    </span>
  );
}
