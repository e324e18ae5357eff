/**
 * M4 and M5 for the mission's medical officers: the deaths recorded in the mission, each with its
 * next-of-kin steps (owner, due day, done day; overdue ones marked) and the form that records a
 * death with its incident and casualty. No name of the deceased or the family is asked for.
 */
import { useState, type FormEvent } from 'react';
import type { CasualtySummary } from '../../../modules/medical/casualty.schema.js';
import type { RecordedFatality } from '../../../modules/medical/fatality.schema.js';
import {
  genders,
  incidentTypes,
  personnelTypes,
} from '../../../modules/medical/fatality.taxonomy.js';
import type { PageProps } from '../../app/modules.js';
import { ActionForm } from '../../components/ActionForm.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { MissionField, useMissions } from '../../components/MissionField.js';
import { field } from '../../components/useSubmit.js';
import type { MessageKey } from '../../i18n/en.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';

export function RecordFatalityForm({
  me,
  casualties,
  onDone,
}: {
  me: PageProps['me'];
  casualties: CasualtySummary[];
  onDone: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const missions = useMissions();
  return (
    <ActionForm
      title={t('medical.recordFatality')}
      onDone={onDone}
      call={(f) =>
        api('POST', '/api/medical/fatalities', {
          missionId: field(f, 'missionId') || undefined,
          diedOn: field(f, 'diedOn'),
          gender: field(f, 'gender'),
          nationality: field(f, 'nationality'),
          personnelType: field(f, 'personnelType'),
          incidentType: field(f, 'incidentType'),
          incidentId: field(f, 'incidentId') || null,
          casualtyId: field(f, 'casualtyId') || null,
          owner: field(f, 'owner') || undefined,
        })
      }
    >
      {(fe) => (
        <>
          <MissionField me={me} missions={missions} error={fe('missionId')} />
          <div className="grid">
            <Field
              label={t('medical.diedOn')}
              name="diedOn"
              type="date"
              defaultValue={new Date().toISOString().slice(0, 10)}
              error={fe('diedOn')}
            />
            <Field
              label={t('medical.nationalityOf')}
              name="nationality"
              error={fe('nationality')}
            />
            <CodeSelect
              label={t('medical.gender')}
              name="gender"
              codes={genders}
              prefix="medical.gender."
              error={fe('gender')}
            />
            <CodeSelect
              label={t('medical.personnelType')}
              name="personnelType"
              codes={personnelTypes}
              prefix="fatalities.personnel."
              error={fe('personnelType')}
            />
            <CodeSelect
              label={t('medical.incidentType')}
              name="incidentType"
              codes={incidentTypes}
              prefix="fatalities.type."
              error={fe('incidentType')}
            />
            <Field label={t('medical.incident')} name="incidentId" error={fe('incidentId')} />
            <CodeSelect
              label={t('medical.casualtyOf')}
              name="casualtyId"
              codes={casualties.map((c) => c.id)}
              prefix={(id) => casualties.find((c) => c.id === id)?.reference ?? id}
              placeholder="—"
              error={fe('casualtyId')}
            />
            <Field label={t('medical.owner')} name="owner" error={fe('owner')} />
          </div>
        </>
      )}
    </ActionForm>
  );
}

export function FatalitiesList({
  fatalities,
  canWrite,
  onChange,
}: {
  fatalities: RecordedFatality[];
  canWrite: boolean;
  onChange: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  if (fatalities.length === 0) return <p>{t('medical.noFatalities')}</p>;
  return (
    <div data-testid="recorded-fatalities">
      {fatalities.map((f) => (
        <article key={f.id} className="card" data-reference={f.reference}>
          <h3>
            {f.reference} · <bdi dir="ltr">{f.diedOn}</bdi> ·{' '}
            {t(`fatalities.personnel.${f.personnelType}` as MessageKey)} · {f.nationality} ·{' '}
            {t(`fatalities.type.${f.incidentType}` as MessageKey)}
            {f.illustrative ? <small className="badge">{t('medical.illustrative')}</small> : null}
          </h3>
          <p className="muted">
            {t(`medical.channel.${f.channel}`)}
            {f.followUp ? ` · ${t('medical.followUpOpen')}` : ''}
          </p>
          <table>
            <thead>
              <tr>
                <th>{t('medical.nokStep')}</th>
                <th>{t('medical.owner')}</th>
                <th>{t('medical.dueOn')}</th>
                <th>{t('medical.doneOn')}</th>
              </tr>
            </thead>
            <tbody>
              {f.nextOfKin.map((s) => (
                <tr
                  key={s.step}
                  data-step={s.step}
                  className={s.state === 'overdue' ? 'row-warn' : undefined}
                >
                  <td>
                    {t(`medical.nok.${s.step}`)}
                    {s.note ? <small className="muted"> · {s.note}</small> : null}
                  </td>
                  <td>{s.owner}</td>
                  <td className={s.state === 'overdue' ? 'overdue' : undefined}>
                    <bdi dir="ltr">{s.dueOn}</bdi>
                    {s.state === 'overdue' ? ` · ${t('medical.overdue')}` : ''}
                  </td>
                  <td>
                    {s.doneOn ? (
                      <bdi dir="ltr">{s.doneOn}</bdi>
                    ) : canWrite ? (
                      <DoneForm fatality={f} step={s.step} version={s.version} onDone={onChange} />
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      ))}
    </div>
  );
}

/** Records one step done, on the day given (today by default). */
function DoneForm({
  fatality,
  step,
  version,
  onDone,
}: {
  fatality: RecordedFatality;
  step: string;
  version: number;
  onDone: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const doneOn = field(new FormData(e.currentTarget), 'doneOn');
    try {
      await api('PATCH', `/api/medical/fatalities/${fatality.id}/next-of-kin/${step}`, {
        version,
        doneOn,
      });
      setError(null);
      await onDone();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form
      className="inline-form"
      aria-label={`${t('medical.markDone')} ${step}`}
      onSubmit={(e) => void submit(e)}
    >
      <input
        type="date"
        name="doneOn"
        aria-label={t('medical.doneOn')}
        defaultValue={new Date().toISOString().slice(0, 10)}
      />
      <button type="submit" className="secondary">
        {t('medical.markDone')}
      </button>
      <ErrorNotice error={error} />
    </form>
  );
}
