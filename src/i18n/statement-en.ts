import type { Statement } from './statement.ts';

export const statementEn: Statement = {
  intro: (publisher, site) =>
    `${publisher} is committed to making its site “${site}” accessible, in accordance with the Luxembourg law of 28 May 2019 on the accessibility of the websites and mobile applications of public sector bodies.`,
  statusTitle: 'Compliance status',
  status: {
    full: 'This site is fully compliant with the standard EN 301 549 (WCAG 2.1, level AA).',
    partial:
      'This site is partially compliant with the standard EN 301 549 (WCAG 2.1, level AA), due to the non-compliances listed below.',
    none: 'This site is not compliant with the standard EN 301 549 (WCAG 2.1, level AA).',
  },
  issuesTitle: 'Non-accessible content',
  noIssues: 'No known non-compliance.',
  preparationTitle: 'Preparation of this statement',
  preparation: (date) =>
    `This statement was prepared by self-assessment; last checked on ${date}. Every change to the site is checked so:`,
  checks: [
    'an automatic check with axe-core in Chromium, with no error at all (WCAG 2.1 A and AA rules);',
    'full use with the keyboard alone, with a visible focus indicator;',
    'touch targets of at least 44 × 44 pixels, and the layout on a screen 390 pixels wide;',
    'colour contrast of at least 4.5:1 for text, checked when the site is built.',
  ],
  feedbackTitle: 'Report a problem',
  feedback:
    'If you cannot reach some content or a feature of this site, write to us: we will answer and offer you an alternative.',
  enforcementTitle: 'Enforcement procedure',
  enforcement:
    'If our answer does not satisfy you, you can refer the matter to the Ombudsman of the Grand Duchy of Luxembourg.',
  ombudsman: 'The Ombudsman (ombudsman.lu)',
};
