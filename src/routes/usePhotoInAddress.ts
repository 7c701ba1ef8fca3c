import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { paths, photoIndex } from '../event/paths.ts';
import type { PhotoState } from '../viewer/photoState.ts';

/** Moving between photos replaces the address and keeps the scroll position. */
const stay = { replace: true, preventScrollReset: true } as const;

/** A page's photo state, plus the photo number the address asked for when the event has no such photo. */
export interface AddressPhotoState extends PhotoState {
  unknownPhoto: string | null;
}

/**
 * Keeps the photo shown and the lightbox in the address (`?photo=3`, `/photos/3`), so every view
 * can be shared and reloaded. Closing a lightbox opened on this page steps back in history, so
 * Back never reopens it; the carousel then shows the photo last seen in the lightbox.
 */
export function usePhotoInAddress(id: string, numbers: readonly number[]): AddressPhotoState {
  const { n } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  // The photo last seen in a lightbox being closed: shown while history steps back to the page.
  const [returnTo, setReturnTo] = useState<number | null>(null);
  const inLightbox = n !== undefined;
  const requested = n ?? search.get('photo');
  const found = requested === null ? 0 : photoIndex(requested, numbers);
  const index = !inLightbox && returnTo !== null ? returnTo : (found ?? 0);
  const numberAt = (at: number) => numbers[at] ?? 1;
  useEffect(() => {
    if (inLightbox || returnTo === null) return;
    setReturnTo(null);
    navigate(paths.event.build(id, numbers[returnTo]), stay);
  }, [inLightbox, returnTo, navigate, id, numbers]);

  return {
    index,
    lightboxOpen: inLightbox && found !== null,
    unknownPhoto: found === null ? requested : null,
    show: (to) => {
      const address = inLightbox ? paths.photo.build(id, numberAt(to)) : paths.event.build(id, numberAt(to));
      navigate(address, { ...stay, state: location.state });
    },
    open: (at) =>
      navigate(paths.photo.build(id, numberAt(at)), { state: { openedHere: true }, preventScrollReset: true }),
    close: () => {
      if ((location.state as { openedHere?: boolean } | null)?.openedHere) {
        setReturnTo(index);
        navigate(-1);
      } else {
        navigate(paths.event.build(id, numberAt(index)), stay);
      }
    },
  };
}
