/**
 * E2's alerts as other systems read them: one alert as an OASIS CAP 1.2 document (scope
 * Restricted: for the mission and those it shares with) and the alerts in view as an Atom feed
 * whose entries link to their CAP documents. early-warning:read; a bearer token serves machines.
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { RequestContext } from '../../db/context.js';
import { getMission } from '../missions/mission.service.js';
import { capTime, toCapXml, type CapAlert, type CapInfo } from './cap.js';
import { alertLanguages, alertWords, capLanguageOf } from './alert-texts.taxonomy.js';
import type { Alert } from './alert.schema.js';
import { getAlert, listAlerts } from './alert.service.js';

export const capRestriction =
  'For the United Nations mission and the partners it shares early warning with.';

const senderOf = (mission: { acronym: string }) => `peaceops.${mission.acronym.toLowerCase()}`;

/**
 * One `<info>` per language, English first (CAP readers that show one take the first): written
 * from the alert's text (alert-texts.taxonomy.ts). An alert raised before texts were kept has its
 * English only.
 */
function infosOf(alert: Alert, mission: { acronym: string }): CapInfo[] {
  const common = {
    categories: ['Security' as const],
    urgency: alert.urgency,
    severity: alert.severity,
    certainty: alert.certainty,
    ...(alert.onsetAt ? { onset: capTime(new Date(alert.onsetAt)) } : {}),
    senderName: `peaceops, ${mission.acronym}`,
    parameters: [{ valueName: 'peaceops-rule', value: alert.ruleName }],
  };
  const { text } = alert;
  // Before texts were kept: the English columns as they were written.
  const languages = text ? alertLanguages : (['en'] as const);
  return languages.map((language) => {
    const words = text ? alertWords(language, text) : { ...alert, areaDesc: alert.area.areaDesc };
    return {
      language: capLanguageOf[language],
      ...common,
      event: words.event,
      headline: words.headline,
      description: words.description,
      areas: [{ ...alert.area, areaDesc: words.areaDesc }],
    };
  });
}

/** The alert as CAP 1.2 (valid against the official schema); a cancellation references the alert it cancels. */
export function capOf(
  alert: Alert,
  mission: { acronym: string },
  cancelled: Alert | null = null,
): CapAlert {
  return {
    identifier: alert.id,
    sender: senderOf(mission),
    sent: capTime(new Date(alert.sentAt)),
    status: 'Actual',
    msgType: alert.msgType,
    scope: 'Restricted',
    restriction: capRestriction,
    ...(cancelled
      ? {
          references: `${senderOf(mission)},${cancelled.id},${capTime(new Date(cancelled.sentAt))}`,
        }
      : {}),
    infos: infosOf(alert, mission),
  };
}

/** @throws forbidden, not_found */
export async function alertCapXml(ctx: RequestContext, id: string): Promise<string> {
  const alert = await getAlert(ctx, id);
  const mission = await getMission(ctx, alert.missionId);
  const cancelled =
    alert.msgType === 'Cancel' && alert.references ? await getAlert(ctx, alert.references) : null;
  return toCapXml(capOf(alert, mission, cancelled));
}

/** The alerts in view as Atom 1.0, newest first; `base` is the server's address. @throws forbidden */
export async function alertFeed(ctx: RequestContext, base: string): Promise<string> {
  const alerts = await listAlerts(ctx, { limit: 200 });
  const updated = alerts[0]?.sentAt ?? ctx.clock.now().toISOString();
  const feed = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      id: `${base}/api/alerts/feed`,
      title: 'peaceops alerts',
      updated,
      link: { '@_rel': 'self', '@_href': `${base}/api/alerts/feed` },
      author: { name: 'peaceops' },
      entry: alerts.map((a) => ({
        id: `urn:uuid:${a.id}`,
        title: a.headline,
        updated: a.sentAt,
        category: { '@_term': a.severity },
        link: {
          '@_rel': 'alternate',
          '@_type': 'application/cap+xml',
          '@_href': `${base}/api/alerts/${a.id}.cap`,
        },
        summary: a.description,
      })),
    },
  };
  return new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
  }).build(feed) as string;
}
