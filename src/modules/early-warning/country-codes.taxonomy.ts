/**
 * ViEWS country ids → ISO 3166-1 alpha-3 and name, from the `country.csv` of the ViEWS data
 * (`name,isoab,country_id`). The file is CC BY-NC, so it is not shipped: whoever publishes
 * forecasts gives it. A country without a code is left out (the caller says which); a bad code
 * or id is refused naming its line. Pure reader.
 */
import { parse } from 'csv-parse/sync';
import { DomainError } from '../../core/errors.js';

export interface CountryCode {
  iso3: string;
  name: string;
}

const invalid = (line: number, message: string) =>
  new DomainError('validation_failed', `countries: line ${line}: ${message}`, [
    { path: `countries.line ${line}`, message },
  ]);

export function readCountryCodes(text: string): Map<number, CountryCode> {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Record<
      string,
      string
    >[];
  } catch (error) {
    throw invalid(
      (error as { lines?: number }).lines ?? 1,
      `not a CSV file of name,isoab,country_id (${(error as Error).message})`,
    );
  }
  const header = Object.keys(rows[0] ?? {});
  for (const c of ['name', 'isoab', 'country_id'])
    if (!header.includes(c)) throw invalid(1, `column ${c} missing (name,isoab,country_id)`);
  const codes = new Map<number, CountryCode>();
  rows.forEach((r, i) => {
    const line = i + 2;
    const id = Number(r.country_id);
    if (!Number.isInteger(id) || id < 1) throw invalid(line, `country_id "${r.country_id}"`);
    const iso3 = (r.isoab ?? '').trim().toUpperCase();
    // Kosovo has no ISO3 code in the ViEWS file: such a country stays unnamed (and is reported).
    if (iso3 === '') return;
    if (!/^[A-Z]{3}$/.test(iso3)) throw invalid(line, `isoab "${r.isoab}" is not an ISO3 code`);
    if (codes.has(id)) throw invalid(line, `country_id ${id} given twice`);
    codes.set(id, { iso3, name: (r.name ?? '').trim() || iso3 });
  });
  return codes;
}
