/** English messages of the early-warning pages: forecasts (E1). */
export const earlyWarningEn = {
  'nav.forecasts': 'Forecasts',
  'forecast.title': 'Forecasts of state-based violence',
  'forecast.intro':
    'The probability that state-based violence kills at least 1, or 25 or more, people in a country in each of the next 13 months, learned from the UCDP event history and scored in the open against simple baselines. A forecast is a warning to look closer, not a finding.',
  'forecast.none':
    'No forecast has been published. An analyst at headquarters publishes them with: peaceops forecast publish --data ged_cm.csv.gz --countries country.csv --origin YYYY-MM',
  'forecast.run':
    'From {origin} (the last month known), model {model}, {countries} countries; data: {source}.',
  'forecast.threshold': 'Violence',
  'forecast.sb1': 'at least 1 death',
  'forecast.sb25': '25 or more deaths',
  'forecast.horizon': 'Month',
  'forecast.monthsAhead': '{month} (+{n})',
  'forecast.map': 'Map of the forecast probability by country',
  'forecast.legend': 'Probability',
  'forecast.mostAtRisk': 'Countries most at risk',
  'forecast.country': 'Country',
  'forecast.probability': 'Probability',
  'forecast.history': 'State-based deaths per month, up to {origin}',
  'forecast.fatalities': 'Deaths (UCDP best estimate)',
  'forecast.band':
    'Forecast by month: the shaded band is the chance of violence that kills fewer than 25',
  'forecast.evaluation': 'How good are these forecasts?',
  'forecast.evaluationIntro':
    'Every month from {from} to {to}, the model and the baselines forecast every country from what was known then; {forecasts} forecasts at this horizon were then compared with what happened ({events} times it did). Lower Brier scores and higher AUCs are better.',
  'forecast.noEvaluation': 'These forecasts were published without an evaluation.',
  'forecast.calibration':
    'Calibration at horizon {horizon}: forecast probability against how often it happened',
  'forecast.forecastProbability': 'forecast probability',
  'forecast.observedShare': 'share that happened',
  'forecast.scoresAt': 'Scores at horizon {horizon}',
  'forecast.method': 'Method',
  'forecast.brier': 'Brier score',
  'forecast.rocAuc': 'ROC AUC',
  'forecast.prAuc': 'PR AUC',
  'forecast.brierByHorizon':
    'Brier score by horizon, months after the last month known (lowest in bold)',
  'forecast.method.model': 'This model',
  'forecast.method.persistence': 'Persistence (last month)',
  'forecast.method.frequency12': 'Share of the last 12 months',
  'forecast.method.frequency24': 'Share of the last 24 months',
  'forecast.method.frequency36': 'Share of the last 36 months',
  'forecast.method.plain_logistic': 'Plain logistic on recent deaths',
} as const;
