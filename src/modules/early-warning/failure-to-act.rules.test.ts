/**
 * E4 (¶20): an inquiry ends in a finding; a failure to act is settled only when the Council and the
 * Member States are informed — the unit's contributor among them; a finding that the mission
 * acted settles it; dates run forward.
 */
import { describe, expect, it } from 'vitest';
import { findingRefusal, inquiryState, notificationRefusal } from './failure-to-act.rules.js';

const open = { finding: null, councilNotifiedOn: null, memberStatesNotifiedOn: null } as const;
const failed = { ...open, finding: 'failed_to_act' as const, foundOn: '2026-04-01' };
const today = '2026-05-01';

describe('E4 failure to act', () => {
  it('E4: open → finding → the Council and the Member States informed', () => {
    expect(inquiryState(open)).toBe('open');
    expect(inquiryState(failed)).toBe('awaiting_notification');
    expect(inquiryState({ ...failed, councilNotifiedOn: '2026-04-02' })).toBe('council_informed');
    expect(inquiryState({ ...failed, memberStatesNotifiedOn: '2026-04-02' })).toBe(
      'member_states_informed',
    );
    expect(
      inquiryState({
        ...failed,
        councilNotifiedOn: '2026-04-02',
        memberStatesNotifiedOn: '2026-04-03',
      }),
    ).toBe('notified');
    expect(inquiryState({ ...open, finding: 'acted' })).toBe('no_failure');
  });

  it('E4: a finding once, not before the inquiry opened, not in the future', () => {
    const i = { ...open, openedOn: '2026-03-10' };
    expect(findingRefusal(i, { foundOn: '2026-03-20', today })).toBeNull();
    expect(findingRefusal(i, { foundOn: '2026-03-01', today })).toMatch(/before the inquiry/);
    expect(findingRefusal(i, { foundOn: '2026-06-01', today })).toMatch(/future/);
    expect(
      findingRefusal({ ...failed, openedOn: '2026-03-10' }, { foundOn: '2026-04-02', today }),
    ).toMatch(/recorded already/);
  });

  it('E4: nobody is informed before the finding, or of a finding that the mission acted', () => {
    const input = {
      recipient: 'council' as const,
      on: '2026-04-10',
      today,
      memberStates: [],
      contributor: null,
    };
    expect(notificationRefusal({ ...open, foundOn: null, subjectKind: 'mission' }, input)).toMatch(
      /finding first/,
    );
    expect(
      notificationRefusal(
        { ...open, finding: 'acted', foundOn: '2026-04-01', subjectKind: 'mission' },
        input,
      ),
    ).toMatch(/no failure/);
    expect(notificationRefusal({ ...failed, subjectKind: 'mission' }, input)).toBeNull();
    expect(
      notificationRefusal({ ...failed, subjectKind: 'mission' }, { ...input, on: '2026-03-30' }),
    ).toMatch(/before the finding/);
  });

  it('E4: the Member States informed of a unit’s failure include its contributor', () => {
    const unit = { ...failed, subjectKind: 'military_unit' as const };
    const input = {
      recipient: 'member_states' as const,
      on: '2026-04-10',
      today,
      memberStates: ['FRA'],
      contributor: 'RWA',
    };
    expect(notificationRefusal(unit, input)).toMatch(/contributor of the unit \(RWA\)/);
    expect(notificationRefusal(unit, { ...input, memberStates: ['RWA', 'FRA'] })).toBeNull();
    expect(notificationRefusal(unit, { ...input, memberStates: [] })).toMatch(
      /name the Member States/,
    );
    expect(notificationRefusal({ ...unit, memberStatesNotifiedOn: '2026-04-05' }, input)).toMatch(
      /informed on 2026-04-05/,
    );
  });
});
