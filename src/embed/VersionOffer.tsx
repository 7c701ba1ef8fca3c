import { useI18n } from '../i18n/useI18n.ts';

/** The button above an embedded gallery that shows the event in the interface's own language. */
export function VersionOffer({ onSelect }: { onSelect: () => void }) {
  const { lang, messages } = useI18n();
  return (
    <p className="eg-offer" lang={lang}>
      <button type="button" className="eg-button" onClick={onSelect}>
        {messages.viewInThisLanguage}
      </button>
    </p>
  );
}
