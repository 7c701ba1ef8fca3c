import { type ComponentProps, Fragment } from 'react';
import { usePersonLinks } from './personLinks.tsx';
import type { CaptionView } from './photos.ts';

/**
 * People left to right, each name set apart from its role, then any free caption. Every piece of
 * event text is a `<bdi>`: a name in another script, or a stray direction mark (a credit ending in
 * U+202E), must not reorder the pieces around it, least of all the left-to-right order. A name
 * links to the person's page when a PersonLinksProvider above knows it.
 */
export function Caption({ caption }: { caption: CaptionView }) {
  const linkFor = usePersonLinks();
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
          <Name name={person.name} link={linkFor?.(person.name)} />
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

function Name({ name, link }: { name: string; link: ComponentProps<'a'> | undefined }) {
  const text = <bdi className="eg-caption__name">{name}</bdi>;
  return link ? (
    <a className="eg-caption__link" {...link}>
      {text}
    </a>
  ) : (
    text
  );
}
