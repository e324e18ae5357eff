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

export type PrintableBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; muted?: boolean }
  | { kind: 'table'; table: PrintableTable };

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
