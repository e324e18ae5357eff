/** الرسائل العربية لصفحات الإنذار المبكر: التنبؤات (E1). */
import type { earlyWarningEn } from './early-warning.en.js';

export const earlyWarningAr: Record<keyof typeof earlyWarningEn, string> = {
  'nav.forecasts': 'التنبؤات',
  'forecast.title': 'التنبؤ بالعنف القائم على الدولة',
  'forecast.intro':
    'احتمال أن يقتل العنف القائم على الدولة شخصًا واحدًا على الأقل، أو 25 شخصًا أو أكثر، في بلد ما في كل شهر من الأشهر الثلاثة عشر القادمة، مستفادًا من سجل أحداث برنامج أوبسالا (UCDP) ومقيَّمًا علنًا مقارنةً بمراجع بسيطة. التنبؤ دعوة إلى النظر عن كثب، وليس استنتاجًا.',
  'forecast.none':
    'لم تُنشر أي تنبؤات. ينشرها محلل في المقر بالأمر: peaceops forecast publish --data ged_cm.csv.gz --countries country.csv --origin YYYY-MM',
  'forecast.run':
    'منذ {origin} (آخر شهر معروف)، النموذج {model}، {countries} بلدًا؛ البيانات: {source}.',
  'forecast.threshold': 'العنف',
  'forecast.sb1': 'قتيل واحد على الأقل',
  'forecast.sb25': '25 قتيلًا أو أكثر',
  'forecast.horizon': 'الشهر',
  'forecast.monthsAhead': '{month} (+{n})',
  'forecast.map': 'خريطة الاحتمال المتوقع حسب البلد',
  'forecast.legend': 'الاحتمال',
  'forecast.mostAtRisk': 'البلدان الأكثر عرضة للخطر',
  'forecast.country': 'البلد',
  'forecast.probability': 'الاحتمال',
  'forecast.history': 'قتلى العنف القائم على الدولة شهريًا حتى {origin}',
  'forecast.fatalities': 'القتلى (أفضل تقدير لـ UCDP)',
  'forecast.band': 'التنبؤ حسب الشهر: الشريط المظلل هو احتمال عنف يقتل أقل من 25 شخصًا',
  'forecast.evaluation': 'ما مدى جودة هذه التنبؤات؟',
  'forecast.evaluationIntro':
    'في كل شهر من {from} إلى {to}، تنبأ النموذج والمراجع لكل بلد بما كان معروفًا حينها؛ ثم قورنت {forecasts} تنبؤًا عند هذا الأفق بما حدث فعلًا (وقع الحدث {events} مرة). درجة براير الأقل والمساحة تحت المنحنى الأعلى أفضل.',
  'forecast.noEvaluation': 'نُشرت هذه التنبؤات دون تقييم.',
  'forecast.calibration': 'المعايرة عند الأفق {horizon}: الاحتمال المتوقع مقابل عدد مرات وقوعه',
  'forecast.forecastProbability': 'الاحتمال المتوقع',
  'forecast.observedShare': 'النسبة التي وقعت',
  'forecast.scoresAt': 'الدرجات عند الأفق {horizon}',
  'forecast.method': 'الطريقة',
  'forecast.brier': 'درجة براير',
  'forecast.rocAuc': 'المساحة تحت منحنى ROC',
  'forecast.prAuc': 'المساحة تحت منحنى PR',
  'forecast.brierByHorizon': 'درجة براير حسب الأفق بالأشهر بعد آخر شهر معروف (الأدنى بخط عريض)',
  'forecast.method.model': 'هذا النموذج',
  'forecast.method.persistence': 'الاستمرار (الشهر الأخير)',
  'forecast.method.frequency12': 'نسبة آخر 12 شهرًا',
  'forecast.method.frequency24': 'نسبة آخر 24 شهرًا',
  'forecast.method.frequency36': 'نسبة آخر 36 شهرًا',
  'forecast.method.plain_logistic': 'انحدار لوجستي بسيط على القتلى مؤخرًا',
};
