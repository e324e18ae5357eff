/**
 * A plain line chart of monthly series in SVG: one line per series, gaps where a value is unknown,
 * a y axis with round ticks, the years along x, a legend, and the latest value of each series
 * written beside it. Time runs left to right in every language (the drawing is laid out by
 * coordinates, and its text set left to right); the
 * legend and title follow the page. Sized by its container (viewBox), nothing to download.
 */
import { useI18n } from '../i18n/i18n.js';

export interface Series {
  label: string;
  values: (number | null)[];
  /** A CSS colour; defaults cycle through the palette. */
  colour?: string;
  dashed?: boolean;
}

const palette = ['#0b5ea8', '#c2571a', '#1f6f3f', '#7b3fa0', '#a3261b'];
const size = { width: 720, height: 260, left: 56, right: 16, top: 12, bottom: 28 };

/** Round tick values from 0 to at least max: steps of 1, 2 or 5 × 10^n. */
export function ticks(max: number, count = 4): number[] {
  if (max <= 0) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const result: number[] = [];
  for (let v = 0; v < max + step; v += step) result.push(v);
  return result;
}

export function LineChart({
  title,
  months,
  series,
  percent = false,
  yearly = false,
}: {
  title: string;
  /** YYYY-MM, one per value. */
  months: string[];
  series: Series[];
  /** Values are shares 0–1, shown as percentages. */
  percent?: boolean;
  /** One value a year (months all January): the legend names the year, not the month. */
  yearly?: boolean;
}) {
  const { locale } = useI18n();
  const numbers = new Intl.NumberFormat(locale, percent ? { style: 'percent' } : {});
  const top = Math.max(
    0,
    ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)),
  );
  const yTicks = ticks(top);
  const yMax = yTicks[yTicks.length - 1] || 1;
  const plotW = size.width - size.left - size.right;
  const plotH = size.height - size.top - size.bottom;
  const x = (i: number) =>
    size.left + (months.length <= 1 ? plotW / 2 : (i / (months.length - 1)) * plotW);
  const y = (v: number) => size.top + plotH - (v / yMax) * plotH;
  // A label per year where the year starts, every 1, 2, 5, 10 … years so that labels stand at
  // least 48 units apart; a label closer than that to the next is dropped (a series starting in
  // November would print its first year on top of the next).
  const starts = months
    .map((m, i) => ({ year: m.slice(0, 4), i }))
    .filter((m, k, all) => k === 0 || m.year !== all[k - 1]!.year);
  const perYear =
    starts.length > 1
      ? (x(starts[starts.length - 1]!.i) - x(starts[0]!.i)) / (starts.length - 1)
      : plotW;
  const yearStep = [1, 2, 5, 10, 20, 25, 50, 100].find((n) => n * perYear >= 48) ?? 100;
  const years = starts
    .filter((m) => Number(m.year) % yearStep === 0 || starts.length === 1)
    .filter((m, k, all) => k + 1 >= all.length || x(all[k + 1]!.i) - x(m.i) >= 48);
  const path = (values: (number | null)[]) =>
    values
      .map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`))
      .reduce<string[]>((acc, point, i) => {
        if (point === null) return acc;
        acc.push(`${i === 0 || values[i - 1] === null ? 'M' : 'L'}${point}`);
        return acc;
      }, [])
      .join(' ');
  return (
    <figure className="line-chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${size.width} ${size.height}`}
        direction="ltr"
        role="img"
        aria-label={title}
      >
        {yTicks.map((v) => (
          <g key={v} className="tick">
            <line x1={size.left} x2={size.width - size.right} y1={y(v)} y2={y(v)} />
            <text x={size.left - 6} y={y(v) + 4} textAnchor="end">
              {numbers.format(v)}
            </text>
          </g>
        ))}
        {years.map(({ year, i }) => (
          <text key={year} className="tick" x={x(i)} y={size.height - 8} textAnchor="middle">
            {year}
          </text>
        ))}
        {series.map((s, k) => (
          <path
            key={s.label}
            d={path(s.values)}
            fill="none"
            stroke={s.colour ?? palette[k % palette.length]}
            strokeWidth={2}
            strokeDasharray={s.dashed ? '6 4' : undefined}
          >
            <title>{s.label}</title>
          </path>
        ))}
        {/* A value with no neighbour draws no line: mark it with a dot. */}
        {series.flatMap((s, k) =>
          s.values.map((v, i) =>
            v !== null &&
            (s.values[i - 1] ?? null) === null &&
            (s.values[i + 1] ?? null) === null ? (
              <circle
                key={`${s.label}-${i}`}
                cx={x(i)}
                cy={y(v)}
                r={4}
                fill={s.colour ?? palette[k % palette.length]}
              />
            ) : null,
          ),
        )}
      </svg>
      <ul className="legend">
        {series.map((s, k) => {
          const last = [...s.values].reverse().find((v) => v !== null);
          return (
            <li key={s.label}>
              <span
                className="swatch"
                style={{ background: s.colour ?? palette[k % palette.length] }}
              />
              {s.label}
              {last !== undefined && last !== null ? (
                <bdi dir="ltr" className="muted">
                  {' '}
                  {numbers.format(last)} (
                  {yearly ? months[months.length - 1]!.slice(0, 4) : months[months.length - 1]})
                </bdi>
              ) : null}
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
