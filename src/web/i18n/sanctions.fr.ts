/** Messages français des sanctions du ¶120 (fusionnés dans fr.ts). */
export const sanctionsFr = {
  'measures.why.non_response':
    'Le pays contributeur n’a pas répondu à l’allégation au {due} : ni enquêteur national désigné, ni refus d’enquêter (¶120).',
  'measures.why.failure_to_act': '{who} n’a pas agi, en ayant eu connaissance le {known} (¶120) :',
  'measures.who.contingent_commander': 'Le commandant du contingent',
  'measures.who.police_commander': 'Le commandant de l’unité de police',
  'measures.who.mission_leadership': 'La direction de la mission',
  'measures.who.other_command': 'Une autre autorité de commandement',
  'measures.decisionsHq':
    'Le Siège prend ces décisions (¶120). Rapatrier désigne l’unité du pays contributeur déployée dans la mission, qui a alors 90 jours pour partir sauf indication contraire sur la page de l’unité.',
  'measures.decisionsMission':
    'Le Siège prend ces décisions (¶120) ; la mission voit ce qui est en attente.',
  'measures.unitToRepatriate': 'Unité à rapatrier',
  'measures.noUnitDeployed':
    'Le pays contributeur n’a aucune unité déployée dans cette mission : seul « ne pas rapatrier » peut être enregistré.',
  'measures.sanctionLabel': 'Sanction',
  'measures.sanction.repatriation_of_commander': 'Rapatriement du commandant',
  'measures.sanction.removal_from_post': 'Relève de ses fonctions',
  'measures.sanction.administrative_action': 'Mesure administrative',
  'measures.sanction.referral_to_member_state': 'Renvoi à l’État Membre',
  'measures.decision.sanction': 'Sanctionner',
  'measures.decision.no_sanction': 'Pas de sanction',
  'measures.kind.sanction': 'Sanction pour manquement à agir',
  'answer.title': 'La réponse du pays contributeur (¶120)',
  'answer.state.awaited':
    'Attendue au plus tard le {due} : le pays contributeur désigne son enquêteur national ou indique qu’il n’enquêtera pas. Sans réponse à cette date, une décision de rapatriement est soumise au Siège.',
  'answer.state.answered': '{response} le {on} (attendue au plus tard le {due}).',
  'answer.state.answered_late':
    '{response} le {on}, après la date prévue ({due}) : une décision de rapatriement a été soumise au Siège.',
  'answer.state.overdue':
    'Pas de réponse au {due} : une décision de rapatriement a été soumise au Siège (¶120).',
  'answer.response.nio_appointed': 'Enquêteur national désigné',
  'answer.response.declined_to_investigate': 'Refus d’enquêter',
  'answer.responseLabel': 'Réponse',
  'answer.respondedOn': 'Répondu le',
  'answer.record': 'Enregistrer la réponse',
  'inaction.title': 'Enregistrer un manquement à agir (¶120)',
  'inaction.intro':
    'Les sanctions visent aussi ceux qui n’agissent pas, y compris les commandants et la direction de la mission. L’enregistrer place une décision de sanction sur la liste du Siège. Décrivez l’inaction, pas les victimes.',
  'inaction.who': 'Qui n’a pas agi',
  'inaction.contributor': 'Pays contributeur (pour un commandant)',
  'inaction.unit': 'Unité (pour un commandant)',
  'inaction.knownOn': 'En a eu connaissance le',
  'inaction.what': 'Ce qui n’a pas été fait',
  'inaction.record': 'Enregistrer',
};
