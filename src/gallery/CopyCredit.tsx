import { useEffect, useState } from 'react';
import { pressMessages } from '../i18n/press.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { captionText, type PhotoView } from './photos.ts';

/** `©MAEE – (de g. à dr.) Jean Asselborn, ministre… ; …`, as a newsroom pastes it under the photo. */
export function creditLine(photo: PhotoView): string {
  const caption = captionText(photo.caption);
  return caption ? `${photo.credit} – ${caption}` : photo.credit;
}

type Outcome = { state: 'idle' } | { state: 'copied' } | { state: 'refused'; text: string };

/**
 * Puts the photo's credit and caption on the clipboard; where the browser refuses, shows them to
 * copy by hand. Keyed by the photo: another photo starts afresh.
 */
export function CopyCredit({ photo }: { photo: PhotoView }) {
  const { lang } = useI18n();
  const messages = pressMessages(lang);
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });

  useEffect(() => {
    if (outcome.state !== 'copied') return;
    const timer = setTimeout(() => setOutcome({ state: 'idle' }), 5000);
    return () => clearTimeout(timer);
  }, [outcome]);

  const copy = async () => {
    const text = creditLine(photo);
    try {
      await navigator.clipboard.writeText(text);
      setOutcome({ state: 'copied' });
    } catch {
      // No clipboard (an insecure page, a refused permission): the text to copy by hand.
      setOutcome({ state: 'refused', text });
    }
  };

  return (
    <>
      <button type="button" className="eg-downloads__item" onClick={copy}>
        {messages.copyCredit}
      </button>
      <p className="eg-downloads__status" role="status">
        {outcome.state === 'copied' && messages.creditCopied}
        {outcome.state === 'refused' && messages.copyRefused}
      </p>
      {outcome.state === 'refused' && <p className="eg-downloads__by-hand">{outcome.text}</p>}
    </>
  );
}
