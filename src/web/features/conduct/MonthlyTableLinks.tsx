/** The monthly conduct table as PDF (C5), for a month chosen here, in each of the three languages. */
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n.js';

/** Each language named in itself: a reader finds their own whatever the page's language. */
const languages = [
  ['en', 'English'],
  ['fr', 'Français'],
  ['ar', 'العربية'],
] as const;

function lastMonth(): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return d.toISOString().slice(0, 7);
}

export function MonthlyTableLinks() {
  const { t } = useI18n();
  const id = useId();
  const [month, setMonth] = useState(lastMonth);
  const valid = /^\d{4}-\d{2}$/.test(month);
  return (
    <section aria-label={t('public.conduct.monthly')} data-testid="monthly-table">
      <h2>{t('public.conduct.monthly')}</h2>
      <div className="field">
        <label htmlFor={id}>{t('public.conduct.month')}</label>
        <input
          id={id}
          type="month"
          value={month}
          max={new Date().toISOString().slice(0, 7)}
          onChange={(e) => setMonth(e.target.value)}
        />
      </div>
      {valid ? (
        <ul className="downloads">
          {languages.map(([code, name]) => (
            <li key={code}>
              <a href={`/api/public/conduct/monthly.pdf?month=${month}&lang=${code}`} lang={code}>
                {name} (PDF)
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
