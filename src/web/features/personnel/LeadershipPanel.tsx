/**
 * P3, P4 (¶113–114, ¶118): the share of women among heads and deputy heads of mission, force
 * commanders, police commissioners and chiefs of staff year by year against ¶114's 2015 baseline
 * (23 %, 17 %), as a chart; for human resources, the appointments by name and the form to record
 * one — refused without the human-rights assessment made before it.
 */
import { z } from '@hono/zod-openapi';
import { Appointment, WomenInLeadership } from '../../../modules/personnel/leadership.schema.js';
import {
  assessmentOutcomes,
  genders,
  leadershipPosts,
} from '../../../modules/personnel/leadership.rules.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { LineChart } from '../../components/LineChart.js';
import { field, useSubmit } from '../../components/useSubmit.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { useApi, useInvalidate } from '../../lib/query.js';
import { CompactsPanel } from './CompactsPanel.js';

const Appointments = z.object({ items: z.array(Appointment) });
const charted = ['head_of_mission', 'deputy_head_of_mission'] as const;

function WomenChart() {
  const { t } = useI18n();
  const answer = useApi('/api/personnel/leadership/women', WomenInLeadership);
  if (!answer.data) return <ErrorNotice error={answer.error} />;
  const years = [...new Set(answer.data.rows.map((r) => r.year))];
  if (years.length === 0) return <p>{t('personnel.women.none')}</p>;
  const share = (post: string, year: number) => {
    const row = answer.data.rows.find((r) => r.post === post && r.year === year);
    return row?.share === null || row === undefined ? null : row.share / 100;
  };
  return (
    <LineChart
      title={t('personnel.women.chart')}
      months={years.map((y) => `${y}-01`)}
      yearly
      percent
      series={charted.flatMap((post) => [
        { label: t(`personnel.post.${post}`), values: years.map((y) => share(post, y)) },
        {
          label: t('personnel.women.baseline', {
            post: t(`personnel.post.${post}`),
            share: answer.data.baseline2015[post] ?? 0,
          }),
          values: years.map(() => (answer.data.baseline2015[post] ?? 0) / 100),
          dashed: true,
        },
      ])}
    />
  );
}

function AppointmentForm() {
  const { t } = useI18n();
  const invalidate = useInvalidate();
  const { error, submit, pending } = useSubmit(() => invalidate('/api/personnel'));
  return (
    <form
      noValidate
      aria-label={t('personnel.appoint.title')}
      data-testid="appointment-form"
      onSubmit={(e) =>
        void submit(e, (f) =>
          api('POST', '/api/personnel/appointments', {
            post: field(f, 'post'),
            appointee: field(f, 'appointee'),
            gender: field(f, 'gender'),
            nationality: field(f, 'nationality').toUpperCase(),
            appointedOn: field(f, 'appointedOn'),
            source: field(f, 'source'),
            ...(field(f, 'assessedOn')
              ? {
                  humanRightsAssessment: {
                    assessedOn: field(f, 'assessedOn'),
                    assessedBy: field(f, 'assessedBy'),
                    outcome: field(f, 'outcome'),
                  },
                }
              : {}),
          }),
        )
      }
    >
      <h3>{t('personnel.appoint.title')}</h3>
      <ErrorNotice error={error} />
      <CodeSelect
        label={t('personnel.appoint.post')}
        name="post"
        codes={leadershipPosts}
        prefix="personnel.postOne."
      />
      <Field label={t('personnel.appoint.appointee')} name="appointee" />
      <CodeSelect
        label={t('personnel.appoint.gender')}
        name="gender"
        codes={genders}
        prefix="personnel.gender."
      />
      <Field label={t('personnel.appoint.nationality')} name="nationality" maxLength={3} />
      <Field label={t('personnel.appoint.appointedOn')} name="appointedOn" type="date" />
      <Field label={t('personnel.appoint.assessedOn')} name="assessedOn" type="date" />
      <Field label={t('personnel.appoint.assessedBy')} name="assessedBy" />
      <CodeSelect
        label={t('personnel.appoint.outcome')}
        name="outcome"
        codes={assessmentOutcomes}
        prefix="personnel.outcome."
      />
      <Field label={t('personnel.appoint.source')} name="source" />
      <button type="submit" disabled={pending}>
        {t('personnel.appoint.save')}
      </button>
    </form>
  );
}

export function LeadershipPanel({ identify, write }: { identify: boolean; write: boolean }) {
  const { t } = useI18n();
  const list = useApi(identify ? '/api/personnel/appointments' : null, Appointments);
  return (
    <section aria-labelledby="leadership-title" data-testid="leadership">
      <h2 id="leadership-title">{t('personnel.women.title')}</h2>
      <WomenChart />
      {identify ? (
        <>
          <ErrorNotice error={list.error} />
          <table data-testid="appointments">
            <thead>
              <tr>
                <th>{t('personnel.appoint.post')}</th>
                <th>{t('personnel.appoint.appointee')}</th>
                <th>{t('personnel.appoint.nationality')}</th>
                <th>{t('personnel.appoint.appointedOn')}</th>
                <th>{t('personnel.appoint.endedOn')}</th>
                <th>{t('personnel.appoint.assessedOn')}</th>
              </tr>
            </thead>
            <tbody>
              {(list.data?.items ?? []).map((a) => (
                <tr key={a.id}>
                  <td>{t(`personnel.postOne.${a.post}` as MessageKey)}</td>
                  <td>
                    {a.appointee} ({t(`personnel.gender.${a.gender}` as MessageKey)})
                    {a.illustrative ? (
                      <span className="badge"> {t('personnel.illustrativeOne')}</span>
                    ) : null}
                  </td>
                  <td>{a.nationality}</td>
                  <td>{a.appointedOn}</td>
                  <td>{a.endedOn ?? '—'}</td>
                  <td>{a.humanRightsAssessment?.assessedOn ?? t('personnel.appoint.history')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {list.data?.items.length === 0 ? <p>{t('personnel.appoint.none')}</p> : null}
          <CompactsPanel appointments={list.data?.items ?? []} />
        </>
      ) : (
        <p className="muted">{t('personnel.namesHidden')}</p>
      )}
      {write ? <AppointmentForm /> : null}
    </section>
  );
}
