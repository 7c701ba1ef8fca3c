import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { I18nProvider } from '../../src/i18n/I18nProvider';

const failure = new Error('the carousel fell over');

function Thrower(): ReactNode {
  throw failure;
}

/** console.error calls that carry the failure, by its object or its message. */
function callsAbout(spy: { mock: { calls: unknown[][] } }) {
  return spy.mock.calls.filter((args) =>
    args.some((arg) => arg === failure || (typeof arg === 'string' && arg.includes(failure.message))),
  );
}

describe('ErrorBoundary', () => {
  it('shows its children while nothing fails', () => {
    render(
      <I18nProvider lang="fr">
        <ErrorBoundary>
          <p>Tout va bien</p>
        </ErrorBoundary>
      </I18nProvider>,
    );
    screen.getByText('Tout va bien');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('replaces a child that throws with words and a reload button, in French', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <I18nProvider lang="fr">
        <ErrorBoundary>
          <p>Avant la panne</p>
          <Thrower />
        </ErrorBoundary>
      </I18nProvider>,
    );
    const alert = screen.getByRole('alert');
    screen.getByRole('heading', { level: 1, name: 'Une erreur inattendue est survenue' });
    expect(alert.textContent).toContain('La page n’a pas pu être affichée. Rechargez-la pour réessayer.');
    screen.getByRole('button', { name: 'Recharger la page' });
    expect(screen.queryByText('Avant la panne')).toBeNull();
    expect(callsAbout(consoleError)).toHaveLength(1);
  });

  it('still gives words and a way out outside any language provider', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ErrorBoundary>
        <Thrower />
      </ErrorBoundary>,
    );
    screen.getByRole('heading', { level: 1, name: 'Something unexpected went wrong' });
    screen.getByRole('button', { name: 'Reload' });
    expect(callsAbout(consoleError)).toHaveLength(1);
  });
});
