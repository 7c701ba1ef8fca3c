import { useState } from 'react';
import { useSite } from '../site/useSite.ts';
import { browserDraftStore } from '../studio/draftStore.ts';
import { browserStudioLanguage, STUDIO_MESSAGES } from '../studio/messages.ts';
import { Studio } from '../studio/Studio.tsx';
import { useHead } from './useHead.ts';

/** `/studio/`: the editors' page, in the browser's language until the editor picks another. */
export function StudioPage() {
  const site = useSite();
  const [lang, setLang] = useState(() => browserStudioLanguage(navigator.languages));
  const [store] = useState(browserDraftStore);
  const messages = STUDIO_MESSAGES[lang];
  useHead({ title: messages.title, description: messages.intro, lang });
  return <Studio store={store} lang={lang} onLanguage={setLang} eventLanguage={site.defaultLanguage} />;
}
