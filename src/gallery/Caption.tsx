import { Fragment } from 'react';
import type { CaptionView } from './photos.ts';

/**
 * People left to right, each name set apart from its role, then any free caption. Every piece of
 * event text is a `<bdi>`: a name in another script, or a stray direction mark (a credit ending in
 * U+202E), must not reorder the pieces around it, least of all the left-to-right order.
 */
export function Caption({ caption }: { caption: CaptionView }) {
  return (
    <>
      {caption.prefix && (
        <>
          <bdi className="eg-caption__prefix">{caption.prefix}</bdi>{' '}
        </>
      )}
      {caption.people.map((person, index) => (
        // Two people may share a name (n.n.): the position is the identity here.
        // biome-ignore lint/suspicious/noArrayIndexKey: people have no id and never reorder
        <Fragment key={index}>
          {index > 0 && caption.separator}
          <bdi className="eg-caption__name">{person.name}</bdi>
          {person.role && (
            <span className="eg-caption__role">
              , <bdi>{person.role}</bdi>
            </span>
          )}
        </Fragment>
      ))}
      {caption.text && (
        <>
          {caption.people.length > 0 && ' '}
          <bdi className="eg-caption__text">{caption.text}</bdi>
        </>
      )}
    </>
  );
}
