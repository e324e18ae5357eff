/** Messages du module des mandats : ses notifications (D6) ; les pages sont à venir. */
import type { mandatesEn } from './mandates.en.js';

export const mandatesFr: Record<keyof typeof mandatesEn, string> = {
  'notifications.kind.mandates.hq_overdue':
    '{mission} : le quartier général devait être opérationnel avant le {dueAt} (8 à 12 semaines après la résolution {resolution}).',
  'notifications.kind.mandates.measures_renewal_due':
    '{mission} : les mesures permanentes de démarrage de la résolution {resolution} prennent fin le {dueAt} : les renouveler ou les laisser expirer.',
  'notifications.kind.mandates.measures_expired':
    '{mission} : les mesures permanentes de démarrage de la résolution {resolution} ont expiré le {dueAt} sans décision.',
};
