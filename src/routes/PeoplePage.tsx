import type { PeopleData } from '../event/archive.ts';

/** Scaffolding for issue 16: replaced by the page itself before it lands. */
export function PeoplePage(_: { prerendered?: PeopleData }) {
  return null;
}
