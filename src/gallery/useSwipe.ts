import { type PointerEvent, useRef } from 'react';

/** How far a finger must travel sideways before a swipe turns the photo. */
const SWIPE_DISTANCE = 40;

/**
 * Horizontal swipes for the inline carousel. The element carries `touch-action: pan-y`, so the
 * browser keeps vertical scrolling for itself and cancels our pointer when the page scrolls:
 * a visitor scrolling past the gallery is never caught by it.
 */
export function useSwipe(onPrevious: () => void, onNext: () => void) {
  const start = useRef<{ x: number; y: number; id: number } | null>(null);
  const swiped = useRef(false);

  const onPointerDown = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    start.current = { x: event.clientX, y: event.clientY, id: event.pointerId };
    swiped.current = false;
  };
  const onPointerUp = (event: PointerEvent) => {
    const from = start.current;
    start.current = null;
    if (!from || from.id !== event.pointerId) return;
    const dx = event.clientX - from.x;
    const dy = event.clientY - from.y;
    if (Math.abs(dx) < SWIPE_DISTANCE || Math.abs(dx) < Math.abs(dy) * 1.5) return;
    swiped.current = true;
    if (dx < 0) onNext();
    else onPrevious();
  };
  const onPointerCancel = () => {
    start.current = null;
  };
  /** A swipe ends with a click on the photo: it must not also open the lightbox. */
  const consumeSwipe = () => {
    const was = swiped.current;
    swiped.current = false;
    return was;
  };

  return { handlers: { onPointerDown, onPointerUp, onPointerCancel }, consumeSwipe };
}
