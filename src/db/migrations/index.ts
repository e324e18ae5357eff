/** Every migration, statically imported, in order. Append only. */
import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation.js';

export const migrations: Readonly<Record<string, Migration>> = {
  '0001-foundation': m0001,
};
