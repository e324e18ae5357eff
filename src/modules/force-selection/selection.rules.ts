/**
 * K5: force selection. For a statement of unit requirements, the pledges of its capability are
 * either excluded — with every rule that excludes them, each explained — or ranked by points per
 * factor, each explained, out of 100. The explanation is the product: a force generation officer
 * must be able to defend it. Pure.
 *
 * Exclusions, in this order: deployed already; K4 not accepted or suspended (¶127); K1 level below
 * the rule's minimum (¶86–87); not available by the deadline; smaller than required; K3 anyone not
 * certified and cleared (¶100, ¶126); K2 a caveat on a task of the requirement (¶98); K7 an overdue
 * remedial plan (¶97); K8 a refusal awaiting its repatriation decision, or repatriated (¶98).
 */
import { deploymentBlocker, missingOf, type Missing } from '../capabilities/certification.rules.js';
import { levels, type Level } from '../capabilities/readiness.rules.js';
import { say, type Candidate, type Requirement, type Said } from './selection.inputs.js';
import {
  equipment,
  performance,
  readiness,
  timeToDeploy,
  women,
  type Factor,
} from './selection.factors.js';

export interface SelectionRule {
  minimumLevel: Level;
}
export const defaultSelectionRule: SelectionRule = { minimumLevel: '2' };

export const exclusionRules = [
  'deployed',
  'not_accepted',
  'suspended',
  'level',
  'availability',
  'strength',
  'personnel',
  'caveat',
  'remedial_plan',
  'refusal',
] as const;
export type ExclusionRule = (typeof exclusionRules)[number];

export interface Exclusion {
  rule: ExclusionRule;
  text: string;
  said: Said;
  details?: { path: string; message: string }[];
  /** K3: who lacks what, as codes. */
  people?: { serviceNumber: string; missing: Missing[] }[];
}

export { factors, type Factor } from './selection.factors.js';
export { say, type Candidate, type Requirement, type Said } from './selection.inputs.js';

export interface Ranked {
  rank: number;
  id: string;
  score: number;
  factors: Factor[];
  /** What the officer should read that the rules cannot weigh, e.g. caveats of kind "other". */
  notes: { text: string; said: Said }[];
}

const words = (task: string) => task.replace(/_/g, ' ');
const levelWords = (l: Level) => (l === 'rdl' ? 'the rapid deployment level' : `level ${l}`);

function levelExclusion(c: Candidate, rule: SelectionRule): Exclusion | null {
  if (levels.indexOf(c.level) >= levels.indexOf(rule.minimumLevel)) return null;
  const why =
    c.level !== '1'
      ? ''
      : c.visitExpiredOn
        ? `: its assessment and advisory visit ran out on ${c.visitExpiredOn}`
        : ': no assessment and advisory visit passed';
  const needs =
    rule.minimumLevel === 'rdl' ? levelWords('rdl') : `${levelWords(rule.minimumLevel)} or above`;
  const variant = c.level !== '1' ? 'low' : c.visitExpiredOn ? 'expired' : 'noVisit';
  return {
    rule: 'level',
    text: `level ${c.level}${why}; the rule needs ${needs} (¶86–87)`,
    said: say(`level.${variant}`, {
      level: c.level,
      needs: rule.minimumLevel,
      on: c.visitExpiredOn ?? '',
    }),
  };
}

function availability(c: Candidate, req: Requirement): Exclusion | null {
  if (c.availableFrom > req.deadline)
    return {
      rule: 'availability',
      text: `available from ${c.availableFrom}, after the deadline ${req.deadline}`,
      said: say('availableFrom', { from: c.availableFrom, deadline: req.deadline }),
    };
  if (c.availableUntil !== null && c.availableUntil < req.deadline)
    return {
      rule: 'availability',
      text: `available only until ${c.availableUntil}, before the deadline ${req.deadline}`,
      said: say('availableUntil', { until: c.availableUntil, deadline: req.deadline }),
    };
  return null;
}

function refusalExclusion(c: Candidate): Exclusion | null {
  const r = c.refusals.find((x) => x.status === 'decision_required' || x.status === 'repatriated');
  if (!r) return null;
  const what =
    r.status === 'repatriated' ? 'and was repatriated' : 'and the repatriation decision is pending';
  return {
    rule: 'refusal',
    text: `refused an order on ${r.occurredOn} ${what} (¶98)`,
    said: say(r.status === 'repatriated' ? 'refusal.repatriated' : 'refusal.pending', {
      on: r.occurredOn,
    }),
  };
}

