/**
 * The conduct officer's community complaints (C6): the list (no account text), one complaint read
 * (audited), questions to the complainant, closing with a reason, or a case opened from it.
 */
import { useState, type FormEvent } from 'react';
import { Complaint, ComplaintSummary } from '../../../modules/conduct/complaint.schema.js';
import { navigate } from '../../app/router.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';
import { listOf } from '../../lib/answers.js';
import { useApi, useInvalidate } from '../../lib/query.js';
import { ReceiveForm } from './ReceiveForm.js';

function Detail({ c, onChanged }: { c: Complaint; onChanged: (c: Complaint) => void }) {
  const { t, formatDate } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [opening, setOpening] = useState(false);
  const post = async (e: FormEvent<HTMLFormElement>, path: string, field: string) => {
    e.preventDefault();
    const form = e.currentTarget;
    const value = String(new FormData(form).get(field) ?? '');
    try {
      const body = field === 'reason' ? { version: c.version, reason: value } : { body: value };
      onChanged(await api<Complaint>('POST', `/api/conduct/complaints/${c.id}/${path}`, body));
      form.reset();
      setError(null);
    } catch (err) {
      setError(err);
    }
  };
  const open = c.status === 'received' || c.status === 'under_review';
  return (
    <article className="card" data-testid="complaint-detail">
      <h2>
        {formatDate(c.receivedAt)} · {t(`public.complaint.status.${c.status}`)}
      </h2>
      <ErrorNotice error={error} />
      <h3>{t('complaints.account')}</h3>
      <p className="identity">{c.account}</p>
      {c.contact ? (
        <p>
          {t('complaints.contact')}: {c.contact}
        </p>
      ) : null}
      <h3>{t('public.complaint.messages')}</h3>
      <ul className="messages">
        {c.messages.map((m, i) => (
          <li key={i} className={`message message-${m.author}`}>
            <strong>{t(`public.complaint.from.${m.author}`)}</strong>{' '}
            <span className="muted">{formatDate(m.at)}</span>
            <p>{m.body}</p>
          </li>
        ))}
      </ul>
      {c.caseId ? (
        <button type="button" className="link" onClick={() => navigate('/conduct')}>
          {t('nav.conduct')}
        </button>
      ) : null}
      {open || c.status === 'case_opened' ? (
        // After the case opens, its team still asks the complainant questions (C6).
        <form onSubmit={(e) => void post(e, 'messages', 'body')} className="inline-form" noValidate>
          <Field label={t('complaints.ask')} name="body" autoComplete="off" />
          <button type="submit">{t('public.complaint.send')}</button>
        </form>
      ) : null}
      {open ? (
        <>
          <form
            onSubmit={(e) => void post(e, 'close', 'reason')}
            className="inline-form"
            noValidate
          >
            <Field label={t('complaints.reason')} name="reason" autoComplete="off" />
            <button type="submit" className="secondary">
              {t('complaints.close')}
            </button>
          </form>
          <button type="button" onClick={() => setOpening((o) => !o)}>
            {t('complaints.openCase')}
          </button>
          {opening ? (
            <ReceiveForm
              complaint={{ id: c.id, version: c.version }}
              onReceived={() => navigate('/conduct')}
            />
          ) : null}
        </>
      ) : null}
    </article>
  );
}

const Complaints = listOf(ComplaintSummary);

export function ComplaintsPage() {
  const { t, formatDate } = useI18n();
  const list = useApi('/api/conduct/complaints', Complaints);
  const items = list.data?.items ?? null;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const detail = useApi(selectedId ? `/api/conduct/complaints/${selectedId}` : null, Complaint);
  const selected = detail.data ?? null;
  const error = list.error ?? detail.error;
  const invalidate = useInvalidate();
  return (
    <section>
      <h1>{t('complaints.title')}</h1>
      <p className="muted">{t('complaints.intro')}</p>
      <ErrorNotice error={error} />
      <div className="case-layout">
        <div>
          {items && items.length === 0 ? <p>{t('complaints.none')}</p> : null}
          <table data-testid="complaint-list">
            <thead>
              <tr>
                <th>{t('complaints.received')}</th>
                <th>{t('complaints.status')}</th>
                <th>{t('public.complaint.messages')}</th>
              </tr>
            </thead>
            <tbody>
              {(items ?? []).map((c) => (
                <tr key={c.id} className={selected?.id === c.id ? 'selected' : undefined}>
                  <td>
                    <button
                      type="button"
                      className="link"
                      onClick={() => {
                        // Opening a complaint reads it afresh (a new message may have come).
                        setSelectedId(c.id);
                        void invalidate(`/api/conduct/complaints/${c.id}`);
                      }}
                    >
                      {formatDate(c.receivedAt)}
                    </button>
                  </td>
                  <td>{t(`public.complaint.status.${c.status}`)}</td>
                  <td>{t('complaints.messages', { count: c.messageCount })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          {selected ? (
            <Detail
              // Keyed by the complaint only: a fresher answer (a new message, a new version)
              // redraws it without resetting what the officer is typing in its forms.
              key={selected.id}
              c={selected}
              onChanged={() => void invalidate('/api/conduct/complaints')}
            />
          ) : null}
        </div>
      </div>
    </section>
  );
}
