/** The incident form's groups of fields; each shows the server's message for its fields. */
import type { Incident } from '../../../modules/incidents/incident.schema.js';
import {
  incidentCategories,
  locationPrecisions,
  reliabilityGrades,
  timePrecisions,
} from '../../../modules/incidents/incident.taxonomy.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import { casualtyGroups, tolls } from './incident-form-body.js';

type FieldError = (path: string) => string | undefined;

interface Part {
  incident: Incident | null;
  fieldError: FieldError;
}

export function WhenWhat({ incident, fieldError }: Part) {
  const { t } = useI18n();
  return (
    <div className="grid">
      <Field
        label={t('incidents.occurredAt')}
        name="occurredAt"
        type="datetime-local"
        defaultValue={incident?.occurredAt.slice(0, 16) ?? ''}
        error={fieldError('occurredAt')}
      />
      <CodeSelect
        label={t('incidents.timePrecision')}
        name="timePrecision"
        codes={timePrecisions}
        prefix="precision.time."
        defaultValue={incident?.timePrecision ?? 'exact'}
        error={fieldError('timePrecision')}
      />
      <CodeSelect
        label={t('incidents.category')}
        name="category"
        codes={incidentCategories}
        prefix="category."
        defaultValue={incident?.category ?? 'armed_clash'}
        error={fieldError('category')}
      />
    </div>
  );
}

export interface Point {
  latitude: string;
  longitude: string;
}

export function WhereFields({
  incident,
  fieldError,
  point,
  onPoint,
  picking,
  onPickToggle,
}: Part & {
  point: Point;
  onPoint: (point: Point) => void;
  picking: boolean;
  onPickToggle: () => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="grid">
      <legend>{t('incidents.where')}</legend>
      <Field
        label={t('incidents.latitude')}
        name="latitude"
        inputMode="decimal"
        value={point.latitude}
        onChange={(e) => onPoint({ ...point, latitude: e.target.value })}
        error={fieldError('location.latitude')}
      />
      <Field
        label={t('incidents.longitude')}
        name="longitude"
        inputMode="decimal"
        value={point.longitude}
        onChange={(e) => onPoint({ ...point, longitude: e.target.value })}
        error={fieldError('location.longitude')}
      />
      <div className="field">
        <span aria-hidden="true">&nbsp;</span>
        <button
          type="button"
          className={picking ? 'secondary active' : 'secondary'}
          onClick={onPickToggle}
          aria-pressed={picking}
        >
          {picking ? t('incidents.picking') : t('incidents.pick')}
        </button>
      </div>
      <CodeSelect
        label={t('incidents.locationPrecision')}
        name="locationPrecision"
        codes={locationPrecisions}
        prefix="precision.place."
        defaultValue={incident?.location.precision ?? 'exact'}
        error={fieldError('location.precision')}
      />
      <Field
        label={t('incidents.adminArea')}
        name="adminArea"
        defaultValue={incident?.location.adminArea ?? ''}
        error={fieldError('location.adminArea')}
      />
      <Field
        label={t('incidents.placeName')}
        name="placeName"
        defaultValue={incident?.location.placeName ?? ''}
        error={fieldError('location.placeName')}
      />
    </fieldset>
  );
}

export function CasualtyFields({ incident, fieldError }: Part) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('incidents.casualties')}</legend>
      <table className="casualty-grid">
        <thead>
          <tr>
            <th scope="col" />
            {tolls.map((k) => (
              <th scope="col" key={k}>
                {t(`toll.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {casualtyGroups.map((g) => (
            <tr key={g}>
              <th scope="row">{t(`group.${g}`)}</th>
              {tolls.map((k) => (
                <td key={k}>
                  <input
                    name={`${g}.${k}`}
                    inputMode="numeric"
                    aria-label={`${t(`group.${g}`)}: ${t(`toll.${k}`)}`}
                    defaultValue={incident ? String(incident.casualties[g][k]) : '0'}
                    aria-invalid={fieldError(`casualties.${g}.${k}`) ? true : undefined}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Field
        label={t('incidents.unattributedKilled')}
        name="unattributedKilled"
        inputMode="numeric"
        defaultValue={incident ? String(incident.casualties.unattributedKilled) : '0'}
        error={fieldError('casualties.unattributedKilled') ?? fieldError('casualties')}
      />
    </fieldset>
  );
}

const credibilityGrades = ['1', '2', '3', '4', '5', '6'] as const;

export function SourceFields({ incident, fieldError }: Part) {
  const { t } = useI18n();
  const first = incident?.sources[0];
  return (
    <fieldset className="grid">
      <legend>{t('incidents.source')}</legend>
      <Field
        label={t('incidents.sourceDescription')}
        name="source"
        defaultValue={first?.description ?? ''}
        error={fieldError('sources.0.description')}
      />
      <CodeSelect
        label={t('incidents.reliability')}
        name="reliability"
        codes={reliabilityGrades}
        prefix={(g) => `${g} – ${t(`grade.reliability.${g as 'A'}`)}`}
        defaultValue={first?.reliability ?? 'F'}
        error={fieldError('sources.0.reliability')}
      />
      <CodeSelect
        label={t('incidents.credibility')}
        name="credibility"
        codes={credibilityGrades}
        prefix={(g) => `${g} – ${t(`grade.credibility.${Number(g) as 1}`)}`}
        defaultValue={String(first?.credibility ?? 6)}
        error={fieldError('sources.0.credibility')}
      />
    </fieldset>
  );
}
