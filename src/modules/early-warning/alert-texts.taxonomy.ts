/**
 * What an alert says, in English, French and Arabic (issue 23): each alert keeps its template's key
 * and values (never a narrative, a name or a source: alert.rules.ts), and is written from them in
 * each language — one CAP `<info>` per language, and the reader's own on the alerts page. Base
 * names are proper names and stay as the mission wrote them; a country is named in each language
 * by its ISO code (missions/country-names.taxonomy.ts). Pure; the web app uses it too. Public
 * taxonomy.
 */
import {
  incidentCategoryLabels,
  type LabelLanguage,
} from '../incidents/incident-labels.taxonomy.js';
import type { IncidentCategory } from '../incidents/incident.taxonomy.js';
import { baseKindLabel } from '../missions/base-labels.taxonomy.js';
import { countryNameIn } from '../missions/country-names.taxonomy.js';

export const alertLanguages = ['en', 'fr', 'ar'] as const satisfies readonly LabelLanguage[];
export type AlertLanguage = (typeof alertLanguages)[number];

/** CAP's `<language>` (RFC 3066) for each. */
export const capLanguageOf: Record<AlertLanguage, string> = { en: 'en-US', fr: 'fr-FR', ar: 'ar' };

/** A kind of violence and a threshold: sb state-based, ns non-state, os one-sided (civilians). */
export type ForecastOutcome = 'sb1' | 'sb25' | 'ns1' | 'ns25' | 'os1' | 'os25';

export type AlertText =
  | {
      key: 'incident_near_base';
      values: {
        category: string;
        killed: number;
        day: string;
        km: number;
        base: string;
        baseKind: string;
        radiusKm: number;
      };
    }
  | {
      key: 'forecast';
      values: {
        /** The name the forecasts' data gave (English); French and Arabic name it by `iso3`. */
        country: string;
        iso3?: string;
        /** The kind of violence and threshold the rule watches (state-based: alerts before 0041). */
        threshold: ForecastOutcome;
        probability: number;
        month: string;
        origin: string;
        horizon: number;
        minProbability: number;
      };
    }
  | {
      key: 'hotspot';
      values: {
        events: number;
        killed: number;
        days: number;
        to: string;
        expected: number;
        latitude: number;
        longitude: number;
        p: number;
        q: number;
        base: string | null;
        km: number | null;
      };
    }
  | { key: 'cancelled'; values: { of: AlertText } };

export const alertTextKeys = ['incident_near_base', 'forecast', 'hotspot', 'cancelled'] as const;

/** What CAP's `<info>` and the alerts page show. */
export interface AlertWords {
  event: string;
  headline: string;
  description: string;
  areaDesc: string;
}

/** A number as each language writes it: French with a decimal comma. */
const decimal = (language: AlertLanguage, text: string) =>
  language === 'fr' ? text.replace('.', ',') : text;
const kmOf = (language: AlertLanguage, v: number) =>
  decimal(language, v < 10 ? v.toFixed(1) : Math.round(v).toString());
const oneDecimal = (language: AlertLanguage, v: number) => decimal(language, v.toFixed(1));
const twoDigits = (language: AlertLanguage, v: number) => decimal(language, v.toPrecision(2));

