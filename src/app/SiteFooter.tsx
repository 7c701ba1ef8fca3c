import { Link } from 'react-router';
import { paths } from '../event/paths.ts';
import type { Messages } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { inLanguage } from '../site/localized.ts';
import type { FooterLinks } from '../site/schema.ts';
import { useSite } from '../site/useSite.ts';

const LINKS: readonly (keyof FooterLinks & keyof Messages)[] = ['legalNotice', 'privacy', 'contact'];

/** The links the law and the ministry ask for, in the page's language, and the demo notice. */
export function SiteFooter() {
  const site = useSite();
  const { lang, messages } = useI18n();
  const links = inLanguage(site.footer, lang, site) ?? {};
  const statementLang = site.languages.includes(lang) ? lang : site.defaultLanguage;
  return (
    <footer className="eg-site-footer">
      <nav aria-label={messages.footerLinks}>
        <ul className="eg-site-footer__links">
          {LINKS.map((key) => {
            const href = links[key];
            return href ? (
              <li key={key}>
                <a href={href}>{messages[key]}</a>
              </li>
            ) : null;
          })}
          <li>
            <Link to={paths.accessibilityIn.build(statementLang, site.defaultLanguage)}>{messages.accessibility}</Link>
          </li>
        </ul>
      </nav>
      {site.demo && <p className="eg-site-footer__demo">{messages.demoNotice}</p>}
    </footer>
  );
}
