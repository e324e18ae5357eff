/**
 * Vetting (C8, ¶124): screen a candidate for deployment against substantiated and pending
 * allegations in earlier service; the answer at once; earlier screenings of the missions in view
 * (no names in the list), each opened again on demand (audited).
 */
import { useState } from 'react';
import { Screening, ScreeningSummary } from '../../../modules/conduct/vetting.schema.js';
import type { PageProps } from '../../app/modules.js';
import type { Me } from '../../app/session.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';
import { listOf } from '../../lib/answers.js';
import { useApi, useInvalidate } from '../../lib/query.js';
import { identityFrom, IdentityFields } from './IdentityFields.js';
import { ScreeningResult } from './ScreeningResult.js';
import { field, useSubmit } from '../../components/useSubmit.js';
import { MissionField } from '../../components/MissionField.js';

function ScreenForm({ me, onScreened }: { me: Me; onScreened: (s: Screening) => Promise<void> }) {
  const { t } = useI18n();
  const { error, submit } = useSubmit(() => undefined);
  const fieldError = useFieldErrors(error);
  return (
    <form
      className="card"
      noValidate
      aria-label={t('vetting.screen')}
      onSubmit={(e) =>
        void submit(e, async (f) => {
          const candidate = { ...identityFrom(f), nationality: field(f, 'nationality') || null };
          await onScreened(
            await api<Screening>('POST', '/api/conduct/screenings', {
              missionId: field(f, 'missionId') || undefined,
              reference: field(f, 'reference'),
              candidate,
            }),
          );
        })
      }
    >
      <ErrorNotice error={error} />
      <MissionField me={me} error={fieldError('missionId')} />
      <Field
        label={t('vetting.reference')}
        name="reference"
        autoComplete="off"
        error={fieldError('reference')}
      />
      <IdentityFields errorOf={(name) => fieldError(`candidate.${name}`)} />
      <Field
        label={t('vetting.nationality')}
        name="nationality"
        placeholder="SEN"
        maxLength={3}
        autoComplete="off"
        error={fieldError('candidate.nationality')}
      />
      <button type="submit">{t('vetting.screen')}</button>
    </form>
  );
}

const Screenings = listOf(ScreeningSummary);

export function VettingPage({ me }: PageProps) {
  const { t, formatDate } = useI18n();
  const list = useApi('/api/conduct/screenings?limit=50', Screenings);
  const items = list.data?.items ?? [];
  const [shownId, setShownId] = useState<string | null>(null);
  const detail = useApi(shownId ? `/api/conduct/screenings/${shownId}` : null, Screening);
  const shown = detail.data ?? null;
  const error = list.error ?? detail.error;
  const invalidate = useInvalidate();
  const open = (id: string) => {
    setShownId(id);
    void invalidate(`/api/conduct/screenings/${id}`);
  };
  const changed = async (s: Screening) => {
    setShownId(s.id);
    await invalidate('/api/conduct/screenings');
  };
  return (
    <section>
      <h1>{t('vetting.title')}</h1>
      <p className="muted">{t('vetting.intro')}</p>
      <ErrorNotice error={error} />
      <div className="vetting">
        <ScreenForm me={me} onScreened={changed} />
        {shown ? (
          <ScreeningResult
            s={shown}
            canReview={me.permissions.includes('conduct:write')}
            onChanged={(s) => void changed(s)}
          />
        ) : null}
      </div>
      <h2>{t('vetting.earlier')}</h2>
      {items.length === 0 ? <p className="muted">{t('vetting.none')}</p> : null}
      <table data-testid="screenings">
        <thead>
          <tr>
            <th>{t('vetting.when')}</th>
            <th>{t('vetting.reference')}</th>
            <th>{t('vetting.by')}</th>
            <th>{t('vetting.answer')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.id}>
              <td>
                <button type="button" className="link" onClick={() => void open(s.id)}>
                  {formatDate(s.requestedAt)}
                </button>
              </td>
              <td>{s.reference}</td>
              <td>{s.requestedBy}</td>
              <td className={`verdict-${s.outcome}`}>{t(`vetting.outcome.${s.outcome}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
