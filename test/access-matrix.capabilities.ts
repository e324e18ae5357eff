/** The access matrix's entries for the capabilities module (issue 5). */
import type { Caller, Spec } from './access-matrix.support.js';

const capabilityReaders: Caller[] = ['force_generation_officer', 'staff_officer'];

/** Issue 5's first routes: uniformed contributions and mission strength, read with capabilities:read. */
export const capabilitiesMatrix: Record<string, Spec> = {
  'GET /api/capabilities/contributors': {
    allowed: capabilityReaders,
    success: 200,
    call: (e) => e.agent.get('/api/capabilities/contributors'),
  },
  'GET /api/capabilities/contributions': {
    allowed: capabilityReaders,
    success: 200,
    call: (e) => e.agent.get('/api/capabilities/contributions?contributor=XYZ'),
  },
  'GET /api/capabilities/contributions.csv': {
    allowed: capabilityReaders,
    success: 200,
    call: (e) => e.agent.get('/api/capabilities/contributions.csv?contributor=XYZ'),
  },
  'GET /api/capabilities/mission-strength': {
    allowed: capabilityReaders,
    success: 200,
    call: (e) => e.agent.get(`/api/capabilities/mission-strength?mission=${e.w.missionA.acronym}`),
  },
};
