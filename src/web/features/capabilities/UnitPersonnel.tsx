/**
 * K3 (¶100, ¶126) on a pledge: the unit's people and exactly what each lacks to deploy —
 * predeployment training certification, human-rights screening, or a screening that cleared them
 * — and, from June 2016, the SEA e-learning (P6, ¶124), with the forms to add a person and record
 * a certification, a screening or the e-learning.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import { Person } from '../../../modules/capabilities/personnel.schema.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api, ApiError } from '../../lib/api-client.js';
import { listOf } from '../../lib/answers.js';
import { useApi, useInvalidate } from '../../lib/query.js';
import { field, useSubmit } from '../../components/useSubmit.js';

const People = listOf(Person);

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
            : which === 'sea'
              ? post('sea-trainings', { course: field(f, 'course'), completedOn: field(f, 'day') })
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
      <button type="submit" value="sea" className="secondary">
        {t('personnel.seaTrained')}
      </button>
    </form>
  );
}

/** The columns of a nominal roll, as the roster upload reads them. */
export const rosterColumns = [
  'serviceNumber',
  'rank',
  'name',
  'course',
  'certifiedOn',
  'authority',
  'screenedOn',
  'outcome',
  'screenedBy',
  'seaCourse',
  'seaCompletedOn',
] as const;

/** One CSV row as the roster API takes it; certification and screening only when given. */
function rosterPerson(row: Record<string, string>) {
  const s = (k: string) => (row[k] ?? '').trim();
  return {
    serviceNumber: s('serviceNumber'),
    rank: s('rank'),
    name: s('name'),
    ...(s('certifiedOn')
      ? {
          certification: {
            course: s('course'),
            certifiedOn: s('certifiedOn'),
            authority: s('authority'),
          },
        }
      : {}),
    ...(s('screenedOn')
      ? {
          screening: {
            screenedOn: s('screenedOn'),
            outcome: s('outcome'),
            screenedBy: s('screenedBy'),
          },
        }
      : {}),
    ...(s('seaCompletedOn')
      ? { seaTraining: { course: s('seaCourse'), completedOn: s('seaCompletedOn') } }
      : {}),
  };
}

/** Ready people shown by name; the rest are counted (a battalion is 850). */
const shownReady = 20;

export function UnitPersonnel({ pledgeId, canWrite }: { pledgeId: string; canWrite: boolean }) {
  const { t } = useI18n();
  const path = `/api/capabilities/pledges/${pledgeId}/personnel`;
  const list = useApi(path, People);
  const people = list.data?.items ?? [];
  const invalidate = useInvalidate();
  // The unit's people change its readiness too (K3): the pledge reloads with them.
  const load = () => invalidate(`/api/capabilities/pledges/${pledgeId}`);
  const add = useSubmit(load);
  const roster = useSubmit(load);
  const ready = people.filter((p) => p.missing.length === 0);
  const shown = [...people.filter((p) => p.missing.length > 0), ...ready.slice(0, shownReady)];
  return (
    <section aria-label={t('personnel.title')} data-testid="unit-personnel">
      <h3>{t('personnel.title')}</h3>
      {/* Who may not read the people (403) sees none listed; any other failure is said. */}
      <ErrorNotice
        error={list.error instanceof ApiError && list.error.status === 403 ? null : list.error}
      />
      {people.length === 0 ? (
        <p className="muted">{t('personnel.none')}</p>
      ) : (
        <p data-testid="personnel-summary">
          {t('personnel.summary', { ready: ready.length, count: people.length })}
        </p>
      )}
      <ul>
        {shown.map((p) => (
          <li key={p.id} data-testid={`person-${p.serviceNumber}`}>
            <strong>
              {p.rank} {p.name}
            </strong>{' '}
            ({p.serviceNumber}) —{' '}
            {p.missing.length === 0
              ? t('personnel.ready')
              : p.missing.map((m) => t(`personnel.missing.${m}` as MessageKey)).join('; ')}
            {canWrite && p.missing.length > 0 ? (
              <PersonActions person={p} onDone={() => void load()} />
            ) : null}
          </li>
        ))}
        {ready.length > shownReady ? (
          <li className="muted">
            {t('personnel.moreReady', { count: ready.length - shownReady })}
          </li>
        ) : null}
      </ul>
      {canWrite ? (
        <form
          className="inline-form"
          noValidate
          aria-label={t('personnel.roster')}
          onSubmit={(e) =>
            void roster.submit(e, async (f) => {
              const file = f.get('roster');
              if (!(file instanceof File) || file.size === 0)
                throw new Error(t('personnel.rosterNone'));
              const rows = parse(await file.text(), {
                columns: true,
                skip_empty_lines: true,
                bom: true,
              }) as Record<string, string>[];
              return api('POST', `/api/capabilities/pledges/${pledgeId}/personnel/roster`, {
                people: rows.map(rosterPerson),
              });
            })
          }
        >
          <ErrorNotice error={roster.error} />
          <label className="field">
            <span>{t('personnel.rosterFile', { columns: rosterColumns.join(', ') })}</span>
            <input type="file" name="roster" accept=".csv,text/csv" />
          </label>
          <button type="submit">{t('personnel.roster')}</button>
        </form>
      ) : null}
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
