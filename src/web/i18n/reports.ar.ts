/** Arabic messages of the reports module. */
import type { reportsEn } from './reports.en.js';

export const reportsAr: Record<keyof typeof reportsEn, string> = {
  'nav.reports': 'التقرير إلى المجلس',
  'reports.title': 'التقرير الدوري إلى مجلس الأمن',
  'reports.intro':
    'تقرير الأمين العام عن البعثة، مكتوب من السجل: التطورات السياسية والأمنية، وحماية المدنيين، وتنفيذ الولاية، والقدرات، والسلوك والانضباط، وسلامة الأفراد، والتصورات، والبيئة (الفقرتان 59 و122). كل رقم هو ما تعطيه الوحدات؛ والحوادث المحفوظة في أقسام مقيدة تُحصى فقط. يكتب رئيس البعثة الملاحظات ويوقّع؛ والتقرير الموقّع مجمَّد ولا يتغير إلا بطبعة جديدة.',
  'reports.none':
    'لا يوجد تقرير لهذه البعثة بعد. يفتح المخطط أو رئيس البعثة مسودة لفترة انقضت (النموذج أعلاه)؛ ولبعثة العرض مسودة تقريرها لعام 2022.',
  'reports.new': 'فتح مسودة',
  'reports.from': 'من',
  'reports.to': 'إلى',
  'reports.period': 'الفترة',
  'reports.edition': 'الطبعة',
  'reports.editionOf': 'الطبعة {edition}',
  'reports.status': 'الحالة',
  'reports.status.draft': 'مسودة',
  'reports.status.signed': 'موقّع',
  'reports.signedBy': 'وقّعه',
  'reports.signedOn': 'وقّعه {who} في {at}؛ مجمَّد.',
  'reports.draftNote': 'مسودة: تُقرأ أرقامها من السجل في كل عرض، حتى التوقيع.',
  'reports.pdf': 'PDF',
  'reports.observations': 'ملاحظات رئيس البعثة',
  'reports.save': 'حفظ الملاحظات',
  'reports.comments': 'التعليقات',
  'reports.noComments': 'لا تعليقات بعد.',
  'reports.comment': 'تعليق',
  'reports.sign': 'توقيع التقرير',
  'reports.signConfirm': 'قرأت التقرير؛ يُجمَّد محتواه عند توقيعي.',
  'reports.newEdition': 'فتح طبعة جديدة',
  'reports.preview': 'معاينة التقرير',
};
