/** M1 (¶110–111): the 10-1-2 timeline of each casualty and its compliance. */
import { describe, expect, it } from 'vitest';
import {
  assertTimeline,
  compliance,
  stepOutcome,
  type CasualtyForCompliance,
  type StepRecord,
} from './ten-one-two.rules.js';

const injuredAt = '2026-03-10T08:00:00.000Z';
const after = (minutes: number) => new Date(Date.parse(injuredAt) + minutes * 60_000).toISOString();
const none: StepRecord = { at: null, notApplicable: false, facilityId: null };
const at = (minutes: number, facilityId: string | null = null): StepRecord => ({
  at: after(minutes),
  notApplicable: false,
  facilityId,
});
const notNeeded: StepRecord = { at: null, notApplicable: true, facilityId: null };
const timeline = (
  first_aid: StepRecord,
  resuscitation: StepRecord,
  surgery: StepRecord,
  missionId = 'm1',
): CasualtyForCompliance => ({
  missionId,
  injuredAt,
  steps: { first_aid, resuscitation, surgery },
});

/** The same casualty `days` earlier: the injury and every step moved together. */
function earlier(c: CasualtyForCompliance, days: number): CasualtyForCompliance {
  const move = (iso: string) => new Date(Date.parse(iso) - days * 86_400_000).toISOString();
  const step = (r: StepRecord) => ({ ...r, at: r.at && move(r.at) });
  return {
    ...c,
    injuredAt: move(c.injuredAt),
    steps: {
      first_aid: step(c.steps.first_aid),
      resuscitation: step(c.steps.resuscitation),
      surgery: step(c.steps.surgery),
    },
  };
}

describe('M1 the 10-1-2 timeline (¶110)', () => {
  it('M1: each step is met at its target minute and missed one minute after', () => {
    const now = new Date(after(600));
    const onTime = timeline(at(10), at(60), at(120));
    const late = timeline(at(11), at(61), at(121));
    for (const step of ['first_aid', 'resuscitation', 'surgery'] as const) {
      expect(stepOutcome(onTime, step, now).outcome).toBe('met');
      expect(stepOutcome(late, step, now).outcome).toBe('missed');
    }
    expect(stepOutcome(late, 'surgery', now)).toEqual({
      outcome: 'missed',
      minutes: 121,
      dueAt: after(120),
    });
  });

  it('M1: a step without a time is due while its window is open, then not recorded — never met', () => {
    const c = timeline(none, none, notNeeded);
    expect(stepOutcome(c, 'first_aid', new Date(after(9))).outcome).toBe('due');
    expect(stepOutcome(c, 'first_aid', new Date(after(10))).outcome).toBe('due');
    expect(stepOutcome(c, 'first_aid', new Date(after(10.1))).outcome).toBe('not_recorded');
    expect(stepOutcome(c, 'resuscitation', new Date(after(59))).outcome).toBe('due');
    expect(stepOutcome(c, 'surgery', new Date(after(1000))).outcome).toBe('not_applicable');
  });

  it('M1: a timeline that cannot have happened is refused naming the step', () => {
    const now = new Date(after(200));
    expect(() => assertTimeline(timeline(at(-1), none, none), now)).toThrow(
      /steps.first_aid.at: before the injury/,
    );
    expect(() => assertTimeline(timeline(at(5), at(201), none), now)).toThrow(
      /steps.resuscitation.at: in the future/,
    );
    expect(() => assertTimeline(timeline(at(30), at(20), none), now)).toThrow(
      /steps.resuscitation.at: before first aid/,
    );
    expect(() =>
      assertTimeline(timeline(at(5), none, { ...at(90), notApplicable: true }), now),
    ).toThrow(/steps.surgery.at: a step given cannot also be not applicable/);
    expect(() =>
      assertTimeline({ ...timeline(none, none, none), injuredAt: after(201) }, now),
    ).toThrow(/injuredAt: the injury cannot be in the future/);
    expect(() => assertTimeline(timeline(at(5), at(40), at(100)), now)).not.toThrow();
  });

  it('M1: compliance per mission, facility and month counts met over judged steps, the rest beside it', () => {
    const now = new Date(after(24 * 60));
    const casualties = [
      timeline(at(5), at(45, 'level1-bria'), at(100, 'level2-bangui')),
      timeline(at(15), at(70, 'level1-bria'), notNeeded),
      timeline(at(8), none, at(130, 'level2-bangui'), 'm2'),
      earlier(timeline(at(9), at(50, 'level1-bria'), none), 11),
    ];
    const byMission = compliance(casualties, 'mission', now);
    expect(byMission.find((r) => r.key === 'm1' && r.step === 'first_aid')).toMatchObject({
      met: 2,
      missed: 1,
      compliance: 2 / 3,
    });
    expect(byMission.find((r) => r.key === 'm2' && r.step === 'resuscitation')).toMatchObject({
      met: 0,
      missed: 0,
      notRecorded: 1,
      compliance: null,
    });
    const byFacility = compliance(casualties, 'facility', now);
    expect(byFacility.find((r) => r.key === 'level2-bangui' && r.step === 'surgery')).toMatchObject(
      { met: 1, missed: 1, compliance: 0.5 },
    );
    expect(
      byFacility.find((r) => r.key === 'point_of_injury' && r.step === 'first_aid'),
    ).toMatchObject({ met: 3, missed: 1 });
    const byMonth = compliance(casualties, 'month', now);
    expect(byMonth.map((r) => `${r.key} ${r.step}`)).toEqual([
      '2026-02 first_aid',
      '2026-02 resuscitation',
      '2026-02 surgery',
      '2026-03 first_aid',
      '2026-03 resuscitation',
      '2026-03 surgery',
    ]);
    expect(byMonth.find((r) => r.key === '2026-03' && r.step === 'surgery')).toMatchObject({
      met: 1,
      missed: 1,
      notApplicable: 1,
    });
  });
});
