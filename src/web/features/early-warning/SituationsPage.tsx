/**
 * High-risk situations (E3, Human Rights Up Front): the list by next review, overdue ones marked
 * and filterable; a situation opened with its owner; one situation's evidence, reviews and close.
 */
import { useState } from 'react';
import { Situation } from '../../../modules/early-warning/high-risk.schema.js';
import type { PageProps } from '../../app/modules.js';
import { ActionForm } from '../../components/ActionForm.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Field, TextArea } from '../../components/Field.js';
import { field } from '../../components/useSubmit.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { listOf } from '../../lib/answers.js';
import { useApi, useInvalidate } from '../../lib/query.js';

const Situations = listOf(Situation);
import { MissionField, useMissions } from '../../components/MissionField.js';
import { SituationDetail } from './SituationDetail.js';

export function SituationsPage({ me }: PageProps) {
  const { t } = useI18n();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const canWrite = me.permissions.includes('early-warning:write');
  const missions = useMissions();
  const list = useApi(
    `/api/early-warning/situations${overdueOnly ? '?overdue=true' : ''}`,
    Situations,
    { keepPrevious: true },
  );
  const items = list.data?.items ?? [];
  const error = list.error;
  const invalidate = useInvalidate();
  const load = () => invalidate('/api/early-warning/situations');
  const current = items.find((s) => s.id === selected) ?? null;
  return (
    <div className="page">
      <h1>{t('situations.title')}</h1>
      <p>{t('situations.intro')}</p>
      <ErrorNotice error={error} />
      <label className="inline">
        <input
          type="checkbox"
          checked={overdueOnly}
          onChange={(e) => setOverdueOnly(e.target.checked)}
        />{' '}
        {t('situations.overdueOnly')}
      </label>
      <table data-testid="situations">
        <thead>
          <tr>
            <th>{t('situations.situation')}</th>
            <th>{t('situations.area')}</th>
            <th>{t('situations.owner')}</th>
            <th>{t('situations.nextReview')}</th>
            <th>{t('situations.evidenceCount')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.id} className={s.id === selected ? 'selected' : undefined}>
              <td>
                <button type="button" className="link" onClick={() => setSelected(s.id)}>
                  {s.title}
                </button>
              </td>
              <td>{s.area}</td>
              <td>{s.owner}</td>
              <td className={s.review === 'overdue' ? 'overdue' : undefined}>
                {s.status === 'closed'
                  ? t('situations.closed')
                  : `${s.nextReviewOn} · ${t(`situations.review.${s.review}` as MessageKey)}`}
              </td>
              <td>{s.evidence.length + s.withheldEvidence}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 ? <p>{t('situations.none')}</p> : null}
      {current ? <SituationDetail situation={current} canWrite={canWrite} onChange={load} /> : null}
      {canWrite ? (
        <ActionForm
          title={t('situations.open')}
          onDone={load}
          call={(f) =>
            api('POST', '/api/early-warning/situations', {
              missionId: field(f, 'missionId') || undefined,
              title: field(f, 'title'),
              area: field(f, 'area'),
              description: field(f, 'description'),
              owner: field(f, 'owner'),
              nextReviewOn: field(f, 'nextReviewOn') || null,
            })
          }
        >
          {(fe) => (
            <>
              <MissionField me={me} missions={missions} error={fe('missionId')} />
              <Field label={t('situations.situation')} name="title" error={fe('title')} />
              <Field label={t('situations.area')} name="area" error={fe('area')} />
              <TextArea
                label={t('situations.description')}
                name="description"
                error={fe('description')}
              />
              <Field label={t('situations.ownerUser')} name="owner" error={fe('owner')} />
              <Field
                label={t('situations.firstReview')}
                name="nextReviewOn"
                type="date"
                error={fe('nextReviewOn')}
              />
            </>
          )}
        </ActionForm>
      ) : null}
    </div>
  );
}
