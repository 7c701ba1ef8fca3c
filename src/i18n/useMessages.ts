import { useEffect, useReducer } from 'react';
import { loadedMessages, loadMessages, type Messages } from './messages.ts';

/**
 * The messages of a language tag's interface language, or `undefined` while they load: the page's
 * own are there before the app starts, another language's arrive in a moment and render again.
 */
export function useMessages(tag: string | undefined): Messages | undefined {
  const [, arrived] = useReducer((count: number) => count + 1, 0);
  const messages = loadedMessages(tag);
  useEffect(() => {
    if (messages) return;
    let wanted = true;
    loadMessages(tag).then(() => wanted && arrived());
    return () => {
      wanted = false;
    };
  }, [messages, tag]);
  return messages;
}
