/**
 * A plain bar chart: one bar per item, horizontal (labels beside) or as columns (labels below).
 * Bars are sized boxes in a grid, so the chart mirrors with the page in Arabic. A suppressed
 * count ("<3") draws as a short hatched bar with its label, never as a number; a withheld one
 * (3 or more, held back so that a small one cannot be worked out) as an empty hatched bar.
 */
import { useI18n } from '../i18n/i18n.js';

export interface Bar {
  label: string;
  value: number | '<3' | 'withheld';
  /** Extra words under the label, e.g. "of 264 completed". */
  note?: string;
  /** The value is a percentage. */
  percent?: boolean;
}

const numeric = (v: Bar['value']) => (v === '<3' ? 2 : v === 'withheld' ? 0 : v);

export function BarChart({
  bars,
  columns = false,
  title,
  max,
}: {
  bars: Bar[];
  columns?: boolean;
  title: string;
  /** The value of a full bar (default: the largest). */
  max?: number;
}) {
  const { locale, t } = useI18n();
  const top = max ?? Math.max(1, ...bars.map((b) => numeric(b.value)));
  const format = (v: Bar['value']) =>
    v === '<3' ? '<3' : v === 'withheld' ? t('chart.withheld') : v.toLocaleString(locale);
  return (
    <figure className={columns ? 'bars bars-columns' : 'bars'} aria-label={title}>
      <figcaption>{title}</figcaption>
      <ul>
        {bars.map((bar) => {
          const share = `${Math.max(1, (numeric(bar.value) / top) * 100).toFixed(1)}%`;
          return (
            <li
              key={bar.label}
              title={`${bar.label}: ${format(bar.value)}${bar.note ? ` ${bar.note}` : ''}`}
            >
              <span className="bar-label">
                {bar.label}
                {bar.note ? <small className="muted">{bar.note}</small> : null}
              </span>
              <span className="bar-track">
                <span
                  className={typeof bar.value === 'number' ? 'bar' : 'bar bar-suppressed'}
                  style={columns ? { blockSize: share } : { inlineSize: share }}
                />
              </span>
              {/* "<3" must read left to right in Arabic too. */}
              <bdi className="bar-value" dir="ltr">
                {format(bar.value)}
                {bar.percent ? ' %' : ''}
              </bdi>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
