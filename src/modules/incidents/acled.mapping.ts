/**
 * ACLED event (codebook columns) → incident (I2). Pure. Documented in docs/incident-taxonomy.md:
 * the category comes from event_type / sub_event_type, with civilian targeting and attacks on UN
 * forces (a UN mission named as actor 2) taking precedence; ACLED's own codes are kept as the
 * origin's attributes. ACLED data is never shipped with the product (its terms restrict it).
 */
import type { ErrorDetail } from '../../core/errors.js';
import { CreateIncidentInput } from './incident.schema.js';
import type { IncidentCategory } from './incident.taxonomy.js';
import { RowReader, type Cells } from '../../tabular/row-reader.js';
import type { MappedRow } from './ucdp.mapping.js';

export const acledRequiredColumns = [
  'event_id_cnty',
  'event_date',
  'event_type',
  'latitude',
  'longitude',
  'fatalities',
] as const;

const keptAttributes = [
  'event_type',
  'sub_event_type',
  'disorder_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'country',
  'admin2',
  'admin3',
  'time_precision',
  'geo_precision',
  'source_scale',
  'fatalities',
  'tags',
  'timestamp',
] as const;

/** Peace operations as ACLED names them ("MINUSCA: United Nations Multidimensional ...", "UN: United Nations"). */
const unForces =
  /^(UN|MINUSCA|MONUSCO|MINUSMA|UNMISS|UNISFA|UNIFIL|UNAMID|UNDOF|UNFICYP|MINURSO|UNMIK|UNTSO|UNMOGIP|MINUSTAH|UNOCI|UNMIL|AMISOM|ATMIS)\b|United Nations/i;

const violentTypes = new Set([
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
]);

export const acledCategory = ({
  eventType,
  subEventType,
  civilianTargeting,
  unTargeted,
}: {
  eventType: string;
  subEventType: string;
  civilianTargeting: boolean;
  unTargeted: boolean;
}): IncidentCategory => {
  if (unTargeted && violentTypes.has(eventType)) return 'attack_on_un_personnel';
  if (subEventType === 'Sexual violence') return 'conflict_related_sexual_violence';
  if (eventType === 'Violence against civilians' || civilianTargeting)
    return 'violence_against_civilians';
  if (subEventType === 'Excessive force against protesters') return 'violence_against_civilians';
  if (eventType === 'Battles') return 'armed_clash';
  if (eventType === 'Explosions/Remote violence')
    return subEventType === 'Remote explosive/landmine/IED' || subEventType === 'Suicide bomb'
      ? 'explosive_device'
      : 'armed_clash';
  if (eventType === 'Protests' || eventType === 'Riots') return 'demonstration';
  return 'other';
};

const timePrecision = { '1': 'day', '2': 'week', '3': 'month' } as const;
const geoPrecision = { '1': 'exact', '2': 'near', '3': 'admin2' } as const;

export function mapAcledEvent(cells: Cells): MappedRow | ErrorDetail[] {
  const r = new RowReader(cells);
  const id = r.required('event_id_cnty');
  const when = r.date('event_date');
  const eventType = r.required('event_type');
  const latitude = r.coordinate('latitude', 90);
  const longitude = r.coordinate('longitude', 180);
  const fatalities = r.count('fatalities');
  const timeCode = r.oneOf('time_precision', ['1', '2', '3'], '1');
  const geoCode = r.oneOf('geo_precision', ['1', '2', '3'], '1');
  if (r.problems.length > 0) return r.problems;

  const subEventType = r.text('sub_event_type');
  const actor1 = r.text('actor1', 200);
  const actor2 = r.text('actor2', 200);
  const civilianTargeting = r.text('civilian_targeting') !== '';
  const unTargeted = unForces.test(actor2) || unForces.test(r.text('assoc_actor_2', 2000));
  const category = acledCategory({ eventType, subEventType, civilianTargeting, unTargeted });
  const againstSomeone =
    category !== 'armed_clash' && category !== 'demonstration' && category !== 'other';
  const civiliansKilled =
    category === 'violence_against_civilians' || category === 'conflict_related_sexual_violence';
  const attributes = Object.fromEntries(
    keptAttributes.filter((c) => cells[c] !== undefined).map((c) => [c, r.text(c, 2000)]),
  );
  const input = CreateIncidentInput.parse({
    occurredAt: when,
    timePrecision: timePrecision[timeCode],
    location: {
      latitude,
      longitude,
      precision: geoPrecision[geoCode],
      adminArea: r.text('admin1', 200) || null,
      placeName: r.text('location', 200) || null,
    },
    category,
    actors: [
      ...(actor1 ? [{ name: actor1, role: againstSomeone ? 'perpetrator' : 'other' }] : []),
      ...(actor2 ? [{ name: actor2, role: againstSomeone ? 'target' : 'other' }] : []),
    ],
    casualties: {
      civilians: { killed: civiliansKilled ? fatalities : 0, injured: 0, abducted: 0 },
      unattributedKilled: civiliansKilled ? 0 : fatalities,
    },
    // ACLED codes from public reports after review: usually reliable, information probably true.
    sources: [{ description: r.text('source') || 'ACLED', reliability: 'B', credibility: 2 }],
    narrative: [`ACLED event ${id}.`, r.text('notes', 19_000)].filter(Boolean).join(' '),
  });
  return { input, origin: { system: 'acled', sourceId: id, attributes } };
}
