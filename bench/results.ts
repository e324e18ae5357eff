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
