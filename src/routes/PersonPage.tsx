import { lazy, Suspense } from 'react';
import type { PersonData } from '../event/archive.ts';

// Lazy for the reason PeoplePage.tsx gives.
const PersonView = lazy(() => import('./people/views.ts').then((module) => ({ default: module.PersonView })));

/** `/people/<slug>` and `/<lang>/people/<slug>`: every photo of one person (see people/PersonView.tsx). */
export function PersonPage({ prerendered }: { prerendered?: PersonData }) {
  return (
    <Suspense fallback={null}>
      <PersonView prerendered={prerendered} />
    </Suspense>
  );
}
