/**
 * A subject's identity on the case (C8): shown to the case's compartment only, and recorded or
 * corrected by its conduct officer once known — what vetting screens candidates against.
 */
import { useState } from 'react';
import type { Case } from '../../../modules/conduct/case.schema.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { identityFrom, IdentityFields } from './IdentityFields.js';
import { useSubmit } from '../../components/useSubmit.js';

type Subject = Case['subjects'][number];

export function SubjectIdentity({
  c,
  position,
  onChanged,
  canWrite,
}: {
  c: Case;
  position: number;
  onChanged: (c: Case) => void;
  canWrite: boolean;
}) {
  const { t } = useI18n();
  const subject: Subject = c.subjects[position]!;
  const [editing, setEditing] = useState(false);
  const { error, submit } = useSubmit(() => setEditing(false));
  const fieldError = useFieldErrors(error);
  const id = subject.identity;
  return (
    <div data-testid="subject-identity">
      {id ? (
        <div className="identity">
          <strong>{id.name}</strong>
          {id.otherNames.length > 0 ? ` (${id.otherNames.join('; ')})` : ''}
          {id.dateOfBirth ? ` · ${t('vetting.born', { date: id.dateOfBirth })}` : ''}
          {id.document
            ? ` · ${t(`vetting.document.${id.document.type}` as MessageKey)} ${id.document.number}${
                id.document.issuer ? ` (${id.document.issuer})` : ''
              }`
            : ''}
        </div>
      ) : null}
      {canWrite ? (
        <button type="button" className="link" onClick={() => setEditing((e) => !e)}>
          {id ? t('vetting.correctIdentity') : t('vetting.identify')}
        </button>
      ) : null}
      {editing && canWrite ? (
        <form
          className="card"
          noValidate
          aria-label={t('vetting.identify')}
          onSubmit={(e) =>
            void submit(e, async (f) =>
              onChanged(
                await api<Case>('PUT', `/api/conduct/cases/${c.id}/subjects/${position}/identity`, {
                  version: c.version,
                  identity: identityFrom(f),
                }),
              ),
            )
          }
        >
          <ErrorNotice error={error} />
          <p className="muted">{t('vetting.identityNotice')}</p>
          <IdentityFields initial={id} errorOf={(name) => fieldError(`identity.${name}`)} />
          <button type="submit">{t('vetting.save')}</button>
        </form>
      ) : null}
    </div>
  );
}
