import { Link } from 'react-router';
import { useI18n } from '../i18n/useI18n';
import { paths } from './paths';

export function NotFound() {
  const { messages } = useI18n();
  return (
    <div className="eg-error">
      <title>{messages.notFoundTitle}</title>
      <h1 className="eg-error__title">{messages.notFoundTitle}</h1>
      <p>{messages.notFoundText}</p>
      <p>
        <Link to={paths.index.build()}>{messages.backToIndex}</Link>
      </p>
    </div>
  );
}
