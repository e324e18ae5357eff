/**
 * E4 (¶20: "I will investigate and inform the Council and Member States of any incident in which a
 * mission, military unit or police contingent fails to act"): an inquiry is open until its finding;
 * a finding that the mission, unit or contingent failed to act is not settled until both the
 * Council and the Member States concerned are informed — for a unit or contingent, at least its
 * contributor. A finding that it acted settles the inquiry. Dates run forward. Pure.
 */
export const subjectKinds = ['mission', 'military_unit', 'police_contingent'] as const;
export type SubjectKind = (typeof subjectKinds)[number];
export const findings = ['failed_to_act', 'acted'] as const;
export type Finding = (typeof findings)[number];

export type InquiryState =
  | 'open'
  | 'no_failure'
  | 'awaiting_notification'
  | 'council_informed'
  | 'member_states_informed'
  | 'notified';

export interface InquiryFacts {
  finding: Finding | null;
  councilNotifiedOn: string | null;
  memberStatesNotifiedOn: string | null;
}

export function inquiryState(i: InquiryFacts): InquiryState {
  if (i.finding === null) return 'open';
  if (i.finding === 'acted') return 'no_failure';
  if (i.councilNotifiedOn && i.memberStatesNotifiedOn) return 'notified';
  if (i.councilNotifiedOn) return 'council_informed';
  if (i.memberStatesNotifiedOn) return 'member_states_informed';
  return 'awaiting_notification';
}

/** Why a finding cannot be recorded now, or null. */
export function findingRefusal(
  i: InquiryFacts & { openedOn: string },
  input: { foundOn: string; today: string },
): string | null {
  if (i.finding !== null) return 'the finding is recorded already';
  if (input.foundOn < i.openedOn) return 'foundOn: before the inquiry was opened';
  if (input.foundOn > input.today) return 'foundOn: in the future';
  return null;
}

/** Why the Council or the Member States cannot be recorded as informed now, or null. */
export function notificationRefusal(
  i: InquiryFacts & { foundOn: string | null; subjectKind: SubjectKind },
  input: {
    recipient: 'council' | 'member_states';
    on: string;
    today: string;
    memberStates: readonly string[];
    contributor: string | null;
  },
): string | null {
  if (i.finding === null) return 'record the finding first';
  if (i.finding === 'acted')
    return 'the finding is that the mission acted: there is no failure to report';
  const done = input.recipient === 'council' ? i.councilNotifiedOn : i.memberStatesNotifiedOn;
  if (done)
    return `${input.recipient === 'council' ? 'the Council' : 'the Member States'} were informed on ${done}`;
  if (input.on < i.foundOn!) return 'on: before the finding';
  if (input.on > input.today) return 'on: in the future';
  if (input.recipient === 'member_states') {
    if (input.memberStates.length === 0) return 'memberStates: name the Member States informed';
    if (input.contributor && !input.memberStates.includes(input.contributor))
      return `memberStates: the contributor of the unit (${input.contributor}) must be informed`;
  }
  return null;
}
