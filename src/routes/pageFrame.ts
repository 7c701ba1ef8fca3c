import { createContext } from 'react';
import type { Alternate } from './alternates.ts';

/** What the site's frame (header, footer) shows of the page: its language, its other versions. */
export interface PageFrame {
  lang: string;
  alternates: readonly Alternate[];
}

/**
 * Tells the frame about the page shown: an event's page speaks the event's language and knows its
 * versions, which only the page knows once the event has loaded.
 */
export const PageFrameContext = createContext<((frame: PageFrame) => void) | null>(null);
