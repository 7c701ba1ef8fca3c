import { site } from 'virtual:site-config';
import { press } from 'virtual:site-config/press';
import { uiLanguage } from '../i18n/messages.ts';
import { type Terms, termsOf } from './downloads.ts';
import type { ListTerms } from './PhotoList.tsx';
import { TermsLine } from './TermsLine.tsx';

const keyOf = (terms: Terms) => JSON.stringify(terms);

/**
 * The no-script list's terms, for the prerender: one line for the terms most photos share (the
 * event's, unless most name their own), and a line under each photo whose terms differ.
 */
export const listTerms: ListTerms = (photos, lang) => {
  const ui = uiLanguage(lang);
  const terms = photos.map((photo) => termsOf(photo, press, ui, site.defaultLanguage));
  const counts = new Map<string, number>();
  for (const each of terms) counts.set(keyOf(each), (counts.get(keyOf(each)) ?? 0) + 1);
  const common = terms.reduce((best, each) =>
    (counts.get(keyOf(each)) ?? 0) > (counts.get(keyOf(best)) ?? 0) ? each : best,
  );
  const commonKey = keyOf(common);
  const own = new Map(photos.map((photo, index) => [photo.number, terms[index]]));
  const credits = new Set(photos.map((photo) => photo.credit));
  const credit = credits.size === 1 ? (photos[0]?.credit ?? null) : null;

  return (photo) => {
    if (photo === null) return <TermsLine className="eg-photo-list__terms" terms={common} credit={credit} />;
    const its = own.get(photo.number);
    if (!its || keyOf(its) === commonKey) return null;
    return <TermsLine className="eg-photo-list__own-terms" terms={its} credit={photo.credit} />;
  };
};
