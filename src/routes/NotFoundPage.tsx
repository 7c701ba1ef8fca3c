import { Link } from 'react-router';
import { useHead } from '../app/useHead.ts';
import { paths } from '../event/paths.ts';
import { useI18n } from '../i18n/useI18n.ts';

export function NotFound() {
  const { lang, messages } = useI18n();
  useHead({ title: messages.notFoundTitle, description: messages.notFoundText, lang });
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
