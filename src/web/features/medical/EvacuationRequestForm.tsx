/**
 * M2: the standard request, as the field sends it — kind, the earliest injury, the pick-up, the
 * patients by precedence, equipment, security, marking, who the patients are, CBRN and terrain —
 * and the plan M3 makes at once. A medical officer may name the recorded casualties it carries.
 */
import { useState } from 'react';
import { casualtyCategories } from '../../../modules/medical/casualty.schema.js';
import type { CasualtySummary } from '../../../modules/medical/casualty.schema.js';
import { precedences } from '../../../modules/medical/evacuation.rules.js';
import {
  cbrnKinds,
  evacuationKinds,
  pickupSecurity,
  siteMarking,
  specialEquipment,
  type RequestedEvacuation,
} from '../../../modules/medical/evacuation.schema.js';
import type { PageProps } from '../../app/modules.js';
import { ActionForm } from '../../components/ActionForm.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { Field } from '../../components/Field.js';
import { MissionField, useMissions } from '../../components/MissionField.js';
import { field } from '../../components/useSubmit.js';
import type { MessageKey } from '../../i18n/en.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';

const number = (f: FormData, name: string) => {
  const v = field(f, name);
  return v === '' ? undefined : Number(v);
};

function Checks({
  name,
  codes,
  prefix,
}: {
  name: string;
  codes: readonly string[];
  prefix: string;
}) {
  const { t } = useI18n();
  return (
    <div className="grid">
      {codes.map((code) => (
        <label key={code} className="checkbox">
          <input type="checkbox" name={name} value={code} /> {t(`${prefix}${code}` as MessageKey)}
        </label>
      ))}
    </div>
  );
}

export function EvacuationRequestForm({
  me,
  casualties,
  onDone,
}: {
  me: PageProps['me'];
  casualties: CasualtySummary[];
  onDone: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const missions = useMissions();
  const [sent, setSent] = useState<RequestedEvacuation | null>(null);
  return (
    <>
      {sent ? <SentNotice sent={sent} /> : null}
      <ActionForm
        title={t('medical.request')}
        onDone={onDone}
        call={async (f) => {
          const answer = await api<RequestedEvacuation>('POST', '/api/medical/evacuations', {
            missionId: field(f, 'missionId') || undefined,
            kind: field(f, 'kind'),
            injuredAt: field(f, 'injuredAt') ? `${field(f, 'injuredAt')}:00.000Z` : '',
            latitude: number(f, 'latitude'),
            longitude: number(f, 'longitude'),
            pickupDescription: field(f, 'pickupDescription'),
            patients: Object.fromEntries(
              precedences.map((p) => [p, number(f, `patients.${p}`) ?? 0]),
            ),
            specialEquipment: f.getAll('specialEquipment'),
            security: field(f, 'security'),
            marking: field(f, 'marking'),
            nationality: f.getAll('nationality'),
            cbrn: field(f, 'cbrn'),
            terrain: field(f, 'terrain'),
            casualtyIds: f.getAll('casualtyIds'),
          });
          setSent(answer);
        }}
      >
        {(fe) => (
          <>
            <MissionField me={me} missions={missions} error={fe('missionId')} />
            <div className="grid">
              <CodeSelect
                label={t('medical.kind')}
                name="kind"
                codes={evacuationKinds}
                prefix="medical.kind."
                error={fe('kind')}
              />
              <Field
                label={t('medical.injuredAt')}
                name="injuredAt"
                type="datetime-local"
                defaultValue={new Date().toISOString().slice(0, 16)}
                error={fe('injuredAt')}
              />
              <Field
                label={t('medical.pickupDescription')}
                name="pickupDescription"
                error={fe('pickupDescription')}
              />
              <Field
                label={t('medical.latitude')}
                name="latitude"
                inputMode="decimal"
                error={fe('latitude')}
              />
              <Field
                label={t('medical.longitude')}
                name="longitude"
                inputMode="decimal"
                error={fe('longitude')}
              />
            </div>
            <PatientsFields fe={fe} />
            <div className="grid">
              <CodeSelect
                label={t('medical.security')}
                name="security"
                codes={pickupSecurity}
                prefix="medical.security."
                error={fe('security')}
              />
              <CodeSelect
                label={t('medical.marking')}
                name="marking"
                codes={siteMarking}
                prefix="medical.marking."
                error={fe('marking')}
              />
              <CodeSelect
                label={t('medical.cbrn')}
                name="cbrn"
                codes={cbrnKinds}
                prefix="medical.cbrn."
                error={fe('cbrn')}
              />
            </div>
            <fieldset>
              <legend>{t('medical.nationality')}</legend>
              {fe('nationality') ? <span className="field-error">{fe('nationality')}</span> : null}
              <Checks name="nationality" codes={casualtyCategories} prefix="medical.category." />
            </fieldset>
            <fieldset>
              <legend>{t('medical.equipment')}</legend>
              <Checks
                name="specialEquipment"
                codes={specialEquipment}
                prefix="medical.equipment."
              />
            </fieldset>
            <Field label={t('medical.terrain')} name="terrain" error={fe('terrain')} />
            {casualties.length > 0 ? (
              <fieldset>
                <legend>{t('medical.casualtiesCarried')}</legend>
                {fe('casualtyIds') ? (
                  <span className="field-error">{fe('casualtyIds')}</span>
                ) : null}
                <div className="grid">
                  {casualties.map((c) => (
                    <label key={c.id} className="checkbox">
                      <input type="checkbox" name="casualtyIds" value={c.id} /> {c.reference} ·{' '}
                      {t(`medical.precedence.${c.precedence}`)}
                    </label>
                  ))}
                </div>
              </fieldset>
            ) : null}
          </>
        )}
      </ActionForm>
    </>
  );
}

function PatientsFields({ fe }: { fe: (path: string) => string | undefined }) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('medical.patients')}</legend>
      {fe('patients') ? <span className="field-error">{fe('patients')}</span> : null}
      <div className="grid">
        {precedences.map((p) => (
          <Field
            key={p}
            label={t(`medical.precedence.${p}`)}
            name={`patients.${p}`}
            type="number"
            min={0}
            max={99}
            defaultValue={0}
            error={fe(`patients.${p}`)}
          />
        ))}
      </div>
    </fieldset>
  );
}

function SentNotice({ sent }: { sent: RequestedEvacuation }) {
  const { t } = useI18n();
  return (
    <p className="notice" role="status" data-testid="evacuation-sent">
      {t('medical.requested', { reference: sent.reference })}{' '}
      {sent.plan.verdict === 'none'
        ? t(`medical.plan.${sent.plan.reason!}`)
        : t('medical.planNow', {
            facility: sent.plan.facility!.name,
            aircraft: sent.plan.asset!.name,
            minutes: sent.plan.estimatedMinutes!,
            verdict: t(`medical.plan.${sent.plan.verdict}`),
          })}
    </p>
  );
}
