// Names as a European foreign ministry's captions spell them: diacritics, particles, initials.

/** People who come back often, under their own names, as in the demo's captions. */
export const KNOWN_NAMES = [
  'Þórdís Kolbrún R. Gylfadóttir',
  'Mevlüt Çavuşoğlu',
  'Dmytro Kuleba',
  'Jens Stoltenberg',
  'Hadja Lahbib',
  'Bogdan Aurescu',
  'Annalena Baerbock',
  'Wopke Hoekstra',
  'Gabrielius Landsbergis',
  'Edgars Rinkēvičs',
  'Nikos Dendias',
  'Jan Lipavský',
  'Péter Szijjártó',
  'Gordan Grlić Radman',
  'Urmas Reinsalu',
  'Mircea Geoană',
  'Josep Borrell Fontelles',
  'Pekka Haavisto',
  'Tobias Billström',
  'Mélanie Joly',
  'Zbigniew Rau',
  'Ann Linde',
  'Guðlaugur Þór Þórðarson',
  'Ivan Korčok',
  'Anže Logar',
  'Nataša Pirc Musar',
];

export const FIRST_NAMES =
  `Jean, Þórdís, Mevlüt, Dmytro, Hadja, Bogdan, Mélanie, Zbigniew, Annalena, Gabrielius, Edgars,
  Nikos, Ségolène, Jiří, Ľudovít, Åsa, Søren, Jüri, Małgorzata, Tõnis, Ilze, Grzegorz, Radosław, Ioana, Ştefan, Zoltán,
  Dóra, Gordan, Nataša, Miroslav, Anže, Tanja, Guðlaugur, Pekka, Sébastien, Chrystia, Ángel, Joaquín, Inês, João, Luís,
  Beatrix, Yiannis, Eamon, Kaja, Agnė, Ingrida, Françoise, Clémence, Aurélien, Mārtiņš, Øystein, Hélène, Björn, Dagný`
    .split(',')
    .map((name) => name.trim());

export const LAST_NAMES = `Gylfadóttir, Çavuşoğlu, Kuleba, Lahbib, Aurescu, Müller, Fernández, Gonçalves, Sørensen,
  Nowak, Wójcik, Dvořák, Horváth, Popescu, Ionescu, Kovačević, Jovanović, Šefčovič, Jónsdóttir, Virtanen, Lindqvist,
  Åkesson, Østergaard, Van der Berghe, De Smet, Kühn, Schröder, Bérubé, Lefèvre, Mäkinen, Žagar, Kőrösi, Łukasiewicz,
  Tăriceanu, Ferreira, Antonopoulos, Ó Súilleabháin, Mac Giolla Phádraig, Dąbrowski, Nagy, Brūveris, Šimonytė, Ilves,
  Kask, Mänd, Tammsaar, Ferrières, D'Alessandro, della Rovere, von Altenstein`
  .split(',')
  .map((name) => name.trim());
