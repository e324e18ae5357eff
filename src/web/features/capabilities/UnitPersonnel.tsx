/**
 * K3 (¶100, ¶126) on a pledge: the unit's people and exactly what each lacks to deploy —
 * predeployment training certification, human-rights screening, or a screening that cleared them
 * — with the forms to add a person and record a certification or a screening.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Person } from '../../../modules/capabilities/personnel.schema.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { field, useSubmit } from '../../components/useSubmit.js';

function PersonActions({ person, onDone }: { person: Person; onDone: (items: Person[]) => void }) {
  const { t } = useI18n();
  const { error, submit } = useSubmit(() => undefined);
  const post = (path: string, body: object) =>
    api<{ items: Person[] }>('POST', `/api/capabilities/personnel/${person.id}/${path}`, body).then(
      (r) => onDone(r.items),
    );
  return (
    <form
      className="inline-form"
      noValidate
      aria-label={t('personnel.recordFor', { serviceNumber: person.serviceNumber })}
      onSubmit={(e) => {
        const which = (e.nativeEvent as SubmitEvent).submitter?.getAttribute('value');
        void submit(e, (f) =>
          which === 'certification'
            ? post('certifications', {
                course: field(f, 'course'),
                certifiedOn: field(f, 'day'),
                authority: field(f, 'authority'),
              })
            : post('screenings', {
                screenedOn: field(f, 'day'),
                outcome: which,
                screenedBy: field(f, 'authority'),
              }),
        );
      }}
    >
      <ErrorNotice error={error} />
      <Field label={t('personnel.day')} name="day" type="date" />
      <Field label={t('personnel.course')} name="course" />
      <Field label={t('personnel.authority')} name="authority" />
      <button type="submit" value="certification">
        {t('personnel.certify')}
      </button>
      <button type="submit" value="cleared" className="secondary">
        {t('personnel.cleared')}
      </button>
      <button type="submit" value="not_cleared" className="secondary">
        {t('personnel.notCleared')}
      </button>
    </form>
  );
}

export function UnitPersonnel({ pledgeId, canWrite }: { pledgeId: string; canWrite: boolean }) {
  const { t } = useI18n();
  const [people, setPeople] = useState<Person[]>([]);
  const load = useCallback(async () => {
    setPeople(
      (await api<{ items: Person[] }>('GET', `/api/capabilities/pledges/${pledgeId}/personnel`))
        .items,
    );
  }, [pledgeId]);
  useEffect(() => {
    load().catch(() => setPeople([]));
  }, [load]);
  const add = useSubmit(load);
  return (
    <section aria-label={t('personnel.title')} data-testid="unit-personnel">
      <h3>{t('personnel.title')}</h3>
      {people.length === 0 ? <p className="muted">{t('personnel.none')}</p> : null}
      <ul>
        {people.map((p) => (
          <li key={p.id} data-testid={`person-${p.serviceNumber}`}>
            <strong>
              {p.rank} {p.name}
            </strong>{' '}
            ({p.serviceNumber}) —{' '}
            {p.missing.length === 0
              ? t('personnel.ready')
              : p.missing.map((m) => t(`personnel.missing.${m}` as MessageKey)).join('; ')}
            {canWrite && p.missing.length > 0 ? (
              <PersonActions person={p} onDone={setPeople} />
            ) : null}
          </li>
        ))}
      </ul>
      {canWrite ? (
        <form
          className="inline-form"
          noValidate
          aria-label={t('personnel.add')}
          onSubmit={(e) =>
            void add.submit(e, (f) =>
              api('POST', `/api/capabilities/pledges/${pledgeId}/personnel`, {
                serviceNumber: field(f, 'serviceNumber'),
                rank: field(f, 'rank'),
                name: field(f, 'name'),
              }),
            )
          }
        >
          <ErrorNotice error={add.error} />
          <Field label={t('personnel.serviceNumber')} name="serviceNumber" />
          <Field label={t('personnel.rank')} name="rank" />
          <Field label={t('personnel.name')} name="name" autoComplete="off" />
          <button type="submit">{t('personnel.add')}</button>
        </form>
      ) : null}
    </section>
  );
}
