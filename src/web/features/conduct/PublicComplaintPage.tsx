/**
 * C6 (¶123): anyone reports sexual exploitation or abuse without an account, on a cheap phone and
 * a slow link: one form, a receipt code shown once, and with that code the status, the messages
 * and a way to answer — nothing more. No cookie is sent (publicApi), nothing is stored locally.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type {
  ComplaintStatusView,
  PublicMission,
} from '../../../modules/conduct/complaint.schema.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { TextArea } from '../../components/Field.js';
import { LanguageSwitch } from '../../components/LanguageSwitch.js';
import { useI18n } from '../../i18n/i18n.js';
import { ApiError, publicApi, read } from '../../lib/api-client.js';

/**
 * The missions one can complain about. This page is for slow phones, so it carries no schema
 * library (the signed-in pages check every answer with the modules' zod schemas): the one answer
 * it reads is checked by hand for what the form uses.
 */
function usePublicMissions() {
  return useQuery({
    queryKey: ['/api/public/missions'],
    queryFn: async ({ signal }) => {
      const answer = await read<{ items?: unknown }>('/api/public/missions', {
        signal,
        public: true,
      });
      const items = Array.isArray(answer?.items) ? (answer.items as PublicMission[]) : null;
      if (!items?.every((m) => typeof m.id === 'string' && typeof m.acronym === 'string'))
        throw new ApiError({
          status: 200,
          code: 'unexpected_answer',
          message: '',
          details: [],
          requestId: null,
        });
      return items;
    },
  });
}

function FileForm({ onFiled }: { onFiled: (code: string) => void }) {
  const { t, locale } = useI18n();
  const reading = usePublicMissions();
  const missions = reading.data ?? [];
  const [sendError, setError] = useState<unknown>(null);
  const error = sendError ?? reading.error;
  const fieldError = useFieldErrors(error);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    try {
      const filed = await publicApi<{ receiptCode: string }>('POST', '/api/public/complaints', {
        missionId: String(f.get('missionId') ?? ''),
        account: String(f.get('account') ?? ''),
        contact: String(f.get('contact') ?? ''),
        language: locale,
      });
      setError(null);
      onFiled(filed.receiptCode);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="card" aria-label={t('public.complaint.title')}>
      <ErrorNotice error={error} />
      <div className="field">
        <label htmlFor="complaint-mission">{t('public.complaint.mission')}</label>
        <select id="complaint-mission" name="missionId">
          {missions.map((m) => (
            <option key={m.id} value={m.id}>
              {m.acronym} — {m.name}
            </option>
          ))}
        </select>
      </div>
      <TextArea
        label={t('public.complaint.account')}
        name="account"
        rows={6}
        error={fieldError('account')}
      />
      <div className="field">
        <label htmlFor="complaint-contact">{t('public.complaint.contact')}</label>
        <input
          id="complaint-contact"
          name="contact"
          autoComplete="off"
          aria-invalid={fieldError('contact') ? true : undefined}
          aria-describedby={fieldError('contact') ? 'complaint-contact-error' : undefined}
        />
        {fieldError('contact') && (
          <span id="complaint-contact-error" className="field-error">
            {fieldError('contact')}
          </span>
        )}
      </div>
      {/* On a slow link the missions arrive late: until they do there is nothing to send to. */}
      <button type="submit" disabled={missions.length === 0}>
        {t('public.complaint.submit')}
      </button>
    </form>
  );
}

function Follow({ initialCode }: { initialCode: string }) {
  const { t } = useI18n();
  const [code, setCode] = useState(initialCode);
  const [view, setView] = useState<ComplaintStatusView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const check = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    try {
      setView(await publicApi('POST', '/api/public/complaints/status', { receiptCode: code }));
      setError(null);
    } catch (err) {
      setView(null);
      setError(err);
    }
  };
  const answer = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const body = String(new FormData(form).get('body') ?? '');
    try {
      setView(
        await publicApi('POST', '/api/public/complaints/answer', { receiptCode: code, body }),
      );
      form.reset();
      setError(null);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-label={t('public.complaint.follow')}>
      <h2>{t('public.complaint.follow')}</h2>
      <form onSubmit={check} className="inline-form" noValidate>
        <div className="field">
          <label htmlFor="receipt-code">{t('public.complaint.enterCode')}</label>
          <input
            id="receipt-code"
            dir="ltr"
            autoComplete="off"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </div>
        <button type="submit">{t('public.complaint.check')}</button>
      </form>
      <ErrorNotice error={error} />
      {view ? (
        <div className="card" data-testid="complaint-status">
          <p>
            <strong>{t('public.complaint.statusLabel')}:</strong>{' '}
            {t(`public.complaint.status.${view.status}`)}
          </p>
          {view.caseStage ? (
            <p data-testid="case-stage">
              <strong>{t('public.complaint.caseLabel')}:</strong>{' '}
              {t(`public.complaint.caseStage.${view.caseStage}`)}
            </p>
          ) : null}
          <h3>{t('public.complaint.messages')}</h3>
          {view.messages.length === 0 ? <p>{t('public.complaint.noMessages')}</p> : null}
          <ul className="messages">
            {view.messages.map((m, i) => (
              <li key={i} className={`message message-${m.author}`}>
                <strong>{t(`public.complaint.from.${m.author}`)}</strong>
                <p>{m.body}</p>
              </li>
            ))}
          </ul>
          {view.status !== 'closed' ? (
            <form onSubmit={answer} noValidate>
              <div className="field">
                <label htmlFor="complaint-answer">{t('public.complaint.answer')}</label>
                <textarea id="complaint-answer" name="body" rows={3} />
              </div>
              <button type="submit">{t('public.complaint.send')}</button>
            </form>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/** The receipt, focused when it appears: the one thing the person must now read and keep. */
function Receipt({ code }: { code: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="card receipt" role="status">
      <p>{t('public.complaint.sent')}</p>
      <p>{t('public.complaint.code')}</p>
      <p className="receipt-code" dir="ltr" data-testid="receipt-code">
        {code}
      </p>
      <p>
        <strong>{t('public.complaint.keep')}</strong>
      </p>
    </div>
  );
}

export function PublicComplaintPage() {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  return (
    <main className="public-page" id="main">
      <header>
        <h1>{t('public.complaint.title')}</h1>
        <LanguageSwitch />
      </header>
      <p>{t('public.complaint.intro')}</p>
      {code ? <Receipt code={code} /> : <FileForm onFiled={setCode} />}
      <Follow key={code} initialCode={code} />
      <p>
        <a href="/public/conduct">{t('public.link')}</a>
      </p>
    </main>
  );
}
