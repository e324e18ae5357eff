/** Colours per incident category: one hue family per group (UN, armed violence, children, other). */
import { incidentStatuses } from '../../../modules/incidents/incident.schema.js';
import {
  incidentCategories,
  type IncidentCategory,
} from '../../../modules/incidents/incident.taxonomy.js';

export type Category = IncidentCategory;

export const categoryColours: Record<Category, string> = {
  attack_on_un_personnel: '#0b3d91',
  attack_on_un_premises: '#3f6fd1',
  armed_clash: '#d9480f',
  violence_against_civilians: '#a61e4d',
  conflict_related_sexual_violence: '#862e9c',
  children_killing_maiming: '#087f5b',
  children_recruitment_use: '#2b8a3e',
  children_sexual_violence: '#5c940d',
  children_abduction: '#0c8599',
  children_attacks_schools_hospitals: '#1098ad',
  children_denial_humanitarian_access: '#66a80f',
  explosive_device: '#7f4f24',
  demonstration: '#e8a317',
  crime: '#6c757d',
  hazard: '#4c6ef5',
  other: '#495057',
};

/** The server's lists, in its order. */
export const categories = incidentCategories;
export const statuses = incidentStatuses;
