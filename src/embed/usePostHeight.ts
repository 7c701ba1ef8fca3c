import { useEffect } from 'react';

/** The message an embedded gallery sends its parent page whenever its height changes. */
export interface ResizeMessage {
  type: 'event-gallery:resize';
  /** The event shown, so a page with several iframes knows which one to resize. */
  id: string;
  /** The content's height in CSS pixels. */
  height: number;
}

/**
 * Inside an iframe, tells the parent page the content's height, so the iframe can fit it with no
 * scrollbar of its own. The height is no secret: any parent may hear it; the snippet in the README
 * checks the sender's origin before acting on it.
 */
export function usePostHeight(id: string) {
  useEffect(() => {
    if (window.parent === window) return;
    let last = 0;
    const send = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      const message: ResizeMessage = { type: 'event-gallery:resize', id, height };
      window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(send);
    observer.observe(document.documentElement);
    send();
    return () => observer.disconnect();
  }, [id]);
}
