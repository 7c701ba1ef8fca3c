import { Link } from 'react-router';
import { languageName } from '../i18n/languageNames.ts';
import { useI18n } from '../i18n/useI18n.ts';
import type { Alternate } from './alternates.ts';

/** The page's versions a visitor can switch to: not the one shown, nor the `x-default` stand-in. */
export function otherVersions(alternates: readonly Alternate[], lang: string): Alternate[] {
  return alternates.filter(({ hreflang }) => hreflang !== 'x-default' && hreflang !== lang);
}

/** A list of links to other versions, each named in its own language, with `hreflang` and `lang`. */
export function LanguageLinks({
  others,
  block,
  id,
  hidden,
}: {
  others: readonly Alternate[];
  block: string;
  id?: string;
  hidden?: boolean;
}) {
  return (
    <ul id={id} className={`${block}__list`} hidden={hidden}>
      {others.map(({ hreflang, to }) => (
        <li key={hreflang}>
          <Link className={`${block}__link`} to={to} hrefLang={hreflang} lang={hreflang}>
            {languageName(hreflang)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The header's links to the page in its other languages. */
export function LanguageSwitch({ alternates, lang }: { alternates: readonly Alternate[]; lang: string }) {
  const { messages } = useI18n();
  const others = otherVersions(alternates, lang);
  if (others.length === 0) return null;
  return (
    <nav className="eg-languages" aria-label={messages.otherLanguages}>
      <LanguageLinks others={others} block="eg-languages" />
    </nav>
  );
}
