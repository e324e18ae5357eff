/**
 * E2: alerts as OASIS CAP 1.2 documents, and CAP documents read back. Writing follows the schema's
 * element order and code lists (tested against the official XSD with xmllint). Reading refuses
 * what an attacker would use — a DOCTYPE, entity declarations or references beyond XML's five,
 * XInclude — before any parsing, then checks order, required elements, code lists, dates and the
 * CAP rules an XSD cannot state, naming the element at fault. Pure.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { DomainError } from '../../core/errors.js';
import {
  alertOrder,
  areaOrder,
  capDateTime,
  capNamespaces,
  categories,
  certainties,
  infoOrder,
  msgTypes,
  responseTypes,
  scopes,
  severities,
  statuses,
  urgencies,
} from './cap.taxonomy.js';

export interface CapArea {
  areaDesc: string;
  /** "lat,lon lat,lon …", the first point repeated last. */
  polygons?: string[];
  /** "lat,lon radiusKm". */
  circles?: string[];
  geocodes?: { valueName: string; value: string }[];
}

export interface CapInfo {
  language?: string;
  categories: (typeof categories)[number][];
  event: string;
  responseTypes?: (typeof responseTypes)[number][];
  urgency: (typeof urgencies)[number];
  severity: (typeof severities)[number];
  certainty: (typeof certainties)[number];
  effective?: string;
  onset?: string;
  expires?: string;
  senderName?: string;
  headline?: string;
  description?: string;
  instruction?: string;
  web?: string;
  parameters?: { valueName: string; value: string }[];
  areas?: CapArea[];
}

export interface CapAlert {
  identifier: string;
  sender: string;
  sent: string;
  status: (typeof statuses)[number];
  msgType: (typeof msgTypes)[number];
  source?: string;
  scope: (typeof scopes)[number];
  restriction?: string;
  addresses?: string;
  note?: string;
  /** "sender,identifier,sent" of earlier messages, space-separated. */
  references?: string;
  infos: CapInfo[];
}

/** An instant as CAP writes it: to the second, with the offset spelled out ("+00:00"). */
export function capTime(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

const pairs = (list: { valueName: string; value: string }[] | undefined) =>
  list?.map((p) => ({ valueName: p.valueName, value: p.value }));

/** The alert as a CAP 1.2 document. */
export function toCapXml(alert: CapAlert): string {
  const info = alert.infos.map((i) => ({
    language: i.language,
    category: i.categories,
    event: i.event,
    responseType: i.responseTypes,
    urgency: i.urgency,
    severity: i.severity,
    certainty: i.certainty,
    effective: i.effective,
    onset: i.onset,
    expires: i.expires,
    senderName: i.senderName,
    headline: i.headline,
    description: i.description,
    instruction: i.instruction,
    web: i.web,
    parameter: pairs(i.parameters),
    area: i.areas?.map((a) => ({
      areaDesc: a.areaDesc,
      polygon: a.polygons,
      circle: a.circles,
      geocode: pairs(a.geocodes),
    })),
  }));
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    alert: {
      '@_xmlns': capNamespaces['1.2'],
      identifier: alert.identifier,
      sender: alert.sender,
      sent: alert.sent,
      status: alert.status,
      msgType: alert.msgType,
      source: alert.source,
      scope: alert.scope,
      restriction: alert.restriction,
      addresses: alert.addresses,
      note: alert.note,
      references: alert.references,
      info,
    },
  };
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
  });
  return builder.build(document) as string;
}

const refused = (path: string, message: string) =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);

/**
 * Refuses, before parsing, what CAP never needs and an attacker would use: a DOCTYPE (external DTD,
 * entity declarations), entity references other than XML's five and numeric ones, XInclude.
 * Processing instructions (NOAA's stylesheets) are ignored, never followed.
 */
function assertNothingToExpand(xml: string): void {
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml))
    throw refused(
      'document',
      'a DOCTYPE or entity declaration is refused: CAP needs neither, and nothing is expanded',
    );
  if (/XInclude/.test(xml) || /<\w+:include\b/.test(xml))
    throw refused('document', 'XInclude is refused');
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)([^;\s]*);?/.exec(xml);
  if (entity) throw refused('document', `the entity reference "&${entity[1]};" is refused`);
}

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

