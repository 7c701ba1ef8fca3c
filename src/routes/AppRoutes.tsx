import { Navigate, Route, Routes } from 'react-router';
import { EventPage, type Preloaded } from './EventPage';
import { NotFound } from './NotFound';
import { paths } from './paths';

/** The demo event stands in for the events index until there is one. */
const DEMO_EVENT = 'otan-bucarest-2022';

export function AppRoutes({ preloaded }: { preloaded?: Preloaded }) {
  return (
    <Routes>
      <Route path={paths.index.pattern} element={<Navigate to={paths.event.build(DEMO_EVENT)} replace />} />
      <Route path={paths.event.pattern} element={<EventPage preloaded={preloaded} />} />
      <Route path={paths.photo.pattern} element={<EventPage preloaded={preloaded} />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
