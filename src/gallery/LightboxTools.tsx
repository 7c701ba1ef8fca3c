import { useEffect, useState } from 'react';
import { createIcon, useLightboxState } from 'yet-another-react-lightbox';
import { useI18n } from '../i18n/useI18n';
import { captionText, type PhotoView } from './photos';

const ShareIcon = createIcon(
  'Share',
  <path d="M18 16.1c-.8 0-1.4.3-2 .8l-7.1-4.2c.1-.2.1-.5.1-.7s0-.5-.1-.7L16 7.2c.5.5 1.2.8 2 .8 1.7 0 3-1.3 3-3s-1.3-3-3-3-3 1.3-3 3c0 .2 0 .5.1.7L8 9.8C7.5 9.3 6.8 9 6 9c-1.7 0-3 1.3-3 3s1.3 3 3 3c.8 0 1.5-.3 2-.8l7.1 4.2c-.1.2-.1.4-.1.6 0 1.6 1.3 2.9 2.9 2.9s2.9-1.3 2.9-2.9-1.2-2.9-2.8-2.9z" />,
);

/** Where the controls find the photo shown. */
interface ToolProps {
  photos: readonly PhotoView[];
}

/** Opens the system share sheet where there is one (phones); elsewhere copies the address and says so. */
export function ShareButton({ photos, shareUrl }: ToolProps & { shareUrl: (number: number) => string }) {
  const { messages } = useI18n();
  const { currentIndex } = useLightboxState();
  const [status, setStatus] = useState('');
  const photo = photos[currentIndex];

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 5000);
    return () => clearTimeout(timer);
  }, [status]);

  if (!photo) return null;
  const share = async () => {
    const url = shareUrl(photo.number);
    if (navigator.share) {
      // Closing the share sheet rejects too: that is the visitor's choice, not an error.
      await navigator.share({ url, text: captionText(photo.caption) }).catch(() => {});
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus(messages.linkCopied);
    } catch {
      // No clipboard (an insecure page, a refused permission): show the address to copy by hand.
      setStatus(url);
    }
  };

  return (
    <>
      <button type="button" className="yarl__button" aria-label={messages.share} title={messages.share} onClick={share}>
        <ShareIcon className="yarl__icon" />
      </button>
      <span className="eg-lightbox__status" role="status">
        {status}
      </span>
    </>
  );
}

/** The photo's number in the file over the file's count, like the carousel's, even when a photo is missing. */
export function LightboxCounter({ photos }: ToolProps) {
  const { currentIndex } = useLightboxState();
  const photo = photos[currentIndex];
  if (!photo) return null;
  return <div className="eg-lightbox__counter">{`${photo.number} / ${photo.total}`}</div>;
}
