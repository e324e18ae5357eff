/**
 * Force selection (K5) as a force generation officer works it: choose a statement of unit
 * requirements and the lowest level accepted; read the ranked, explained shortlist and the excluded
 * units with their rules; select one, and follow its deployment (K9).
 */
import { useCallback, useEffect, useState } from 'react';
import type { UnitRequirement } from '../../../modules/capabilities/pledge.schema.js';
import type { Shortlist } from '../../../modules/force-selection/selection.schema.js';
import type { Mission } from '../../../modules/missions/mission.schema.js';
import type { PageProps } from '../../app/modules.js';
import { navigate } from '../../app/router.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { ShortlistView } from './Shortlist.js';

const levels = ['2', '3', 'rdl'] as const;

export function SelectionPage({ me }: PageProps) {
  const { t } = useI18n();
  const canWrite = me.permissions.includes('capabilities:write');
  const [requirements, setRequirements] = useState<UnitRequirement[] | null>(null);
  const [missions, setMissions] = useState<Mission[]>([]);
  const [chosen, setChosen] = useState('');
  const [minimumLevel, setMinimumLevel] = useState<string>('2');
  const [list, setList] = useState<Shortlist | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api<{ items: UnitRequirement[] }>('GET', '/api/capabilities/requirements').then((r) => {
      setRequirements(r.items);
      setChosen((c) => c || (r.items[0]?.id ?? ''));
    }, setError);
    api<{ items: Mission[] }>('GET', '/api/missions').then((r) => setMissions(r.items), setError);
  }, []);
  const load = useCallback(async () => {
    if (!chosen) return;
    const q = new URLSearchParams({ minimumLevel });
    setList(await api<Shortlist>('GET', `/api/capabilities/requirements/${chosen}/selection?${q}`));
  }, [chosen, minimumLevel]);
  useEffect(() => {
    setList(null);
    load().catch(setError);
  }, [load]);
  const select = (unitId: string) => {
    setError(null);
    api('POST', `/api/capabilities/requirements/${chosen}/selection`, { unitId, minimumLevel })
      .then(load)
      .catch(setError);
  };
  const acronym = (id: string) => missions.find((m) => m.id === id)?.acronym ?? '';
  const req = list?.requirement;
  return (
    <section>
      <h1>{t('selection.title')}</h1>
      <p className="muted">{t('selection.intro')}</p>
      <ErrorNotice error={error} />
      {requirements?.length === 0 ? <p>{t('selection.noRequirements')}</p> : null}
      {requirements && requirements.length > 0 ? (
        <div className="filters">
          <label>
            {t('selection.requirement')}{' '}
            <select
              data-testid="requirement-select"
              value={chosen}
              onChange={(e) => setChosen(e.target.value)}
            >
              {requirements.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.reference} · {acronym(r.missionId)} ·{' '}
                  {t(`readiness.capability.${r.capability}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {t('selection.minimumLevel')}{' '}
            <select value={minimumLevel} onChange={(e) => setMinimumLevel(e.target.value)}>
              {levels.map((l) => (
                <option key={l} value={l}>
                  {t(`readiness.level.${l}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
      {req ? (
        <p data-testid="requirement">
          {t('selection.requirementSummary', {
            reference: req.reference,
            capability: t(`readiness.capability.${req.capability}` as MessageKey),
            strength: req.strength,
            location: req.location,
            deadline: req.deadline,
          })}
          {req.taskKinds.length > 0
            ? ` · ${t('readiness.taskKinds')}: ${req.taskKinds
                .map((k) => t(`caveats.task.${k}` as MessageKey))
                .join(', ')}`
            : ''}
        </p>
      ) : null}
      {list?.selection ? (
        <p className="notice" data-testid="selected">
          {t('selection.selected', {
            date: list.selection.selectedOn,
            by: list.selection.selectedBy,
          })}{' '}
          <button type="button" className="link" onClick={() => navigate('/deployments')}>
            {t('selection.follow')}
          </button>
        </p>
      ) : null}
      {list ? (
        <ShortlistView list={list} onSelect={canWrite && !list.selection ? select : null} />
      ) : null}
    </section>
  );
}
