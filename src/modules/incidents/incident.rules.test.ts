import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  assertTransition,
  needsHostFollowUp,
  totalKilled,
} from './incident.rules.js';

const none = { killed: 0, injured: 0, abducted: 0 };
const casualties = (un: Partial<typeof none>) => ({
  unPersonnel: { ...none, ...un },
  civilians: none,
  armedActors: none,
  unattributedKilled: 0,
});

describe('incident workflow', () => {
  it('moves reported → verified → closed, and only along the table', () => {
    expect(allowedTransitions.reported).toEqual(['verified', 'discarded']);
    expect(() => assertTransition('reported', 'verified', '')).not.toThrow();
    expect(() => assertTransition('reported', 'closed', '')).toThrow(
      /cannot go from reported to closed/,
    );
    expect(() => assertTransition('closed', 'discarded', 'x')).toThrow(/invalid|cannot/);
  });

  it('a discard needs a reason', () => {
    expect(() => assertTransition('reported', 'discarded', '  ')).toThrow(/reason/);
    expect(() =>
      assertTransition('reported', 'discarded', 'duplicate of another report'),
    ).not.toThrow();
  });

  it('counts fatalities across groups', () => {
    expect(
      totalKilled({
        unPersonnel: { ...none, killed: 1 },
        civilians: { ...none, killed: 4 },
        armedActors: { ...none, killed: 2, injured: 9 },
        unattributedKilled: 3,
      }),
    ).toBe(10);
  });
});

describe('I1 (¶108): crimes against UN personnel open a follow-up with the host Government', () => {
  it('when the category is an attack on UN personnel or premises', () => {
    expect(needsHostFollowUp('attack_on_un_personnel', casualties({}))).toBe(true);
    expect(needsHostFollowUp('attack_on_un_premises', casualties({}))).toBe(true);
  });

  it('when UN personnel are killed, injured or abducted by an act that is a crime', () => {
    expect(needsHostFollowUp('explosive_device', casualties({ injured: 1 }))).toBe(true);
    expect(needsHostFollowUp('crime', casualties({ abducted: 2 }))).toBe(true);
    expect(needsHostFollowUp('armed_clash', casualties({ killed: 1 }))).toBe(true);
  });

  it('issue 16: not for an accident or a hazard, nor an act of unknown kind — ¶108 is about crimes', () => {
    // A road accident, a flood, a fire: UN personnel hurt, no one to prosecute.
    expect(needsHostFollowUp('hazard', casualties({ killed: 2, injured: 3 }))).toBe(false);
    expect(needsHostFollowUp('other', casualties({ injured: 1 }))).toBe(false);
  });

  it('not otherwise', () => {
    expect(
      needsHostFollowUp('violence_against_civilians', {
        unPersonnel: none,
        civilians: { ...none, killed: 12 },
        armedActors: none,
        unattributedKilled: 0,
      }),
    ).toBe(false);
  });
});