/**
 * The prefix the document binds CAP's namespace to, if any: set by parseCap (synchronous) before it
 * reads the elements, so names are read without it.
 */
let capPrefix = '';
const nameOf = (n: Node) => {
  const raw = Object.keys(n).find((k) => k !== ':@')!;
  return capPrefix && raw.startsWith(capPrefix) ? raw.slice(capPrefix.length) : raw;
};
const rawNameOf = (n: Node) => Object.keys(n).find((k) => k !== ':@')!;
const childrenOf = (n: Node) => (n[rawNameOf(n)] as Node[]) ?? [];
function textOf(n: Node): string {
  const inner = childrenOf(n).find((c) => '#text' in c);
  return inner ? String(inner['#text']).trim() : '';
}

/** The children of an element by name, checking they come in the schema's order and are known. */
function sequence(parent: Node, order: readonly string[], path: string): Map<string, Node[]> {
  const result = new Map<string, Node[]>();
  let last = -1;
  for (const child of childrenOf(parent)) {
    const name = nameOf(child);
    if (name === '#text' || name === '#comment') continue;
    const at = order.indexOf(name);
    if (at < 0) throw refused(`${path}.${name}`, 'not an element of CAP here');
    if (at < last)
      throw refused(`${path}.${name}`, `out of order: comes before ${order[last]} in the schema`);
    last = at;
    result.set(name, [...(result.get(name) ?? []), child]);
  }
  return result;
}

/** The element's text when present and not empty; undefined otherwise (an empty optional element says nothing). */
function single(map: Map<string, Node[]>, name: string, path: string): string | undefined {
  const nodes = map.get(name) ?? [];
  if (nodes.length > 1) throw refused(`${path}.${name}`, 'appears more than once');
  const value = nodes.length === 0 ? '' : textOf(nodes[0]!);
  return value === '' ? undefined : value;
}

/** A required element's text. @throws validation_failed when it is missing or empty */
function required(map: Map<string, Node[]>, name: string, path: string): string {
  const value = single(map, name, path);
  if (value === undefined) throw refused(`${path}.${name}`, map.has(name) ? 'empty' : 'required');
  return value;
}

function coded<T extends string>(value: string | undefined, list: readonly T[], path: string): T {
  if (!list.includes(value as T))
    throw refused(path, `"${value ?? ''}" is not one of ${list.join(', ')}`);
  return value as T;
}

function date(value: string | undefined, path: string): string | undefined {
  if (value !== undefined && !capDateTime.test(value))
    throw refused(path, `"${value}" is not a CAP date-time (YYYY-MM-DDThh:mm:ss±hh:mm)`);
  return value;
}

const listOf = (map: Map<string, Node[]>, name: string) => (map.get(name) ?? []).map(textOf);
const pairsOf = (map: Map<string, Node[]>, name: string, path: string) =>
  (map.get(name) ?? []).map((n, k) => {
    const inner = sequence(n, ['valueName', 'value'], `${path}.${name}[${k}]`);
    return {
      valueName: required(inner, 'valueName', `${path}.${name}[${k}]`),
      value: textOf((inner.get('value') ?? [])[0] ?? ({ value: [] } as Node)),
    };
  });

function readArea(node: Node, path: string): CapArea {
  const a = sequence(node, areaOrder, path);
  return {
    areaDesc: required(a, 'areaDesc', path),
    polygons: listOf(a, 'polygon'),
    circles: listOf(a, 'circle'),
    geocodes: pairsOf(a, 'geocode', path),
  };
}

