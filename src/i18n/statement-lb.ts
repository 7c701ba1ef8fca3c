import type { Statement } from './statement.ts';

export const statementLb: Statement = {
  intro: (publisher, site) =>
    `${publisher} bemeit sech, d’Websäit „${site}“ accessibel ze maachen, esou wéi et d’Gesetz vum 28. Mee 2019 iwwer d’Accessibilitéit vun de Websäiten an de mobillen Applikatioune vun den ëffentleche Stellen virgesäit.`,
  statusTitle: 'Stand vun der Konformitéit',
  status: {
    full: 'Dës Websäit ass ganz konform mat der Norm EN 301 549 (WCAG 2.1, Niveau AA).',
    partial:
      'Dës Websäit ass deelweis konform mat der Norm EN 301 549 (WCAG 2.1, Niveau AA), wéinst den Ofweichungen, déi hei ënnendrënner opgezielt sinn.',
    none: 'Dës Websäit ass net konform mat der Norm EN 301 549 (WCAG 2.1, Niveau AA).',
  },
  issuesTitle: 'Net accessibel Inhalter',
  noIssues: 'Keng bekannt Ofweichungen.',
  preparationTitle: 'Wéi dës Deklaratioun entstanen ass',
  preparation: (date) =>
    `Dës Deklaratioun baséiert op enger Selbstbewäertung; zulescht iwwerpréift: ${date}. All Ännerung vun der Websäit gëtt esou iwwerpréift:`,
  checks: [
    'automatesch Préiwung mat axe-core a Chromium, ouni Feeler (Reegele WCAG 2.1 A an AA);',
    'komplett Bedéngung mat der Tastatur, mat engem siichtbare Fokus;',
    'Bedéngelementer vu mindestens 44 × 44 Pixel an eng Duerstellung op engem Ecran vun 390 Pixel Breet;',
    'Faarfkontrast vu mindestens 4,5:1 fir Text, iwwerpréift beim Erstelle vun der Websäit.',
  ],
  feedbackTitle: 'E Problem mellen',
  feedback:
    'Wann Dir en Inhalt oder eng Funktioun vun dëser Websäit net benotze kënnt, schreift eis: Mir äntweren Iech a proposéieren Iech eng Alternativ.',
  enforcementTitle: 'Recoursméiglechkeet',
  enforcement:
    'Wann Dir mat eiser Äntwert net zefridde sidd, kënnt Dir Iech un den Ombudsman vum Groussherzogtum Lëtzebuerg wenden.',
  ombudsman: 'Den Ombudsman (ombudsman.lu)',
};
