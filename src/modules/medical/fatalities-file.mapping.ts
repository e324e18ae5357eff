/**
 * M4: one row of the UN's public fatalities file (DPPADPOSS-FATALITIES.csv) → a fatality, or the
 * reasons it cannot be one, by column. Pure. The mission acronym, the date, the casualty id, the
 * personnel type and the type of incident are essential; an empty gender is "unknown", an empty
 * nationality "ZZ [Undetermined]" as the file itself writes it. A row is keyed by its casualty id
 * and nationality: the file lists six people twice, under Montenegro and under Serbia and
 * Montenegro, and counts both — as the statistics do.
 */
import type { ErrorDetail } from '../../core/errors.js';
import {
  fileGenders,
  fileIncidentTypes,
  filePersonnelTypes,
  type Gender,
  type IncidentType,
  type PersonnelType,
} from './fatality.taxonomy.js';

export const fatalityColumns = [
  'incident_date',
  'casualty_id',
  'mission_acronym',
  'type_of_casualty',
  'gender',
  'casualty_nationality',
  'casualty_personnel_type',
  'type_of_incident',
  'isocode3',
] as const;
export type FatalityCells = Record<(typeof fatalityColumns)[number], string>;

export const undeterminedNationality = 'ZZ [Undetermined]';

export interface MappedFatality {
  mission: string;
  /** casualty_id|nationality: stable across re-imports of later files. */
  sourceId: string;
  incidentOn: string;
  gender: Gender;
  nationality: string;
  nationalityIso3: string | null;
  personnelType: PersonnelType;
  incidentType: IncidentType;
}

const isDay = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

export function mapFatalityRow(
  cells: FatalityCells,
  today: string,
): { mapped: MappedFatality | null; rejected: ErrorDetail[] } {
  const rejected: ErrorDetail[] = [];
  const cell = (c: keyof FatalityCells) => cells[c].trim();
  const mission = cell('mission_acronym');
  if (!mission) rejected.push({ path: 'mission_acronym', message: 'empty: which mission?' });
  const casualtyId = cell('casualty_id');
  if (!casualtyId) rejected.push({ path: 'casualty_id', message: 'empty' });
  const incidentOn = cell('incident_date');
  if (!isDay(incidentOn))
    rejected.push({ path: 'incident_date', message: `not a date (YYYY-MM-DD): "${incidentOn}"` });
  else if (incidentOn > today)
    rejected.push({ path: 'incident_date', message: `${incidentOn} is after today` });
  const kind = cell('type_of_casualty');
  if (kind.toLowerCase() !== 'fatality')
    rejected.push({ path: 'type_of_casualty', message: `"${kind}": only fatalities are imported` });
  const gender = fileGenders[cell('gender').toLowerCase()];
  if (!gender) rejected.push({ path: 'gender', message: `"${cell('gender')}": M, F or empty` });
  const personnelType = filePersonnelTypes[cell('casualty_personnel_type').toLowerCase()];
  if (!personnelType)
    rejected.push({
      path: 'casualty_personnel_type',
      message: `"${cell('casualty_personnel_type')}" is not one of Military, Police, Military Observer, International Civilian, Local, Other`,
    });
  const incidentType = fileIncidentTypes[cell('type_of_incident').toLowerCase()];
  if (!incidentType)
    rejected.push({
      path: 'type_of_incident',
      message: `"${cell('type_of_incident')}" is not one of Malicious Act, Accident, Illness, Self-Inflicted, To Be Determined, Unknown`,
    });
  const iso3 = cell('isocode3').toUpperCase();
  if (iso3 && !/^[A-Z]{3}$/.test(iso3))
    rejected.push({ path: 'isocode3', message: `"${iso3}" is not a three-letter code` });
  if (rejected.length > 0) return { mapped: null, rejected };
  const nationality = cell('casualty_nationality') || undeterminedNationality;
  return {
    mapped: {
      mission,
      sourceId: `${casualtyId}|${nationality}`,
      incidentOn,
      gender: gender!,
      nationality,
      nationalityIso3: iso3 || null,
      personnelType: personnelType!,
      incidentType: incidentType!,
    },
    rejected,
  };
}
