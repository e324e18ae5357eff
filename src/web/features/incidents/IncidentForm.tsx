/**
 * Record or correct an incident. Every field shows its own validation message from the server;
 * "Pick on the map" lets the next click on the map fill latitude and longitude.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { Incident } from '../../../modules/incidents/incident.schema.js';
import type { Me } from '../../app/session.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { MissionField } from '../../components/MissionField.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';
import { incidentBody } from './incident-form-body.js';
import { CasualtyFields, SourceFields, WhenWhat, WhereFields } from './IncidentFormParts.js';

interface Props {
  me: Me;
  incident: Incident | null;
  picked: { latitude: number; longitude: number } | null;
  picking: boolean;
  onPickToggle: () => void;
  onSaved: (incident: Incident) => void;
  onCancel: () => void;
}

export function IncidentForm({
  me,
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
    const form = new FormData(e.currentTarget);
    const body = incidentBody(form);
    try {
      const saved = incident
        ? await api<Incident>('PATCH', `/api/incidents/${incident.id}`, {
            ...body,
            version: incident.version,
          })
        : await api<Incident>('POST', '/api/incidents', {
            ...body,
            // At headquarters the form asks which mission the incident belongs to.
            missionId: String(form.get('missionId') ?? '') || undefined,
          });
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
  const part = { incident, fieldError };
  return (
    <form onSubmit={submit} className="card incident-form" noValidate data-testid="incident-form">
      <h2>{incident ? t('incidents.edit') : t('incidents.new')}</h2>
      <ErrorNotice error={error} />
      {incident ? null : <MissionField me={me} error={fieldError('missionId')} />}
      <WhenWhat {...part} />
      <WhereFields
        {...part}
        point={point}
        onPoint={setPoint}
        picking={picking}
        onPickToggle={onPickToggle}
      />
      <CasualtyFields {...part} />
      <div className="grid">
        <Field
          label={t('incidents.perpetrators')}
          name="perpetrators"
          defaultValue={actorsOf('perpetrator')}
          error={fieldError('actors')}
        />
        <Field label={t('incidents.targets')} name="targets" defaultValue={actorsOf('target')} />
      </div>
      <SourceFields {...part} />
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
