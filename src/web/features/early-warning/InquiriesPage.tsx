/**
 * Failure to act (E4, ¶20): the inquiries of the missions in view with where each stands; one
 * opened on an incident against the mission, a unit or a police contingent; a finding; the
 * Council and the Member States informed.
 */
import { useState } from 'react';
import { Inquiry, UnitChoice } from '../../../modules/early-warning/failure-to-act.schema.js';
import type { PageProps } from '../../app/modules.js';
import { ActionForm } from '../../components/ActionForm.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Field, TextArea } from '../../components/Field.js';
import { field } from '../../components/useSubmit.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { listOf } from '../../lib/answers.js';
import { useApi, useInvalidate } from '../../lib/query.js';
import { InquiryDetail } from './InquiryDetail.js';

const Inquiries = listOf(Inquiry);
const UnitChoices = listOf(UnitChoice);

export function InquiriesPage({ me }: PageProps) {
  const { t } = useI18n();
  const [selected, setSelected] = useState<string | null>(null);
  const canWrite = me.permissions.includes('early-warning:write');
  const list = useApi('/api/early-warning/inquiries', Inquiries);
  const items = list.data?.items ?? [];
  // The units an inquiry may name: for those who open inquiries only.
  const unitList = useApi(canWrite ? '/api/early-warning/units' : null, UnitChoices);
  const units = unitList.data?.items ?? [];
  const error = list.error ?? unitList.error;
  const invalidate = useInvalidate();
  const load = () => invalidate('/api/early-warning/inquiries');
  const current = items.find((i) => i.id === selected) ?? null;
  // Opened from an incident's page: /inquiries?incident=ID
  const fromIncident = new URLSearchParams(window.location.search).get('incident') ?? '';
  const subject = (i: Inquiry) =>
    i.unit
      ? t('inquiries.unitOf', {
          contributor: i.unit.contributorName,
          capability: t(`readiness.capability.${i.unit.capability}` as MessageKey),
        })
      : t('inquiries.subject.mission');
  return (
    <div className="page">
      <h1>{t('inquiries.title')}</h1>
      <p>{t('inquiries.intro')}</p>
      <ErrorNotice error={error} />
      <table data-testid="inquiries">
        <thead>
          <tr>
            <th>{t('inquiries.incidentOn')}</th>
            <th>{t('inquiries.subject')}</th>
            <th>{t('inquiries.who')}</th>
            <th>{t('inquiries.state')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} className={i.id === selected ? 'selected' : undefined}>
              <td>
                <button type="button" className="link" onClick={() => setSelected(i.id)}>
                  {i.incidentOn}
                </button>
              </td>
              <td>{subject(i)}</td>
              <td>{i.who}</td>
              <td>{t(`inquiries.state.${i.state}` as MessageKey)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 ? <p>{t('inquiries.none')}</p> : null}
      {current ? (
        <InquiryDetail
          inquiry={current}
          subject={subject(current)}
          canWrite={canWrite}
          onChange={load}
        />
      ) : null}
      {canWrite ? (
        <ActionForm
          title={t('inquiries.open')}
          onDone={load}
          call={(f) =>
            api('POST', '/api/early-warning/inquiries', {
              incidentId: field(f, 'incidentId'),
              subjectKind: field(f, 'subjectKind'),
              unitId: field(f, 'unitId') || null,
              who: field(f, 'who'),
              known: field(f, 'known'),
              ordered: field(f, 'ordered'),
              happened: field(f, 'happened'),
            })
          }
        >
          {(fe) => (
            <>
              <Field
                label={t('inquiries.incidentId')}
                name="incidentId"
                defaultValue={fromIncident}
                error={fe('incidentId')}
              />
              <CodeSelect
                label={t('inquiries.subject')}
                name="subjectKind"
                codes={['military_unit', 'police_contingent', 'mission']}
                prefix="inquiries.subject."
                error={fe('subjectKind')}
              />
              <CodeSelect
                label={t('inquiries.unit')}
                name="unitId"
                codes={['', ...units.map((u) => u.id)]}
                prefix={(id) => {
                  const u = units.find((x) => x.id === id);
                  return u
                    ? t('inquiries.unitOf', {
                        contributor: u.contributorName,
                        capability: t(`readiness.capability.${u.capability}` as MessageKey),
                      })
                    : t('inquiries.noUnit');
                }}
                error={fe('unitId')}
              />
              <Field label={t('inquiries.who')} name="who" error={fe('who')} />
              <TextArea label={t('inquiries.known')} name="known" error={fe('known')} />
              <TextArea label={t('inquiries.ordered')} name="ordered" error={fe('ordered')} />
              <TextArea label={t('inquiries.happened')} name="happened" error={fe('happened')} />
            </>
          )}
        </ActionForm>
      ) : null}
    </div>
  );
}
