/**
 * An alert in the reader's language: written from its text (the server's own templates,
 * alert-texts.taxonomy.ts); an alert raised before texts were kept has its English only.
 */
import type { Alert } from '../../../modules/early-warning/alert.schema.js';
import {
  alertWords,
  type AlertWords,
} from '../../../modules/early-warning/alert-texts.taxonomy.js';
import type { Locale } from '../../i18n/i18n.js';

export function alertIn(locale: Locale, alert: Alert): Omit<AlertWords, 'areaDesc'> {
  if (!alert.text)
    return { event: alert.event, headline: alert.headline, description: alert.description };
  return alertWords(locale, alert.text);
}
