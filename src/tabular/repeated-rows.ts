/**
 * Rows of an import that repeat a key already met in the same file: the same figures once more
 * are a harmless repeat (skipped, counted); other figures under the same key are a conflict (the
 * row is rejected, naming the line it repeats). Both capability imports meet such rows.
 */
export class RepeatedRows {
  private readonly seen = new Map<string, { line: number; figures: string }>();

  /** @param what the key in words, e.g. "same mission and month" */
  constructor(private readonly what: string) {}

  /** Null for a key met first; otherwise 'repeat', or the reason the row is rejected. */
  check(key: string, row: { line: number; figures: unknown }): null | 'repeat' | string {
    const figures = JSON.stringify(row.figures);
    const earlier = this.seen.get(key);
    if (!earlier) {
      this.seen.set(key, { line: row.line, figures });
      return null;
    }
    if (earlier.figures === figures) return 'repeat';
    return `repeats line ${earlier.line} (${this.what}) with other figures`;
  }
}
