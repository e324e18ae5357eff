/** One incident beside the map: what, where, who, tolls, sources, status actions and its audit history. */
import { useEffect, useState } from 'react';
import {
  allowedTransitions,
  type Incident,
  type IncidentHistory,
} from '../../../modules/incidents/incident.schema.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { navigate } from '../../app/router.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';
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
  version: number;
  onEdit: (incident: Incident) => void;
  onChanged: () => void;
  onClose: () => void;
}

export function IncidentDetail({
  id,
  canWrite,
  canVerify,
  canWarn,
  version,
  onEdit,
  onChanged,
  onClose,
}: Props) {
  const { t, formatDate, formatDay } = useI18n();
  const [incident, setIncident] = useState<Incident | null>(null);
  const [history, setHistory] = useState<IncidentHistory['items']>([]);
  const [error, setError] = useState<unknown>(null);
  const [reason, setReason] = useState('');
  useEffect(() => {
    let live = true;
    Promise.all([
      api<Incident>('GET', `/api/incidents/${id}`),
      api<IncidentHistory>('GET', `/api/incidents/${id}/history`),
    ]).then(([i, h]) => {
      if (!live) return;
      setIncident(i);
      setHistory(h.items);
      setError(null);
    }, setError);
    return () => {
      live = false;
    };
  }, [id, version]);
  if (!incident) return <ErrorNotice error={error} />;
  const c = incident.casualties;
  const move = async (status: Incident['status']) => {
    try {
      await api('POST', `/api/incidents/${incident.id}/status`, {
        version: incident.version,
        status,
        reason,
      });
      setReason('');
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  const historyLabel = (action: string) => {
    const what = action.replace(/^incidents?\.(incident\.)?/, '');
    return (historyActions as readonly string[]).includes(what)
      ? t(`history.${what as (typeof historyActions)[number]}`)
      : action;
  };
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
      <ErrorNotice error={error} />
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
        </dd>
        <dt>{t('incidents.status')}</dt>
        <dd>
          <span className={`status status-${incident.status}`}>
            {t(`status.${incident.status}`)}
          </span>
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
      {incident.narrative && <p className="narrative">{incident.narrative}</p>}
      <div className="actions">
        {canWrite && editable && (
          <button type="button" onClick={() => onEdit(incident)}>
            {t('incidents.edit')}
          </button>
        )}
        {canVerify && (
          <>
            <input
              aria-label={t('incidents.reason')}
              placeholder={t('incidents.reason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            {allowedTransitions[incident.status].map((next) => (
              <button
                key={next}
                type="button"
                className="secondary"
                onClick={() => void move(next)}
              >
                {t(`transition.${next}`)}
              </button>
            ))}
          </>
        )}
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
      <h3>{t('incidents.history')}</h3>
      <ol className="history">
        {history.map((h, i) => (
          <li key={i}>
            <time dateTime={h.at}>{formatDate(h.at)}</time> — <span dir="ltr">{h.actorLabel}</span>:{' '}
            {historyLabel(h.action)}
          </li>
        ))}
      </ol>
    </article>
  );
}