function categoryOf(language: AlertLanguage, code: string): string {
  const label =
    incidentCategoryLabels[language][code as IncidentCategory] ?? code.replace(/_/g, ' ');
  return language === 'ar' ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Arabic runs right to left: a date, a coordinate or a Latin name inside it is isolated (Unicode's
 * LRI/FSI … PDI), or "2026-12-06" reads "06-12-2026" and a colon after a name lands on its left.
 */
const ltr = (text: string) => `\u2066${text}\u2069`;
const isolated = (text: string) => `\u2068${text}\u2069`;

type Values<K extends AlertText['key']> = Extract<AlertText, { key: K }>['values'];

function incidentWords(l: AlertLanguage, v: Values<'incident_near_base'>): AlertWords {
  const category = categoryOf(l, v.category);
  const km = kmOf(l, v.km);
  const kind = baseKindLabel(l, v.baseKind);
  if (l === 'fr')
    return {
      event: `${capitalised(category)} près d’une base de la mission`,
      headline: `${v.killed} ${v.killed === 1 ? 'mort' : 'morts'} à ${km} km de ${v.base}`,
      description: `Un incident (${category}) le ${v.day}, ${v.killed} ${v.killed === 1 ? 'mort' : 'morts'}, à ${km} km de ${v.base} (${kind}).`,
      areaDesc: `Dans un rayon de ${v.radiusKm} km autour de ${v.base}`,
    };
  if (l === 'ar') {
    const base = isolated(v.base);
    return {
      event: `${category} بالقرب من قاعدة للبعثة`,
      headline: `عدد القتلى ${v.killed} على بعد ${km} كم من ${base}`,
      description: `حادث (${category}) بتاريخ ${ltr(v.day)}، عدد القتلى ${v.killed}، على بعد ${km} كم من ${base} (${kind}).`,
      areaDesc: `ضمن ${v.radiusKm} كم من ${base}`,
    };
  }
  return {
    event: `${category} near a mission base`,
    headline: `${v.killed} killed ${km} km from ${v.base}`,
    description: `An incident of ${category} on ${v.day} with ${v.killed} killed, ${km} km from ${v.base} (${kind}).`,
    areaDesc: `Within ${v.radiusKm} km of ${v.base}`,
  };
}

/** What does the killing, per language: French with its article, Arabic after "العنف". */
const agents = {
  en: { sb: 'state-based violence', ns: 'non-state violence', os: 'one-sided violence' },
  fr: {
    sb: 'la violence impliquant un État',
    ns: 'la violence entre groupes armés non étatiques',
    os: 'la violence unilatérale',
  },
  ar: {
    sb: 'الذي تكون الدولة طرفاً فيه',
    ns: 'بين الجماعات المسلحة من غير الدول',
    os: 'من جانب واحد',
  },
} as const;

/** The alert's event: one-sided violence is named by whom it strikes. */
const events = {
  en: {
    sb: 'Forecast of state-based violence',
    ns: 'Forecast of non-state violence',
    os: 'Forecast of violence against civilians',
  },
  fr: {
    sb: 'Prévision de violence impliquant un État',
    ns: 'Prévision de violence entre groupes armés non étatiques',
    os: 'Prévision de violence contre les civils',
  },
  ar: {
    sb: 'توقع للعنف الذي تكون الدولة طرفاً فيه',
    ns: 'توقع للعنف بين الجماعات المسلحة من غير الدول',
    os: 'توقع للعنف ضد المدنيين',
  },
} as const;

function forecastWords(l: AlertLanguage, given: Values<'forecast'>): AlertWords {
  const v =
    l === 'en' || !given.iso3
      ? given
      : { ...given, country: countryNameIn(l, given.iso3, given.country) };
  const percent = Math.round(v.probability * 100);
  const exact = oneDecimal(l, v.probability * 100);
  const rule = Math.round(v.minProbability * 100);
  const kind = v.threshold.slice(0, 2) as 'sb' | 'ns' | 'os';
  const one = v.threshold.endsWith('1') && !v.threshold.endsWith('25');
  const civilians = kind === 'os';
  if (l === 'fr') {
    const deaths = civilians
      ? one
        ? 'au moins 1 civil tué'
        : '25 civils tués ou plus'
      : one
        ? 'au moins 1 mort'
        : '25 morts ou plus';
    const agent = agents.fr[kind];
    const when = v.horizon === 1 ? 'le mois prochain' : `dans ${v.horizon} mois`;
    return {
      event: events.fr[kind],
      headline: `${v.country} : ${percent} % de probabilité ${one ? 'd’' : 'de '}${deaths} par ${agent} en ${v.month}`,
      description: `${v.country} : la prévision du modèle établie en ${v.origin} donne une probabilité de ${exact} % que ${agent} cause ${deaths} en ${v.month} (${when}) ; la règle alerte à partir de ${rule} %.`,
      areaDesc: v.country,
    };
  }
  if (l === 'ar') {
    const deaths = civilians
      ? one
        ? 'مقتل مدني واحد على الأقل'
        : 'مقتل 25 مدنياً أو أكثر'
      : one
        ? 'وفاة واحدة على الأقل'
        : '25 وفاة أو أكثر';
    const agent = agents.ar[kind];
    const when = v.horizon === 1 ? 'الشهر المقبل' : `بعد ${v.horizon} أشهر`;
    const [country, month] = [isolated(v.country), ltr(v.month)];
    return {
      event: events.ar[kind],
      headline: `${country}: احتمال ${percent}٪ لوقوع ${deaths} بسبب العنف ${agent} في ${month}`,
      description: `يعطي توقع النموذج المعدّ في ${ltr(v.origin)} لـ${country} احتمالاً قدره ${exact}٪ بأن يتسبب العنف ${agent} في ${deaths} في ${month} (${when})؛ وتنبّه القاعدة عند ${rule}٪ أو أكثر.`,
      areaDesc: v.country,
    };
  }
  const deaths = civilians
    ? one
      ? 'at least 1 civilian killed'
      : '25 or more civilians killed'
    : one
      ? 'at least 1 death'
      : '25 or more deaths';
  const agent = agents.en[kind];
  const when = v.horizon === 1 ? 'next month' : `${v.horizon} months ahead`;
  return {
    event: events.en[kind],
    headline: `${v.country}: ${percent}% chance of ${deaths} ${civilians ? 'in' : 'from'} ${agent} in ${v.month}`,
    description: `The model's forecast from ${v.origin} gives ${v.country} a probability of ${exact}% that ${agent} causes ${deaths} in ${v.month} (${when}); the rule alerts at ${rule}% or more.`,
    areaDesc: v.country,
  };
}

function hotspotWords(l: AlertLanguage, v: Values<'hotspot'>): AlertWords {
  const expected = oneDecimal(l, v.expected);
  const [p, q] = [twoDigits(l, v.p), twoDigits(l, v.q)];
  const at = `${v.latitude},${v.longitude}`;
  const km = v.km === null ? '' : kmOf(l, v.km);
  if (l === 'fr')
    return {
      event: 'Hausse de la violence (point chaud)',
      headline: `${v.events} incidents en ${v.days} jours pour ${expected} attendus`,
      description: `La cellule de 0,5° centrée sur ${at} a connu ${v.events} incidents (${v.killed} morts) au cours des ${v.days} jours jusqu’au ${v.to}, contre ${expected} attendus d’après son propre historique (Poisson p = ${p}, taux de fausses découvertes q = ${q})${v.base === null ? '' : ` ; base la plus proche : ${v.base}, à ${km} km`}.`,
      areaDesc: `Cellule de 0,5° centrée sur ${at}`,
    };
  if (l === 'ar') {
    const where = ltr(at);
    return {
      event: 'تصاعد العنف (بؤرة ساخنة)',
      headline: `${v.events} حوادث في ${v.days} يوماً مقابل ${expected} متوقعة`,
      description: `شهدت الخلية ذات 0.5° المتمركزة عند ${where} ${v.events} حوادث (عدد القتلى ${v.killed}) خلال ${v.days} يوماً حتى ${ltr(v.to)}، مقابل ${expected} متوقعة وفق سجلها (بواسون p = ${p}، معدل الاكتشاف الخاطئ q = ${q})${v.base === null ? '' : `؛ أقرب قاعدة ${isolated(v.base)} على بعد ${km} كم`}.`,
      areaDesc: `خلية 0.5° متمركزة عند ${where}`,
    };
  }
  return {
    event: 'Rise in violence (hotspot)',
    headline: `${v.events} incidents in ${v.days} days where ${expected} were expected`,
    description: `The 0.5° cell centred on ${at} had ${v.events} incidents (${v.killed} killed) in the ${v.days} days to ${v.to}, against ${expected} expected from its own history (Poisson p = ${p}, false discovery rate q = ${q})${v.base === null ? '' : `; nearest base ${v.base}, ${km} km`}.`,
    areaDesc: `0.5° cell centred on ${at}`,
  };
}

const withdrawn: Record<AlertLanguage, { prefix: string; description: string }> = {
  en: {
    prefix: 'Cancelled: ',
    description:
      'The report this alert was raised on was discarded after review; the alert is withdrawn.',
  },
  fr: {
    prefix: 'Annulée : ',
    description:
      'Le signalement à l’origine de cette alerte a été écarté après examen ; l’alerte est retirée.',
  },
  ar: {
    prefix: 'أُلغي: ',
    description: 'استُبعد البلاغ الذي صدر عنه هذا التنبيه بعد المراجعة؛ وسُحب التنبيه.',
  },
};

/** A cancellation's words from those of the alert it withdraws. */
export function withdrawnWords<W extends { headline: string; description: string }>(
  language: AlertLanguage,
  of: W,
): W {
  const w = withdrawn[language];
  return { ...of, headline: `${w.prefix}${of.headline}`, description: w.description };
}

/** The alert's words in one language. */
export function alertWords(language: AlertLanguage, text: AlertText): AlertWords {
  switch (text.key) {
    case 'incident_near_base':
      return incidentWords(language, text.values);
    case 'forecast':
      return forecastWords(language, text.values);
    case 'hotspot':
      return hotspotWords(language, text.values);
    case 'cancelled':
      return withdrawnWords(language, alertWords(language, text.values.of));
  }
}
