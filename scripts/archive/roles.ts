/** A text in each language the archive is written in. */
export interface Texts {
  fr: string;
  de: string;
  en: string;
}

export type ArchiveLanguage = keyof Texts;

/** An office, written so that `office country` reads as a role in each language. */
export const OFFICES: Texts[] = [
  { fr: 'ministre des Affaires étrangères', de: 'Außenminister', en: 'Minister of Foreign Affairs' },
  { fr: 'ministre de la Défense', de: 'Verteidigungsminister', en: 'Minister of Defence' },
  { fr: 'Premier ministre', de: 'Premierminister', en: 'Prime Minister' },
  { fr: 'ambassadeur', de: 'Botschafter', en: 'Ambassador' },
  { fr: 'directeur politique', de: 'Politischer Direktor', en: 'Political Director' },
  { fr: 'secrétaire d’État aux Affaires européennes', de: 'Europa-Staatssekretär', en: 'State Secretary for Europe' },
  {
    fr: 'représentant permanent auprès de l’OTAN',
    de: 'Ständiger Vertreter bei der NATO',
    en: 'Permanent Representative to NATO',
  },
  { fr: 'ministre du Commerce extérieur', de: 'Außenhandelsminister', en: 'Minister of Foreign Trade' },
  { fr: 'commissaire européen', de: 'EU-Kommissar', en: 'European Commissioner' },
];

export const COUNTRIES: Texts[] = [
  { fr: 'de la Roumanie', de: 'Rumäniens', en: 'of Romania' },
  { fr: 'de la Belgique', de: 'Belgiens', en: 'of Belgium' },
  { fr: 'de la Turquie', de: 'der Türkei', en: 'of Türkiye' },
  { fr: 'des États-Unis', de: 'der Vereinigten Staaten', en: 'of the United States' },
  { fr: 'de l’Allemagne', de: 'Deutschlands', en: 'of Germany' },
  { fr: 'de la France', de: 'Frankreichs', en: 'of France' },
  { fr: 'des Pays-Bas', de: 'der Niederlande', en: 'of the Netherlands' },
  { fr: 'de la Finlande', de: 'Finnlands', en: 'of Finland' },
  { fr: 'de la Suède', de: 'Schwedens', en: 'of Sweden' },
  { fr: 'de l’Ukraine', de: 'der Ukraine', en: 'of Ukraine' },
  { fr: 'du Canada', de: 'Kanadas', en: 'of Canada' },
  { fr: 'de la Pologne', de: 'Polens', en: 'of Poland' },
  { fr: 'de la Lettonie', de: 'Lettlands', en: 'of Latvia' },
  { fr: 'de la Lituanie', de: 'Litauens', en: 'of Lithuania' },
  { fr: 'de l’Estonie', de: 'Estlands', en: 'of Estonia' },
  { fr: 'de la Grèce', de: 'Griechenlands', en: 'of Greece' },
  { fr: 'de l’Islande', de: 'Islands', en: 'of Iceland' },
  { fr: 'de la Hongrie', de: 'Ungarns', en: 'of Hungary' },
  { fr: 'de la Croatie', de: 'Kroatiens', en: 'of Croatia' },
  { fr: 'de la Tchéquie', de: 'Tschechiens', en: 'of Czechia' },
  { fr: 'de la Slovaquie', de: 'der Slowakei', en: 'of Slovakia' },
  { fr: 'de la Slovénie', de: 'Sloweniens', en: 'of Slovenia' },
  { fr: 'de l’Irlande', de: 'Irlands', en: 'of Ireland' },
  { fr: 'du Portugal', de: 'Portugals', en: 'of Portugal' },
];

/** `ministre des Affaires étrangères` and `de la Roumanie`: the role in each language. */
export function officeOf(office: Texts, country: Texts): Texts {
  return { fr: `${office.fr} ${country.fr}`, de: `${office.de} ${country.de}`, en: `${office.en} ${country.en}` };
}
