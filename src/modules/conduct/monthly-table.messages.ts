/**
 * The monthly conduct table's words in English, French and Arabic. Arabic text avoids brackets:
 * the PDF lays Arabic out word by word, and a bracket glued to a word would not be mirrored.
 */
import type { investigatingEntities, personnelCategories } from './case.taxonomy.js';

export const tableLanguages = ['en', 'fr', 'ar'] as const;
export type TableLanguage = (typeof tableLanguages)[number];

export interface TableMessages {
  title: string;
  subtitle: string;
  receivedInMonth: string;
  byCategory: string;
  otherMissions: string;
  withheld: string;
  byNationality: string;
  byPersonnel: string;
  investigations: string;
  mission: string;
  total: string;
  categoryLabel: string;
  nationality: string;
  personnel: string;
  allegations: string;
  entity: string;
  completed: string;
  withinSixMonths: string;
  share: string;
  running: string;
  none: string;
  suppression: string;
  source: string;
  footer: string;
  page: string;
  category: Record<'sexual_exploitation' | 'sexual_abuse', string>;
  entityName: Record<(typeof investigatingEntities)[number], string>;
  personnelName: Record<(typeof personnelCategories)[number], string>;
}

export const tableMessages: Record<TableLanguage, TableMessages> = {
  en: {
    title: 'Monthly conduct table: sexual exploitation and abuse',
    subtitle:
      'Allegations against personnel of UN field missions reported in {month}, and every allegation reported to the end of {asOf}. Produced on {date}.',
    receivedInMonth: 'Allegations reported in {month}, by mission',
    byCategory: 'Allegations reported in {month}, by category',
    otherMissions: 'Other missions, fewer than 3 each',
    withheld: 'withheld',
    byNationality:
      'Every allegation reported to the end of {asOf}: by nationality of uniformed personnel',
    byPersonnel: 'Every allegation reported to the end of {asOf}: by category of personnel',
    investigations:
      'Investigations of allegations reported to the end of {asOf}, by investigating entity',
    mission: 'Mission',
    total: 'Total',
    categoryLabel: 'Category',
    nationality: 'Nationality',
    personnel: 'Personnel',
    allegations: 'Allegations',
    entity: 'Investigated by',
    completed: 'Completed',
    withinSixMonths: 'Within six months',
    share: 'Share within six months',
    running: 'Running',
    none: 'None reported.',
    suppression:
      'Counts under 3 are shown as “<3” so that no one can be identified, and a count is withheld where, with every other table published, it would let a hidden one be worked out; in a month, missions with fewer than 3 allegations are counted together. An allegation against personnel of several categories or nationalities counts under each. Six months: 183 days.',
    source:
      'Source: the conduct records of the missions held in peaceops, including the UN’s public table of allegations where it was imported.',
    footer: 'peaceops · monthly conduct table · {month}',
    page: 'Page {page} of {pages}',
    category: { sexual_exploitation: 'Sexual exploitation', sexual_abuse: 'Sexual abuse' },
    entityName: {
      oios: 'OIOS',
      national: 'National investigation, contributor',
      joint: 'Contributor and OIOS',
      mission: 'Mission',
      un_review: 'UN review',
      host_state: 'Host State',
      non_un: 'Non-UN',
      for_information: 'For information',
    },
    personnelName: {
      military_contingent: 'Military contingent',
      formed_police_unit: 'Formed police unit',
      individual_police: 'Individual police',
      military_observer_or_staff_officer: 'Military observer or staff officer',
      civilian_staff: 'Civilian staff',
      volunteer: 'UN Volunteer',
      contractor: 'Contractor',
      other: 'Other',
    },
  },
  fr: {
    title: 'Tableau mensuel de déontologie : exploitation et atteintes sexuelles',
    subtitle:
      'Allégations visant le personnel des missions de l’ONU signalées en {month}, et toutes les allégations signalées jusqu’à la fin de {asOf}. Établi le {date}.',
    receivedInMonth: 'Allégations signalées en {month}, par mission',
    byCategory: 'Allégations signalées en {month}, par catégorie',
    otherMissions: 'Autres missions, moins de 3 chacune',
    withheld: 'non publié',
    byNationality:
      'Toutes les allégations signalées jusqu’à la fin de {asOf} : par nationalité du personnel en uniforme',
    byPersonnel:
      'Toutes les allégations signalées jusqu’à la fin de {asOf} : par catégorie de personnel',
    investigations:
      'Enquêtes sur les allégations signalées jusqu’à la fin de {asOf}, par entité chargée de l’enquête',
    mission: 'Mission',
    total: 'Total',
    categoryLabel: 'Catégorie',
    nationality: 'Nationalité',
    personnel: 'Personnel',
    allegations: 'Allégations',
    entity: 'Enquête menée par',
    completed: 'Achevées',
    withinSixMonths: 'En six mois au plus',
    share: 'Part en six mois au plus',
    running: 'En cours',
    none: 'Aucune allégation signalée.',
    suppression:
      'Les nombres inférieurs à 3 sont notés « <3 » afin que personne ne puisse être identifié, et un nombre n’est pas publié lorsque, avec tous les autres tableaux publiés, il permettrait de retrouver un nombre masqué ; dans un mois, les missions comptant moins de 3 allégations sont regroupées. Une allégation visant du personnel de plusieurs catégories ou nationalités compte pour chacune. Six mois : 183 jours.',
    source:
      'Source : les dossiers de déontologie des missions tenus dans peaceops, y compris le tableau public des allégations de l’ONU lorsqu’il a été importé.',
    footer: 'peaceops · tableau mensuel de déontologie · {month}',
    page: 'Page {page} sur {pages}',
    category: { sexual_exploitation: 'Exploitation sexuelle', sexual_abuse: 'Atteintes sexuelles' },
    entityName: {
      oios: 'BSCI',
      national: 'Enquête nationale, pays contributeur',
      joint: 'Pays contributeur et BSCI',
      mission: 'Mission',
      un_review: 'Examen de l’ONU',
      host_state: 'État hôte',
      non_un: 'Hors ONU',
      for_information: 'Pour information',
    },
    personnelName: {
      military_contingent: 'Contingent militaire',
      formed_police_unit: 'Unité de police constituée',
      individual_police: 'Policier hors unité constituée',
      military_observer_or_staff_officer: 'Observateur militaire ou officier d’état-major',
      civilian_staff: 'Personnel civil',
      volunteer: 'Volontaire des Nations Unies',
      contractor: 'Sous-traitant',
      other: 'Autre',
    },
  },
  ar: {
    title: 'جدول السلوك الشهري: الاستغلال والانتهاك الجنسيان',
    subtitle:
      'الادعاءات ضد أفراد البعثات الميدانية للأمم المتحدة المبلغ عنها في {month}، وجميع الادعاءات المبلغ عنها حتى نهاية {asOf}. أُعد في {date}.',
    receivedInMonth: 'الادعاءات المبلغ عنها في {month} حسب البعثة',
    byCategory: 'الادعاءات المبلغ عنها في {month} حسب الفئة',
    otherMissions: 'بعثات أخرى، أقل من 3 لكل منها',
    withheld: 'غير منشور',
    byNationality: 'جميع الادعاءات المبلغ عنها حتى نهاية {asOf}: حسب جنسية الأفراد النظاميين',
    byPersonnel: 'جميع الادعاءات المبلغ عنها حتى نهاية {asOf}: حسب فئة الأفراد',
    investigations: 'التحقيقات في الادعاءات المبلغ عنها حتى نهاية {asOf} حسب جهة التحقيق',
    mission: 'البعثة',
    total: 'المجموع',
    categoryLabel: 'الفئة',
    nationality: 'الجنسية',
    personnel: 'الأفراد',
    allegations: 'الادعاءات',
    entity: 'جهة التحقيق',
    completed: 'المنجزة',
    withinSixMonths: 'خلال ستة أشهر',
    share: 'النسبة خلال ستة أشهر',
    running: 'الجارية',
    none: 'لم يُبلغ عن أي ادعاء.',
    suppression:
      'تُكتب الأعداد التي تقل عن 3 على هيئة «<3» حتى لا يمكن التعرف على أحد، ولا يُنشر العدد إذا كان سيسمح مع سائر الجداول المنشورة باستنتاج عدد مخفي؛ وفي الشهر الواحد تُجمع البعثات التي لديها أقل من 3 ادعاءات معًا. ويُحتسب الادعاء ضد أفراد من عدة فئات أو جنسيات تحت كل منها. ستة أشهر: 183 يوما.',
    source:
      'المصدر: سجلات السلوك للبعثات المحفوظة في peaceops، بما في ذلك جدول الادعاءات العام للأمم المتحدة حيثما استُورد.',
    footer: 'peaceops · جدول السلوك الشهري · {month}',
    page: 'الصفحة {page} من {pages}',
    category: { sexual_exploitation: 'الاستغلال الجنسي', sexual_abuse: 'الانتهاك الجنسي' },
    entityName: {
      oios: 'مكتب خدمات الرقابة الداخلية',
      national: 'تحقيق وطني - البلد المساهم',
      joint: 'البلد المساهم ومكتب خدمات الرقابة الداخلية',
      mission: 'البعثة',
      un_review: 'مراجعة الأمم المتحدة',
      host_state: 'الدولة المضيفة',
      non_un: 'خارج الأمم المتحدة',
      for_information: 'للعلم',
    },
    personnelName: {
      military_contingent: 'وحدة عسكرية',
      formed_police_unit: 'وحدة شرطة مشكلة',
      individual_police: 'فرد شرطة',
      military_observer_or_staff_officer: 'مراقب عسكري أو ضابط أركان',
      civilian_staff: 'موظف مدني',
      volunteer: 'متطوع الأمم المتحدة',
      contractor: 'متعاقد',
      other: 'أخرى',
    },
  },
};
