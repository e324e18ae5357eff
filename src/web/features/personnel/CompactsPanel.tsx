/**
 * P4 (¶118) for human resources: the heads of mission's senior manager compacts — objectives per
 * year, the assessment at the year's end, its bearing on renewal — and the forms to record each,
 * refused by the server as the rule says (not before December, renewal only once assessed).
 */
import { z } from '@hono/zod-openapi';
import { type Appointment, Compact } from '../../../modules/personnel/leadership.schema.js';
import { compactRatings, renewalBearings } from '../../../modules/personnel/leadership.rules.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { field, useSubmit } from '../../components/useSubmit.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { useApi, useInvalidate } from '../../lib/query.js';

const Compacts = z.object({ items: z.array(Compact) });

function useAct() {
  const invalidate = useInvalidate();
  return useSubmit(() => invalidate('/api/personnel/compacts'));
}

function AssessForm({ c }: { c: Compact }) {
  const { t } = useI18n();
  const { error, submit, pending } = useAct();
  const assessed = c.assessedOn !== null;
  return (
    <form
      className="inline-form"
      noValidate
      aria-label={t(assessed ? 'personnel.compact.renewal' : 'personnel.compact.assess', {
        year: c.year,
      })}
      onSubmit={(e) =>
        void submit(e, (f) =>
          assessed
            ? api('POST', `/api/personnel/compacts/${c.id}/renewal`, {
                version: c.version,
                bearing: field(f, 'bearing'),
                note: field(f, 'note'),
              })
            : api('POST', `/api/personnel/compacts/${c.id}/assessment`, {
                version: c.version,
                assessedOn: field(f, 'assessedOn'),
                rating: field(f, 'rating'),
                assessment: field(f, 'assessment'),
              }),
        )
      }
    >
      <ErrorNotice error={error} />
      {assessed ? (
        <>
          <CodeSelect
            label={t('personnel.compact.bearing')}
            name="bearing"
            codes={renewalBearings}
            prefix="personnel.bearing."
          />
          <Field label={t('personnel.compact.note')} name="note" />
        </>
      ) : (
        <>
          <Field label={t('personnel.compact.assessedOn')} name="assessedOn" type="date" />
          <CodeSelect
            label={t('personnel.compact.rating')}
            name="rating"
            codes={compactRatings}
            prefix="personnel.rating."
          />
          <Field label={t('personnel.compact.assessment')} name="assessment" />
        </>
      )}
      <button type="submit" disabled={pending}>
        {t(assessed ? 'personnel.compact.saveRenewal' : 'personnel.compact.saveAssessment')}
      </button>
    </form>
  );
}

function NewCompact({ heads }: { heads: Appointment[] }) {
  const { t } = useI18n();
  const { error, submit, pending } = useAct();
  return (
    <form
      noValidate
      aria-label={t('personnel.compact.add')}
      onSubmit={(e) =>
        void submit(e, (f) =>
          api('POST', `/api/personnel/appointments/${field(f, 'appointment')}/compacts`, {
            year: Number(field(f, 'year')),
            objectives: field(f, 'objectives')
              .split('\n')
              .map((o) => o.trim())
              .filter(Boolean),
          }),
        )
      }
    >
      <h3>{t('personnel.compact.add')}</h3>
      <ErrorNotice error={error} />
      <CodeSelect
        label={t('personnel.compact.head')}
        name="appointment"
        codes={heads.map((h) => h.id)}
        prefix={(id) => heads.find((h) => h.id === id)!.appointee}
      />
      <Field label={t('personnel.compact.year')} name="year" type="number" />
      <div className="field">
        <label htmlFor="compact-objectives">{t('personnel.compact.objectives')}</label>
        <textarea id="compact-objectives" name="objectives" rows={3} />
      </div>
      <button type="submit" disabled={pending}>
        {t('personnel.compact.save')}
      </button>
    </form>
  );
}

export function CompactsPanel({ appointments }: { appointments: Appointment[] }) {
  const { t } = useI18n();
  const list = useApi('/api/personnel/compacts', Compacts);
  const heads = appointments.filter((a) => a.post === 'head_of_mission');
  const name = (id: string) => appointments.find((a) => a.id === id)?.appointee ?? '';
  const items = list.data?.items ?? [];
  return (
    <section aria-labelledby="compacts-title" data-testid="compacts">
      <h3 id="compacts-title">{t('personnel.compact.title')}</h3>
      <ErrorNotice error={list.error} />
      {list.data && items.length === 0 ? <p>{t('personnel.compact.none')}</p> : null}
      <ul className="cards">
        {items.map((c) => (
          <li key={c.id} className="card">
            <strong>
              {name(c.appointmentId)}, {c.year}
            </strong>
            <ul>
              {c.objectives.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
            {c.rating ? (
              <p>
                {t(`personnel.rating.${c.rating}` as MessageKey)} ({c.assessedOn}): {c.assessment}
              </p>
            ) : null}
            {c.renewalBearing ? (
              <p>
                {t(`personnel.bearing.${c.renewalBearing}` as MessageKey)}: {c.renewalNote}
              </p>
            ) : (
              <AssessForm c={c} />
            )}
          </li>
        ))}
      </ul>
      {heads.length > 0 ? <NewCompact heads={heads} /> : null}
    </section>
  );
}
