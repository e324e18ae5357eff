/** رسائل وحدة الولايات: إشعاراتها (D6)؛ الصفحات قادمة. */
import type { mandatesEn } from './mandates.en.js';

export const mandatesAr: Record<keyof typeof mandatesEn, string> = {
  'notifications.kind.mandates.hq_overdue':
    '{mission}: كان يجب أن يعمل المقر قبل {dueAt} (بعد 8 إلى 12 أسبوعاً من القرار {resolution}).',
  'notifications.kind.mandates.measures_renewal_due':
    '{mission}: تنتهي تدابير بدء التشغيل الدائمة للقرار {resolution} في {dueAt}: جدِّدها أو دعها تنقضي.',
  'notifications.kind.mandates.measures_expired':
    '{mission}: انتهت تدابير بدء التشغيل الدائمة للقرار {resolution} في {dueAt} دون قرار.',
};
