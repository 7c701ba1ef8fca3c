import { lazy, Suspense } from 'react';
import type { PeopleData } from '../event/archive.ts';

// The page's code comes when the page is shown: the event page starts without it. A prerendered
// page keeps its HTML until the code has come, then hydrates.
const PeopleView = lazy(() => import('./people/views.ts').then((module) => ({ default: module.PeopleView })));

/** `/people` and `/<lang>/people`: everyone named in a caption (see people/PeopleView.tsx). */
export function PeoplePage({ prerendered }: { prerendered?: PeopleData }) {
  return (
    <Suspense fallback={null}>
      <PeopleView prerendered={prerendered} />
    </Suspense>
  );
}
