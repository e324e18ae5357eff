/**
 * The demo's people (issue 21). Illustrative civilian recruitments of MINUSCA — marked
 * illustrative, no candidate named — in every step and every category: regular ones opened over
 * the last two years, and fast-track ones opened under the start-up measures of resolution 2149
 * (2014) (P2), their days drawn from a fixed seed so the demo is the same everywhere; some arrived
 * with the SEA e-learning, some without (P6), one withdrawn. And MINUSCA's real heads of mission
 * (P3), from the UN's public announcements (sources on each record); the two appointed before the
 * report are history without an assessment on record, and the dates and assessors of the later
 * two's human-rights assessments are not public (their records say so). Once.
 */
import { addDays, dayOf } from '../core/days.js';
import { systemActor } from '../core/system-actor.js';
import type { RequestContext } from '../db/context.js';
import { userIdByUsername } from '../modules/accounts/user.service.js';
import { createAppointment } from '../modules/personnel/leadership.service.js';
import {
  recruitmentCategories,
  stepsOf,
  type RecruitmentCategory,
} from '../modules/personnel/recruitment.rules.js';
import {
  createRecruitment,
  listRecruitments,
  recordCivilianSeaTraining,
  recordStep,
} from '../modules/personnel/recruitment.service.js';
import type { Recruitment } from '../modules/personnel/recruitment.schema.js';
import { withdrawRecruitment } from '../modules/personnel/recruitment.service.js';

/** A small linear congruential generator: the same demo on every machine. */
function seeded(seed: number) {
  let s = seed;
  return (lo: number, hi: number) => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return lo + (s % (hi - lo + 1));
  };
}

/** Typical days of each step (regular): ranges near ¶76's 180, 120 of them after the offer. */
const ranges: Record<string, [number, number]> = {
  selection: [25, 60],
  offer: [5, 20],
  reference_checks: [30, 70],
  medical_clearance: [10, 35],
  security_clearance: [5, 20],
  visa: [10, 40],
  travel: [10, 30],
  arrival: [1, 4],
};

const posts: Record<RecruitmentCategory, [string, string]> = {
  international: ['Civil affairs officer', 'P-3'],
  national_professional: ['Associate human rights officer', 'NO-A'],
  national_general_service: ['Driver', 'G-3'],
  un_volunteer: ['Electoral assistance volunteer', 'UNV'],
  community_liaison: ['Community liaison assistant', 'G-5'],
};

/** MINUSCA's heads of mission, as the UN announced them. */
const headsOfMission = [
  {
    appointee: 'Babacar Gaye',
    gender: 'male',
    nationality: 'SEN',
    appointedOn: '2014-04-10',
    endedOn: '2015-08-12',
    source:
      'Head of MINUSCA from its establishment (S/RES/2149 (2014), 10 April 2014); resigned 12 August 2015 at the Secretary-General’s request (UN statement of 12 August 2015, reported by Xinhua on 15 August 2015)',
  },
  {
    appointee: 'Parfait Onanga-Anyanga',
    gender: 'male',
    nationality: 'GAB',
    appointedOn: '2015-08-14',
    endedOn: '2019-02-05',
    source:
      'Appointed acting Special Representative on 14 August 2015 (UN announcement, Xinhua, 15 August 2015), leading the Mission until Mankeur Ndiaye succeeded him (UN announcement of February 2019)',
  },
  {
    appointee: 'Mankeur Ndiaye',
    gender: 'male',
    nationality: 'SEN',
    appointedOn: '2019-02-06',
    endedOn: '2022-02-28',
    source:
      'UN Secretary-General’s announcement of February 2019; in post from 6 February 2019 to 28 February 2022 (UN statement of 24 February 2022, reported by allAfrica)',
  },
  {
    appointee: 'Valentine Rugwabiza',
    gender: 'female',
    nationality: 'RWA',
    appointedOn: '2022-02-23',
    endedOn: null,
    source:
      'UN Secretary-General’s announcement of 23 February 2022; took office on 2 March 2022 (reported by Dakaractu and defenceWeb)',
  },
] as const;

