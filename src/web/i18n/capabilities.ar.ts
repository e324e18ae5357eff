/** Messages of the capabilities pages. */
import type { capabilitiesEn } from './capabilities.en.js';

export const capabilitiesAr: Record<keyof typeof capabilitiesEn, string> = {
  'nav.capabilities': 'الأفراد النظاميون',
  'capabilities.title': 'الأفراد النظاميون: المساهمات والقوام',
  'capabilities.intro':
    'الجنود وأفراد الشرطة والخبراء في البعثات الذين ساهمت بهم كل دولة، شهرا بشهر، مع نسبة النساء؛ والقوام المأذون به لكل بعثة مقابل القوام المنتشر. من التقارير الشهرية للأمم المتحدة كما استُوردت.',
  'capabilities.byContributor': 'حسب الدولة المساهمة',
  'capabilities.byMission': 'حسب البعثة',
  'capabilities.contributor': 'الدولة المساهمة',
  'capabilities.mission': 'البعثة',
  'capabilities.noFigures': 'لا توجد أرقام لهذا الاختيار.',
  'capabilities.personnelOf': 'الأفراد النظاميون من {name}، شهريا',
  'capabilities.womenOf': 'نسبة النساء بينهم: {name}',
  'capabilities.troops': 'الجنود',
  'capabilities.police': 'الشرطة - أفراد ووحدات مشكلة',
  'capabilities.experts': 'خبراء في البعثات',
  'capabilities.shareOfWomen': 'النساء',
  'capabilities.csv': 'تنزيل هذه الأشهر بصيغة CSV',
  'capabilities.strengthOf': '{name}: القوام النظامي المأذون به والمنتشر',
  'capabilities.authorised': 'المأذون به',
  'capabilities.deployed': 'المنتشر',
  'capabilities.gap': 'الفجوة - المأذون به ناقص المنتشر',
};
