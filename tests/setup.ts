import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// CI machines have two cores shared with a browser suite: give findBy/waitFor room, not flakiness.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => {
  cleanup();
  // A stubbed fetch or navigator field must not leak into the next test's page.
  vi.unstubAllGlobals();
});
