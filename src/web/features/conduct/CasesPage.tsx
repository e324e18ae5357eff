/**
 * The conduct officer's and investigator's cases (¶119–123): those of their compartments, newest
 * first, with both clocks; the overdue list (C2) one tick away; receiving a new allegation.
 */
import { useState } from 'react';
import { Case, CasePage, type CaseSummary } from '../../../modules/conduct/case.schema.js';
import type { PageProps } from '../../app/modules.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { useApi, useInvalidate } from '../../lib/query.js';
import { CaseDetail } from './CaseDetail.js';
import { ClockBadges } from './ClockBadges.js';
import { Decisions } from './Decisions.js';
import { OverdueSummary } from './OverdueSummary.js';
import { ReceiveForm } from './ReceiveForm.js';
import { isIllustrative } from '../../../modules/conduct/case.rules.js';

export function CasesPage({ me }: PageProps) {
  const { t, formatDay } = useI18n();
  const received = (c: { receivedAt: string; receivedPrecision: string }) =>
    c.receivedPrecision === 'month' ? c.receivedAt.slice(0, 7) : formatDay(c.receivedAt);
  const [overdue, setOverdue] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [receiving, setReceiving] = useState(false);
  const [notice, setNotice] = useState('');
  const canWrite = me.permissions.includes('conduct:write');
  const invalidate = useInvalidate();
  const list = useApi(`/api/conduct/cases?limit=200${overdue ? '&overdue=true' : ''}`, CasePage, {
    keepPrevious: true,
  });
  const items: CaseSummary[] | null = list.data?.items ?? null;
  const detail = useApi(selectedId ? `/api/conduct/cases/${selectedId}` : null, Case);
  const selected = detail.data ?? null;
  const error = list.error ?? detail.error;

  // Opening a case reads it afresh: someone else may have moved it since.
  const open = (id: string) => {
    setSelectedId(id);
    setReceiving(false);
    void invalidate(`/api/conduct/cases/${id}`);
  };
  // A change to a case moves its clocks, measures, team and the list: every conduct read reloads.
  const changed = (c: Case) => {
    setSelectedId(c.id);
    void invalidate('/api/conduct');
  };

  return (
    <section>
      <div className="page-head">
        <h1>{t('conduct.title')}</h1>
        {canWrite ? (
          <button type="button" onClick={() => setReceiving((r) => !r)}>
            {t('conduct.receive')}
          </button>
        ) : null}
      </div>
      <p className="muted">{t('conduct.intro')}</p>
      {canWrite ? <Decisions atHeadquarters={me.missionId === null} /> : null}
      <OverdueSummary />
      <ErrorNotice error={error} />
      {notice ? (
        <p role="status" className="notice">
          {notice}
        </p>
      ) : null}
      <label>
        <input type="checkbox" checked={overdue} onChange={(e) => setOverdue(e.target.checked)} />{' '}
        {t('conduct.overdueOnly')}
      </label>
      <div className="case-layout">
        <div>
          {items && items.length === 0 ? <p>{t('conduct.none')}</p> : null}
          <table data-testid="case-list">
            <thead>
              <tr>
                <th>{t('conduct.reference')}</th>
                <th>{t('conduct.received')}</th>
                <th>{t('conduct.statusLabel')}</th>
                <th>{t('conduct.clocks')}</th>
              </tr>
            </thead>
            <tbody>
              {(items ?? []).map((c) => (
                <tr key={c.id} className={selected?.id === c.id ? 'selected' : undefined}>
                  <td>
                    <button type="button" className="link" onClick={() => open(c.id)}>
                      {c.reference}
                    </button>
                    <div className="muted">{t(`conduct.category.${c.category}` as MessageKey)}</div>
                    {isIllustrative(c.origin) ? (
                      <span className="badge">{t('conduct.illustrative')}</span>
                    ) : null}
                  </td>
                  <td>{received(c)}</td>
                  <td>{t(`conduct.status.${c.status}`)}</td>
                  <td>
                    <ClockBadges clocks={c.clocks} compact />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          {receiving ? (
            <ReceiveForm
              me={me}
              onReceived={(c) => {
                setNotice(t('conduct.received.ok', { reference: c.reference }));
                setReceiving(false);
                changed(c);
                window.scrollTo({ top: 0 });
              }}
            />
          ) : selected ? (
            <CaseDetail c={selected} onChanged={changed} canWrite={canWrite} />
          ) : null}
        </div>
      </div>
    </section>
  );
}
