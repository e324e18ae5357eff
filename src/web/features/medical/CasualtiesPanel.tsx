/**
 * M1 and M6 for the mission's medical officers: this month's casualties with each 10-1-2 step's
 * outcome (never a name: the list has none), the form that records one (its identity and notes
 * encrypted), the form that records the steps as they are given, and this month's compliance by
 * facility and step as a chart.
 */
import {
  casualtyCategories,
  type CasualtySummary,
  type ComplianceAnswer,
} from '../../../modules/medical/casualty.schema.js';
import { precedences } from '../../../modules/medical/evacuation.rules.js';
import type { Facility } from '../../../modules/medical/facility.schema.js';
import { tenOneTwoSteps } from '../../../modules/medical/ten-one-two.rules.js';
import type { PageProps } from '../../app/modules.js';
import { ActionForm } from '../../components/ActionForm.js';
import { BarChart } from '../../components/BarChart.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { Field, TextArea } from '../../components/Field.js';
import { MissionField, useMissions } from '../../components/MissionField.js';
import { field } from '../../components/useSubmit.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';

const instant = (f: FormData, name: string) =>
  field(f, name) ? `${field(f, name)}:00.000Z` : null;
const stamp = (iso: string | null) => (iso ? iso.slice(0, 16) : '');

export function CasualtiesList({
  casualties,
  canWrite,
  onSelect,
  selected,
}: {
  casualties: CasualtySummary[];
  canWrite: boolean;
  onSelect: (id: string) => void;
  selected: string | null;
}) {
  const { t } = useI18n();
  if (casualties.length === 0) return <p>{t('medical.noCasualties')}</p>;
  return (
    <table data-testid="casualties">
      <thead>
        <tr>
          <th>{t('medical.reference')}</th>
          <th>{t('medical.injuredAt')}</th>
          <th>{t('medical.precedence')}</th>
          {tenOneTwoSteps.map((s) => (
            <th key={s}>{t(`medical.step.${s}`)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {casualties.map((c) => (
          <tr
            key={c.id}
            data-reference={c.reference}
            className={c.id === selected ? 'selected' : undefined}
          >
            <td>
              {canWrite ? (
                <button type="button" className="link" onClick={() => onSelect(c.id)}>
                  {c.reference}
                </button>
              ) : (
                c.reference
              )}
              {c.illustrative ? <small className="badge">{t('medical.illustrative')}</small> : null}
            </td>
            <td>
              <bdi dir="ltr">{c.injuredAt.slice(0, 16).replace('T', ' ')}</bdi>
            </td>
            <td>{t(`medical.precedence.${c.precedence}`)}</td>
            {tenOneTwoSteps.map((s) => (
              <td
                key={s}
                data-step={s}
                className={
                  c.steps[s].outcome === 'missed' || c.steps[s].outcome === 'not_recorded'
                    ? 'overdue'
                    : undefined
                }
              >
                {t(`medical.outcome.${c.steps[s].outcome}`)}
                {c.steps[s].minutes !== null ? (
                  <small>
                    {' '}
                    <bdi dir="ltr">{t('medical.minutes', { minutes: c.steps[s].minutes })}</bdi>
                  </small>
                ) : null}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RecordCasualtyForm({
  me,
  incidentId,
  onDone,
}: {
  me: PageProps['me'];
  incidentId: string;
  onDone: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const missions = useMissions();
  return (
    <ActionForm
      title={t('medical.recordCasualty')}
      onDone={onDone}
      call={(f) =>
        api('POST', '/api/medical/casualties', {
          missionId: field(f, 'missionId') || undefined,
          incidentId: field(f, 'incidentId') || null,
          injuredAt: instant(f, 'injuredAt') ?? '',
          precedence: field(f, 'precedence'),
          category: field(f, 'category'),
          identity: field(f, 'name')
            ? { name: field(f, 'name'), serviceNumber: field(f, 'serviceNumber') }
            : null,
          clinicalNotes: field(f, 'notes'),
        })
      }
    >
      {(fe) => (
        <>
          <MissionField me={me} missions={missions} error={fe('missionId')} />
          <div className="grid">
            <Field
              label={t('medical.injuredAt')}
              name="injuredAt"
              type="datetime-local"
              defaultValue={new Date().toISOString().slice(0, 16)}
              error={fe('injuredAt')}
            />
            <CodeSelect
              label={t('medical.precedence')}
              name="precedence"
              codes={precedences}
              prefix="medical.precedence."
              error={fe('precedence')}
            />
            <CodeSelect
              label={t('medical.category')}
              name="category"
              codes={casualtyCategories}
              prefix="medical.category."
              error={fe('category')}
            />
            <Field
              label={t('medical.incident')}
              name="incidentId"
              defaultValue={incidentId}
              error={fe('incidentId')}
            />
            <Field
              label={t('medical.name')}
              name="name"
              autoComplete="off"
              error={fe('identity.name')}
            />
            <Field
              label={t('medical.serviceNumber')}
              name="serviceNumber"
              autoComplete="off"
              error={fe('identity.serviceNumber')}
            />
          </div>
          <TextArea label={t('medical.notes')} name="notes" error={fe('clinicalNotes')} />
        </>
      )}
    </ActionForm>
  );
}

/** M1: the steps as now known; each with its time (UTC) or "not needed", and where it was given. */
export function StepsForm({
  casualty,
  facilities,
  onDone,
}: {
  casualty: CasualtySummary;
  facilities: Facility[];
  onDone: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const own = facilities.filter((f) => f.missionId === casualty.missionId);
  return (
    <ActionForm
      key={`${casualty.id}:${casualty.version}`}
      title={t('medical.steps', { reference: casualty.reference })}
      onDone={onDone}
      call={(f) =>
        api('PUT', `/api/medical/casualties/${casualty.id}/steps`, {
          version: casualty.version,
          steps: Object.fromEntries(
            tenOneTwoSteps.map((s) => [
              s,
              {
                at: f.get(`${s}.na`) ? null : instant(f, `${s}.at`),
                notApplicable: f.get(`${s}.na`) !== null,
                ...(s === 'first_aid' ? {} : { facilityId: field(f, `${s}.facilityId`) || null }),
              },
            ]),
          ),
        })
      }
    >
      {(fe) => (
        <div className="grid">
          {tenOneTwoSteps.map((s) => (
            <fieldset key={s} data-step={s}>
              <legend>{t(`medical.step.${s}`)}</legend>
              <Field
                label={t('medical.stepAt')}
                name={`${s}.at`}
                type="datetime-local"
                defaultValue={stamp(casualty.steps[s].at)}
                error={fe(`steps.${s}.at`) ?? fe(`steps.${s}`)}
              />
              {s === 'first_aid' ? null : (
                <CodeSelect
                  label={t('medical.where')}
                  name={`${s}.facilityId`}
                  codes={own.map((f) => f.id)}
                  prefix={(id) => own.find((f) => f.id === id)?.name ?? id}
                  placeholder="—"
                  defaultValue={casualty.steps[s].facilityId ?? ''}
                  error={fe(`steps.${s}.facilityId`)}
                />
              )}
              <label className="checkbox">
                <input
                  type="checkbox"
                  name={`${s}.na`}
                  defaultChecked={casualty.steps[s].notApplicable}
                />
                {t('medical.stepNa')}
              </label>
            </fieldset>
          ))}
        </div>
      )}
    </ActionForm>
  );
}

/** M1: this month's compliance by facility and step: met over judged, the not recorded beside. */
export function ComplianceChart({ answer }: { answer: ComplianceAnswer | undefined }) {
  const { t } = useI18n();
  const rows = (answer?.rows ?? []).filter((r) => r.compliance !== null);
  if (!answer) return null;
  if (rows.length === 0) return <p data-testid="compliance-empty">{t('medical.noCompliance')}</p>;
  return (
    <div data-testid="compliance">
      <BarChart
        title={t('medical.compliance')}
        max={100}
        bars={rows.map((r) => ({
          label: `${r.key === 'point_of_injury' ? t('medical.pointOfInjury') : r.label} · ${t(`medical.step.${r.step}`)}`,
          value: Math.round((r.compliance ?? 0) * 100),
          percent: true,
          note: t('medical.complianceNote', {
            met: r.met,
            judged: r.met + r.missed,
            notRecorded: r.notRecorded,
          }),
        }))}
      />
    </div>
  );
}
