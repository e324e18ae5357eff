/**
 * Charts and maps of a Printable laid out once as drawing primitives in a box (points, top-left
 * origin), so the PDF (server/pdf.ts) and the HTML (server/html-print.ts) draw the same figure.
 * Pure: no I/O, no fonts; text is placed by its anchor and measured by whoever draws it.
 */
import type { PrintableChart, PrintableMap } from './printable.js';

export type Primitive =
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  | { t: 'path'; points: [number, number][]; stroke: string; width: number; fill?: string }
  | { t: 'circle'; x: number; y: number; r: number; fill: string; opacity: number }
  | {
      t: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      anchor: 'left' | 'center' | 'right';
      colour: string;
    };

export interface Figure {
  width: number;
  height: number;
  primitives: Primitive[];
}

export const figureColours = ['#1f5f99', '#c4622d', '#4b8b3b', '#8a4fa3', '#b8912a'];
const axis = '#8795a1';
const grid = '#e3e8ee';
const text = '#1b2733';

/** 1, 2 or 5 times a power of ten: the step of about five grid lines up to `max`. */
export function niceStep(max: number): number {
  if (max <= 0) return 1;
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  return Math.max(step, Number.isInteger(max) && max < 5 ? 1 : step);
}

/** At most `wanted` labels, evenly spaced, always the last one. */
function labelEvery(count: number, wanted: number): number {
  return Math.max(1, Math.ceil(count / wanted));
}

export function chartFigure(chart: PrintableChart, width: number, height = 170): Figure {
  const out: Primitive[] = [];
  const left = 40;
  const right = 10;
  const top = chart.series.length > 1 || chart.reference ? 22 : 8;
  const bottom = 22;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const lowest = Math.min(0, ...values, chart.reference?.value ?? 0);
  const highest = Math.max(1, ...values, chart.reference?.value ?? 0);
  const step = niceStep(highest - lowest);
  const min = Math.floor(lowest / step) * step;
  const max = Math.ceil(highest / step) * step;
  const yOf = (v: number) => top + plotH - ((v - min) / (max - min || 1)) * plotH;
  for (let v = min; v <= max + step / 1000; v += step) {
    const y = yOf(v);
    out.push({
      t: 'path',
      points: [
        [left, y],
        [left + plotW, y],
      ],
      stroke: grid,
      width: 0.5,
    });
    const label = Number(v.toFixed(6)).toLocaleString('en');
    out.push({
      t: 'text',
      x: left - 4,
      y: y - 4,
      text: label,
      size: 7,
      anchor: 'right',
      colour: axis,
    });
  }
  const n = chart.labels.length;
  const slot = plotW / Math.max(1, n);
  const every = labelEvery(n, 8);
  chart.labels.forEach((label, i) => {
    if (i % every !== 0 && i !== n - 1) return;
    const x = left + slot * (i + 0.5);
    out.push({
      t: 'text',
      x,
      y: top + plotH + 4,
      text: label,
      size: 7,
      anchor: 'center',
      colour: axis,
    });
  });
  chart.series.forEach((series, s) => {
    const colour = figureColours[s % figureColours.length]!;
    if (chart.kind === 'bars') {
      const barW = (slot * 0.7) / chart.series.length;
      series.values.forEach((v, i) => {
        if (v === null) return;
        const x = left + slot * i + slot * 0.15 + barW * s;
        const y = yOf(Math.max(v, 0));
        out.push({
          t: 'rect',
          x,
          y,
          w: barW,
          h: Math.max(0.5, yOf(Math.min(v, 0)) - y),
          fill: colour,
        });
      });
    } else {
      let run: [number, number][] = [];
      const flush = () => {
        if (run.length > 1) out.push({ t: 'path', points: run, stroke: colour, width: 1.5 });
        run = [];
      };
      series.values.forEach((v, i) => {
        if (v === null) return flush();
        const point: [number, number] = [left + slot * (i + 0.5), yOf(v)];
        run.push(point);
        out.push({ t: 'circle', x: point[0], y: point[1], r: 1.8, fill: colour, opacity: 1 });
      });
      flush();
    }
  });
  out.push({
    t: 'path',
    points: [
      [left, top],
      [left, top + plotH],
      [left + plotW, top + plotH],
    ],
    stroke: axis,
    width: 0.7,
  });
  let legendX = left;
  const legend = (label: string, colour: string) => {
    out.push({ t: 'rect', x: legendX, y: 4, w: 8, h: 8, fill: colour });
    out.push({
      t: 'text',
      x: legendX + 11,
      y: 2,
      text: label,
      size: 7.5,
      anchor: 'left',
      colour: text,
    });
    legendX += 24 + label.length * 4.2;
  };
  if (chart.series.length > 1 || chart.reference)
    chart.series.forEach((s, i) => legend(s.name, figureColours[i % figureColours.length]!));
  if (chart.reference) {
    const y = yOf(chart.reference.value);
    out.push({
      t: 'path',
      points: [
        [left, y],
        [left + plotW, y],
      ],
      stroke: '#b3261e',
      width: 1,
    });
    legend(chart.reference.label, '#b3261e');
  }
  return { width, height, primitives: out };
}

export function mapFigure(map: PrintableMap, width: number, height = 260): Figure {
  const [west, south, east, north] = map.bbox;
  // Equirectangular, scaled by the cosine of the middle latitude: shapes read right at a country's scale.
  const squeeze = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = Math.max(1e-6, (east - west) * squeeze);
  const spanY = Math.max(1e-6, north - south);
  const scale = Math.min((width - 10) / spanX, (height - 24) / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = 4 + (height - 24 - spanY * scale) / 2;
  const at = (lon: number, lat: number): [number, number] => [
    offsetX + (lon - west) * squeeze * scale,
    offsetY + (north - lat) * scale,
  ];
  const out: Primitive[] = [{ t: 'rect', x: 0, y: 0, w: width, h: height - 18, fill: '#eef3f7' }];
  for (const ring of map.outlines)
    out.push({
      t: 'path',
      points: ring.map(([x, y]) => at(x, y)),
      stroke: '#8795a1',
      width: 0.6,
      fill: '#fbfaf6',
    });
  const heaviest = Math.max(1, ...map.points.map((p) => p.weight));
  for (const p of map.points) {
    const [x, y] = at(p.longitude, p.latitude);
    const r = 1.5 + 6 * Math.sqrt(p.weight / heaviest);
    out.push({ t: 'circle', x, y, r, fill: '#b3261e', opacity: 0.55 });
  }
  out.push({
    t: 'text',
    x: 0,
    y: height - 14,
    text: map.legend,
    size: 7.5,
    anchor: 'left',
    colour: axis,
  });
  return { width, height, primitives: out };
}
