/**
 * The kinds of a mission's bases in English, French and Arabic: shown by the web app and written
 * into alerts (early-warning's CAP documents, one `<info>` per language). Public taxonomy.
 */
import type { LabelLanguage } from '../incidents/incident-labels.taxonomy.js';
import type { baseKinds } from './base.schema.js';

type BaseKind = (typeof baseKinds)[number];

export const baseKindLabels: Record<LabelLanguage, Record<BaseKind, string>> = {
  en: {
    headquarters: 'mission headquarters',
    sector_headquarters: 'sector headquarters',
    company_base: 'company operating base',
    team_site: 'team site',
    police: 'police',
    other: 'other',
  },
  fr: {
    headquarters: 'quartier général de la mission',
    sector_headquarters: 'quartier général de secteur',
    company_base: 'base opérationnelle de compagnie',
    team_site: 'site d’équipe',
    police: 'police',
    other: 'autre',
  },
  ar: {
    headquarters: 'مقر البعثة',
    sector_headquarters: 'مقر القطاع',
    // السرية: the military company (سرية alone also reads "secret").
    company_base: 'قاعدة عمليات السرية',
    team_site: 'موقع فريق',
    police: 'شرطة',
    other: 'أخرى',
  },
};

/** A base kind's label; an unknown kind is shown as its code. */
export const baseKindLabel = (language: LabelLanguage, kind: string): string =>
  baseKindLabels[language][kind as BaseKind] ?? kind.replace(/_/g, ' ');

/** The labels as the web app's message keys ("alerts.baseKind.team_site"). */
export function baseKindMessages(language: LabelLanguage): {
  [K in BaseKind as `alerts.baseKind.${K}`]: string;
} {
  return Object.fromEntries(
    Object.entries(baseKindLabels[language]).map(([k, v]) => [`alerts.baseKind.${k}`, v]),
  ) as { [K in BaseKind as `alerts.baseKind.${K}`]: string };
}
