/** What K5's rules and factors read: the requirement, each candidate unit, and how they explain. Pure. */
import type { CaveatTask } from '../capabilities/caveat.rules.js';
import type { PersonReadiness } from '../capabilities/certification.rules.js';
import type { Level } from '../capabilities/readiness.rules.js';

export interface Requirement {
  capability: string;
  strength: number;
  /** Tasks the unit must be free to do: a caveat on one of them excludes. */
  taskKinds: readonly CaveatTask[];
  majorEquipment: readonly { item: string; quantity: number }[];
  selfSustainment: readonly string[];
  deadline: string;
}

export interface Candidate {
  id: string;
  contributor: string;
  contributorName: string;
  capability: string;
  strength: number;
  women: number;
  /** The level that holds today. */
  level: Level;
  visitExpiredOn: string | null;
  /** Days to deploy verified at the rapid deployment level; null otherwise. */
  rapidDays: number | null;
  availableFrom: string;
  availableUntil: string | null;
  majorEquipment: readonly { item: string; quantity: number }[];
  selfSustainment: readonly string[];
  caveats: readonly { task: CaveatTask; text: string }[];
  deployment: { missionId: string; deployedOn: string } | null;
  eligibility: {
    status: 'eligible' | 'not_accepted' | 'suspended';
    reasons: readonly { text: string }[];
  };
  personnel: readonly PersonReadiness[];
  performance: {
    unit: { score: number; assessedOn: string } | null;
    contributor: { score: number; units: number } | null;
  };
  overduePlans: readonly { dueOn: string }[];
  refusals: readonly { occurredOn: string; status: string }[];
  /** The contributor's payment suspensions in force and repatriations pending, from conduct (C3). */
  conductMeasures?: readonly {
    kind: string;
    mission: string;
    unit: string | null;
    since: string;
  }[];
}

/** The explanation as message key and parameters, for the pages to say in the reader's language. */
export interface Said {
  key: string;
  params: Record<string, string | number>;
}
export const say = (key: string, params: Said['params'] = {}): Said => ({ key, params });
