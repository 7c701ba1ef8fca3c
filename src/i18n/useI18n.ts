import { useContext } from 'react';
import { type I18n, I18nContext } from './I18nProvider.tsx';

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>');
  return context;
}
