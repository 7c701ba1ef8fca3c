import type { LoadError } from '../event/load.ts';
import type { Messages } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useI18n.ts';

function summary(error: LoadError, messages: Messages): string {
  switch (error.kind) {
    case 'not-found':
      return messages.errorNotFound;
    case 'http':
      return error.status >= 500 ? messages.errorServer(error.status) : messages.errorHttp(error.status);
    case 'network':
      return messages.errorNetwork;
    case 'timeout':
      return messages.errorTimeout;
    case 'json':
      return messages.errorJson(error.detail);
    case 'invalid':
      return messages.errorInvalid(error.problems.length);
  }
}

/** Says which file failed and every problem in it, with a retry where trying again can help. */
export function LoadErrorView({ error, onRetry }: { error: LoadError; onRetry?: () => void }) {
  const { messages } = useI18n();
  const canRetry = onRetry && (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'http');
  return (
    <div className="eg-error" role="alert">
      <h1 className="eg-error__title">{messages.errorTitle}</h1>
      <p>{summary(error, messages)}</p>
      {error.kind === 'invalid' && (
        <ul className="eg-error__problems">
          {error.problems.map((problem) => (
            <li key={`${problem.path}:${problem.message}`}>
              <code>{problem.path}</code>
              {`: ${problem.message}`}
            </li>
          ))}
        </ul>
      )}
      <p className="eg-error__file">{messages.errorFile(error.file)}</p>
      {canRetry && (
        <button type="button" className="eg-button" onClick={onRetry}>
          {messages.retry}
        </button>
      )}
    </div>
  );
}
