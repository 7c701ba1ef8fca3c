import { use } from 'react';
import { loadMessages, type Messages } from './messages.ts';

/**
 * The messages of a language tag's interface language. A table that has not arrived suspends the
 * component until it has: the nearest Suspense boundary shows its fallback meanwhile.
 */
export function useMessages(tag: string | undefined): Messages {
  return use(loadMessages(tag));
}
