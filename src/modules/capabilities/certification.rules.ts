/**
 * K3 (¶100, ¶126): from 1 January 2016 every uniformed person deployed holds a predeployment
 * training certification and a human-rights screening that cleared them, both dated on or before
 * the deployment; a unit deploys with every one of its people recorded (at least its strength),
 * and the refusal names who misses what. A deployment is recorded once it has happened (not in the
 * future) and never dated before the rule began: earlier deployments are history, not recorded
 * here, so no date walks around the rule (issue 16). From 1 June 2016 each has also completed the
 * mandatory e-learning on sexual exploitation and abuse (P6, ¶124: personnel's rule). Pure.
 */
import { DomainError } from '../../core/errors.js';
import { seaTrainedOn, seaTrainingOwed } from '../personnel/sea-training.rules.js';

/** K3 began on this day: no deployment is recorded before it. */
export const certificationFrom = '2016-01-01';

export interface PersonReadiness {
  serviceNumber: string;
  certified: boolean;
  /** The latest screening's outcome, or null when never screened. */
  screening: 'cleared' | 'not_cleared' | null;
  /** P6: the SEA e-learning completed; null when not owed on the day (before June 2016). */
  seaTrained: boolean | null;
}

export const missingKinds = [
  'certification',
  'screening',
  'cleared_screening',
  'sea_training',
] as const;
export type Missing = (typeof missingKinds)[number];

/** What one person lacks to deploy. */
export function missingOf(p: PersonReadiness): Missing[] {
  const missing: Missing[] = [];
  if (!p.certified) missing.push('certification');
  if (p.screening === null) missing.push('screening');
  else if (p.screening === 'not_cleared') missing.push('cleared_screening');
  if (p.seaTrained === false) missing.push('sea_training');
  return missing;
}

const words: Record<Missing, string> = {
  certification: 'no predeployment training certification',
  screening: 'no human-rights screening',
  cleared_screening: 'a human-rights screening that did not clear them',
  sea_training: 'no completed e-learning on sexual exploitation and abuse (¶124)',
};

/** A person's certifications and screenings, dated. */
export interface PersonRecord {
  serviceNumber: string;
  certifications: readonly { certifiedOn: string }[];
  /** In the order recorded. */
  screenings: readonly { screenedOn: string; outcome: 'cleared' | 'not_cleared' }[];
  seaTrainings: readonly { completedOn: string }[];
}

/**
 * What a person held on a day: certified if certified on or before it; the screening that counts
 * is the latest dated on or before it (of two on one day, the one recorded last).
 */
export function readinessOn(p: PersonRecord, day: string): PersonReadiness {
  let screening: PersonReadiness['screening'] = null;
  let screenedOn = '';
  for (const s of p.screenings)
    if (s.screenedOn <= day && s.screenedOn >= screenedOn) {
      screening = s.outcome;
      screenedOn = s.screenedOn;
    }
  return {
    serviceNumber: p.serviceNumber,
    certified: p.certifications.some((c) => c.certifiedOn <= day),
    screening,
    seaTrained: seaTrainingOwed(day) ? seaTrainedOn(p.seaTrainings, day) : null,
  };
}

/**
 * Why a deployment cannot be dated so; null when it can. `today` is the latest day the server's
 * clock allows (core/happened.ts latestDay).
 */
export function deploymentDateProblem(deployedOn: string, today: string): string | null {
  if (deployedOn > today)
    return `deployedOn: ${deployedOn} is in the future; a deployment is recorded once it has happened`;
  if (deployedOn < certificationFrom)
    return `deployedOn: ${deployedOn} is before 1 January 2016, when K3 began; deployments before it are history and are not recorded here (¶100, ¶126)`;
  return null;
}

/**
 * Why the unit cannot deploy on the day, naming each person and what they lack; null when it can.
 * `people` is their readiness on that day; with `strength`, fewer people recorded than the unit's
 * strength also block.
 */
export function deploymentBlocker(
  people: readonly PersonReadiness[],
  deployedOn: string,
  unit: { strength?: number } = {},
): { text: string; details: { path: string; message: string }[] } | null {
  if (people.length === 0)
    return {
      text: 'the unit has no personnel recorded: from 1 January 2016 every person deployed is certified and screened (¶100, ¶126), and from 1 June 2016 trained on sexual exploitation and abuse (¶124)',
      details: [],
    };
  const lacking = people
    .map((p) => ({ p, missing: missingOf(p) }))
    .filter((x) => x.missing.length > 0);
  if (lacking.length === 0) {
    if (unit.strength !== undefined && people.length > 0 && people.length < unit.strength)
      return {
        text: `the unit's strength is ${unit.strength} and ${people.length} of its people are recorded: every person deployed is recorded, certified and screened (¶100, ¶126)`,
        details: [
          {
            path: 'personnel',
            message: `${people.length} recorded, ${unit.strength} needed`,
          },
        ],
      };
    return null;
  }
  return {
    text: `${lacking.length} of ${people.length} people are not ready to deploy (¶100, ¶126)`,
    details: lacking.map(({ p, missing }) => ({
      path: `personnel.${p.serviceNumber}`,
      message: missing.map((m) => words[m]).join('; '),
    })),
  };
}

/**
 * @param today the latest day the server's clock allows
 * @throws validation_failed (deployedOn in the future or before 2016), invalid_state naming each
 *   person and what they lack on the day, or how many people are missing from the unit's strength
 */
export function assertUnitMayDeploy(
  unit: { strength: number; people: readonly PersonRecord[] },
  deployedOn: string,
  today: string,
): void {
  const dated = deploymentDateProblem(deployedOn, today);
  if (dated)
    throw new DomainError('validation_failed', dated, [
      { path: 'deployedOn', message: dated.replace(/^deployedOn: /, '') },
    ]);
  const blocker = deploymentBlocker(
    unit.people.map((p) => readinessOn(p, deployedOn)),
    deployedOn,
    { strength: unit.strength },
  );
  if (blocker) throw new DomainError('invalid_state', blocker.text, blocker.details);
}
