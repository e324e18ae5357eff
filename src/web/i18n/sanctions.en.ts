/** English messages of ¶120's sanctions on the conduct pages: decisions, the contributor's answer, failures to act (merged into en.ts). */
export const sanctionsEn = {
  'measures.why.non_response':
    'The contributor did not answer the allegation by {due}: no national investigation officer appointed, nor investigation declined (¶120).',
  'measures.why.failure_to_act': '{who} failed to act, knowing of it on {known} (¶120):',
  'measures.who.contingent_commander': 'The contingent commander',
  'measures.who.police_commander': 'The police unit commander',
  'measures.who.mission_leadership': 'The mission leadership',
  'measures.who.other_command': 'Another command authority',
  'measures.decisionsHq':
    'Headquarters takes these decisions (¶120). Repatriating names the contributor’s unit deployed in the mission, which then has 90 days to leave unless the unit’s page says otherwise.',
  'measures.decisionsMission':
    'Headquarters takes these decisions (¶120); the mission sees what waits.',
  'measures.unitToRepatriate': 'Unit to repatriate',
  'measures.noUnitDeployed':
    'The contributor has no unit deployed in this mission: only “do not repatriate” can be recorded.',
  'measures.sanctionLabel': 'Sanction',
  'measures.sanction.repatriation_of_commander': 'Repatriation of the commander',
  'measures.sanction.removal_from_post': 'Removal from post',
  'measures.sanction.administrative_action': 'Administrative action',
  'measures.sanction.referral_to_member_state': 'Referral to the Member State',
  'measures.decision.sanction': 'Sanction',
  'measures.decision.no_sanction': 'No sanction',
  'measures.kind.sanction': 'Sanction for failing to act',
  'answer.title': 'The contributor’s answer (¶120)',
  'answer.state.awaited':
    'Due by {due}: the contributor appoints its national investigation officer or says it will not investigate. With no answer by then, a repatriation decision goes to headquarters.',
  'answer.state.answered': '{response} on {on} (due by {due}).',
  'answer.state.answered_late':
    '{response} on {on}, after the day it was due ({due}): a repatriation decision went to headquarters.',
  'answer.state.overdue':
    'No answer by {due}: a repatriation decision went to headquarters (¶120).',
  'answer.response.nio_appointed': 'National investigation officer appointed',
  'answer.response.declined_to_investigate': 'Declined to investigate',
  'answer.responseLabel': 'Answer',
  'answer.respondedOn': 'Answered on',
  'answer.record': 'Record the answer',
  'inaction.title': 'Record a failure to act (¶120)',
  'inaction.intro':
    'Sanctions reach those who fail to take action, including commanders and mission leadership. Recording it puts a sanction decision on headquarters’ list. Describe the inaction, not the victims.',
  'inaction.who': 'Who failed to act',
  'inaction.contributor': 'Contributor (for a commander)',
  'inaction.unit': 'Unit (for a commander)',
  'inaction.knownOn': 'Knew of it on',
  'inaction.what': 'What was not done',
  'inaction.record': 'Record',
} as const;
