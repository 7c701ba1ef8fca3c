import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { loadMessages, UI_LANGUAGES } from '../src/i18n/messages';

// The app loads a page's messages before it renders; tests render in any language at once.
await Promise.all(UI_LANGUAGES.map(loadMessages));

// CI machines have two cores shared with a browser suite: give findBy/waitFor room, not flakiness.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => {
  cleanup();
  // A stubbed fetch or navigator field must not leak into the next test's page.
  vi.unstubAllGlobals();
});
