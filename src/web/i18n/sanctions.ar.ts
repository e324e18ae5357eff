/** الرسائل العربية لجزاءات الفقرة 120 (تُدمج في ar.ts). */
export const sanctionsAr = {
  'measures.why.non_response':
    'لم يرد البلد المساهم على الادعاء بحلول {due}: لم يُعيَّن موظف تحقيق وطني ولم يُعلَن رفض التحقيق (الفقرة 120).',
  'measures.why.failure_to_act': '{who} تقاعس عن التصرف رغم علمه بذلك في {known} (الفقرة 120):',
  'measures.who.contingent_commander': 'قائد الوحدة',
  'measures.who.police_commander': 'قائد وحدة الشرطة',
  'measures.who.mission_leadership': 'قيادة البعثة',
  'measures.who.other_command': 'سلطة قيادة أخرى',
  'measures.decisionsHq':
    'يتخذ المقر هذه القرارات (الفقرة 120). تحدد الإعادة إلى الوطن وحدة البلد المساهم المنتشرة في البعثة، ولديها 90 يومًا للمغادرة ما لم تذكر صفحة الوحدة غير ذلك.',
  'measures.decisionsMission': 'يتخذ المقر هذه القرارات (الفقرة 120)؛ وترى البعثة ما ينتظر.',
  'measures.unitToRepatriate': 'الوحدة المراد إعادتها',
  'measures.noUnitDeployed':
    'ليس للبلد المساهم وحدة منتشرة في هذه البعثة: لا يمكن تسجيل سوى «عدم الإعادة».',
  'measures.sanctionLabel': 'الجزاء',
  'measures.sanction.repatriation_of_commander': 'إعادة القائد إلى الوطن',
  'measures.sanction.removal_from_post': 'الإعفاء من المنصب',
  'measures.sanction.administrative_action': 'إجراء إداري',
  'measures.sanction.referral_to_member_state': 'الإحالة إلى الدولة العضو',
  'measures.decision.sanction': 'فرض جزاء',
  'measures.decision.no_sanction': 'بلا جزاء',
  'measures.kind.sanction': 'جزاء على التقاعس عن التصرف',
  'answer.title': 'رد البلد المساهم (الفقرة 120)',
  'answer.state.awaited':
    'مطلوب بحلول {due}: يعيّن البلد المساهم موظف التحقيق الوطني أو يعلن أنه لن يحقق. وإن لم يرد بحلول ذلك التاريخ يُرفع قرار إعادة إلى الوطن إلى المقر.',
  'answer.state.answered': '{response} في {on} (المطلوب بحلول {due}).',
  'answer.state.answered_late':
    '{response} في {on}، بعد الموعد المحدد ({due}): رُفع قرار إعادة إلى الوطن إلى المقر.',
  'answer.state.overdue': 'لا رد بحلول {due}: رُفع قرار إعادة إلى الوطن إلى المقر (الفقرة 120).',
  'answer.response.nio_appointed': 'عُيّن موظف تحقيق وطني',
  'answer.response.declined_to_investigate': 'رفض التحقيق',
  'answer.responseLabel': 'الرد',
  'answer.respondedOn': 'تاريخ الرد',
  'answer.record': 'تسجيل الرد',
  'inaction.title': 'تسجيل تقاعس عن التصرف (الفقرة 120)',
  'inaction.intro':
    'تطال الجزاءات من يتقاعسون عن اتخاذ إجراء، بمن فيهم القادة وقيادة البعثة. يضع التسجيل قرار جزاء على قائمة المقر. صِف التقاعس لا الضحايا.',
  'inaction.who': 'من تقاعس عن التصرف',
  'inaction.contributor': 'البلد المساهم (للقائد)',
  'inaction.unit': 'الوحدة (للقائد)',
  'inaction.knownOn': 'علم بذلك في',
  'inaction.what': 'ما لم يُفعل',
  'inaction.record': 'تسجيل',
};
