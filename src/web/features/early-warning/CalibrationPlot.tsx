/**
 * A calibration plot: for each ten-point bin of forecast probability, the mean forecast (x)
 * against the share that happened (y), one series per method; a perfectly calibrated forecast lies
 * on the diagonal. A dot's area follows the number of forecasts in its bin. SVG, left to right.
 */
import { useI18n } from '../../i18n/i18n.js';

export interface CalibrationSeries {
  label: string;
  colour: string;
  bins: { count: number; meanForecast: number | null; observed: number | null }[];
}

const side = 320;
const pad = { left: 44, bottom: 36, top: 10, right: 22 };

export function CalibrationPlot(props: {
  title: string;
  series: CalibrationSeries[];
  axes: { forecast: string; observed: string };
}) {
  const { locale } = useI18n();
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  const plot = side - pad.left - pad.right;
  const x = (p: number) => pad.left + p * plot;
  const y = (p: number) => pad.top + plot - p * plot;
  const most = Math.max(1, ...props.series.flatMap((s) => s.bins.map((b) => b.count)));
  return (
    <figure className="line-chart calibration" aria-label={props.title}>
      <figcaption>{props.title}</figcaption>
      <svg
        viewBox={`0 0 ${side} ${side + pad.bottom - pad.right}`}
        direction="ltr"
        role="img"
        aria-label={props.title}
        style={{ maxInlineSize: '26rem' }}
      >
        {[0, 0.5, 1].map((v) => (
          <g key={v} className="tick">
            <line x1={x(0)} x2={x(1)} y1={y(v)} y2={y(v)} />
            <text x={x(0) - 6} y={y(v) + 4} textAnchor="end">
              {percent.format(v)}
            </text>
            <text x={x(v)} y={y(0) + 16} textAnchor="middle">
              {percent.format(v)}
            </text>
          </g>
        ))}
        <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} stroke="#9a9386" strokeDasharray="4 4" />
        <text x={x(0.5)} y={y(0) + 32} textAnchor="middle">
          {props.axes.forecast}
        </text>
        <text x={12} y={y(0.5)} textAnchor="middle" transform={`rotate(-90 12 ${y(0.5)})`}>
          {props.axes.observed}
        </text>
        {props.series.map((s) => (
          <g key={s.label}>
            <path
              d={s.bins
                .filter((b) => b.meanForecast !== null && b.observed !== null)
                .map((b, i) => `${i === 0 ? 'M' : 'L'}${x(b.meanForecast!)},${y(b.observed!)}`)
                .join(' ')}
              fill="none"
              stroke={s.colour}
              strokeWidth={1.5}
            />
            {s.bins.map((b, i) =>
              b.meanForecast === null || b.observed === null ? null : (
                <circle
                  key={i}
                  cx={x(b.meanForecast)}
                  cy={y(b.observed)}
                  r={2 + 7 * Math.sqrt(b.count / most)}
                  fill={s.colour}
                  opacity={0.75}
                >
                  <title>{`${s.label}: ${percent.format(b.meanForecast)} → ${percent.format(b.observed)} (${b.count})`}</title>
                </circle>
              ),
            )}
          </g>
        ))}
      </svg>
      <ul className="legend">
        {props.series.map((s) => (
          <li key={s.label}>
            <span className="swatch" style={{ background: s.colour }} />
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
