// YARL as its documentation shows an inline carousel, rendered in the browser: the "naive" stack
// a ministry might pick, with no prerendering and no hand tuning.
import { createRoot } from 'react-dom/client';
import Lightbox from 'yet-another-react-lightbox';
import Captions from 'yet-another-react-lightbox/plugins/captions';
import Counter from 'yet-another-react-lightbox/plugins/counter';
import Inline from 'yet-another-react-lightbox/plugins/inline';
import Thumbnails from 'yet-another-react-lightbox/plugins/thumbnails';
import 'yet-another-react-lightbox/styles.css';
import 'yet-another-react-lightbox/plugins/captions.css';
import 'yet-another-react-lightbox/plugins/counter.css';
import 'yet-another-react-lightbox/plugins/thumbnails.css';
import { readContent } from './data.ts';

const content = readContent();
const slides = content.photos.map((photo) => ({
  src: photo.src,
  width: photo.width,
  height: photo.height,
  alt: photo.alt,
  srcSet: photo.entries,
  description: photo.caption,
}));

function Page() {
  return (
    <main>
      <h1>{content.title}</h1>
      <Lightbox
        slides={slides}
        plugins={[Inline, Captions, Counter, Thumbnails]}
        inline={{ style: { width: '100%', aspectRatio: '3 / 2' } }}
      />
      {content.paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Page />);
