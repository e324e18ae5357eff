/** Missions in view; headquarters administrators register new ones. */
import { useState, type FormEvent } from 'react';
import { MissionList, type Mission } from '../../../modules/missions/mission.schema.js';
import type { PageProps } from '../../app/modules.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';
import { useApi, useInvalidate } from '../../lib/query.js';

function CreateMission({ onCreated }: { onCreated: (m: Mission) => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const fieldError = useFieldErrors(error);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (name: string) => String(f.get(name) ?? '').trim();
    const end = text('mandateEnd');
    try {
      const mission = await api<Mission>('POST', '/api/missions', {
        acronym: text('acronym').toUpperCase(),
        name: text('name'),
        hostCountries: text('hostCountries')
          .split(',')
          .map((c) => c.trim().toUpperCase())
          .filter(Boolean),
        mandateStart: text('mandateStart'),
        mandateEnd: end === '' ? null : end,
        headquarters: {
          name: text('hqName'),
          latitude: Number(text('latitude')),
          longitude: Number(text('longitude')),
        },
      });
      setError(null);
      e.currentTarget?.reset();
      onCreated(mission);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={submit} className="card" noValidate>
      <h2>{t('missions.create')}</h2>
      <ErrorNotice error={error} />
      <div className="grid">
        <Field
          label={t('missions.acronym')}
          name="acronym"
          required
          error={fieldError('acronym')}
        />
        <Field label={t('missions.name')} name="name" required error={fieldError('name')} />
        <Field
          label={t('missions.hostCountries')}
          name="hostCountries"
          required
          error={fieldError('hostCountries')}
        />
        <Field
          label={t('missions.mandateStart')}
          name="mandateStart"
          type="date"
          required
          error={fieldError('mandateStart')}
        />
        <Field
          label={t('missions.mandateEnd')}
          name="mandateEnd"
          type="date"
          error={fieldError('mandateEnd')}
        />
        <Field
          label={t('missions.headquarters')}
          name="hqName"
          required
          error={fieldError('headquarters.name')}
        />
        <Field
          label={t('missions.latitude')}
          name="latitude"
          inputMode="decimal"
          required
          error={fieldError('headquarters.latitude')}
        />
        <Field
          label={t('missions.longitude')}
          name="longitude"
          inputMode="decimal"
          required
          error={fieldError('headquarters.longitude')}
        />
      </div>
      <button type="submit">{t('common.save')}</button>
    </form>
  );
}

export function MissionsPage({ me, refresh }: PageProps) {
  const { t } = useI18n();
  const list = useApi('/api/missions', MissionList);
  const missions = list.data?.items ?? [];
  const error = list.error;
  const invalidate = useInvalidate();
  const load = () => void invalidate('/api/missions');
  const [notice, setNotice] = useState('');
  const canCreate = me.missionId === null && me.permissions.includes('missions:write');
  return (
    <section>
      <h1>{t('missions.title')}</h1>
      <ErrorNotice error={error} />
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {missions.length === 0 ? (
        <p>{t('missions.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('missions.acronym')}</th>
              <th scope="col">{t('missions.name')}</th>
              <th scope="col">{t('missions.hostCountries')}</th>
              <th scope="col">{t('missions.mandateStart')}</th>
              <th scope="col">{t('missions.mandateEnd')}</th>
              <th scope="col">{t('missions.headquarters')}</th>
            </tr>
          </thead>
          <tbody>
            {missions.map((m) => (
              <tr key={m.id}>
                <td>{m.acronym}</td>
                <td>{m.name}</td>
                <td>{m.hostCountries.join(', ')}</td>
                <td>{m.mandateStart}</td>
                <td>{m.mandateEnd ?? t('missions.ongoing')}</td>
                <td>{m.headquarters.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canCreate && (
        <CreateMission
          onCreated={(m) => {
            setNotice(t('missions.created', { acronym: m.acronym }));
            load();
            void refresh();
          }}
        />
      )}
    </section>
  );
}
