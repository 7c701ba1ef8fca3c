import type { Statement } from './statement.ts';

export const statementDe: Statement = {
  intro: (publisher, site) =>
    `${publisher} ist bemüht, die Website „${site}“ barrierefrei zugänglich zu machen, gemäß dem Gesetz vom 28. Mai 2019 über den barrierefreien Zugang zu den Websites und mobilen Anwendungen öffentlicher Stellen.`,
  statusTitle: 'Stand der Vereinbarkeit',
  status: {
    full: 'Diese Website ist vollständig mit der Norm EN 301 549 (WCAG 2.1, Stufe AA) vereinbar.',
    partial:
      'Diese Website ist teilweise mit der Norm EN 301 549 (WCAG 2.1, Stufe AA) vereinbar, wegen der unten aufgeführten Abweichungen.',
    none: 'Diese Website ist nicht mit der Norm EN 301 549 (WCAG 2.1, Stufe AA) vereinbar.',
  },
  issuesTitle: 'Nicht barrierefreie Inhalte',
  noIssues: 'Keine bekannten Abweichungen.',
  preparationTitle: 'Erstellung dieser Erklärung',
  preparation: (date) =>
    `Diese Erklärung beruht auf einer Selbstbewertung; zuletzt geprüft am ${date}. Jede Änderung der Website wird so geprüft:`,
  checks: [
    'automatische Prüfung mit axe-core in Chromium, ohne Fehler (Regeln WCAG 2.1 A und AA);',
    'vollständige Bedienung mit der Tastatur, mit sichtbarem Fokus;',
    'Bedienelemente von mindestens 44 × 44 Pixeln und Darstellung auf einem 390 Pixel breiten Bildschirm;',
    'Farbkontrast von mindestens 4,5:1 für Text, geprüft beim Erstellen der Website.',
  ],
  feedbackTitle: 'Ein Problem melden',
  feedback:
    'Wenn Sie einen Inhalt oder eine Funktion dieser Website nicht nutzen können, schreiben Sie uns: Wir antworten Ihnen und bieten Ihnen eine Alternative an.',
  enforcementTitle: 'Durchsetzungsverfahren',
  enforcement:
    'Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie sich an den Ombudsman des Großherzogtums Luxemburg wenden.',
  ombudsman: 'Der Ombudsman (ombudsman.lu)',
};
