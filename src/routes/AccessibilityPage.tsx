import { Suspense, use } from 'react';
import { useParams } from 'react-router';
import { formatDate } from '../i18n/format.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import type { Messages } from '../i18n/messages.ts';
import { loadStatement } from '../i18n/statement.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { loadAccessibility } from '../site/loadAccessibility.ts';
import { inLanguage } from '../site/localized.ts';
import type { AppSite } from '../site/schema.ts';
import { useSite, useSiteName } from '../site/useSite.ts';
import { type Alternate, statementAlternates } from './alternates.ts';
import type { Head } from './head.ts';
import { NotFoundPage } from './NotFoundPage.tsx';
import { useHead } from './useHead.ts';

export function accessibilityHead(
  messages: Messages,
  lang: string,
  siteName?: string,
  alternates?: readonly Alternate[],
): Head {
  return { title: messages.statementTitle, description: messages.statementDescription, lang, siteName, alternates };
}

function StatementText({ site, lang }: { site: AppSite; lang: string }) {
  const statement = use(loadStatement(lang));
  const { status, lastChecked, contact, issues } = use(loadAccessibility());
  const name = useSiteName();
  const known = inLanguage(issues, lang, site) ?? [];
  return (
    <>
      <p>{statement.intro(inLanguage(site.publisher.name, lang, site) ?? '', name)}</p>
      <h2>{statement.statusTitle}</h2>
      <p>{statement.status[status]}</p>
      <h2>{statement.issuesTitle}</h2>
      {known.length ? (
        <ul>
          {known.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      ) : (
        <p>{statement.noIssues}</p>
      )}
      <h2>{statement.preparationTitle}</h2>
      <p>{statement.preparation(formatDate(lang, lastChecked))}</p>
      <ul>
        {statement.checks.map((check) => (
          <li key={check}>{check}</li>
        ))}
      </ul>
      <h2>{statement.feedbackTitle}</h2>
      <p>{statement.feedback}</p>
      <p>
        <a href={contact}>{contact.replace(/^mailto:/i, '')}</a>
      </p>
      <h2>{statement.enforcementTitle}</h2>
      <p>{statement.enforcement}</p>
      <p>
        <a href="https://www.ombudsman.lu/">{statement.ombudsman}</a>
      </p>
    </>
  );
}

function Statement({ site }: { site: AppSite }) {
  const { lang, messages } = useI18n();
  const alternates = statementAlternates(site.languages, site.defaultLanguage);
  useHead(accessibilityHead(messages, lang, useSiteName(), alternates));
  return (
    <article className="eg-statement">
      <h1 className="eg-statement__title">{messages.statementTitle}</h1>
      {/* Its texts come in files of their own: the prerendered page has them, the app loads them. */}
      <Suspense fallback={null}>
        <StatementText site={site} lang={lang} />
      </Suspense>
    </article>
  );
}

/**
 * `/accessibility` (the default language) and `/<lang>/accessibility`: the statement the law of
 * 28 May 2019 asks every public site for, made from site.config.json and what the tests check.
 */
export function AccessibilityPage() {
  const site = useSite();
  const params = useParams();
  const lang = params.lang ?? site.defaultLanguage;
  // The default language's statement has one address, /accessibility, not /fr/accessibility too.
  if (!site.languages.includes(lang) || params.lang === site.defaultLanguage) return <NotFoundPage />;
  return (
    <I18nProvider lang={lang}>
      <Statement site={site} />
    </I18nProvider>
  );
}
