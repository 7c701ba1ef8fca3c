import * as v from 'valibot';
import { isCalendarDate, isLocale, isVisible } from '../event/checks.ts';
import { type Problem, problemsOf } from '../event/schema.ts';

const text = (what: string) =>
  v.pipe(v.string(`expected ${what} as text`), v.check(isVisible, `expected a non-empty ${what}`));
const language = v.pipe(
  v.string('expected a language tag as text'),
  v.check(isLocale, 'expected a BCP 47 language tag such as fr'),
);
const isWebAddress = (text: string) => /^https:\/\//i.test(text) && URL.canParse(text);
const webAddress = (what: string) =>
  v.pipe(v.string(`expected ${what} as text`), v.check(isWebAddress, `expected ${what} as an https: URL`));
const link = (what: string) =>
  v.pipe(
    v.string(`expected ${what} as text`),
    v.check(
      (text) => isWebAddress(text) || /^mailto:[^@\s]+@[^@\s]+$/i.test(text),
      `expected ${what} as an https: URL or a mailto: address`,
    ),
  );
/** A text per language, `{ "fr": …, "de": … }`; the default language's is required (checked below). */
const localized = <T extends v.GenericSchema>(value: T, what: string) =>
  v.record(language, value, `expected ${what} per language, as an object such as { "fr": … }`);
const colour = v.pipe(
  v.string('expected a colour as text'),
  v.regex(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i, 'expected a colour as #rgb or #rrggbb'),
);

const FooterLinksSchema = v.object(
  {
    legalNotice: v.optional(link('the legal notice')),
    privacy: v.optional(link('the privacy page')),
    contact: v.optional(link('the contact')),
  },
  'expected the footer links as an object',
);

export const SiteConfigSchema = v.object(
  {
    $schema: v.optional(v.string()),
    /** A demonstration site: the footer says so. */
    demo: v.optional(v.boolean('expected true or false'), false),
    defaultLanguage: language,
    languages: v.pipe(
      v.array(language, 'expected a list of language tags'),
      v.minLength(1, 'expected one language at least'),
    ),
    name: localized(text('site name'), 'the site name'),
    publisher: v.object(
      {
        name: localized(text('publisher name'), 'the publisher name'),
        url: webAddress('the publisher URL'),
        logo: v.optional(
          v.object(
            {
              src: v.pipe(
                v.string('expected the logo as text'),
                v.check(
                  (s) => isWebAddress(s) || /^[\w-][\w./-]*$/.test(s),
                  'expected an https: URL or a file in public/',
                ),
              ),
              width: v.pipe(v.number('expected a width in pixels'), v.integer('expected a whole number of pixels')),
              height: v.pipe(v.number('expected a height in pixels'), v.integer('expected a whole number of pixels')),
            },
            'expected the logo as { src, width, height }',
          ),
        ),
      },
      'expected the publisher as an object',
    ),
    home: v.optional(localized(webAddress('the home link'), 'the home link')),
    siteUrl: v.optional(
      v.pipe(
        v.string('expected the site URL as text'),
        v.check(
          (s) => s === '' || /^https?:\/\/[^/]+$/i.test(s),
          'expected an origin such as https://galleries.example, without path',
        ),
      ),
      '',
    ),
    basePath: v.optional(
      v.pipe(
        v.string('expected the base path as text'),
        v.regex(/^\/(?:[\w.-]+\/)*$/, 'expected a path such as /galleries/'),
      ),
      '/',
    ),
    licence: v.object(
      { name: text('licence name'), url: webAddress('the licence URL') },
      'expected the licence as { name, url }',
    ),
    usageTerms: localized(text('usage terms'), 'the usage terms'),
    theme: v.object(
      { accent: colour, text: colour, background: colour },
      'expected the theme as { accent, text, background }',
    ),
    footer: localized(FooterLinksSchema, 'the footer links'),
    accessibility: v.object(
      {
        status: v.picklist(['full', 'partial', 'none'], 'expected full, partial or none'),
        lastChecked: v.pipe(
          v.string('expected a date YYYY-MM-DD'),
          v.check(isCalendarDate, 'expected a real date YYYY-MM-DD'),
        ),
        contact: link('the contact for accessibility reports'),
        issues: v.optional(localized(v.array(text('issue'), 'expected a list of texts'), 'the known issues'), {}),
      },
      'expected the accessibility statement as an object',
    ),
  },
  'expected the site configuration as an object',
);

/** The site's configuration as the app uses it: validated, defaults filled in. */
export type SiteConfig = v.InferOutput<typeof SiteConfigSchema>;
/**
 * What the app is handed (scripts/vite/site-config-plugin.ts): where the site is deployed and the
 * licence terms concern the build, and every byte here is in each visitor's first download.
 */
export type AppSite = Omit<SiteConfig, '$schema' | 'siteUrl' | 'basePath' | 'licence' | 'usageTerms' | 'accessibility'>;
/** What the download tools need, in a module of their own (`virtual:site-config/press`). */
export type PressConfig = Pick<SiteConfig, 'licence' | 'usageTerms'>;
/** The accessibility statement's part, loaded by its page alone (`loadAccessibility`). */
export type AccessibilityConfig = SiteConfig['accessibility'];
export type FooterLinks = v.InferOutput<typeof FooterLinksSchema>;

/** The localized fields that must speak the default language. */
const NEEDS_DEFAULT = [['name'], ['publisher', 'name'], ['usageTerms']] as const;

function missingDefaults(site: SiteConfig): Problem[] {
  const problems: Problem[] = [];
  for (const path of NEEDS_DEFAULT) {
    const value = path.reduce<unknown>((object, key) => (object as Record<string, unknown>)[key], site);
    if (!Object.hasOwn(value as object, site.defaultLanguage)) {
      problems.push({
        path: `${path.join('.')}.${site.defaultLanguage}`,
        message: 'required for the default language, but missing',
      });
    }
  }
  if (!site.languages.includes(site.defaultLanguage)) {
    problems.push({ path: 'languages', message: `expected the default language ${site.defaultLanguage} among them` });
  }
  return problems;
}

export type SiteValidation = { ok: true; site: SiteConfig } | { ok: false; problems: Problem[] };

/** Checks parsed JSON against the configuration format and lists every problem, never throwing. */
export function validateSiteConfig(data: unknown): SiteValidation {
  const result = v.safeParse(SiteConfigSchema, data);
  if (!result.success) return { ok: false, problems: problemsOf(result.issues) };
  const problems = missingDefaults(result.output);
  return problems.length ? { ok: false, problems } : { ok: true, site: result.output };
}
