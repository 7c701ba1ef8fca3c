import type { YearData } from '../event/archive.ts';

/** Scaffolding for issue 16: replaced by the page itself before it lands. */
export function YearPage(_: { prerendered?: YearData }) {
  return null;
}
