/**
 * A Printable (core/printable.ts) as one self-contained HTML page: the same blocks as the PDF,
 * charts and maps as inline SVG laid out by core/printable-figures.ts, no script, no external
 * resource (the browser's own fonts). `dir` and `lang` from the document, so Arabic reads right
 * to left. The page is what the report editor previews.
 */
import { chartFigure, mapFigure, type Figure } from '../core/printable-figures.js';
import type { Printable, PrintableBlock } from '../core/printable.js';

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
const n = (v: number) => Number(v.toFixed(2));

function svg(f: Figure): string {
  const parts = f.primitives.map((p) => {
    if (p.t === 'rect')
      return `<rect x="${n(p.x)}" y="${n(p.y)}" width="${n(p.w)}" height="${n(p.h)}" fill="${p.fill}"/>`;
    if (p.t === 'circle')
      return `<circle cx="${n(p.x)}" cy="${n(p.y)}" r="${n(p.r)}" fill="${p.fill}" fill-opacity="${p.opacity}"/>`;
    if (p.t === 'path') {
      const d = p.points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${n(x)} ${n(y)}`).join('');
      const fill = p.fill ? `${p.fill}" ` : 'none" ';
      return `<path d="${d}${p.fill ? 'Z' : ''}" fill="${fill}stroke="${p.stroke}" stroke-width="${p.width}"/>`;
    }
    const anchor = { left: 'start', center: 'middle', right: 'end' }[p.anchor];
    return `<text x="${n(p.x)}" y="${n(p.y + p.size)}" font-size="${p.size}" text-anchor="${anchor}" fill="${p.colour}">${escape(p.text)}</text>`;
  });
  return `<svg class="figure" viewBox="0 0 ${f.width} ${f.height}" width="100%" direction="ltr" role="img">${parts.join('')}</svg>`;
}

const figureWidth = 495; // the PDF's A4 text width, so both read alike

function block(b: PrintableBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h2>${escape(b.text)}</h2>`;
    case 'paragraph':
      return `<p${b.muted ? ' class="muted"' : ''}>${escape(b.text)}</p>`;
    case 'table': {
      const head = b.table.columns.map((c) => `<th>${escape(c)}</th>`).join('');
      const rows = b.table.rows
        .map(
          (r) =>
            `<tr>${r.map((c, i) => (i === 0 ? `<th>${escape(c)}</th>` : `<td>${escape(c)}</td>`)).join('')}</tr>`,
        )
        .join('');
      return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
    case 'chart':
      return svg(chartFigure(b.chart, figureWidth));
    case 'map':
      return svg(mapFigure(b.map, figureWidth));
  }
}

/** The page's stylesheet, served beside it (the CSP allows no inline style). */
export const printStyle = `body{font-family:'Noto Sans','Noto Sans Arabic',system-ui,sans-serif;color:#1b2733;max-width:46rem;margin:1.5rem auto;padding:0 1rem;font-size:.95rem;line-height:1.45}
h1{font-size:1.45rem;margin:0}h2{font-size:1.1rem;margin:1.4rem 0 .4rem}.muted,.subtitle{color:#5b6b7a}
table{border-collapse:collapse;width:100%;margin:.4rem 0 .8rem}th,td{border-bottom:1px solid #d5dde5;padding:.2rem .4rem;text-align:start}
thead th{background:#f3f6f9}td{text-align:center}.figure{display:block;margin:.4rem 0 .8rem}footer{color:#5b6b7a;font-size:.8rem;margin-top:2rem}`;

/** The document as an HTML page; `stylesheet` is where `printStyle` is served. */
export function renderHtml(p: Printable, stylesheet: string): string {
  return `<!doctype html>
<html lang="${escape(p.language)}" dir="${p.direction}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(p.title)}</title><link rel="stylesheet" href="${escape(stylesheet)}"></head>
<body><h1>${escape(p.title)}</h1><p class="subtitle">${escape(p.subtitle)}</p>
${p.blocks.map(block).join('\n')}
<footer>${escape(p.footer)}</footer></body></html>`;
}
