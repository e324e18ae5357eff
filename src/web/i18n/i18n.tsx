/** Messages and direction: the whole layout mirrors for Arabic (dir="rtl" on <html>). */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { Catalog, MessageKey } from './en.js';

export const locales = ['en', 'fr', 'ar'] as const;
export type Locale = (typeof locales)[number];
export const isRtl = (locale: Locale) => locale === 'ar';
/** Each language by its own name, for the switch: shown in every language, so never translated. */
export const languageNames: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  ar: 'العربية',
};

/** Each catalog is its own file, fetched when its language is first used (one, not three). */
const loaders: Record<Locale, () => Promise<Catalog>> = {
  en: () => import('./en.js').then((m) => m.en),
  fr: () => import('./fr.js').then((m) => m.fr),
  ar: () => import('./ar.js').then((m) => m.ar),
};
const loaded: Partial<Record<Locale, Catalog>> = {};
export async function loadCatalog(locale: Locale): Promise<Catalog> {
  return (loaded[locale] ??= await loaders[locale]());
}
const isLocale = (value: string | null | undefined): value is Locale =>
  (locales as readonly string[]).includes(value ?? '');

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  /** Whether the catalog has this key (for words looked up from codes, e.g. audit actions). */
  has: (key: string) => key is MessageKey;
  formatDate: (iso: string) => string;
  /** The day only (UTC), for records whose time is known to the day or less. */
  formatDay: (iso: string) => string;
}

const I18nContext = createContext<I18n | null>(null);
const storageKey = 'peaceops.locale';

/**
 * The language to start in: `?lang=` (a link can carry it), then — when the page may remember —
 * the last choice on this device, then the browser's language, then English.
 */
function initialLocale(remember: boolean): Locale {
  const asked = new URLSearchParams(location.search).get('lang');
  if (isLocale(asked)) return asked;
  const saved = remember ? localStorage.getItem(storageKey) : null;
  if (isLocale(saved)) return saved;
  const browser = navigator.language.slice(0, 2);
  return isLocale(browser) ? browser : 'en';
}

/**
 * Messages in the chosen language. `remember={false}` (the public pages) keeps the choice in the
 * page only: on a shared phone nothing tells the next person the page was used.
 */
export function I18nProvider({
  children,
  remember = true,
}: {
  children: ReactNode;
  remember?: boolean;
}) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale(remember));
  // The catalog shown: the last one loaded, so switching language never blanks the page.
  const [shown, setShown] = useState(() => {
    const catalog = loaded[locale];
    return catalog ? { locale, catalog } : null;
  });
  useEffect(() => {
    let current = true;
    void loadCatalog(locale).then((catalog) => current && setShown({ locale, catalog }));
    return () => {
      current = false;
    };
  }, [locale]);
  useEffect(() => {
    if (!shown) return;
    document.documentElement.lang = shown.locale;
    document.documentElement.dir = isRtl(shown.locale) ? 'rtl' : 'ltr';
  }, [shown]);
  const setLocale = useCallback(
    (next: Locale) => {
      if (remember) localStorage.setItem(storageKey, next);
      setLocaleState(next);
    },
    [remember],
  );
  const value = useMemo<I18n | null>(() => {
    if (!shown) return null;
    const { locale, catalog } = shown;
    const t: Translate = (key, values = {}) =>
      catalog[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
    const dates = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    });
    const days = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return {
      locale,
      setLocale,
      t,
      has: (key: string): key is MessageKey => key in catalog,
      formatDate: (iso) => `${dates.format(new Date(iso))} UTC`,
      formatDay: (iso) => days.format(new Date(iso)),
    };
  }, [shown, setLocale]);
  // Until the first catalog arrives (one small file) there are no words to show.
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
