import type { DroppedPhoto } from '../event/forDisplay.ts';
import { formatList } from '../i18n/format.ts';
import { useI18n } from '../i18n/useI18n.ts';

/** Says calmly which photos are missing, with the precise problems folded away for editors. */
export function DroppedNotice({ dropped }: { dropped: readonly DroppedPhoto[] }) {
  const { lang, messages } = useI18n();
  if (dropped.length === 0) return null;
  const numbers = formatList(
    lang,
    dropped.map((photo) => String(photo.number)),
  );
  return (
    <div className="eg-notice eg-notice--dropped">
      <p>{messages.droppedPhotos(numbers)}</p>
      <details>
        <summary>{messages.droppedDetails}</summary>
        <ul className="eg-notice__problems">
          {dropped.flatMap((photo) =>
            photo.problems.map((problem) => (
              <li key={`${problem.path}:${problem.message}`}>
                <code>{problem.path}</code>
                {`: ${problem.message}`}
              </li>
            )),
          )}
        </ul>
      </details>
    </div>
  );
}
