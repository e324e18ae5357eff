/**
 * The start page (issue 18): what needs the user now, by what their roles here let them see —
 * unread notifications, overdue conduct clocks and complaints waiting, host follow-ups and
 * high-risk reviews due, alerts of the last week, pledges waiting on a new assessment visit — each a count with its link, and the incidents
 * in view over the last 30 days as a small chart.
 */
import { useState } from 'react';
import { Pledge } from '../../../modules/capabilities/pledge.schema.js';
import { OverdueSummary } from '../../../modules/conduct/case.schema.js';
import { ComplaintSummary } from '../../../modules/conduct/complaint.schema.js';
import { Alert } from '../../../modules/early-warning/alert.schema.js';
import { Situation } from '../../../modules/early-warning/high-risk.schema.js';
import { FollowUp } from '../../../modules/incidents/follow-up.schema.js';
import { IncidentPage } from '../../../modules/incidents/incident.schema.js';
import { Notification } from '../../../modules/notifications/notification.schema.js';
import type { PageProps } from '../../app/modules.js';
import { navigate } from '../../app/router.js';
import { BarChart } from '../../components/BarChart.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { listOf } from '../../lib/answers.js';
import { queryString, useApi } from '../../lib/query.js';

const Notifications = listOf(Notification);
const FollowUps = listOf(FollowUp);
const Situations = listOf(Situation);
const Alerts = listOf(Alert);
const Complaints = listOf(ComplaintSummary);
const Pledges = listOf(Pledge);
const day = 86_400_000;

interface Item {
  /** null while the answer is on its way (or could not be read: the page it links to says why). */
  count: number | null;
  /** Message with {count}; the "none" message when the count is 0. */
  some: MessageKey;
  none: MessageKey;
  href: string;
}

function Needs({ items }: { items: Item[] }) {
  const { t } = useI18n();
  return (
    <ul className="start-list" data-testid="needs">
      {items.map((item) =>
        item.count === null ? null : (
          <li
            key={item.href + item.some}
            className={item.count > 0 ? 'start-item due' : 'start-item'}
          >
            <a
              href={item.href}
              onClick={(e) => {
                e.preventDefault();
                navigate(item.href);
              }}
            >
              {item.count > 0 ? t(item.some, { count: item.count }) : t(item.none)}
            </a>
          </li>
        ),
      )}
    </ul>
  );
}

/** The counts the user's permissions here allow; a read they may not make is never sent. */
function useNeeds(permissions: readonly string[]): Item[] {
  const can = (p: string) => permissions.includes(p);
  // The clock is read once, when the page opens: the counts stay put while it is read.
  const [weekAgo] = useState(() => new Date(Date.now() - 7 * day).toISOString());
  const notifications = useApi('/api/notifications', Notifications).data?.items;
  const overdue = useApi(
    can('conduct:read') ? '/api/conduct/overdue-summary' : null,
    OverdueSummary,
  ).data?.items;
  const complaints = useApi(can('conduct:read') ? '/api/conduct/complaints' : null, Complaints).data
    ?.items;
  const followUps = useApi(can('incidents:read') ? '/api/follow-ups' : null, FollowUps).data?.items;
  const situations = useApi(
    can('early-warning:read') ? '/api/early-warning/situations' : null,
    Situations,
  ).data?.items;
  const alerts = useApi(can('early-warning:read') ? '/api/early-warning/alerts' : null, Alerts).data
    ?.items;
  const pledges = useApi(can('capabilities:read') ? '/api/capabilities/pledges' : null, Pledges)
    .data?.items;
  const count = <T,>(list: T[] | undefined, keep: (x: T) => boolean) =>
    list ? list.filter(keep).length : null;
  const items: Item[] = [
    {
      count: count(notifications, (n) => !n.readAt),
      some: 'home.needs.notifications',
      none: 'home.needs.notificationsNone',
      href: '/notifications',
    },
  ];
  if (can('conduct:read'))
    items.push(
      {
        count: overdue
          ? overdue.reduce((sum, r) => sum + r.evidenceOverdue + r.investigationOverdue, 0)
          : null,
        some: 'home.needs.clocks',
        none: 'home.needs.clocksNone',
        href: '/conduct',
      },
      {
        count: count(complaints, (c) => c.status === 'received'),
        some: 'home.needs.complaints',
        none: 'home.needs.complaintsNone',
        href: '/complaints',
      },
    );
  if (can('incidents:read'))
    items.push({
      count: count(followUps, (f) => f.status === 'open' && f.overdue),
      some: 'home.needs.followUps',
      none: 'home.needs.followUpsNone',
      href: '/follow-ups',
    });
  if (can('early-warning:read'))
    items.push(
      {
        count: count(situations, (s) => s.review === 'due' || s.review === 'overdue'),
        some: 'home.needs.reviews',
        none: 'home.needs.reviewsNone',
        href: '/situations',
      },
      {
        count: count(alerts, (a) => a.sentAt >= weekAgo),
        some: 'home.needs.alerts',
        none: 'home.needs.alertsNone',
        href: '/alerts',
      },
    );
  if (can('capabilities:read'))
    items.push({
      // A pledge not yet deployed whose assessment visit ran out counts as level 1 until visited again (K1).
      count: count(pledges, (p) => p.visitExpiredOn !== null && p.deployment === null),
      some: 'home.needs.pledges',
      none: 'home.needs.pledgesNone',
      href: '/readiness',
    });
  return items;
}

