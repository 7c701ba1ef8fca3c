import { excerptPieces } from './excerpt.ts';

/** Pagefind's excerpt with the matched words marked, built as elements, never parsed as HTML. */
export function Excerpt({ excerpt }: { excerpt: string }) {
  return (
    <span className="eg-hit__excerpt">
      {excerptPieces(excerpt).map((piece, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one excerpt never reorder
        piece.marked ? <mark key={index}>{piece.text}</mark> : piece.text,
      )}
    </span>
  );
}
