/** رسائل إدارة المستخدمين: الأدوار التي تحتاج إلى موافقة مسؤول ثانٍ. */
import type { usersEn } from './users.en.js';

export const usersAr: Record<keyof typeof usersEn, string> = {
  'users.pending': '{role} ({where})، بانتظار موافقة مسؤول ثانٍ',
  'users.createdPending':
    'تم إنشاء المستخدم {username}. ينتظر الدور {role} موافقة مسؤول ثانٍ: فهو يتيح الوصول إلى سجلات الضحايا أو المشتكين أو المرضى.',
  'users.grants.title': 'أدوار بانتظار موافقة مسؤول ثانٍ',
  'users.grants.intro':
    'الدور الذي يتيح الوصول إلى سجلات الضحايا أو المشتكين أو المرضى (موظف السلوك، المحقق، الموظف الطبي) لا يُمنح إلا بعد موافقة مسؤول ثانٍ، ويُبلَّغ بذلك موظفو السلوك في البعثة. لا أحد يمنح نفسه دورًا.',
  'users.grants.none': 'لا يوجد دور بانتظار الموافقة.',
  'users.grants.user': 'المستخدم',
  'users.grants.askedBy': 'طلبه',
  'users.grants.askedOn': 'تاريخ الطلب',
  'users.grants.approve': 'موافقة',
  'users.grants.refuse': 'رفض',
  'users.grants.withdraw': 'سحب الطلب',
  'users.grants.yours': 'أنت من طلبه: يوافق عليه مسؤول ثانٍ.',
  'users.grants.forThem': 'هذا الدور لك: يقرر فيه مسؤول آخر.',
  'users.grants.approved': 'مُنح الدور {role} إلى {username}.',
  'users.grants.refused': 'لم يُمنح الدور {role} إلى {username}.',
  'notifications.kind.accounts.role-grant-requested':
    'يطلب {requestedBy} منح {username} الدور «{role}». يوافق عليه مسؤول ثانٍ في صفحة المستخدمين.',
  'notifications.kind.accounts.role-granted':
    'أصبح {username} يحمل الدور «{role}»، بطلب من {requestedBy} وموافقة {approvedBy}.',
};
