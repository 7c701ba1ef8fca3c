import { pressMessages } from '../i18n/press.ts';
import { useI18n } from '../i18n/useI18n.ts';
import type { Terms } from './downloads.ts';

interface TermsLineProps {
  terms: Terms;
  /** `©MAEE`; `null` where each photo shows its own (the no-script list of mixed credits). */
  credit: string | null;
  className: string;
}

/** `Crédit obligatoire : ©MAEE · Libre de droits pour usage éditorial · CC BY 4.0`, the licence a link. */
export function TermsLine({ terms, credit, className }: TermsLineProps) {
  const { lang } = useI18n();
  const press = pressMessages(lang);
  const { url, name } = terms.licence;
  return (
    <p className={className}>
      {press.creditReminder} {credit === null ? press.creditWithEach : <bdi>{credit}</bdi>}
      {terms.usageTerms && ` · ${terms.usageTerms}`} · <a href={url}>{name ?? press.licence(new URL(url).hostname)}</a>
    </p>
  );
}
