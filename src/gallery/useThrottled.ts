import { useEffect, useRef, useState } from 'react';

/**
 * The text at most once every `ms`: the first change shows at once, later ones wait for the
 * interval's end and show the latest. An empty text (nothing to say) shows at once.
 */
export function useThrottled(text: string, ms: number): string {
  const [shown, setShown] = useState(text);
  const last = useRef(0);
  useEffect(() => {
    const wait = text === '' ? 0 : last.current + ms - Date.now();
    const timer = setTimeout(
      () => {
        last.current = text === '' ? 0 : Date.now();
        setShown(text);
      },
      Math.max(0, wait),
    );
    return () => clearTimeout(timer);
  }, [text, ms]);
  return shown;
}
