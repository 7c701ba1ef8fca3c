import { Route, Routes } from 'react-router';
import type { EventsIndex as Index } from '../event/eventsIndex';
import { EventPage, type Preloaded } from './EventPage';
import { EventsIndex } from './EventsIndex';
import { NotFound } from './NotFound';
import { paths } from './paths';

/** Data a prerendered page carries, so its first render needs no request. */
export interface PageData {
  event?: Preloaded;
  index?: Index;
}

export function AppRoutes({ data = {} }: { data?: PageData }) {
  const preloaded = data.event;
  return (
    <Routes>
      <Route path={paths.index.pattern} element={<EventsIndex preloaded={data.index} />} />
      <Route path={paths.event.pattern} element={<EventPage preloaded={preloaded} />} />
      <Route path={paths.photo.pattern} element={<EventPage preloaded={preloaded} />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
