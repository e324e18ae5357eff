/**
 * Writes one benchmark's section of bench/RESULTS.md: the text from its `<!-- name -->` marker to
 * the next marker is replaced (or the section is added at the end), and printed.
 */
import fs from 'node:fs';

export function writeResultsSection(marker: string, section: string): void {
  const resultsFile = new URL('./RESULTS.md', import.meta.url);
  const current = fs.readFileSync(resultsFile, 'utf8');
  const start = current.indexOf(`<!-- ${marker} -->`);
  const end = start >= 0 ? current.indexOf('<!--', start + 4) : -1;
  fs.writeFileSync(
    resultsFile,
    start >= 0
      ? `${current.slice(0, start)}${section}\n${end >= 0 ? current.slice(end) : ''}`
      : `${current.trimEnd()}\n\n${section}`,
  );
  process.stdout.write(section);
}

/** The median of samples (the upper middle one of an even count). */
export const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The median time in milliseconds of `times` runs of `f`, one after the other. */
export async function timed(f: () => Promise<unknown> | unknown, times = 5): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await f();
    ms.push(performance.now() - start);
  }
  return median(ms);
}
