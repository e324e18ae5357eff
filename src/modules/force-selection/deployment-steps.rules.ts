/**
 * K9 (¶76): the steps from a unit's selection to its arrival and readiness in mission, each owned
 * by a division, with the days each took; and, across deployments, where the days go. Pure.
 * The steps follow the Secretariat's force generation and deployment process: selection and
 * invitation (DPO), memorandum of understanding and equipment (DOS), movement, clearance and
 * reception (DOS and the mission), the Member State's own preparations.
 */
import { daysBetween } from '../../core/days.js';
import { DomainError } from '../../core/errors.js';

export const divisions = [
  'force_generation',
  'police_division',
  'ucsd',
  'movcon',
  'procurement',
  'its',
  'ohchr',
  'medical',
  'member_state',
  'mission',
  'force_hq',
] as const;
export type Division = (typeof divisions)[number];

export const deploymentSteps = [
  {
    key: 'selection',
    owner: 'force_generation',
    label: 'Unit selected against the statement of unit requirements',
  },
  { key: 'invitation', owner: 'force_generation', label: 'Formal invitation to the Member State' },
  { key: 'acceptance', owner: 'member_state', label: 'Member State accepts the invitation' },
  {
    key: 'reconnaissance',
    owner: 'member_state',
    label: 'Reconnaissance visit to the mission area',
  },
  { key: 'predeployment_visit', owner: 'force_generation', label: 'Predeployment visit' },
  { key: 'mou_negotiation', owner: 'ucsd', label: 'Memorandum of understanding negotiated' },
  { key: 'mou_signed', owner: 'ucsd', label: 'Memorandum of understanding signed' },
  { key: 'load_list', owner: 'ucsd', label: 'Load list of equipment approved' },
  {
    key: 'cargo_contract',
    owner: 'procurement',
    label: 'Sea and land transport of equipment contracted',
  },
  { key: 'troop_lift', owner: 'movcon', label: 'Airlift of personnel chartered' },
  { key: 'training_certified', owner: 'its', label: 'Predeployment training certified' },
  { key: 'screening', owner: 'ohchr', label: 'Human-rights screening completed' },
  { key: 'medical_clearance', owner: 'medical', label: 'Personnel medically cleared' },
  {
    key: 'entry_clearance',
    owner: 'mission',
    label: 'Entry clearance and visas from the host State',
  },
  {
    key: 'equipment_loaded',
    owner: 'member_state',
    label: 'Equipment loaded at the port of embarkation',
  },
  { key: 'sea_voyage', owner: 'movcon', label: 'Equipment shipped to the port of disembarkation' },
  { key: 'customs', owner: 'mission', label: 'Customs clearance in the host country' },
  { key: 'inland_move', owner: 'mission', label: 'Equipment moved to the area of operations' },
  { key: 'camp_ready', owner: 'mission', label: 'Camp and accommodation ready' },
  { key: 'advance_party', owner: 'movcon', label: 'Advance party arrives' },
  { key: 'main_body', owner: 'movcon', label: 'Main body arrives in mission' },
  {
    key: 'arrival_inspection',
    owner: 'mission',
    label: 'Arrival inspection of contingent-owned equipment',
  },
  { key: 'operational_readiness', owner: 'force_hq', label: 'Operational readiness declared' },
] as const satisfies readonly { key: string; owner: Division; label: string }[];
export type StepKey = (typeof deploymentSteps)[number]['key'];
export const stepKeys = deploymentSteps.map((s) => s.key) as [StepKey, ...StepKey[]];

/** The step on which the unit arrives: completing it deploys the unit (K2, K3 checked then). */
export const arrivalStep: StepKey = 'main_body';

/** Who owns the step: force generation of police units is the Police Division's. */
export function ownerOf(step: StepKey, capability: string): Division {
  const owner: Division = deploymentSteps.find((s) => s.key === step)!.owner;
  return owner === 'force_generation' && capability === 'formed_police_unit'
    ? 'police_division'
    : owner;
}

const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);

/** @throws validation_failed naming the date out of place */
export function assertStepDates(
  d: { startedOn: string; completedOn: string | null },
  when: { selectedOn: string; today: string },
): void {
  if (d.startedOn > when.today) throw invalid('startedOn', 'in the future');
  if (d.completedOn !== null && d.completedOn > when.today)
    throw invalid('completedOn', 'in the future');
  if (d.completedOn !== null && d.completedOn < d.startedOn)
    throw invalid('completedOn', `not before it started (${d.startedOn})`);
  if (d.startedOn < when.selectedOn)
    throw invalid('startedOn', `not before the selection (${when.selectedOn})`);
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 === 1 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

export interface TrackedDeployment {
  capability: string;
  steps: readonly { step: string; startedOn: string; completedOn: string | null }[];
}

/**
 * For each step, the median days it took over the deployments that completed it; for each
 * division, the median over deployments of the days its completed steps took.
 */
export function whereTheDaysGo(deployments: readonly TrackedDeployment[]) {
  const perStep = new Map<string, number[]>();
  const perDivision = new Map<Division, number[]>();
  for (const d of deployments) {
    const mine = new Map<Division, number>();
    for (const s of d.steps) {
      if (s.completedOn === null) continue;
      const days = daysBetween(s.startedOn, s.completedOn);
      perStep.set(s.step, [...(perStep.get(s.step) ?? []), days]);
      const owner = ownerOf(s.step as StepKey, d.capability);
      mine.set(owner, (mine.get(owner) ?? 0) + days);
    }
    for (const [owner, days] of mine)
      perDivision.set(owner, [...(perDivision.get(owner) ?? []), days]);
  }
  return {
    steps: deploymentSteps.map((s) => ({
      step: s.key,
      owner: s.owner as Division,
      label: s.label,
      deployments: perStep.get(s.key)?.length ?? 0,
      medianDays: median(perStep.get(s.key) ?? []),
    })),
    divisions: divisions
      .filter((o) => perDivision.has(o))
      .map((owner) => ({
        owner,
        deployments: perDivision.get(owner)!.length,
        medianDays: median(perDivision.get(owner)!),
      })),
  };
}
