/** One failure-to-act inquiry (E4): what was known, ordered and happened; the finding; who was informed, when, by which document. */
import type { Inquiry } from '../../../modules/early-warning/failure-to-act.schema.js';
import { ActionForm } from '../../components/ActionForm.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { Field, TextArea } from '../../components/Field.js';
import { field } from '../../components/useSubmit.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';

export function InquiryDetail({
  inquiry: i,
  subject,
  canWrite,
  onChange,
}: {
  inquiry: Inquiry;
  subject: string;
  canWrite: boolean;
  onChange: () => unknown;
}) {
  const { t } = useI18n();
  const path = `/api/early-warning/inquiries/${i.id}`;
  const awaiting = ['awaiting_notification', 'council_informed', 'member_states_informed'];
  return (
    <section className="card" aria-label={t('inquiries.inquiry')} data-testid="inquiry">
      <h2>
        {subject} · {i.incidentOn}
      </h2>
      <dl>
        <dt>{t('inquiries.who')}</dt>
        <dd>{i.who}</dd>
        <dt>{t('inquiries.known')}</dt>
        <dd>{i.known}</dd>
        <dt>{t('inquiries.ordered')}</dt>
        <dd>{i.ordered}</dd>
        <dt>{t('inquiries.happened')}</dt>
        <dd>{i.happened}</dd>
        <dt>{t('inquiries.finding')}</dt>
        <dd>
          {i.finding
            ? `${t(`inquiries.finding.${i.finding}` as MessageKey)} (${i.foundOn}): ${i.findingText}`
            : t('inquiries.state.open')}
        </dd>
        <dt>{t('inquiries.council')}</dt>
        <dd>{i.council ? `${i.council.on} · ${i.council.reference}` : '—'}</dd>
        <dt>{t('inquiries.memberStates')}</dt>
        <dd>
          {i.memberStates
            ? `${i.memberStates.on} · ${i.memberStates.states.join(', ')} · ${i.memberStates.reference}`
            : '—'}
        </dd>
      </dl>
      <p data-testid="inquiry-state">
        <strong>{t(`inquiries.state.${i.state}` as MessageKey)}</strong>
      </p>
      {canWrite && i.state === 'open' ? (
        <ActionForm
          title={t('inquiries.recordFinding')}
          onDone={onChange}
          call={(f) =>
            api('POST', `${path}/finding`, {
              version: i.version,
              finding: field(f, 'finding'),
              text: field(f, 'text'),
              foundOn: field(f, 'foundOn'),
            })
          }
        >
          {(fe) => (
            <>
              <CodeSelect
                label={t('inquiries.finding')}
                name="finding"
                codes={['failed_to_act', 'acted']}
                prefix="inquiries.finding."
                error={fe('finding')}
              />
              <TextArea label={t('inquiries.findingText')} name="text" error={fe('text')} />
              <Field
                label={t('inquiries.foundOn')}
                name="foundOn"
                type="date"
                error={fe('foundOn')}
              />
            </>
          )}
        </ActionForm>
      ) : null}
      {canWrite && awaiting.includes(i.state) ? (
        <ActionForm
          title={t('inquiries.recordNotification')}
          onDone={onChange}
          call={(f) =>
            api('POST', `${path}/notifications`, {
              version: i.version,
              recipient: field(f, 'recipient'),
              on: field(f, 'on'),
              reference: field(f, 'reference'),
              memberStates: field(f, 'memberStates')
                .split(/[\s,]+/)
                .filter(Boolean)
                .map((s) => s.toUpperCase()),
            })
          }
        >
          {(fe) => (
            <>
              <CodeSelect
                label={t('inquiries.recipient')}
                name="recipient"
                codes={[
                  ...(i.council ? [] : ['council']),
                  ...(i.memberStates ? [] : ['member_states']),
                ]}
                prefix="inquiries.recipient."
                error={fe('recipient')}
              />
              <Field label={t('inquiries.on')} name="on" type="date" error={fe('on')} />
              <Field label={t('inquiries.reference')} name="reference" error={fe('reference')} />
              <Field
                label={t('inquiries.memberStatesCodes')}
                name="memberStates"
                defaultValue={i.unit?.contributor ?? ''}
                error={fe('memberStates')}
              />
            </>
          )}
        </ActionForm>
      ) : null}
    </section>
  );
}
