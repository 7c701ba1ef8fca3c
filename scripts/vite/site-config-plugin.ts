import type { Plugin } from 'vite';
import type { AppSite, SiteConfig } from '../../src/site/schema.ts';

const MODULE = 'virtual:site-config';
const STATEMENT_MODULE = 'virtual:site-config/accessibility';
const PRESS_MODULE = 'virtual:site-config/press';
const MODULES = [MODULE, STATEMENT_MODULE, PRESS_MODULE];
/** The stylesheet of the site's own pages, never the embed's: the theme goes there. */
const SITE_STYLESHEET = /\/src\/styles\/site\.css$/;

/**
 * The theme as the custom properties a host page sets for an embedded gallery, on the site's own
 * pages (the lightbox's portal sits outside .eg-root, so they go on the document). It goes into
 * the site's stylesheet, not a style attribute: the pages' Content-Security-Policy allows only
 * that stylesheet, by its hash (scripts/build/inline-stylesheet.ts).
 */
export function themeCss({ accent, text, background }: SiteConfig['theme']): string {
  return `\n:root {\n  --event-gallery-accent: ${accent};\n  --event-gallery-text: ${text};\n  --event-gallery-background: ${background};\n}\n`;
}

/**
 * Hands the checked configuration to the app (`import { site } from 'virtual:site-config'`), puts
 * its theme into the site's stylesheet and its default language on the page.
 */
export function siteConfigPlugin(site: SiteConfig): Plugin {
  const { $schema: _schema, siteUrl: _url, basePath: _base, licence, usageTerms, accessibility, ...forApp } = site;
  const app: AppSite = forApp;
  return {
    name: 'event-gallery:site-config',
    // Before Vite's CSS plugin, which turns site.css into a module.
    enforce: 'pre',
    resolveId: (id) => (MODULES.includes(id) ? `\0${id}` : undefined),
    load(id) {
      if (id === `\0${MODULE}`) return `export const site = ${JSON.stringify(app)};`;
      if (id === `\0${STATEMENT_MODULE}`) return `export const accessibility = ${JSON.stringify(accessibility)};`;
      if (id === `\0${PRESS_MODULE}`) return `export const press = ${JSON.stringify({ licence, usageTerms })};`;
    },
    transform: (code, id) => (SITE_STYLESHEET.test(id) ? code + themeCss(site.theme) : undefined),
    transformIndexHtml: (html) => html.replace(/<html lang="[^"]*"/, `<html lang="${site.defaultLanguage}"`),
  };
}
