/**
 * K1 (¶86–87): readiness levels of a pledge to the Peacekeeping Capability Readiness System. Pure.
 * Level 1 on pledging; level 2 after an assessment and advisory visit passed (its report named);
 * level 3 once aligned with a statement of unit requirements; the rapid deployment level when
 * deployability within 60 days is verified. A level is reached one step at a time and only with its
 * evidence; it is lost — with the reason, into the history — when a visit fails or its validity
 * runs out (back to level 1) or a deployability verification fails (back to level 3).
 */
import { DomainError } from '../../core/errors.js';

export const levels = ['1', '2', '3', 'rdl'] as const;
export type Level = (typeof levels)[number];

/** Days within which a rapid deployment level unit deploys (¶87). */
export const rapidDeploymentDays = 60;
/** Years an assessment and advisory visit stays valid unless configured otherwise. */
export const defaultVisitValidityYears = 3;

export type Evidence =
  | { kind: 'assessment_visit'; visitedOn: string; reportReference: string; passed: boolean }
  | { kind: 'sur_alignment'; requirementId: string; alignedOn: string }
  | { kind: 'rdl_verification'; verifiedOn: string; daysToDeploy: number; passed: boolean };

export interface ReadinessState {
  level: Level;
  /** Until when the last passed visit holds (YYYY-MM-DD); null before any. */
  visitValidUntil: string | null;
}

export interface Outcome {
  state: ReadinessState;
  /** What happened, for the history: reached, renewed, kept or lost, and why. */
  change: 'reached' | 'renewed' | 'kept' | 'lost';
  reason: string;
}

const rank = (l: Level) => levels.indexOf(l);

function addYears(day: string, years: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

function refuse(message: string): never {
  throw new DomainError('invalid_state', message);
}

/** The level that holds on a day: a level above 1 whose visit has run out counts as level 1. */
export function effectiveLevel(
  state: ReadinessState,
  today: string,
): { level: Level; expiredOn: string | null } {
  if (rank(state.level) >= 1 && state.visitValidUntil !== null && state.visitValidUntil < today)
    return { level: '1', expiredOn: state.visitValidUntil };
  return { level: state.level, expiredOn: null };
}

/**
 * Applies one piece of evidence to a pledge's readiness on a day.
 * @throws invalid_state (the evidence is for a level the pledge cannot reach from where it stands)
 */
export function applyEvidence(
  current: ReadinessState,
  evidence: Evidence,
  options: { today: string; visitValidityYears?: number },
): Outcome {
  const { level } = effectiveLevel(current, options.today);
  switch (evidence.kind) {
    case 'assessment_visit': {
      if (!evidence.passed)
        return rank(level) >= 1
          ? {
              state: { level: '1', visitValidUntil: null },
              change: 'lost',
              reason: `assessment and advisory visit of ${evidence.visitedOn} not passed (report ${evidence.reportReference})`,
            }
          : { state: current, change: 'kept', reason: `visit of ${evidence.visitedOn} not passed` };
      const validUntil = addYears(
        evidence.visitedOn,
        options.visitValidityYears ?? defaultVisitValidityYears,
      );
      if (level === '1')
        return {
          state: { level: '2', visitValidUntil: validUntil },
          change: 'reached',
          reason: `assessment and advisory visit of ${evidence.visitedOn} passed (report ${evidence.reportReference})`,
        };
      return {
        state: { level, visitValidUntil: validUntil },
        change: 'renewed',
        reason: `visit of ${evidence.visitedOn} passed: level ${level} holds until ${validUntil}`,
      };
    }
    case 'sur_alignment':
      if (level !== '2')
        refuse(
          level === '1'
            ? 'level 3 needs level 2 first: an assessment and advisory visit passed and still valid'
            : `the pledge is at level ${level} already`,
        );
      return {
        state: { ...current, level: '3' },
        change: 'reached',
        reason: `aligned with the statement of unit requirements on ${evidence.alignedOn}`,
      };
    case 'rdl_verification': {
      if (rank(level) < 2) refuse('the rapid deployment level needs level 3 first');
      const deploys = evidence.passed && evidence.daysToDeploy <= rapidDeploymentDays;
      const why = !evidence.passed
        ? `verification of ${evidence.verifiedOn} failed`
        : `verification of ${evidence.verifiedOn}: ${evidence.daysToDeploy} days to deploy, more than ${rapidDeploymentDays}`;
      if (deploys)
        return {
          state: { ...current, level: 'rdl' },
          change: level === 'rdl' ? 'renewed' : 'reached',
          reason: `verified on ${evidence.verifiedOn}: deployable in ${evidence.daysToDeploy} days`,
        };
      return level === 'rdl'
        ? { state: { ...current, level: '3' }, change: 'lost', reason: why }
        : { state: current, change: 'kept', reason: why };
    }
  }
}
