/**
 * Force selection (K5) as a force generation officer works it: choose a statement of unit
 * requirements and the lowest level accepted; read the ranked, explained shortlist and the excluded
 * units with their rules; select one, and follow its deployment (K9).
 */
import { useState } from 'react';
import { UnitRequirement } from '../../../modules/capabilities/pledge.schema.js';
import { levels as readinessLevels } from '../../../modules/capabilities/readiness.rules.js';
import { Shortlist } from '../../../modules/force-selection/selection.schema.js';
import { MissionList } from '../../../modules/missions/mission.schema.js';
import type { PageProps } from '../../app/modules.js';
import { navigate } from '../../app/router.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { listOf } from '../../lib/answers.js';
import { useApi, useInvalidate } from '../../lib/query.js';
import { ShortlistView } from './Shortlist.js';

/** A shortlist asks at least level 2: level 1 is a pledge not yet visited (K1). */
const levels = readinessLevels.filter((l) => l !== '1');
const Requirements = listOf(UnitRequirement);

export function SelectionPage({ me }: PageProps) {
  const { t } = useI18n();
  const canWrite = me.permissions.includes('capabilities:write');
  const requirementList = useApi('/api/capabilities/requirements', Requirements);
  const requirements = requirementList.data?.items ?? null;
  const missions = useApi('/api/missions', MissionList).data?.items ?? [];
  const [picked, setChosen] = useState('');
  const chosen = picked || (requirements?.[0]?.id ?? '');
  const [minimumLevel, setMinimumLevel] = useState<string>('2');
  const shortlist = useApi(
    chosen
      ? `/api/capabilities/requirements/${chosen}/selection?${new URLSearchParams({ minimumLevel })}`
      : null,
    Shortlist,
  );
  const list = shortlist.data ?? null;
  const [selectError, setError] = useState<unknown>(null);
  const error = selectError ?? requirementList.error ?? shortlist.error;
  const invalidate = useInvalidate();
  const select = (unitId: string) => {
    setError(null);
    api('POST', `/api/capabilities/requirements/${chosen}/selection`, { unitId, minimumLevel })
      .then(() => invalidate('/api/capabilities'))
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
