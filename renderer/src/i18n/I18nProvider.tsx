import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { setApiLanguage } from '../api/client';
import { isLanguageLoaded, loadLanguage, translate } from '../../../electron/shared/i18n/catalog';
import type { Language, MessageKey, ParamsArg } from '../../../electron/shared/i18n/catalog';

interface I18nValue {
  language: Language;
  setLanguage(language: Language): void;
  t<K extends MessageKey>(key: K, ...params: ParamsArg<K>): string;
  formatNumber(value: number, fractionDigits?: number): string;
  formatPercent(value: number, fractionDigits?: number): string;
}

const I18nContext = createContext<I18nValue | null>(null);
const STORAGE_KEY = 'kiem-tra.language';

function initialLanguage(): Language {
  const language = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  setApiLanguage(language);
  return language;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const [, catalogArrived] = useState(0);
  useEffect(() => {
    if (!isLanguageLoaded(language)) void loadLanguage(language).then(() => catalogArrived((n) => n + 1));
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    // The catalog arrives first, so the page switches language in one step.
    void loadLanguage(next).then(() => {
      localStorage.setItem(STORAGE_KEY, next);
      document.documentElement.lang = next;
      setApiLanguage(next);
      setLanguageState(next);
    });
  }, []);
  const value = useMemo<I18nValue>(() => {
    // Numbers keep Vietnamese separators (1.234,5) whatever the UI language, as in the printed documents.
    const numberFormat = (digits: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits });
    return {
      language,
      setLanguage,
      t: (key, ...params) => translate(language, key, ...params),
      formatNumber: (n, digits = 1) => numberFormat(digits).format(n),
      formatPercent: (n, digits = 1) => `${numberFormat(digits).format(n)}%`,
    };
  }, [language, setLanguage]);
  // A user who chose English sees the first screen once the English catalog is in, never a Vietnamese flash.
  if (!isLanguageLoaded(language)) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
