/**
 * The periodic report to the Security Council (¶59, ¶122) for its drafters and readers: the
 * mission's reports, the latest period first; a draft opened for a period that has happened; the
 * report editor — the head of mission's observations, comments, the signature — beside a live
 * preview of the report as the Council reads it, in the reader's language, with its PDF in
 * English, French and Arabic.
 */
import { useState, type FormEvent } from 'react';
import { z } from '@hono/zod-openapi';
import { Report } from '../../../modules/reports/report.schema.js';
import type { PageProps } from '../../app/modules.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';
import { useApi, useInvalidate } from '../../lib/query.js';
import { ReportEditor } from './ReportEditor.js';

const Reports = z.object({ items: z.array(Report) });

export function ReportsPage({ me }: PageProps) {
  const { t } = useI18n();
  const list = useApi('/api/reports', Reports);
  const invalidate = useInvalidate();
  const [error, setError] = useState<unknown>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const act = async (call: () => Promise<unknown>) => {
    try {
      const answer = await call();
      setError(null);
      await invalidate('/api/reports');
      const id = (answer as { id?: string } | null)?.id;
      if (id) setChosen(id);
    } catch (err) {
      setError(err);
    }
  };
  const items = list.data?.items ?? [];
  const current = items.find((r) => r.id === chosen) ?? items[0];
  return (
    <div className="page">
      <h1>{t('reports.title')}</h1>
      <p>{t('reports.intro')}</p>
      <ErrorNotice error={list.error ?? error} />
      {me.permissions.includes('reports:draft') && me.missionId ? (
        <NewDraft missionId={me.missionId} act={act} />
      ) : null}
      {list.data && items.length === 0 ? (
        <p data-testid="reports-none">{t('reports.none')}</p>
      ) : null}
      {items.length > 0 ? (
        <table data-testid="reports">
          <thead>
            <tr>
              <th>{t('reports.period')}</th>
              <th>{t('reports.edition')}</th>
              <th>{t('reports.status')}</th>
              <th>{t('reports.signedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr key={r.id} aria-selected={r.id === current?.id}>
                <td>
                  <button type="button" className="link" onClick={() => setChosen(r.id)}>
                    <bdi dir="ltr">
                      {r.from} → {r.to}
                    </bdi>
                  </button>
                </td>
                <td>{r.edition}</td>
                <td>{t(`reports.status.${r.status}`)}</td>
                <td>{r.signedBy ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {current ? <ReportEditor key={current.id} report={current} me={me} act={act} /> : null}
    </div>
  );
}

function NewDraft({
  missionId,
  act,
}: {
  missionId: string;
  act: (call: () => Promise<unknown>) => Promise<void>;
}) {
  const { t } = useI18n();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void act(() => api('POST', '/api/reports', { missionId, from, to }));
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label={t('reports.new')}>
      <label>
        {t('reports.from')}
        <input type="date" required value={from} onChange={(e) => setFrom(e.target.value)} />
      </label>
      <label>
        {t('reports.to')}
        <input type="date" required value={to} onChange={(e) => setTo(e.target.value)} />
      </label>
      <button type="submit">{t('reports.new')}</button>
    </form>
  );
}
