/** French messages of the reports module. */
import type { reportsEn } from './reports.en.js';

export const reportsFr: Record<keyof typeof reportsEn, string> = {
  'nav.reports': 'Rapport au Conseil',
  'reports.title': 'Rapport périodique au Conseil de sécurité',
  'reports.intro':
    'Le rapport du Secrétaire général sur la mission, rédigé à partir des données : évolution politique et sécuritaire, protection des civils, exécution du mandat, capacités, déontologie et discipline, sécurité du personnel, perception, environnement (¶59, ¶122). Chaque chiffre est celui que donnent les modules ; les incidents compartimentés sont seulement comptés. Le chef de mission rédige les observations et signe ; un rapport signé est figé et ne change que par une nouvelle édition.',
  'reports.none':
    'Aucun rapport pour cette mission. Un planificateur ou le chef de mission ouvre un projet pour une période écoulée (formulaire ci-dessus) ; la mission de démonstration a le projet de son rapport pour 2022.',
  'reports.new': 'Ouvrir un projet',
  'reports.from': 'Du',
  'reports.to': 'Au',
  'reports.period': 'Période',
  'reports.edition': 'Édition',
  'reports.editionOf': 'édition {edition}',
  'reports.status': 'Statut',
  'reports.status.draft': 'projet',
  'reports.status.signed': 'signé',
  'reports.signedBy': 'Signé par',
  'reports.signedOn': 'Signé par {who} le {at} ; figé.',
  'reports.draftNote':
    'Un projet : ses chiffres sont lus dans les données à chaque affichage, jusqu’à la signature.',
  'reports.pdf': 'PDF',
  'reports.observations': 'Observations du chef de mission',
  'reports.save': 'Enregistrer les observations',
  'reports.comments': 'Commentaires',
  'reports.noComments': 'Aucun commentaire.',
  'reports.comment': 'Commenter',
  'reports.sign': 'Signer le rapport',
  'reports.signConfirm': 'J’ai lu le rapport ; son contenu est figé quand je signe.',
  'reports.newEdition': 'Ouvrir une nouvelle édition',
  'reports.preview': 'Aperçu du rapport',
};
