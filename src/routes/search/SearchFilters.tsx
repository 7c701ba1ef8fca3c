import { archiveMessages } from '../../i18n/archive.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import type { FilterCounts } from './pagefind.ts';

/** The filters the index has (scripts/build/search-records.ts), in the order a journalist narrows. */
export const FILTERS = ['year', 'person', 'credit'] as const;
export type FilterName = (typeof FILTERS)[number];

interface SearchFiltersProps {
  counts: FilterCounts;
  chosen: Partial<Record<FilterName, string>>;
  onChange: (name: FilterName, value: string) => void;
}

function order(name: FilterName, values: string[], lang: string): string[] {
  // Newest year first; names and credits in the language's alphabetical order.
  return name === 'year' ? values.sort().reverse() : values.sort(new Intl.Collator(lang).compare);
}

/**
 * One labelled choice per filter, inside the search form: without the app they go with the query
 * on submit; with it, a change searches at once.
 */
export function SearchFilters({ counts, chosen, onChange }: SearchFiltersProps) {
  const { lang } = useI18n();
  const texts = archiveMessages(lang);
  const labels = {
    year: [texts.filterYear, texts.anyYear],
    person: [texts.filterPerson, texts.anyPerson],
    credit: [texts.filterCredit, texts.anyCredit],
  } as const;
  const shown = FILTERS.filter((name) => Object.keys(counts[name] ?? {}).length > 0 || chosen[name]);
  if (shown.length === 0) return null;
  return (
    <fieldset className="eg-search-filters">
      <legend>{texts.searchFilters}</legend>
      {shown.map((name) => {
        const [label, any] = labels[name];
        const values = counts[name] ?? {};
        const choice = chosen[name] ?? '';
        const options = order(name, Object.keys(values), lang);
        if (choice && !options.includes(choice)) options.unshift(choice);
        return (
          <label key={name} className="eg-search-filters__filter">
            <span>{label}</span>
            <select name={name} value={choice} onChange={(event) => onChange(name, event.currentTarget.value)}>
              <option value="">{any}</option>
              {options.map((value) => (
                <option key={value} value={value}>
                  {`${value} (${values[value] ?? 0})`}
                </option>
              ))}
            </select>
          </label>
        );
      })}
    </fieldset>
  );
}
