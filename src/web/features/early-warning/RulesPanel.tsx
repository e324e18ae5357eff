/**
 * E2's alert rules: each with what it watches, its severity, urgency and certainty, how many alerts
 * it raised, paused or active; a new rule of one of the three kinds, evaluated when set.
 */
import { useEffect, useState } from 'react';
import type { AlertRule } from '../../../modules/early-warning/alert.schema.js';
import type { Mission } from '../../../modules/missions/mission.schema.js';
import type { Me } from '../../app/session.js';
import { ActionForm } from '../../components/ActionForm.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { Field } from '../../components/Field.js';
import { field } from '../../components/useSubmit.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { categories } from '../incidents/categories.js';
import { MissionField } from './MissionField.js';

type Kind = AlertRule['kind'];
const kinds: Kind[] = ['incident_near_base', 'forecast', 'hotspot'];
const alertable = categories.filter(
  (c) => c !== 'conflict_related_sexual_violence' && c !== 'children_sexual_violence',
);
const severities = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'];
const urgencies = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'];
const certainties = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'];
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
  changes,
}: {
  me: Me;
  missions: readonly Mission[];
  canWrite: boolean;
  onChange: () => void;
  changes: number;
}) {
  const { t } = useI18n();
  const [rules, setRules] = useState<AlertRule[]>([]);
  const [kind, setKind] = useState<Kind>('incident_near_base');
  useEffect(() => {
    api<{ items: AlertRule[] }>('GET', '/api/early-warning/alert-rules').then(
      (r) => setRules(r.items),
      () => setRules([]),
    );
  }, [changes]);
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
        threshold: t(p.threshold === 'sb1' ? 'forecast.sb1' : 'forecast.sb25'),
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
      <ul data-testid="rules">
        {rules.map((r) => (
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
      {canWrite ? (
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
            onDone={onChange}
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
                {kind === 'incident_near_base' ? (
                  <>
                    <CodeSelect
                      label={t('alerts.category')}
                      name="category"
                      codes={['', ...alertable]}
                      prefix={(c) =>
                        c ? t(`category.${c}` as MessageKey) : t('alerts.anyCategory')
                      }
                      error={fe('params.categories')}
                    />
                    <Field
                      label={t('alerts.minKilled')}
                      name="minKilled"
                      type="number"
                      min={0}
                      defaultValue={5}
                      error={fe('params.minKilled')}
                    />
                    <Field
                      label={t('alerts.radiusKm')}
                      name="radiusKm"
                      type="number"
                      min={1}
                      defaultValue={20}
                      error={fe('params.radiusKm')}
                    />
                    <Field
                      label={t('alerts.lookbackDays')}
                      name="lookbackDays"
                      type="number"
                      min={1}
                      defaultValue={30}
                      error={fe('params.lookbackDays')}
                    />
                  </>
                ) : null}
                {kind === 'forecast' ? (
                  <>
                    <Field
                      label={t('alerts.countries')}
                      name="countries"
                      error={fe('params.countries')}
                    />
                    <CodeSelect
                      label={t('forecast.threshold')}
                      name="threshold"
                      codes={['sb25', 'sb1']}
                      prefix="forecast."
                      error={fe('params.threshold')}
                    />
                    <Field
                      label={t('alerts.horizon')}
                      name="horizon"
                      type="number"
                      min={1}
                      max={13}
                      defaultValue={1}
                      error={fe('params.horizon')}
                    />
                    <Field
                      label={t('alerts.minProbability')}
                      name="minProbability"
                      type="number"
                      min={1}
                      max={100}
                      defaultValue={50}
                      error={fe('params.minProbability')}
                    />
                  </>
                ) : null}
                {kind === 'hotspot' ? (
                  <Field
                    label={t('alerts.hotspotRadius')}
                    name="radiusKm"
                    type="number"
                    min={1}
                    error={fe('params.radiusKm')}
                  />
                ) : null}
                <CodeSelect
                  label={t('alerts.severity')}
                  name="severity"
                  codes={severities}
                  prefix="alerts.severity."
                  error={fe('severity')}
                />
                <CodeSelect
                  label={t('alerts.urgency')}
                  name="urgency"
                  codes={urgencies}
                  prefix="alerts.urgency."
                  error={fe('urgency')}
                />
                <CodeSelect
                  label={t('alerts.certainty')}
                  name="certainty"
                  codes={certainties}
                  prefix="alerts.certainty."
                  error={fe('certainty')}
                />
              </>
            )}
          </ActionForm>
        </>
      ) : null}
    </section>
  );
}
