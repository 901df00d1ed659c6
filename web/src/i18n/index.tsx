// Translations: Dutch by default, English second; the choice is remembered in localStorage.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { nl, type MessageKey } from './nl.ts';
import { en } from './en.ts';
import { ApiError } from '../api.ts';
import { DETAIL_FIRST } from './errors.nl.ts';

export type Lang = 'nl' | 'en';
export type { MessageKey };

const catalogs: Record<Lang, Record<MessageKey, string>> = { nl, en };
const STORAGE_KEY = 'kindveilig.taal';

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

function interpolate(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(nl, key);
}

function initialLang(): Lang {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored === 'nl' || stored === 'en') return stored;
  } catch {
    // storage blocked: fall back to Dutch
  }
  return 'nl';
}

const LangContext = createContext<{ lang: Lang; setLang: (lang: Lang) => void }>({ lang: 'nl', setLang: () => undefined });

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered; still switched for this visit
    }
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang() {
  return useContext(LangContext);
}

export function useT(): Translate {
  const { lang } = useContext(LangContext);
  return useCallback((key: MessageKey, vars?: Vars) => interpolate(catalogs[lang][key] ?? nl[key] ?? key, vars), [lang]);
}

/** Translates a key built at run time (a role, sector, action), or returns the fallback. */
export function useTDynamic(): (key: string, fallback: string, vars?: Vars) => string {
  const t = useT();
  return useCallback((key: string, fallback: string, vars?: Vars) => (isMessageKey(key) ? t(key, vars) : fallback), [t]);
}

/**
 * The text to show for a failure: the catalog's message for the problem's stable code when there
 * is one, otherwise the server's Dutch detail. In Dutch, a detail that names the very item (the
 * DETAIL_FIRST codes) is more precise than the catalogue, and is shown as is.
 */
export function useErrorText(): (error: unknown) => string {
  const t = useT();
  const { lang } = useContext(LangContext);
  return useCallback((error: unknown) => {
    if (error instanceof ApiError) {
      const key = `error.${error.code}`;
      if (lang === 'nl' && DETAIL_FIRST.has(error.code)) return error.detail;
      return isMessageKey(key) ? t(key) : error.detail;
    }
    return t('error.unexpected');
  }, [t, lang]);
}
