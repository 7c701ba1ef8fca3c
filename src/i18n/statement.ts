import { type UiLanguage, uiLanguage } from './messages.ts';

/** How far the site meets EN 301 549 (WCAG 2.1 AA), in the words of the law's model statement. */
export type ComplianceStatus = 'full' | 'partial' | 'none';

/**
 * The accessibility statement's texts, per language, after the model the law of 28 May 2019
 * asks for: status, what is not accessible, how it was checked, how to report, enforcement.
 * Kept apart from `Messages` and loaded on their own: only the statement page needs them, and
 * every visitor's first download would carry them.
 */
export interface Statement {
  intro: (publisher: string, site: string) => string;
  statusTitle: string;
  status: Record<ComplianceStatus, string>;
  issuesTitle: string;
  noIssues: string;
  preparationTitle: string;
  preparation: (date: string) => string;
  /** What we test on every change (tests/e2e): automatic and manual checks. */
  checks: readonly string[];
  feedbackTitle: string;
  feedback: string;
  enforcementTitle: string;
  enforcement: string;
  ombudsman: string;
}

const loaders: Record<UiLanguage, () => Promise<Statement>> = {
  fr: () => import('./statement-fr.ts').then((module) => module.statementFr),
  de: () => import('./statement-de.ts').then((module) => module.statementDe),
  en: () => import('./statement-en.ts').then((module) => module.statementEn),
  lb: () => import('./statement-lb.ts').then((module) => module.statementLb),
};
// One promise per language for the page's life: React's use() needs the same one at each render.
const loaded = new Map<UiLanguage, Promise<Statement>>();

/** The statement's texts in the interface language for a language tag, loaded once. */
export function loadStatement(tag: string | undefined): Promise<Statement> {
  const lang = uiLanguage(tag);
  let statement = loaded.get(lang);
  if (!statement) {
    statement = loaders[lang]();
    loaded.set(lang, statement);
  }
  return statement;
}
