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
  const usage = terms.usageTerms ? ` · ${terms.usageTerms}` : '';
  // One string between elements: text the server wrote as one run must hydrate as one.
  return (
    <p className={className}>
      {credit === null ? (
        `${press.creditReminder} ${press.creditWithEach}${usage} · `
      ) : (
        <>
          {`${press.creditReminder} `}
          <bdi>{credit}</bdi>
          {`${usage} · `}
        </>
      )}
      <a href={url}>{name ?? press.licence(new URL(url).hostname)}</a>
    </p>
  );
}
