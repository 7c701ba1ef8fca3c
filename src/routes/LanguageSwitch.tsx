import { Link } from 'react-router';
import { languageName } from '../i18n/languageNames.ts';
import { useI18n } from '../i18n/useI18n.ts';
import type { Alternate } from './alternates.ts';

/** Links to the page in its other languages, each named in its own language. */
export function LanguageSwitch({ alternates, lang }: { alternates: readonly Alternate[]; lang: string }) {
  const { messages } = useI18n();
  const others = alternates.filter(({ hreflang }) => hreflang !== 'x-default' && hreflang !== lang);
  if (others.length === 0) return null;
  return (
    <nav className="eg-languages" aria-label={messages.otherLanguages}>
      <ul className="eg-languages__list">
        {others.map(({ hreflang, to }) => (
          <li key={hreflang}>
            <Link className="eg-languages__link" to={to} hrefLang={hreflang} lang={hreflang}>
              {languageName(hreflang)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
