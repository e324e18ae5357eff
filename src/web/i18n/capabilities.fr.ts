/** Messages of the capabilities pages. */
import type { capabilitiesEn } from './capabilities.en.js';

export const capabilitiesFr: Record<keyof typeof capabilitiesEn, string> = {
  'nav.capabilities': 'Personnel en uniforme',
  'capabilities.title': 'Personnel en uniforme : contributions et effectifs',
  'capabilities.intro':
    'Militaires, policiers et experts en mission fournis par chaque État, mois par mois, avec la part des femmes ; et pour chaque mission, l’effectif autorisé face à l’effectif déployé. D’après les rapports mensuels de l’ONU importés (peaceops import contributions, import mission-strength).',
  'capabilities.byContributor': 'Par État contributeur',
  'capabilities.byMission': 'Par mission',
  'capabilities.contributor': 'État contributeur',
  'capabilities.mission': 'Mission',
  'capabilities.noFigures': 'Aucun chiffre pour ce choix.',
  'capabilities.personnelOf': 'Personnel en uniforme de {name}, par mois',
  'capabilities.womenOf': 'Part des femmes : {name}',
  'capabilities.troops': 'Militaires',
  'capabilities.police': 'Police (individuelle et unités constituées)',
  'capabilities.experts': 'Experts en mission',
  'capabilities.shareOfWomen': 'Femmes',
  'capabilities.csv': 'Télécharger ces mois en CSV',
  'capabilities.strengthOf': '{name} : effectif en uniforme autorisé et déployé',
  'capabilities.authorised': 'Autorisé',
  'capabilities.deployed': 'Déployé',
  'capabilities.gap': 'Écart (autorisé moins déployé)',
};
