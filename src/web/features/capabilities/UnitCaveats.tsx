/**
 * K2 (¶98) on a pledge: its national caveats in their structured form, the deployment that froze
 * them, incidents of the unit (a caveat refused after deployment), and — before deployment — the
 * forms to declare a caveat and to deploy the unit.
 */
import type { Mission } from '../../../modules/missions/mission.schema.js';
import type { Pledge } from '../../../modules/capabilities/pledge.schema.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { field, useSubmit } from '../../components/useSubmit.js';
import { caveatTasks } from '../../../modules/capabilities/caveat.rules.js';

export function UnitCaveats({
  p,
  missions,
  canWrite,
  onChanged,
}: {
  p: Pledge;
  missions: Mission[];
  canWrite: boolean;
  onChanged: (p: Pledge) => void;
}) {
  const { t, formatDate } = useI18n();
  const caveat = useSubmit(() => undefined);
  const deploy = useSubmit(() => undefined);
  const caveatError = useFieldErrors(caveat.error);
  const deployError = useFieldErrors(deploy.error);
  const acronym = (id: string) => missions.find((m) => m.id === id)?.acronym ?? id;
  return (
    <section aria-label={t('caveats.title')} data-testid="unit-caveats">
      <h3>{t('caveats.title')}</h3>
      {p.caveats.length === 0 ? <p className="muted">{t('caveats.none')}</p> : null}
      <ul>
        {p.caveats.map((c) => (
          <li key={c.id}>
            <strong>{t(`caveats.task.${c.task}` as MessageKey)}</strong>
            {[c.geography, c.time, c.conditions].filter(Boolean).map((x) => ` · ${x}`)}
            <br />
            {c.text}
          </li>
        ))}
      </ul>
      {p.deployment ? (
        <p className="notice" data-testid="deployment">
          {t('caveats.frozen', {
            mission: acronym(p.deployment.missionId),
            date: p.deployment.deployedOn,
          })}
        </p>
      ) : null}
      {p.incidents.length > 0 ? (
        <>
          <h3>{t('caveats.incidents')}</h3>
          <ul data-testid="unit-incidents">
            {p.incidents.map((i, k) => (
              <li key={k}>
                {t(`caveats.incident.${i.kind}` as MessageKey)} · {formatDate(i.at)} · {i.by}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {canWrite && !p.deployment ? (
        <>
          <form
            className="inline-form"
            noValidate
            aria-label={t('caveats.declare')}
            onSubmit={(e) =>
              void caveat.submit(e, async (f) =>
                onChanged(
                  await api<Pledge>('POST', `/api/capabilities/pledges/${p.id}/caveats`, {
                    task: field(f, 'task'),
                    geography: field(f, 'geography'),
                    time: field(f, 'time'),
                    conditions: field(f, 'conditions'),
                    text: field(f, 'text'),
                  }),
                ),
              )
            }
          >
            <ErrorNotice error={caveat.error} />
            <CodeSelect
              label={t('caveats.taskLabel')}
              name="task"
              codes={caveatTasks}
              prefix="caveats.task."
            />
            <Field label={t('caveats.geography')} name="geography" />
            <Field label={t('caveats.time')} name="time" />
            <Field label={t('caveats.conditions')} name="conditions" />
            <Field label={t('caveats.text')} name="text" error={caveatError('text')} />
            <button type="submit">{t('caveats.declare')}</button>
          </form>
          <form
            className="inline-form"
            noValidate
            aria-label={t('caveats.deploy')}
            onSubmit={(e) =>
              void deploy.submit(e, async (f) =>
                onChanged(
                  await api<Pledge>('POST', `/api/capabilities/pledges/${p.id}/deployment`, {
                    version: p.version,
                    missionId: field(f, 'missionId'),
                    deployedOn: field(f, 'deployedOn'),
                  }),
                ),
              )
            }
          >
            <ErrorNotice error={deploy.error} />
            <CodeSelect
              label={t('capabilities.mission')}
              name="missionId"
              codes={missions.map((m) => m.id)}
              prefix={(id) => acronym(id)}
            />
            <Field
              label={t('caveats.deployedOn')}
              name="deployedOn"
              type="date"
              error={deployError('deployedOn')}
            />
            <button type="submit">{t('caveats.deploy')}</button>
          </form>
        </>
      ) : null}
    </section>
  );
}
