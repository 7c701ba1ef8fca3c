import { Fragment } from 'react';
import type { CaptionView } from './photos.ts';

/** People left to right, each name set apart from its role, then any free caption. */
export function Caption({ caption }: { caption: CaptionView }) {
  return (
    <>
      {caption.prefix && <span className="eg-caption__prefix">{caption.prefix} </span>}
      {caption.people.map((person, index) => (
        // Two people may share a name (n.n.): the position is the identity here.
        // biome-ignore lint/suspicious/noArrayIndexKey: people have no id and never reorder
        <Fragment key={index}>
          {index > 0 && caption.separator}
          <span className="eg-caption__name">{person.name}</span>
          {person.role && <span className="eg-caption__role">, {person.role}</span>}
        </Fragment>
      ))}
      {caption.text && (
        <>
          {caption.people.length > 0 && ' '}
          <span className="eg-caption__text">{caption.text}</span>
        </>
      )}
    </>
  );
}
