/**
 * Receiving an allegation: when and how it came in, what is alleged, who is alleged to have done
 * it, and the victim — whose identity is encrypted and shown only inside the case (C9).
 */
import { useState, type FormEvent } from 'react';
import type { Case } from '../../../modules/conduct/case.schema.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { MissionField } from '../../components/MissionField.js';
import type { Me } from '../../app/session.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import {
  ageGroups,
  channels,
  personnelCategories,
  sexes,
  subtypes as subtypesByCategory,
} from '../../../modules/conduct/case.taxonomy.js';
import { CodeSelect } from '../../components/CodeSelect.js';

/** "SA:rape" ↔ {category, subtype}: one select over both categories' subtypes. */
const allegationCodes = Object.entries(subtypesByCategory).flatMap(([category, subtypes]) =>
  subtypes.map((s) => `${category}:${s}`),
);

/** A new allegation, or — given a complaint — the case opened from it (channel: community complaint). */
export function ReceiveForm({
  me,
  onReceived,
  complaint,
}: {
  /** Without a complaint (whose mission the case takes), headquarters chooses the mission. */
  me?: Me;
  onReceived: (c: Case) => void;
  complaint?: { id: string; version: number };
}) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const fieldError = useFieldErrors(error);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (name: string) => String(f.get(name) ?? '').trim();
    const number = (name: string) => (text(name) === '' ? null : Number(text(name)));
    const [category, subtype] = text('allegation').split(':');
    const received = text('receivedAt');
    try {
      const created = await api<Case>(
        'POST',
        complaint ? `/api/conduct/complaints/${complaint.id}/case` : '/api/conduct/cases',
        {
          ...(complaint
            ? { version: complaint.version }
            : { channel: text('channel'), missionId: text('missionId') || undefined }),
          receivedAt: received ? new Date(received).toISOString() : undefined,
          allegations: [{ category, subtype }],
          subjects: [
            {
              personnelCategory: text('personnelCategory'),
              nationality: text('nationality').toUpperCase() || null,
              unit: text('unit') || null,
              count: number('subjectCount'),
            },
          ],
          victims: [
            {
              ageGroup: text('ageGroup'),
              sex: text('sex'),
              count: 1,
              identity: {
                name: text('victimName'),
                contact: text('victimContact'),
                details: text('victimDetails'),
              },
            },
          ],
          paternityClaim: text('paternityClaim'),
        },
      );
      setError(null);
      onReceived(created);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="card" aria-label={t('conduct.receive')}>
      <h2>{t('conduct.receive')}</h2>
      <ErrorNotice error={error} />
      <div className="grid">
        {me && !complaint ? <MissionField me={me} error={fieldError('missionId')} /> : null}
        <Field
          label={t('conduct.received')}
          name="receivedAt"
          type="datetime-local"
          error={fieldError('receivedAt')}
        />
        {complaint ? null : (
          <CodeSelect
            label={t('conduct.channelLabel')}
            name="channel"
            codes={channels}
            prefix="conduct.channel."
            error={fieldError('channel')}
          />
        )}
        <CodeSelect
          label={t('conduct.subtypeLabel')}
          name="allegation"
          codes={allegationCodes}
          prefix={(code) => {
            const [category, subtype] = code.split(':');
            return `${t(`conduct.category.${category}` as MessageKey)} — ${t(`conduct.subtype.${subtype}` as MessageKey)}`;
          }}
          error={fieldError('allegations')}
        />
        <CodeSelect
          label={t('conduct.paternityClaim')}
          name="paternityClaim"
          codes={['unknown', 'yes', 'no']}
          prefix="conduct.yesNo."
        />
      </div>
      <h3>{t('conduct.subjects')}</h3>
      <div className="grid">
        <CodeSelect
          label={t('conduct.personnelLabel')}
          name="personnelCategory"
          codes={personnelCategories}
          prefix="conduct.personnel."
          error={fieldError('subjects.0.personnelCategory')}
        />
        <Field
          label={t('conduct.nationality')}
          name="nationality"
          maxLength={3}
          error={fieldError('subjects.0.nationality')}
        />
        <Field label={t('conduct.unit')} name="unit" error={fieldError('subjects.0.unit')} />
        <Field
          label={t('conduct.count')}
          name="subjectCount"
          type="number"
          min={1}
          error={fieldError('subjects.0.count')}
        />
      </div>
      <h3>{t('conduct.victims')}</h3>
      <p className="muted">{t('conduct.identityNotice')}</p>
      <div className="grid identity">
        <CodeSelect
          label={t('conduct.ageGroupLabel')}
          name="ageGroup"
          codes={ageGroups}
          prefix="conduct.age."
        />
        <CodeSelect label={t('conduct.sexLabel')} name="sex" codes={sexes} prefix="conduct.sex." />
        <Field label={t('conduct.victimName')} name="victimName" autoComplete="off" />
        <Field label={t('conduct.victimContact')} name="victimContact" autoComplete="off" />
        <Field label={t('conduct.victimDetails')} name="victimDetails" autoComplete="off" />
      </div>
      <button type="submit">{t('conduct.receive')}</button>
    </form>
  );
}
