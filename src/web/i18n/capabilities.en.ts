/** English messages of the capabilities pages (merged into en.ts). */
export const capabilitiesEn = {
  'nav.capabilities': 'Uniformed personnel',
  'capabilities.title': 'Uniformed personnel: contributions and strength',
  'capabilities.intro':
    'Troops, police and experts on mission each State contributed, month by month, with the share of women; and each mission’s authorised against its deployed strength. From the UN’s monthly reports as imported (peaceops import contributions, import mission-strength).',
  'capabilities.byContributor': 'By contributing State',
  'capabilities.byMission': 'By mission',
  'capabilities.contributor': 'Contributing State',
  'capabilities.mission': 'Mission',
  'capabilities.noFigures': 'No figures for this choice.',
  'capabilities.personnelOf': 'Uniformed personnel of {name}, per month',
  'capabilities.womenOf': 'Share of women among them: {name}',
  'capabilities.troops': 'Troops',
  'capabilities.police': 'Police (individual and formed units)',
  'capabilities.experts': 'Experts on mission',
  'capabilities.shareOfWomen': 'Women',
  'capabilities.csv': 'Download these months as CSV',
  'capabilities.strengthOf': '{name}: authorised and deployed uniformed strength',
  'capabilities.authorised': 'Authorised',
  'capabilities.deployed': 'Deployed',
  'capabilities.gap': 'Gap (authorised minus deployed)',
} as const;
