/**
 * D7 (¶128–129): the environment of a mission's sites. Pure.
 *
 * A site opens only with an environmental impact assessment done on or before its opening day, and
 * is assessed again regularly while it is open: every 12 months (the product's reading of "regularly
 * during the mission's lifetime"), due past that. Each site has a baseline and a monitoring
 * benchmark per measure — water, waste, energy and fuel, each a consumption to bring down — and
 * monthly readings judged as D2 judges an indicator (on track, at risk, off track).
 */
import { DomainError } from '../../core/errors.js';
import { addMonths } from './startup.rules.js';

export const environmentMeasures = ['water', 'waste', 'energy', 'fuel'] as const;
export type EnvironmentMeasure = (typeof environmentMeasures)[number];

/** The unit each measure is read in, unless the mission says otherwise. */
export const defaultUnits: Readonly<Record<EnvironmentMeasure, string>> = {
  water: 'litres per person per day',
  waste: 'kg per person per day',
  energy: 'kWh per person per day',
  fuel: 'litres per day',
};

export const siteStatuses = ['planned', 'open', 'closed'] as const;
export type SiteStatus = (typeof siteStatuses)[number];

/** Months between environmental impact assessments of an open site. */
export const reassessEveryMonths = 12;

/**
 * D7: may the site move to `to` on `day`? Planned → open (with an assessment on or before that
 * day) → closed (not before it opened).
 * @throws invalid_state naming what is missing
 */
export function assertSiteStep(input: {
  status: SiteStatus;
  to: Exclude<SiteStatus, 'planned'>;
  day: string;
  openedOn: string | null;
  assessedOn: readonly string[];
}): void {
  const { status, to, day } = input;
  if (to === 'open') {
    if (status !== 'planned')
      throw new DomainError('invalid_state', `the site is ${status}: only a planned site opens`);
    if (!input.assessedOn.some((d) => d <= day))
      throw new DomainError(
        'invalid_state',
        `a site opens only after its environmental impact assessment (¶129): none is recorded on or before ${day}`,
      );
    return;
  }
  if (status !== 'open')
    throw new DomainError('invalid_state', `the site is ${status}: only an open site closes`);
  if (input.openedOn && day < input.openedOn)
    throw new DomainError('invalid_state', `it opened on ${input.openedOn}`);
}

/** D7: when an open site's next assessment is due, and whether it is overdue. */
export function reassessment(
  site: { status: SiteStatus; lastAssessedOn: string | null },
  today: string,
): { dueOn: string | null; overdue: boolean } {
  if (site.status !== 'open' || !site.lastAssessedOn) return { dueOn: null, overdue: false };
  const dueOn = addMonths(site.lastAssessedOn, reassessEveryMonths);
  return { dueOn, overdue: today > dueOn };
}
