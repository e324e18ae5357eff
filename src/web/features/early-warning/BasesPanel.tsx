/** The bases alert distances are measured from: listed per mission, one added by headquarters or the mission's analysts. */
import type { Mission } from '../../../modules/missions/mission.schema.js';
import type { Base } from '../../../modules/missions/base.schema.js';
import type { Me } from '../../app/session.js';
import { ActionForm } from '../../components/ActionForm.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { Field } from '../../components/Field.js';
import { field } from '../../components/useSubmit.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { MissionField } from '../../components/MissionField.js';

const kinds = [
  'headquarters',
  'sector_headquarters',
  'company_base',
  'team_site',
  'police',
  'other',
];

export function BasesPanel({
  me,
  missions,
  bases,
  canWrite,
  onChange,
}: {
  me: Me;
  missions: Mission[];
  bases: Base[];
  canWrite: boolean;
  onChange: () => void;
}) {
  const { t } = useI18n();
  const acronym = (id: string) => missions.find((m) => m.id === id)?.acronym ?? '';
  return (
    <section aria-label={t('alerts.bases')}>
      <h2>{t('alerts.bases')}</h2>
      <details>
        <summary>{t('alerts.basesCount', { n: bases.length })}</summary>
        <ul data-testid="bases">
          {bases.map((b) => (
            <li key={b.id}>
              {acronym(b.missionId)} · {b.name} ({t(`alerts.baseKind.${b.kind}` as MessageKey)}){' '}
              <bdi dir="ltr" className="muted">
                {b.latitude}, {b.longitude} · {b.source}
              </bdi>
            </li>
          ))}
        </ul>
      </details>
      {canWrite ? (
        <ActionForm
          title={t('alerts.addBase')}
          onDone={onChange}
          call={(f) =>
            api('POST', `/api/missions/${me.missionId ?? field(f, 'missionId')}/bases`, {
              name: field(f, 'name'),
              kind: field(f, 'kind'),
              latitude: field(f, 'latitude') === '' ? NaN : Number(field(f, 'latitude')),
              longitude: field(f, 'longitude') === '' ? NaN : Number(field(f, 'longitude')),
            })
          }
        >
          {(fe) => (
            <>
              <MissionField me={me} missions={missions} error={fe('missionId')} />
              <Field label={t('alerts.baseName')} name="name" error={fe('name')} />
              <CodeSelect
                label={t('alerts.baseKind')}
                name="kind"
                codes={kinds}
                prefix="alerts.baseKind."
                error={fe('kind')}
              />
              <Field
                label={t('alerts.latitude')}
                name="latitude"
                type="number"
                step="any"
                error={fe('latitude')}
              />
              <Field
                label={t('alerts.longitude')}
                name="longitude"
                type="number"
                step="any"
                error={fe('longitude')}
              />
            </>
          )}
        </ActionForm>
      ) : null}
    </section>
  );
}
