/** The early-warning module's rules, for the rules register (core/rule-entry.ts). */
import type { RuleEntry } from '../../core/rule-entry.js';

export const earlyWarningRules: RuleEntry[] = [
  {
    id: 'E1',
    module: 'early-warning',
    paragraphs: ['¶17', '¶18', '¶19'],
    title: 'Forecasts of violence, evaluated out of sample against honest baselines',
    text: 'Country-month probabilities of state-based, non-state and one-sided violence (against civilians) learned from the event history, evaluated by rolling origin on real data against persistence and the historical rate (Brier score, AUC, calibration), the evaluation published with every run; per 0.5° cell, a mission’s own forecasts learned from its incidents that every reader sees, scored against per-cell baselines, each saying why; sub-national hotspots tested per cell with false-discovery control.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/early-warning/forecast.model.test.ts',
      'src/modules/early-warning/forecast.service.test.ts',
      'src/modules/early-warning/grid-forecast.service.test.ts',
      'src/modules/early-warning/hotspot.rules.test.ts',
    ],
  },
  {
    id: 'E2',
    module: 'early-warning',
    paragraphs: ['¶19', '¶34'],
    title: 'Alerts when a threshold is crossed, published as CAP 1.2',
    text: 'Alert rules over incidents near bases, forecasts and hotspots raise alerts, notify the mission’s analysts and head of mission, and publish as OASIS CAP 1.2 valid against the official XSD; a discarded report cancels its alert.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/early-warning/alert.service.test.ts',
      'src/modules/early-warning/cap.test.ts',
    ],
  },
  {
    id: 'E3',
    module: 'early-warning',
    paragraphs: ['¶19', '¶20'],
    title: 'High-risk situations reviewed on time',
    text: 'Each high-risk situation has an owner, evidence, a decision and a next review; an overdue review reminds its owner until it is held.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/early-warning/high-risk.rules.test.ts',
      'src/modules/early-warning/high-risk.service.test.ts',
    ],
  },
  {
    id: 'E4',
    module: 'early-warning',
    paragraphs: ['¶20'],
    title: 'Failure to act: inquiry, finding, notification',
    text: 'An incident where a mission, unit or police contingent failed to act opens an inquiry; its finding is recorded and, when it found a failure, the Council and the Member State are notified; the finding shows on the unit’s record.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/early-warning/failure-to-act.rules.test.ts',
      'src/modules/early-warning/failure-to-act.service.test.ts',
    ],
  },
];
