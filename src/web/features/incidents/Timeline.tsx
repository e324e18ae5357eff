/**
 * Incidents per month under the map, as bars; dragging across the bars selects a date range (the
 * brush), which filters the map and the list. Time runs left to right in every language.
 */
import { useRef, useState } from 'react';
import type { IncidentTimeline } from '../../../modules/incidents/incident.schema.js';

interface Props {
  months: IncidentTimeline['months'];
  range: { from: string; to: string } | null;
  label: string;
  /** The y-axis' caption ("incidents per month"). */
  unit: string;
  onBrush: (range: { from: string; to: string } | null) => void;
}

const height = 80;

/** Every month from the first to the last, so empty months show as gaps. */
function continuous(months: IncidentTimeline['months']) {
  if (months.length === 0) return [];
  const counts = new Map(months.map((m) => [m.month, m.count]));
  const [y0, m0] = months[0]!.month.split('-').map(Number) as [number, number];
  const [y1, m1] = months[months.length - 1]!.month.split('-').map(Number) as [number, number];
  const out: { month: string; count: number }[] = [];
  for (
    let y = y0, m = m0;
    y < y1 || (y === y1 && m <= m1);
    m === 12 ? ((m = 1), (y += 1)) : (m += 1)
  ) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month: key, count: counts.get(key) ?? 0 });
  }
  return out;
}

/** The smallest of 1, 2, 5 × 10^k at or above `value`: the top of the y-axis. */
export function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((f) => f * power).find((v) => v >= value)!;
}

/** Where each year starts, as a share of the width, when the months span more than two years. */
function yearTicks(all: { month: string }[]) {
  if (all.length <= 24) return [];
  const step = Math.ceil(all.length / 12 / 8); // at most about eight years named
  return all
    .map((m, i) => ({ year: Number(m.month.slice(0, 4)), january: m.month.endsWith('-01'), i }))
    .filter((m) => m.january && m.year % step === 0)
    .map((m) => ({ year: m.year, at: m.i / all.length }))
    .filter((tick) => tick.at > 0.08 && tick.at < 0.92); // clear of the first and last month
}

export function Timeline({ months, range, label, unit, onBrush }: Props) {
  const all = continuous(months);
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const width = Math.max(all.length, 1);
  const max = niceCeiling(Math.max(1, ...all.map((m) => m.count)));
  const ticks = max >= 2 ? [max, max / 2, 0] : [max, 0];
  const indexAt = (clientX: number) => {
    const box = svg.current!.getBoundingClientRect();
    return Math.min(
      all.length - 1,
      Math.max(0, Math.floor(((clientX - box.left) / box.width) * all.length)),
    );
  };
  const selected = drag
    ? [Math.min(drag.start, drag.end), Math.max(drag.start, drag.end)]
    : range
      ? [
          all.findIndex((m) => m.month >= range.from.slice(0, 7)),
          all.findLastIndex((m) => m.month <= range.to.slice(0, 7)),
        ]
      : null;
  const finish = () => {
    if (!drag) return;
    const [a, b] = [Math.min(drag.start, drag.end), Math.max(drag.start, drag.end)];
    setDrag(null);
    const last = all[b]!.month.split('-').map(Number) as [number, number];
    const end = new Date(Date.UTC(last[0], last[1], 1) - 1);
    onBrush({ from: `${all[a]!.month}-01T00:00:00.000Z`, to: end.toISOString() });
  };
  if (all.length === 0) return null;
  return (
    <div className="timeline" dir="ltr">
      <div className="timeline-y" data-testid="timeline-y" aria-hidden="true">
        <span className="timeline-unit">{unit}</span>
        {ticks.map((v) => (
          <span key={v} style={{ insetBlockStart: `${(1 - v / max) * 100}%` }}>
            {v}
          </span>
        ))}
      </div>
      <svg
        ref={svg}
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={label}
        data-testid="timeline"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          const i = indexAt(e.clientX);
          setDrag({ start: i, end: i });
        }}
        onPointerMove={(e) => drag && setDrag({ ...drag, end: indexAt(e.clientX) })}
        onPointerUp={finish}
      >
        {ticks.map((v) => (
          <line
            key={v}
            className="timeline-grid"
            x1={0}
            x2={width}
            y1={height - (v / max) * height}
            y2={height - (v / max) * height}
          />
        ))}
        {selected && selected[0]! >= 0 && (
          <rect
            className="timeline-brush"
            x={selected[0]}
            y={0}
            width={selected[1]! - selected[0]! + 1}
            height={height}
          />
        )}
        {all.map((m, i) => (
          <rect
            key={m.month}
            className="timeline-bar"
            x={i + 0.1}
            width={0.8}
            y={height - (m.count / max) * height}
            height={(m.count / max) * height}
          >
            <title>{`${m.month}: ${m.count}`}</title>
          </rect>
        ))}
      </svg>
      <div className="timeline-axis" data-testid="timeline-x">
        <span>{all[0]!.month}</span>
        {yearTicks(all).map((tick) => (
          <span
            key={tick.year}
            className="timeline-year"
            style={{ insetInlineStart: `${tick.at * 100}%` }}
          >
            {tick.year}
          </span>
        ))}
        <span>{all[all.length - 1]!.month}</span>
      </div>
    </div>
  );
}
