/**
 * The e-mail that tells a person of an alert (issue 23), in their language: English, French or
 * Arabic from the alert's text (alert-texts.taxonomy.ts), its severity translated. Pure.
 */
import {
  alertLanguages,
  alertWords,
  type AlertLanguage,
  type AlertText,
} from './alert-texts.taxonomy.js';

const severityWords: Record<AlertLanguage, Record<string, string>> = {
  en: {
    Extreme: 'Extreme',
    Severe: 'Severe',
    Moderate: 'Moderate',
    Minor: 'Minor',
    Unknown: 'Severity unknown',
  },
  fr: {
    Extreme: 'Extrême',
    Severe: 'Grave',
    Moderate: 'Modérée',
    Minor: 'Mineure',
    Unknown: 'Gravité inconnue',
  },
  ar: {
    Extreme: 'قصوى',
    Severe: 'شديدة',
    Moderate: 'متوسطة',
    Minor: 'طفيفة',
    Unknown: 'شدة غير معروفة',
  },
};

/** The language of a person's locale, English when it is none of the three. */
export const alertLanguageOf = (locale: string): AlertLanguage =>
  (alertLanguages as readonly string[]).includes(locale) ? (locale as AlertLanguage) : 'en';

/**
 * The e-mail telling a person of an alert, in their language: its words from the alert's text
 * (an alert raised before texts were kept: the English it was written in), its severity translated.
 */
export function alertMail(
  l: AlertLanguage,
  alert: { severity: string; headline: string; description: string; text: AlertText | null },
): { subject: string; body: string } {
  const words = alert.text
    ? alertWords(l, alert.text)
    : { headline: alert.headline, description: alert.description };
  const severity = severityWords[l][alert.severity] ?? alert.severity;
  if (l === 'fr')
    return {
      subject: `Alerte (${severity}) : ${words.headline}`,
      body: `${words.headline}. ${words.description} Ouvrez peaceops pour y donner suite.`,
    };
  if (l === 'ar')
    return {
      subject: `إنذار (${severity}): ${words.headline}`,
      body: `${words.headline}. ${words.description} افتح peaceops لاتخاذ الإجراء اللازم.`,
    };
  return {
    subject: `Alert (${severity}): ${words.headline}`,
    body: `${words.headline}. ${words.description} Open peaceops to act on it.`,
  };
}
