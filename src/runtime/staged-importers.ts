/**
 * Every staged importer (db/staged-import.ts), so a run a dead process left half applied can be
 * finished by the server's sweeps whatever its kind.
 */
import type { AnyStagedImporter } from '../db/staged-import.js';
import { contributionImporter } from '../modules/capabilities/contribution-import.service.js';
import { strengthImporter } from '../modules/capabilities/mission-strength-import.service.js';
import { seaTableImporter } from '../modules/conduct/sea-table-staging.service.js';
import { incidentImporter } from '../modules/incidents/incident-import-apply.service.js';
import { fatalityImporter } from '../modules/medical/fatality-import.service.js';

export const stagedImporters: readonly AnyStagedImporter[] = [
  incidentImporter,
  contributionImporter,
  seaTableImporter,
  strengthImporter,
  fatalityImporter,
];
