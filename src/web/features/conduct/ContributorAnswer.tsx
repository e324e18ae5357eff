/**
 * ¶120's non-response on a case naming a contingent: the contributor's answer — a national
 * investigation officer appointed, or investigating declined — due 10 working days after receipt.
 * Past the day with no answer, a repatriation decision goes to headquarters.
 */
import type { Case } from '../../../modules/conduct/case.schema.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { field, useSubmit } from '../../components/useSubmit.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';

export function ContributorAnswer({
  c,
  onChanged,
  canWrite,
}: {
  c: Case;
  onChanged: (c: Case) => void;
  canWrite: boolean;
}) {
  const { t, formatDay } = useI18n();
  const { error, submit } = useSubmit(() => undefined);
  const fieldError = useFieldErrors(error);
  const r = c.contributorResponse;
  if (!r) return null;
  const late = r.state === 'overdue' || r.state === 'answered_late';
  return (
    <section aria-label={t('answer.title')} data-testid="contributor-answer">
      <h3>{t('answer.title')}</h3>
      <p className={late ? 'notice-error' : undefined}>
        {t(`answer.state.${r.state}` as MessageKey, {
          due: formatDay(r.dueOn),
          on: r.respondedOn ? formatDay(r.respondedOn) : '',
          response: r.response ? t(`answer.response.${r.response}` as MessageKey) : '',
        })}
      </p>
      {canWrite && r.response === null ? (
        <form
          className="inline-form"
          noValidate
          onSubmit={(e) =>
            void submit(e, async (f) =>
              onChanged(
                await api<Case>('POST', `/api/conduct/cases/${c.id}/contributor-response`, {
                  version: c.version,
                  response: field(f, 'response'),
                  respondedOn: field(f, 'respondedOn'),
                }),
              ),
            )
          }
        >
          <ErrorNotice error={error} />
          <CodeSelect
            label={t('answer.responseLabel')}
            name="response"
            codes={['nio_appointed', 'declined_to_investigate']}
            prefix="answer.response."
          />
          <Field
            label={t('answer.respondedOn')}
            name="respondedOn"
            type="date"
            error={fieldError('respondedOn')}
          />
          <button type="submit">{t('answer.record')}</button>
        </form>
      ) : null}
    </section>
  );
}
