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
import { ar } from './ar.js';
import { en, type Catalog, type MessageKey } from './en.js';
import { fr } from './fr.js';

export const catalogs = { en, fr, ar } as const satisfies Record<string, Catalog>;
export type Locale = keyof typeof catalogs;
export const locales = Object.keys(catalogs) as Locale[];
export const isRtl = (locale: Locale) => locale === 'ar';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  formatDate: (iso: string) => string;
  /** The day only (UTC), for records whose time is known to the day or less. */
  formatDay: (iso: string) => string;
}

const I18nContext = createContext<I18n | null>(null);
const storageKey = 'peaceops.locale';

function initialLocale(): Locale {
  const saved = localStorage.getItem(storageKey);
  if (saved && saved in catalogs) return saved as Locale;
  const browser = navigator.language.slice(0, 2);
  return browser in catalogs ? (browser as Locale) : 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = isRtl(locale) ? 'rtl' : 'ltr';
    document.title = catalogs[locale]['app.name'];
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(storageKey, next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const catalog = catalogs[locale];
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
      formatDate: (iso) => `${dates.format(new Date(iso))} UTC`,
      formatDay: (iso) => days.format(new Date(iso)),
    };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
