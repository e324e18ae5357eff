/**
 * P1, P2 for human resources: the recruitments in progress, each with the step it waits on and for
 * how long, and a form to record that step on its day (the candidate named at selection); and the
 * form to open a recruitment — fast-track only under the mission's start-up measures, which the
 * server checks and says.
 */
import { z } from '@hono/zod-openapi';
import { Recruitment } from '../../../modules/personnel/recruitment.schema.js';
import {
  recruitmentCategories,
  recruitmentSources,
} from '../../../modules/personnel/recruitment.rules.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { field, useSubmit } from '../../components/useSubmit.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { useApi, useInvalidate } from '../../lib/query.js';

const Recruitments = z.object({ items: z.array(Recruitment) });

function NextStep({ r }: { r: Recruitment }) {
  const { t } = useI18n();
  const invalidate = useInvalidate();
  const { error, submit, pending } = useSubmit(() => invalidate('/api/personnel'));
  const step = r.waiting!.step;
  const stepName = t(`personnel.step.${step}` as MessageKey);
  return (
    <form
      className="inline-form"
      noValidate
      aria-label={t('personnel.recruit.recordFor', { reference: r.reference })}
      onSubmit={(e) =>
        void submit(e, (f) =>
          api('POST', `/api/personnel/recruitments/${r.id}/steps`, {
            version: r.version,
            step,
            on: field(f, 'on'),
            ...(step === 'selection' && field(f, 'candidate')
              ? { candidate: field(f, 'candidate') }
              : {}),
          }),
        )
      }
    >
      <ErrorNotice error={error} />
      <Field label={t('personnel.recruit.on', { step: stepName })} name="on" type="date" />
      {step === 'selection' ? (
        <Field label={t('personnel.recruit.candidate')} name="candidate" />
      ) : null}
      <button type="submit" disabled={pending}>
        {t('personnel.recruit.record', { step: stepName })}
      </button>
    </form>
  );
}

function OpenRecruitment({ missionId }: { missionId: string }) {
  const { t } = useI18n();
  const invalidate = useInvalidate();
  const { error, submit, pending } = useSubmit(() => invalidate('/api/personnel'));
  return (
    <form
      noValidate
      aria-label={t('personnel.recruit.open')}
      data-testid="recruitment-form"
      onSubmit={(e) =>
        void submit(e, (f) =>
          api('POST', '/api/personnel/recruitments', {
            missionId,
            reference: field(f, 'reference'),
            post: field(f, 'post'),
            grade: field(f, 'grade'),
            category: field(f, 'category'),
            source: field(f, 'source'),
            fastTrack: f.get('fastTrack') === 'on',
            openedOn: field(f, 'openedOn'),
          }),
        )
      }
    >
      <h3>{t('personnel.recruit.open')}</h3>
      <ErrorNotice error={error} />
      <Field label={t('personnel.recruit.reference')} name="reference" />
      <Field label={t('personnel.recruit.post')} name="post" />
      <Field label={t('personnel.recruit.grade')} name="grade" />
      <CodeSelect
        label={t('personnel.recruit.category')}
        name="category"
        codes={recruitmentCategories}
        prefix="personnel.category."
      />
      <CodeSelect
        label={t('personnel.recruit.source')}
        name="source"
        codes={recruitmentSources}
        prefix="personnel.source."
      />
      <Field label={t('personnel.recruit.openedOn')} name="openedOn" type="date" />
      <label className="checkbox">
        <input type="checkbox" name="fastTrack" /> {t('personnel.recruit.fastTrack')}
      </label>
      <button type="submit" disabled={pending}>
        {t('personnel.recruit.openButton')}
      </button>
    </form>
  );
}

export function RecruitmentsPanel({ missionId }: { missionId: string | null }) {
  const { t } = useI18n();
  const list = useApi('/api/personnel/recruitments?state=in_progress', Recruitments);
  const items = list.data?.items ?? [];
  return (
    <section aria-labelledby="recruitments-title" data-testid="recruitments">
      <h2 id="recruitments-title">{t('personnel.recruit.title')}</h2>
      <ErrorNotice error={list.error} />
      {list.data && items.length === 0 ? <p>{t('personnel.recruit.none')}</p> : null}
      <ul className="cards">
        {items.map((r) => (
          <li key={r.id} className="card" data-reference={r.reference}>
            <strong>{r.reference}</strong> — {r.post} ({r.grade},{' '}
            {t(`personnel.category.${r.category}` as MessageKey)})
            {r.fastTrack ? <span className="badge"> {t('personnel.track.fast_track')}</span> : null}
            {r.illustrative ? (
              <span className="badge"> {t('personnel.illustrativeOne')}</span>
            ) : null}
            {r.candidate ? <div>{r.candidate}</div> : null}
            <div className="muted">
              {t('personnel.recruit.waiting', {
                step: t(`personnel.step.${r.waiting!.step}` as MessageKey),
                days: r.waiting!.days,
              })}
            </div>
            <NextStep r={r} />
          </li>
        ))}
      </ul>
      {missionId ? (
        <OpenRecruitment missionId={missionId} />
      ) : (
        <p>{t('personnel.staffing.chooseMission')}</p>
      )}
    </section>
  );
}
