/**
 * A country's forecast by month ahead: the probability of at least 1 and of 25 or more
 * state-based fatalities, the band between them shaded (the chance of some violence short of 25
 * deaths). SVG, laid out left to right in every language.
 */
import { useI18n } from '../../i18n/i18n.js';

const size = { width: 720, height: 240, left: 48, right: 16, top: 12, bottom: 28 };

export function ProbabilityBand(props: {
  title: string;
  months: string[];
  atLeastOne: number[];
  atLeast25: number[];
  labels: { atLeastOne: string; atLeast25: string };
}) {
  const { locale } = useI18n();
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  const plotW = size.width - size.left - size.right;
  const plotH = size.height - size.top - size.bottom;
  const n = props.months.length;
  const x = (i: number) => size.left + (n <= 1 ? plotW / 2 : (i / (n - 1)) * plotW);
  const y = (p: number) => size.top + plotH - p * plotH;
  const line = (values: number[]) =>
    values.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p).toFixed(1)}`).join(' ');
  const band = `${line(props.atLeastOne)} ${[...props.atLeast25]
    .map((p, i) => ({ p, i }))
    .reverse()
    .map(({ p, i }) => `L${x(i).toFixed(1)},${y(p).toFixed(1)}`)
    .join(' ')} Z`;
  const series = [
    { label: props.labels.atLeastOne, values: props.atLeastOne, colour: '#c2571a' },
    { label: props.labels.atLeast25, values: props.atLeast25, colour: '#7b0d1e' },
  ];
  return (
    <figure className="line-chart" aria-label={props.title}>
      <figcaption>{props.title}</figcaption>
      <svg
        viewBox={`0 0 ${size.width} ${size.height}`}
        direction="ltr"
        role="img"
        aria-label={props.title}
      >
        {[0, 0.25, 0.5, 0.75, 1].map((v) => (
          <g key={v} className="tick">
            <line x1={size.left} x2={size.width - size.right} y1={y(v)} y2={y(v)} />
            <text x={size.left - 6} y={y(v) + 4} textAnchor="end">
              {percent.format(v)}
            </text>
          </g>
        ))}
        {props.months.map((m, i) =>
          i % 3 === 0 || i === n - 1 ? (
            <text key={m} className="tick" x={x(i)} y={size.height - 8} textAnchor="middle">
              {m}
            </text>
          ) : null,
        )}
        <path d={band} fill="#f4a582" opacity={0.45} />
        {series.map((s) => (
          <g key={s.label}>
            <path d={line(s.values)} fill="none" stroke={s.colour} strokeWidth={2} />
            {s.values.map((p, i) => (
              <circle key={i} cx={x(i)} cy={y(p)} r={3} fill={s.colour}>
                <title>{`${props.months[i]}: ${percent.format(p)}`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      <ul className="legend">
        {series.map((s) => (
          <li key={s.label}>
            <span className="swatch" style={{ background: s.colour }} />
            {s.label}{' '}
            <bdi dir="ltr" className="muted">
              {percent.format(s.values[0] ?? 0)} ({props.months[0]})
            </bdi>
          </li>
        ))}
      </ul>
    </figure>
  );
}
