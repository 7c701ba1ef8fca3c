import type { Texts } from './roles.ts';

// The parts an article's sentences are made of: enough of them that the archive's words vary
// as a real one's do, so a search index is not flattered by a tiny vocabulary.

export const OPENERS: Texts[] = [
  { fr: 'Lors de la séance de travail', de: 'In der Arbeitssitzung', en: 'During the working session' },
  { fr: 'Au cours de l’entretien', de: 'Im Gespräch', en: 'In the course of the talks' },
  { fr: 'En marge de la réunion', de: 'Am Rande des Treffens', en: 'On the margins of the meeting' },
  { fr: 'Lors du déjeuner de travail', de: 'Beim Arbeitsmittagessen', en: 'Over a working lunch' },
  { fr: 'Dans son intervention', de: 'In seiner Rede', en: 'In his address' },
  { fr: 'À l’issue des discussions', de: 'Nach den Beratungen', en: 'After the discussions' },
  { fr: 'Devant la presse', de: 'Vor der Presse', en: 'Speaking to the press' },
  { fr: 'Lors de la séance de clôture', de: 'In der Schlusssitzung', en: 'At the closing session' },
];

/** Verbs for `opener, the Minister VERB topic`; German puts the verb before its subject. */
export const VERBS: Texts[] = [
  { fr: 'a souligné', de: 'betonte', en: 'stressed' },
  { fr: 'a rappelé', de: 'unterstrich', en: 'recalled' },
  { fr: 'a salué', de: 'würdigte', en: 'welcomed' },
  { fr: 'a évoqué', de: 'erörterte', en: 'discussed' },
  { fr: 'a réaffirmé', de: 'bekräftigte', en: 'reaffirmed' },
  { fr: 'a défendu', de: 'verteidigte', en: 'defended' },
  { fr: 'a mis en avant', de: 'thematisierte', en: 'highlighted' },
  { fr: 'a abordé', de: 'behandelte', en: 'addressed' },
];

export const TOPICS: Texts[] = [
  { fr: 'le soutien à l’Ukraine', de: 'die Unterstützung der Ukraine', en: 'the support for Ukraine' },
  {
    fr: 'l’élargissement de l’Union européenne',
    de: 'die Erweiterung der Europäischen Union',
    en: 'the enlargement of the European Union',
  },
  { fr: 'la sécurité énergétique', de: 'die Energiesicherheit', en: 'energy security' },
  {
    fr: 'la résilience des infrastructures critiques',
    de: 'die Widerstandsfähigkeit kritischer Infrastrukturen',
    en: 'the resilience of critical infrastructure',
  },
  {
    fr: 'le concept stratégique de l’Alliance',
    de: 'das Strategische Konzept des Bündnisses',
    en: 'the Alliance’s Strategic Concept',
  },
  {
    fr: 'la situation dans les Balkans occidentaux',
    de: 'die Lage auf dem Westbalkan',
    en: 'the situation in the Western Balkans',
  },
  { fr: 'la cybersécurité', de: 'die Cybersicherheit', en: 'cybersecurity' },
  {
    fr: 'l’aide humanitaire au Sahel',
    de: 'die humanitäre Hilfe in der Sahelzone',
    en: 'humanitarian aid in the Sahel',
  },
  {
    fr: 'la lutte contre le changement climatique',
    de: 'den Kampf gegen den Klimawandel',
    en: 'the fight against climate change',
  },
  { fr: 'la coopération au développement', de: 'die Entwicklungszusammenarbeit', en: 'development cooperation' },
  { fr: 'le respect des droits humains', de: 'die Achtung der Menschenrechte', en: 'respect for human rights' },
  { fr: 'la politique commerciale commune', de: 'die gemeinsame Handelspolitik', en: 'the common trade policy' },
  { fr: 'la non-prolifération nucléaire', de: 'die nukleare Nichtverbreitung', en: 'nuclear non-proliferation' },
  { fr: 'la situation au Proche-Orient', de: 'die Lage im Nahen Osten', en: 'the situation in the Middle East' },
  { fr: 'la migration et l’asile', de: 'Migration und Asyl', en: 'migration and asylum' },
  { fr: 'l’État de droit', de: 'die Rechtsstaatlichkeit', en: 'the rule of law' },
  {
    fr: 'la grande région transfrontalière',
    de: 'die grenzüberschreitende Großregion',
    en: 'the cross-border Greater Region',
  },
  { fr: 'la diplomatie économique', de: 'die Wirtschaftsdiplomatie', en: 'economic diplomacy' },
  { fr: 'la liberté de la presse', de: 'die Pressefreiheit', en: 'press freedom' },
  { fr: 'le multilatéralisme', de: 'den Multilateralismus', en: 'multilateralism' },
];

export const TAILS: Texts[] = [
  { fr: '', de: '', en: '' },
  { fr: ' et la coopération régionale', de: ' sowie die regionale Zusammenarbeit', en: ' and regional cooperation' },
  {
    fr: ' dans un contexte international difficile',
    de: ' in einem schwierigen internationalen Umfeld',
    en: ' in a difficult international context',
  },
  { fr: ' au nom du Luxembourg', de: ' im Namen Luxemburgs', en: ' on behalf of Luxembourg' },
  {
    fr: ' avec ses homologues du Benelux',
    de: ' mit seinen Benelux-Amtskollegen',
    en: ' with his Benelux counterparts',
  },
  { fr: ' pour les années à venir', de: ' für die kommenden Jahre', en: ' for the years ahead' },
];

export const QUOTES: Texts[] = [
  {
    fr: 'Nous devons rester unis et solidaires',
    de: 'Wir müssen geeint und solidarisch bleiben',
    en: 'We must stay united and show solidarity',
  },
  {
    fr: 'Le dialogue reste notre meilleur outil',
    de: 'Der Dialog bleibt unser bestes Werkzeug',
    en: 'Dialogue remains our best tool',
  },
  {
    fr: 'Aucun pays ne peut relever seul ces défis',
    de: 'Kein Land kann diese Herausforderungen allein bewältigen',
    en: 'No country can meet these challenges alone',
  },
  {
    fr: 'Le Luxembourg tiendra ses engagements',
    de: 'Luxemburg wird seine Zusagen einhalten',
    en: 'Luxembourg will keep its commitments',
  },
  {
    fr: 'La paix ne se décrète pas, elle se construit',
    de: 'Frieden wird nicht verordnet, er wird aufgebaut',
    en: 'Peace is not decreed, it is built',
  },
  {
    fr: 'Il faut écouter les jeunes générations',
    de: 'Wir müssen den jungen Generationen zuhören',
    en: 'We must listen to the young generations',
  },
];
