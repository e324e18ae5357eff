/**
 * A Printable (core/printable.ts) as a PDF, with pdfkit and the Noto Sans fonts the web app ships
 * (no download). Arabic is shaped by fontkit word by word; the order of words on a line follows
 * the Unicode bidirectional algorithm (bidi-js, rule L2 applied to whole words), so an Arabic line
 * reads right to left with its numbers and Latin names left to right; tables mirror too.
 */
import bidiModule from 'bidi-js';
import PDFDocument from 'pdfkit';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import type { Printable, PrintableTable } from '../core/printable.js';
import { chartFigure, mapFigure, type Figure } from '../core/printable-figures.js';
import { woffToSfnt } from './woff.js';

// bidi-js is CommonJS whose types say `export default`: at run time the default import is the factory.
const bidiFactory = bidiModule as unknown as typeof bidiModule.default;
const bidi = bidiFactory();
// Each font is unwrapped from WOFF once per process (fontkit reading the WOFF itself inflated the
// glyph table on every glyph: most of an Arabic PDF's time), then opened anew for each document:
// fontkit keeps a glyph with the characters it was first shaped from, and pdfkit writes those as
// the text a reader copies or searches — shared across documents, a document's text would depend
// on what the process drew before (an Arabic letter read back as its undotted sister).
const sfnt = (spec: string) =>
  woffToSfnt(fs.readFileSync(fileURLToPath(import.meta.resolve(spec))));
const fontFiles = {
  latin: sfnt('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff'),
  latinBold: sfnt('@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff'),
  arabic: sfnt('@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff'),
  arabicBold: sfnt('@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff'),
};
const arabicScript = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const page = { margin: 50, footer: 30 };
const ink = '#1b2733';
const muted = '#5b6b7a';
const line = '#d5dde5';

type Doc = InstanceType<typeof PDFDocument>;
/** The document being drawn and what it prints. */
interface Pen {
  doc: Doc;
  p: Printable;
}
interface Style {
  size: number;
  bold?: boolean;
  colour?: string;
}
interface Box {
  x: number;
  y: number;
  width: number;
  align: 'start' | 'end' | 'center';
}

function fontOf(token: string, bold = false): string {
  if (arabicScript.test(token)) return bold ? 'arabicBold' : 'arabic';
  return bold ? 'latinBold' : 'latin';
}

/** Widths per document, font and size: shaping Arabic to measure it is the costly part. */
const widths = new WeakMap<Doc, Map<string, number>>();

function widthOf(doc: Doc, token: string, style: Style): number {
  const font = fontOf(token, style.bold);
  const known = widths.get(doc) ?? new Map<string, number>();
  widths.set(doc, known);
  const key = `${font}\u0000${style.size}\u0000${token}`;
  let width = known.get(key);
  if (width === undefined) {
    width = doc.font(font).fontSize(style.size).widthOfString(token);
    known.set(key, width);
  }
  return width;
}

/** A piece of a word in one script (one font): "2023،" is "2023" and "،", glued. */
interface Token {
  text: string;
  /** Which word of the line it belongs to: no space between tokens of one word. */
  word: number;
  level: number;
}

/**
 * The tokens of one line in the order they are drawn, left to right: words split where the
 * script changes (each piece in a font that has it), then UAX #9 rule L2 applied to the pieces,
 * each at the embedding level bidi-js gives its first character.
 */
export function visualOrder(text: string, direction: 'ltr' | 'rtl'): Token[] {
  const { levels } = bidi.getEmbeddingLevels(text, direction);
  const tokens: Token[] = [];
  const pattern = /\S+/g;
  let word = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text), word++) {
    const piece =
      /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+|[^\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+/g;
    for (let p = piece.exec(m[0]); p; p = piece.exec(m[0]))
      tokens.push({ text: p[0], word, level: levels[m.index + p.index] ?? 0 });
  }
  const highest = Math.max(0, ...tokens.map((t) => t.level));
  const lowestOdd = Math.min(...tokens.map((t) => t.level).filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < tokens.length;) {
      if (tokens[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < tokens.length && tokens[j]!.level >= level) j++;
      tokens.splice(i, j - i, ...tokens.slice(i, j).reverse());
      i = j;
    }
  }
  return tokens;
}

