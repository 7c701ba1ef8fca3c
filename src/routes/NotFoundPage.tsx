import { Link } from 'react-router';
import { paths } from '../event/paths.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { useSiteName } from '../site/useSite.ts';
import { notFoundHead } from './head.ts';
import { useHead } from './useHead.ts';

export function NotFoundPage() {
  const { lang, messages } = useI18n();
  useHead(notFoundHead(messages, lang, useSiteName()));
  return (
    <div className="eg-error">
      <h1 className="eg-error__title">{messages.notFoundTitle}</h1>
      <p>{messages.notFoundText}</p>
      <p>
        <Link to={paths.index.build()}>{messages.backToIndex}</Link>
      </p>
    </div>
  );
}
