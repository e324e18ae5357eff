/**
 * M2: the open requests of the mission with their clocks running live (the server's time, kept
 * by its offset from this browser's), the most pressing first; the aviation cell's actions on
 * each — task (with M3's plan now), the next step, refuse or abort with the reason; and the
 * requests that ended, with their verdicts.
 */
import { useEffect, useState } from 'react';
import type { Evacuation } from '../../../modules/medical/evacuation.schema.js';
import { stopReasons } from '../../../modules/medical/evacuation.rules.js';
import type { Aircraft, Facility } from '../../../modules/medical/facility.schema.js';
import type { RoutePlan } from '../../../modules/medical/routing.rules.js';
import { ActionForm } from '../../components/ActionForm.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { Field } from '../../components/Field.js';
import { field } from '../../components/useSubmit.js';
import type { MessageKey } from '../../i18n/en.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';

/** Now on the server's clock, ticking every second: the offset is read from the last answer. */
export function useServerNow(serverNow: string | undefined): number {
  const [offset, setOffset] = useState(0);
  const [tick, setTick] = useState(() => Date.now());
  useEffect(() => {
    if (serverNow) setOffset(Date.parse(serverNow) - Date.now());
  }, [serverNow]);
  useEffect(() => {
    const timer = setInterval(() => setTick(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return tick + offset;
}

const hhmmss = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
};
/** An instant in UTC, isolated left to right so it reads the same in Arabic (U+2066 … U+2069). */
export const utc = (iso: string) => `\u2066${iso.slice(0, 16).replace('T', ' ')} UTC\u2069`;

export function PatientsLine({ e }: { e: Evacuation }) {
  const { t } = useI18n();
  return (
    <>
      {(Object.entries(e.patients) as [keyof Evacuation['patients'], number][])
        .filter(([, n]) => n > 0)
        .map(([p, n]) => `${n} × ${t(`medical.precedence.${p}` as MessageKey)}`)
        .join(', ')}
    </>
  );
}

function LiveClock({ e, now }: { e: Evacuation; now: number }) {
  const { t } = useI18n();
  const requested = Date.parse(e.steps[0]!.at);
  const left = Math.round((Date.parse(e.clock.arrivalDueAt) - now) / 60_000);
  return (
    <span data-testid="evacuation-clock">
      <bdi dir="ltr" className="clock">
        {hhmmss(now - requested)}
      </bdi>{' '}
      <small>{t('medical.sinceRequest')}</small>
      <br />
      <strong className={left < 0 ? 'overdue' : undefined}>
        {left >= 0 ? t('medical.left', { minutes: left }) : t('medical.late', { minutes: -left })}
      </strong>{' '}
      <small>{t('medical.dueAt', { time: utc(e.clock.arrivalDueAt) })}</small>
    </span>
  );
}

export function EvacuationBoard({
  open,
  serverNow,
  canTask,
  facilities,
  aircraft,
  onChange,
}: {
  open: Evacuation[];
  serverNow: string | undefined;
  canTask: boolean;
  facilities: Facility[];
  aircraft: Aircraft[];
  onChange: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const now = useServerNow(serverNow);
  const [acting, setActing] = useState<string | null>(null);
  if (open.length === 0) return <p data-testid="evacuations-none">{t('medical.noneOpen')}</p>;
  const current = open.find((e) => e.id === acting) ?? null;
  return (
    <>
      <table data-testid="evacuations">
        <thead>
          <tr>
            <th>{t('medical.reference')}</th>
            <th>{t('medical.patients')}</th>
            <th>{t('medical.pickup')}</th>
            <th>{t('medical.status')}</th>
            <th>{t('medical.clock')}</th>
            <th>{t('medical.tasking')}</th>
          </tr>
        </thead>
        <tbody>
          {open.map((e) => (
            <tr
              key={e.id}
              data-reference={e.reference}
              className={e.id === acting ? 'selected' : undefined}
            >
              <td>
                {canTask ? (
                  <button type="button" className="link" onClick={() => setActing(e.id)}>
                    {e.reference}
                  </button>
                ) : (
                  e.reference
                )}{' '}
                <small>{t(`medical.kind.${e.kind}`)}</small>
                {e.illustrative ? (
                  <small className="badge">{t('medical.illustrative')}</small>
                ) : null}
              </td>
              <td>
                <PatientsLine e={e} />
              </td>
              <td>
                {e.pickupDescription || `${e.latitude.toFixed(3)}, ${e.longitude.toFixed(3)}`}
              </td>
              <td data-testid="evacuation-status">{t(`medical.evac.${e.status}`)}</td>
              <td>
                <LiveClock e={e} now={now} />
              </td>
              <td>
                {e.aircraft ? `${e.aircraft.name}${e.crew ? ` (${e.crew})` : ''}` : '—'}
                {e.facility ? ` → ${e.facility.name}` : ''}
                {e.estimateVerdict ? (
                  <>
                    <br />
                    <small className={e.estimateVerdict === 'beyond' ? 'overdue' : undefined}>
                      {t(`medical.estimate.${e.estimateVerdict}`)}
                    </small>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {canTask && current ? (
        <CellActions
          key={`${current.id}:${current.version}`}
          e={current}
          facilities={facilities}
          aircraft={aircraft}
          onChange={onChange}
        />
      ) : null}
    </>
  );
}

const nextStep = {
  tasked: 'airborne',
  airborne: 'at_patient',
  at_patient: 'at_facility',
} as const;

/** The aviation cell's actions on one open request. */
function CellActions({
  e,
  facilities,
  aircraft,
  onChange,
}: {
  e: Evacuation;
  facilities: Facility[];
  aircraft: Aircraft[];
  onChange: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const step = (body: Record<string, unknown>) =>
    api('POST', `/api/medical/evacuations/${e.id}/steps`, { version: e.version, ...body });
  const stopAs = e.status === 'requested' ? 'refused' : 'aborted';
  return (
    <div className="grid" data-testid="cell-actions">
      {e.status === 'requested' ? (
        <ActionForm
          title={`${t('medical.task')} ${e.reference}`}
          onDone={onChange}
          call={(f) =>
            step({
              to: 'tasked',
              aircraftId: field(f, 'aircraftId') || undefined,
              facilityId: field(f, 'facilityId') || undefined,
              crew: field(f, 'crew'),
            })
          }
        >
          {(fe) => (
            <>
              <PlanNow e={e} />
              <CodeSelect
                label={t('medical.aircraft')}
                name="aircraftId"
                codes={aircraft.filter((a) => a.available).map((a) => a.id)}
                prefix={(id) => aircraft.find((a) => a.id === id)?.name ?? id}
                error={fe('aircraftId')}
              />
              <CodeSelect
                label={t('medical.facility')}
                name="facilityId"
                codes={facilities.filter((f) => f.status !== 'closed').map((f) => f.id)}
                prefix={(id) => {
                  const f = facilities.find((x) => x.id === id);
                  return f ? `${f.name} (${t(`medical.level.${f.level}`)})` : id;
                }}
                error={fe('facilityId')}
              />
              <Field label={t('medical.crew')} name="crew" error={fe('crew')} />
            </>
          )}
        </ActionForm>
      ) : (
        <ActionForm
          title={`${t(`medical.next.${nextStep[e.status as keyof typeof nextStep]}`)} · ${e.reference}`}
          onDone={onChange}
          call={(f) =>
            step({
              to: nextStep[e.status as keyof typeof nextStep],
              // Blank: now, on the server's clock.
              at: field(f, 'at') ? `${field(f, 'at')}:00.000Z` : undefined,
            })
          }
        >
          {(fe) => (
            <Field
              label={t('medical.stepAtOrNow')}
              name="at"
              type="datetime-local"
              error={fe('at')}
            />
          )}
        </ActionForm>
      )}
      <ActionForm
        title={`${t(`medical.stop.${stopAs}`)} ${e.reference}`}
        onDone={onChange}
        call={(f) =>
          step({ to: stopAs, reason: field(f, 'reason'), note: field(f, 'note') || undefined })
        }
      >
        {(fe) => (
          <>
            <CodeSelect
              label={t('medical.reason')}
              name="reason"
              codes={stopReasons}
              prefix="medical.reason."
              error={fe('reason')}
            />
            <Field label={t('medical.note')} name="note" error={fe('note')} />
          </>
        )}
      </ActionForm>
    </div>
  );
}

/** M3: where and by what the request would go if tasked now. */
function PlanNow({ e }: { e: Evacuation }) {
  const { t } = useI18n();
  const [plan, setPlan] = useState<RoutePlan | null>(null);
  useEffect(() => {
    let live = true;
    void api<RoutePlan>('POST', '/api/medical/route-plan', {
      missionId: e.missionId,
      latitude: e.latitude,
      longitude: e.longitude,
      precedence: e.precedence,
      injuredAt: e.injuredAt,
    })
      .then((p) => live && setPlan(p))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [e.id, e.missionId, e.latitude, e.longitude, e.precedence, e.injuredAt]);
  if (!plan) return null;
  return (
    <p data-testid="plan-now" className={plan.verdict === 'within' ? undefined : 'overdue'}>
      {plan.verdict === 'none'
        ? t(`medical.plan.${plan.reason!}`)
        : t('medical.planNow', {
            facility: plan.facility!.name,
            aircraft: plan.asset!.name,
            minutes: plan.estimatedMinutes!,
            verdict: t(`medical.plan.${plan.verdict}`),
          })}
    </p>
  );
}
