/** Navigation that modules plug into: one entry per page; the shell shows those the user may open. */
import { lazy, type ComponentType } from 'react';
import type { MessageKey } from '../i18n/en.js';
import { AccountPage } from '../features/account/AccountPage.js';
import { AuditPage } from '../features/audit/AuditPage.js';
import { HomePage } from '../features/home/HomePage.js';
import { FollowUpsPage } from '../features/incidents/FollowUpsPage.js';
import { MissionsPage } from '../features/missions/MissionsPage.js';
import { NotificationsPage } from '../features/notifications/NotificationsPage.js';
import { UsersPage } from '../features/users/UsersPage.js';
import type { Me } from './session.js';

export interface PageProps {
  me: Me;
  refresh: () => Promise<void>;
}

export interface NavEntry {
  path: string;
  label: MessageKey;
  /** Shown only to users holding this permission in the current view. */
  permission?: string;
  page: ComponentType<PageProps>;
}

// The map page carries MapLibre (most of the bundle): loaded when first opened.
const IncidentsPage = lazy(() =>
  import('../features/incidents/IncidentsPage.js').then((m) => ({ default: m.IncidentsPage })),
);

const CasesPage = lazy(() =>
  import('../features/conduct/CasesPage.js').then((m) => ({ default: m.CasesPage })),
);

const ComplaintsPage = lazy(() =>
  import('../features/conduct/ComplaintsPage.js').then((m) => ({ default: m.ComplaintsPage })),
);

const ConductOverviewPage = lazy(() =>
  import('../features/conduct/ConductOverviewPage.js').then((m) => ({
    default: m.ConductOverviewPage,
  })),
);

const VettingPage = lazy(() =>
  import('../features/conduct/VettingPage.js').then((m) => ({ default: m.VettingPage })),
);

const FatalitiesPage = lazy(() =>
  import('../features/medical/FatalitiesPage.js').then((m) => ({ default: m.FatalitiesPage })),
);

const MedicalPage = lazy(() =>
  import('../features/medical/MedicalPage.js').then((m) => ({ default: m.MedicalPage })),
);

const MandatesPage = lazy(() =>
  import('../features/mandates/MandatesPage.js').then((m) => ({ default: m.MandatesPage })),
);

const ReportsPage = lazy(() =>
  import('../features/reports/ReportsPage.js').then((m) => ({ default: m.ReportsPage })),
);

const PersonnelPage = lazy(() =>
  import('../features/personnel/PersonnelPage.js').then((m) => ({ default: m.PersonnelPage })),
);

const CapabilitiesPage = lazy(() =>
  import('../features/capabilities/CapabilitiesPage.js').then((m) => ({
    default: m.CapabilitiesPage,
  })),
);

const ReadinessPage = lazy(() =>
  import('../features/capabilities/ReadinessPage.js').then((m) => ({
    default: m.ReadinessPage,
  })),
);

const SelectionPage = lazy(() =>
  import('../features/selection/SelectionPage.js').then((m) => ({ default: m.SelectionPage })),
);

const DeploymentsPage = lazy(() =>
  import('../features/selection/DeploymentsPage.js').then((m) => ({ default: m.DeploymentsPage })),
);

const UnitsPage = lazy(() =>
  import('../features/units/UnitsPage.js').then((m) => ({ default: m.UnitsPage })),
);

const ForecastPage = lazy(() =>
  import('../features/early-warning/ForecastPage.js').then((m) => ({ default: m.ForecastPage })),
);

const AlertsPage = lazy(() =>
  import('../features/early-warning/AlertsPage.js').then((m) => ({ default: m.AlertsPage })),
);

const SituationsPage = lazy(() =>
  import('../features/early-warning/SituationsPage.js').then((m) => ({
    default: m.SituationsPage,
  })),
);

const InquiriesPage = lazy(() =>
  import('../features/early-warning/InquiriesPage.js').then((m) => ({ default: m.InquiriesPage })),
);

const RulesPage = lazy(() =>
  import('../features/rules/RulesPage.js').then((m) => ({ default: m.RulesPage })),
);

const ImportPage = lazy(() =>
  import('../features/incidents/ImportPage.js').then((m) => ({ default: m.ImportPage })),
);

export const navEntries: readonly NavEntry[] = [
  { path: '/', label: 'nav.home', page: HomePage },
  { path: '/incidents', label: 'nav.incidents', permission: 'incidents:read', page: IncidentsPage },
  {
    path: '/follow-ups',
    label: 'nav.followUps',
    permission: 'incidents:read',
    page: FollowUpsPage,
  },
  {
    path: '/forecasts',
    label: 'nav.forecasts',
    permission: 'early-warning:read',
    page: ForecastPage,
  },
  { path: '/alerts', label: 'nav.alerts', permission: 'early-warning:read', page: AlertsPage },
  {
    path: '/situations',
    label: 'nav.situations',
    permission: 'early-warning:read',
    page: SituationsPage,
  },
  {
    path: '/inquiries',
    label: 'nav.inquiries',
    permission: 'early-warning:read',
    page: InquiriesPage,
  },
  { path: '/import', label: 'nav.import', permission: 'incidents:write', page: ImportPage },
  { path: '/conduct', label: 'nav.conduct', permission: 'conduct:read', page: CasesPage },
  {
    path: '/complaints',
    label: 'nav.complaints',
    permission: 'conduct:write',
    page: ComplaintsPage,
  },
  {
    path: '/conduct-overview',
    label: 'nav.conductOverview',
    permission: 'conduct:overview',
    page: ConductOverviewPage,
  },
  { path: '/vetting', label: 'nav.vetting', permission: 'conduct:vet', page: VettingPage },
  {
    path: '/capabilities',
    label: 'nav.capabilities',
    permission: 'capabilities:read',
    page: CapabilitiesPage,
  },
  {
    path: '/readiness',
    label: 'nav.readiness',
    permission: 'capabilities:read',
    page: ReadinessPage,
  },
  {
    path: '/force-selection',
    label: 'nav.selection',
    permission: 'capabilities:read',
    page: SelectionPage,
  },
  {
    path: '/deployments',
    label: 'nav.deployments',
    permission: 'capabilities:read',
    page: DeploymentsPage,
  },
  { path: '/units', label: 'nav.units', permission: 'capabilities:read', page: UnitsPage },
  {
    path: '/medical',
    label: 'nav.medical',
    permission: 'evacuations:read',
    page: MedicalPage,
  },
  {
    path: '/mandates',
    label: 'nav.mandates',
    permission: 'mandates:read',
    page: MandatesPage,
  },
  {
    path: '/reports',
    label: 'nav.reports',
    permission: 'reports:read',
    page: ReportsPage,
  },
  {
    path: '/personnel',
    label: 'nav.personnel',
    permission: 'personnel:read',
    page: PersonnelPage,
  },
  // M4: public facts, so every signed-in user may open it.
  { path: '/fatalities', label: 'nav.fatalities', page: FatalitiesPage },
  { path: '/missions', label: 'nav.missions', permission: 'missions:read', page: MissionsPage },
  { path: '/users', label: 'nav.users', permission: 'users:read', page: UsersPage },
  { path: '/audit', label: 'nav.audit', permission: 'audit:read', page: AuditPage },
  { path: '/rules', label: 'nav.rules', page: RulesPage },
  { path: '/notifications', label: 'nav.notifications', page: NotificationsPage },
  { path: '/account', label: 'nav.account', page: AccountPage },
];
