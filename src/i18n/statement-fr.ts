import type { Statement } from './statement.ts';

export const statementFr: Statement = {
  intro: (publisher, site) =>
    `${publisher} s’engage à rendre son site « ${site} » accessible, conformément à la loi du 28 mai 2019 relative à l’accessibilité des sites internet et des applications mobiles des organismes du secteur public.`,
  statusTitle: 'État de conformité',
  status: {
    full: 'Ce site est entièrement conforme à la norme EN 301 549 (WCAG 2.1, niveau AA).',
    partial:
      'Ce site est partiellement conforme à la norme EN 301 549 (WCAG 2.1, niveau AA), en raison des non-conformités énumérées ci-dessous.',
    none: 'Ce site n’est pas conforme à la norme EN 301 549 (WCAG 2.1, niveau AA).',
  },
  issuesTitle: 'Contenus non accessibles',
  noIssues: 'Aucune non-conformité connue.',
  preparationTitle: 'Établissement de cette déclaration',
  preparation: (date) =>
    `Cette déclaration a été établie par auto-évaluation ; dernière vérification le ${date}. Chaque modification du site est vérifiée ainsi :`,
  checks: [
    'contrôle automatique avec axe-core dans Chromium, sans aucune erreur (règles WCAG 2.1 A et AA) ;',
    'utilisation complète au clavier, avec un indicateur de focus visible ;',
    'cibles tactiles d’au moins 44 × 44 pixels et affichage sur un écran de 390 pixels de large ;',
    'contraste des couleurs d’au moins 4,5:1 pour le texte, vérifié à la construction du site.',
  ],
  feedbackTitle: 'Signaler un problème',
  feedback:
    'Si vous ne pouvez pas accéder à un contenu ou à une fonction de ce site, écrivez-nous : nous vous répondrons et vous proposerons une alternative.',
  enforcementTitle: 'Voie de recours',
  enforcement: 'Si notre réponse ne vous satisfait pas, vous pouvez saisir le Médiateur du Grand-Duché de Luxembourg.',
  ombudsman: 'Le Médiateur (ombudsman.lu)',
};
