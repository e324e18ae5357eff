/**
 * Record or correct an incident. Every field shows its own validation message from the server;
 * "Pick on the map" lets the next click on the map fill latitude and longitude.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { Incident } from '../../../modules/incidents/incident.schema.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';
import { categories } from './categories.js';

type Groups = 'unPersonnel' | 'civilians' | 'armedActors';
const groups: Groups[] = ['unPersonnel', 'civilians', 'armedActors'];
const tolls = ['killed', 'injured', 'abducted'] as const;
const timePrecisions = ['exact', 'day', 'week', 'month', 'year'] as const;
const locationPrecisions = ['exact', 'near', 'admin2', 'admin1', 'country'] as const;
const grades = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

interface Props {
  incident: Incident | null;
  picked: { latitude: number; longitude: number } | null;
  picking: boolean;
  onPickToggle: () => void;
  onSaved: (incident: Incident) => void;
  onCancel: () => void;
}

function Select({
  label,
  name,
  options,
  value,
  error,
}: {
  label: string;
  name: string;
  options: readonly { value: string; label: string }[];
  value: string;
  error?: string | undefined;
}) {
  return (
    <div className="field">
      <label htmlFor={`f-${name}`}>{label}</label>
      <select
        id={`f-${name}`}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && <span className="field-error">{error}</span>}
    </div>
  );
}

export function IncidentForm({
  incident,
  picked,
  picking,
  onPickToggle,
  onSaved,
  onCancel,
}: Props) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [point, setPoint] = useState({
    latitude: incident ? String(incident.location.latitude) : '',
    longitude: incident ? String(incident.location.longitude) : '',
  });
  const fieldError = useFieldErrors(error);
  useEffect(() => {
    if (picked)
      setPoint({ latitude: String(picked.latitude), longitude: String(picked.longitude) });
  }, [picked]);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (name: string) => String(f.get(name) ?? '').trim();
    const number = (name: string) => (text(name) === '' ? Number.NaN : Number(text(name)));
    const casualties = Object.fromEntries(
      groups.map((g) => [g, Object.fromEntries(tolls.map((k) => [k, number(`${g}.${k}`) || 0]))]),
    );
    const source = text('source');
    const body = {
      occurredAt: text('occurredAt') ? `${text('occurredAt')}:00Z` : '',
      timePrecision: text('timePrecision'),
      location: {
        latitude: number('latitude'),
        longitude: number('longitude'),
        precision: text('locationPrecision'),
        adminArea: text('adminArea') || null,
        placeName: text('placeName') || null,
      },
      category: text('category'),
      casualties: { ...casualties, unattributedKilled: number('unattributedKilled') || 0 },
      actors: [
        ...text('perpetrators')
          .split(';')
          .map((n) => ({ name: n.trim(), role: 'perpetrator' })),
        ...text('targets')
          .split(';')
          .map((n) => ({ name: n.trim(), role: 'target' })),
      ].filter((a) => a.name),
      sources: source
        ? [
            {
              description: source,
              reliability: text('reliability'),
              credibility: number('credibility'),
            },
          ]
        : [],
      narrative: text('narrative'),
    };
    try {
      const saved = incident
        ? await api<Incident>('PATCH', `/api/incidents/${incident.id}`, {
            ...body,
            version: incident.version,
          })
        : await api<Incident>('POST', '/api/incidents', body);
      setError(null);
      onSaved(saved);
    } catch (err) {
      setError(err);
    }
  };

  const actorsOf = (role: string) =>
    incident?.actors
      .filter((a) => a.role === role)
      .map((a) => a.name)
      .join('; ') ?? '';
  const firstSource = incident?.sources[0];
  return (
    <form onSubmit={submit} className="card incident-form" noValidate data-testid="incident-form">
      <h2>{incident ? t('incidents.edit') : t('incidents.new')}</h2>
      <ErrorNotice error={error} />
      <div className="grid">
        <Field
          label={t('incidents.occurredAt')}
          name="occurredAt"
          type="datetime-local"
          defaultValue={incident?.occurredAt.slice(0, 16) ?? ''}
          error={fieldError('occurredAt')}
        />
        <Select
          label={t('incidents.timePrecision')}
          name="timePrecision"
          value={incident?.timePrecision ?? 'exact'}
          options={timePrecisions.map((p) => ({ value: p, label: t(`precision.time.${p}`) }))}
        />
        <Select
          label={t('incidents.category')}
          name="category"
          value={incident?.category ?? 'armed_clash'}
          options={categories.map((c) => ({ value: c, label: t(`category.${c}`) }))}
          error={fieldError('category')}
        />
      </div>
      <fieldset className="grid">
        <legend>{t('incidents.where')}</legend>
        <Field
          label={t('incidents.latitude')}
          name="latitude"
          inputMode="decimal"
          value={point.latitude}
          onChange={(e) => setPoint({ ...point, latitude: e.target.value })}
          error={fieldError('location.latitude')}
        />
        <Field
          label={t('incidents.longitude')}
          name="longitude"
          inputMode="decimal"
          value={point.longitude}
          onChange={(e) => setPoint({ ...point, longitude: e.target.value })}
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
        <Select
          label={t('incidents.locationPrecision')}
          name="locationPrecision"
          value={incident?.location.precision ?? 'exact'}
          options={locationPrecisions.map((p) => ({ value: p, label: t(`precision.place.${p}`) }))}
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
            {groups.map((g) => (
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
      <div className="grid">
        <Field
          label={t('incidents.perpetrators')}
          name="perpetrators"
          defaultValue={actorsOf('perpetrator')}
          error={fieldError('actors')}
        />
        <Field label={t('incidents.targets')} name="targets" defaultValue={actorsOf('target')} />
      </div>
      <fieldset className="grid">
        <legend>{t('incidents.source')}</legend>
        <Field
          label={t('incidents.sourceDescription')}
          name="source"
          defaultValue={firstSource?.description ?? ''}
          error={fieldError('sources.0.description')}
        />
        <Select
          label={t('incidents.reliability')}
          name="reliability"
          value={firstSource?.reliability ?? 'F'}
          options={grades.map((g) => ({
            value: g,
            label: `${g} – ${t(`grade.reliability.${g}`)}`,
          }))}
        />
        <Select
          label={t('incidents.credibility')}
          name="credibility"
          value={String(firstSource?.credibility ?? 6)}
          options={([1, 2, 3, 4, 5, 6] as const).map((g) => ({
            value: String(g),
            label: `${g} – ${t(`grade.credibility.${g}`)}`,
          }))}
        />
      </fieldset>
      <div className="field">
        <label htmlFor="f-narrative">{t('incidents.narrative')}</label>
        <textarea
          id="f-narrative"
          name="narrative"
          rows={4}
          defaultValue={incident?.narrative ?? ''}
        />
      </div>
      <p className="actions">
        <button type="submit">{t('common.save')}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </p>
    </form>
  );
}
