/** Every address of the app: its route pattern beside the function that builds it. */
export const paths = {
  index: { pattern: '/', build: () => '/' },
  event: {
    pattern: '/events/:id',
    build: (id: string, photo?: number) => `/events/${id}${photo && photo > 1 ? `?photo=${photo}` : ''}`,
  },
  photo: { pattern: '/events/:id/photos/:n', build: (id: string, n: number) => `/events/${id}/photos/${n}` },
} as const;

const MAX_DIGITS = 6;

/**
 * Reads a photo number from an address: `3` → index 2. Anything else (`0`, `-1`, `x`, `1e3`,
 * beyond the last photo) is `null`, for the page to explain rather than crash on.
 */
export function photoIndex(text: string | null | undefined, total: number): number | null {
  if (text === null || text === undefined || !/^\d+$/.test(text) || text.length > MAX_DIGITS) return null;
  const n = Number(text);
  return n >= 1 && n <= total ? n - 1 : null;
}
