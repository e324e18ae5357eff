/**
 * D5 on the mandates page: the mission's perception surveys, a question's shares per area and
 * period with the number of respondents and each share's 95 % margin (groups under 5 respondents
 * withheld), its all-areas shares month by month as a chart, and — for planners — the import of a
 * KoboToolbox or ODK export with its XLSForm.
 */
import { useState, type FormEvent } from 'react';
import { z } from '@hono/zod-openapi';
import { Survey, SurveyResults } from '../../../modules/mandates/survey.schema.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { LineChart } from '../../components/LineChart.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';
import { useApi, useInvalidate } from '../../lib/query.js';

const Surveys = z.object({ items: z.array(Survey) });
type Labels = Survey['questions'][number]['label'];

export function SurveysPanel({ canImport }: { canImport: boolean }) {
  const { t } = useI18n();
  const list = useApi('/api/mandates/surveys', Surveys);
  const [chosen, setChosen] = useState<string | null>(null);
  const items = list.data?.items ?? [];
  const survey = items.find((s) => s.id === chosen) ?? items[0];
  return (
    <section data-testid="surveys">
      <ErrorNotice error={list.error} />
      {list.data && items.length === 0 ? <p>{t('surveys.none')}</p> : null}
      {items.length > 1 ? (
        <label>
          {t('surveys.survey')}{' '}
          <select value={survey?.id} onChange={(e) => setChosen(e.target.value)}>
            {items.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {survey ? <SurveyResultsView key={survey.id} survey={survey} /> : null}
      {canImport ? <ImportSurvey /> : null}
    </section>
  );
}

function SurveyResultsView({ survey }: { survey: Survey }) {
  const { t, locale } = useI18n();
  const label = (l: Labels) => l[locale] ?? l.default;
  const [question, setQuestion] = useState(survey.questions[0]?.name ?? '');
  const [by, setBy] = useState<'month' | 'quarter' | 'year'>('quarter');
  const q = survey.questions.find((x) => x.name === question);
  const path = `/api/mandates/surveys/${survey.id}/results?question=${encodeURIComponent(question)}`;
  const results = useApi(`${path}&by=${by}`, SurveyResults);
  const monthly = useApi(`${path}&by=month`, SurveyResults);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const all = (monthly.data?.rows ?? []).filter((r) => r.area === null && !r.withheld);
  return (
    <div>
      <p className="muted">
        {survey.title} · {survey.conductedBy} ·{' '}
        {t('surveys.responses', { responses: survey.responses })} ·{' '}
        <bdi dir="ltr">
          {survey.firstMonth} → {survey.lastMonth}
        </bdi>
        {survey.weighted ? ` · ${t('surveys.weighted')}` : ''}{' '}
        {survey.illustrative ? <small className="badge">{t('mandates.illustrative')}</small> : null}
      </p>
      <div className="inline-form">
        <label>
          {t('surveys.question')}{' '}
          <select value={question} onChange={(e) => setQuestion(e.target.value)}>
            {survey.questions.map((x) => (
              <option key={x.name} value={x.name}>
                {label(x.label)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('surveys.by')}{' '}
          <select value={by} onChange={(e) => setBy(e.target.value as typeof by)}>
            {(['month', 'quarter', 'year'] as const).map((p) => (
              <option key={p} value={p}>
                {t(`surveys.by.${p}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorNotice error={results.error} />
      {q && all.length > 1 ? (
        <LineChart
          title={t('surveys.chart')}
          months={all.map((r) => r.period)}
          percent
          series={q.choices.map((c) => ({
            label: label(c.label),
            values: all.map((r) => r.shares.find((s) => s.answer === c.name)?.share ?? 0),
          }))}
        />
      ) : null}
      <table data-testid="survey-results">
        <thead>
          <tr>
            <th>{t('surveys.area')}</th>
            <th>{t('surveys.period')}</th>
            <th>{t('surveys.respondents')}</th>
            {q?.choices.map((c) => (
              <th key={c.name}>{label(c.label)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(results.data?.rows ?? []).map((r) => (
            <tr key={`${r.area}-${r.period}`} data-area={r.area ?? ''} data-withheld={r.withheld}>
              <td>{r.area ?? <strong>{t('surveys.allAreas')}</strong>}</td>
              <td>
                <bdi dir="ltr">{r.period}</bdi>
              </td>
              <td>{r.respondents}</td>
              {r.withheld ? (
                <td colSpan={q?.choices.length ?? 1} className="muted">
                  {t('surveys.withheld', { minimum: results.data!.minimumRespondents })}
                </td>
              ) : (
                q?.choices.map((c) => {
                  const s = r.shares.find((x) => x.answer === c.name);
                  return (
                    <td key={c.name}>
                      {s ? `${percent.format(s.share)} ± ${points.format(s.margin * 100)}` : '—'}
                    </td>
                  );
                })
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('surveys.note')}</p>
    </div>
  );
}

function ImportSurvey() {
  const { t } = useI18n();
  const invalidate = useInvalidate();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<Survey | null>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    if ((form.get('form') as File | null)?.size === 0) form.delete('form');
    try {
      setDone(await api<Survey>('POST', '/api/mandates/surveys', form));
      setError(null);
      await invalidate('/api/mandates/surveys');
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-label={t('surveys.import')}>
      <h4>{t('surveys.import')}</h4>
      <p className="muted">{t('surveys.importNote')}</p>
      <label>
        {t('surveys.data')} <input type="file" name="data" accept=".csv,text/csv" required />
      </label>
      <label>
        {t('surveys.form')} <input type="file" name="form" accept=".xlsx" />
      </label>
      <label>
        {t('surveys.title')} <input name="title" required maxLength={300} />
      </label>
      <label>
        {t('surveys.conductedBy')} <input name="conductedBy" required maxLength={300} />
      </label>
      <button type="submit">{t('surveys.importButton')}</button>
      <ErrorNotice error={error} />
      {done ? (
        <div role="status">
          <p>
            {t('surveys.imported', { responses: done.responses, questions: done.questions.length })}
          </p>
          <ul className="plain-list">
            {done.notCounted.map((n) => (
              <li key={n.column}>
                <bdi>{n.column}</bdi>: {t(`surveys.reason.${n.reason}`, { type: n.type ?? '' })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </form>
  );
}
