/** Where the article goes; embedding pages often have it already, title included (`none`). */
export const ARTICLE_PLACEMENTS = ['beside', 'below', 'none'] as const;
export type ArticlePlacement = (typeof ARTICLE_PLACEMENTS)[number];

/** Reads a placement from an attribute or a query parameter; anything else is `fallback`. */
export function articlePlacement(text: string | null | undefined, fallback: ArticlePlacement): ArticlePlacement {
  return ARTICLE_PLACEMENTS.find((placement) => placement === text) ?? fallback;
}