/** Width of tokens drawn side by side, a space between words. */
function lineWidth(doc: Doc, tokens: readonly Token[], style: Style): number {
  const space = widthOf(doc, ' ', style);
  return tokens.reduce(
    (sum, t, i) =>
      sum + widthOf(doc, t.text, style) + (i > 0 && tokens[i - 1]!.word !== t.word ? space : 0),
    0,
  );
}

/** Draws one line in a box. `start` is the left in LTR and the right in RTL. */
function drawLine({ doc, p }: Pen, text: string, box: Box & Style): void {
  // Direction marks (as Intl puts around numbers) have no glyph: the layout here does their work.
  const tokens = visualOrder(text.replace(/[\u200e\u200f\u061c]/g, ''), p.direction);
  const space = widthOf(doc, ' ', box);
  const total = lineWidth(doc, tokens, box);
  const rtl = p.direction === 'rtl';
  const atRight = (box.align === 'start' && rtl) || (box.align === 'end' && !rtl);
  let x =
    box.align === 'center'
      ? box.x + (box.width - total) / 2
      : atRight
        ? box.x + box.width - total
        : box.x;
  const flowY = doc.y; // pdfkit moves its cursor when it draws; the layout here keeps its own
  doc.fillColor(box.colour ?? ink);
  tokens.forEach((t, i) => {
    if (i > 0 && tokens[i - 1]!.word !== t.word) x += space;
    // One baseline for both fonts: their ascents differ.
    doc
      .font(fontOf(t.text, box.bold))
      .fontSize(box.size)
      .text(t.text, x, box.y + box.size, { lineBreak: false, baseline: 'alphabetic' });
    x += widthOf(doc, t.text, box);
  });
  doc.y = flowY;
}

/** Splits text into lines that fit the width (logical order; each line is reordered when drawn). */
function wrap({ doc, p }: Pen, text: string, style: Style & { width: number }): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (!current || lineWidth(doc, visualOrder(candidate, p.direction), style) <= style.width)
      current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  return lines;
}

const bottom = (doc: Doc) => doc.page.height - page.margin - page.footer;

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) {
    doc.addPage();
    doc.y = page.margin;
  }
}

function paragraph(pen: Pen, text: string, style: Style): void {
  const { doc } = pen;
  const width = doc.page.width - 2 * page.margin;
  for (const l of wrap(pen, text, { ...style, width })) {
    ensureRoom(doc, style.size * 1.6);
    drawLine(pen, l, { x: page.margin, y: doc.y, width, align: 'start', ...style });
    doc.y += style.size * 1.6;
  }
}

function table(pen: Pen, t: PrintableTable): void {
  const { doc, p } = pen;
  const width = doc.page.width - 2 * page.margin;
  const numbers = t.columns.length - 1;
  const labelWidth = numbers === 0 ? width : Math.max(width * 0.4, width - numbers * 90);
  const cellWidth = numbers === 0 ? 0 : (width - labelWidth) / numbers;
  // Column boxes left to right in LTR; mirrored in RTL (the label column on the right).
  const boxes = t.columns.map((_, i) => {
    const offset = i === 0 ? 0 : labelWidth + (i - 1) * cellWidth;
    const w = i === 0 ? labelWidth : cellWidth;
    const x = p.direction === 'rtl' ? page.margin + width - offset - w : page.margin + offset;
    return { x: x + 4, width: w - 8, align: i === 0 ? ('start' as const) : ('center' as const) };
  });
  const rowHeight = 18;
  const row = (cells: string[], bold: boolean) => {
    if (bold) doc.rect(page.margin, doc.y - 3, width, rowHeight).fill('#f3f6f9');
    cells.forEach((cell, i) => {
      // A cell longer than its column is set smaller until it fits (not below 6.5 pt).
      const natural = lineWidth(doc, visualOrder(cell, p.direction), { size: 9.5, bold });
      const size = Math.max(6.5, Math.min(9.5, (9.5 * boxes[i]!.width) / natural));
      drawLine(pen, cell, { ...boxes[i]!, y: doc.y, size, bold });
    });
    doc
      .moveTo(page.margin, doc.y + rowHeight - 3)
      .lineTo(page.margin + width, doc.y + rowHeight - 3)
      .lineWidth(0.5)
      .strokeColor(line)
      .stroke();
    doc.y += rowHeight;
  };
  ensureRoom(doc, rowHeight * 2);
  row(t.columns, true);
  for (const r of t.rows) {
    if (doc.y + rowHeight > bottom(doc)) {
      ensureRoom(doc, rowHeight * 2);
      row(t.columns, true); // the heading again on a new page
    }
    row(r, false);
  }
  doc.y += 8;
}

