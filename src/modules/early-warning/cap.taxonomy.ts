/** OASIS CAP 1.2 (Common Alerting Protocol): the element order and code lists of its schema. */

export const capNamespaces = {
  '1.2': 'urn:oasis:names:tc:emergency:cap:1.2',
  '1.1': 'urn:oasis:names:tc:emergency:cap:1.1',
} as const;

export const statuses = ['Actual', 'Exercise', 'System', 'Test', 'Draft'] as const;
export const msgTypes = ['Alert', 'Update', 'Cancel', 'Ack', 'Error'] as const;
export const scopes = ['Public', 'Restricted', 'Private'] as const;
export const categories = [
  'Geo',
  'Met',
  'Safety',
  'Security',
  'Rescue',
  'Fire',
  'Health',
  'Env',
  'Transport',
  'Infra',
  'CBRNE',
  'Other',
] as const;
export const responseTypes = [
  'Shelter',
  'Evacuate',
  'Prepare',
  'Execute',
  'Avoid',
  'Monitor',
  'Assess',
  'AllClear',
  'None',
] as const;
export const urgencies = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'] as const;
export const severities = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] as const;
export const certainties = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'] as const;

/** The schema's sequences: each element's children in the order they must come. */
export const alertOrder = [
  'identifier',
  'sender',
  'sent',
  'status',
  'msgType',
  'source',
  'scope',
  'restriction',
  'addresses',
  'code',
  'note',
  'references',
  'incidents',
  'info',
  'Signature',
] as const;
export const infoOrder = [
  'language',
  'category',
  'event',
  'responseType',
  'urgency',
  'severity',
  'certainty',
  'audience',
  'eventCode',
  'effective',
  'onset',
  'expires',
  'senderName',
  'headline',
  'description',
  'instruction',
  'web',
  'contact',
  'parameter',
  'resource',
  'area',
] as const;
export const areaOrder = [
  'areaDesc',
  'polygon',
  'circle',
  'geocode',
  'altitude',
  'ceiling',
] as const;

/** CAP's date-time: seconds and an explicit offset, never "Z". */
export const capDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[-+]\d{2}:\d{2}$/;
