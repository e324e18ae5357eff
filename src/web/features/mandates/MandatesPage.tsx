/**
 * The mission's mandates (D1–D4, D6) for its planners and heads of mission: each mandate with its
 * start-up clocks and the next impact assessment, its tasks by phase with what each waits on and
 * its hand-over, the benchmark dashboard (each indicator's values against the straight way from
 * its baseline to its target), and the assessments with their recommendations. A planner starts a
 * task whose conditions hold; an indicator's owner or a planner enters this month's value.
 */
import { useState, type FormEvent } from 'react';
import { Mandate } from '../../../modules/mandates/mandate.schema.js';
import type { PageProps } from '../../app/modules.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { LineChart } from '../../components/LineChart.js';
import type { MessageKey } from '../../i18n/en.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';
import { listOf } from '../../lib/answers.js';
import { useApi, useInvalidate } from '../../lib/query.js';
import { Assessments, Startup } from './MandateParts.js';
import { EnvironmentPanel } from './EnvironmentPanel.js';
import { SurveysPanel } from './SurveysPanel.js';
import { AddBenchmarkForm, AddTaskForm, NewMandateForm } from './MandateForms.js';

const Mandates = listOf(Mandate);
type Task = Mandate['tasks'][number];
type Indicator = Task['benchmarks'][number]['indicators'][number];

export function MandatesPage({ me }: PageProps) {
  const { t } = useI18n();
  const list = useApi('/api/mandates', Mandates);
  const invalidate = useInvalidate();
  const [error, setError] = useState<unknown>(null);
  const act = async (call: () => Promise<unknown>) => {
    try {
      await call();
      setError(null);
      await invalidate('/api/mandates');
    } catch (err) {
      setError(err);
    }
  };
  const canPlan = me.permissions.includes('mandates:write');
  const items = list.data?.items ?? [];
  return (
    <div className="page">
      <h1>{t('mandates.title')}</h1>
      <p>{t('mandates.intro')}</p>
      <ErrorNotice error={list.error ?? error} />
      {canPlan ? <NewMandateForm act={act} /> : null}
      {list.data && items.length === 0 ? (
        <p data-testid="mandates-none">{t('mandates.none')}</p>
      ) : null}
      {items.map((m) => (
        <article key={m.id} className="card" data-testid="mandate" data-resolution={m.resolution}>
          <h2>
            {t('mandates.resolution', { resolution: m.resolution })} · {m.title}{' '}
            {m.illustrative ? <small className="badge">{t('mandates.illustrative')}</small> : null}
          </h2>
          <p className="muted">
            <bdi dir="ltr">
              {m.adoptedOn} → {m.expiresOn}
            </bdi>{' '}
            · {t(m.inForce ? 'mandates.inForce' : 'mandates.notInForce')}
            {m.sequenced ? ` · ${t('mandates.sequenced')}` : ''}
          </p>
          <Startup m={m} />
          <h3>{t('mandates.tasks')}</h3>
          <Tasks m={m} canPlan={canPlan} act={act} />
          {canPlan ? <AddTaskForm m={m} act={act} /> : null}
          <h3>{t('mandates.benchmarks')}</h3>
          <Benchmarks m={m} me={me} canPlan={canPlan} act={act} />
          {canPlan ? <AddBenchmarkForm m={m} act={act} /> : null}
          <h3>{t('mandates.assessments')}</h3>
          <Assessments m={m} />
        </article>
      ))}
      <h2>{t('mandates.perception')}</h2>
      <SurveysPanel canImport={canPlan} />
      <h2>{t('mandates.environment')}</h2>
      <EnvironmentPanel />
    </div>
  );
}