function readInfo(node: Node, path: string): CapInfo {
  const i = sequence(node, infoOrder, path);
  const categoryList = listOf(i, 'category');
  if (categoryList.length === 0) throw refused(`${path}.category`, 'required');
  const opt = (name: string) => single(i, name, path);
  return {
    language: opt('language'),
    categories: categoryList.map((c, k) => coded(c, categories, `${path}.category[${k}]`)),
    event: required(i, 'event', path),
    responseTypes: listOf(i, 'responseType').map((r, k) =>
      coded(r, responseTypes, `${path}.responseType[${k}]`),
    ),
    urgency: coded(required(i, 'urgency', path), urgencies, `${path}.urgency`),
    severity: coded(required(i, 'severity', path), severities, `${path}.severity`),
    certainty: coded(required(i, 'certainty', path), certainties, `${path}.certainty`),
    effective: date(opt('effective'), `${path}.effective`),
    onset: date(opt('onset'), `${path}.onset`),
    expires: date(opt('expires'), `${path}.expires`),
    senderName: opt('senderName'),
    headline: opt('headline'),
    description: opt('description'),
    instruction: opt('instruction'),
    web: opt('web'),
    parameters: pairsOf(i, 'parameter', path),
    areas: (i.get('area') ?? []).map((a, k) => readArea(a, `${path}.area[${k}]`)),
  };
}

/** The CAP rules an XSD cannot state (CAP 1.2, §3.2.1). */
function assertCapRules(alert: CapAlert): void {
  if (alert.scope === 'Restricted' && !alert.restriction)
    throw refused('alert.restriction', 'required when the scope is Restricted');
  if (alert.scope === 'Private' && !alert.addresses)
    throw refused('alert.addresses', 'required when the scope is Private');
  if (['Update', 'Cancel', 'Ack', 'Error'].includes(alert.msgType) && !alert.references)
    throw refused('alert.references', `required for a message of type ${alert.msgType}`);
}

/**
 * Reads a CAP 1.2 (or 1.1) document. @throws validation_failed naming the element at fault; a
 * DOCTYPE, entity or XInclude refused before any parsing
 */
export function parseCap(xml: string): { version: '1.2' | '1.1'; alert: CapAlert } {
  assertNothingToExpand(xml);
  capPrefix = '';
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    processEntities: true,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    trimValues: true,
    commentPropName: '#comment',
    parseTagValue: false,
  });
  let parsed: Node[];
  try {
    parsed = parser.parse(xml) as Node[];
  } catch (error) {
    throw refused(
      'document',
      `not well-formed XML (${error instanceof Error ? error.message : 'unreadable'})`,
    );
  }
  const root = parsed.find((n) => /^(\w+:)?alert$/.test(rawNameOf(n)));
  if (!root) throw refused('alert', 'the document is not a CAP alert');
  // The CAP namespace as default or bound to a prefix (<cap:alert xmlns:cap="…">).
  const prefix = /^(\w+):/.exec(rawNameOf(root))?.[1];
  const ns = root[':@']?.[prefix ? `@_xmlns:${prefix}` : '@_xmlns'];
  const version = (Object.entries(capNamespaces).find(([, uri]) => uri === ns)?.[0] ?? null) as
    '1.2' | '1.1' | null;
  if (!version) throw refused('alert', `namespace "${ns ?? ''}" is not CAP 1.2 or 1.1`);
  capPrefix = prefix ? `${prefix}:` : '';
  const a = sequence(root, alertOrder, 'alert');
  const opt = (name: string) => single(a, name, 'alert');
  const alert: CapAlert = {
    identifier: required(a, 'identifier', 'alert'),
    sender: required(a, 'sender', 'alert'),
    sent: date(required(a, 'sent', 'alert'), 'alert.sent')!,
    status: coded(required(a, 'status', 'alert'), statuses, 'alert.status'),
    msgType: coded(required(a, 'msgType', 'alert'), msgTypes, 'alert.msgType'),
    source: opt('source'),
    scope: coded(required(a, 'scope', 'alert'), scopes, 'alert.scope'),
    restriction: opt('restriction'),
    addresses: opt('addresses'),
    note: opt('note'),
    references: opt('references'),
    infos: (a.get('info') ?? []).map((n, k) => readInfo(n, `alert.info[${k}]`)),
  };
  assertCapRules(alert);
  return { version, alert };
}
