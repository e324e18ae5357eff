/** رسائل الصفحات الطبية: الوفيات (M4). */
import type { medicalEn } from './medical.en.js';

export const medicalAr: Record<keyof typeof medicalEn, string> = {
  'nav.fatalities': 'الوفيات',
  'fatalities.title': 'الوفيات في عمليات السلام',
  'fatalities.intro':
    'كل حالة وفاة مسجلة لأفراد عمليات السلام، وفق عرض البيانات العامة للأمم المتحدة: حسب السنة ونوع الحادث وفئة الأفراد والبعثة. هذه وقائع عامة: الأعداد نفسها متاحة للجميع على /api/public/medical/fatalities/statistics.csv.',
  'fatalities.empty':
    'لا توجد أي وفاة مسجلة بعد. يُحمَّل الملف العام للأمم المتحدة بالأمر: peaceops import fatalities DPPADPOSS-FATALITIES.csv',
  'fatalities.total': 'عدد الوفيات المسجلة: {count}',
  'fatalities.byYear': 'حسب السنة',
  'fatalities.byType': 'حسب نوع الحادث',
  'fatalities.byPersonnel': 'حسب فئة الأفراد',
  'fatalities.byMission': 'البعثات الخمس عشرة الأكثر وفيات',
  'fatalities.csv': 'تنزيل الأعداد حسب السنة والبعثة (CSV)',
  'fatalities.type.malicious_act': 'عمل عدائي',
  'fatalities.type.accident': 'حادث',
  'fatalities.type.illness': 'مرض',
  'fatalities.type.self_inflicted': 'إيذاء النفس',
  'fatalities.type.to_be_determined': 'قيد التحديد',
  'fatalities.type.unknown': 'غير معروف',
  'fatalities.personnel.military': 'عسكريون',
  'fatalities.personnel.police': 'شرطة',
  'fatalities.personnel.military_observer': 'مراقبون عسكريون',
  'fatalities.personnel.international_civilian': 'مدنيون دوليون',
  'fatalities.personnel.local_civilian': 'موظفون محليون',
  'fatalities.personnel.other': 'أخرى',
};
