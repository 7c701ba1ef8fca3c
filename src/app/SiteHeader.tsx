import { useI18n } from '../i18n/useI18n.ts';
import type { Alternate } from '../routes/alternates.ts';
import { LanguageSwitch } from '../routes/LanguageSwitch.tsx';
import { inLanguage } from '../site/localized.ts';
import { useSite } from '../site/useSite.ts';

/**
 * The publisher's name (and logo), leading home to its own site: the page belongs to someone.
 * Beside it, the page in its other languages.
 */
export function SiteHeader({ alternates, lang: pageLanguage }: { alternates: readonly Alternate[]; lang: string }) {
  const site = useSite();
  const { lang } = useI18n();
  const publisher = inLanguage(site.publisher.name, lang, site) ?? '';
  const home = (site.home && inLanguage(site.home, lang, site)) ?? site.publisher.url;
  const logo = site.publisher.logo;
  const logoSrc = logo && (/^https:/i.test(logo.src) ? logo.src : import.meta.env.BASE_URL + logo.src);
  return (
    <header className="eg-site-header">
      <a className="eg-site-header__home" href={home}>
        {logo && <img className="eg-site-header__logo" src={logoSrc} alt="" width={logo.width} height={logo.height} />}
        <span className="eg-site-header__name">{publisher}</span>
      </a>
      <LanguageSwitch alternates={alternates} lang={pageLanguage} />
    </header>
  );
}
