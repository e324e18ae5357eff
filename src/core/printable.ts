/**
 * A printable document as data: what a module wants on paper (title, paragraphs, tables), without
 * saying how. server/pdf.ts turns it into a PDF, right to left for Arabic. Pure types.
 */
export type Direction = 'ltr' | 'rtl';

export interface PrintableTable {
  /** Column headings; the first column is the row's label, the others are numbers. */
  columns: string[];
  rows: string[][];
}

/** Bars (counts per period) or lines (values over periods), left to right in time. */
export interface PrintableChart {
  kind: 'bars' | 'lines';
  /** One label per position on the horizontal axis, e.g. months. */
  labels: string[];
  series: { name: string; values: (number | null)[] }[];
  /** A level drawn across the chart, e.g. an indicator's target. */
  reference?: { label: string; value: number };
}

/** Outlines (e.g. the host country) and weighted points, in longitude / latitude. */
export interface PrintableMap {
  /** [west, south, east, north] in degrees. */
  bbox: [number, number, number, number];
  /** Rings of [longitude, latitude]. */
  outlines: [number, number][][];
  points: { longitude: number; latitude: number; weight: number }[];
  /** Says what a point is, e.g. "incidents per cell of 0.5°; the larger, the more". */
  legend: string;
}

export type PrintableBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; muted?: boolean }
  | { kind: 'table'; table: PrintableTable }
  | { kind: 'chart'; chart: PrintableChart }
  | { kind: 'map'; map: PrintableMap };

export interface Printable {
  /** BCP 47 language of the text, e.g. 'ar'. */
  language: string;
  direction: Direction;
  title: string;
  subtitle: string;
  blocks: PrintableBlock[];
  /** Printed at the foot of every page, before the page number. */
  footer: string;
  /** "Page {page} of {pages}" in the document's language. */
  pageLabel: (page: number, pages: number) => string;
}
