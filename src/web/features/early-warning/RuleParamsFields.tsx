/** The fields of what an alert rule watches, by kind (E2): incidents near a base, forecasts, hotspots. */
import { ForecastRuleParams, type AlertRule } from '../../../modules/early-warning/alert.schema.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';

export function RuleParamsFields({
  kind,
  categories,
  fieldError: fe,
}: {
  kind: AlertRule['kind'];
  categories: readonly string[];
  fieldError: (path: string) => string | undefined;
}) {
  const { t } = useI18n();
  if (kind === 'incident_near_base')
    return (
      <>
        <CodeSelect
          label={t('alerts.category')}
          name="category"
          codes={['', ...categories]}
          prefix={(c) => (c ? t(`category.${c}` as MessageKey) : t('alerts.anyCategory'))}
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
    );
  if (kind === 'forecast')
    return (
      <>
        <Field label={t('alerts.countries')} name="countries" error={fe('params.countries')} />
        <CodeSelect
          label={t('forecast.threshold')}
          name="threshold"
          codes={ForecastRuleParams.shape.threshold.options}
          prefix="forecast.outcome."
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
    );
  return (
    <Field
      label={t('alerts.hotspotRadius')}
      name="radiusKm"
      type="number"
      min={1}
      error={fe('params.radiusKm')}
    />
  );
}