/** The incidents in view over the last 30 days, a bar a day (UTC). */
function LastMonth() {
  const { t, formatDay } = useI18n();
  const [from] = useState(
    () => new Date(new Date(new Date().toISOString().slice(0, 10)).getTime() - 29 * day),
  );
  const page = useApi(
    `/api/incidents?${queryString({ from: from.toISOString(), limit: 500 })}`,
    IncidentPage,
  ).data;
  // The latest incident only when the month is empty: its date says how old the record is.
  const latest = useApi(
    page && page.items.length === 0 ? `/api/incidents?${queryString({ limit: 1 })}` : null,
    IncidentPage,
  ).data?.items[0];
  if (!page) return null;
  const perDay = new Map<string, number>();
  for (const i of page.items) {
    const d = i.occurredAt.slice(0, 10);
    perDay.set(d, (perDay.get(d) ?? 0) + 1);
  }
  const days = Array.from({ length: 30 }, (_, k) =>
    new Date(from.getTime() + k * day).toISOString().slice(0, 10),
  );
  return (
    <section aria-labelledby="last-month">
      <h2 id="last-month">{t('home.lastMonth')}</h2>
      {page.items.length === 0 ? (
        <p>
          {latest
            ? t('home.lastMonthNone', { date: formatDay(latest.occurredAt) })
            : t('home.lastMonthEmpty')}
        </p>
      ) : (
        <BarChart
          columns
          title={t('home.lastMonthChart', {
            count: page.nextCursor ? `${page.items.length}+` : page.items.length,
          })}
          bars={days.map((d) => ({
            label: formatDay(`${d}T00:00:00Z`),
            value: perDay.get(d) ?? 0,
          }))}
        />
      )}
    </section>
  );
}

export function HomePage({ me }: PageProps) {
  const { t, locale } = useI18n();
  const view = me.views.find((v) => v.missionId === me.missionId);
  const needs = useNeeds(me.permissions);
  return (
    <section>
      <h1>{t('home.title')}</h1>
      <p>
        {t('home.welcome', { name: me.user.displayName })}{' '}
        {!view
          ? t('home.noMission')
          : view.missionId === null
            ? t('home.atHq')
            : t('home.working', { mission: `${view.acronym ?? ''} — ${view.name ?? ''}` })}
      </p>
      <h2>{t('home.now')}</h2>
      <Needs items={needs} />
      {me.permissions.includes('incidents:read') ? <LastMonth /> : null}
      {view ? (
        <p className="muted">
          {t('home.roles')}:{' '}
          {new Intl.ListFormat(locale).format(view.roles.map((role) => t(`role.${role}`)))}
        </p>
      ) : null}
    </section>
  );
}
