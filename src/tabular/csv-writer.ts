/** Writing CSV: cells quoted and neutralised (S7), lines ended with CRLF (RFC 4180). */
/** One CSV cell: formulas neutralised, quoted when it holds a comma, quote or line break. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: (string | number | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The rejected rows of an import as CSV (line, column, reason): the CLI's --report, the web's download. */
export function rejectedRowsCsv(
  rows: readonly { line: number; column: string; reason: string }[],
): string {
  return (
    csvLine(['line', 'column', 'reason']) +
    rows.map((r) => csvLine([r.line, r.column, r.reason])).join('')
  );
}
