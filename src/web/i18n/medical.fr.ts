/** Messages des pages médicales : les décès (M4). */
import type { medicalEn } from './medical.en.js';

export const medicalFr: Record<keyof typeof medicalEn, string> = {
  'nav.fatalities': 'Décès',
  'fatalities.title': 'Décès dans les opérations de paix',
  'fatalities.intro':
    'Chaque décès de personnel des opérations de paix enregistré, selon la présentation des données publiques de l’ONU : par année, type d’incident, catégorie de personnel et mission. Ce sont des faits publics : les mêmes décomptes sont ouverts à tous à /api/public/medical/fatalities/statistics.csv.',
  'fatalities.empty':
    'Aucun décès n’est encore enregistré. Le fichier public de l’ONU se charge avec : peaceops import fatalities DPPADPOSS-FATALITIES.csv',
  'fatalities.total': '{count} décès enregistrés',
  'fatalities.byYear': 'Par année',
  'fatalities.byType': 'Par type d’incident',
  'fatalities.byPersonnel': 'Par catégorie de personnel',
  'fatalities.byMission': 'Les 15 missions qui en comptent le plus',
  'fatalities.csv': 'Télécharger les décomptes par année et mission (CSV)',
  'fatalities.type.malicious_act': 'Acte de malveillance',
  'fatalities.type.accident': 'Accident',
  'fatalities.type.illness': 'Maladie',
  'fatalities.type.self_inflicted': 'Auto-infligé',
  'fatalities.type.to_be_determined': 'À déterminer',
  'fatalities.type.unknown': 'Inconnu',
  'fatalities.personnel.military': 'Militaires',
  'fatalities.personnel.police': 'Police',
  'fatalities.personnel.military_observer': 'Observateurs militaires',
  'fatalities.personnel.international_civilian': 'Civils internationaux',
  'fatalities.personnel.local_civilian': 'Personnel recruté localement',
  'fatalities.personnel.other': 'Autres',
};