/** A text primitive's anchor as a box: 'left' is the left whatever the document's direction. */
function anchorBox(pen: Pen, x: number, anchor: 'left' | 'center' | 'right') {
  const rtl = pen.p.direction === 'rtl';
  if (anchor === 'center') return { x: x - 150, width: 300, align: 'center' as const };
  if (anchor === 'left')
    return { x, width: 400, align: rtl ? ('end' as const) : ('start' as const) };
  return { x: x - 400, width: 400, align: rtl ? ('start' as const) : ('end' as const) };
}

/** Draws a laid-out chart or map at the cursor, on a new page if it does not fit. */
function figure(pen: Pen, f: Figure): void {
  const { doc } = pen;
  ensureRoom(doc, f.height + 6);
  const x0 = page.margin;
  const y0 = doc.y;
  for (const p of f.primitives) {
    if (p.t === 'rect') doc.rect(x0 + p.x, y0 + p.y, p.w, p.h).fill(p.fill);
    else if (p.t === 'circle')
      doc
        .circle(x0 + p.x, y0 + p.y, p.r)
        .fillOpacity(p.opacity)
        .fill(p.fill)
        .fillOpacity(1);
    else if (p.t === 'path') {
      const [first, ...rest] = p.points;
      if (!first) continue;
      doc.moveTo(x0 + first[0], y0 + first[1]);
      for (const [x, y] of rest) doc.lineTo(x0 + x, y0 + y);
      doc.lineWidth(p.width);
      if (p.fill) doc.closePath().fillAndStroke(p.fill, p.stroke);
      else doc.strokeColor(p.stroke).stroke();
    } else {
      const box = anchorBox(pen, x0 + p.x, p.anchor);
      drawLine(pen, p.text, { ...box, y: y0 + p.y, size: p.size, colour: p.colour });
    }
  }
  doc.y = y0 + f.height + 6;
}

function footers(pen: Pen): void {
  const { doc, p } = pen;
  const range = doc.bufferedPageRange();
  const width = doc.page.width - 2 * page.margin;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - page.margin;
    doc.page.margins.bottom = 0; // writing in the margin must not open a page
    const style = { size: 8, colour: muted };
    drawLine(pen, p.footer, { x: page.margin, y, width, align: 'start', ...style });
    const label = p.pageLabel(i + 1, range.count);
    drawLine(pen, label, { x: page.margin, y, width, align: 'end', ...style });
  }
}

/** The document as PDF bytes. */
export function renderPdf(p: Printable): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: page.margin,
    bufferPages: true,
    lang: p.language,
    info: { Title: p.title, Creator: 'peaceops' },
  });
  // pdfkit takes an opened fontkit font too (it only asks for layout()); its types list files only.
  for (const [name, file] of Object.entries(fontFiles))
    doc.registerFont(name, fontkit.create(file) as unknown as Uint8Array);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const pen = { doc, p };
  doc.y = page.margin;
  paragraph(pen, p.title, { size: 17, bold: true });
  paragraph(pen, p.subtitle, { size: 10, colour: muted });
  doc.y += 6;
  for (const block of p.blocks) {
    if (block.kind === 'heading') {
      doc.y += 6;
      ensureRoom(doc, 60);
      paragraph(pen, block.text, { size: 12.5, bold: true });
      doc.y += 4;
    } else if (block.kind === 'paragraph')
      paragraph(pen, block.text, { size: 9.5, colour: block.muted ? muted : ink });
    else if (block.kind === 'table') table(pen, block.table);
    else {
      const width = doc.page.width - 2 * page.margin;
      figure(
        pen,
        block.kind === 'chart' ? chartFigure(block.chart, width) : mapFigure(block.map, width),
      );
    }
  }
  footers(pen);
  doc.end();
  return done;
}
