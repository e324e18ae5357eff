/**
 * A mission's bases from Geo-PKO 2.3's mission-year-location table (`FrontMap_v.2.3.csv`: mission,
 * year, country, location, latitude, longitude, Infantry, NoTroops, Reserve, hq, UNPOL, Med, Av,
 * UNMO, …). The year asked for, or the mission's latest; one base per location (the row with the
 * highest headquarters level). Kind: hq 3 → mission headquarters, hq 2 → sector headquarters,
 * troops → company base, police only → police, else a team site (military observers). Pure;
 * a bad line is refused naming it. Geo-PKO's data is free for research with citation (Cil et al.
 * 2020) and not shipped.
 */
import { parse } from 'csv-parse/sync';
import { DomainError } from '../../core/errors.js';
import type { CreateBaseInput } from './base.schema.js';

const columns = ['mission', 'year', 'location', 'latitude', 'longitude', 'NoTroops', 'hq', 'UNPOL'];

const invalid = (line: number, message: string) =>
  new DomainError('validation_failed', `line ${line}: ${message}`, [
    { path: `line ${line}`, message },
  ]);

export function geopkoBases(
  text: string,
  want: { mission: string; year?: number },
): { year: number; bases: CreateBaseInput[] } {
  const rows = parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Record<
    string,
    string
  >[];
  const header = Object.keys(rows[0] ?? {});
  for (const c of columns) if (!header.includes(c)) throw invalid(1, `column ${c} missing`);
  const mine = rows
    .map((r, i) => ({ r, line: i + 2 }))
    .filter(({ r }) => r.mission?.trim().toUpperCase() === want.mission.toUpperCase());
  if (mine.length === 0)
    throw new DomainError('validation_failed', `mission: ${want.mission} is not in the file`, [
      { path: 'mission', message: 'not in the file' },
    ]);
  const year = want.year ?? Math.max(...mine.map(({ r }) => Number(r.year)));
  const byPlace = new Map<string, CreateBaseInput & { level: number }>();
  for (const { r, line } of mine.filter(({ r }) => Number(r.year) === year)) {
    const latitude = Number(r.latitude);
    const longitude = Number(r.longitude);
    if (!Number.isFinite(latitude) || Math.abs(latitude) > 90)
      throw invalid(line, `latitude "${r.latitude}"`);
    if (!Number.isFinite(longitude) || Math.abs(longitude) > 180)
      throw invalid(line, `longitude "${r.longitude}"`);
    const hq = Number(r.hq) || 0;
    const troops = Number(r.NoTroops) || 0;
    const kind: CreateBaseInput['kind'] =
      hq >= 3
        ? 'headquarters'
        : hq === 2
          ? 'sector_headquarters'
          : troops > 0
            ? 'company_base'
            : Number(r.UNPOL) > 0
              ? 'police'
              : 'team_site';
    const name = r.location!.trim();
    const level = hq * 10_000 + troops;
    const seen = byPlace.get(name);
    if (!seen || level > seen.level) byPlace.set(name, { name, kind, latitude, longitude, level });
  }
  if (byPlace.size === 0)
    throw new DomainError('validation_failed', `year: ${want.mission} has no location in ${year}`, [
      { path: 'year', message: 'no location that year' },
    ]);
  return {
    year,
    bases: [...byPlace.values()]
      .map(({ level: _level, ...b }) => b)
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