const unpublished =
  'Not public: recorded for the demo on the day of appointment (the assessment’s date and assessor are not published)';

async function loadRecruitments(ctx: RequestContext, missionId: string, today: string) {
  const draw = seeded(2015);
  let n = 0;
  const make = async (
    category: RecruitmentCategory,
    fast: boolean,
    { openedOn, upTo }: { openedOn: string; upTo: number },
  ) => {
    n += 1;
    const [post, grade] = posts[category];
    let r: Recruitment = await createRecruitment(ctx, {
      missionId,
      reference: `DEMO-${String(n).padStart(3, '0')}`,
      post,
      grade,
      category,
      source: n % 3 === 0 ? 'advertised' : 'roster',
      fastTrack: fast,
      openedOn,
      illustrative: true,
    });
    let on = openedOn;
    const steps = stepsOf(category).slice(0, upTo);
    for (const step of steps) {
      const [lo, hi] = ranges[step]!;
      const days = fast ? Math.ceil(draw(lo, hi) / 2) : draw(lo, hi);
      if (addDays(on, days) > today) break;
      on = addDays(on, days);
      r = await recordStep(ctx, r.id, { version: r.version, step, on });
    }
    return r;
  };
  // Every category through every step: some arrived, some waiting at each step.
  for (const category of recruitmentCategories)
    for (let i = 0; i < 6; i++) {
      // Three arrived within the last two years; three in progress, opened in the last months.
      const opened = addDays(today, i < 3 ? -draw(250, 700) : -draw(20, 160));
      const r = await make(category, false, { openedOn: opened, upTo: i < 3 ? 8 : draw(0, 7) });
      if (r.steps.arrival && i !== 1)
        await recordCivilianSeaTraining(ctx, r.id, {
          version: r.version,
          completedOn: [addDays(r.steps.arrival, draw(0, 20)), today].sort()[0]!,
        });
    }
  // Fast-track at the mission's start-up, under resolution 2149 (2014)'s measures (P2).
  for (const category of ['international', 'un_volunteer', 'national_general_service'] as const)
    for (let i = 0; i < 3; i++) {
      const r = await make(category, true, {
        openedOn: addDays('2014-04-20', draw(0, 150)),
        upTo: 8,
      });
      // The e-learning came in 2016 (¶124): those on board then took it that year.
      if (i > 0)
        await recordCivilianSeaTraining(ctx, r.id, {
          version: r.version,
          completedOn: addDays('2016-06-01', draw(0, 150)),
        });
    }
  const withdrawn = await make('international', false, { openedOn: addDays(today, -90), upTo: 2 });
  await withdrawRecruitment(ctx, withdrawn.id, {
    version: withdrawn.version,
    on: addDays(today, -20),
    reason: 'Illustrative: the candidate accepted another offer',
  });
}

/** @returns whether the demo's people were loaded now */
export async function loadDemoPeople(loader: RequestContext, missionId: string): Promise<boolean> {
  const ctx: RequestContext = {
    ...loader,
    actor: {
      ...systemActor('demo-loader', 'system', [
        'personnel:read',
        'personnel:write',
        'personnel:identify',
      ]),
      username: 'admin',
    },
  };
  if ((await userIdByUsername(ctx, 'admin').catch(() => null)) === null) return false;
  if ((await listRecruitments(ctx, { missionId })).length > 0) return false;
  const today = dayOf(ctx.clock.now());
  for (const head of headsOfMission)
    await createAppointment(ctx, {
      missionId,
      post: 'head_of_mission',
      ...head,
      ...(head.appointedOn >= '2015-09-02'
        ? {
            humanRightsAssessment: {
              assessedOn: head.appointedOn,
              assessedBy: unpublished,
              outcome: 'no_concerns' as const,
            },
          }
        : {}),
    });
  await loadRecruitments(ctx, missionId, today);
  return true;
}
