/**
 * A contributor's record (issue 5, item 1; K4, ¶127): its listings in the annual reports on
 * children and armed conflict and on conflict-related sexual violence, its action plans, the
 * standing under the rule, and the payment suspensions and repatriations on its units read from
 * conduct — with, for a force generation officer, the forms to record a listing and a plan.
 */
import { ContributorRecord as RecordData } from '../../../modules/capabilities/eligibility.schema.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { useApi, useInvalidate } from '../../lib/query.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { field, useSubmit } from '../../components/useSubmit.js';

const kinds = ['caac', 'crsv'] as const;
const planStates = ['none', 'signed', 'implementing', 'implemented', 'not_implemented'] as const;

function Forms({ iso3, onDone }: { iso3: string; onDone: () => void }) {
  const { t } = useI18n();
  const listing = useSubmit(onDone);
  const plan = useSubmit(onDone);
  const listingError = useFieldErrors(listing.error);
  return (
    <div className="filters">
      <form
        noValidate
        aria-label={t('contributor.addListing')}
        onSubmit={(e) =>
          void listing.submit(e, (f) =>
            api('POST', `/api/capabilities/contributors/${iso3}/listings`, {
              kind: field(f, 'kind'),
              year: Number(field(f, 'year')),
              parties: field(f, 'parties'),
              source: field(f, 'source'),
            }),
          )
        }
      >
        <ErrorNotice error={listing.error} />
        <CodeSelect
          label={t('contributor.report')}
          name="kind"
          codes={kinds}
          prefix="contributor.kind."
        />
        <Field
          label={t('contributor.year')}
          name="year"
          type="number"
          error={listingError('year')}
        />
        <Field label={t('contributor.parties')} name="parties" error={listingError('parties')} />
        <Field label={t('contributor.source')} name="source" error={listingError('source')} />
        <button type="submit">{t('contributor.addListing')}</button>
      </form>
      <form
        noValidate
        aria-label={t('contributor.setPlan')}
        onSubmit={(e) =>
          void plan.submit(e, (f) =>
            api('PUT', `/api/capabilities/contributors/${iso3}/action-plans/${field(f, 'kind')}`, {
              state: field(f, 'state'),
            }),
          )
        }
      >
        <ErrorNotice error={plan.error} />
        <CodeSelect
          label={t('contributor.report')}
          name="kind"
          codes={kinds}
          prefix="contributor.kind."
        />
        <CodeSelect
          label={t('contributor.state')}
          name="state"
          codes={planStates}
          prefix="contributor.planState."
        />
        <button type="submit">{t('contributor.setPlan')}</button>
      </form>
    </div>
  );
}

export function ContributorRecord({
  iso3,
  canWrite,
  onChanged,
}: {
  iso3: string;
  canWrite: boolean;
  /** Told after a listing or plan is recorded (the standing of every pledge may change). */
  onChanged: () => void;
}) {
  const { t, formatDay } = useI18n();
  const read = useApi(`/api/capabilities/contributors/${iso3}`, RecordData);
  const invalidate = useInvalidate();
  const record = read.data;
  if (!record) return <ErrorNotice error={read.error} />;
  return (
    <section
      aria-label={t('contributor.title', { name: record.name })}
      data-testid="contributor-record"
    >
      <h3>{t('contributor.title', { name: record.name })}</h3>
      <h4>{t('contributor.listings')}</h4>
      {record.listings.length === 0 ? <p className="muted">{t('contributor.noListings')}</p> : null}
      <ul>
        {record.listings.map((l) => (
          <li key={`${l.kind}-${l.year}`}>
            {l.year} · {t(`contributor.kind.${l.kind}` as MessageKey)} · {l.parties} ·{' '}
            <bdi>{l.source}</bdi>
          </li>
        ))}
      </ul>
      {record.actionPlans.length > 0 ? (
        <p>
          {t('contributor.plans')}:{' '}
          {record.actionPlans
            .map(
              (p) =>
                `${t(`contributor.kind.${p.kind}` as MessageKey)}: ${t(`contributor.planState.${p.state}` as MessageKey)}`,
            )
            .join(' · ')}
        </p>
      ) : null}
      <h4>{t('contributor.measures')}</h4>
      {record.conductMeasures.length === 0 ? (
        <p className="muted">{t('contributor.noMeasures')}</p>
      ) : null}
      <ul data-testid="contributor-measures">
        {record.conductMeasures.map((m, i) => (
          <li key={i}>
            {t(`contributor.measureKind.${m.kind}` as MessageKey)} · {m.mission} · {m.unit ?? ''} ·{' '}
            {t('contributor.since', { date: m.since })} ·{' '}
            {t(`contributor.measureStatus.${m.status}` as MessageKey)}
          </li>
        ))}
      </ul>
      <h4>{t('repatriation.contributorTitle')}</h4>
      {record.repatriations.length === 0 ? <p className="muted">{t('repatriation.none')}</p> : null}
      <ul data-testid="contributor-repatriations">
        {record.repatriations.map((r) => (
          <li key={r.id}>
            {t('repatriation.line', {
              capability: t(`readiness.capability.${r.capability}` as MessageKey),
              mission: r.mission,
              deployed: formatDay(r.deployedOn),
            })}{' '}
            · <strong>{t(`repatriation.status.${r.status}` as MessageKey)}</strong> ·{' '}
            {t(`repatriation.basis.${r.basis}` as MessageKey)} ({r.paragraph})
            {r.leaveBy && r.status === 'ordered'
              ? ` · ${t('repatriation.leaveBy', { date: formatDay(r.leaveBy) })}`
              : ''}
            {r.completedOn
              ? ` · ${t('repatriation.completedOn', { date: formatDay(r.completedOn) })}`
              : ''}
          </li>
        ))}
      </ul>
      {canWrite ? (
        <Forms
          iso3={iso3}
          onDone={() => {
            onChanged();
            return invalidate(`/api/capabilities/contributors/${iso3}`);
          }}
        />
      ) : null}
    </section>
  );
}
