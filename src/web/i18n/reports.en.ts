/** English messages of the reports module: the periodic report to the Council. */
export const reportsEn = {
  'nav.reports': 'Report to the Council',
  'reports.title': 'Periodic report to the Security Council',
  'reports.intro':
    'The Secretary-General’s report on the mission, written from the record: political and security developments, protection of civilians, mandate implementation, capabilities, conduct and discipline, safety of personnel, perception, environment (¶59, ¶122). Every figure is the one the modules give; compartmented incidents are only counted. The head of mission writes the observations and signs; a signed report is frozen and changes only as a new edition.',
  'reports.none':
    'No report yet for this mission. A planner or the head of mission opens a draft for a period that has happened (the form above); the demo mission has the draft of its report for 2022.',
  'reports.new': 'Open a draft',
  'reports.from': 'From',
  'reports.to': 'To',
  'reports.period': 'Period',
  'reports.edition': 'Edition',
  'reports.editionOf': 'edition {edition}',
  'reports.status': 'Status',
  'reports.status.draft': 'draft',
  'reports.status.signed': 'signed',
  'reports.signedBy': 'Signed by',
  'reports.signedOn': 'Signed by {who} on {at}; frozen.',
  'reports.draftNote':
    'A draft: its figures are read from the record each time it is shown, until it is signed.',
  'reports.pdf': 'PDF',
  'reports.observations': 'Observations of the head of mission',
  'reports.save': 'Save the observations',
  'reports.comments': 'Comments',
  'reports.noComments': 'No comment yet.',
  'reports.comment': 'Comment',
  'reports.sign': 'Sign the report',
  'reports.signConfirm': 'I have read the report; its content is frozen when I sign.',
  'reports.newEdition': 'Open a new edition',
  'reports.preview': 'Preview of the report',
} as const;
