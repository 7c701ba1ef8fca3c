import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// CI machines have two cores shared with a browser suite: give findBy/waitFor room, not flakiness.
configure({ asyncUtilTimeout: 4000 });

afterEach(cleanup);