function Tasks({
  m,
  canPlan,
  act,
}: {
  m: Mandate;
  canPlan: boolean;
  act: (call: () => Promise<unknown>) => Promise<void>;
}) {
  const { t } = useI18n();
  if (m.tasks.length === 0) return <p>{t('mandates.noTasks')}</p>;
  return (
    <table data-testid="tasks">
      <thead>
        <tr>
          <th>{t('mandates.phase')}</th>
          <th>{t('mandates.task')}</th>
          <th>{t('mandates.status')}</th>
          <th>{t('mandates.waitsOn')}</th>
          <th>{t('mandates.handOver')}</th>
        </tr>
      </thead>
      <tbody>
        {m.tasks.map((task) => (
          <tr key={task.id} data-code={task.code}>
            <td>{task.phase}</td>
            <td>
              <strong>
                <bdi dir="ltr">{task.code}</bdi>
              </strong>{' '}
              {task.title}{' '}
              <small className="muted">{t(`mandates.area.${task.area}` as MessageKey)}</small>
            </td>
            <td data-testid="task-status">
              {t(`mandates.taskStatus.${task.status}` as MessageKey)}
              {task.startedOn ? (
                <small>
                  {' '}
                  <bdi dir="ltr">{task.startedOn}</bdi>
                </small>
              ) : null}
              {canPlan && task.status === 'planned' && task.waitingOn === null ? (
                <button
                  type="button"
                  className="secondary"
                  onClick={() =>
                    void act(() =>
                      api('POST', `/api/mandates/tasks/${task.id}/status`, {
                        version: task.version,
                        to: 'started',
                      }),
                    )
                  }
                >
                  {t('mandates.start')}
                </button>
              ) : null}
            </td>
            <td>
              {task.status === 'planned' && task.waiting ? (
                <small className="muted" data-testid="waiting-on">
                  {t(`mandates.wait.${task.waiting.code}`, {
                    status: task.waiting.status
                      ? t(`mandates.taskStatus.${task.waiting.status}` as MessageKey)
                      : '',
                    date: task.waiting.date ?? '',
                    phase: task.waiting.phase ?? '',
                    condition: task.waiting.condition ?? '',
                    day: task.waiting.day ?? '',
                  })}
                </small>
              ) : null}
              <ul className="plain-list">
                {task.conditions.map((c) => (
                  <li key={c.id} className={c.holds ? undefined : 'overdue'}>
                    {c.holds ? '✓' : '…'} {c.description}
                    {c.overdue ? ` · ${t('mandates.reportOverdue', { day: c.dueOn ?? '' })}` : ''}
                  </li>
                ))}
              </ul>
            </td>
            <td>
              {task.transition
                ? `${task.transition.partner} · ${t(`mandates.transition.${task.transition.status}` as MessageKey)}`
                : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Months from `first` to `last` (YYYY-MM), both included. */
function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 600; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push(month);
    if (month >= last) break;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

function Benchmarks({
  m,
  me,
  canPlan,
  act,
}: {
  m: Mandate;
  me: PageProps['me'];
  canPlan: boolean;
  act: (call: () => Promise<unknown>) => Promise<void>;
}) {
  const { t } = useI18n();
  const benchmarks = m.tasks.flatMap((task) => task.benchmarks.map((b) => ({ task, b })));
  if (benchmarks.length === 0) return <p>{t('mandates.noBenchmarks')}</p>;
  return (
    <div data-testid="benchmarks">
      {benchmarks.map(({ task, b }) => (
        <section key={b.id}>
          <h4>
            <bdi dir="ltr">{task.code}</bdi> · {b.title} ·{' '}
            <span className={b.reached ? undefined : 'overdue'}>
              {t(b.reached ? 'mandates.reached' : 'mandates.notReached')}
            </span>
          </h4>
          {b.indicators.map((i) => (
            <IndicatorChart
              key={i.id}
              i={i}
              canEnter={i.source === 'manual' && (canPlan || i.owner === me.user.username)}
              act={act}
            />
          ))}
        </section>
      ))}
    </div>
  );
}

function IndicatorChart({
  i,
  canEnter,
  act,
}: {
  i: Indicator;
  canEnter: boolean;
  act: (call: () => Promise<unknown>) => Promise<void>;
}) {
  const { t } = useI18n();
  const lastValue = i.values.at(-1)?.period ?? i.baselinePeriod;
  const months = monthsBetween(
    i.baselinePeriod,
    lastValue > i.targetPeriod ? lastValue : i.targetPeriod,
  );
  const byMonth = new Map(i.values.map((v) => [v.period, v.value]));
  const way = (k: number) =>
    i.baseline + ((i.target - i.baseline) * k) / Math.max(1, months.indexOf(i.targetPeriod));
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    void act(() =>
      api('PUT', `/api/mandates/indicators/${i.id}/values/${String(f.get('period'))}`, {
        value: Number(f.get('value')),
      }),
    );
  };
  return (
    <div data-testid="indicator" data-state={i.state}>
      <LineChart
        title={`${i.name} (${i.unit}) · ${t(`mandates.state.${i.state}` as MessageKey)}`}
        months={months}
        series={[
          { label: t('mandates.values'), values: months.map((mo) => byMonth.get(mo) ?? null) },
          {
            label: t('mandates.way'),
            values: months.map((mo, k) =>
              mo <= i.targetPeriod ? Math.round(way(k) * 10) / 10 : null,
            ),
            dashed: true,
            colour: '#8a8f96',
          },
        ]}
      />
      <p className="muted">
        {t('mandates.indicatorLine', {
          baseline: i.baseline,
          target: i.target,
          by: i.targetPeriod,
          owner: i.source === 'manual' ? i.owner : i.source,
        })}
      </p>
      {canEnter ? (
        <form
          className="inline-form"
          aria-label={`${t('mandates.enter')} ${i.name}`}
          onSubmit={submit}
        >
          <input
            type="month"
            name="period"
            aria-label={t('mandates.month')}
            defaultValue={new Date().toISOString().slice(0, 7)}
          />
          <input type="number" step="any" name="value" aria-label={t('mandates.value')} required />
          <button type="submit" className="secondary">
            {t('mandates.enter')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
