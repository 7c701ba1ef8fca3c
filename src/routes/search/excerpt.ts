/** A run of an excerpt's text, marked when it holds the words searched for. */
export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/**
 * Pagefind's excerpt (escaped text with `<mark>` around the matches) as pieces to build elements
 * from, so that no markup of the indexed text ever reaches the page as markup: any tag but
 * `<mark>` is shown as the text it is.
 */
export function excerptPieces(excerpt: string): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((part) => {
    const marked = part.startsWith('<mark>') && part.endsWith('</mark>');
    const text = decode(marked ? part.slice(6, -7) : part);
    if (text) pieces.push({ text, marked });
  });
  return pieces;
}
