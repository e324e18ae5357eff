/** Messages français des pages d’alerte rapide : prévisions (E1). */
import type { earlyWarningEn } from './early-warning.en.js';

export const earlyWarningFr: Record<keyof typeof earlyWarningEn, string> = {
  'nav.forecasts': 'Prévisions',
  'forecast.title': 'Prévisions de violence étatique',
  'forecast.intro':
    'La probabilité que la violence étatique tue au moins 1 personne, ou 25 ou plus, dans un pays au cours de chacun des 13 prochains mois, apprise de l’historique des événements de l’UCDP et évaluée publiquement face à des références simples. Une prévision invite à regarder de plus près ; ce n’est pas un constat.',
  'forecast.none':
    'Aucune prévision n’a été publiée. Un analyste du Siège les publie avec : peaceops forecast publish --data ged_cm.csv.gz --countries country.csv --origin AAAA-MM',
  'forecast.run':
    'Depuis {origin} (dernier mois connu), modèle {model}, {countries} pays ; données : {source}.',
  'forecast.threshold': 'Violence',
  'forecast.sb1': 'au moins 1 mort',
  'forecast.sb25': '25 morts ou plus',
  'forecast.horizon': 'Mois',
  'forecast.monthsAhead': '{month} (+{n})',
  'forecast.map': 'Carte de la probabilité prévue par pays',
  'forecast.legend': 'Probabilité',
  'forecast.mostAtRisk': 'Pays les plus à risque',
  'forecast.country': 'Pays',
  'forecast.probability': 'Probabilité',
  'forecast.history': 'Morts de la violence étatique par mois, jusqu’à {origin}',
  'forecast.fatalities': 'Morts (meilleure estimation UCDP)',
  'forecast.band':
    'Prévision par mois : la bande colorée est la probabilité d’une violence faisant moins de 25 morts',
  'forecast.evaluation': 'Que valent ces prévisions ?',
  'forecast.evaluationIntro':
    'Chaque mois de {from} à {to}, le modèle et les références ont prévu chaque pays à partir de ce qui était connu alors ; {forecasts} prévisions à cet horizon ont été comparées à ce qui s’est produit ({events} fois l’événement a eu lieu). Un score de Brier plus bas et une AUC plus haute sont meilleurs.',
  'forecast.noEvaluation': 'Ces prévisions ont été publiées sans évaluation.',
  'forecast.calibration':
    'Calibration à l’horizon {horizon} : probabilité prévue et fréquence observée',
  'forecast.forecastProbability': 'probabilité prévue',
  'forecast.observedShare': 'part survenue',
  'forecast.scoresAt': 'Scores à l’horizon {horizon}',
  'forecast.method': 'Méthode',
  'forecast.brier': 'Score de Brier',
  'forecast.rocAuc': 'AUC ROC',
  'forecast.prAuc': 'AUC PR',
  'forecast.brierByHorizon':
    'Score de Brier par horizon, en mois après le dernier mois connu (le plus bas en gras)',
  'forecast.method.model': 'Ce modèle',
  'forecast.method.persistence': 'Persistance (dernier mois)',
  'forecast.method.frequency12': 'Part des 12 derniers mois',
  'forecast.method.frequency24': 'Part des 24 derniers mois',
  'forecast.method.frequency36': 'Part des 36 derniers mois',
  'forecast.method.plain_logistic': 'Logistique simple sur les morts récentes',
};
