/** The pages anyone may open without an account; each loads with its own code only. */
import { lazy, Suspense, type ComponentType } from 'react';
import { useI18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/en.js';
import { usePath } from './router.js';

const pages: Record<string, { page: ComponentType; title: MessageKey }> = {
  '/public/conduct': {
    page: lazy(() =>
      import('../features/conduct/PublicStatisticsPage.js').then((m) => ({
        default: m.PublicStatisticsPage,
      })),
    ),
    title: 'public.conduct.title',
  },
  '/public/complaint': {
    page: lazy(() =>
      import('../features/conduct/PublicComplaintPage.js').then((m) => ({
        default: m.PublicComplaintPage,
      })),
    ),
    title: 'public.complaint.title',
  },
};

export const isPublicPath = (path: string) => path in pages;

export function PublicApp() {
  const { t } = useI18n();
  const path = usePath();
  const entry = pages[path] ?? pages['/public/complaint']!;
  const Page = entry.page;
  return (
    <>
      <title>{`${t(entry.title)} — ${t('app.name')}`}</title>
      <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
        <Page />
      </Suspense>
    </>
  );
}
