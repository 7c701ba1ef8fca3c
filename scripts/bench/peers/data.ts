import type { PeerContent } from './content.ts';

/** In the peer page: the content its build wrote into the HTML (see `dataScript`). */
export function readContent(): PeerContent {
  const script = document.getElementById('peer-data');
  if (!script?.textContent) throw new Error('peer page: no #peer-data script');
  return JSON.parse(script.textContent) as PeerContent;
}
