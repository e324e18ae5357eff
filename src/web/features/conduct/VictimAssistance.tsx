/** C7 (¶123): one victim's referrals to providers, followed to an outcome, on the case itself. */
import type { Assistance } from '../../../modules/conduct/assistance.schema.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { field, useSubmit } from '../../components/useSubmit.js';

const kinds = ['medical', 'psychosocial', 'legal', 'livelihood', 'paternity_support'];
const statuses = ['referred', 'in_progress', 'completed', 'declined'];

export function VictimAssistance({
  caseId,
  victimId,
  items,
  onChanged,
}: {
  caseId: string;
  victimId: string;
  items: Assistance[];
  onChanged: () => void;
}) {
  const { t, formatDay } = useI18n();
  const { error, submit: send } = useSubmit(onChanged);
  const fieldError = useFieldErrors(error);
  const text = field;
  return (
    <div className="assistance" data-testid="victim-assistance">
      <h4>{t('assistance.title')}</h4>
      <ErrorNotice error={error} />
      {items.length === 0 ? <p className="muted">{t('assistance.none')}</p> : null}
      <ul>
        {items.map((a) => (
          <li key={a.id}>
            {t(`assistance.kind.${a.kind}` as MessageKey)} · {a.provider} ·{' '}
            {formatDay(a.referredOn)} · {t(`assistance.status.${a.status}` as MessageKey)}
            {a.completedOn ? ` · ${formatDay(a.completedOn)}` : ''}
            {a.outcome ? ` · ${a.outcome}` : ''}
            <form
              className="inline-form"
              noValidate
              onSubmit={(e) =>
                void send(e, (f) =>
                  api('PATCH', `/api/conduct/assistance/${a.id}`, {
                    version: a.version,
                    status: text(f, 'status'),
                    startedOn: text(f, 'startedOn') || undefined,
                    completedOn: text(f, 'completedOn') || undefined,
                    outcome: text(f, 'outcome'),
                  }),
                )
              }
            >
              <CodeSelect
                label={t('assistance.statusLabel')}
                name="status"
                codes={statuses}
                prefix="assistance.status."
                defaultValue={a.status}
              />
              <Field
                label={t('assistance.startedOn')}
                name="startedOn"
                type="date"
                defaultValue={a.startedOn ?? ''}
              />
              <Field
                label={t('assistance.completedOn')}
                name="completedOn"
                type="date"
                defaultValue={a.completedOn ?? ''}
                error={fieldError('completedOn')}
              />
              <Field label={t('assistance.outcome')} name="outcome" />
              <button type="submit" className="secondary">
                {t('assistance.update')}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        noValidate
        onSubmit={(e) =>
          void send(e, (f) =>
            api('POST', `/api/conduct/cases/${caseId}/assistance`, {
              victimId,
              kind: text(f, 'kind'),
              provider: text(f, 'provider'),
              referredOn: text(f, 'referredOn'),
            }),
          )
        }
      >
        <CodeSelect
          label={t('assistance.kindLabel')}
          name="kind"
          codes={kinds}
          prefix="assistance.kind."
        />
        <Field label={t('assistance.provider')} name="provider" error={fieldError('provider')} />
        <Field
          label={t('assistance.referredOn')}
          name="referredOn"
          type="date"
          error={fieldError('referredOn')}
        />
        <button type="submit">{t('assistance.refer')}</button>
      </form>
    </div>
  );
}
