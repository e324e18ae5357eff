/**
 * The Peacekeeping Capability Readiness System as a force generation officer works it (K1, K6):
 * pledges by contributor with the level that holds today, one pledge's history and evidence, a form
 * to pledge a unit, and the missions' statements of unit requirements.
 */
import { useState } from 'react';
import { Pledge, UnitRequirement } from '../../../modules/capabilities/pledge.schema.js';
import { MissionList } from '../../../modules/missions/mission.schema.js';
import type { PageProps } from '../../app/modules.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { listOf } from '../../lib/answers.js';
import { useApi, useInvalidate } from '../../lib/query.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { field, useSubmit } from '../../components/useSubmit.js';
import { capabilityTypes } from '../../../modules/capabilities/pledge.schema.js';
import { Mous } from './Mous.js';
import { PledgeDetail } from './PledgeDetail.js';
import { RequirementForm } from './RequirementForm.js';

function PledgeForm({ onDone }: { onDone: (p: Pledge) => void }) {
  const { t } = useI18n();
  const { error, submit } = useSubmit(() => undefined);
  const fieldError = useFieldErrors(error);
  return (
    <form
      className="card"
      noValidate
      aria-label={t('readiness.pledge')}
      onSubmit={(e) =>
        void submit(e, async (f) =>
          onDone(
            await api<Pledge>('POST', '/api/capabilities/pledges', {
              contributor: field(f, 'contributor'),
              capability: field(f, 'capability'),
              strength: Number(field(f, 'strength')),
              women: Number(field(f, 'women')),
              availableFrom: field(f, 'availableFrom'),
            }),
          ),
        )
      }
    >
      <ErrorNotice error={error} />
      <Field
        label={t('readiness.contributor')}
        name="contributor"
        maxLength={3}
        placeholder="RWA"
        error={fieldError('contributor')}
      />
      <CodeSelect
        label={t('readiness.capabilityLabel')}
        name="capability"
        codes={capabilityTypes}
        prefix="readiness.capability."
      />
      <Field
        label={t('readiness.strengthLabel')}
        name="strength"
        type="number"
        min={1}
        error={fieldError('strength')}
      />
      <Field
        label={t('readiness.women')}
        name="women"
        type="number"
        min={0}
        defaultValue={0}
        error={fieldError('women')}
      />
      <Field
        label={t('readiness.availableFrom')}
        name="availableFrom"
        type="date"
        error={fieldError('availableFrom')}
      />
      <button type="submit">{t('readiness.pledge')}</button>
    </form>
  );
}

const Pledges = listOf(Pledge);
const Requirements = listOf(UnitRequirement);

export function ReadinessPage({ me }: PageProps) {
  const { t } = useI18n();
  const canWrite = me.permissions.includes('capabilities:write');
  const pledgeList = useApi('/api/capabilities/pledges', Pledges);
  const requirementList = useApi('/api/capabilities/requirements', Requirements);
  const missionList = useApi('/api/missions', MissionList);
  const pledges = pledgeList.data?.items ?? [];
  const requirements = requirementList.data?.items ?? [];
  const missions = [...(missionList.data?.items ?? [])].sort((a, b) =>
    a.acronym.localeCompare(b.acronym),
  );
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const detail = useApi(selectedId ? `/api/capabilities/pledges/${selectedId}` : null, Pledge);
  const selected = detail.data ?? null;
  const [pledging, setPledging] = useState(false);
  const error = pledgeList.error ?? requirementList.error ?? missionList.error ?? detail.error;
  const invalidate = useInvalidate();
  const load = () => invalidate('/api/capabilities');
  // A pledge changed (or a contributor's standing, which moves every pledge): all reads reload.
  const changed = (p: Pledge) => {
    setSelectedId(p.id);
    setPledging(false);
    void load();
  };
  return (
    <section>
      <h1>{t('readiness.title')}</h1>
      <p className="muted">{t('readiness.intro')}</p>
      <ErrorNotice error={error} />
      {canWrite ? (
        <button type="button" onClick={() => setPledging((v) => !v)}>
          {t('readiness.pledge')}
        </button>
      ) : null}
      {pledging ? <PledgeForm onDone={changed} /> : null}
      {pledges.length === 0 ? <p className="muted">{t('readiness.none')}</p> : null}
      <table data-testid="pledges">
        <thead>
          <tr>
            <th>{t('readiness.contributor')}</th>
            <th>{t('readiness.capabilityLabel')}</th>
            <th>{t('readiness.strengthLabel')}</th>
            <th>{t('readiness.levelLabel')}</th>
            <th>{t('readiness.availableFrom')}</th>
            <th>{t('readiness.standing')}</th>
          </tr>
        </thead>
        <tbody>
          {pledges.map((p) => (
            <tr key={p.id}>
              <td>
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    setSelectedId(p.id);
                    void invalidate(`/api/capabilities/pledges/${p.id}`);
                  }}
                >
                  {p.contributorName}
                </button>
              </td>
              <td>{t(`readiness.capability.${p.capability}` as MessageKey)}</td>
              <td>{t('readiness.strength', { strength: p.strength, women: p.women })}</td>
              <td className={p.visitExpiredOn ? 'verdict-match' : undefined}>
                {t(`readiness.level.${p.level}` as MessageKey)}
              </td>
              <td>{p.availableFrom}</td>
              <td className={p.eligibility.status === 'eligible' ? undefined : 'verdict-match'}>
                {t(`readiness.eligibility.${p.eligibility.status}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {selected ? (
        <PledgeDetail
          key={`${selected.id}-${selected.version}`}
          p={selected}
          context={{ requirements, missions }}
          canWrite={canWrite}
          onChanged={changed}
        />
      ) : null}
      <h2>{t('readiness.requirements')}</h2>
      {canWrite ? <RequirementForm missions={missions} onDone={() => void load()} /> : null}
      <ul data-testid="requirements">
        {requirements.map((r) => (
          <li key={r.id}>
            {r.reference} · {t(`readiness.capability.${r.capability}` as MessageKey)} · {r.strength}{' '}
            · {r.location} · {r.deadline}
          </li>
        ))}
      </ul>
      <Mous pledges={pledges} requirements={requirements} canWrite={canWrite} />
    </section>
  );
}
