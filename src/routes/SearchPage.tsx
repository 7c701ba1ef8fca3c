/** Scaffolding for issue 16: replaced by the page itself before it lands. */
export function SearchPage() {
  return null;
}
