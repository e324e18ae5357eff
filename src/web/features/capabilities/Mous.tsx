/**
 * K6 (¶62): memoranda of understanding, each recording the unit it covers and carrying the
 * statement of unit requirements for it (of the unit's capability); a form to record one.
 */
import { Mou } from '../../../modules/capabilities/mou.schema.js';
import type { Pledge, UnitRequirement } from '../../../modules/capabilities/pledge.schema.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { listOf } from '../../lib/answers.js';
import { useApi, useInvalidate } from '../../lib/query.js';

const MouList = listOf(Mou);
import { CodeSelect } from '../../components/CodeSelect.js';
import { field, useSubmit } from '../../components/useSubmit.js';

export function Mous({
  pledges,
  requirements,
  canWrite,
}: {
  pledges: Pledge[];
  requirements: UnitRequirement[];
  canWrite: boolean;
}) {
  const { t } = useI18n();
  const list = useApi('/api/capabilities/mous', MouList);
  const items = list.data?.items ?? [];
  const loadError = list.error;
  const invalidate = useInvalidate();
  const { error, submit } = useSubmit(() => invalidate('/api/capabilities/mous'));
  const fieldError = useFieldErrors(error);
  const covered = new Set(items.map((m) => m.pledgeId));
  const open = pledges.filter((p) => !covered.has(p.id));
  const unitName = (p: Pledge) =>
    `${p.contributorName} · ${t(`readiness.capability.${p.capability}` as MessageKey)}`;
  const unitOf = (id: string) => pledges.find((p) => p.id === id);
  return (
    <section aria-label={t('mous.title')}>
      <h2>{t('mous.title')}</h2>
      <ErrorNotice error={loadError} />
      {items.length === 0 ? <p className="muted">{t('mous.none')}</p> : null}
      <ul data-testid="mous">
        {items.map((m) => {
          const unit = unitOf(m.pledgeId);
          return (
            <li key={m.id}>
              {t('mous.item', {
                reference: m.reference,
                unit: unit ? unitName(unit) : m.contributor,
                requirement: m.requirement.reference,
                date: m.signedOn,
              })}
            </li>
          );
        })}
      </ul>
      {canWrite && open.length > 0 && requirements.length > 0 ? (
        <form
          className="card"
          noValidate
          aria-label={t('mous.add')}
          onSubmit={(e) =>
            void submit(e, (f) =>
              api('POST', '/api/capabilities/mous', {
                reference: field(f, 'reference'),
                pledgeId: field(f, 'pledgeId'),
                requirementId: field(f, 'requirementId'),
                signedOn: field(f, 'signedOn'),
              }),
            )
          }
        >
          <ErrorNotice error={error} />
          <Field label={t('mous.reference')} name="reference" error={fieldError('reference')} />
          <CodeSelect
            label={t('mous.unit')}
            name="pledgeId"
            codes={open.map((p) => p.id)}
            prefix={(id) => unitName(unitOf(id)!)}
            error={fieldError('pledgeId')}
          />
          <CodeSelect
            label={t('mous.requirement')}
            name="requirementId"
            codes={requirements.map((r) => r.id)}
            prefix={(id) => requirements.find((r) => r.id === id)!.reference}
            error={fieldError('requirementId')}
          />
          <Field
            label={t('mous.signedOn')}
            name="signedOn"
            type="date"
            error={fieldError('signedOn')}
          />
          <button type="submit">{t('mous.add')}</button>
        </form>
      ) : null}
    </section>
  );
}