/** Every rule that excludes the candidate, in the order of the module's comment. */
export function exclusionsOf(c: Candidate, req: Requirement, rule: SelectionRule): Exclusion[] {
  const found: (Exclusion | null)[] = [];
  if (c.deployment)
    found.push({
      rule: 'deployed',
      text: `deployed to ${c.deployment.missionId} since ${c.deployment.deployedOn}: not available`,
      said: say('deployed', { mission: c.deployment.missionId, on: c.deployment.deployedOn }),
    });
  if (c.eligibility.status !== 'eligible') {
    const state = c.eligibility.status === 'not_accepted' ? 'not accepted' : 'suspended';
    const why = c.eligibility.reasons.map((r) => r.text).join('; ');
    found.push({
      rule: c.eligibility.status,
      text: `${c.contributorName} is ${state}: ${why} (¶127)`,
      said: say(c.eligibility.status, { name: c.contributorName, reason: why }),
    });
  }
  found.push(levelExclusion(c, rule), availability(c, req));
  if (c.strength < req.strength)
    found.push({
      rule: 'strength',
      text: `strength ${c.strength}, the requirement is ${req.strength}`,
      said: say('strength', { strength: c.strength, required: req.strength }),
    });
  const blocker = deploymentBlocker(c.personnel, req.deadline);
  if (blocker)
    found.push({
      rule: 'personnel',
      text: blocker.text,
      said:
        c.personnel.length === 0
          ? say('personnel.none')
          : say('personnel.lacking', {
              lacking: blocker.details.length,
              total: c.personnel.length,
            }),
      ...(blocker.details.length > 0
        ? {
            details: blocker.details,
            people: c.personnel
              .map((p) => ({ serviceNumber: p.serviceNumber, missing: missingOf(p) }))
              .filter((p) => p.missing.length > 0),
          }
        : {}),
    });
  for (const cav of c.caveats.filter((x) => req.taskKinds.includes(x.task)))
    found.push({
      rule: 'caveat',
      text: `a national caveat restricts ${words(cav.task)}, a task of the requirement: “${cav.text}” (¶98)`,
      said: say('caveat', { task: cav.task, caveat: cav.text }),
    });
  for (const plan of c.overduePlans)
    found.push({
      rule: 'remedial_plan',
      text: `a remedial plan was due on ${plan.dueOn} and is not closed (¶97)`,
      said: say('remedialPlan', { due: plan.dueOn }),
    });
  found.push(refusalExclusion(c));
  return found.filter((x): x is Exclusion => x !== null);
}

function notesOf(c: Candidate, req: Requirement): Ranked['notes'] {
  const measures = (c.conductMeasures ?? []).map((m) => ({
    text: `${words(m.kind)} of ${c.contributorName}'s unit ${m.unit ?? ''} in ${m.mission} since ${m.since} (¶120)`,
    said: say(`note.${m.kind}`, {
      name: c.contributorName,
      unit: m.unit ?? '',
      mission: m.mission,
      since: m.since,
    }),
  }));
  return [...measures, ...caveatNotes(c, req)];
}

function caveatNotes(c: Candidate, req: Requirement): Ranked['notes'] {
  return c.caveats
    .filter((cav) => !req.taskKinds.includes(cav.task))
    .map((cav) =>
      cav.task === 'other'
        ? {
            text: `caveat to read against the tasks: “${cav.text}”`,
            said: say('note.other', { caveat: cav.text }),
          }
        : {
            text: `caveat on ${words(cav.task)}, not a task of the requirement: “${cav.text}”`,
            said: say('note.otherTask', { task: cav.task, caveat: cav.text }),
          },
    );
}

/** The shortlist and the excluded, for a requirement. */
export function selectForce(
  req: Requirement,
  candidates: readonly Candidate[],
  when: { today: string; rule: SelectionRule },
): { ranked: Ranked[]; excluded: { id: string; rules: Exclusion[] }[] } {
  const excluded: { id: string; rules: Exclusion[] }[] = [];
  const scored: (Omit<Ranked, 'rank'> & { availableFrom: string })[] = [];
  for (const c of candidates.filter((x) => x.capability === req.capability)) {
    const rules = exclusionsOf(c, req, when.rule);
    if (rules.length > 0) {
      excluded.push({ id: c.id, rules });
      continue;
    }
    const fs = [
      readiness(c),
      timeToDeploy(c, req, when.today),
      equipment(c, req),
      women(c),
      performance(c),
    ];
    const score = Math.round(fs.reduce((a, f) => a + f.points, 0) * 100) / 100;
    scored.push({
      id: c.id,
      score,
      factors: fs,
      notes: notesOf(c, req),
      availableFrom: c.availableFrom,
    });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      a.availableFrom.localeCompare(b.availableFrom) ||
      a.id.localeCompare(b.id),
  );
  return {
    ranked: scored.map(({ availableFrom: _, ...r }, i) => ({ rank: i + 1, ...r })),
    excluded,
  };
}
