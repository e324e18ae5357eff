/**
 * Every module's routes, mounted in one place. A new module adds one line here.
 *
 * Order matters: a path is matched against the routes in the order they were added, so a module
 * mounts a fixed path before a `{id}` path that would also match it — `incidentMapRoutes`
 * (`/api/incidents/map`, `/timeline`, `/facets`) before `incidentRoutes` (`/api/incidents/{id}`).
 * The access matrix calls each of them and fails if the wrong one answers.
 */
import { accountRoutes } from '../modules/accounts/account.routes.js';
import { roleGrantRoutes } from '../modules/accounts/role-grant.routes.js';
import { authRoutes } from '../modules/accounts/auth.routes.js';
import { auditRoutes } from '../modules/audit/audit.routes.js';
import { contributionRoutes } from '../modules/capabilities/contribution.routes.js';
import { pledgeRoutes } from '../modules/capabilities/pledge.routes.js';
import { eligibilityRoutes } from '../modules/capabilities/eligibility.routes.js';
import { repatriationRoutes } from '../modules/capabilities/repatriation.routes.js';
import { assistanceRoutes } from '../modules/conduct/assistance.routes.js';
import { caseRoutes } from '../modules/conduct/case.routes.js';
import { complaintRoutes } from '../modules/conduct/complaint.routes.js';
import { measureRoutes } from '../modules/conduct/measure.routes.js';
import { statisticsRoutes } from '../modules/conduct/statistics.routes.js';
import { vettingRoutes } from '../modules/conduct/vetting.routes.js';
import { compartmentRoutes } from '../modules/compartments/compartment.routes.js';
import { incidentMapRoutes } from '../modules/incidents/incident-map.routes.js';
import { importRoutes } from '../modules/incidents/import.routes.js';
import { incidentRoutes } from '../modules/incidents/incident.routes.js';
import { baseRoutes } from '../modules/missions/base.routes.js';
import { missionRoutes } from '../modules/missions/mission.routes.js';
import { placeRoutes } from '../modules/missions/places.routes.js';
import { fatalityRoutes } from '../modules/medical/fatality.routes.js';
import { facilityRoutes } from '../modules/medical/facility.routes.js';
import { casualtyRoutes } from '../modules/medical/casualty.routes.js';
import { evacuationRoutes } from '../modules/medical/evacuation.routes.js';
import { fatalityRecordRoutes } from '../modules/medical/fatality-record.routes.js';
import { mandateRoutes } from '../modules/mandates/mandate.routes.js';
import { environmentRoutes } from '../modules/mandates/environment.routes.js';
import { surveyRoutes } from '../modules/mandates/survey.routes.js';
import { reportRoutes } from '../modules/reports/report.routes.js';
import { leadershipRoutes } from '../modules/personnel/leadership.routes.js';
import { personnelRoutes } from '../modules/personnel/personnel.routes.js';
import { selectionRoutes } from '../modules/force-selection/selection.routes.js';
import { alertRoutes } from '../modules/early-warning/alert.routes.js';
import { failureToActRoutes } from '../modules/early-warning/failure-to-act.routes.js';
import { forecastRoutes } from '../modules/early-warning/forecast.routes.js';
import { gridForecastRoutes } from '../modules/early-warning/grid-forecast.routes.js';
import { highRiskRoutes } from '../modules/early-warning/high-risk.routes.js';
import { hotspotRoutes } from '../modules/early-warning/hotspot.routes.js';
import { performanceRoutes } from '../modules/unit-performance/performance.routes.js';
import { notificationRoutes } from '../modules/notifications/notification.routes.js';
import { rulesRoutes } from '../modules/rules/rules.routes.js';
import type { ApiApp } from './env.js';
import { healthRoutes } from './health.routes.js';
import { ogcRoutes } from './ogc.routes.js';

export function registerRoutes(app: ApiApp): void {
  healthRoutes(app);
  authRoutes(app);
  accountRoutes(app);
  roleGrantRoutes(app);
  missionRoutes(app);
  baseRoutes(app);
  placeRoutes(app);
  compartmentRoutes(app);
  auditRoutes(app);
  incidentMapRoutes(app);
  incidentRoutes(app);
  importRoutes(app);
  caseRoutes(app);
  statisticsRoutes(app);
  complaintRoutes(app);
  measureRoutes(app);
  assistanceRoutes(app);
  vettingRoutes(app);
  fatalityRoutes(app);
  facilityRoutes(app);
  casualtyRoutes(app);
  evacuationRoutes(app);
  fatalityRecordRoutes(app);
  surveyRoutes(app);
  mandateRoutes(app);
  environmentRoutes(app);
  reportRoutes(app);
  personnelRoutes(app);
  leadershipRoutes(app);
  contributionRoutes(app);
  performanceRoutes(app);
  selectionRoutes(app);
  highRiskRoutes(app);
  forecastRoutes(app);
  gridForecastRoutes(app);
  hotspotRoutes(app);
  alertRoutes(app);
  failureToActRoutes(app);
  pledgeRoutes(app);
  eligibilityRoutes(app);
  repatriationRoutes(app);
  notificationRoutes(app);
  rulesRoutes(app);
  ogcRoutes(app);
}
