/**
 * What a grid forecast says moved it (issue 23): the features of a cell at a month, by name, in
 * grid.panel.ts's order. Public taxonomy: the API's schema and the web's labels use it.
 */
export const gridFeatureNames = [
  'events_now',
  'events_3m',
  'events_12m',
  'months_with_events_12m',
  'months_with_events_36m',
  'events_odds_36m',
  'months_with_5_killed_12m',
  'killed_12m',
  'recent_event',
  'event_in_2y',
  'recent_5_killed',
  'neighbours_events_3m',
  'neighbours_months_with_events_12m',
  'neighbours_killed_12m',
  'area_events_3m',
] as const;
export type GridFeature = (typeof gridFeatureNames)[number];
