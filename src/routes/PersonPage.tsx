import type { PersonData } from '../event/archive.ts';

/** Scaffolding for issue 16: replaced by the page itself before it lands. */
export function PersonPage(_: { prerendered?: PersonData }) {
  return null;
}
