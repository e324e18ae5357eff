/** Every migration, statically imported, in order. Append only. */
import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation.js';
import * as m0002 from './0002-incidents.js';
import * as m0003 from './0003-spatial-index.js';
import * as m0004 from './0004-conduct.js';
import * as m0005 from './0005-complaints.js';
import * as m0006 from './0006-sanctions.js';
import * as m0007 from './0007-assistance.js';
import * as m0008 from './0008-notifications.js';
import * as m0009 from './0009-vetting.js';
import * as m0010 from './0010-capabilities.js';
import * as m0011 from './0011-readiness.js';
import * as m0012 from './0012-eligibility.js';
import * as m0013 from './0013-caveats.js';
import * as m0014 from './0014-personnel.js';
import * as m0015 from './0015-mous.js';
import * as m0016 from './0016-unit-performance.js';
import * as m0017 from './0017-force-selection.js';
import * as m0018 from './0018-high-risk.js';
import * as m0019 from './0019-forecasts.js';
import * as m0020 from './0020-alerts.js';
import * as m0021 from './0021-failure-to-act.js';
import * as m0022 from './0022-role-grants.js';
import * as m0023 from './0023-import-runs.js';
import * as m0024 from './0024-sanctions-carry.js';
import * as m0025 from './0025-medical-fatalities.js';
import * as m0026 from './0026-medical-facilities.js';
import * as m0027 from './0027-medical-casualties.js';
import * as m0028 from './0028-medical-evacuations.js';
import * as m0029 from './0029-medical-next-of-kin.js';
import * as m0030 from './0030-mandates.js';
import * as m0031 from './0031-mandate-environment.js';
import * as m0032 from './0032-reports.js';
import * as m0033 from './0033-perception-surveys.js';
import * as m0034 from './0034-sea-training.js';
import * as m0035 from './0035-personnel.js';
import * as m0036 from './0036-incident-map-cells.js';
import * as m0037 from './0037-spatial-time-index.js';
import * as m0038 from './0038-access-generation.js';
import * as m0039 from './0039-incident-generation.js';
import * as m0040 from './0040-alert-texts.js';
import * as m0041 from './0041-forecast-kinds.js';
import * as m0042 from './0042-grid-forecasts.js';
import * as m0043 from './0043-spatial-index-years.js';
import * as m0044 from './0044-box-candidates-covered.js';

export const migrations: Readonly<Record<string, Migration>> = {
  '0001-foundation': m0001,
  '0002-incidents': m0002,
  '0003-spatial-index': m0003,
  '0004-conduct': m0004,
  '0005-complaints': m0005,
  '0006-sanctions': m0006,
  '0007-assistance': m0007,
  '0008-notifications': m0008,
  '0009-vetting': m0009,
  '0010-capabilities': m0010,
  '0011-readiness': m0011,
  '0012-eligibility': m0012,
  '0013-caveats': m0013,
  '0014-personnel': m0014,
  '0015-mous': m0015,
  '0016-unit-performance': m0016,
  '0017-force-selection': m0017,
  '0018-high-risk': m0018,
  '0019-forecasts': m0019,
  '0020-alerts': m0020,
  '0021-failure-to-act': m0021,
  '0022-role-grants': m0022,
  '0023-import-runs': m0023,
  '0024-sanctions-carry': m0024,
  '0025-medical-fatalities': m0025,
  '0026-medical-facilities': m0026,
  '0027-medical-casualties': m0027,
  '0028-medical-evacuations': m0028,
  '0029-medical-next-of-kin': m0029,
  '0030-mandates': m0030,
  '0031-mandate-environment': m0031,
  '0032-reports': m0032,
  '0033-perception-surveys': m0033,
  '0034-sea-training': m0034,
  '0035-personnel': m0035,
  '0036-incident-map-cells': m0036,
  '0037-spatial-time-index': m0037,
  '0038-access-generation': m0038,
  '0039-incident-generation': m0039,
  '0040-alert-texts': m0040,
  '0041-forecast-kinds': m0041,
  '0042-grid-forecasts': m0042,
  '0043-spatial-index-years': m0043,
  '0044-box-candidates-covered': m0044,
};
