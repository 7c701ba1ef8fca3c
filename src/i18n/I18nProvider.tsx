import { createContext, type ReactNode, useMemo } from 'react';
import { type Messages, type UiLanguage, uiLanguage } from './messages.ts';
import { useMessages } from './useMessages.ts';

export interface I18n {
  /** The interface language actually used (a supported one). */
  lang: UiLanguage;
  messages: Messages;
}

export const I18nContext = createContext<I18n | null>(null);

/** Sets the interface language for everything below; content keeps its own `lang` attribute. */
export function I18nProvider({ lang, children }: { lang: string | undefined; children: ReactNode }) {
  const ui = uiLanguage(lang);
  const messages = useMessages(ui);
  const value = useMemo(() => ({ lang: ui, messages }), [ui, messages]);
  return <I18nContext value={value}>{children}</I18nContext>;
}
