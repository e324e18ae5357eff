/** English messages of the mandates module: its notifications (D6); the pages are to come. */
export const mandatesEn = {
  'notifications.kind.mandates.hq_overdue':
    '{mission}: the headquarters was to be functional by {dueAt} (8–12 weeks after resolution {resolution}).',
  'notifications.kind.mandates.measures_renewal_due':
    '{mission}: the standing start-up measures of resolution {resolution} end on {dueAt}: renew them or let them lapse.',
  'notifications.kind.mandates.measures_expired':
    '{mission}: the standing start-up measures of resolution {resolution} expired on {dueAt} without a decision.',
} as const;
