/** The base the site is built for: ministries deploy under a sub-path of their own site. */
export function basePath(): string {
  const base = process.env.BASE_PATH ?? '/';
  const withLeading = base.startsWith('/') ? base : `/${base}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}
