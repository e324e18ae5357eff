/**
 * E2's alert rules: each with what it watches, its severity, urgency and certainty, how many alerts
 * it raised, paused or active; a new rule of one of the three kinds, evaluated when set.
 */
import { useState } from 'react';
import {
  AlertRule,
  alertableCategories,
  CreateAlertRuleInput,
  ForecastRuleParams,
} from '../../../modules/early-warning/alert.schema.js';
import type { Mission } from '../../../modules/missions/mission.schema.js';
import type { Me } from '../../app/session.js';
import { ActionForm } from '../../components/ActionForm.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { field } from '../../components/useSubmit.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { listOf } from '../../lib/answers.js';
import { useApi } from '../../lib/query.js';
import { MissionField } from '../../components/MissionField.js';
import { RuleParamsFields } from './RuleParamsFields.js';

type Kind = AlertRule['kind'];
const kinds = AlertRule.shape.kind.options;
const ruleChoices = CreateAlertRuleInput.options[0].shape;
const Rules = listOf(AlertRule);
const number = (f: FormData, name: string) =>
  field(f, name) === '' ? NaN : Number(field(f, name));

function paramsOf(kind: Kind, f: FormData) {
  if (kind === 'incident_near_base')
    return {
      categories: field(f, 'category') ? [field(f, 'category')] : [],
      minKilled: number(f, 'minKilled'),
      radiusKm: number(f, 'radiusKm'),
      lookbackDays: number(f, 'lookbackDays'),
    };
  if (kind === 'forecast')
    return {
      countries: field(f, 'countries')
        .toUpperCase()
        .split(/[\s,]+/)
        .filter(Boolean),
      threshold: field(f, 'threshold'),
      horizon: number(f, 'horizon'),
      minProbability: number(f, 'minProbability') / 100,
    };
  return { radiusKm: field(f, 'radiusKm') === '' ? null : number(f, 'radiusKm') };
}

export function RulesPanel({
  me,
  missions,
  canWrite,
  onChange,
}: {
  me: Me;
  missions: readonly Mission[];
  canWrite: boolean;
  /** After a rule is added, paused or resumed: the page reloads what it reads. */
  onChange: () => void;
}) {
  const { t } = useI18n();
  const rules = useApi('/api/early-warning/alert-rules', Rules);
  const watches = (r: AlertRule) => {
    const p = r.params as Record<string, unknown>;
    if (r.kind === 'incident_near_base')
      return t('alerts.watch.incident', {
        category: (p.categories as string[]).length
          ? (p.categories as string[]).map((c) => t(`category.${c}` as MessageKey)).join(', ')
          : t('alerts.anyCategory'),
        killed: String(p.minKilled),
        km: String(p.radiusKm),
        days: String(p.lookbackDays),
      });
    if (r.kind === 'forecast')
      return t('alerts.watch.forecast', {
        countries: (p.countries as string[]).join(', '),
        threshold: t(`forecast.outcome.${ForecastRuleParams.shape.threshold.parse(p.threshold)}`),
        p: Math.round(Number(p.minProbability) * 100),
        h: String(p.horizon),
      });
    return p.radiusKm === null
      ? t('alerts.watch.hotspotAnywhere')
      : t('alerts.watch.hotspot', { km: String(p.radiusKm) });
  };
  const toggle = (r: AlertRule) =>
    api('POST', `/api/early-warning/alert-rules/${r.id}/active`, {
      active: !r.active,
      version: r.version,
    }).then(onChange, onChange);
  return (
    <section aria-label={t('alerts.rules')}>
      <h2>{t('alerts.rules')}</h2>
      <ErrorNotice error={rules.error} />
      <ul data-testid="rules">
        {(rules.data?.items ?? []).map((r) => (
          <li key={r.id}>
            <strong>{r.name}</strong> — {watches(r)} · {t('alerts.raised', { n: r.alerts })} ·{' '}
            {r.active ? t('alerts.active') : t('alerts.paused')}{' '}
            {canWrite ? (
              <button type="button" className="link" onClick={() => void toggle(r)}>
                {r.active ? t('alerts.pause') : t('alerts.resume')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {canWrite ? <NewRule me={me} missions={missions} onDone={onChange} /> : null}
    </section>
  );
}

function NewRule({
  me,
  missions,
  onDone,
}: {
  me: Me;
  missions: readonly Mission[];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<Kind>('incident_near_base');
  return (
    <>
      <label>
        {t('alerts.kind')}{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`alerts.kind.${k}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <ActionForm
        title={t('alerts.newRule')}
        onDone={onDone}
        call={(f) =>
          api('POST', '/api/early-warning/alert-rules', {
            missionId: field(f, 'missionId') || undefined,
            name: field(f, 'name'),
            kind,
            severity: field(f, 'severity'),
            urgency: field(f, 'urgency'),
            certainty: field(f, 'certainty'),
            params: paramsOf(kind, f),
          })
        }
      >
        {(fe) => (
          <>
            <MissionField me={me} missions={missions} error={fe('missionId')} />
            <Field label={t('alerts.ruleName')} name="name" error={fe('name')} />
            <RuleParamsFields kind={kind} categories={alertableCategories} fieldError={fe} />
            <CodeSelect
              label={t('alerts.severity')}
              name="severity"
              codes={ruleChoices.severity.options}
              prefix="alerts.severity."
              error={fe('severity')}
            />
            <CodeSelect
              label={t('alerts.urgency')}
              name="urgency"
              codes={ruleChoices.urgency.options}
              prefix="alerts.urgency."
              error={fe('urgency')}
            />
            <CodeSelect
              label={t('alerts.certainty')}
              name="certainty"
              codes={ruleChoices.certainty.options}
              prefix="alerts.certainty."
              error={fe('certainty')}
            />
          </>
        )}
      </ActionForm>
    </>
  );
}
