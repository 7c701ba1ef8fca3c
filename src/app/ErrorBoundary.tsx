import { Component, type ReactNode } from 'react';
import { I18nContext } from '../i18n/I18nProvider.tsx';

interface State {
  failed: boolean;
}

/**
 * Catches what nothing else expected, so a visitor gets words and a way out instead of a blank
 * page. The error is logged once, here, for whoever reads the console: preact/compat (unlike
 * React) does not log what a boundary caught.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  static contextType = I18nContext;
  declare context: React.ContextType<typeof I18nContext>;
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error(error);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    const messages = this.context?.messages;
    return (
      <div className="eg-error" role="alert">
        <h1 className="eg-error__title">{messages?.crashTitle ?? 'Something unexpected went wrong'}</h1>
        <p>{messages?.crashText}</p>
        <button type="button" className="eg-button" onClick={() => window.location.reload()}>
          {messages?.reload ?? 'Reload'}
        </button>
      </div>
    );
  }
}
