/**
 * One report: its status and signature, the PDF in three languages, the observations (drafters,
 * on a draft), the comments (readers, on a draft), the signature (the head of mission) or a new
 * edition (drafters, on the latest signed one), and the live preview of the report as printed.
 */
import { useState } from 'react';
import type { Report } from '../../../modules/reports/report.schema.js';
import type { Me } from '../../app/session.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';

const languages = ['en', 'fr', 'ar'] as const;

export function ReportEditor({
  report,
  me,
  act,
}: {
  report: Report;
  me: Me;
  act: (call: () => Promise<unknown>) => Promise<void>;
}) {
  const { t, locale, formatDate } = useI18n();
  const [observations, setObservations] = useState(report.observations);
  const [comment, setComment] = useState('');
  const [read, setRead] = useState(false);
  const draft = report.status === 'draft';
  const may = (p: string) => me.permissions.includes(p);
  const base = `/api/reports/${report.id}`;
  return (
    <section className="report-editor" data-testid="report-editor" data-status={report.status}>
      <div className="report-side">
        <h2>
          <bdi dir="ltr">
            {report.from} → {report.to}
          </bdi>{' '}
          · {t('reports.editionOf', { edition: report.edition })}{' '}
          <small className="badge" data-testid="report-status">
            {t(`reports.status.${report.status}`)}
          </small>
        </h2>
        {report.signedBy ? (
          <p data-testid="signature">
            {t('reports.signedOn', { who: report.signedBy, at: formatDate(report.signedAt!) })}
            <br />
            <small className="muted">
              SHA-256{' '}
              <bdi dir="ltr" className="hash">
                {report.contentHash}
              </bdi>
            </small>
          </p>
        ) : (
          <p className="muted">{t('reports.draftNote')}</p>
        )}
        <p>
          {t('reports.pdf')}:{' '}
          {languages.map((l) => (
            <a key={l} href={`${base}/report.pdf?lang=${l}`} target="_blank" rel="noreferrer">
              {l.toUpperCase()}{' '}
            </a>
          ))}
        </p>
        <h3>{t('reports.observations')}</h3>
        <textarea
          aria-label={t('reports.observations')}
          dir="auto"
          rows={8}
          value={observations}
          readOnly={!draft || !may('reports:draft')}
          onChange={(e) => setObservations(e.target.value)}
        />
        {draft && may('reports:draft') ? (
          <button
            type="button"
            onClick={() =>
              void act(() =>
                api('PUT', `${base}/observations`, { observations, version: report.version }),
              )
            }
          >
            {t('reports.save')}
          </button>
        ) : null}
        <h3>{t('reports.comments')}</h3>
        {report.comments.length === 0 ? <p className="muted">{t('reports.noComments')}</p> : null}
        <ul className="plain-list" data-testid="comments">
          {report.comments.map((c) => (
            <li key={c.id}>
              <strong>{c.author}</strong> <small className="muted">{formatDate(c.at)}</small>
              <br />
              <bdi>{c.text}</bdi>
            </li>
          ))}
        </ul>
        {draft && may('reports:read') ? (
          <>
            <textarea
              aria-label={t('reports.comment')}
              dir="auto"
              rows={3}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
            <button
              type="button"
              className="secondary"
              disabled={comment.trim() === ''}
              onClick={() =>
                void act(async () => {
                  await api('POST', `${base}/comments`, { text: comment });
                  setComment('');
                })
              }
            >
              {t('reports.comment')}
            </button>
          </>
        ) : null}
        {draft && may('reports:sign') ? (
          <div className="sign">
            <h3>{t('reports.sign')}</h3>
            <label>
              <input type="checkbox" checked={read} onChange={(e) => setRead(e.target.checked)} />{' '}
              {t('reports.signConfirm')}
            </label>
            <button
              type="button"
              disabled={!read}
              onClick={() =>
                void act(() => api('POST', `${base}/sign`, { version: report.version }))
              }
            >
              {t('reports.sign')}
            </button>
          </div>
        ) : null}
        {!draft && may('reports:draft') ? (
          <button
            type="button"
            className="secondary"
            onClick={() => void act(() => api('POST', `${base}/editions`))}
          >
            {t('reports.newEdition')}
          </button>
        ) : null}
      </div>
      <iframe
        className="report-preview"
        title={t('reports.preview')}
        // The version in the address reloads the preview after every change.
        src={`${base}/report.html?lang=${locale}&v=${report.version}`}
      />
    </section>
  );
}
