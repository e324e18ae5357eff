/**
 * Incident categories in English, French and Arabic: shown by the web app and printed in the
 * periodic report (reports module). Public taxonomy.
 */
import type { IncidentCategory } from './incident.taxonomy.js';

export type LabelLanguage = 'en' | 'fr' | 'ar';

export const incidentCategoryLabels: Record<LabelLanguage, Record<IncidentCategory, string>> = {
  en: {
    attack_on_un_personnel: 'Attack on UN personnel',
    attack_on_un_premises: 'Attack on UN premises',
    armed_clash: 'Armed clash',
    violence_against_civilians: 'Violence against civilians',
    conflict_related_sexual_violence: 'Conflict-related sexual violence',
    children_killing_maiming: 'Children: killing and maiming',
    children_recruitment_use: 'Children: recruitment and use',
    children_sexual_violence: 'Children: sexual violence',
    children_abduction: 'Children: abduction',
    children_attacks_schools_hospitals: 'Attacks on schools or hospitals',
    children_denial_humanitarian_access: 'Denial of humanitarian access',
    explosive_device: 'Explosive device',
    demonstration: 'Demonstration or unrest',
    crime: 'Crime',
    hazard: 'Hazard',
    other: 'Other',
  },
  fr: {
    attack_on_un_personnel: 'Attaque contre le personnel de l’ONU',
    attack_on_un_premises: 'Attaque contre des locaux de l’ONU',
    armed_clash: 'Affrontement armé',
    violence_against_civilians: 'Violence contre des civils',
    conflict_related_sexual_violence: 'Violence sexuelle liée aux conflits',
    children_killing_maiming: 'Enfants : meurtres et mutilations',
    children_recruitment_use: 'Enfants : recrutement et utilisation',
    children_sexual_violence: 'Enfants : violences sexuelles',
    children_abduction: 'Enfants : enlèvements',
    children_attacks_schools_hospitals: 'Attaques contre des écoles ou des hôpitaux',
    children_denial_humanitarian_access: 'Refus d’accès humanitaire',
    explosive_device: 'Engin explosif',
    demonstration: 'Manifestation ou troubles',
    crime: 'Criminalité',
    hazard: 'Catastrophe',
    other: 'Autre',
  },
  ar: {
    attack_on_un_personnel: 'هجوم على موظفي الأمم المتحدة',
    attack_on_un_premises: 'هجوم على مباني الأمم المتحدة',
    armed_clash: 'اشتباك مسلح',
    violence_against_civilians: 'عنف ضد المدنيين',
    conflict_related_sexual_violence: 'عنف جنسي مرتبط بالنزاع',
    children_killing_maiming: 'الأطفال: القتل والتشويه',
    children_recruitment_use: 'الأطفال: التجنيد والاستخدام',
    children_sexual_violence: 'الأطفال: العنف الجنسي',
    children_abduction: 'الأطفال: الاختطاف',
    children_attacks_schools_hospitals: 'هجمات على المدارس أو المستشفيات',
    children_denial_humanitarian_access: 'منع وصول المساعدات الإنسانية',
    explosive_device: 'عبوة ناسفة',
    demonstration: 'مظاهرة أو اضطرابات',
    crime: 'جريمة',
    hazard: 'كارثة',
    other: 'أخرى',
  },
};
/** The labels as message keys ("category.armed_clash"), for the web app's catalogs. */
export function categoryMessages(language: LabelLanguage): {
  [K in IncidentCategory as `category.${K}`]: string;
} {
  return Object.fromEntries(
    Object.entries(incidentCategoryLabels[language]).map(([k, v]) => [`category.${k}`, v]),
  ) as { [K in IncidentCategory as `category.${K}`]: string };
}
