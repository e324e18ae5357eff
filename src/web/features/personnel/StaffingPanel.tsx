/**
 * P5 (¶64): national staff and community liaison officers in the last twelve months against the
 * plan, women beside men, and how many months since the first have no return; P6 (¶124): who has
 * not completed the SEA e-learning — civilians on board (named only to human resources) and the
 * people of deployed units, by service number.
 */
import { SeaTrainingGaps, Staffing } from '../../../modules/personnel/staffing.schema.js';
import { staffingCategories } from '../../../modules/personnel/staffing.rules.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { field, useSubmit } from '../../components/useSubmit.js';
import { api } from '../../lib/api-client.js';
import { useInvalidate } from '../../lib/query.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { useApi } from '../../lib/query.js';

/** The two staffing forms: the month (or first month), the category and two counts. */
interface StaffingFormSpec {
  title: MessageKey;
  save: MessageKey;
  path: string;
  month: { name: string; label: MessageKey };
  counts: [{ name: string; label: MessageKey }, { name: string; label: MessageKey }];
}

/** P5: a month's head count (women, men), replacing an earlier return. */
const countForm: StaffingFormSpec = {
  title: 'personnel.staffing.record',
  save: 'personnel.staffing.save',
  path: '/api/personnel/staffing/counts',
  month: { name: 'month', label: 'personnel.staffing.month' },
  counts: [
    { name: 'women', label: 'personnel.staffing.women' },
    { name: 'men', label: 'personnel.staffing.men' },
  ],
};

/** P5: the plan for a category from a month on (planned, of whom women). */
const planForm: StaffingFormSpec = {
  title: 'personnel.staffing.plan',
  save: 'personnel.staffing.savePlan',
  path: '/api/personnel/staffing/plans',
  month: { name: 'fromMonth', label: 'personnel.staffing.fromMonth' },
  counts: [
    { name: 'planned', label: 'personnel.staffing.plannedTotal' },
    { name: 'plannedWomen', label: 'personnel.staffing.plannedWomen' },
  ],
};

function StaffingForm({ missionId, spec }: { missionId: string; spec: StaffingFormSpec }) {
  const { t } = useI18n();
  const invalidate = useInvalidate();
  const { error, submit, pending } = useSubmit(() => invalidate('/api/personnel/staffing'));
  // An empty count goes as '' so the server names the field.
  const count = (f: FormData, name: string) =>
    field(f, name) === '' ? '' : Number(field(f, name));
  return (
    <form
      noValidate
      aria-label={t(spec.title)}
      onSubmit={(e) =>
        void submit(e, (f) =>
          api('POST', spec.path, {
            missionId,
            [spec.month.name]: field(f, spec.month.name),
            category: field(f, 'category'),
            ...Object.fromEntries(spec.counts.map((c) => [c.name, count(f, c.name)])),
          }),
        )
      }
    >
      <h3>{t(spec.title)}</h3>
      <ErrorNotice error={error} />
      <Field label={t(spec.month.label)} name={spec.month.name} type="month" />
      <CodeSelect
        label={t('personnel.staffing.category')}
        name="category"
        codes={staffingCategories}
        prefix="personnel.category."
      />
      {spec.counts.map((c) => (
        <Field key={c.name} label={t(c.label)} name={c.name} type="number" min={0} />
      ))}
      <button type="submit" disabled={pending}>
        {t(spec.save)}
      </button>
    </form>
  );
}

export function StaffingPanel({ missionId, write }: { missionId: string | null; write: boolean }) {
  const { t } = useI18n();
  const answer = useApi(
    missionId ? `/api/personnel/staffing?missionId=${missionId}` : null,
    Staffing,
  );
  if (!missionId) return <p>{t('personnel.staffing.chooseMission')}</p>;
  if (!answer.data) return <ErrorNotice error={answer.error} />;
  const months = [...new Set(answer.data.months.map((m) => m.month))].slice(-12);
  const shown = answer.data.months.filter(
    (m) => months.includes(m.month) && (m.women !== null || m.planned !== null),
  );
  return (
    <section aria-labelledby="staffing-title" data-testid="staffing">
      <h2 id="staffing-title">{t('personnel.staffing.title')}</h2>
      <p>
        {t('personnel.staffing.intro', {
          first: answer.data.firstMonth,
          missing: answer.data.missing.length,
        })}
      </p>
      {shown.length === 0 ? <p>{t('personnel.staffing.none')}</p> : null}
      <table hidden={shown.length === 0}>
        <thead>
          <tr>
            <th>{t('personnel.staffing.month')}</th>
            <th>{t('personnel.staffing.category')}</th>
            <th>{t('personnel.staffing.women')}</th>
            <th>{t('personnel.staffing.men')}</th>
            <th>{t('personnel.staffing.planned')}</th>
            <th>{t('personnel.staffing.shortfall')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={`${r.month}|${r.category}`}>
              <td>{r.month}</td>
              <td>{t(`personnel.category.${r.category}` as MessageKey)}</td>
              <td>{r.women ?? t('personnel.staffing.noReturn')}</td>
              <td>{r.men ?? '—'}</td>
              <td>{r.planned === null ? '—' : `${r.planned} (${r.plannedWomen})`}</td>
              <td>{r.shortfall ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {write ? <StaffingForm missionId={missionId} spec={countForm} /> : null}
      {write ? <StaffingForm missionId={missionId} spec={planForm} /> : null}
    </section>
  );
}

export function SeaTrainingPanel() {
  const { t } = useI18n();
  const answer = useApi('/api/personnel/sea-training', SeaTrainingGaps);
  if (!answer.data) return <ErrorNotice error={answer.error} />;
  const { civilians, uniformed } = answer.data;
  return (
    <section aria-labelledby="sea-title" data-testid="sea-training">
      <h2 id="sea-title">{t('personnel.sea.title')}</h2>
      <p>
        {t('personnel.sea.civilians', {
          untrained: civilians.untrained,
          onBoard: civilians.onBoard,
        })}
      </p>
      <ul>
        {civilians.people.map((p) => (
          <li key={p.recruitmentId}>
            {p.name ?? p.reference} — {p.post} ({t('personnel.sea.arrived', { day: p.arrivedOn })})
          </li>
        ))}
      </ul>
      <p>
        {t('personnel.sea.uniformed', {
          untrained: uniformed.untrained,
          people: uniformed.people,
          units: uniformed.deployedUnits,
        })}
      </p>
      <ul>
        {uniformed.lacking.slice(0, 50).map((p) => (
          <li key={`${p.unitId}|${p.serviceNumber}`}>
            {p.serviceNumber} ({p.rank}) — {p.contributor},{' '}
            {t(`readiness.capability.${p.capability}` as MessageKey)}
          </li>
        ))}
      </ul>
    </section>
  );
}
