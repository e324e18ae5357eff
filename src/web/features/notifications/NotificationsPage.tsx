/** The signed-in person's notifications (clocks due soon or overdue, …), newest first. */
import { useState } from 'react';
import { isRole } from '../../../core/permissions.js';
import { Notification } from '../../../modules/notifications/notification.schema.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { listOf } from '../../lib/answers.js';
import { useApi, useInvalidate } from '../../lib/query.js';
import { alertWords, type AlertText } from '../../../modules/early-warning/alert-texts.taxonomy.js';

const Notifications = listOf(Notification);

export function NotificationsPage() {
  const { t, formatDate, locale } = useI18n();
  const list = useApi('/api/notifications', Notifications);
  const invalidate = useInvalidate();
  const items = list.data?.items ?? null;
  const [writeError, setError] = useState<unknown>(null);
  const error = writeError ?? list.error;
  const read = async (id: string) => {
    try {
      await api('POST', `/api/notifications/${id}/read`);
      setError(null);
      await invalidate('/api/notifications');
    } catch (err) {
      setError(err);
    }
  };
  const text = (n: Notification) => {
    const key = `notifications.kind.${n.kind}` as MessageKey;
    const params = { ...n.params };
    if (typeof params.dueAt === 'string') params.dueAt = formatDate(params.dueAt);
    if (typeof params.role === 'string' && isRole(params.role))
      params.role = t(`role.${params.role}`);
    if (n.kind === 'early-warning.alert') {
      if (typeof params.text === 'string')
        params.headline = alertWords(locale, JSON.parse(params.text) as AlertText).headline;
      params.severity = t(`alerts.severity.${params.severity}` as MessageKey);
    }
    if (typeof params.precedence === 'string')
      params.precedence = t(`medical.precedence.${params.precedence}` as MessageKey);
    return t(key, params);
  };
  return (
    <section>
      <h1>{t('notifications.title')}</h1>
      <ErrorNotice error={error} />
      {items && items.length === 0 ? <p>{t('notifications.none')}</p> : null}
      <ul className="messages" data-testid="notifications">
        {(items ?? []).map((n) => (
          <li key={n.id} className={n.readAt ? 'message' : 'message message-officer'}>
            <span className="muted">{formatDate(n.createdAt)}</span>{' '}
            {n.readAt ? null : <strong>{t('notifications.unread')} </strong>}
            <p>{text(n)}</p>
            {n.readAt ? null : (
              <button type="button" className="secondary" onClick={() => void read(n.id)}>
                {t('notifications.markRead')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
