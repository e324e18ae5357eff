/** English messages of the medical pages: fatalities (M4). */
export const medicalEn = {
  'nav.fatalities': 'Fatalities',
  'fatalities.title': 'Fatalities in peace operations',
  'fatalities.intro':
    'Every death of peace operation personnel on record, in the layout of the UN’s public data: by year, type of incident, category of personnel and mission. These are public facts: the same counts are open to anyone at /api/public/medical/fatalities/statistics.csv.',
  'fatalities.empty':
    'No fatality is on record yet. The UN’s public file loads with: peaceops import fatalities DPPADPOSS-FATALITIES.csv',
  'fatalities.total': '{count} fatalities on record',
  'fatalities.byYear': 'By year',
  'fatalities.byType': 'By type of incident',
  'fatalities.byPersonnel': 'By category of personnel',
  'fatalities.byMission': 'The 15 missions with the most',
  'fatalities.csv': 'Download the counts by year and mission (CSV)',
  'fatalities.type.malicious_act': 'Malicious act',
  'fatalities.type.accident': 'Accident',
  'fatalities.type.illness': 'Illness',
  'fatalities.type.self_inflicted': 'Self-inflicted',
  'fatalities.type.to_be_determined': 'To be determined',
  'fatalities.type.unknown': 'Unknown',
  'fatalities.personnel.military': 'Military',
  'fatalities.personnel.police': 'Police',
  'fatalities.personnel.military_observer': 'Military observers',
  'fatalities.personnel.international_civilian': 'International civilians',
  'fatalities.personnel.local_civilian': 'Local staff',
  'fatalities.personnel.other': 'Other',
} as const;
