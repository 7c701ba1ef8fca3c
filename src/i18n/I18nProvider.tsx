import { createContext, type ReactNode, useMemo, useRef } from 'react';
import { type Messages, type UiLanguage, uiLanguage } from './messages.ts';
import { useMessages } from './useMessages.ts';

export interface I18n {
  /** The interface language actually used (a supported one). */
  lang: UiLanguage;
  messages: Messages;
}

export const I18nContext = createContext<I18n | null>(null);

/**
 * Sets the interface language for everything below; content keeps its own `lang` attribute.
 * While a new language's messages load, the last language's stay; before any, nothing shows.
 */
export function I18nProvider({ lang, children }: { lang: string | undefined; children: ReactNode }) {
  const ui = uiLanguage(lang);
  const messages = useMessages(ui);
  const last = useRef<I18n | null>(null);
  const value = useMemo(() => (messages ? { lang: ui, messages } : last.current), [ui, messages]);
  last.current = value;
  return value ? <I18nContext value={value}>{children}</I18nContext> : null;
}
