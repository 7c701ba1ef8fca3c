import { Link } from 'react-router';
import type { PersonPhoto } from '../../event/archive.ts';
import { paths } from '../../event/paths.ts';
import { formatDateRange, formattedLanguage } from '../../i18n/format.ts';

/** The thumbnails a first screen shows about: the rest load as the visitor scrolls. */
const EAGER = 4;

/** A person's photos, each a thumbnail leading to the photo's page, with its event's title and date. */
export function PhotoGrid({ photos }: { photos: readonly PersonPhoto[] }) {
  return (
    <ul className="eg-person__photos">
      {photos.map((photo, position) => (
        <li key={`${photo.event}#${photo.number}`} className="eg-person__photo" lang={photo.lang}>
          <Link className="eg-person__link" to={paths.photo.build(photo.event, photo.number)}>
            <img
              className="eg-person__image"
              src={photo.image.src}
              alt={photo.alt}
              width={photo.image.width}
              height={photo.image.height}
              loading={position < EAGER ? 'eager' : 'lazy'}
            />
            <span className="eg-person__event">{photo.title}</span>
          </Link>
          <time className="eg-person__date" dateTime={photo.date} lang={formattedLanguage(photo.lang)}>
            {formatDateRange(photo.lang, photo.date, photo.endDate)}
          </time>
        </li>
      ))}
    </ul>
  );
}
