import { createContext } from 'react';

/**
 * Tells the site's frame (header, footer) the language of the page shown: an event's page speaks
 * the event's language, which only the page knows once the event has loaded.
 */
export const PageLanguageContext = createContext<((lang: string) => void) | null>(null);
